### Tariff change and add-ons: offers, comparison, contract summary, confirmation, receipt.

tariff-back = Späť na spotrebu
tariff-back-to-list = Späť na ponuky
tariff-plans-title = Zmena paušálu
tariff-addons-title = Dokúpiť dáta alebo roaming
# Variables:
#   $plan (String) - the current plan's name
tariff-current = Váš paušál: { $plan }
tariff-show-all = Zobraziť aj nedostupné paušály
tariff-none = Pre toto číslo nie je dostupný žiadny iný paušál.
tariff-none-addons = Pre toto číslo nie je dostupný žiadny balík.
# Variables:
#   $price (String) - formatted amount
tariff-price-month = { $price } mesačne
# Variables:
#   $price (String) - formatted amount
tariff-price-period = { $price } za 30 dní
# Variables:
#   $price (String) - formatted amount
tariff-price-once = { $price } jednorazovo
# A price or a difference while a promotion lasts, then after it.
# Variables:
#   $first (String) - during the promotion (a price or a difference, with its period)
#   $months (Number) - how many months the promotion lasts
#   $after (String) - after the promotion (a price or a difference, with its period)
tariff-then =
    { $months ->
        [one] { $first } prvý mesiac, potom { $after }
        [few] { $first } prvé { $months } mesiace, potom { $after }
        [many] { $first } počas { $months } mesiaca, potom { $after }
       *[other] { $first } prvých { $months } mesiacov, potom { $after }
    }
tariff-term-none = Bez viazanosti
# Variables:
#   $months (Number) - length of the commitment
tariff-term =
    { $months ->
        [one] Viazanosť { $months } mesiac
        [few] Viazanosť { $months } mesiace
        [many] Viazanosť { $months } mesiaca
       *[other] Viazanosť { $months } mesiacov
    }
tariff-unlimited = Neobmedzené
tariff-not-included = Nie je v cene
# Variables:
#   $days (Number) - how long an add-on lasts
tariff-validity =
    { $days ->
        [one] Platnosť { $days } deň
        [few] Platnosť { $days } dni
        [many] Platnosť { $days } dňa
       *[other] Platnosť { $days } dní
    }
tariff-compare = Porovnať
tariff-choose = Vybrať
    .aria-label = Vybrať { $plan }
tariff-buy = Kúpiť
    .aria-label = Kúpiť { $plan }
tariff-unavailable = Prečo to nie je možné
tariff-comparison = Porovnanie s vaším paušálom
tariff-col-current = Váš paušál
tariff-row-price = Cena
tariff-row-data = Dáta
tariff-row-calls = Volania
tariff-row-texts = SMS
tariff-row-roaming = Dáta v roamingu
tariff-row-term = Viazanosť
tariff-row-speed = Rýchlosť
tariff-row-gained = Čo získate
tariff-row-lost = Čo stratíte
tariff-nothing = Nič
# Variables:
#   $down (Number) - maximum download speed
#   $up (Number) - maximum upload speed
tariff-speed = Sťahovanie { $down } Mbit/s, odosielanie { $up } Mbit/s

## Why an offer can't be taken (ids from the server).

# Variables:
#   $date (String) - the day the commitment ends, formatted
reason-commitment = Vaša viazanosť končí { $date }. Dovtedy môžete prejsť len na paušál s rovnakou alebo vyššou cenou.
reason-unpaid-bill = Máte nezaplatenú faktúru. Po jej úhrade si môžete zmeniť paušál alebo kúpiť balíky.
reason-business-only = Len pre firemných zákazníkov.
reason-consumer-only = Len pre súkromných zákazníkov.
reason-not-online = Nedá sa aktivovať online: opýtajte sa v predajni.
reason-not-in-shops = V predajniach nie je dostupné: nájdete ho na našom webe.
reason-not-with-partner = Tu sa nepredáva: obráťte sa na svojho operátora.
reason-payment-change = Prechod medzi predplatenou kartou a paušálom vo vašej krajine nie je možný.
# Variables:
#   $date (String) - first day another change is possible, formatted
reason-recent-change = Paušál ste si nedávno zmenili. Ďalšia zmena bude možná od { $date }.
reason-pending-change = Už máte naplánovanú zmenu. Ak chcete vybrať iný paušál, zrušte ju.
reason-insufficient-balance = Nemáte dostatočný kredit. Na kúpu si ho dobite.
reason-current-plan = Toto je váš paušál.

## Review, contract summary and confirmation.

tariff-review-title = Kontrola a potvrdenie
tariff-when = Kedy má zmena platiť?
tariff-when-now = Hneď
# Variables:
#   $amount (String) - formatted amount
#   $days (Number) - days left in the billing period
tariff-charge-now =
    { $days ->
        [one] { $amount } pribudne na najbližšej faktúre, za dnešok, posledný deň tohto obdobia
        [few] { $amount } pribudne na najbližšej faktúre, za { $days } dni od dneška do konca tohto obdobia
        [many] { $amount } pribudne na najbližšej faktúre, za { $days } dňa od dneška do konca tohto obdobia
       *[other] { $amount } pribudne na najbližšej faktúre, za { $days } dní od dneška do konca tohto obdobia
    }
# Variables:
#   $amount (String) - formatted amount
#   $days (Number) - days left in the billing period
tariff-credit-now =
    { $days ->
        [one] { $amount } odpočítame z najbližšej faktúry, za dnešok, posledný deň tohto obdobia
        [few] { $amount } odpočítame z najbližšej faktúry, za { $days } dni od dneška do konca tohto obdobia
        [many] { $amount } odpočítame z najbližšej faktúry, za { $days } dňa od dneška do konca tohto obdobia
       *[other] { $amount } odpočítame z najbližšej faktúry, za { $days } dní od dneška do konca tohto obdobia
    }
# A one-off amount and where it goes (no days: an add-on, or the receipt).
# Variables:
#   $amount (String) - formatted amount
tariff-bill-charge = { $amount } pribudne na najbližšej faktúre
# A one-off amount and where it goes (no days: an add-on, or the receipt).
# Variables:
#   $amount (String) - formatted amount
tariff-bill-credit = { $amount } odpočítame z najbližšej faktúry
# A one-off amount and where it goes (no days: an add-on, or the receipt).
# Variables:
#   $amount (String) - formatted amount
tariff-balance-charge = { $amount } odpočítame z vášho kreditu
tariff-nothing-now = Teraz nič neplatíte
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-more-month = O { $amount } mesačne viac
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-less-month = O { $amount } mesačne menej
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-more-period = O { $amount } viac za 30 dní
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-less-period = O { $amount } menej za 30 dní
tariff-same-price = Rovnaká cena ako váš paušál
# Variables:
#   $date (String) - first day of the next period, formatted
tariff-when-next = Od ďalšieho obdobia, teda od { $date }, teraz nič neplatíte
tariff-summary-title = Zhrnutie zmluvy
tariff-summary-service = Služba
tariff-summary-price = Cena
tariff-summary-difference = Rozdiel oproti vášmu paušálu
tariff-summary-one-time = Jednorazová suma
tariff-summary-start = Začiatok
tariff-summary-duration = Trvanie
tariff-summary-renewal = Predĺženie a ukončenie
tariff-summary-speeds = Maximálne rýchlosti
tariff-summary-allowances = V cene
tariff-renewal-postpaid = Predlžuje sa každý mesiac. Po skončení prípadnej viazanosti ho môžete vypovedať s mesačnou výpovednou lehotou.
tariff-renewal-prepaid = Bez automatického predĺženia: každé 30-dňové obdobie si kupujete sami.
tariff-renewal-addon = Skončí automaticky po uplynutí platnosti.
# Variables:
#   $data (String) - data allowance
#   $calls (String) - calls allowance
#   $texts (String) - texts allowance
#   $roaming (String) - roaming data allowance
tariff-allowances = Dáta: { $data }. Volania: { $calls }. SMS: { $texts }. Dáta v roamingu: { $roaming }.
tariff-consent = Beriem na vedomie zhrnutie zmluvy a súhlasím s odoslaním tejto objednávky.
tariff-confirm = Potvrdiť objednávku
tariff-confirming = Odosielame objednávku…
tariff-receipt-title = Objednávka potvrdená
tariff-receipt-reference = Číslo objednávky
tariff-receipt-effective = Platí od
tariff-receipt-monthly = Nová cena
# Variables:
#   $date (String) - the day the change takes effect, formatted
tariff-receipt-scheduled = Nový paušál začne platiť { $date }. Dovtedy môžete zmenu zrušiť.
tariff-receipt-done = Hotovo: zmena už na vašom čísle platí.
