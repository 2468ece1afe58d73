### Store locator: places, products, stock, opening hours, reservations for collection.

stores-title = Seet bitig
stores-reserve-title = Réserver te jëli ci bitig
stores-receipt-title = Réserver nañu ko
stores-mine-title = Samay réservation
stores-back = Dellu ci bitig yi
stores-where = Dëkk, gox walla code postal
stores-where-hint = Bindal ñaari araf lu néew néew, te tànn benn bërëb.
# Variables:
#   $count (Number) - how many places match what was typed
stores-suggestions =
    { $count ->
        [0] Gisunu benn bërëb
       *[other] Gis nanu { $count } bërëb
    }
stores-use-location = Jëfandikoo fi ma nekk
stores-geo-locating = Ñu ngi seet fi nga nekk…
stores-geo-denied = Localisation tëj na ci page bii. Bindal dëkk walla code postal, walla ubbil localisation ci réglage navigateur bi.
stores-geo-unavailable = Mënunu xam fi nga nekk léegi. Bindal dëkk walla code postal.
stores-product = Produit
stores-variant = Melo ak mémoire
stores-product-clear = Tànn beneen produit
stores-kind-device = Telefon walla tablette
stores-kind-sim = Carte SIM
stores-kind-accessory = Accessoire
stores-filters = Tànnal bitig yi
stores-open-now = Ubbi na léegi
stores-in-stock = Bitig yi am produit bi
stores-service = Ban service?
stores-service-any = Service yépp
service-repairs = Defar telefon
service-sim = SIM ak eSIM
service-financing = Fey ndànk-ndànk
service-mobile-money = Xaalis ci telefon
service-step-free = Amul escalier
stores-results = Bitig yi gën a jege
stores-none = Amul bitig bu dëppoo ci 100 km. Jéemaatal beneen bërëb walla wàññi filtre yi.
stores-here = Bitig bii
# Variables:
#   $distance (String) - formatted distance
stores-distance = Ci { $distance }
stores-services =
    .aria-label = Service yi
# Variables:
#   $store (String) - store name
stores-directions = Yoon wi
    .aria-label = Yoon wi jëm ci { $store }
# Variables:
#   $store (String) - store name
stores-reserve = Réserver
    .aria-label = Réserver ci { $store }
stores-store = Bitig
stores-opening = Léegi
stores-quantity = Ñaata
# Variables:
#   $price (String) - the lowest price of the product's variants, with its currency
stores-price-from = dale ci { $price }
stores-price = Njëg
# Variables:
#   $price (String) - the price of one unit, with its currency
stores-price-each = { $price } benn bi
stores-to-pay = Li ngay fey ci bitig bi
# Variables:
#   $total (String) - what all the units cost, with the currency
#   $count (String) - how many units
#   $price (String) - the price of one unit, with its currency
stores-to-pay-units = { $total } ({ $count } × { $price })
stores-hold-explained = Dinanu la ko denc ba bitig bi tëj, ci bés bi muy ubbi ci topp. Dinga fey ci bitig bi boo ko jëlee.
stores-confirm = Réserver léegi
stores-confirming = Ñu ngi réserver…
stores-receipt-done = Dëggal nanu sa réservation. Wone code bii ci bitig bi.
stores-code = Code ngir jëli
# Variables:
#   $code (String) - the pick-up code
stores-qr =
    .aria-label = Code QR bu code jëli { $code }
stores-status = Fan la tollu
stores-state-active = Ñu ngi la ko denc
stores-state-cancelled = Neenal nañu ko
stores-state-expired = Jeex na
stores-state-collected = Jël nañu ko
stores-hold = Denc nañu ko ba
stores-cancel = Neenal réservation bi
    .aria-label = Neenal réservation bi: { $product }
stores-cancel-ask = Ndax nu neenal réservation bii? Bitig bi dootul la ko denc.
stores-cancel-yes = Waaw, neenal ko
stores-cancel-keep = Déedéet, bàyyi ko
stores-cancelled = Neenal nanu sa réservation.
stores-mine-none = Amuloo benn réservation.


## The map, when the deployment has a tile server.

stores-map =
    .aria-label = Kartu bitig yi
stores-map-zoom-in =
    .aria-label = Magal kart bi
stores-map-zoom-out =
    .aria-label = Tuutal kart bi
stores-map-north =
    .aria-label = Jëmale kart bi bëj-gànnaar
stores-map-south =
    .aria-label = Jëmale kart bi bëj-saalum
stores-map-east =
    .aria-label = Jëmale kart bi penku
stores-map-west =
    .aria-label = Jëmale kart bi sowu
# Variables:
#   $number (String) - the store's number in the list
#   $store (String) - store name
stores-map-marker =
    .aria-label = { $number }. { $store }: wone ko ci liste bi

## Colours of product variants.

colour-black = Ñuul
colour-white = Weex
colour-blue = Bulo
colour-navy = Bulo bu lëndëm
colour-lilac = Lila
colour-silver = Melo xaalis
colour-grey = Gri
colour-pink = Roos
colour-teal = Bulo-wert
colour-gold = Melo wurus
colour-green = Wert
colour-purple = Wiolet
