### Usage views: the current cycle, daily use, history and the contract.

usage-title = Mein Verbrauch
usage-line-picker = Rufnummer
# Variables:
#   $plan (String) - the plan's name from the catalogue
#   $ending (String) - the last four digits of the phone number
usage-line-option = { $plan }, Nr. …{ $ending }
# Variables:
#   $start (String) - first day of the billing period, formatted
#   $end (String) - last day of the billing period, formatted
usage-cycle = Abrechnungszeitraum vom { $start } bis { $end }
# Variables:
#   $days (Number) - days until the period ends
usage-days-left =
    { $days ->
        [0] Letzter Tag des Zeitraums
        [one] Noch { $days } Tag
       *[other] Noch { $days } Tage
    }

usage-type-data = Mobile Daten
usage-type-voice = Anrufe
usage-type-sms = SMS
usage-type-roaming-data = Roaming-Daten

# Variables:
#   $used (String) - amount used, formatted with its unit
#   $allowance (String) - the allowance, formatted with its unit
usage-used-of-quantity = { $used } von { $allowance } verbraucht
# Variables:
#   $remaining (String) - amount left, formatted with its unit
usage-remaining-quantity = Noch { $remaining } übrig
usage-remaining-none = Nichts mehr übrig
# Variables:
#   $used (String) - amount used, formatted with its unit
usage-used-unlimited-quantity = { $used } verbraucht, unbegrenzt
# Variables:
#   $used (Number) - texts sent
#   $allowance (Number) - texts included
usage-used-of-texts =
    { $allowance ->
        [one] { $used } von { $allowance } SMS verbraucht
       *[other] { $used } von { $allowance } SMS verbraucht
    }
# Variables:
#   $remaining (Number) - texts left
usage-remaining-texts =
    { $remaining ->
        [one] Noch { $remaining } SMS übrig
       *[other] Noch { $remaining } SMS übrig
    }
# Variables:
#   $used (Number) - texts sent
usage-used-unlimited-texts =
    { $used ->
        [one] { $used } SMS gesendet, unbegrenzt
       *[other] { $used } SMS gesendet, unbegrenzt
    }
usage-unlimited = Unbegrenzt
# Variables:
#   $lines (Number) - how many lines share the allowance
usage-shared =
    { $lines ->
        [one] Geteilt
       *[other] Von { $lines } Rufnummern geteilt
    }
usage-addon = Zusatzoption
# Variables:
#   $date (String) - last day of validity, formatted
usage-valid-until = Gültig bis { $date }
# Variables:
#   $percent (String) - the share used, formatted as a percentage
usage-warning = { $percent } dieses Kontingents sind verbraucht.
usage-exhausted = Dieses Kontingent ist aufgebraucht.
# Variables:
#   $date (String) - the day the allowance would run out, formatted
usage-runs-out = Bei diesem Tempo ist es am { $date } aufgebraucht.
usage-on-track = Bei diesem Tempo reicht es bis zum Ende des Zeitraums.

usage-daily-title = Datenverbrauch pro Tag
# Variables:
#   $max (String) - the largest daily amount, formatted with its unit
#   $day (String) - the day of that amount, formatted
usage-daily-summary = Höchstwert: { $max } am { $day }
usage-daily-show-table = Als Tabelle anzeigen
usage-daily-hide-table = Tabelle ausblenden
usage-daily-caption = Verbrauch pro Tag in diesem Zeitraum
usage-col-day = Tag
usage-col-data = Daten
usage-col-calls = Anrufe
usage-col-texts = SMS
usage-col-period = Zeitraum
usage-daily-empty = In diesem Zeitraum noch kein Verbrauch.

usage-history-title = Frühere Zeiträume
# Variables:
#   $start (String) - first day, formatted
#   $end (String) - last day, formatted
usage-history-period = { $start } bis { $end }
usage-history-empty = Noch kein früherer Zeitraum.

usage-contract-title = Mein Vertrag
usage-contract-plan = Tarif
usage-contract-monthly-price = Monatspreis
usage-contract-period-price = Preis pro Zeitraum
usage-contract-start = Kunde seit
usage-contract-commitment = Mindestlaufzeit bis
usage-contract-no-commitment = Ohne Mindestlaufzeit
usage-contract-renewal = Verlängerung
usage-renewal-monthly = Verlängert sich monatlich
usage-renewal-none = Prepaid: zum Weiternutzen aufladen
usage-balance-title = Prepaid-Guthaben
# Variables:
#   $date (String) - the day the balance expires, formatted
usage-balance-expires = Verwendbar bis { $date }
usage-top-up = Aufladen
# A button beside the balance: opens the chat, where the assistant takes a recharge card's code.
usage-top-up-card = Guthabenkarte einlösen

## Partner access: partners (resellers, business partners' portals) who may act for the customer.

partners-title = Partnerzugang
partners-intro = Ein Partner, etwa ein Händler, kann Ihr Konto nur mit einem Code, den Sie ihm geben, einsehen oder für Sie handeln. Der Zugang gilt 30 Tage, und Sie können ihn jederzeit widerrufen.
partners-granted = Partner, die für Sie handeln können
partners-none = Kein Partner kann für Sie handeln.
# Variables:
#   $date (String) - the last day of the partner's access, formatted
partners-until = Bis { $date }
partners-withdraw = Zugang widerrufen
    .aria-label = Zugang für { $partner } widerrufen
# Variables:
#   $partner (String) - the partner's name
partners-withdraw-ask = Zugang von { $partner } widerrufen? Der Partner kann dann nicht mehr für Sie handeln.
partners-withdraw-yes = Ja, widerrufen
partners-withdraw-keep = Nein, behalten
# Variables:
#   $partner (String) - the partner's name
partners-withdrawn = { $partner } kann nicht mehr für Sie handeln.
partners-new = Einem Partner Zugang geben
partners-partner = Partner
partners-scopes = Was der Partner für Sie tun darf
partners-scope-usage = Ihren Verbrauch sehen
partners-scope-plans = Tarife sehen, zu denen Sie wechseln können
partners-scope-order = Ihren Tarif und Ihre Zusatzoptionen ändern
partners-scope-reserve = Geräte in Shops reservieren
partners-choose = Wählen Sie mindestens eine Berechtigung für den Partner.
partners-get-code = Zustimmungscode anfordern
# Variables:
#   $partner (String) - the partner's name
partners-code-for = Lesen Sie { $partner } diesen Code vor:
partners-code-help = Er gilt nur einmal und nur 10 Minuten lang. Geben Sie ihn niemals an andere weiter.
partners-done = Fertig

## A plan change from the usage view: its buttons, and the notice of a change to come.

tariff-change-plan = Tarif wechseln
tariff-buy-addon = Daten oder Roaming dazubuchen
# Variables:
#   $plan (String) - the plan's name
#   $date (String) - the day it takes effect, formatted
tariff-pending = Wechsel zu { $plan } am { $date } geplant.
tariff-pending-cancel = Diesen Wechsel stornieren
# Variables:
#   $plan (String) - the plan's name
tariff-pending-ask = Wechsel zu { $plan } stornieren? Sie behalten Ihren aktuellen Tarif.
tariff-pending-yes = Ja, Wechsel stornieren
tariff-pending-keep = Nein, behalten
# Variables:
#   $plan (String) - the plan's name
tariff-pending-cancelled = Der Wechsel zu { $plan } ist storniert. Sie behalten Ihren aktuellen Tarif.
