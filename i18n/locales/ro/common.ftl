### Widget chrome, sign-in, errors and the language switcher.

-brand-name = Selfcare

widget-title = Contul meu
widget-region =
    .aria-label = { -brand-name }: contul meu
launcher-open = Contul meu
    .aria-label = Deschide contul meu
launcher-close = Închide
    .aria-label = Închide contul meu
language-switcher = Limbă
loading = Se încarcă…
retry = Încearcă din nou
signin-required-title = Autentifică-te ca să-ți vezi contul
signin-required-body = Autentifică-te ca să vezi consumul, contractul și rezervările tale.
signin-button = Autentificare
no-lines = Nu ai nicio linie mobilă în cont.
nav-label =
    .aria-label = Secțiuni

## Errors the server answers with, by id.

error-unauthenticated = Nu am putut confirma cine ești. Autentifică-te din nou.
error-token-expired = Sesiunea a expirat. Autentifică-te din nou ca să continui.
error-line-not-found = Această linie nu este în contul tău.
error-bad-request = Cererea nu a putut fi înțeleasă. Reîncarcă pagina și încearcă din nou.
error-network = Nu putem accesa serviciul. Verifică-ți conexiunea și încearcă din nou.
error-unavailable = Serviciul este foarte solicitat acum. Încearcă din nou peste câteva momente.
error-internal = A apărut o problemă la noi. Încearcă din nou mai târziu.
error-offering-not-found = Această ofertă nu mai este disponibilă.
error-order-not-found = Această comandă nu este în contul tău.
error-not-eligible = Această ofertă nu mai poate fi activată pe această linie. Lista de oferte arată de ce.
error-conflict = Altă modificare a fost făcută pe această linie în același timp. Verifică linia, apoi încearcă din nou.
error-price-changed = Prețul s-a schimbat între timp. Verifică noul preț înainte să confirmi.
error-idempotency-key-reused = Această comandă a fost deja trimisă cu alte detalii. Ia-o de la capăt.
error-idempotency-key-expired = Această confirmare este prea veche. Ia-o de la capăt.
error-order-not-cancellable = Această modificare este deja activă și nu mai poate fi anulată.
error-consent-required = Bifează căsuța ca să-ți dai acordul înainte să confirmi.

## Store locator errors and sections.

error-bad-coordinates = Locul nu apare pe hartă. Alege un loc din sugestii.
error-radius-too-large = Zona de căutare e prea mare. Alege o localitate sau folosește-ți locația.
error-query-empty = Scrie o localitate, un cartier sau un cod poștal.
error-store-not-found = Acest magazin nu mai există.
error-product-not-found = Acest produs nu se mai vinde.
error-out-of-stock = Magazinul nu mai are acest produs. Poate îl are alt magazin din apropiere.
error-reservation-limit = Nu mai poți rezerva din acest produs. Ridică sau anulează mai întâi o rezervare.
error-reservation-not-found = Această rezervare nu este în contul tău.
error-reservation-not-cancellable = Această rezervare s-a încheiat deja.
nav-usage = Consum
nav-stores = Magazine
nav-chat = Conversație

## Chat errors.

error-conversation-not-found = Conversația nu mai este disponibilă. Începe una nouă.
error-message-empty = Scrie mai întâi un mesaj.
error-message-too-long = Mesajul e prea lung. Scurtează-l sau trimite-l în mai multe părți.
error-message-invalid = Mesajul conține caractere care nu pot fi trimise. Șterge-le și încearcă din nou.
error-rate-limited = Trimiți mesaje prea repede. Așteaptă un minut, apoi încearcă din nou.
error-conversation-closed = Conversația s-a încheiat. Începe una nouă.
error-forbidden = Nu ai acces la această funcție.
error-delegation-invalid = Codul e greșit, deja folosit sau expirat. Cere-i clientului unul nou.
error-code-invalid = Codul e greșit sau a expirat. Verifică-l sau cere unul nou.
error-pairing-not-found = Cererea de autentificare a expirat sau a fost deja folosită. Scanează din nou codul de pe terminal.
error-code-locked = Prea multe coduri greșite. Cere un cod nou.

## A shop's hours and stock, shown by the locator, the chat's cards and a kiosk's attract screen.

stores-week = Programul din această săptămână
stores-closed = Închis
# Variables:
#   $time (String) - opening time in the store's time zone
stores-closed-opens = Închis · se deschide la { $time }
# Variables:
#   $day (String) - weekday and time, in the store's time zone
stores-closed-opens-day = Închis · se deschide { $day }
# Variables:
#   $time (String) - opening time in the store's time zone
stores-closed-opens-tomorrow = Închis · se deschide mâine la { $time }
stores-exceptional = Program special astăzi
stores-exceptional-day = program special
# Variables:
#   $name (String) - the holiday's name, in the country's language
stores-holiday = Sărbătoare legală: { $name }
stores-open-always = Deschis non-stop
# Variables:
#   $time (String) - closing time in the store's time zone
stores-open-until = Deschis · se închide la { $time }
# Variables:
#   $time (String) - closing time in the store's time zone
stores-open-until-tomorrow = Deschis · se închide mâine la { $time }
# Variables:
#   $count (Number) - units in stock
stores-stock-count = { $count } buc. în stoc
stores-stock-few = Doar câteva bucăți
# Variables:
#   $count (Number) - units in stock
stores-stock-few-count =
    { $count ->
        [one] Doar o bucată
        [few] Doar { $count } bucăți
       *[other] Doar { $count } de bucăți
    }
stores-stock-in = În stoc
stores-stock-out = Stoc epuizat

## Topping up a prepaid line with a voucher (a scratch card sold in shops).

error-voucher-invalid = Codul de reîncărcare are între 10 și 20 de cifre. Introdu cifrele de sub zona de răzuit.
error-voucher-not-found = Acest cod de reîncărcare nu este valid. Verifică-l și încearcă din nou.
error-voucher-used = Acest cod de reîncărcare a fost deja folosit.
error-voucher-attempts = Prea multe coduri greșite. Încearcă din nou mâine sau reîncarcă într-un magazin.
error-line-not-prepaid = Codurile de reîncărcare funcționează doar pentru liniile cu cartelă.
