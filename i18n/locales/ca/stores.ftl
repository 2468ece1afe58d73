### Cercador de botigues: llocs, productes, estoc, horaris i reserves per recollir.

stores-title = Cerca una botiga
stores-reserve-title = Reserva per recollir
stores-receipt-title = Reservat
stores-mine-title = Les meves reserves
stores-back = Torna a les botigues
stores-where = Població, barri o codi postal
stores-where-hint = Escriu almenys dues lletres i tria un lloc.
# Variables:
#   $count (Number) - how many places match what was typed
stores-suggestions =
    { $count ->
        [0] No s’ha trobat cap lloc
        [one] S’ha trobat un lloc
        [many] S’han trobat { $count } de llocs
       *[other] S’han trobat { $count } llocs
    }
stores-use-location = Fes servir la meva ubicació
stores-geo-locating = S’està cercant la teva ubicació…
stores-geo-denied = La ubicació està desactivada per a aquesta pàgina. Escriu una població o un codi postal, o permet la ubicació a la configuració del navegador.
stores-geo-unavailable = Ara mateix la teva ubicació no està disponible. Escriu una població o un codi postal.
stores-product = Producte
stores-variant = Color i capacitat
stores-product-clear = Tria un altre producte
stores-kind-device = Mòbil o tauleta
stores-kind-sim = Targeta SIM
stores-kind-accessory = Accessori
stores-filters = Filtra les botigues
stores-open-now = Obertes ara
stores-in-stock = Botigues amb el producte disponible
stores-service = Servei
stores-service-any = Qualsevol servei
service-repairs = Reparacions
service-sim = SIM i eSIM
service-financing = Finançament de dispositius
service-mobile-money = Diners mòbils
service-step-free = Accés sense esglaons
stores-results = Botigues més properes
stores-none = No hi ha cap botiga a menys de 100 km. Prova un altre lloc o menys filtres.
stores-here = Aquesta botiga
# Variables:
#   $distance (String) - formatted distance
stores-distance = A { $distance }
stores-services =
    .aria-label = Serveis
# Variables:
#   $store (String) - store name
stores-directions = Com arribar-hi
    .aria-label = Com arribar a { $store }
# Variables:
#   $store (String) - store name
stores-reserve = Reserva
    .aria-label = Reserva a { $store }
stores-store = Botiga
stores-opening = Ara
stores-quantity = Quantitat
# Variables:
#   $price (String) - the lowest price of the product's variants, with its currency
stores-price-from = des de { $price }
stores-price = Preu
# Variables:
#   $price (String) - the price of one unit, with its currency
stores-price-each = { $price } per unitat
stores-to-pay = A pagar a la botiga
# Variables:
#   $total (String) - what all the units cost, with the currency
#   $count (String) - how many units
#   $price (String) - the price of one unit, with its currency
stores-to-pay-units = { $total } ({ $count } × { $price })
stores-hold-explained = Te’l guardem fins a l’hora de tancament del següent dia que obri la botiga. El pagues a la botiga quan el recullis.
stores-confirm = Reserva ara
stores-confirming = S’està reservant…
stores-receipt-done = La reserva està confirmada. Ensenya aquest codi a la botiga.
stores-code = Codi de recollida
# Variables:
#   $code (String) - the pick-up code
stores-qr =
    .aria-label = Codi QR del codi de recollida { $code }
stores-status = Estat
stores-state-active = Guardada per a tu
stores-state-cancelled = Cancel·lada
stores-state-expired = Caducada
stores-state-collected = Recollida
stores-hold = Guardada fins a
stores-cancel = Cancel·la la reserva
    .aria-label = Cancel·la la reserva: { $product }
stores-cancel-ask = Vols cancel·lar aquesta reserva? La botiga ja no te’l guardarà.
stores-cancel-yes = Sí, cancel·la-la
stores-cancel-keep = No, mantén-la
stores-cancelled = S’ha cancel·lat la reserva.
stores-mine-none = No tens cap reserva.


## El mapa, quan el desplegament té un servidor de tessel·les.

stores-map =
    .aria-label = Mapa de les botigues
stores-map-zoom-in =
    .aria-label = Apropa
stores-map-zoom-out =
    .aria-label = Allunya
stores-map-north =
    .aria-label = Mou el mapa cap al nord
stores-map-south =
    .aria-label = Mou el mapa cap al sud
stores-map-east =
    .aria-label = Mou el mapa cap a l’est
stores-map-west =
    .aria-label = Mou el mapa cap a l’oest
# Variables:
#   $number (String) - the store's number in the list
#   $store (String) - store name
stores-map-marker =
    .aria-label = { $number }. { $store }: mostra-la a la llista

## Colors de les variants de producte.

colour-black = Negre
colour-white = Blanc
colour-blue = Blau
colour-navy = Blau marí
colour-lilac = Lila
colour-silver = Plata
colour-grey = Gris
colour-pink = Rosa
colour-teal = Verd blavós
colour-gold = Daurat
colour-green = Verd
colour-purple = Morat
