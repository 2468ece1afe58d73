### Usage views: the current cycle, daily use, history and the contract.

usage-title = My usage
usage-line-picker = Line
# Variables:
#   $plan (String) - the plan's name from the catalogue
#   $ending (String) - the last four digits of the phone number
usage-line-option = { $plan }, number ending { $ending }
# Variables:
#   $start (String) - first day of the billing period, formatted
#   $end (String) - last day of the billing period, formatted
usage-cycle = Billing period { $start } to { $end }
# Variables:
#   $days (Number) - days until the period ends
usage-days-left =
    { $days ->
        [0] Last day of the period
        [one] { $days } day left
       *[other] { $days } days left
    }

usage-type-data = Data
usage-type-voice = Calls
usage-type-sms = Texts
usage-type-roaming-data = Roaming data

# Variables:
#   $used (String) - amount used, formatted with its unit
#   $allowance (String) - the allowance, formatted with its unit
usage-used-of-quantity = { $used } used of { $allowance }
# Variables:
#   $remaining (String) - amount left, formatted with its unit
usage-remaining-quantity = { $remaining } left
usage-remaining-none = Nothing left
# Variables:
#   $used (String) - amount used, formatted with its unit
usage-used-unlimited-quantity = { $used } used, unlimited
# Variables:
#   $used (Number) - texts sent
#   $allowance (Number) - texts included
usage-used-of-texts =
    { $allowance ->
        [one] { $used } of { $allowance } text used
       *[other] { $used } of { $allowance } texts used
    }
# Variables:
#   $remaining (Number) - texts left
usage-remaining-texts =
    { $remaining ->
        [one] { $remaining } text left
       *[other] { $remaining } texts left
    }
# Variables:
#   $used (Number) - texts sent
usage-used-unlimited-texts =
    { $used ->
        [one] { $used } text sent, unlimited
       *[other] { $used } texts sent, unlimited
    }
usage-unlimited = Unlimited
# Variables:
#   $lines (Number) - how many lines share the allowance
usage-shared =
    { $lines ->
        [one] Shared
       *[other] Shared by { $lines } lines
    }
usage-addon = Add-on
# Variables:
#   $date (String) - last day of validity, formatted
usage-valid-until = Valid until { $date }
# Variables:
#   $percent (String) - the share used, formatted as a percentage
usage-warning = { $percent } of this allowance is used.
usage-exhausted = This allowance is used up.
# Variables:
#   $date (String) - the day the allowance would run out, formatted
usage-runs-out = At this pace, it runs out on { $date }.
usage-on-track = At this pace, it lasts until the end of the period.

usage-daily-title = Data used each day
# Variables:
#   $max (String) - the largest daily amount, formatted with its unit
#   $day (String) - the day of that amount, formatted
usage-daily-summary = Highest: { $max } on { $day }
usage-daily-show-table = Show as a table
usage-daily-hide-table = Hide the table
usage-daily-caption = Use each day this period
usage-col-day = Day
usage-col-data = Data
usage-col-calls = Calls
usage-col-texts = Texts
usage-col-period = Period
usage-daily-empty = No use recorded yet this period.

usage-history-title = Previous periods
# Variables:
#   $start (String) - first day, formatted
#   $end (String) - last day, formatted
usage-history-period = { $start } to { $end }
usage-history-empty = No previous period yet.

usage-contract-title = My contract
usage-contract-plan = Plan
usage-contract-monthly-price = Monthly price
usage-contract-period-price = Price per period
usage-contract-start = Customer since
usage-contract-commitment = Commitment ends
usage-contract-no-commitment = No commitment
usage-contract-renewal = Renewal
usage-renewal-monthly = Continues month by month
usage-renewal-none = Prepaid: top up to continue
usage-balance-title = Prepaid balance
# Variables:
#   $date (String) - the day the balance expires, formatted
usage-balance-expires = Use it by { $date }
usage-top-up = Top up
# A button beside the balance: opens the chat, where the assistant takes a recharge card's code.
usage-top-up-card = Use a recharge card

## Partner access: partners (resellers, business partners' portals) who may act for the customer.

partners-title = Partner access
partners-intro = A partner, such as a reseller, can see your account or act for you only with a code you give them. Their access lasts 30 days, and you can withdraw it at any time.
partners-granted = Partners who can act for you
partners-none = No partner can act for you.
# Variables:
#   $date (String) - the last day of the partner's access, formatted
partners-until = Until { $date }
partners-withdraw = Withdraw access
    .aria-label = Withdraw access for { $partner }
# Variables:
#   $partner (String) - the partner's name
partners-withdraw-ask = Withdraw the access of { $partner }? It will no longer be able to act for you.
partners-withdraw-yes = Yes, withdraw it
partners-withdraw-keep = No, keep it
# Variables:
#   $partner (String) - the partner's name
partners-withdrawn = { $partner } can no longer act for you.
partners-new = Give a partner access
partners-partner = Partner
partners-scopes = What they may do for you
partners-scope-usage = See your usage
partners-scope-plans = See the plans you can change to
partners-scope-order = Change your plan and add-ons
partners-scope-reserve = Reserve devices in shops
partners-choose = Tick at least one thing the partner may do for you.
partners-get-code = Get a consent code
# Variables:
#   $partner (String) - the partner's name
partners-code-for = Read this code to { $partner }:
partners-code-help = It works once, within 10 minutes. Never give it to anyone else.
partners-done = Done

## A plan change from the usage view: its buttons, and the notice of a change to come.

tariff-change-plan = Change plan
tariff-buy-addon = Add data or roaming
# Variables:
#   $plan (String) - the plan's name
#   $date (String) - the day it takes effect, formatted
tariff-pending = Change to { $plan } scheduled for { $date }.
tariff-pending-cancel = Cancel this change
# Variables:
#   $plan (String) - the plan's name
tariff-pending-ask = Cancel the change to { $plan }? You stay on your current plan.
tariff-pending-yes = Yes, cancel the change
tariff-pending-keep = No, keep it
# Variables:
#   $plan (String) - the plan's name
tariff-pending-cancelled = The change to { $plan } is cancelled. You stay on your current plan.
