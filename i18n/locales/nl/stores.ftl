### Store locator: places, products, stock, opening hours, reservations for collection.

stores-title = Winkel zoeken
stores-reserve-title = Reserveren om af te halen
stores-receipt-title = Gereserveerd
stores-mine-title = Mijn reservaties
stores-back = Terug naar de winkels
stores-where = Gemeente, wijk of postcode
stores-where-hint = Typ minstens twee letters en kies dan een plaats.
# Variables:
#   $count (Number) - how many places match what was typed
stores-suggestions =
    { $count ->
        [0] Geen plaats gevonden
        [one] Eén plaats gevonden
       *[other] { $count } plaatsen gevonden
    }
stores-use-location = Mijn locatie gebruiken
stores-geo-locating = Je locatie zoeken…
stores-geo-denied = Locatie staat uit voor deze pagina. Typ een gemeente of postcode, of sta locatie toe in de instellingen van je browser.
stores-geo-unavailable = Je locatie is nu niet beschikbaar. Typ een gemeente of postcode.
stores-product = Product
stores-variant = Kleur en geheugen
stores-product-clear = Ander product kiezen
stores-kind-device = Gsm of tablet
stores-kind-sim = Simkaart
stores-kind-accessory = Accessoire
stores-filters = Winkels filteren
stores-open-now = Nu open
stores-in-stock = Winkels met het product
stores-service = Dienst
stores-service-any = Alle diensten
service-repairs = Herstellingen
service-sim = Sim en eSIM
service-financing = Toestel afbetalen
service-mobile-money = Mobiel geld
service-step-free = Drempelvrije toegang
stores-results = Dichtstbijzijnde winkels
stores-none = Geen winkel gevonden binnen 100 km. Probeer een andere plaats of minder filters.
stores-here = Deze winkel
# Variables:
#   $distance (String) - formatted distance
stores-distance = op { $distance }
stores-services =
    .aria-label = Diensten
# Variables:
#   $store (String) - store name
stores-directions = Route
    .aria-label = Route naar { $store }
# Variables:
#   $store (String) - store name
stores-reserve = Reserveren
    .aria-label = Reserveren in { $store }
stores-store = Winkel
stores-opening = Nu
stores-quantity = Aantal
# Variables:
#   $price (String) - the lowest price of the product's variants, with its currency
stores-price-from = vanaf { $price }
stores-price = Prijs
# Variables:
#   $price (String) - the price of one unit, with its currency
stores-price-each = { $price } per stuk
stores-to-pay = Te betalen in de winkel
# Variables:
#   $total (String) - what all the units cost, with the currency
#   $count (String) - how many units
#   $price (String) - the price of one unit, with its currency
stores-to-pay-units = { $total } ({ $count } × { $price })
stores-hold-explained = We houden het voor je opzij tot sluitingstijd op de volgende openingsdag van de winkel. Je betaalt in de winkel bij het afhalen.
stores-confirm = Nu reserveren
stores-confirming = Reserveren…
stores-receipt-done = Je reservatie is bevestigd. Toon deze code in de winkel.
stores-code = Afhaalcode
# Variables:
#   $code (String) - the pick-up code
stores-qr =
    .aria-label = QR-code van afhaalcode { $code }
stores-status = Status
stores-state-active = Voor je opzijgelegd
stores-state-cancelled = Geannuleerd
stores-state-expired = Verlopen
stores-state-collected = Afgehaald
stores-hold = Opzijgelegd tot
stores-cancel = Reservatie annuleren
    .aria-label = Reservatie annuleren: { $product }
stores-cancel-ask = Deze reservatie annuleren? De winkel houdt het dan niet meer voor je opzij.
stores-cancel-yes = Ja, annuleren
stores-cancel-keep = Nee, behouden
stores-cancelled = Je reservatie is geannuleerd.
stores-mine-none = Je hebt geen reservaties.


## The map, when the deployment has a tile server.

stores-map =
    .aria-label = Kaart van de winkels
stores-map-zoom-in =
    .aria-label = Inzoomen
stores-map-zoom-out =
    .aria-label = Uitzoomen
stores-map-north =
    .aria-label = Kaart naar het noorden verschuiven
stores-map-south =
    .aria-label = Kaart naar het zuiden verschuiven
stores-map-east =
    .aria-label = Kaart naar het oosten verschuiven
stores-map-west =
    .aria-label = Kaart naar het westen verschuiven
# Variables:
#   $number (String) - the store's number in the list
#   $store (String) - store name
stores-map-marker =
    .aria-label = { $number }. { $store }: tonen in de lijst

## Colours of product variants.

colour-black = Zwart
colour-white = Wit
colour-blue = Blauw
colour-navy = Marineblauw
colour-lilac = Lila
colour-silver = Zilver
colour-grey = Grijs
colour-pink = Roze
colour-teal = Petrol
colour-gold = Goud
colour-green = Groen
colour-purple = Paars
