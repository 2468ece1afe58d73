### Widget chrome, sign-in, errors and the language switcher.

-brand-name = Selfcare

widget-title = Mein Konto
widget-region =
    .aria-label = { -brand-name }: Mein Konto
launcher-open = Mein Konto
    .aria-label = Mein Konto öffnen
launcher-close = Schließen
    .aria-label = Mein Konto schließen
language-switcher = Sprache
loading = Wird geladen…
retry = Erneut versuchen
signin-required-title = Melden Sie sich an, um Ihr Konto zu sehen
signin-required-body = Melden Sie sich an, um Ihren Verbrauch, Ihren Vertrag und Ihre Reservierungen zu sehen.
signin-button = Anmelden
no-lines = Zu Ihrem Konto gehört keine Mobilfunknummer.
nav-label =
    .aria-label = Bereiche

## Errors the server answers with, by id.

error-unauthenticated = Wir konnten Sie nicht identifizieren. Bitte melden Sie sich erneut an.
error-token-expired = Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.
error-line-not-found = Diese Rufnummer gehört nicht zu Ihrem Konto.
error-bad-request = Diese Anfrage ist ungültig. Laden Sie die Seite neu und versuchen Sie es erneut.
error-network = Der Dienst ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.
error-unavailable = Der Dienst ist gerade ausgelastet. Versuchen Sie es gleich noch einmal.
error-internal = Bei uns ist ein Fehler aufgetreten. Versuchen Sie es später erneut.
error-offering-not-found = Dieses Angebot ist nicht mehr verfügbar.
error-order-not-found = Diese Bestellung gehört nicht zu Ihrem Konto.
error-not-eligible = Dieses Angebot ist für diese Rufnummer nicht mehr möglich. In der Angebotsliste sehen Sie, warum.
error-conflict = Gleichzeitig wurde diese Rufnummer anderweitig geändert. Prüfen Sie die Rufnummer und versuchen Sie es erneut.
error-price-changed = Der Preis hat sich inzwischen geändert. Prüfen Sie den neuen Preis, bevor Sie bestätigen.
error-idempotency-key-reused = Diese Bestellung wurde bereits mit anderen Angaben gesendet. Beginnen Sie von vorn.
error-idempotency-key-expired = Diese Bestätigung ist zu alt. Beginnen Sie von vorn.
error-order-not-cancellable = Diese Änderung ist bereits wirksam und kann nicht mehr storniert werden.
error-consent-required = Setzen Sie das Häkchen, um zuzustimmen, bevor Sie bestätigen.

## Store locator errors and sections.

error-bad-coordinates = Dieser Ort ist nicht auf der Karte. Wählen Sie einen Ort aus den Vorschlägen.
error-radius-too-large = Dieses Suchgebiet ist zu groß. Wählen Sie einen Ort oder nutzen Sie Ihren Standort.
error-query-empty = Geben Sie einen Ort, ein Viertel oder eine PLZ ein.
error-store-not-found = Diesen Shop gibt es nicht mehr.
error-product-not-found = Dieses Produkt wird nicht mehr verkauft.
error-out-of-stock = Dieser Shop hat das Produkt nicht mehr. Ein anderer Shop in der Nähe hat es vielleicht.
error-reservation-limit = Sie können nicht mehr von diesem Produkt reservieren. Holen Sie zuerst eine Reservierung ab oder stornieren Sie sie.
error-reservation-not-found = Diese Reservierung gehört nicht zu Ihrem Konto.
error-reservation-not-cancellable = Diese Reservierung ist bereits beendet.
nav-usage = Mein Verbrauch
nav-stores = Shops
nav-chat = Chat

## Chat errors.

error-conversation-not-found = Dieses Gespräch ist nicht mehr verfügbar. Beginnen Sie ein neues.
error-message-empty = Schreiben Sie zuerst eine Nachricht.
error-message-too-long = Diese Nachricht ist zu lang. Kürzen Sie sie oder senden Sie sie in Teilen.
error-message-invalid = Diese Nachricht enthält Zeichen, die nicht gesendet werden können. Entfernen Sie sie und versuchen Sie es erneut.
error-rate-limited = Sie senden zu schnell Nachrichten. Warten Sie eine Minute und versuchen Sie es dann erneut.
error-conversation-closed = Dieses Gespräch ist beendet. Beginnen Sie ein neues.
error-forbidden = Sie haben hierauf keinen Zugriff.
error-delegation-invalid = Dieser Code ist falsch, bereits verwendet oder abgelaufen. Bitten Sie den Kunden um einen neuen.
error-code-invalid = Dieser Code ist falsch oder abgelaufen. Prüfen Sie ihn oder fordern Sie einen neuen an.
error-pairing-not-found = Diese Anmeldeanfrage ist abgelaufen oder wurde bereits verwendet. Scannen Sie den Code am Terminal erneut.
error-code-locked = Zu viele falsche Codes. Fordern Sie einen neuen Code an.

## A shop's hours and stock, shown by the locator, the chat's cards and a kiosk's attract screen.

stores-week = Öffnungszeiten dieser Woche
stores-closed = Geschlossen
# Variables:
#   $time (String) - opening time in the store's time zone
stores-closed-opens = Geschlossen · öffnet um { $time }
# Variables:
#   $day (String) - weekday and time, in the store's time zone
stores-closed-opens-day = Geschlossen · öffnet { $day }
# Variables:
#   $time (String) - opening time in the store's time zone
stores-closed-opens-tomorrow = Geschlossen · öffnet morgen um { $time }
stores-exceptional = Heute geänderte Öffnungszeiten
stores-exceptional-day = geänderte Zeiten
# Variables:
#   $name (String) - the holiday's name, in the country's language
stores-holiday = Feiertag: { $name }
stores-open-always = Rund um die Uhr geöffnet
# Variables:
#   $time (String) - closing time in the store's time zone
stores-open-until = Geöffnet · schließt um { $time }
# Variables:
#   $time (String) - closing time in the store's time zone
stores-open-until-tomorrow = Geöffnet · schließt morgen um { $time }
# Variables:
#   $count (Number) - units in stock
stores-stock-count = { $count } auf Lager
stores-stock-few = Nur noch wenige
# Variables:
#   $count (Number) - units in stock
stores-stock-few-count =
    { $count ->
        [one] Nur noch ein Stück
       *[other] Nur noch { $count } Stück
    }
stores-stock-in = Auf Lager
stores-stock-out = Ausverkauft

## Topping up a prepaid line with a voucher (a scratch card sold in shops).

error-voucher-invalid = Ein Aufladecode hat 10 bis 20 Ziffern. Geben Sie die Ziffern unter dem Rubbelfeld ein.
error-voucher-not-found = Dieser Aufladecode ist ungültig. Prüfen Sie ihn und versuchen Sie es erneut.
error-voucher-used = Diese Guthabenkarte wurde bereits eingelöst.
error-voucher-attempts = Zu viele falsche Codes. Versuchen Sie es morgen erneut oder laden Sie in einem Shop auf.
error-line-not-prepaid = Nur Prepaid-Rufnummern können mit einer Guthabenkarte aufgeladen werden.
