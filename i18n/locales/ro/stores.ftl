### Store locator: places, products, stock, opening hours, reservations for collection.

stores-title = Găsește un magazin
stores-reserve-title = Rezervă și ridică din magazin
stores-receipt-title = Rezervat
stores-mine-title = Rezervările mele
stores-back = Înapoi la magazine
stores-where = Localitate, cartier sau cod poștal
stores-where-hint = Scrie cel puțin două litere, apoi alege un loc.
# Variables:
#   $count (Number) - how many places match what was typed
stores-suggestions =
    { $count ->
        [0] Niciun loc găsit
        [one] Un loc găsit
        [few] { $count } locuri găsite
       *[other] { $count } de locuri găsite
    }
stores-use-location = Folosește locația mea
stores-geo-locating = Îți căutăm locația…
stores-geo-denied = Locația este dezactivată pentru această pagină. Scrie o localitate sau un cod poștal ori permite accesul la locație din setările browserului.
stores-geo-unavailable = Locația ta nu este disponibilă acum. Scrie o localitate sau un cod poștal.
stores-product = Produs
stores-variant = Culoare și memorie
stores-product-clear = Alege alt produs
stores-kind-device = Telefon sau tabletă
stores-kind-sim = Cartelă SIM
stores-kind-accessory = Accesoriu
stores-filters = Filtrează magazinele
stores-open-now = Deschise acum
stores-in-stock = Magazine cu produsul în stoc
stores-service = Serviciu
stores-service-any = Orice serviciu
service-repairs = Reparații
service-sim = SIM și eSIM
service-financing = Plată în rate
service-mobile-money = Portofel mobil
service-step-free = Acces fără trepte
stores-results = Cele mai apropiate magazine
stores-none = Niciun magazin potrivit pe o rază de 100 km. Încearcă alt loc sau mai puține filtre.
stores-here = Acest magazin
# Variables:
#   $distance (String) - formatted distance
stores-distance = la { $distance }
stores-services =
    .aria-label = Servicii
# Variables:
#   $store (String) - store name
stores-directions = Traseu
    .aria-label = Traseu până la { $store }
# Variables:
#   $store (String) - store name
stores-reserve = Rezervă
    .aria-label = Rezervă la { $store }
stores-store = Magazin
stores-opening = Acum
stores-quantity = Cantitate
# Variables:
#   $price (String) - the lowest price of the product's variants, with its currency
stores-price-from = de la { $price }
stores-price = Preț
# Variables:
#   $price (String) - the price of one unit, with its currency
stores-price-each = { $price } bucata
stores-to-pay = De plătit în magazin
# Variables:
#   $total (String) - what all the units cost, with the currency
#   $count (String) - how many units
#   $price (String) - the price of one unit, with its currency
stores-to-pay-units = { $total } ({ $count } × { $price })
stores-hold-explained = Îl păstrăm până la închidere, în următoarea zi în care magazinul e deschis. Plătești în magazin, la ridicare.
stores-confirm = Rezervă acum
stores-confirming = Se rezervă…
stores-receipt-done = Rezervarea ta este confirmată. Arată acest cod în magazin.
stores-code = Cod de ridicare
# Variables:
#   $code (String) - the pick-up code
stores-qr =
    .aria-label = Cod QR pentru codul de ridicare { $code }
stores-status = Stare
stores-state-active = Păstrată pentru tine
stores-state-cancelled = Anulată
stores-state-expired = Expirată
stores-state-collected = Ridicată
stores-hold = Păstrată până la
stores-cancel = Anulează rezervarea
    .aria-label = Anulează rezervarea: { $product }
stores-cancel-ask = Anulezi această rezervare? Magazinul nu va mai păstra produsul pentru tine.
stores-cancel-yes = Da, anulează
stores-cancel-keep = Nu, o păstrez
stores-cancelled = Rezervarea ta a fost anulată.
stores-mine-none = Nu ai nicio rezervare.


## The map, when the deployment has a tile server.

stores-map =
    .aria-label = Harta magazinelor
stores-map-zoom-in =
    .aria-label = Mărește
stores-map-zoom-out =
    .aria-label = Micșorează
stores-map-north =
    .aria-label = Mută harta spre nord
stores-map-south =
    .aria-label = Mută harta spre sud
stores-map-east =
    .aria-label = Mută harta spre est
stores-map-west =
    .aria-label = Mută harta spre vest
# Variables:
#   $number (String) - the store's number in the list
#   $store (String) - store name
stores-map-marker =
    .aria-label = { $number }. { $store }: arată în listă

## Colours of product variants.

colour-black = Negru
colour-white = Alb
colour-blue = Albastru
colour-navy = Bleumarin
colour-lilac = Lila
colour-silver = Argintiu
colour-grey = Gri
colour-pink = Roz
colour-teal = Turcoaz
colour-gold = Auriu
colour-green = Verde
colour-purple = Mov
