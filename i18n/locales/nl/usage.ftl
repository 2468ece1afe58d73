### Usage views: the current cycle, daily use, history and the contract.

usage-title = Mijn verbruik
usage-line-picker = Nummer
# Variables:
#   $plan (String) - the plan's name from the catalogue
#   $ending (String) - the last four digits of the phone number
usage-line-option = { $plan }, nr. …{ $ending }
# Variables:
#   $start (String) - first day of the billing period, formatted
#   $end (String) - last day of the billing period, formatted
usage-cycle = Factuurperiode van { $start } tot { $end }
# Variables:
#   $days (Number) - days until the period ends
usage-days-left =
    { $days ->
        [0] Laatste dag van de periode
        [one] Nog { $days } dag
       *[other] Nog { $days } dagen
    }

usage-type-data = Mobiele data
usage-type-voice = Bellen
usage-type-sms = Sms’en
usage-type-roaming-data = Roamingdata

# Variables:
#   $used (String) - amount used, formatted with its unit
#   $allowance (String) - the allowance, formatted with its unit
usage-used-of-quantity = { $used } van { $allowance } verbruikt
# Variables:
#   $remaining (String) - amount left, formatted with its unit
usage-remaining-quantity = Nog { $remaining }
usage-remaining-none = Niets meer over
# Variables:
#   $used (String) - amount used, formatted with its unit
usage-used-unlimited-quantity = { $used } verbruikt, onbeperkt
# Variables:
#   $used (Number) - texts sent
#   $allowance (Number) - texts included
usage-used-of-texts =
    { $allowance ->
        [one] { $used } van { $allowance } sms verbruikt
       *[other] { $used } van { $allowance } sms’en verbruikt
    }
# Variables:
#   $remaining (Number) - texts left
usage-remaining-texts =
    { $remaining ->
        [one] Nog { $remaining } sms
       *[other] Nog { $remaining } sms’en
    }
# Variables:
#   $used (Number) - texts sent
usage-used-unlimited-texts =
    { $used ->
        [one] { $used } sms verstuurd, onbeperkt
       *[other] { $used } sms’en verstuurd, onbeperkt
    }
usage-unlimited = Onbeperkt
# Variables:
#   $lines (Number) - how many lines share the allowance
usage-shared =
    { $lines ->
        [one] Gedeeld
       *[other] Gedeeld tussen { $lines } nummers
    }
usage-addon = Extra optie
# Variables:
#   $date (String) - last day of validity, formatted
usage-valid-until = Geldig tot { $date }
# Variables:
#   $percent (String) - the share used, formatted as a percentage
usage-warning = { $percent } van deze bundel is verbruikt.
usage-exhausted = Deze bundel is opgebruikt.
# Variables:
#   $date (String) - the day the allowance would run out, formatted
usage-runs-out = Aan dit tempo is je bundel op { $date } opgebruikt.
usage-on-track = Aan dit tempo kom je toe tot het einde van de periode.

usage-daily-title = Dataverbruik per dag
# Variables:
#   $max (String) - the largest daily amount, formatted with its unit
#   $day (String) - the day of that amount, formatted
usage-daily-summary = Hoogste: { $max } op { $day }
usage-daily-show-table = Als tabel tonen
usage-daily-hide-table = Tabel verbergen
usage-daily-caption = Verbruik per dag in deze periode
usage-col-day = Dag
usage-col-data = Data
usage-col-calls = Bellen
usage-col-texts = Sms’en
usage-col-period = Periode
usage-daily-empty = Nog geen verbruik in deze periode.

usage-history-title = Vorige periodes
# Variables:
#   $start (String) - first day, formatted
#   $end (String) - last day, formatted
usage-history-period = { $start } tot { $end }
usage-history-empty = Nog geen vorige periode.

usage-contract-title = Mijn contract
usage-contract-plan = Abonnement
usage-contract-monthly-price = Maandprijs
usage-contract-period-price = Prijs per periode
usage-contract-start = Klant sinds
usage-contract-commitment = Einde verbintenis
usage-contract-no-commitment = Zonder verbintenis
usage-contract-renewal = Verlenging
usage-renewal-monthly = Loopt maand per maand door
usage-renewal-none = Herlaadkaart: herlaad om verder te gaan
usage-balance-title = Beltegoed
# Variables:
#   $date (String) - the day the balance expires, formatted
usage-balance-expires = Te gebruiken tot { $date }
usage-top-up = Herladen
# A button beside the balance: opens the chat, where the assistant takes a recharge card's code.
usage-top-up-card = Herlaadkaart gebruiken

## Partner access: partners (resellers, business partners' portals) who may act for the customer.

partners-title = Toegang voor partners
partners-intro = Een partner, zoals een verkooppunt, kan je account alleen bekijken of iets voor je doen met een code die jij geeft. Die toegang geldt 30 dagen en je kunt ze altijd intrekken.
partners-granted = Partners die voor je mogen handelen
partners-none = Geen enkele partner mag voor je handelen.
# Variables:
#   $date (String) - the last day of the partner's access, formatted
partners-until = Tot { $date }
partners-withdraw = Toegang intrekken
    .aria-label = Toegang van { $partner } intrekken
# Variables:
#   $partner (String) - the partner's name
partners-withdraw-ask = Toegang van { $partner } intrekken? Die partner kan dan niet meer voor je handelen.
partners-withdraw-yes = Ja, intrekken
partners-withdraw-keep = Nee, behouden
# Variables:
#   $partner (String) - the partner's name
partners-withdrawn = { $partner } kan niet meer voor je handelen.
partners-new = Een partner toegang geven
partners-partner = Partner
partners-scopes = Wat de partner voor je mag doen
partners-scope-usage = Je verbruik bekijken
partners-scope-plans = Abonnementen bekijken waarnaar je kunt overstappen
partners-scope-order = Je abonnement en opties wijzigen
partners-scope-reserve = Toestellen reserveren in winkels
partners-choose = Vink minstens één ding aan dat de partner voor je mag doen.
partners-get-code = Toestemmingscode aanvragen
# Variables:
#   $partner (String) - the partner's name
partners-code-for = Lees deze code voor aan { $partner }:
partners-code-help = Hij werkt één keer, binnen 10 minuten. Geef hem nooit aan iemand anders.
partners-done = Klaar

## A plan change from the usage view: its buttons, and the notice of a change to come.

tariff-change-plan = Abonnement wijzigen
tariff-buy-addon = Data of roaming bijkopen
# Variables:
#   $plan (String) - the plan's name
#   $date (String) - the day it takes effect, formatted
tariff-pending = Overstap naar { $plan } gepland op { $date }.
tariff-pending-cancel = Deze wijziging annuleren
# Variables:
#   $plan (String) - the plan's name
tariff-pending-ask = Overstap naar { $plan } annuleren? Je behoudt je huidige abonnement.
tariff-pending-yes = Ja, wijziging annuleren
tariff-pending-keep = Nee, behouden
# Variables:
#   $plan (String) - the plan's name
tariff-pending-cancelled = De overstap naar { $plan } is geannuleerd. Je behoudt je huidige abonnement.
