### Store locator: places, products, stock, opening hours, reservations for collection.

stores-title = Znajdź salon
stores-reserve-title = Rezerwacja z odbiorem w salonie
stores-receipt-title = Zarezerwowano
stores-mine-title = Moje rezerwacje
stores-back = Wróć do salonów
stores-where = Miejscowość, dzielnica lub kod pocztowy
stores-where-hint = Wpisz co najmniej dwie litery i wybierz miejsce.
# Variables:
#   $count (Number) - how many places match what was typed
stores-suggestions =
    { $count ->
        [0] Nie znaleziono żadnego miejsca
        [one] Znaleziono jedno miejsce
        [few] Znaleziono { $count } miejsca
        [many] Znaleziono { $count } miejsc
       *[other] Znaleziono { $count } miejsca
    }
stores-use-location = Użyj mojej lokalizacji
stores-geo-locating = Ustalamy Twoją lokalizację…
stores-geo-denied = Lokalizacja jest wyłączona dla tej strony. Wpisz miejscowość lub kod pocztowy albo zezwól na lokalizację w ustawieniach przeglądarki.
stores-geo-unavailable = Twoja lokalizacja jest teraz niedostępna. Wpisz miejscowość lub kod pocztowy.
stores-product = Produkt
stores-variant = Kolor i pamięć
stores-product-clear = Wybierz inny produkt
stores-kind-device = Telefon lub tablet
stores-kind-sim = Karta SIM
stores-kind-accessory = Akcesoria
stores-filters = Filtruj salony
stores-open-now = Otwarte teraz
stores-in-stock = Salony, które mają ten produkt
stores-service = Usługa
stores-service-any = Dowolna usługa
service-repairs = Naprawy
service-sim = SIM i eSIM
service-financing = Sprzęt na raty
service-mobile-money = Płatności mobilne
service-step-free = Dostęp bez schodów
stores-results = Najbliższe salony
stores-none = W promieniu 100 km nie ma pasującego salonu. Wybierz inne miejsce lub mniej filtrów.
stores-here = Ten salon
# Variables:
#   $distance (String) - formatted distance
stores-distance = { $distance } stąd
stores-services =
    .aria-label = Usługi
# Variables:
#   $store (String) - store name
stores-directions = Dojazd
    .aria-label = Dojazd do salonu { $store }
# Variables:
#   $store (String) - store name
stores-reserve = Zarezerwuj
    .aria-label = Zarezerwuj w salonie { $store }
stores-store = Salon
stores-opening = Teraz
stores-quantity = Ilość
# Variables:
#   $price (String) - the lowest price of the product's variants, with its currency
stores-price-from = od { $price }
stores-price = Cena
# Variables:
#   $price (String) - the price of one unit, with its currency
stores-price-each = { $price } za sztukę
stores-to-pay = Do zapłaty w salonie
# Variables:
#   $total (String) - what all the units cost, with the currency
#   $count (String) - how many units
#   $price (String) - the price of one unit, with its currency
stores-to-pay-units = { $total } ({ $count } × { $price })
stores-hold-explained = Odłożymy produkt do zamknięcia salonu w jego najbliższym dniu otwarcia. Zapłacisz w salonie przy odbiorze.
stores-confirm = Zarezerwuj teraz
stores-confirming = Rezerwujemy…
stores-receipt-done = Rezerwacja potwierdzona. Pokaż ten kod w salonie.
stores-code = Kod odbioru
# Variables:
#   $code (String) - the pick-up code
stores-qr =
    .aria-label = Kod QR z kodem odbioru { $code }
stores-status = Stan
stores-state-active = Czeka na Ciebie
stores-state-cancelled = Anulowana
stores-state-expired = Wygasła
stores-state-collected = Odebrana
stores-hold = Czeka do
stores-cancel = Anuluj rezerwację
    .aria-label = Anuluj rezerwację: { $product }
stores-cancel-ask = Anulować tę rezerwację? Salon nie będzie już trzymał dla Ciebie tego produktu.
stores-cancel-yes = Tak, anuluj
stores-cancel-keep = Nie, zostaw
stores-cancelled = Rezerwacja została anulowana.
stores-mine-none = Nie masz żadnych rezerwacji.


## The map, when the deployment has a tile server.

stores-map =
    .aria-label = Mapa salonów
stores-map-zoom-in =
    .aria-label = Powiększ
stores-map-zoom-out =
    .aria-label = Pomniejsz
stores-map-north =
    .aria-label = Przesuń mapę na północ
stores-map-south =
    .aria-label = Przesuń mapę na południe
stores-map-east =
    .aria-label = Przesuń mapę na wschód
stores-map-west =
    .aria-label = Przesuń mapę na zachód
# Variables:
#   $number (String) - the store's number in the list
#   $store (String) - store name
stores-map-marker =
    .aria-label = { $number }. { $store }: pokaż na liście

## Colours of product variants.

colour-black = Czarny
colour-white = Biały
colour-blue = Niebieski
colour-navy = Granatowy
colour-lilac = Liliowy
colour-silver = Srebrny
colour-grey = Szary
colour-pink = Różowy
colour-teal = Morski
colour-gold = Złoty
colour-green = Zielony
colour-purple = Fioletowy
