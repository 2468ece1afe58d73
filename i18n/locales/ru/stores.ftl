### Store locator: places, products, stock, opening hours, reservations for collection.

stores-title = Найти магазин
stores-reserve-title = Бронь для самовывоза
stores-receipt-title = Забронировано
stores-mine-title = Мои брони
stores-back = К магазинам
stores-where = Город, район или индекс
stores-where-hint = Введите хотя бы две буквы и выберите место.
# Variables:
#   $count (Number) - how many places match what was typed
stores-suggestions =
    { $count ->
        [0] Ничего не найдено
        [one] Найдено { $count } место
        [few] Найдено { $count } места
        [many] Найдено { $count } мест
       *[other] Найдено { $count } места
    }
stores-use-location = Моё местоположение
stores-geo-locating = Определяем местоположение…
stores-geo-denied = Геолокация для этой страницы отключена. Введите город или индекс либо включите её в браузере.
stores-geo-unavailable = Сейчас не удаётся определить местоположение. Введите город или индекс.
stores-product = Товар
stores-variant = Цвет и память
stores-product-clear = Выбрать другой товар
stores-kind-device = Телефон или планшет
stores-kind-sim = SIM-карта
stores-kind-accessory = Аксессуар
stores-filters = Фильтры магазинов
stores-open-now = Открыто сейчас
stores-in-stock = Где есть товар
stores-service = Услуга
stores-service-any = Любая услуга
service-repairs = Ремонт
service-sim = SIM и eSIM
service-financing = Рассрочка на устройства
service-mobile-money = Мобильные деньги
service-step-free = Вход без ступенек
stores-results = Ближайшие магазины
stores-none = В радиусе 100 км подходящих магазинов нет. Смените место или уберите фильтры.
stores-here = Этот магазин
# Variables:
#   $distance (String) - formatted distance
stores-distance = { $distance } от вас
stores-services =
    .aria-label = Услуги
# Variables:
#   $store (String) - store name
stores-directions = Маршрут
    .aria-label = Маршрут до магазина { $store }
# Variables:
#   $store (String) - store name
stores-reserve = Забронировать
    .aria-label = Забронировать в магазине { $store }
stores-store = Магазин
stores-opening = Сейчас
stores-quantity = Количество
# Variables:
#   $price (String) - the lowest price of the product's variants, with its currency
stores-price-from = от { $price }
stores-price = Цена
# Variables:
#   $price (String) - the price of one unit, with its currency
stores-price-each = { $price } за шт.
stores-to-pay = К оплате в магазине
# Variables:
#   $total (String) - what all the units cost, with the currency
#   $count (String) - how many units
#   $price (String) - the price of one unit, with its currency
stores-to-pay-units = { $total } ({ $count } × { $price })
stores-hold-explained = Отложим товар до закрытия магазина в следующий рабочий день. Оплата — в магазине при получении.
stores-confirm = Забронировать
stores-confirming = Бронируем…
stores-receipt-done = Бронь подтверждена. Покажите код в магазине.
stores-code = Код получения
# Variables:
#   $code (String) - the pick-up code
stores-qr =
    .aria-label = QR-код получения { $code }
stores-status = Статус
stores-state-active = Отложено для вас
stores-state-cancelled = Отменено
stores-state-expired = Срок истёк
stores-state-collected = Получено
stores-hold = Бронь до
stores-cancel = Отменить бронь
    .aria-label = Отменить бронь: { $product }
stores-cancel-ask = Отменить бронь? Товар больше не будет отложен.
stores-cancel-yes = Да, отменить
stores-cancel-keep = Нет, оставить
stores-cancelled = Бронь отменена.
stores-mine-none = У вас нет броней.


## The map, when the deployment has a tile server.

stores-map =
    .aria-label = Карта магазинов
stores-map-zoom-in =
    .aria-label = Приблизить
stores-map-zoom-out =
    .aria-label = Отдалить
stores-map-north =
    .aria-label = Сдвинуть карту на север
stores-map-south =
    .aria-label = Сдвинуть карту на юг
stores-map-east =
    .aria-label = Сдвинуть карту на восток
stores-map-west =
    .aria-label = Сдвинуть карту на запад
# Variables:
#   $number (String) - the store's number in the list
#   $store (String) - store name
stores-map-marker =
    .aria-label = { $number }. { $store }: показать в списке

## Colours of product variants.

colour-black = Чёрный
colour-white = Белый
colour-blue = Синий
colour-navy = Тёмно-синий
colour-lilac = Сиреневый
colour-silver = Серебристый
colour-grey = Серый
colour-pink = Розовый
colour-teal = Бирюзовый
colour-gold = Золотой
colour-green = Зелёный
colour-purple = Фиолетовый
