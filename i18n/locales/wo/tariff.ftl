### Tariff change and add-ons: offers, comparison, contract summary, confirmation, receipt.

tariff-back = Dellu ci li ma jëfandikoo
tariff-back-to-list = Dellu ci offre yi
tariff-plans-title = Soppi forfait
tariff-addons-title = Yokk internet walla roaming
# Variables:
#   $plan (String) - the current plan's name
tariff-current = Sa forfait: { $plan }
tariff-show-all = Wone itam forfait yi ma mënul jël
tariff-none = Amul beneen forfait bu am ci nimero bii.
tariff-none-addons = Amul benn pass bu am ci nimero bii.
# Variables:
#   $price (String) - formatted amount
tariff-price-month = { $price } ci weer
# Variables:
#   $price (String) - formatted amount
tariff-price-period = { $price } ci 30 fan
# Variables:
#   $price (String) - formatted amount
tariff-price-once = { $price } benn yoon
# A price or a difference while a promotion lasts, then after it.
# Variables:
#   $first (String) - during the promotion (a price or a difference, with its period)
#   $months (Number) - how many months the promotion lasts
#   $after (String) - after the promotion (a price or a difference, with its period)
tariff-then =
    { $months ->
       *[other] { $first } diirub { $months } weer, ginnaaw gi { $after }
    }
tariff-term-none = Amul engagement
# Variables:
#   $months (Number) - length of the commitment
tariff-term = Engagement { $months } weer
tariff-unlimited = Illimité
tariff-not-included = Bokkul ci
# Variables:
#   $days (Number) - how long an add-on lasts
tariff-validity =
    { $days ->
       *[other] Day dox { $days } fan
    }
tariff-compare = Méngale
tariff-choose = Tànn
    .aria-label = Tànn { $plan }
tariff-buy = Jënd
    .aria-label = Jënd { $plan }
tariff-unavailable = Lu tax mënuloo ko jël
tariff-comparison = Méngale ak sa forfait
tariff-col-current = Sa forfait
tariff-row-price = Njëg
tariff-row-data = Internet
tariff-row-calls = Woote
tariff-row-texts = SMS
tariff-row-roaming = Internet ci bitim-réew
tariff-row-term = Engagement
tariff-row-speed = Gaawaay
tariff-row-gained = Li ngay am
tariff-row-lost = Li ngay ñàkk
tariff-nothing = Dara
# Variables:
#   $down (Number) - maximum download speed
#   $up (Number) - maximum upload speed
tariff-speed = { $down } Mbit/s ngir wàcce, { $up } Mbit/s ngir yónne

## Why an offer can't be taken (ids from the server).

# Variables:
#   $date (String) - the day the commitment ends, formatted
reason-commitment = Sa engagement dina jeex ci { $date }. Ba bés boobu, forfait bu njëgam yem walla ëpp rekk nga mën a jël.
reason-unpaid-bill = Am na facture bu ñu feyagul. Feyal ko ngir soppi sa forfait walla jënd ay pass.
reason-business-only = Ngir entreprise yi rekk.
reason-consumer-only = Ngir kiliyaan yu dul entreprise rekk.
reason-not-online = Amul ci internet: laajal ci bitig.
reason-not-in-shops = Amul ci bitig yi: am na ci sunu site.
reason-not-with-partner = Jaayuñu ko fii: laajal sa opérateur.
reason-payment-change = Toxu diggante prépayé ak postpayé mënul nekk ci sa réew.
# Variables:
#   $date (String) - first day another change is possible, formatted
reason-recent-change = Soppi nga sa forfait léegi-léegi. Dinga mën a soppiwaat dale ci { $date }.
reason-pending-change = Am na coppite bu ñu programmé ba noppi. Neenal ko ngir tànn beneen forfait.
reason-insufficient-balance = Sa crédit doyul. Yokkal sa crédit ngir jënd lii.
reason-current-plan = Lii mooy sa forfait.

## Review, contract summary and confirmation.

tariff-review-title = Xool te dëggal
tariff-when = Kañ la coppite bi wara tàmbali?
tariff-when-now = Léegi
# Variables:
#   $amount (String) - formatted amount
#   $days (Number) - days left in the billing period
tariff-charge-now =
    { $days ->
       *[other] { $amount } lañuy yokk ci sa facture bu topp, ngir { $days } fan dale tey ba période bii jeex
    }
# Variables:
#   $amount (String) - formatted amount
#   $days (Number) - days left in the billing period
tariff-credit-now =
    { $days ->
       *[other] { $amount } lañuy wàññi ci sa facture bu topp, ngir { $days } fan dale tey ba période bii jeex
    }
# A one-off amount and where it goes (no days: an add-on, or the receipt).
# Variables:
#   $amount (String) - formatted amount
tariff-bill-charge = { $amount } lañuy yokk ci sa facture bu topp
# A one-off amount and where it goes (no days: an add-on, or the receipt).
# Variables:
#   $amount (String) - formatted amount
tariff-bill-credit = { $amount } lañuy wàññi ci sa facture bu topp
# A one-off amount and where it goes (no days: an add-on, or the receipt).
# Variables:
#   $amount (String) - formatted amount
tariff-balance-charge = { $amount } lañuy jële ci sa crédit
tariff-nothing-now = Doo fey dara léegi
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-more-month = { $amount } lu ëpp ci weer
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-less-month = { $amount } lu wàññiku ci weer
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-more-period = { $amount } lu ëpp ci 30 fan
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-less-period = { $amount } lu wàññiku ci 30 fan
tariff-same-price = Njëg gi yem ak sa forfait
# Variables:
#   $date (String) - first day of the next period, formatted
tariff-when-next = Ci période bi ci topp, dale ci { $date }, te doo fey dara léegi
tariff-summary-title = Gàttal contrat bi
tariff-summary-service = Service bi
tariff-summary-price = Njëg
tariff-summary-difference = Wuute ak sa forfait
tariff-summary-one-time = Fey benn yoon
tariff-summary-start = Tàmbali
tariff-summary-duration = Diir
tariff-summary-renewal = Yeesal ak jeex
tariff-summary-speeds = Gaawaay gu gën a kawe
tariff-summary-allowances = Li ci bokk
tariff-renewal-postpaid = Day yeesalu weer wu nekk. Bu engagement bi jeexee, mën nga ko dakkal, te yégle ko benn weer balaa.
tariff-renewal-prepaid = Du yeesalu boppam: yow ngay jënd bépp période 30 fan.
tariff-renewal-addon = Day jeex boppam bu diiram jeexee.
# Variables:
#   $data (String) - data allowance
#   $calls (String) - calls allowance
#   $texts (String) - texts allowance
#   $roaming (String) - roaming data allowance
tariff-allowances = Internet: { $data }. Woote: { $calls }. SMS: { $texts }. Internet ci bitim-réew: { $roaming }.
tariff-consent = Jàng naa gàttal contrat bi te nangu naa def commande bii.
tariff-confirm = Dëggal commande bi
tariff-confirming = Ñu ngi yónne sa commande…
tariff-receipt-title = Commande bi dëggu na
tariff-receipt-reference = Référence commande bi
tariff-receipt-effective = Day tàmbali
tariff-receipt-monthly = Njëg gu bees
# Variables:
#   $date (String) - the day the change takes effect, formatted
tariff-receipt-scheduled = Sa forfait bu bees dina tàmbali ci { $date }. Mën nga neenal coppite bi ba bés boobu.
tariff-receipt-done = Baax na: am na ba noppi ci sa nimero.
