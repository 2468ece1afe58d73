### Tariff change and add-ons: offers, comparison, contract summary, confirmation, receipt.

tariff-change-plan = Change plan
tariff-buy-addon = Add data or roaming
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
tariff-price-period = { $price } for 30 days
# Variables:
#   $price (String) - formatted amount
tariff-price-once = { $price } once
# Variables:
#   $price (String) - formatted promotional amount
#   $months (Number) - how many months the promotion lasts
tariff-promo =
    { $months ->
        [one] Offer: { $price } the first month
       *[other] Offer: { $price } a month for { $months } months
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
tariff-comparison = Your plan compared
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
        [one] { $amount } charged for the last day of this period
       *[other] { $amount } charged for the { $days } days left in this period
    }
# Variables:
#   $amount (String) - formatted amount
#   $days (Number) - days left in the billing period
tariff-credit-now =
    { $days ->
        [one] { $amount } credited for the last day of this period
       *[other] { $amount } credited for the { $days } days left in this period
    }
# Variables:
#   $date (String) - first day of the next period, formatted
tariff-when-next = At the next period, from { $date }, with nothing to pay now
tariff-summary-title = Contract summary
tariff-summary-service = Service
tariff-summary-price = Price
tariff-summary-difference = Difference from your plan
tariff-summary-one-time = To pay now
tariff-summary-start = Starts
tariff-summary-duration = Duration
tariff-summary-renewal = Renewal and ending
tariff-summary-speeds = Maximum speeds
tariff-summary-allowances = Included
tariff-renewal-postpaid = Renews each month. Once any commitment is over, you can end it with one month's notice.
tariff-renewal-prepaid = Does not renew by itself: you buy each 30-day period.
tariff-renewal-addon = Ends by itself at the end of its validity.
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
tariff-receipt-one-time = Charged once
tariff-receipt-monthly = New price
# Variables:
#   $date (String) - the day the change takes effect, formatted
tariff-receipt-scheduled = Your new plan starts on { $date }. You can cancel the change until then.
tariff-receipt-done = Done: it is already on your line.
# Variables:
#   $plan (String) - the plan's name
#   $date (String) - the day it takes effect, formatted
tariff-pending = Change to { $plan } scheduled for { $date }.
tariff-pending-cancel = Cancel this change
