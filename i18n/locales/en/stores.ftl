### Store locator: places, products, stock, opening hours, reservations for collection.

stores-title = Find a store
stores-reserve-title = Reserve for collection
stores-receipt-title = Reserved
stores-mine-title = My reservations
stores-back = Back to the stores
stores-where = Town, district or postcode
stores-where-hint = Type at least two letters, then choose a place.
# Variables:
#   $count (Number) - how many places match what was typed
stores-suggestions =
    { $count ->
        [0] No place found
        [one] One place found
       *[other] { $count } places found
    }
stores-use-location = Use my location
stores-geo-locating = Finding your location…
stores-geo-denied = Location is turned off for this page. Type a town or postcode instead, or allow location in your browser's settings.
stores-geo-unavailable = Your location isn't available right now. Type a town or postcode instead.
stores-product = Product
stores-variant = Colour and storage
stores-product-clear = Choose another product
stores-kind-device = Phone or tablet
stores-kind-sim = SIM card
stores-kind-accessory = Accessory
stores-filters = Filter the shops
stores-open-now = Open now
stores-in-stock = Stores that have the product
stores-service = Service
stores-service-any = Any service
service-repairs = Repairs
service-sim = SIM and eSIM
service-financing = Device financing
service-mobile-money = Mobile money
service-step-free = Step-free access
stores-results = Nearest stores
stores-none = No store matches within 100 km. Try another place or fewer filters.
stores-here = This store
# Variables:
#   $distance (String) - formatted distance
stores-distance = { $distance } away
stores-services =
    .aria-label = Services
# Variables:
#   $store (String) - store name
stores-directions = Directions
    .aria-label = Directions to { $store }
# Variables:
#   $store (String) - store name
stores-reserve = Reserve
    .aria-label = Reserve at { $store }
stores-store = Store
stores-opening = Now
stores-quantity = Quantity
# Variables:
#   $price (String) - the lowest price of the product's variants, with its currency
stores-price-from = from { $price }
stores-price = Price
# Variables:
#   $price (String) - the price of one unit, with its currency
stores-price-each = { $price } each
stores-to-pay = To pay in the store
# Variables:
#   $total (String) - what all the units cost, with the currency
#   $count (String) - how many units
#   $price (String) - the price of one unit, with its currency
stores-to-pay-units = { $total } ({ $count } × { $price })
stores-hold-explained = We hold it until closing time on the store's next opening day. You pay in the store when you collect it.
stores-confirm = Reserve now
stores-confirming = Reserving…
stores-receipt-done = Your reservation is confirmed. Show this code in the store.
stores-code = Pick-up code
# Variables:
#   $code (String) - the pick-up code
stores-qr =
    .aria-label = QR code of pick-up code { $code }
stores-status = Status
stores-state-active = Held for you
stores-state-cancelled = Cancelled
stores-state-expired = Expired
stores-state-collected = Collected
stores-hold = Held until
stores-cancel = Cancel reservation
    .aria-label = Cancel reservation: { $product }
stores-cancel-ask = Cancel this reservation? The shop will no longer hold it for you.
stores-cancel-yes = Yes, cancel it
stores-cancel-keep = No, keep it
stores-cancelled = Your reservation is cancelled.
stores-mine-none = You have no reservations.


## The map, when the deployment has a tile server.

stores-map =
    .aria-label = Map of the stores
stores-map-zoom-in =
    .aria-label = Zoom in
stores-map-zoom-out =
    .aria-label = Zoom out
stores-map-north =
    .aria-label = Move the map north
stores-map-south =
    .aria-label = Move the map south
stores-map-east =
    .aria-label = Move the map east
stores-map-west =
    .aria-label = Move the map west
# Variables:
#   $number (String) - the store's number in the list
#   $store (String) - store name
stores-map-marker =
    .aria-label = { $number }. { $store }: show in the list

## Colours of product variants.

colour-black = Black
colour-white = White
colour-blue = Blue
colour-navy = Navy
colour-lilac = Lilac
colour-silver = Silver
colour-grey = Grey
colour-pink = Pink
colour-teal = Teal
colour-gold = Gold
colour-green = Green
colour-purple = Purple
