### Widget chrome, sign-in, errors and the language switcher.

-brand-name = Selfcare

widget-title = Mijn account
widget-region =
    .aria-label = { -brand-name }: mijn account
launcher-open = Mijn account
    .aria-label = Mijn account openen
launcher-close = Sluiten
    .aria-label = Mijn account sluiten
language-switcher = Taal
loading = Laden…
retry = Opnieuw proberen
signin-required-title = Meld je aan om je account te bekijken
signin-required-body = Meld je aan om je verbruik, je contract en je reservaties te bekijken.
signin-button = Aanmelden
no-lines = Er staat geen gsm-nummer op je account.
nav-label =
    .aria-label = Onderdelen

## Errors the server answers with, by id.

error-unauthenticated = We konden niet bevestigen wie je bent. Meld je opnieuw aan.
error-token-expired = Je sessie is verlopen. Meld je opnieuw aan om verder te gaan.
error-line-not-found = Dit nummer staat niet op je account.
error-bad-request = We begrijpen deze aanvraag niet. Vernieuw de pagina en probeer opnieuw.
error-network = We kunnen de dienst niet bereiken. Controleer je verbinding en probeer opnieuw.
error-unavailable = De dienst is nu erg druk. Probeer het zo meteen opnieuw.
error-internal = Er ging bij ons iets mis. Probeer het later opnieuw.
error-offering-not-found = Dit aanbod is niet meer beschikbaar.
error-order-not-found = Deze bestelling staat niet op je account.
error-not-eligible = Dit aanbod is niet meer mogelijk voor dit nummer. In de lijst met aanbiedingen zie je waarom.
error-conflict = Er werd tegelijk een andere wijziging aan dit nummer gedaan. Controleer het nummer en probeer opnieuw.
error-price-changed = De prijs is veranderd sinds je hem zag. Bekijk de nieuwe prijs voor je bevestigt.
error-idempotency-key-reused = Deze bestelling werd al met andere gegevens verstuurd. Begin opnieuw.
error-idempotency-key-expired = Deze bevestiging is te oud. Begin opnieuw.
error-order-not-cancellable = Deze wijziging is al actief en kan niet meer geannuleerd worden.
error-consent-required = Vink het vakje aan om akkoord te gaan voor je bevestigt.

## Store locator errors and sections.

error-bad-coordinates = Deze plaats staat niet op de kaart. Kies een plaats uit de suggesties.
error-radius-too-large = Dit zoekgebied is te groot. Kies een gemeente of gebruik je locatie.
error-query-empty = Typ een gemeente, wijk of postcode.
error-store-not-found = Deze winkel bestaat niet meer.
error-product-not-found = Dit product wordt niet meer verkocht.
error-out-of-stock = Deze winkel heeft dit product niet meer. Misschien heeft een andere winkel in de buurt het wel.
error-reservation-limit = Je kunt niet meer van dit product reserveren. Haal eerst een reservatie af of annuleer ze.
error-reservation-not-found = Deze reservatie staat niet op je account.
error-reservation-not-cancellable = Deze reservatie is al afgelopen.
nav-usage = Mijn verbruik
nav-stores = Winkels
nav-chat = Chat

## Chat errors.

error-conversation-not-found = Dit gesprek is niet meer beschikbaar. Begin een nieuw gesprek.
error-message-empty = Typ eerst een bericht.
error-message-too-long = Dit bericht is te lang. Maak het korter of verstuur het in delen.
error-message-invalid = Dit bericht bevat tekens die niet verstuurd kunnen worden. Verwijder ze en probeer opnieuw.
error-rate-limited = Je verstuurt te snel berichten. Wacht een minuutje en probeer dan opnieuw.
error-conversation-closed = Dit gesprek is beëindigd. Begin een nieuw gesprek.
error-forbidden = Je hebt hier geen toegang toe.
error-delegation-invalid = Deze code is fout, al gebruikt of verlopen. Vraag de klant om een nieuwe code.
error-code-invalid = Deze code is fout of verlopen. Controleer hem of vraag een nieuwe aan.
error-pairing-not-found = Deze aanmeldaanvraag is verlopen of al gebruikt. Scan de code op de kiosk opnieuw.
error-code-locked = Te veel foute codes. Vraag een nieuwe code aan.

## A shop's hours and stock, shown by the locator, the chat's cards and a kiosk's attract screen.

stores-week = Openingsuren deze week
stores-closed = Gesloten
# Variables:
#   $time (String) - opening time in the store's time zone
stores-closed-opens = Gesloten · opent om { $time }
# Variables:
#   $day (String) - weekday and time, in the store's time zone
stores-closed-opens-day = Gesloten · opent { $day }
# Variables:
#   $time (String) - opening time in the store's time zone
stores-closed-opens-tomorrow = Gesloten · opent morgen om { $time }
stores-exceptional = Vandaag aangepaste openingsuren
stores-exceptional-day = aangepaste uren
# Variables:
#   $name (String) - the holiday's name, in the country's language
stores-holiday = Feestdag: { $name }
stores-open-always = 24 uur op 24 open
# Variables:
#   $time (String) - closing time in the store's time zone
stores-open-until = Open · sluit om { $time }
# Variables:
#   $time (String) - closing time in the store's time zone
stores-open-until-tomorrow = Open · sluit morgen om { $time }
# Variables:
#   $count (Number) - units in stock
stores-stock-count = { $count } in voorraad
stores-stock-few = Nog maar enkele stuks
# Variables:
#   $count (Number) - units in stock
stores-stock-few-count =
    { $count ->
        [one] Nog maar één stuk
       *[other] Nog maar { $count } stuks
    }
stores-stock-in = In voorraad
stores-stock-out = Uitverkocht

## Topping up a prepaid line with a voucher (a scratch card sold in shops).

error-voucher-invalid = Een herlaadcode heeft 10 tot 20 cijfers. Typ de cijfers onder de kraslaag.
error-voucher-not-found = Deze herlaadcode is niet geldig. Controleer hem en probeer opnieuw.
error-voucher-used = Deze herlaadcode is al gebruikt.
error-voucher-attempts = Te veel foute codes. Probeer het morgen opnieuw of herlaad in een winkel.
error-line-not-prepaid = Een herlaadcode werkt alleen voor een nummer met herlaadkaart.
