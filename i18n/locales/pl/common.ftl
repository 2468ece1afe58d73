### Widget chrome, sign-in, errors and the language switcher.

-brand-name = Selfcare

widget-title = Moje konto
widget-region =
    .aria-label = { -brand-name }: moje konto
launcher-open = Moje konto
    .aria-label = Otwórz moje konto
launcher-close = Zamknij
    .aria-label = Zamknij moje konto
language-switcher = Język
loading = Ładowanie…
retry = Spróbuj ponownie
signin-required-title = Zaloguj się, aby zobaczyć swoje konto
signin-required-body = Zaloguj się, aby sprawdzić zużycie, umowę i rezerwacje.
signin-button = Zaloguj się
no-lines = Na Twoim koncie nie ma żadnego numeru komórkowego.
nav-label =
    .aria-label = Sekcje

## Errors the server answers with, by id.

error-unauthenticated = Nie udało się potwierdzić Twojej tożsamości. Zaloguj się ponownie.
error-token-expired = Sesja wygasła. Zaloguj się ponownie, aby kontynuować.
error-line-not-found = Tego numeru nie ma na Twoim koncie.
error-bad-request = Nie udało się przetworzyć żądania. Odśwież stronę i spróbuj ponownie.
error-network = Brak połączenia z usługą. Sprawdź połączenie z internetem i spróbuj ponownie.
error-unavailable = Usługa jest teraz przeciążona. Spróbuj ponownie za chwilę.
error-internal = Coś poszło nie tak po naszej stronie. Spróbuj ponownie później.
error-offering-not-found = Ta oferta nie jest już dostępna.
error-order-not-found = Tego zamówienia nie ma na Twoim koncie.
error-not-eligible = Tej oferty nie można już włączyć na tym numerze. Powód znajdziesz na liście ofert.
error-conflict = W tym samym czasie na tym numerze wprowadzono inną zmianę. Sprawdź numer i spróbuj ponownie.
error-price-changed = Cena zmieniła się w międzyczasie. Sprawdź nową cenę, zanim potwierdzisz.
error-idempotency-key-reused = To zamówienie zostało już wysłane z innymi danymi. Zacznij od nowa.
error-idempotency-key-expired = To potwierdzenie jest już nieaktualne. Zacznij od nowa.
error-order-not-cancellable = Ta zmiana już obowiązuje i nie można jej anulować.
error-consent-required = Zaznacz zgodę, zanim potwierdzisz.

## Store locator errors and sections.

error-bad-coordinates = Tego miejsca nie ma na mapie. Wybierz miejsce z podpowiedzi.
error-radius-too-large = Obszar wyszukiwania jest za duży. Wybierz miejscowość lub użyj swojej lokalizacji.
error-query-empty = Wpisz miejscowość, dzielnicę lub kod pocztowy.
error-store-not-found = Ten salon już nie istnieje.
error-product-not-found = Ten produkt nie jest już sprzedawany.
error-out-of-stock = Ten salon nie ma już tego produktu. Może mieć go inny salon w pobliżu.
error-reservation-limit = Nie możesz zarezerwować więcej sztuk tego produktu. Najpierw odbierz lub anuluj rezerwację.
error-reservation-not-found = Tej rezerwacji nie ma na Twoim koncie.
error-reservation-not-cancellable = Ta rezerwacja już się zakończyła.
nav-usage = Moje zużycie
nav-stores = Salony
nav-chat = Czat

## Chat errors.

error-conversation-not-found = Ta rozmowa nie jest już dostępna. Rozpocznij nową.
error-message-empty = Najpierw wpisz wiadomość.
error-message-too-long = Ta wiadomość jest za długa. Skróć ją lub wyślij w częściach.
error-message-invalid = Wiadomość zawiera znaki, których nie można wysłać. Usuń je i spróbuj ponownie.
error-rate-limited = Wysyłasz wiadomości zbyt szybko. Odczekaj minutę i spróbuj ponownie.
error-conversation-closed = Ta rozmowa została zakończona. Rozpocznij nową.
error-forbidden = Nie masz do tego dostępu.
error-delegation-invalid = Kod jest błędny, został już użyty lub wygasł. Poproś klienta o nowy.
error-code-invalid = Kod jest błędny lub wygasł. Sprawdź go albo poproś o nowy.
error-pairing-not-found = Ta prośba o logowanie wygasła lub została już użyta. Zeskanuj ponownie kod z kiosku.
error-code-locked = Za dużo błędnych kodów. Poproś o nowy kod.

## A shop's hours and stock, shown by the locator, the chat's cards and a kiosk's attract screen.

stores-week = Godziny otwarcia w tym tygodniu
stores-closed = Zamknięte
# Variables:
#   $time (String) - opening time in the store's time zone
stores-closed-opens = Zamknięte · otwarcie o { $time }
# Variables:
#   $day (String) - weekday and time, in the store's time zone
stores-closed-opens-day = Zamknięte · otwarcie: { $day }
# Variables:
#   $time (String) - opening time in the store's time zone
stores-closed-opens-tomorrow = Zamknięte · otwarcie jutro o { $time }
stores-exceptional = Dziś zmienione godziny otwarcia
stores-exceptional-day = zmienione godziny
# Variables:
#   $name (String) - the holiday's name, in the country's language
stores-holiday = Święto: { $name }
stores-open-always = Otwarte całą dobę
# Variables:
#   $time (String) - closing time in the store's time zone
stores-open-until = Otwarte · do { $time }
# Variables:
#   $time (String) - closing time in the store's time zone
stores-open-until-tomorrow = Otwarte · zamknięcie jutro o { $time }
# Variables:
#   $count (Number) - units in stock
stores-stock-count = Na stanie: { $count } szt.
stores-stock-few = Ostatnie sztuki
# Variables:
#   $count (Number) - units in stock
stores-stock-few-count =
    { $count ->
        [one] Została tylko jedna sztuka
        [few] Zostały tylko { $count } sztuki
        [many] Zostało tylko { $count } sztuk
       *[other] Zostało tylko { $count } sztuki
    }
stores-stock-in = Na stanie
stores-stock-out = Brak na stanie

## Topping up a prepaid line with a voucher (a scratch card sold in shops).

error-voucher-invalid = Kod doładowania ma od 10 do 20 cyfr. Wpisz cyfry ukryte pod polem do zdrapania.
error-voucher-not-found = Ten kod doładowania jest nieprawidłowy. Sprawdź go i spróbuj ponownie.
error-voucher-used = Ten kod doładowania został już wykorzystany.
error-voucher-attempts = Za dużo błędnych kodów. Spróbuj ponownie jutro albo doładuj konto w salonie.
error-line-not-prepaid = Kod doładowania działa tylko na numerach na kartę.
