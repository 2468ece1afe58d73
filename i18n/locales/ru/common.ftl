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
signin-required-body = Войдите, чтобы видеть расход, договор и брони.
signin-button = Войти
no-lines = В вашем личном кабинете нет мобильных номеров.
nav-label =
    .aria-label = Разделы

## Errors the server answers with, by id.

error-unauthenticated = Не удалось подтвердить личность. Войдите снова.
error-token-expired = Сеанс истёк. Войдите снова.
error-line-not-found = Этого номера нет в вашем личном кабинете.
error-bad-request = Не удалось обработать запрос. Обновите страницу и попробуйте ещё раз.
error-network = Нет связи с сервисом. Проверьте подключение и попробуйте ещё раз.
error-unavailable = Сервис сейчас перегружен. Попробуйте чуть позже.
error-internal = Сбой на нашей стороне. Попробуйте позже.
error-offering-not-found = Это предложение больше недоступно.
error-order-not-found = Этого заказа нет в вашем личном кабинете.
error-not-eligible = Это предложение больше недоступно для этого номера. Причина — в списке предложений.
error-conflict = Номер одновременно изменили другим запросом. Проверьте его и попробуйте ещё раз.
error-price-changed = Цена изменилась. Проверьте её перед подтверждением.
error-idempotency-key-reused = Этот заказ уже отправлен с другими данными. Начните заново.
error-idempotency-key-expired = Срок подтверждения истёк. Начните заново.
error-order-not-cancellable = Изменение уже вступило в силу, отменить его нельзя.
error-consent-required = Сначала отметьте согласие.

## Store locator errors and sections.

error-bad-coordinates = Этого места нет на карте. Выберите место из подсказок.
error-radius-too-large = Зона поиска слишком большая. Выберите город или своё местоположение.
error-query-empty = Введите город, район или индекс.
error-store-not-found = Этого магазина больше нет.
error-product-not-found = Этот товар больше не продаётся.
error-out-of-stock = Здесь товар закончился. Возможно, он есть в соседнем магазине.
error-reservation-limit = Больше этого товара забронировать нельзя. Сначала заберите или отмените бронь.
error-reservation-not-found = Этой брони нет в вашем личном кабинете.
error-reservation-not-cancellable = Эта бронь уже закончилась.
nav-usage = Мой расход
nav-stores = Магазины
nav-chat = Чат

## Chat errors.

error-conversation-not-found = Этот диалог больше недоступен. Начните новый.
error-message-empty = Сначала введите сообщение.
error-message-too-long = Сообщение слишком длинное. Сократите или отправьте частями.
error-message-invalid = В сообщении недопустимые символы. Удалите их и попробуйте ещё раз.
error-rate-limited = Слишком много сообщений подряд. Подождите минуту и попробуйте снова.
error-conversation-closed = Этот диалог завершён. Начните новый.
error-forbidden = У вас нет доступа к этому разделу.
error-delegation-invalid = Код неверный, уже использован или истёк. Попросите у клиента новый.
error-code-invalid = Код неверный или истёк. Проверьте его или запросите новый.
error-pairing-not-found = Запрос на вход истёк или уже использован. Отсканируйте код на терминале снова.
error-code-locked = Слишком много неверных кодов. Запросите новый.

## A shop's hours and stock, shown by the locator, the chat's cards and a kiosk's attract screen.

stores-week = График на этой неделе
stores-closed = Закрыто
# Variables:
#   $time (String) - opening time in the store's time zone
stores-closed-opens = Закрыто · откроется в { $time }
# Variables:
#   $day (String) - weekday and time, in the store's time zone
stores-closed-opens-day = Закрыто · откроется: { $day }
# Variables:
#   $time (String) - opening time in the store's time zone
stores-closed-opens-tomorrow = Закрыто · откроется завтра в { $time }
stores-exceptional = Сегодня особый график
stores-exceptional-day = особый график
# Variables:
#   $name (String) - the holiday's name, in the country's language
stores-holiday = Праздничный день: { $name }
stores-open-always = Круглосуточно
# Variables:
#   $time (String) - closing time in the store's time zone
stores-open-until = Открыто · до { $time }
# Variables:
#   $time (String) - closing time in the store's time zone
stores-open-until-tomorrow = Открыто · закроется завтра в { $time }
# Variables:
#   $count (Number) - units in stock
stores-stock-count = В наличии: { $count } шт.
stores-stock-few = Осталось мало
# Variables:
#   $count (Number) - units in stock
stores-stock-few-count =
    { $count ->
        [one] Осталась
        [few] Осталось
        [many] Осталось
       *[other] Осталось
    } всего { $count } шт.
stores-stock-in = В наличии
stores-stock-out = Нет в наличии

## Topping up a prepaid line with a voucher (a scratch card sold in shops).

error-voucher-invalid = Код карты пополнения — от 10 до 20 цифр. Введите цифры под защитным слоем.
error-voucher-not-found = Этот код недействителен. Проверьте его и попробуйте ещё раз.
error-voucher-used = Эта карта пополнения уже использована.
error-voucher-attempts = Слишком много неверных кодов. Попробуйте завтра или пополните баланс в магазине.
error-line-not-prepaid = Карта пополнения подходит только для номеров с предоплатой.
