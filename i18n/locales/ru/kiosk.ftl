### Kiosk mode (a shared screen in a shop), the phone's side of a kiosk sign-in, and the offline notice.

kiosk-welcome = Добро пожаловать! Проверьте расход, смените тариф, найдите телефон в наличии или задайте вопрос.
kiosk-start = Коснитесь, чтобы начать
kiosk-tools =
    .aria-label = Настройки экрана
kiosk-read-aloud = Читать вслух
kiosk-contrast = Высокий контраст
kiosk-larger-text = Крупный текст
kiosk-sign-out = Выйти и очистить
kiosk-finish = Завершить и очистить экран
kiosk-idle-title = Нужно больше времени?
kiosk-idle-body = Для защиты данных экран очистится через { $seconds } { $seconds ->
    [one] секунду
    [few] секунды
    [many] секунд
   *[other] секунды
}.
kiosk-idle-more = Да, нужно ещё время
kiosk-signin-title = Войдите по номеру телефона
kiosk-phone-hint = Пришлём код в SMS на этот номер. Когда вы уйдёте, экран всё забудет.
kiosk-phone-label = Номер телефона
kiosk-phone-submit = Отправить код
kiosk-code-title = Введите код
kiosk-code-sent = Код из 6 цифр отправлен в SMS на { $number }.
kiosk-code-label = Код
kiosk-code-submit = Войти
kiosk-delete = ⌫
    .aria-label = Стереть последнюю цифру
kiosk-qr-start = Лучше войти через телефон
kiosk-qr-title = Войдите через телефон
kiosk-qr-hint = Отсканируйте код телефоном с открытым личным кабинетом и подтвердите вход на нём.
kiosk-qr-label = QR-код
    .aria-label = QR-код для входа с телефона
kiosk-start-again = Начать заново
kiosk-phone = Продолжить на телефоне
kiosk-phone-qr = QR-код
    .aria-label = QR-код со ссылкой на эту страницу для телефона
kiosk-phone-explained = Наведите камеру телефона. Ссылка действует 15 минут, личных данных в ней нет.
kiosk-approve-title = Вход на терминале
kiosk-approve = Терминал просит доступ к вашему личному кабинету на 10 минут. Подтвердите, только если вы рядом.
kiosk-approve-store = Терминал в магазине { $store } просит доступ к вашему личному кабинету на 10 минут. Подтвердите, только если вы рядом.
kiosk-approve-button = Подтвердить
kiosk-approve-dismiss = Не сейчас
kiosk-approved = Готово: вы вошли на терминале. Он всё забудет, когда вы выйдете из кабинета или отойдёте.
offline-title = Нет соединения
offline-body = Часть данных пока недоступна. Когда связь появится, всё продолжится само.
