### Tariff change and add-ons: offers, comparison, contract summary, confirmation, receipt.

tariff-back = Hiverina amin'ny fampiasako
tariff-back-to-list = Hiverina amin'ny tolotra
tariff-plans-title = Hanova forfait
tariff-addons-title = Hanampy internet na roaming
# Variables:
#   $plan (String) - the current plan's name
tariff-current = Ny forfait-nao: { $plan }
tariff-show-all = Asehoy koa ny forfait tsy azoko raisina
tariff-none = Tsy misy forfait hafa azo raisina amin'ity laharana ity.
tariff-none-addons = Tsy misy tolotra fanampiny azo raisina amin'ity laharana ity.
# Variables:
#   $price (String) - formatted amount
tariff-price-month = { $price } isam-bolana
# Variables:
#   $price (String) - formatted amount
tariff-price-period = { $price } isaky ny 30 andro
# Variables:
#   $price (String) - formatted amount
tariff-price-once = { $price } indray mandeha
# A price or a difference while a promotion lasts, then after it.
# Variables:
#   $first (String) - during the promotion (a price or a difference, with its period)
#   $months (Number) - how many months the promotion lasts
#   $after (String) - after the promotion (a price or a difference, with its period)
tariff-then =
    { $months ->
        [one] { $first } ny volana voalohany, avy eo { $after }
       *[other] { $first } mandritra ny { $months } volana, avy eo { $after }
    }
tariff-term-none = Tsy misy fe-potoana fifanekena
# Variables:
#   $months (Number) - length of the commitment
tariff-term = Fifanekena { $months } volana
tariff-unlimited = Tsy voafetra
tariff-not-included = Tsy tafiditra
# Variables:
#   $days (Number) - how long an add-on lasts
tariff-validity =
    { $days ->
        [one] Manan-kery { $days } andro
       *[other] Manan-kery { $days } andro
    }
tariff-compare = Hampitaha
tariff-choose = Hisafidy
    .aria-label = Hisafidy { $plan }
tariff-buy = Hividy
    .aria-label = Hividy { $plan }
tariff-unavailable = Nahoana no tsy azonao raisina
tariff-comparison = Raha ampitahaina amin'ny forfait-nao
tariff-col-current = Ny forfait-nao
tariff-row-price = Vidiny
tariff-row-data = Internet
tariff-row-calls = Antso
tariff-row-texts = SMS
tariff-row-roaming = Internet any ivelany
tariff-row-term = Faharetan'ny fifanekena
tariff-row-speed = Hafainganam-pandeha
tariff-row-gained = Izay azonao
tariff-row-lost = Izay very
tariff-nothing = Tsy misy
# Variables:
#   $down (Number) - maximum download speed
#   $up (Number) - maximum upload speed
tariff-speed = { $down } Mbit/s raha misintona, { $up } Mbit/s raha mandefa

## Why an offer can't be taken (ids from the server).

# Variables:
#   $date (String) - the day the commitment ends, formatted
reason-commitment = Hifarana amin'ny { $date } ny fifanekenao. Mandra-pahatongan'izany, forfait mitovy vidy na lafo kokoa ihany no azonao ifindrana.
reason-unpaid-bill = Misy faktiora tsy voaloa. Aloavy izany raha hanova forfait na hividy tolotra fanampiny.
reason-business-only = Ho an'ny orinasa ihany.
reason-consumer-only = Ho an'ny olon-tsotra ihany.
reason-not-online = Tsy azo an-tserasera: manontania any amin'ny fivarotana.
reason-not-in-shops = Tsy azo any amin'ny fivarotana: azo ao amin'ny tranonkalanay.
reason-not-with-partner = Tsy amidy eto: manontania amin'ny opérateur-nao.
reason-payment-change = Tsy azo atao eto amin'ny firenenao ny mifindra eo amin'ny prépayé sy ny postpayé.
# Variables:
#   $date (String) - first day another change is possible, formatted
reason-recent-change = Vao niova forfait ianao. Afaka manova indray ianao manomboka ny { $date }.
reason-pending-change = Efa misy fanovana voalahatra. Foano aloha izany vao misafidy forfait hafa.
reason-insufficient-balance = Tsy ampy ny crédit-nao. Mividiana crédit raha hividy ity.
reason-current-plan = Ity no forfait-nao.

## Review, contract summary and confirmation.

tariff-review-title = Hamarino ary hamafiso
tariff-when = Rahoviana no hihatra ny fanovana?
tariff-when-now = Izao
# Variables:
#   $amount (String) - formatted amount
#   $days (Number) - days left in the billing period
tariff-charge-now =
    { $days ->
        [one] { $amount } ampiana amin'ny faktiora manaraka, ho an'ny anio, andro farany amin'ity vanim-potoana ity
       *[other] { $amount } ampiana amin'ny faktiora manaraka, ho an'ny { $days } andro manomboka anio ka hatramin'ny fiafaran'ity vanim-potoana ity
    }
# Variables:
#   $amount (String) - formatted amount
#   $days (Number) - days left in the billing period
tariff-credit-now =
    { $days ->
        [one] { $amount } analana amin'ny faktiora manaraka, ho an'ny anio, andro farany amin'ity vanim-potoana ity
       *[other] { $amount } analana amin'ny faktiora manaraka, ho an'ny { $days } andro manomboka anio ka hatramin'ny fiafaran'ity vanim-potoana ity
    }
# A one-off amount and where it goes (no days: an add-on, or the receipt).
# Variables:
#   $amount (String) - formatted amount
tariff-bill-charge = { $amount } ampiana amin'ny faktiora manaraka
# A one-off amount and where it goes (no days: an add-on, or the receipt).
# Variables:
#   $amount (String) - formatted amount
tariff-bill-credit = { $amount } analana amin'ny faktiora manaraka
# A one-off amount and where it goes (no days: an add-on, or the receipt).
# Variables:
#   $amount (String) - formatted amount
tariff-balance-charge = { $amount } alaina amin'ny crédit-nao
tariff-nothing-now = Tsy misy aloa izao
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-more-month = { $amount } fanampiny isam-bolana
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-less-month = { $amount } latsaka isam-bolana
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-more-period = { $amount } fanampiny isaky ny 30 andro
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-less-period = { $amount } latsaka isaky ny 30 andro
tariff-same-price = Mitovy vidy amin'ny forfait-nao
# Variables:
#   $date (String) - first day of the next period, formatted
tariff-when-next = Amin'ny vanim-potoana manaraka, manomboka ny { $date }, tsy misy aloa izao
tariff-summary-title = Famintinana ny fifanekena
tariff-summary-service = Serivisy
tariff-summary-price = Vidiny
tariff-summary-difference = Fahasamihafana amin'ny forfait-nao
tariff-summary-one-time = Aloa indray mandeha
tariff-summary-start = Manomboka
tariff-summary-duration = Faharetana
tariff-summary-renewal = Fanavaozana sy fiafarana
tariff-summary-speeds = Hafainganam-pandeha ambony indrindra
tariff-summary-allowances = Tafiditra ao
tariff-renewal-postpaid = Havaozina isam-bolana. Rehefa tapitra ny fe-potoana fifanekena, azonao atsahatra izy raha milaza iray volana mialoha.
tariff-renewal-prepaid = Tsy mihavao ho azy: ianao no mividy isaky ny 30 andro.
tariff-renewal-addon = Tapitra ho azy rehefa lany ny fe-potoana.
# Variables:
#   $data (String) - data allowance
#   $calls (String) - calls allowance
#   $texts (String) - texts allowance
#   $roaming (String) - roaming data allowance
tariff-allowances = Internet: { $data }. Antso: { $calls }. SMS: { $texts }. Internet any ivelany: { $roaming }.
tariff-consent = Novakiako ny famintinana ny fifanekena ary ekeko ny hanao ity kaomandy ity.
tariff-confirm = Hamafiso ny kaomandy
tariff-confirming = Eo am-pandefasana ny kaomandinao…
tariff-receipt-title = Voamarina ny kaomandy
tariff-receipt-reference = Laharan'ny kaomandy
tariff-receipt-effective = Manan-kery manomboka
tariff-receipt-monthly = Vidiny vaovao
# Variables:
#   $date (String) - the day the change takes effect, formatted
tariff-receipt-scheduled = Manomboka ny { $date } ny forfait vaovaonao. Azonao foanana ny fanovana mandra-pahatongan'izany.
tariff-receipt-done = Vita: efa mandeha amin'ny laharanao izy.
