### Tariff change and add-ons: offers, comparison, contract summary, confirmation, receipt.

tariff-back = Zurück zu meinem Verbrauch
tariff-back-to-list = Zurück zu den Angeboten
tariff-plans-title = Tarif wechseln
tariff-addons-title = Daten oder Roaming dazubuchen
# Variables:
#   $plan (String) - the current plan's name
tariff-current = Ihr Tarif: { $plan }
tariff-show-all = Auch Tarife anzeigen, die ich nicht wählen kann
tariff-none = Für diese Rufnummer ist kein anderer Tarif verfügbar.
tariff-none-addons = Für diese Rufnummer ist keine Zusatzoption verfügbar.
# Variables:
#   $price (String) - formatted amount
tariff-price-month = { $price } pro Monat
# Variables:
#   $price (String) - formatted amount
tariff-price-period = { $price } pro 30 Tage
# Variables:
#   $price (String) - formatted amount
tariff-price-once = { $price } einmalig
# A price or a difference while a promotion lasts, then after it.
# Variables:
#   $first (String) - during the promotion (a price or a difference, with its period)
#   $months (Number) - how many months the promotion lasts
#   $after (String) - after the promotion (a price or a difference, with its period)
tariff-then =
    { $months ->
        [one] { $first } im ersten Monat, danach { $after }
       *[other] { $first } in den ersten { $months } Monaten, danach { $after }
    }
tariff-term-none = Ohne Mindestlaufzeit
# Variables:
#   $months (Number) - length of the commitment
tariff-term =
    { $months ->
        [one] { $months } Monat Mindestlaufzeit
       *[other] { $months } Monate Mindestlaufzeit
    }
tariff-unlimited = Unbegrenzt
tariff-not-included = Nicht enthalten
# Variables:
#   $days (Number) - how long an add-on lasts
tariff-validity =
    { $days ->
        [one] { $days } Tag gültig
       *[other] { $days } Tage gültig
    }
tariff-compare = Vergleichen
tariff-choose = Auswählen
    .aria-label = { $plan } auswählen
tariff-buy = Kaufen
    .aria-label = { $plan } kaufen
tariff-unavailable = Warum das nicht möglich ist
tariff-comparison = Im Vergleich zu Ihrem Tarif
tariff-col-current = Ihr Tarif
tariff-row-price = Preis
tariff-row-data = Daten
tariff-row-calls = Anrufe
tariff-row-texts = SMS
tariff-row-roaming = Roaming-Daten
tariff-row-term = Mindestlaufzeit
tariff-row-speed = Geschwindigkeit
tariff-row-gained = Das kommt dazu
tariff-row-lost = Das fällt weg
tariff-nothing = Nichts
# Variables:
#   $down (Number) - maximum download speed
#   $up (Number) - maximum upload speed
tariff-speed = { $down } Mbit/s Download, { $up } Mbit/s Upload

## Why an offer can't be taken (ids from the server).

# Variables:
#   $date (String) - the day the commitment ends, formatted
reason-commitment = Ihre Mindestlaufzeit endet am { $date }. Bis dahin können Sie nur in einen Tarif zum gleichen oder höheren Preis wechseln.
reason-unpaid-bill = Eine Rechnung ist noch offen. Bezahlen Sie sie, um den Tarif zu wechseln oder Zusatzoptionen zu kaufen.
reason-business-only = Nur für Geschäftskunden.
reason-consumer-only = Nur für Privatkunden.
reason-not-online = Nicht online erhältlich: Fragen Sie in einem Shop nach.
reason-not-in-shops = Nicht im Shop erhältlich: Auf unserer Website verfügbar.
reason-not-with-partner = Hier nicht erhältlich: Fragen Sie Ihren Anbieter.
reason-payment-change = Ein Wechsel zwischen Prepaid und Vertrag ist in Ihrem Land nicht möglich.
# Variables:
#   $date (String) - first day another change is possible, formatted
reason-recent-change = Sie haben Ihren Tarif kürzlich gewechselt. Der nächste Wechsel ist ab dem { $date } möglich.
reason-pending-change = Ein Wechsel ist bereits geplant. Stornieren Sie ihn, um einen anderen Tarif zu wählen.
reason-insufficient-balance = Ihr Guthaben reicht nicht aus. Laden Sie auf, um dies zu kaufen.
reason-current-plan = Das ist Ihr aktueller Tarif.

## Review, contract summary and confirmation.

tariff-review-title = Prüfen und bestätigen
tariff-when = Wann soll die Änderung gelten?
tariff-when-now = Sofort
# Variables:
#   $amount (String) - formatted amount
#   $days (Number) - days left in the billing period
tariff-charge-now =
    { $days ->
        [one] { $amount } zusätzlich auf Ihrer nächsten Rechnung, für heute, den letzten Tag dieses Zeitraums
       *[other] { $amount } zusätzlich auf Ihrer nächsten Rechnung, für die { $days } Tage von heute bis zum Ende dieses Zeitraums
    }
# Variables:
#   $amount (String) - formatted amount
#   $days (Number) - days left in the billing period
tariff-credit-now =
    { $days ->
        [one] { $amount } Gutschrift auf Ihrer nächsten Rechnung, für heute, den letzten Tag dieses Zeitraums
       *[other] { $amount } Gutschrift auf Ihrer nächsten Rechnung, für die { $days } Tage von heute bis zum Ende dieses Zeitraums
    }
# A one-off amount and where it goes (no days: an add-on, or the receipt).
# Variables:
#   $amount (String) - formatted amount
tariff-bill-charge = { $amount } zusätzlich auf Ihrer nächsten Rechnung
# A one-off amount and where it goes (no days: an add-on, or the receipt).
# Variables:
#   $amount (String) - formatted amount
tariff-bill-credit = { $amount } Gutschrift auf Ihrer nächsten Rechnung
# A one-off amount and where it goes (no days: an add-on, or the receipt).
# Variables:
#   $amount (String) - formatted amount
tariff-balance-charge = { $amount } vom Guthaben abgebucht
tariff-nothing-now = Jetzt nichts zu bezahlen
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-more-month = { $amount } mehr pro Monat
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-less-month = { $amount } weniger pro Monat
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-more-period = { $amount } mehr pro 30 Tage
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-less-period = { $amount } weniger pro 30 Tage
tariff-same-price = Gleicher Preis wie Ihr Tarif
# Variables:
#   $date (String) - first day of the next period, formatted
tariff-when-next = Zum nächsten Zeitraum, ab dem { $date }, ohne jetzt etwas zu bezahlen
tariff-summary-title = Vertragszusammenfassung
tariff-summary-service = Dienst
tariff-summary-price = Preis
tariff-summary-difference = Unterschied zu Ihrem Tarif
tariff-summary-one-time = Einmaliger Betrag
tariff-summary-start = Beginn
tariff-summary-duration = Laufzeit
tariff-summary-renewal = Verlängerung und Kündigung
tariff-summary-speeds = Höchstgeschwindigkeiten
tariff-summary-allowances = Inklusive
tariff-renewal-postpaid = Verlängert sich jeden Monat. Nach Ablauf einer Mindestlaufzeit können Sie mit einem Monat Frist kündigen.
tariff-renewal-prepaid = Keine automatische Verlängerung: Sie kaufen jeden 30-Tage-Zeitraum selbst.
tariff-renewal-addon = Endet automatisch, wenn die Gültigkeit abläuft.
# Variables:
#   $data (String) - data allowance
#   $calls (String) - calls allowance
#   $texts (String) - texts allowance
#   $roaming (String) - roaming data allowance
tariff-allowances = Daten: { $data }. Anrufe: { $calls }. SMS: { $texts }. Roaming-Daten: { $roaming }.
tariff-consent = Ich habe die Vertragszusammenfassung gelesen und möchte diese Bestellung aufgeben.
tariff-confirm = Kostenpflichtig bestellen
tariff-confirming = Bestellung wird aufgegeben…
tariff-receipt-title = Bestellung bestätigt
tariff-receipt-reference = Bestellnummer
tariff-receipt-effective = Gültig ab
tariff-receipt-monthly = Neuer Preis
# Variables:
#   $date (String) - the day the change takes effect, formatted
tariff-receipt-scheduled = Ihr neuer Tarif beginnt am { $date }. Bis dahin können Sie den Wechsel stornieren.
tariff-receipt-done = Fertig: Die Änderung ist bereits aktiv.
