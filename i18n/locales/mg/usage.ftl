### Usage views: the current cycle, daily use, history and the contract.

usage-title = Ny fampiasako
usage-line-picker = Laharana
# Variables:
#   $plan (String) - the plan's name from the catalogue
#   $ending (String) - the last four digits of the phone number
usage-line-option = { $plan }, laharana mifarana amin'ny { $ending }
# Variables:
#   $start (String) - first day of the billing period, formatted
#   $end (String) - last day of the billing period, formatted
usage-cycle = Vanim-potoana { $start } hatramin'ny { $end }
# Variables:
#   $days (Number) - days until the period ends
usage-days-left =
    { $days ->
        [0] Andro farany amin'ny vanim-potoana
        [one] Sisa { $days } andro
       *[other] Sisa { $days } andro
    }

usage-type-data = Internet
usage-type-voice = Antso
usage-type-sms = SMS
usage-type-roaming-data = Internet any ivelany

# Variables:
#   $used (String) - amount used, formatted with its unit
#   $allowance (String) - the allowance, formatted with its unit
usage-used-of-quantity = { $used } amin'ny { $allowance } no lany
# Variables:
#   $remaining (String) - amount left, formatted with its unit
usage-remaining-quantity = Sisa { $remaining }
usage-remaining-none = Tsy misy sisa
# Variables:
#   $used (String) - amount used, formatted with its unit
usage-used-unlimited-quantity = { $used } no lany, tsy voafetra
# Variables:
#   $used (Number) - texts sent
#   $allowance (Number) - texts included
usage-used-of-texts =
    { $allowance ->
        [one] SMS { $used } amin'ny { $allowance } no lany
       *[other] SMS { $used } amin'ny { $allowance } no lany
    }
# Variables:
#   $remaining (Number) - texts left
usage-remaining-texts =
    { $remaining ->
        [one] Sisa { $remaining } SMS
       *[other] Sisa { $remaining } SMS
    }
# Variables:
#   $used (Number) - texts sent
usage-used-unlimited-texts =
    { $used ->
        [one] SMS { $used } nalefa, tsy voafetra
       *[other] SMS { $used } nalefa, tsy voafetra
    }
usage-unlimited = Tsy voafetra
# Variables:
#   $lines (Number) - how many lines share the allowance
usage-shared =
    { $lines ->
        [one] Iombonana
       *[other] Iombonan'ny laharana { $lines }
    }
usage-addon = Tolotra fanampiny
# Variables:
#   $date (String) - last day of validity, formatted
usage-valid-until = Manan-kery hatramin'ny { $date }
# Variables:
#   $percent (String) - the share used, formatted as a percentage
usage-warning = Efa lany ny { $percent } amin'ity tahiry ity.
usage-exhausted = Lany tanteraka ity tahiry ity.
# Variables:
#   $date (String) - the day the allowance would run out, formatted
usage-runs-out = Raha mitohy toy izao ny fampiasanao, ho lany amin'ny { $date } izy.
usage-on-track = Raha mitohy toy izao ny fampiasanao, hahatratra ny faran'ny vanim-potoana izy.

usage-daily-title = Internet nampiasaina isan'andro
# Variables:
#   $max (String) - the largest daily amount, formatted with its unit
#   $day (String) - the day of that amount, formatted
usage-daily-summary = Ambony indrindra: { $max } tamin'ny { $day }
usage-daily-show-table = Asehoy ho tabilao
usage-daily-hide-table = Afeno ny tabilao
usage-daily-caption = Fampiasana isan'andro amin'ity vanim-potoana ity
usage-col-day = Andro
usage-col-data = Internet
usage-col-calls = Antso
usage-col-texts = SMS
usage-col-period = Vanim-potoana
usage-daily-empty = Mbola tsy misy fampiasana voarakitra amin'ity vanim-potoana ity.

usage-history-title = Vanim-potoana teo aloha
# Variables:
#   $start (String) - first day, formatted
#   $end (String) - last day, formatted
usage-history-period = { $start } hatramin'ny { $end }
usage-history-empty = Mbola tsy misy vanim-potoana teo aloha.

usage-contract-title = Ny fifanekeko
usage-contract-plan = Forfait
usage-contract-monthly-price = Vidiny isam-bolana
usage-contract-period-price = Vidiny isaky ny vanim-potoana
usage-contract-start = Mpanjifa hatramin'ny
usage-contract-commitment = Fiafaran'ny fifanekena
usage-contract-no-commitment = Tsy misy fe-potoana fifanekena
usage-contract-renewal = Fanavaozana
usage-renewal-monthly = Mitohy isam-bolana
usage-renewal-none = Prépayé: mividiana crédit raha hanohy
usage-balance-title = Crédit prépayé
# Variables:
#   $date (String) - the day the balance expires, formatted
usage-balance-expires = Azo ampiasaina hatramin'ny { $date }
usage-top-up = Hividy crédit
# A button beside the balance: opens the chat, where the assistant takes a recharge card's code.
usage-top-up-card = Hampiasa karatra crédit

## Partner access: partners (resellers, business partners' portals) who may act for the customer.

partners-title = Fidirana ho an'ny mpiara-miasa
partners-intro = Ny mpiara-miasa, toy ny mpivarotra, dia tsy afaka mijery ny kaontinao na manao zavatra ho anao raha tsy amin'ny kaody omenao azy. Maharitra 30 andro ny alalany, ary azonao esorina amin'ny fotoana rehetra.
partners-granted = Mpiara-miasa afaka manao zavatra ho anao
partners-none = Tsy misy mpiara-miasa afaka manao zavatra ho anao.
# Variables:
#   $date (String) - the last day of the partner's access, formatted
partners-until = Hatramin'ny { $date }
partners-withdraw = Hanala ny alalana
    .aria-label = Hanala ny alalan'i { $partner }
# Variables:
#   $partner (String) - the partner's name
partners-withdraw-ask = Esorina ve ny alalan'i { $partner }? Tsy ho afaka hanao zavatra ho anao intsony izy.
partners-withdraw-yes = Eny, esory
partners-withdraw-keep = Tsia, tazony
# Variables:
#   $partner (String) - the partner's name
partners-withdrawn = Tsy afaka manao zavatra ho anao intsony { $partner }.
partners-new = Hanome alalana mpiara-miasa
partners-partner = Mpiara-miasa
partners-scopes = Izay azony atao ho anao
partners-scope-usage = Mijery ny fampiasanao
partners-scope-plans = Mijery ny forfait azonao ifindrana
partners-scope-order = Manova ny forfait-nao sy ny tolotra fanampiny
partners-scope-reserve = Mamandrika fitaovana any amin'ny fivarotana
partners-choose = Asio marika zavatra iray farafahakeliny azon'ny mpiara-miasa atao ho anao.
partners-get-code = Haka kaody fanekena
# Variables:
#   $partner (String) - the partner's name
partners-code-for = Vakio amin'i { $partner } ity kaody ity:
partners-code-help = Indray mandeha monja no mandeha izy, ao anatin'ny 10 minitra. Aza omena olon-kafa mihitsy.
partners-done = Vita

## A plan change from the usage view: its buttons, and the notice of a change to come.

tariff-change-plan = Hanova forfait
tariff-buy-addon = Hanampy internet na roaming
# Variables:
#   $plan (String) - the plan's name
#   $date (String) - the day it takes effect, formatted
tariff-pending = Fifindrana amin'ny { $plan } voalahatra amin'ny { $date }.
tariff-pending-cancel = Hanafoana ity fanovana ity
# Variables:
#   $plan (String) - the plan's name
tariff-pending-ask = Hofoanana ve ny fifindrana amin'ny { $plan }? Hijanona amin'ny forfait-nao ankehitriny ianao.
tariff-pending-yes = Eny, foano ny fanovana
tariff-pending-keep = Tsia, tazony
# Variables:
#   $plan (String) - the plan's name
tariff-pending-cancelled = Nofoanana ny fifindrana amin'ny { $plan }. Mijanona amin'ny forfait-nao ankehitriny ianao.
