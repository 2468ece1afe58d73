### Usage views: the current cycle, daily use, history and the contract.

usage-title = Мой расход
usage-line-picker = Номер
# Variables:
#   $plan (String) - the plan's name from the catalogue
#   $ending (String) - the last four digits of the phone number
usage-line-option = { $plan }, номер заканчивается на { $ending }
# Variables:
#   $start (String) - first day of the billing period, formatted
#   $end (String) - last day of the billing period, formatted
usage-cycle = Расчётный период с { $start } по { $end }
# Variables:
#   $days (Number) - days until the period ends
usage-days-left =
    { $days ->
        [0] Последний день периода
        [one] Остался { $days } день
        [few] Осталось { $days } дня
        [many] Осталось { $days } дней
       *[other] Осталось { $days } дня
    }

usage-type-data = Интернет
usage-type-voice = Звонки
usage-type-sms = SMS
usage-type-roaming-data = Интернет в роуминге

# Variables:
#   $used (String) - amount used, formatted with its unit
#   $allowance (String) - the allowance, formatted with its unit
usage-used-of-quantity = Использовано { $used } из { $allowance }
# Variables:
#   $remaining (String) - amount left, formatted with its unit
usage-remaining-quantity = Осталось { $remaining }
usage-remaining-none = Ничего не осталось
# Variables:
#   $used (String) - amount used, formatted with its unit
usage-used-unlimited-quantity = Использовано { $used }, безлимит
# Variables:
#   $used (Number) - texts sent
#   $allowance (Number) - texts included
usage-used-of-texts =
    Использовано { $used } из { $allowance } { $allowance ->
        [one] SMS
        [few] SMS
        [many] SMS
       *[other] SMS
    }
# Variables:
#   $remaining (Number) - texts left
usage-remaining-texts =
    Осталось { $remaining } { $remaining ->
        [one] SMS
        [few] SMS
        [many] SMS
       *[other] SMS
    }
# Variables:
#   $used (Number) - texts sent
usage-used-unlimited-texts =
    Отправлено { $used } { $used ->
        [one] SMS
        [few] SMS
        [many] SMS
       *[other] SMS
    }, безлимит
usage-unlimited = Безлимит
# Variables:
#   $lines (Number) - how many lines share the allowance
usage-shared =
    { $lines ->
        [1] Общий пакет
        [one] Общий пакет на { $lines } номер
        [few] Общий пакет на { $lines } номера
        [many] Общий пакет на { $lines } номеров
       *[other] Общий пакет на { $lines } номера
    }
usage-addon = Опция
# Variables:
#   $date (String) - last day of validity, formatted
usage-valid-until = Действует до { $date }
# Variables:
#   $percent (String) - the share used, formatted as a percentage
usage-warning = Использовано { $percent } пакета.
usage-exhausted = Пакет израсходован.
# Variables:
#   $date (String) - the day the allowance would run out, formatted
# The date is written "9 декабря 2026 г.": it ends the sentence with its own full stop.
usage-runs-out = При таком расходе закончится { $date }
usage-on-track = При таком расходе хватит до конца периода.

usage-daily-title = Интернет по дням
# Variables:
#   $max (String) - the largest daily amount, formatted with its unit
#   $day (String) - the day of that amount, formatted
usage-daily-summary = Максимум: { $max }, { $day }
usage-daily-show-table = Показать таблицей
usage-daily-hide-table = Скрыть таблицу
usage-daily-caption = Расход по дням за период
usage-col-day = День
usage-col-data = Интернет
usage-col-calls = Звонки
usage-col-texts = SMS
usage-col-period = Период
usage-daily-empty = В этом периоде расхода пока нет.

usage-history-title = Прошлые периоды
# Variables:
#   $start (String) - first day, formatted
#   $end (String) - last day, formatted
usage-history-period = С { $start } по { $end }
usage-history-empty = Прошлых периодов пока нет.

usage-contract-title = Мой договор
usage-contract-plan = Тариф
usage-contract-monthly-price = Цена в месяц
usage-contract-period-price = Цена за период
usage-contract-start = Клиент с
usage-contract-commitment = Минимальный срок до
usage-contract-no-commitment = Без минимального срока
usage-contract-renewal = Продление
usage-renewal-monthly = Продлевается каждый месяц
usage-renewal-none = Предоплата: пополните баланс, чтобы продолжить
usage-balance-title = Баланс
# Variables:
#   $date (String) - the day the balance expires, formatted
usage-balance-expires = Использовать до { $date }
usage-top-up = Пополнить
# A button beside the balance: opens the chat, where the assistant takes a recharge card's code.
usage-top-up-card = Ввести код пополнения

## Partner access: partners (resellers, business partners' portals) who may act for the customer.

partners-title = Доступ партнёров
partners-intro = Партнёр (например, дилер) может видеть ваш личный кабинет или действовать от вашего имени только с вашим кодом. Доступ действует 30 дней, отозвать его можно в любой момент.
partners-granted = Партнёры, которые могут действовать от вашего имени
partners-none = Нет партнёров, которые могут действовать от вашего имени.
# Variables:
#   $date (String) - the last day of the partner's access, formatted
partners-until = До { $date }
partners-withdraw = Отозвать доступ
    .aria-label = Отозвать доступ у партнёра { $partner }
# Variables:
#   $partner (String) - the partner's name
partners-withdraw-ask = Отозвать доступ у партнёра { $partner }? Он больше не сможет действовать от вашего имени.
partners-withdraw-yes = Да, отозвать
partners-withdraw-keep = Нет, оставить
# Variables:
#   $partner (String) - the partner's name
partners-withdrawn = Партнёр { $partner } больше не может действовать от вашего имени.
partners-new = Дать доступ партнёру
partners-partner = Партнёр
partners-scopes = Что партнёр может делать
partners-scope-usage = Смотреть ваш расход
partners-scope-plans = Смотреть доступные вам тарифы
partners-scope-order = Менять ваш тариф и опции
partners-scope-reserve = Бронировать устройства в магазинах
partners-choose = Отметьте хотя бы одно действие для партнёра.
partners-get-code = Получить код согласия
# Variables:
#   $partner (String) - the partner's name
partners-code-for = Продиктуйте код партнёру { $partner }:
partners-code-help = Код одноразовый, действует 10 минут. Больше никому его не сообщайте.
partners-done = Готово

## A plan change from the usage view: its buttons, and the notice of a change to come.

tariff-change-plan = Сменить тариф
tariff-buy-addon = Добавить интернет или роуминг
# Variables:
#   $plan (String) - the plan's name
#   $date (String) - the day it takes effect, formatted
tariff-pending = Переход на тариф { $plan } запланирован на { $date }.
tariff-pending-cancel = Отменить переход
# Variables:
#   $plan (String) - the plan's name
tariff-pending-ask = Отменить переход на тариф { $plan }? Вы останетесь на текущем тарифе.
tariff-pending-yes = Да, отменить переход
tariff-pending-keep = Нет, оставить
# Variables:
#   $plan (String) - the plan's name
tariff-pending-cancelled = Переход на тариф { $plan } отменён. Вы остаётесь на текущем тарифе.
