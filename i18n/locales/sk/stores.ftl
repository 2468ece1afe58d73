### Store locator: places, products, stock, opening hours, reservations for collection.

stores-title = Nájsť predajňu
stores-reserve-title = Rezervácia na vyzdvihnutie
stores-receipt-title = Rezervované
stores-mine-title = Moje rezervácie
stores-back = Späť na predajne
stores-where = Mesto, mestská časť alebo PSČ
stores-where-hint = Napíšte aspoň dve písmená a potom vyberte miesto.
# Variables:
#   $count (Number) - how many places match what was typed
stores-suggestions =
    { $count ->
        [0] Nenašlo sa žiadne miesto
        [one] Našlo sa jedno miesto
        [few] Našli sa { $count } miesta
        [many] Našlo sa { $count } miesta
       *[other] Našlo sa { $count } miest
    }
stores-use-location = Použiť moju polohu
stores-geo-locating = Zisťujeme vašu polohu…
stores-geo-denied = Poloha je pre túto stránku vypnutá. Napíšte mesto alebo PSČ, prípadne povoľte polohu v nastaveniach prehliadača.
stores-geo-unavailable = Vaša poloha teraz nie je dostupná. Napíšte radšej mesto alebo PSČ.
stores-product = Produkt
stores-variant = Farba a pamäť
stores-product-clear = Vybrať iný produkt
stores-kind-device = Telefón alebo tablet
stores-kind-sim = SIM karta
stores-kind-accessory = Príslušenstvo
stores-filters = Filtrovať predajne
stores-open-now = Práve otvorené
stores-in-stock = Predajne s produktom na sklade
stores-service = Služba
stores-service-any = Všetky služby
service-repairs = Opravy
service-sim = SIM a eSIM
service-financing = Kúpa na splátky
service-mobile-money = Mobilná peňaženka
service-step-free = Bezbariérový prístup
stores-results = Najbližšie predajne
stores-none = V okruhu 100 km nie je žiadna vyhovujúca predajňa. Skúste iné miesto alebo menej filtrov.
stores-here = Táto predajňa
# Variables:
#   $distance (String) - formatted distance
stores-distance = { $distance } od vás
stores-services =
    .aria-label = Služby
# Variables:
#   $store (String) - store name
stores-directions = Navigovať
    .aria-label = Navigovať do predajne { $store }
# Variables:
#   $store (String) - store name
stores-reserve = Rezervovať
    .aria-label = Rezervovať v predajni { $store }
stores-store = Predajňa
stores-opening = Teraz
stores-quantity = Množstvo
# Variables:
#   $price (String) - the lowest price of the product's variants, with its currency
stores-price-from = od { $price }
stores-price = Cena
# Variables:
#   $price (String) - the price of one unit, with its currency
stores-price-each = { $price }/ks
stores-to-pay = Zaplatíte v predajni
# Variables:
#   $total (String) - what all the units cost, with the currency
#   $count (String) - how many units
#   $price (String) - the price of one unit, with its currency
stores-to-pay-units = { $total } ({ $count } × { $price })
stores-hold-explained = Tovar vám podržíme do zatváracej hodiny v najbližší deň, keď má predajňa otvorené. Zaplatíte pri vyzdvihnutí v predajni.
stores-confirm = Rezervovať teraz
stores-confirming = Rezervujeme…
stores-receipt-done = Rezervácia je potvrdená. Tento kód ukážte v predajni.
stores-code = Kód na vyzdvihnutie
# Variables:
#   $code (String) - the pick-up code
stores-qr =
    .aria-label = QR kód s kódom na vyzdvihnutie { $code }
stores-status = Stav
stores-state-active = Rezervované pre vás
stores-state-cancelled = Zrušená
stores-state-expired = Vypršala
stores-state-collected = Vyzdvihnutá
stores-hold = Rezervované do
stores-cancel = Zrušiť rezerváciu
    .aria-label = Zrušiť rezerváciu: { $product }
stores-cancel-ask = Zrušiť túto rezerváciu? Predajňa vám tovar už nebude držať.
stores-cancel-yes = Áno, zrušiť
stores-cancel-keep = Nie, ponechať
stores-cancelled = Rezervácia je zrušená.
stores-mine-none = Nemáte žiadne rezervácie.


## The map, when the deployment has a tile server.

stores-map =
    .aria-label = Mapa predajní
stores-map-zoom-in =
    .aria-label = Priblížiť
stores-map-zoom-out =
    .aria-label = Oddialiť
stores-map-north =
    .aria-label = Posunúť mapu na sever
stores-map-south =
    .aria-label = Posunúť mapu na juh
stores-map-east =
    .aria-label = Posunúť mapu na východ
stores-map-west =
    .aria-label = Posunúť mapu na západ
# Variables:
#   $number (String) - the store's number in the list
#   $store (String) - store name
stores-map-marker =
    .aria-label = { $number }. { $store }: zobraziť v zozname

## Colours of product variants.

colour-black = Čierna
colour-white = Biela
colour-blue = Modrá
colour-navy = Tmavomodrá
colour-lilac = Levanduľová
colour-silver = Strieborná
colour-grey = Sivá
colour-pink = Ružová
colour-teal = Modrozelená
colour-gold = Zlatá
colour-green = Zelená
colour-purple = Fialová
