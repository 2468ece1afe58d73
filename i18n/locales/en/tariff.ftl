### Tariff change and add-ons: offers, comparison, contract summary, confirmation, receipt.

tariff-back = Back to my usage
tariff-back-to-list = Back to the offers
tariff-plans-title = Change plan
tariff-addons-title = Add data or roaming
# Variables:
#   $plan (String) - the current plan's name
tariff-current = Your plan: { $plan }
tariff-show-all = Also show plans I can't take
tariff-none = No other plan is available for this line.
tariff-none-addons = No add-on is available for this line.
# Variables:
#   $price (String) - formatted amount
tariff-price-month = { $price } a month
# Variables:
#   $price (String) - formatted amount
tariff-price-period = { $price } per 30 days
# Variables:
#   $price (String) - formatted amount
tariff-price-once = { $price } once
# A price or a difference while a promotion lasts, then after it.
# Variables:
#   $first (String) - during the promotion (a price or a difference, with its period)
#   $months (Number) - how many months the promotion lasts
#   $after (String) - after the promotion (a price or a difference, with its period)
tariff-then =
    { $months ->
        [one] { $first } for the first month, then { $after }
       *[other] { $first } for { $months } months, then { $after }
    }
tariff-term-none = No commitment
# Variables:
#   $months (Number) - length of the commitment
tariff-term = { $months }-month commitment
tariff-unlimited = Unlimited
tariff-not-included = Not included
# Variables:
#   $days (Number) - how long an add-on lasts
tariff-validity =
    { $days ->
        [one] Valid { $days } day
       *[other] Valid { $days } days
    }
tariff-compare = Compare
tariff-choose = Choose
    .aria-label = Choose { $plan }
tariff-buy = Buy
    .aria-label = Buy { $plan }
tariff-unavailable = Why you can't take it
tariff-comparison = Compared with your plan
tariff-col-current = Your plan
tariff-row-price = Price
tariff-row-data = Data
tariff-row-calls = Calls
tariff-row-texts = Texts
tariff-row-roaming = Roaming data
tariff-row-term = Commitment
tariff-row-speed = Speed
tariff-row-gained = What you gain
tariff-row-lost = What you lose
tariff-nothing = Nothing
# Variables:
#   $down (Number) - maximum download speed
#   $up (Number) - maximum upload speed
tariff-speed = { $down } Mbit/s down, { $up } Mbit/s up

## Why an offer can't be taken (ids from the server).

# Variables:
#   $date (String) - the day the commitment ends, formatted
reason-commitment = Your commitment ends on { $date }. Until then you can move only to a plan at the same price or above.
reason-unpaid-bill = A bill is unpaid. Pay it to change your plan or buy add-ons.
reason-business-only = For business customers only.
reason-consumer-only = For personal customers only.
reason-not-online = Not available online: ask in a shop.
reason-not-in-shops = Not available in shops: available on our website.
reason-not-with-partner = Not sold here: ask your operator.
reason-payment-change = Moving between prepaid and postpaid is not possible in your country.
# Variables:
#   $date (String) - first day another change is possible, formatted
reason-recent-change = You changed your plan recently. Your next change is possible from { $date }.
reason-pending-change = A change is already scheduled. Cancel it to choose another plan.
reason-insufficient-balance = Your balance is too low. Top up to buy this.
reason-current-plan = This is your plan.

## Review, contract summary and confirmation.

tariff-review-title = Review and confirm
tariff-when = When should the change take effect?
tariff-when-now = Now
# Variables:
#   $amount (String) - formatted amount
#   $days (Number) - days left in the billing period
tariff-charge-now =
    { $days ->
        [one] { $amount } added to your next bill, for today, the last day of this period
       *[other] { $amount } added to your next bill, for the { $days } days from today to the end of this period
    }
# Variables:
#   $amount (String) - formatted amount
#   $days (Number) - days left in the billing period
tariff-credit-now =
    { $days ->
        [one] { $amount } off your next bill, for today, the last day of this period
       *[other] { $amount } off your next bill, for the { $days } days from today to the end of this period
    }
# A one-off amount and where it goes (no days: an add-on, or the receipt).
# Variables:
#   $amount (String) - formatted amount
tariff-bill-charge = { $amount } added to your next bill
# A one-off amount and where it goes (no days: an add-on, or the receipt).
# Variables:
#   $amount (String) - formatted amount
tariff-bill-credit = { $amount } off your next bill
# A one-off amount and where it goes (no days: an add-on, or the receipt).
# Variables:
#   $amount (String) - formatted amount
tariff-balance-charge = { $amount } taken from your balance
tariff-nothing-now = Nothing to pay now
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-more-month = { $amount } more a month
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-less-month = { $amount } less a month
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-more-period = { $amount } more per 30 days
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-less-period = { $amount } less per 30 days
tariff-same-price = The same price as your plan
# Variables:
#   $date (String) - first day of the next period, formatted
tariff-when-next = At the next period, from { $date }, with nothing to pay now
tariff-summary-title = Contract summary
tariff-summary-service = Service
tariff-summary-price = Price
tariff-summary-difference = Difference from your plan
tariff-summary-one-time = One-off amount
tariff-summary-start = Starts
tariff-summary-duration = Duration
tariff-summary-renewal = Renewal and ending
tariff-summary-speeds = Maximum speeds
tariff-summary-allowances = Included
tariff-renewal-postpaid = Renews each month. Once any commitment is over, you can end it with one month's notice.
tariff-renewal-prepaid = No automatic renewal: you buy each 30-day period.
tariff-renewal-addon = Ends automatically when its validity is over.
# Variables:
#   $data (String) - data allowance
#   $calls (String) - calls allowance
#   $texts (String) - texts allowance
#   $roaming (String) - roaming data allowance
tariff-allowances = Data: { $data }. Calls: { $calls }. Texts: { $texts }. Roaming data: { $roaming }.
tariff-consent = I have read the contract summary and I agree to place this order.
tariff-confirm = Confirm order
tariff-confirming = Placing your order…
tariff-receipt-title = Order confirmed
tariff-receipt-reference = Order reference
tariff-receipt-effective = Takes effect
tariff-receipt-monthly = New price
# Variables:
#   $date (String) - the day the change takes effect, formatted
tariff-receipt-scheduled = Your new plan starts on { $date }. You can cancel the change until then.
tariff-receipt-done = Done: it is already on your line.
