### Store locator: places, products, stock, opening hours, reservations for collection.

stores-title = Shop finden
stores-reserve-title = Zur Abholung reservieren
stores-receipt-title = Reserviert
stores-mine-title = Meine Reservierungen
stores-back = Zurück zu den Shops
stores-where = Ort, Viertel oder PLZ
stores-where-hint = Mindestens zwei Buchstaben eingeben, dann einen Ort wählen.
# Variables:
#   $count (Number) - how many places match what was typed
stores-suggestions =
    { $count ->
        [0] Kein Ort gefunden
        [one] Ein Ort gefunden
       *[other] { $count } Orte gefunden
    }
stores-use-location = Meinen Standort verwenden
stores-geo-locating = Standort wird ermittelt…
stores-geo-denied = Der Standortzugriff ist für diese Seite deaktiviert. Geben Sie einen Ort oder eine PLZ ein oder erlauben Sie den Standort in den Browsereinstellungen.
stores-geo-unavailable = Ihr Standort ist gerade nicht verfügbar. Geben Sie stattdessen einen Ort oder eine PLZ ein.
stores-product = Produkt
stores-variant = Farbe und Speicher
stores-product-clear = Anderes Produkt wählen
stores-kind-device = Handy oder Tablet
stores-kind-sim = SIM-Karte
stores-kind-accessory = Zubehör
stores-filters = Shops filtern
stores-open-now = Jetzt geöffnet
stores-in-stock = Shops mit dem Produkt
stores-service = Leistung
stores-service-any = Alle Leistungen
service-repairs = Reparaturen
service-sim = SIM und eSIM
service-financing = Ratenkauf für Geräte
service-mobile-money = Mobile Money
service-step-free = Barrierefreier Zugang
stores-results = Nächstgelegene Shops
stores-none = Kein passender Shop im Umkreis von 100 km. Versuchen Sie einen anderen Ort oder weniger Filter.
stores-here = Dieser Shop
# Variables:
#   $distance (String) - formatted distance
stores-distance = { $distance } entfernt
stores-services =
    .aria-label = Leistungen
# Variables:
#   $store (String) - store name
stores-directions = Route
    .aria-label = Route zu { $store }
# Variables:
#   $store (String) - store name
stores-reserve = Reservieren
    .aria-label = In { $store } reservieren
stores-store = Shop
stores-opening = Jetzt
stores-quantity = Menge
# Variables:
#   $price (String) - the lowest price of the product's variants, with its currency
stores-price-from = ab { $price }
stores-price = Preis
# Variables:
#   $price (String) - the price of one unit, with its currency
stores-price-each = { $price } pro Stück
stores-to-pay = Im Shop zu bezahlen
# Variables:
#   $total (String) - what all the units cost, with the currency
#   $count (String) - how many units
#   $price (String) - the price of one unit, with its currency
stores-to-pay-units = { $total } ({ $count } × { $price })
stores-hold-explained = Wir legen es bis Ladenschluss am nächsten Öffnungstag des Shops für Sie zurück. Sie bezahlen bei der Abholung im Shop.
stores-confirm = Jetzt reservieren
stores-confirming = Wird reserviert…
stores-receipt-done = Ihre Reservierung ist bestätigt. Zeigen Sie diesen Code im Shop vor.
stores-code = Abholcode
# Variables:
#   $code (String) - the pick-up code
stores-qr =
    .aria-label = QR-Code zum Abholcode { $code }
stores-status = Status
stores-state-active = Für Sie zurückgelegt
stores-state-cancelled = Storniert
stores-state-expired = Abgelaufen
stores-state-collected = Abgeholt
stores-hold = Zurückgelegt bis
stores-cancel = Reservierung stornieren
    .aria-label = Reservierung stornieren: { $product }
stores-cancel-ask = Diese Reservierung stornieren? Der Shop legt das Produkt dann nicht mehr für Sie zurück.
stores-cancel-yes = Ja, stornieren
stores-cancel-keep = Nein, behalten
stores-cancelled = Ihre Reservierung ist storniert.
stores-mine-none = Sie haben keine Reservierungen.


## The map, when the deployment has a tile server.

stores-map =
    .aria-label = Karte der Shops
stores-map-zoom-in =
    .aria-label = Vergrößern
stores-map-zoom-out =
    .aria-label = Verkleinern
stores-map-north =
    .aria-label = Karte nach Norden verschieben
stores-map-south =
    .aria-label = Karte nach Süden verschieben
stores-map-east =
    .aria-label = Karte nach Osten verschieben
stores-map-west =
    .aria-label = Karte nach Westen verschieben
# Variables:
#   $number (String) - the store's number in the list
#   $store (String) - store name
stores-map-marker =
    .aria-label = { $number }. { $store }: in der Liste anzeigen

## Colours of product variants.

colour-black = Schwarz
colour-white = Weiß
colour-blue = Blau
colour-navy = Marineblau
colour-lilac = Flieder
colour-silver = Silber
colour-grey = Grau
colour-pink = Rosa
colour-teal = Petrol
colour-gold = Gold
colour-green = Grün
colour-purple = Violett
