### Tariff change and add-ons: offers, comparison, contract summary, confirmation, receipt.

tariff-back = Terug naar mijn verbruik
tariff-back-to-list = Terug naar het aanbod
tariff-plans-title = Abonnement wijzigen
tariff-addons-title = Data of roaming bijkopen
# Variables:
#   $plan (String) - the current plan's name
tariff-current = Je abonnement: { $plan }
tariff-show-all = Ook abonnementen tonen die ik niet kan nemen
tariff-none = Er is geen ander abonnement beschikbaar voor dit nummer.
tariff-none-addons = Er is geen extra optie beschikbaar voor dit nummer.
# Variables:
#   $price (String) - formatted amount
tariff-price-month = { $price } per maand
# Variables:
#   $price (String) - formatted amount
tariff-price-period = { $price } per 30 dagen
# Variables:
#   $price (String) - formatted amount
tariff-price-once = { $price } eenmalig
# A price or a difference while a promotion lasts, then after it.
# Variables:
#   $first (String) - during the promotion (a price or a difference, with its period)
#   $months (Number) - how many months the promotion lasts
#   $after (String) - after the promotion (a price or a difference, with its period)
tariff-then =
    { $months ->
        [one] { $first } de eerste maand, daarna { $after }
       *[other] { $first } de eerste { $months } maanden, daarna { $after }
    }
tariff-term-none = Zonder verbintenis
# Variables:
#   $months (Number) - length of the commitment
tariff-term =
    { $months ->
        [one] Verbintenis van { $months } maand
       *[other] Verbintenis van { $months } maanden
    }
tariff-unlimited = Onbeperkt
tariff-not-included = Niet inbegrepen
# Variables:
#   $days (Number) - how long an add-on lasts
tariff-validity =
    { $days ->
        [one] { $days } dag geldig
       *[other] { $days } dagen geldig
    }
tariff-compare = Vergelijken
tariff-choose = Kiezen
    .aria-label = { $plan } kiezen
tariff-buy = Kopen
    .aria-label = { $plan } kopen
tariff-unavailable = Waarom dit niet kan
tariff-comparison = Vergeleken met je abonnement
tariff-col-current = Jouw abonnement
tariff-row-price = Prijs
tariff-row-data = Mobiele data
tariff-row-calls = Bellen
tariff-row-texts = Sms’en
tariff-row-roaming = Roamingdata
tariff-row-term = Verbintenis
tariff-row-speed = Snelheid
tariff-row-gained = Wat je erbij krijgt
tariff-row-lost = Wat je verliest
tariff-nothing = Niets
# Variables:
#   $down (Number) - maximum download speed
#   $up (Number) - maximum upload speed
tariff-speed = { $down } Mbit/s download, { $up } Mbit/s upload

## Why an offer can't be taken (ids from the server).

# Variables:
#   $date (String) - the day the commitment ends, formatted
reason-commitment = Je verbintenis loopt af op { $date }. Tot dan kun je alleen overstappen naar een abonnement met dezelfde of een hogere prijs.
reason-unpaid-bill = Er staat nog een factuur open. Betaal ze om je abonnement te wijzigen of opties te kopen.
reason-business-only = Alleen voor professionele klanten.
reason-consumer-only = Alleen voor particulieren.
reason-not-online = Niet online beschikbaar: vraag ernaar in een winkel.
reason-not-in-shops = Niet in de winkel beschikbaar: wel op onze website.
reason-not-with-partner = Hier niet te koop: vraag het aan je operator.
reason-payment-change = Overstappen tussen herlaadkaart en abonnement is in jouw land niet mogelijk.
# Variables:
#   $date (String) - first day another change is possible, formatted
reason-recent-change = Je hebt je abonnement onlangs gewijzigd. Een nieuwe wijziging kan vanaf { $date }.
reason-pending-change = Er staat al een wijziging gepland. Annuleer ze om een ander abonnement te kiezen.
reason-insufficient-balance = Je beltegoed is te laag. Herlaad om dit te kopen.
reason-current-plan = Dit is je huidige abonnement.

## Review, contract summary and confirmation.

tariff-review-title = Controleren en bevestigen
tariff-when = Wanneer moet de wijziging ingaan?
tariff-when-now = Nu
# Variables:
#   $amount (String) - formatted amount
#   $days (Number) - days left in the billing period
tariff-charge-now =
    { $days ->
        [one] { $amount } extra op je volgende factuur, voor vandaag, de laatste dag van deze periode
       *[other] { $amount } extra op je volgende factuur, voor de { $days } dagen van vandaag tot het einde van deze periode
    }
# Variables:
#   $amount (String) - formatted amount
#   $days (Number) - days left in the billing period
tariff-credit-now =
    { $days ->
        [one] { $amount } minder op je volgende factuur, voor vandaag, de laatste dag van deze periode
       *[other] { $amount } minder op je volgende factuur, voor de { $days } dagen van vandaag tot het einde van deze periode
    }
# A one-off amount and where it goes (no days: an add-on, or the receipt).
# Variables:
#   $amount (String) - formatted amount
tariff-bill-charge = { $amount } extra op je volgende factuur
# A one-off amount and where it goes (no days: an add-on, or the receipt).
# Variables:
#   $amount (String) - formatted amount
tariff-bill-credit = { $amount } minder op je volgende factuur
# A one-off amount and where it goes (no days: an add-on, or the receipt).
# Variables:
#   $amount (String) - formatted amount
tariff-balance-charge = { $amount } afgehouden van je beltegoed
tariff-nothing-now = Nu niets te betalen
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-more-month = { $amount } meer per maand
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-less-month = { $amount } minder per maand
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-more-period = { $amount } meer per 30 dagen
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-less-period = { $amount } minder per 30 dagen
tariff-same-price = Dezelfde prijs als je abonnement
# Variables:
#   $date (String) - first day of the next period, formatted
tariff-when-next = Vanaf de volgende periode, op { $date }, zonder nu iets te betalen
tariff-summary-title = Contractsamenvatting
tariff-summary-service = Dienst
tariff-summary-price = Prijs
tariff-summary-difference = Verschil met je abonnement
tariff-summary-one-time = Eenmalig bedrag
tariff-summary-start = Begint op
tariff-summary-duration = Duur
tariff-summary-renewal = Verlenging en opzegging
tariff-summary-speeds = Maximale snelheden
tariff-summary-allowances = Inbegrepen
tariff-renewal-postpaid = Wordt elke maand verlengd. Na een eventuele verbintenis kun je opzeggen met een opzegtermijn van een maand.
tariff-renewal-prepaid = Geen automatische verlenging: je koopt zelf elke periode van 30 dagen.
tariff-renewal-addon = Stopt automatisch als de geldigheid afloopt.
# Variables:
#   $data (String) - data allowance
#   $calls (String) - calls allowance
#   $texts (String) - texts allowance
#   $roaming (String) - roaming data allowance
tariff-allowances = Data: { $data }. Bellen: { $calls }. Sms’en: { $texts }. Roamingdata: { $roaming }.
tariff-consent = Ik heb de contractsamenvatting gelezen en ga akkoord met deze bestelling.
tariff-confirm = Bestelling bevestigen
tariff-confirming = Je bestelling wordt geplaatst…
tariff-receipt-title = Bestelling bevestigd
tariff-receipt-reference = Bestelnummer
tariff-receipt-effective = Gaat in op
tariff-receipt-monthly = Nieuwe prijs
# Variables:
#   $date (String) - the day the change takes effect, formatted
tariff-receipt-scheduled = Je nieuwe abonnement start op { $date }. Tot dan kun je de wijziging nog annuleren.
tariff-receipt-done = Klaar: het is al actief op je nummer.
