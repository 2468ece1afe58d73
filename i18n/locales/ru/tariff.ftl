### Tariff change and add-ons: offers, comparison, contract summary, confirmation, receipt.

tariff-back = Назад к расходу
tariff-back-to-list = Назад к предложениям
tariff-plans-title = Смена тарифа
tariff-addons-title = Добавить интернет или роуминг
# Variables:
#   $plan (String) - the current plan's name
tariff-current = Ваш тариф: { $plan }
tariff-show-all = Показать и недоступные тарифы
tariff-none = Для этого номера нет других тарифов.
tariff-none-addons = Для этого номера нет доступных опций.
# Variables:
#   $price (String) - formatted amount
tariff-price-month = { $price } в месяц
# Variables:
#   $price (String) - formatted amount
tariff-price-period = { $price } за 30 дней
# Variables:
#   $price (String) - formatted amount
tariff-price-once = { $price } разово
# A price or a difference while a promotion lasts, then after it.
# Variables:
#   $first (String) - during the promotion (a price or a difference, with its period)
#   $months (Number) - how many months the promotion lasts
#   $after (String) - after the promotion (a price or a difference, with its period)
tariff-then =
    { $first } { $months ->
        [1] в первый месяц
        [one] первый { $months } месяц
        [few] первые { $months } месяца
        [many] первые { $months } месяцев
       *[other] первые { $months } месяца
    }, затем { $after }
tariff-term-none = Без минимального срока
# Variables:
#   $months (Number) - length of the commitment
tariff-term = Минимальный срок: { $months } мес.
tariff-unlimited = Безлимит
tariff-not-included = Не входит
# Variables:
#   $days (Number) - how long an add-on lasts
tariff-validity =
    Действует { $days } { $days ->
        [one] день
        [few] дня
        [many] дней
       *[other] дня
    }
tariff-compare = Сравнить
tariff-choose = Выбрать
    .aria-label = Выбрать тариф { $plan }
tariff-buy = Подключить
    .aria-label = Подключить { $plan }
tariff-unavailable = Почему недоступно
tariff-comparison = Сравнение с вашим тарифом
tariff-col-current = Ваш тариф
tariff-row-price = Цена
tariff-row-data = Интернет
tariff-row-calls = Звонки
tariff-row-texts = SMS
tariff-row-roaming = Интернет в роуминге
tariff-row-term = Минимальный срок
tariff-row-speed = Скорость
tariff-row-gained = Что вы получаете
tariff-row-lost = Что вы теряете
tariff-nothing = Ничего
# Variables:
#   $down (Number) - maximum download speed
#   $up (Number) - maximum upload speed
tariff-speed = Загрузка { $down } Мбит/с, отдача { $up } Мбит/с

## Why an offer can't be taken (ids from the server).

# Variables:
#   $date (String) - the day the commitment ends, formatted
reason-commitment = Минимальный срок договора истекает { $date }. До тех пор можно перейти только на тариф не дешевле текущего.
reason-unpaid-bill = Есть неоплаченный счёт. Оплатите его, чтобы сменить тариф или подключить опции.
reason-business-only = Только для бизнес-клиентов.
reason-consumer-only = Только для частных клиентов.
reason-not-online = Недоступно онлайн: обратитесь в магазин.
reason-not-in-shops = Недоступно в магазинах: оформите на сайте.
reason-not-with-partner = Здесь не продаётся: обратитесь к оператору.
reason-payment-change = В вашей стране нельзя сменить предоплату на постоплату и обратно.
# Variables:
#   $date (String) - first day another change is possible, formatted
reason-recent-change = Вы недавно меняли тариф. Следующая смена возможна с { $date }.
reason-pending-change = Смена тарифа уже запланирована. Отмените её, чтобы выбрать другой.
reason-insufficient-balance = Недостаточно средств. Пополните баланс, чтобы подключить.
reason-current-plan = Это ваш текущий тариф.

## Review, contract summary and confirmation.

tariff-review-title = Проверка и подтверждение
tariff-when = Когда применить изменение?
tariff-when-now = Сейчас
# Variables:
#   $amount (String) - formatted amount
#   $days (Number) - days left in the billing period
tariff-charge-now =
    Добавим к следующему счёту { $amount } за остаток периода — { $days ->
        [1] сегодняшний день
        [one] { $days } день, включая сегодня
        [few] { $days } дня, включая сегодня
        [many] { $days } дней, включая сегодня
       *[other] { $days } дня, включая сегодня
    }
# Variables:
#   $amount (String) - formatted amount
#   $days (Number) - days left in the billing period
tariff-credit-now =
    Вычтем из следующего счёта { $amount } за остаток периода — { $days ->
        [1] сегодняшний день
        [one] { $days } день, включая сегодня
        [few] { $days } дня, включая сегодня
        [many] { $days } дней, включая сегодня
       *[other] { $days } дня, включая сегодня
    }
# A one-off amount and where it goes (no days: an add-on, or the receipt).
# Variables:
#   $amount (String) - formatted amount
tariff-bill-charge = Добавим к следующему счёту { $amount }
# A one-off amount and where it goes (no days: an add-on, or the receipt).
# Variables:
#   $amount (String) - formatted amount
tariff-bill-credit = Вычтем из следующего счёта { $amount }
# A one-off amount and where it goes (no days: an add-on, or the receipt).
# Variables:
#   $amount (String) - formatted amount
tariff-balance-charge = Списание с баланса: { $amount }
tariff-nothing-now = Сейчас платить не нужно
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-more-month = на { $amount } дороже в месяц
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-less-month = на { $amount } дешевле в месяц
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-more-period = на { $amount } дороже за 30 дней
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-less-period = на { $amount } дешевле за 30 дней
tariff-same-price = Цена как у вашего тарифа
# Variables:
#   $date (String) - first day of the next period, formatted
tariff-when-next = Со следующего периода, с { $date }, без оплаты сейчас
tariff-summary-title = Краткое описание договора
tariff-summary-service = Услуга
tariff-summary-price = Цена
tariff-summary-difference = Разница с вашим тарифом
tariff-summary-one-time = Разовый платёж
tariff-summary-start = Начало
tariff-summary-duration = Срок
tariff-summary-renewal = Продление и расторжение
tariff-summary-speeds = Максимальная скорость
tariff-summary-allowances = Включено
tariff-renewal-postpaid = Продлевается ежемесячно. После минимального срока договор можно расторгнуть, предупредив за месяц.
tariff-renewal-prepaid = Без автопродления: каждые 30 дней вы оплачиваете сами.
tariff-renewal-addon = Отключается автоматически по истечении срока.
# Variables:
#   $data (String) - data allowance
#   $calls (String) - calls allowance
#   $texts (String) - texts allowance
#   $roaming (String) - roaming data allowance
tariff-allowances = Интернет: { $data }. Звонки: { $calls }. SMS: { $texts }. Интернет в роуминге: { $roaming }.
tariff-consent = Я ознакомлен(а) с кратким описанием договора и подтверждаю заказ.
tariff-confirm = Подтвердить заказ
tariff-confirming = Оформляем заказ…
tariff-receipt-title = Заказ подтверждён
tariff-receipt-reference = Номер заказа
tariff-receipt-effective = Вступает в силу
tariff-receipt-monthly = Новая цена
# Variables:
#   $date (String) - the day the change takes effect, formatted
tariff-receipt-scheduled = Новый тариф заработает { $date }. До этого смену можно отменить.
tariff-receipt-done = Готово: уже подключено.
