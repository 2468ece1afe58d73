### Usage views: the current cycle, daily use, history and the contract.

usage-title = Consumul meu
usage-line-picker = Linie
# Variables:
#   $plan (String) - the plan's name from the catalogue
#   $ending (String) - the last four digits of the phone number
usage-line-option = { $plan }, numărul terminat în { $ending }
# Variables:
#   $start (String) - first day of the billing period, formatted
#   $end (String) - last day of the billing period, formatted
usage-cycle = Perioada de facturare: { $start } – { $end }
# Variables:
#   $days (Number) - days until the period ends
usage-days-left =
    { $days ->
        [0] Ultima zi a perioadei
        [one] { $days } zi rămasă
        [few] { $days } zile rămase
       *[other] { $days } de zile rămase
    }

usage-type-data = Date mobile
usage-type-voice = Minute
usage-type-sms = SMS-uri
usage-type-roaming-data = Date în roaming

# Variables:
#   $used (String) - amount used, formatted with its unit
#   $allowance (String) - the allowance, formatted with its unit
usage-used-of-quantity = Folosit: { $used } din { $allowance }
# Variables:
#   $remaining (String) - amount left, formatted with its unit
usage-remaining-quantity = Mai ai { $remaining }
usage-remaining-none = Nu a mai rămas nimic
# Variables:
#   $used (String) - amount used, formatted with its unit
usage-used-unlimited-quantity = Folosit: { $used }, fără limită
# Variables:
#   $used (Number) - texts sent
#   $allowance (Number) - texts included
usage-used-of-texts =
    { $allowance ->
        [one] { $used } din { $allowance } SMS folosit
        [few] { $used } din { $allowance } SMS-uri folosite
       *[other] { $used } din { $allowance } de SMS-uri folosite
    }
# Variables:
#   $remaining (Number) - texts left
usage-remaining-texts =
    { $remaining ->
        [one] Mai ai { $remaining } SMS
        [few] Mai ai { $remaining } SMS-uri
       *[other] Mai ai { $remaining } de SMS-uri
    }
# Variables:
#   $used (Number) - texts sent
usage-used-unlimited-texts =
    { $used ->
        [one] { $used } SMS trimis, fără limită
        [few] { $used } SMS-uri trimise, fără limită
       *[other] { $used } de SMS-uri trimise, fără limită
    }
usage-unlimited = Nelimitat
# Variables:
#   $lines (Number) - how many lines share the allowance
usage-shared =
    { $lines ->
        [one] Partajat
        [few] Partajat între { $lines } linii
       *[other] Partajat între { $lines } de linii
    }
usage-addon = Extraopțiune
# Variables:
#   $date (String) - last day of validity, formatted
usage-valid-until = Valabil până la { $date }
# Variables:
#   $percent (String) - the share used, formatted as a percentage
usage-warning = Ai consumat { $percent } din cantitatea inclusă.
usage-exhausted = Ai consumat toată cantitatea inclusă.
# Variables:
#   $date (String) - the day the allowance would run out, formatted
usage-runs-out = În acest ritm, se termină pe { $date }.
usage-on-track = În acest ritm, îți ajunge până la sfârșitul perioadei.

usage-daily-title = Date mobile folosite zilnic
# Variables:
#   $max (String) - the largest daily amount, formatted with its unit
#   $day (String) - the day of that amount, formatted
usage-daily-summary = Maxim: { $max } pe { $day }
usage-daily-show-table = Afișează ca tabel
usage-daily-hide-table = Ascunde tabelul
usage-daily-caption = Consumul zilnic din această perioadă
usage-col-day = Zi
usage-col-data = Date
usage-col-calls = Minute
usage-col-texts = SMS-uri
usage-col-period = Perioadă
usage-daily-empty = Niciun consum înregistrat încă în această perioadă.

usage-history-title = Perioade anterioare
# Variables:
#   $start (String) - first day, formatted
#   $end (String) - last day, formatted
usage-history-period = { $start } – { $end }
usage-history-empty = Nicio perioadă anterioară încă.

usage-contract-title = Contractul meu
usage-contract-plan = Abonament
usage-contract-monthly-price = Preț lunar
usage-contract-period-price = Preț pe perioadă
usage-contract-start = Client din
usage-contract-commitment = Sfârșitul perioadei minime
usage-contract-no-commitment = Fără perioadă minimă
usage-contract-renewal = Reînnoire
usage-renewal-monthly = Se prelungește lunar
usage-renewal-none = Cartelă: reîncarcă pentru a continua
usage-balance-title = Credit cartelă
# Variables:
#   $date (String) - the day the balance expires, formatted
usage-balance-expires = Folosește-l până la { $date }
usage-top-up = Reîncarcă
# A button beside the balance: opens the chat, where the assistant takes a recharge card's code.
usage-top-up-card = Reîncarcă cu un cod

## Partner access: partners (resellers, business partners' portals) who may act for the customer.

partners-title = Acces parteneri
partners-intro = Un partener, de exemplu un revânzător, îți poate vedea contul sau poate acționa în numele tău doar cu un cod pe care i-l dai tu. Accesul durează 30 de zile și îl poți retrage oricând.
partners-granted = Parteneri care pot acționa în numele tău
partners-none = Niciun partener nu poate acționa în numele tău.
# Variables:
#   $date (String) - the last day of the partner's access, formatted
partners-until = Până la { $date }
partners-withdraw = Retrage accesul
    .aria-label = Retrage accesul pentru { $partner }
# Variables:
#   $partner (String) - the partner's name
partners-withdraw-ask = Retragi accesul pentru { $partner }? Nu va mai putea acționa în numele tău.
partners-withdraw-yes = Da, retrage-l
partners-withdraw-keep = Nu, îl păstrez
# Variables:
#   $partner (String) - the partner's name
partners-withdrawn = { $partner } nu mai poate acționa în numele tău.
partners-new = Dă acces unui partener
partners-partner = Partener
partners-scopes = Ce poate face pentru tine
partners-scope-usage = Să-ți vadă consumul
partners-scope-plans = Să vadă abonamentele la care poți trece
partners-scope-order = Să-ți schimbe abonamentul și extraopțiunile
partners-scope-reserve = Să rezerve dispozitive în magazine
partners-choose = Bifează cel puțin un lucru pe care partenerul îl poate face pentru tine.
partners-get-code = Generează un cod de acord
# Variables:
#   $partner (String) - the partner's name
partners-code-for = Spune-i acest cod partenerului { $partner }:
partners-code-help = Funcționează o singură dată, în maximum 10 minute. Nu-l da nimănui altcuiva.
partners-done = Gata

## A plan change from the usage view: its buttons, and the notice of a change to come.

tariff-change-plan = Schimbă abonamentul
tariff-buy-addon = Adaugă date sau roaming
# Variables:
#   $plan (String) - the plan's name
#   $date (String) - the day it takes effect, formatted
tariff-pending = Trecerea la { $plan } este programată pe { $date }.
tariff-pending-cancel = Anulează această schimbare
# Variables:
#   $plan (String) - the plan's name
tariff-pending-ask = Anulezi trecerea la { $plan }? Rămâi pe abonamentul actual.
tariff-pending-yes = Da, anulează schimbarea
tariff-pending-keep = Nu, o păstrez
# Variables:
#   $plan (String) - the plan's name
tariff-pending-cancelled = Trecerea la { $plan } a fost anulată. Rămâi pe abonamentul actual.
