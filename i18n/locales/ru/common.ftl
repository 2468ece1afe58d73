### Widget chrome, sign-in, errors and the language switcher.

-brand-name = Selfcare

widget-title = Личный кабинет
widget-region =
    .aria-label = { -brand-name }: личный кабинет
launcher-open = Личный кабинет
    .aria-label = Открыть личный кабинет
launcher-close = Закрыть
    .aria-label = Закрыть личный кабинет
language-switcher = Язык
loading = Загрузка…
retry = Повторить
signin-required-title = Войдите в личный кабинет
signin-required-body = Войдите, чтобы видеть расход, договор и бронирования.
signin-button = Войти
no-lines = В вашем личном кабинете нет мобильных номеров.
nav-label =
    .aria-label = Разделы

## Errors the server answers with, by id.

error-unauthenticated = Не удалось подтвердить вашу личность. Войдите снова.
error-token-expired = Сеанс истёк. Войдите снова, чтобы продолжить.
error-line-not-found = Этого номера нет в вашем личном кабинете.
error-bad-request = Не удалось обработать запрос. Обновите страницу и попробуйте ещё раз.
error-network = Не удаётся связаться с сервисом. Проверьте подключение и попробуйте ещё раз.
error-unavailable = Сервис сейчас перегружен. Попробуйте чуть позже.
error-internal = Что-то пошло не так с нашей стороны. Попробуйте позже.
error-offering-not-found = Это предложение больше недоступно.
error-order-not-found = Этого заказа нет в вашем личном кабинете.
error-not-eligible = Это предложение больше нельзя подключить на этот номер. Причина указана в списке предложений.
error-conflict = В это же время номер изменили другим запросом. Проверьте номер и попробуйте ещё раз.
error-price-changed = Цена изменилась. Проверьте новую цену, прежде чем подтвердить.
error-idempotency-key-reused = Этот заказ уже был отправлен с другими данными. Начните заново.
error-idempotency-key-expired = Срок подтверждения истёк. Начните заново.
error-order-not-cancellable = Изменение уже вступило в силу, отменить его нельзя.
error-consent-required = Отметьте согласие, прежде чем подтвердить.

## Store locator errors and sections.

error-bad-coordinates = Этого места нет на карте. Выберите место из подсказок.
error-radius-too-large = Слишком большая зона поиска. Выберите город или используйте своё местоположение.
error-query-empty = Введите город, район или почтовый индекс.
error-store-not-found = Этого магазина больше нет.
error-product-not-found = Этот товар больше не продаётся.
error-out-of-stock = В этом магазине товар закончился. Возможно, он есть в другом магазине рядом.
error-reservation-limit = Больше этого товара забронировать нельзя. Сначала заберите или отмените бронь.
error-reservation-not-found = Этой брони нет в вашем личном кабинете.
error-reservation-not-cancellable = Эта бронь уже закончилась.
nav-usage = Мой расход
nav-stores = Магазины
nav-chat = Чат

## Chat errors.

error-conversation-not-found = Этот диалог больше недоступен. Начните новый.
error-message-empty = Сначала введите сообщение.
error-message-too-long = Сообщение слишком длинное. Сократите его или отправьте частями.
error-message-invalid = В сообщении есть символы, которые нельзя отправить. Удалите их и попробуйте ещё раз.
error-rate-limited = Вы отправляете сообщения слишком часто. Подождите минуту и попробуйте снова.
error-conversation-closed = Этот диалог завершён. Начните новый.
error-forbidden = У вас нет доступа к этому разделу.
error-delegation-invalid = Код неверный, уже использован или истёк. Попросите у клиента новый.
error-code-invalid = Код неверный или истёк. Проверьте его или запросите новый.
error-pairing-not-found = Запрос на вход истёк или уже использован. Отсканируйте код на терминале ещё раз.
error-code-locked = Слишком много неверных кодов. Запросите новый код.
