### Store locator: places, products, stock, opening hours, reservations for collection.

stores-title = Hitady fivarotana
stores-reserve-title = Hamandrika ka haka any amin'ny fivarotana
stores-receipt-title = Voafandrika
stores-mine-title = Ny famandrihako
stores-back = Hiverina amin'ny fivarotana
stores-where = Tanàna, kartie na kaody paositra
stores-where-hint = Soraty litera roa farafahakeliny, dia misafidiana toerana.
# Variables:
#   $count (Number) - how many places match what was typed
stores-suggestions =
    { $count ->
        [0] Tsy nisy toerana hita
        [one] Toerana iray no hita
       *[other] Toerana { $count } no hita
    }
stores-use-location = Hampiasa ny toerana misy ahy
stores-geo-locating = Mitady ny toerana misy anao…
stores-geo-denied = Tsy navela hahita ny toerana misy anao ity pejy ity. Soraty ny tanàna na ny kaody paositra, na omeo alalana izany ao amin'ny fandrindrana ny navigateur-nao.
stores-geo-unavailable = Tsy fantatra ny toerana misy anao amin'izao. Soraty ny tanàna na ny kaody paositra.
stores-product = Entana
stores-variant = Loko sy fitahirizana
stores-product-clear = Hisafidy entana hafa
stores-kind-device = Finday na tablette
stores-kind-sim = Karatra SIM
stores-kind-accessory = Kojakoja
stores-filters = Hanivana ny fivarotana
stores-open-now = Misokatra izao
stores-in-stock = Fivarotana manana ilay entana
stores-service = Serivisy
stores-service-any = Serivisy rehetra
service-repairs = Fanamboarana
service-sim = SIM sy eSIM
service-financing = Fandoavana tsikelikely
service-mobile-money = Vola amin'ny finday
service-step-free = Tsy misy tohatra
stores-results = Fivarotana akaiky indrindra
stores-none = Tsy misy fivarotana mifanaraka ao anatin'ny 100 km. Andramo toerana hafa na sivana vitsy kokoa.
stores-here = Ity fivarotana ity
# Variables:
#   $distance (String) - formatted distance
stores-distance = { $distance } avy eto
stores-services =
    .aria-label = Serivisy
# Variables:
#   $store (String) - store name
stores-directions = Lalana
    .aria-label = Lalana mankany amin'ny { $store }
# Variables:
#   $store (String) - store name
stores-reserve = Hamandrika
    .aria-label = Hamandrika ao amin'ny { $store }
stores-store = Fivarotana
stores-opening = Amin'izao
stores-quantity = Isa
# Variables:
#   $price (String) - the lowest price of the product's variants, with its currency
stores-price-from = manomboka amin'ny { $price }
stores-price = Vidiny
# Variables:
#   $price (String) - the price of one unit, with its currency
stores-price-each = { $price } isan'iray
stores-to-pay = Aloa any amin'ny fivarotana
# Variables:
#   $total (String) - what all the units cost, with the currency
#   $count (String) - how many units
#   $price (String) - the price of one unit, with its currency
stores-to-pay-units = { $total } ({ $count } × { $price })
stores-hold-explained = Tehirizinay ho anao hatramin'ny ora fikatonana amin'ny andro fisokafan'ny fivarotana manaraka. Any amin'ny fivarotana no handoavanao rehefa maka azy ianao.
stores-confirm = Hamandrika izao
stores-confirming = Mamandrika…
stores-receipt-done = Voamarina ny famandrihanao. Asehoy ity kaody ity any amin'ny fivarotana.
stores-code = Kaody fakana
# Variables:
#   $code (String) - the pick-up code
stores-qr =
    .aria-label = Kaody QR an'ny kaody fakana { $code }
stores-status = Sata
stores-state-active = Voatahiry ho anao
stores-state-cancelled = Nofoanana
stores-state-expired = Lany daty
stores-state-collected = Efa nalaina
stores-hold = Tehirizina hatramin'ny
stores-cancel = Hanafoana ny famandrihana
    .aria-label = Hanafoana ny famandrihana: { $product }
stores-cancel-ask = Hofoanana ve ity famandrihana ity? Tsy hotehirizin'ny fivarotana ho anao intsony izy.
stores-cancel-yes = Eny, foano
stores-cancel-keep = Tsia, tazony
stores-cancelled = Nofoanana ny famandrihanao.
stores-mine-none = Tsy manana famandrihana ianao.


## The map, when the deployment has a tile server.

stores-map =
    .aria-label = Sarintanin'ny fivarotana
stores-map-zoom-in =
    .aria-label = Hanalehibe
stores-map-zoom-out =
    .aria-label = Hanakely
stores-map-north =
    .aria-label = Hanetsika ny sarintany mianavaratra
stores-map-south =
    .aria-label = Hanetsika ny sarintany mianatsimo
stores-map-east =
    .aria-label = Hanetsika ny sarintany miantsinanana
stores-map-west =
    .aria-label = Hanetsika ny sarintany miankandrefana
# Variables:
#   $number (String) - the store's number in the list
#   $store (String) - store name
stores-map-marker =
    .aria-label = { $number }. { $store }: asehoy ao amin'ny lisitra

## Colours of product variants.

colour-black = Mainty
colour-white = Fotsy
colour-blue = Manga
colour-navy = Manga maizina
colour-lilac = Volomparasy malefaka
colour-silver = Volafotsy
colour-grey = Volondavenona
colour-pink = Mavokely
colour-teal = Manga maitso
colour-gold = Volamena
colour-green = Maitso
colour-purple = Volomparasy
