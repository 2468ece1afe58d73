### Kiosk mode (a shared screen in a shop), the phone's side of a kiosk sign-in, and the offline notice.

kiosk-welcome = Добро пожаловать! Проверьте расход, смените тариф, найдите телефон в наличии или задайте нам вопрос.
kiosk-start = Коснитесь экрана, чтобы начать
kiosk-tools =
    .aria-label = Настройки экрана
kiosk-read-aloud = Читать вслух
kiosk-contrast = Высокий контраст
kiosk-larger-text = Крупный текст
kiosk-sign-out = Выйти и очистить
kiosk-finish = Завершить и очистить экран
kiosk-idle-title = Вам нужно больше времени?
kiosk-idle-body = { $seconds ->
    [one] В целях конфиденциальности экран очистится через { $seconds } секунду.
    [few] В целях конфиденциальности экран очистится через { $seconds } секунды.
    [many] В целях конфиденциальности экран очистится через { $seconds } секунд.
   *[other] В целях конфиденциальности экран очистится через { $seconds } секунды.
}
kiosk-idle-more = Да, нужно ещё время
kiosk-signin-title = Войдите по номеру телефона
kiosk-phone-hint = Мы отправим код в SMS на этот номер. После вашего ухода на экране ничего не сохранится.
kiosk-phone-label = Номер телефона
kiosk-phone-submit = Отправить код
kiosk-code-title = Введите код
kiosk-code-sent = Мы отправили 6-значный код в SMS на номер { $number }.
kiosk-code-label = Код
kiosk-code-submit = Войти
kiosk-delete = ⌫
    .aria-label = Стереть последнюю цифру
kiosk-qr-start = Лучше войти через телефон
kiosk-qr-title = Войдите через телефон
kiosk-qr-hint = Отсканируйте этот код телефоном, на котором вы вошли в личный кабинет, и подтвердите вход там.
kiosk-qr-label = QR-код
    .aria-label = QR-код для входа с телефона
kiosk-start-again = Начать заново
kiosk-phone = Продолжить на телефоне
kiosk-phone-qr = QR-код
    .aria-label = QR-код со ссылкой на эту страницу для вашего телефона
kiosk-phone-explained = Отсканируйте камерой телефона. Ссылка действует 15 минут и не содержит личных данных.
kiosk-approve-title = Вход на терминале
kiosk-approve = Терминал запрашивает вход в ваш личный кабинет на 10 минут. Подтверждайте, только если вы стоите рядом с ним.
kiosk-approve-store = Терминал в магазине { $store } запрашивает вход в ваш личный кабинет на 10 минут. Подтверждайте, только если вы стоите рядом с ним.
kiosk-approve-button = Подтвердить
kiosk-approve-dismiss = Не сейчас
kiosk-approved = Готово: вход на терминале выполнен. Терминал всё забудет, когда вы выйдете из аккаунта или отойдёте от него.
offline-title = Нет соединения
offline-body = Часть данных сейчас нельзя показать. Всё продолжится автоматически, когда соединение восстановится.
