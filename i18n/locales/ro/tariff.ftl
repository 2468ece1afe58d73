### Tariff change and add-ons: offers, comparison, contract summary, confirmation, receipt.

tariff-back = Înapoi la consum
tariff-back-to-list = Înapoi la oferte
tariff-plans-title = Schimbă abonamentul
tariff-addons-title = Adaugă date sau roaming
# Variables:
#   $plan (String) - the current plan's name
tariff-current = Abonamentul tău: { $plan }
tariff-show-all = Arată și abonamentele pe care nu le pot alege
tariff-none = Nu există alt abonament disponibil pentru această linie.
tariff-none-addons = Nu există nicio extraopțiune disponibilă pentru această linie.
# Variables:
#   $price (String) - formatted amount
tariff-price-month = { $price }/lună
# Variables:
#   $price (String) - formatted amount
tariff-price-period = { $price } la 30 de zile
# Variables:
#   $price (String) - formatted amount
tariff-price-once = { $price }, o singură dată
# A price or a difference while a promotion lasts, then after it.
# Variables:
#   $first (String) - during the promotion (a price or a difference, with its period)
#   $months (Number) - how many months the promotion lasts
#   $after (String) - after the promotion (a price or a difference, with its period)
tariff-then =
    { $months ->
        [one] { $first } în prima lună, apoi { $after }
        [few] { $first } în primele { $months } luni, apoi { $after }
       *[other] { $first } în primele { $months } de luni, apoi { $after }
    }
tariff-term-none = Fără perioadă minimă
# Variables:
#   $months (Number) - length of the commitment
tariff-term =
    { $months ->
        [one] Perioadă minimă de { $months } lună
        [few] Perioadă minimă de { $months } luni
       *[other] Perioadă minimă de { $months } de luni
    }
tariff-unlimited = Nelimitat
tariff-not-included = Neinclus
# Variables:
#   $days (Number) - how long an add-on lasts
tariff-validity =
    { $days ->
        [one] Valabilitate { $days } zi
        [few] Valabilitate { $days } zile
       *[other] Valabilitate { $days } de zile
    }
tariff-compare = Compară
tariff-choose = Alege
    .aria-label = Alege { $plan }
tariff-buy = Activează
    .aria-label = Activează { $plan }
tariff-unavailable = De ce nu e disponibil
tariff-comparison = Comparație cu abonamentul tău
tariff-col-current = Abonamentul tău
tariff-row-price = Preț
tariff-row-data = Date mobile
tariff-row-calls = Minute
tariff-row-texts = SMS-uri
tariff-row-roaming = Date în roaming
tariff-row-term = Perioadă minimă
tariff-row-speed = Viteză
tariff-row-gained = Ce câștigi
tariff-row-lost = Ce pierzi
tariff-nothing = Nimic
# Variables:
#   $down (Number) - maximum download speed
#   $up (Number) - maximum upload speed
tariff-speed = { $down } Mbit/s download, { $up } Mbit/s upload

## Why an offer can't be taken (ids from the server).

# Variables:
#   $date (String) - the day the commitment ends, formatted
reason-commitment = Perioada minimă a contractului se încheie pe { $date }. Până atunci poți trece doar la un abonament cu același preț sau mai scump.
reason-unpaid-bill = Ai o factură neplătită. Plătește-o ca să poți schimba abonamentul sau activa extraopțiuni.
reason-business-only = Doar pentru clienții business.
reason-consumer-only = Doar pentru persoane fizice.
reason-not-online = Nu este disponibil online: întreabă într-un magazin.
reason-not-in-shops = Nu este disponibil în magazine: îl găsești pe site-ul nostru.
reason-not-with-partner = Nu se vinde aici: întreabă operatorul tău.
reason-payment-change = Trecerea de la cartelă la abonament (sau invers) nu este posibilă în țara ta.
# Variables:
#   $date (String) - first day another change is possible, formatted
reason-recent-change = Ți-ai schimbat recent abonamentul. Următoarea schimbare e posibilă începând cu { $date }.
reason-pending-change = Ai deja o schimbare programată. Anuleaz-o ca să alegi alt abonament.
reason-insufficient-balance = Nu ai suficient credit. Reîncarcă pentru a cumpăra.
reason-current-plan = Acesta este abonamentul tău.

## Review, contract summary and confirmation.

tariff-review-title = Verifică și confirmă
tariff-when = Când să se aplice schimbarea?
tariff-when-now = Acum
# Variables:
#   $amount (String) - formatted amount
#   $days (Number) - days left in the billing period
tariff-charge-now =
    { $days ->
        [one] { $amount } în plus pe următoarea factură, pentru azi, ultima zi a perioadei
        [few] { $amount } în plus pe următoarea factură, pentru cele { $days } zile de azi până la sfârșitul perioadei
       *[other] { $amount } în plus pe următoarea factură, pentru cele { $days } de zile de azi până la sfârșitul perioadei
    }
# Variables:
#   $amount (String) - formatted amount
#   $days (Number) - days left in the billing period
tariff-credit-now =
    { $days ->
        [one] Reducere de { $amount } la următoarea factură, pentru azi, ultima zi a perioadei
        [few] Reducere de { $amount } la următoarea factură, pentru cele { $days } zile de azi până la sfârșitul perioadei
       *[other] Reducere de { $amount } la următoarea factură, pentru cele { $days } de zile de azi până la sfârșitul perioadei
    }
# A one-off amount and where it goes (no days: an add-on, or the receipt).
# Variables:
#   $amount (String) - formatted amount
tariff-bill-charge = { $amount } în plus pe următoarea factură
# A one-off amount and where it goes (no days: an add-on, or the receipt).
# Variables:
#   $amount (String) - formatted amount
tariff-bill-credit = Reducere de { $amount } la următoarea factură
# A one-off amount and where it goes (no days: an add-on, or the receipt).
# Variables:
#   $amount (String) - formatted amount
tariff-balance-charge = { $amount } din creditul tău
tariff-nothing-now = Nimic de plătit acum
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-more-month = Cu { $amount } mai mult pe lună
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-less-month = Cu { $amount } mai puțin pe lună
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-more-period = Cu { $amount } mai mult la 30 de zile
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-less-period = Cu { $amount } mai puțin la 30 de zile
tariff-same-price = Același preț ca abonamentul tău
# Variables:
#   $date (String) - first day of the next period, formatted
tariff-when-next = Din următoarea perioadă, începând cu { $date }, fără nimic de plătit acum
tariff-summary-title = Rezumatul contractului
tariff-summary-service = Serviciu
tariff-summary-price = Preț
tariff-summary-difference = Diferența față de abonamentul tău
tariff-summary-one-time = Plată unică
tariff-summary-start = Începe
tariff-summary-duration = Durată
tariff-summary-renewal = Reînnoire și încetare
tariff-summary-speeds = Viteze maxime
tariff-summary-allowances = Inclus
tariff-renewal-postpaid = Se reînnoiește lunar. După perioada minimă, îl poți înceta cu preaviz de o lună.
tariff-renewal-prepaid = Fără reînnoire automată: cumperi fiecare perioadă de 30 de zile.
tariff-renewal-addon = Se încheie automat la sfârșitul valabilității.
# Variables:
#   $data (String) - data allowance
#   $calls (String) - calls allowance
#   $texts (String) - texts allowance
#   $roaming (String) - roaming data allowance
tariff-allowances = Date mobile: { $data }. Minute: { $calls }. SMS-uri: { $texts }. Date în roaming: { $roaming }.
tariff-consent = Am citit rezumatul contractului și sunt de acord să plasez această comandă.
tariff-confirm = Confirmă comanda
tariff-confirming = Se plasează comanda…
tariff-receipt-title = Comandă confirmată
tariff-receipt-reference = Număr comandă
tariff-receipt-effective = Se aplică din
tariff-receipt-monthly = Preț nou
# Variables:
#   $date (String) - the day the change takes effect, formatted
tariff-receipt-scheduled = Noul abonament începe pe { $date }. Poți anula schimbarea până atunci.
tariff-receipt-done = Gata: este deja activ pe linia ta.
