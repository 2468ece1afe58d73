### Usage views: the current cycle, daily use, history and the contract.

usage-title = Moja spotreba
usage-line-picker = Číslo
# Variables:
#   $plan (String) - the plan's name from the catalogue
#   $ending (String) - the last four digits of the phone number
usage-line-option = { $plan }, číslo končiace na { $ending }
# Variables:
#   $start (String) - first day of the billing period, formatted
#   $end (String) - last day of the billing period, formatted
usage-cycle = Zúčtovacie obdobie od { $start } do { $end }
# Variables:
#   $days (Number) - days until the period ends
usage-days-left =
    { $days ->
        [0] Posledný deň obdobia
        [one] Zostáva { $days } deň
        [few] Zostávajú { $days } dni
        [many] Zostáva { $days } dňa
       *[other] Zostáva { $days } dní
    }

usage-type-data = Dáta
usage-type-voice = Volania
usage-type-sms = SMS
usage-type-roaming-data = Dáta v roamingu

# Variables:
#   $used (String) - amount used, formatted with its unit
#   $allowance (String) - the allowance, formatted with its unit
usage-used-of-quantity = Spotrebovali ste { $used } z { $allowance }
# Variables:
#   $remaining (String) - amount left, formatted with its unit
usage-remaining-quantity = Zostatok: { $remaining }
usage-remaining-none = Nič nezostáva
# Variables:
#   $used (String) - amount used, formatted with its unit
usage-used-unlimited-quantity = Spotrebovali ste { $used }, bez obmedzenia
# Variables:
#   $used (Number) - texts sent
#   $allowance (Number) - texts included
usage-used-of-texts =
    { $allowance ->
        [one] Odoslali ste { $used } z { $allowance } SMS
        [few] Odoslali ste { $used } z { $allowance } SMS
        [many] Odoslali ste { $used } z { $allowance } SMS
       *[other] Odoslali ste { $used } z { $allowance } SMS
    }
# Variables:
#   $remaining (Number) - texts left
usage-remaining-texts =
    { $remaining ->
        [one] Zostáva { $remaining } SMS
        [few] Zostávajú { $remaining } SMS
        [many] Zostáva { $remaining } SMS
       *[other] Zostáva { $remaining } SMS
    }
# Variables:
#   $used (Number) - texts sent
usage-used-unlimited-texts =
    { $used ->
        [one] Odoslali ste { $used } SMS, bez obmedzenia
        [few] Odoslali ste { $used } SMS, bez obmedzenia
        [many] Odoslali ste { $used } SMS, bez obmedzenia
       *[other] Odoslali ste { $used } SMS, bez obmedzenia
    }
usage-unlimited = Neobmedzené
# Variables:
#   $lines (Number) - how many lines share the allowance
usage-shared =
    { $lines ->
        [one] Zdieľané
        [few] Zdieľajú { $lines } čísla
        [many] Zdieľa { $lines } čísla
       *[other] Zdieľa { $lines } čísel
    }
usage-addon = Balík
# Variables:
#   $date (String) - last day of validity, formatted
usage-valid-until = Platí do { $date }
# Variables:
#   $percent (String) - the share used, formatted as a percentage
usage-warning = Minuli ste { $percent } z tohto objemu.
usage-exhausted = Tento objem je vyčerpaný.
# Variables:
#   $date (String) - the day the allowance would run out, formatted
usage-runs-out = Pri tomto tempe sa minie { $date }.
usage-on-track = Pri tomto tempe vám vydrží do konca obdobia.

usage-daily-title = Dáta minuté po dňoch
# Variables:
#   $max (String) - the largest daily amount, formatted with its unit
#   $day (String) - the day of that amount, formatted
usage-daily-summary = Najviac: { $max } dňa { $day }
usage-daily-show-table = Zobraziť ako tabuľku
usage-daily-hide-table = Skryť tabuľku
usage-daily-caption = Spotreba po dňoch v tomto období
usage-col-day = Deň
usage-col-data = Dáta
usage-col-calls = Volania
usage-col-texts = SMS
usage-col-period = Obdobie
usage-daily-empty = V tomto období zatiaľ nie je zaznamenaná žiadna spotreba.

usage-history-title = Predchádzajúce obdobia
# Variables:
#   $start (String) - first day, formatted
#   $end (String) - last day, formatted
usage-history-period = Od { $start } do { $end }
usage-history-empty = Zatiaľ nemáte žiadne predchádzajúce obdobie.

usage-contract-title = Moja zmluva
usage-contract-plan = Paušál
usage-contract-monthly-price = Mesačný poplatok
usage-contract-period-price = Cena za obdobie
usage-contract-start = Zákazníkom od
usage-contract-commitment = Koniec viazanosti
usage-contract-no-commitment = Bez viazanosti
usage-contract-renewal = Predĺženie
usage-renewal-monthly = Predlžuje sa z mesiaca na mesiac
usage-renewal-none = Predplatená karta: pre ďalšie používanie si dobite kredit
usage-balance-title = Kredit na predplatenej karte
# Variables:
#   $date (String) - the day the balance expires, formatted
usage-balance-expires = Využite do { $date }
usage-top-up = Dobiť kredit
# A button beside the balance: opens the chat, where the assistant takes a recharge card's code.
usage-top-up-card = Použiť dobíjací kupón

## Partner access: partners (resellers, business partners' portals) who may act for the customer.

partners-title = Prístup partnerov
partners-intro = Partner, napríklad predajca, môže vidieť váš účet alebo konať vo vašom mene, len ak mu dáte kód. Prístup platí 30 dní a môžete ho kedykoľvek zrušiť.
partners-granted = Partneri, ktorí môžu konať vo vašom mene
partners-none = Vo vašom mene nemôže konať žiadny partner.
# Variables:
#   $date (String) - the last day of the partner's access, formatted
partners-until = Do { $date }
partners-withdraw = Zrušiť prístup
    .aria-label = Zrušiť prístup pre { $partner }
# Variables:
#   $partner (String) - the partner's name
partners-withdraw-ask = Zrušiť prístup pre { $partner }? Už nebude môcť konať vo vašom mene.
partners-withdraw-yes = Áno, zrušiť
partners-withdraw-keep = Nie, ponechať
# Variables:
#   $partner (String) - the partner's name
partners-withdrawn = { $partner } už nemôže konať vo vašom mene.
partners-new = Udeliť prístup partnerovi
partners-partner = Vyberte partnera
partners-scopes = Čo môže robiť za vás
partners-scope-usage = Vidieť vašu spotrebu
partners-scope-plans = Vidieť paušály, na ktoré môžete prejsť
partners-scope-order = Meniť váš paušál a balíky
partners-scope-reserve = Rezervovať zariadenia v predajniach
partners-choose = Označte aspoň jednu vec, ktorú môže partner robiť za vás.
partners-get-code = Získať kód súhlasu
# Variables:
#   $partner (String) - the partner's name
partners-code-for = Nadiktujte tento kód partnerovi { $partner }:
partners-code-help = Platí len raz a iba 10 minút. Nikdy ho nedávajte nikomu inému.
partners-done = Hotovo

## A plan change from the usage view: its buttons, and the notice of a change to come.

tariff-change-plan = Zmeniť paušál
tariff-buy-addon = Dokúpiť dáta alebo roaming
# Variables:
#   $plan (String) - the plan's name
#   $date (String) - the day it takes effect, formatted
tariff-pending = Zmena na { $plan } je naplánovaná na { $date }.
tariff-pending-cancel = Zrušiť túto zmenu
# Variables:
#   $plan (String) - the plan's name
tariff-pending-ask = Zrušiť zmenu na { $plan }? Zostanete na súčasnom paušáli.
tariff-pending-yes = Áno, zrušiť zmenu
tariff-pending-keep = Nie, ponechať
# Variables:
#   $plan (String) - the plan's name
tariff-pending-cancelled = Zmena na { $plan } je zrušená. Zostávate na súčasnom paušáli.
