### Widget chrome, sign-in, errors and the language switcher.

-brand-name = Selfcare

widget-title = Môj účet
widget-region =
    .aria-label = { -brand-name }: môj účet
launcher-open = Môj účet
    .aria-label = Otvoriť môj účet
launcher-close = Zavrieť
    .aria-label = Zavrieť môj účet
language-switcher = Jazyk
loading = Načítava sa…
retry = Skúsiť znova
signin-required-title = Prihláste sa a uvidíte svoj účet
signin-required-body = Po prihlásení uvidíte svoju spotrebu, zmluvu a rezervácie.
signin-button = Prihlásiť sa
no-lines = Na vašom účte nie je žiadne mobilné číslo.
nav-label =
    .aria-label = Sekcie

## Errors the server answers with, by id.

error-unauthenticated = Nepodarilo sa overiť vašu totožnosť. Prihláste sa znova.
error-token-expired = Vaše prihlásenie vypršalo. Ak chcete pokračovať, prihláste sa znova.
error-line-not-found = Toto číslo nie je na vašom účte.
error-bad-request = Požiadavke sa nepodarilo porozumieť. Obnovte stránku a skúste to znova.
error-network = K službe sa nedá pripojiť. Skontrolujte pripojenie a skúste to znova.
error-unavailable = Služba je práve preťažená. Skúste to o chvíľu.
error-internal = Na našej strane sa niečo pokazilo. Skúste to neskôr.
error-offering-not-found = Táto ponuka už nie je dostupná.
error-order-not-found = Táto objednávka nie je na vašom účte.
error-not-eligible = Túto ponuku už na tomto čísle nie je možné aktivovať. Dôvod nájdete v zozname ponúk.
error-conflict = Na tomto čísle prebehla v rovnakom čase iná zmena. Skontrolujte číslo a skúste to znova.
error-price-changed = Cena sa medzitým zmenila. Pred potvrdením si skontrolujte novú cenu.
error-idempotency-key-reused = Táto objednávka už bola odoslaná s inými údajmi. Začnite znova.
error-idempotency-key-expired = Toto potvrdenie je príliš staré. Začnite znova.
error-order-not-cancellable = Táto zmena už platí a nedá sa zrušiť.
error-consent-required = Pred potvrdením začiarknite políčko so súhlasom.

## Store locator errors and sections.

error-bad-coordinates = Toto miesto nie je na mape. Vyberte miesto z návrhov.
error-radius-too-large = Oblasť vyhľadávania je príliš veľká. Vyberte mesto alebo použite svoju polohu.
error-query-empty = Napíšte mesto, mestskú časť alebo PSČ.
error-store-not-found = Táto predajňa už neexistuje.
error-product-not-found = Tento produkt sa už nepredáva.
error-out-of-stock = Táto predajňa už tento produkt nemá. Môže ho mať iná predajňa v okolí.
error-reservation-limit = Viac kusov tohto produktu si rezervovať nemôžete. Najprv niektorú rezerváciu vyzdvihnite alebo zrušte.
error-reservation-not-found = Táto rezervácia nie je na vašom účte.
error-reservation-not-cancellable = Táto rezervácia sa už skončila.
nav-usage = Moja spotreba
nav-stores = Predajne
nav-chat = Chat

## Chat errors.

error-conversation-not-found = Táto konverzácia už nie je dostupná. Začnite novú.
error-message-empty = Najprv napíšte správu.
error-message-too-long = Správa je príliš dlhá. Skráťte ju alebo ju pošlite po častiach.
error-message-invalid = Správa obsahuje znaky, ktoré sa nedajú odoslať. Odstráňte ich a skúste to znova.
error-rate-limited = Posielate správy príliš rýchlo. Počkajte minútu a skúste to znova.
error-conversation-closed = Táto konverzácia sa skončila. Začnite novú.
error-forbidden = K tomuto nemáte prístup.
error-delegation-invalid = Kód je nesprávny, už použitý alebo neplatný. Požiadajte zákazníka o nový.
error-code-invalid = Kód je nesprávny alebo už neplatí. Skontrolujte ho alebo si vyžiadajte nový.
error-pairing-not-found = Táto žiadosť o prihlásenie vypršala alebo už bola použitá. Naskenujte kód na termináli znova.
error-code-locked = Príliš veľa nesprávnych kódov. Vyžiadajte si nový kód.

## A shop's hours and stock, shown by the locator, the chat's cards and a kiosk's attract screen.

stores-week = Otváracie hodiny tento týždeň
stores-closed = Zatvorené
# Variables:
#   $time (String) - opening time in the store's time zone
stores-closed-opens = Zatvorené · otvára o { $time }
# Variables:
#   $day (String) - weekday and time, in the store's time zone
stores-closed-opens-day = Zatvorené · otvára: { $day }
# Variables:
#   $time (String) - opening time in the store's time zone
stores-closed-opens-tomorrow = Zatvorené · otvára zajtra o { $time }
stores-exceptional = Dnes zmenené otváracie hodiny
stores-exceptional-day = zmenené hodiny
# Variables:
#   $name (String) - the holiday's name, in the country's language
stores-holiday = Sviatok: { $name }
stores-open-always = Otvorené nonstop
# Variables:
#   $time (String) - closing time in the store's time zone
stores-open-until = Otvorené · zatvára o { $time }
# Variables:
#   $time (String) - closing time in the store's time zone
stores-open-until-tomorrow = Otvorené · zatvára zajtra o { $time }
# Variables:
#   $count (Number) - units in stock
stores-stock-count = Skladom { $count } ks
stores-stock-few = Posledné kusy
# Variables:
#   $count (Number) - units in stock
stores-stock-few-count =
    { $count ->
        [one] Už len { $count } kus
        [few] Už len { $count } kusy
        [many] Už len { $count } kusa
       *[other] Už len { $count } kusov
    }
stores-stock-in = Skladom
stores-stock-out = Vypredané

## Topping up a prepaid line with a voucher (a scratch card sold in shops).

error-voucher-invalid = Kód dobíjacieho kupónu má 10 až 20 číslic. Zadajte číslice pod stieracím poľom.
error-voucher-not-found = Tento kód nie je platný. Skontrolujte ho a skúste to znova.
error-voucher-used = Tento dobíjací kupón už bol použitý.
error-voucher-attempts = Príliš veľa nesprávnych kódov. Skúste to znova zajtra alebo si dobite kredit v predajni.
error-line-not-prepaid = Dobíjacím kupónom si môžete dobiť kredit len na predplatenej karte.
