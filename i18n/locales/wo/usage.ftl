### Usage views: the current cycle, daily use, history and the contract.

usage-title = Li ma jëfandikoo
usage-line-picker = Nimero
# Variables:
#   $plan (String) - the plan's name from the catalogue
#   $ending (String) - the last four digits of the phone number
usage-line-option = { $plan }, nimero bu jeexe ci { $ending }
# Variables:
#   $start (String) - first day of the billing period, formatted
#   $end (String) - last day of the billing period, formatted
usage-cycle = Période { $start } ba { $end }
# Variables:
#   $days (Number) - days until the period ends
usage-days-left =
    { $days ->
        [0] Bés bu mujj ci période bi
       *[other] Des na { $days } fan
    }

usage-type-data = Internet
usage-type-voice = Woote
usage-type-sms = SMS
usage-type-roaming-data = Internet ci bitim-réew

# Variables:
#   $used (String) - amount used, formatted with its unit
#   $allowance (String) - the allowance, formatted with its unit
usage-used-of-quantity = Jëfandikoo nga { $used } ci { $allowance }
# Variables:
#   $remaining (String) - amount left, formatted with its unit
usage-remaining-quantity = Des na { $remaining }
usage-remaining-none = Dara desul
# Variables:
#   $used (String) - amount used, formatted with its unit
usage-used-unlimited-quantity = Jëfandikoo nga { $used }, illimité
# Variables:
#   $used (Number) - texts sent
#   $allowance (Number) - texts included
usage-used-of-texts =
    { $allowance ->
       *[other] Yónne nga { $used } SMS ci { $allowance }
    }
# Variables:
#   $remaining (Number) - texts left
usage-remaining-texts =
    { $remaining ->
       *[other] Des na { $remaining } SMS
    }
# Variables:
#   $used (Number) - texts sent
usage-used-unlimited-texts =
    { $used ->
       *[other] Yónne nga { $used } SMS, illimité
    }
usage-unlimited = Illimité
# Variables:
#   $lines (Number) - how many lines share the allowance
usage-shared =
    { $lines ->
       *[other] { $lines } nimero ñoo ko bokk
    }
usage-addon = Pass
# Variables:
#   $date (String) - last day of validity, formatted
usage-valid-until = Day dox ba { $date }
# Variables:
#   $percent (String) - the share used, formatted as a percentage
usage-warning = { $percent } ci lii jeex na.
usage-exhausted = Lii jeex na lépp.
# Variables:
#   $date (String) - the day the allowance would run out, formatted
usage-runs-out = Su dee nii ngay wéy, dina jeex ci { $date }.
usage-on-track = Su dee nii ngay wéy, dina mat ba période bi jeex.

usage-daily-title = Internet bi nga jëfandikoo bés bu nekk
# Variables:
#   $max (String) - the largest daily amount, formatted with its unit
#   $day (String) - the day of that amount, formatted
usage-daily-summary = Li gën a bari: { $max } ci { $day }
usage-daily-show-table = Wone ko ci tableau
usage-daily-hide-table = Nëbb tableau bi
usage-daily-caption = Li nga jëfandikoo bés bu nekk ci période bii
usage-col-day = Bés
usage-col-data = Internet
usage-col-calls = Woote
usage-col-texts = SMS
usage-col-period = Période
usage-daily-empty = Amagul dara lu ñu bind ci période bii.

usage-history-title = Période yi weesu
# Variables:
#   $start (String) - first day, formatted
#   $end (String) - last day, formatted
usage-history-period = { $start } ba { $end }
usage-history-empty = Amagul période bu weesu.

usage-contract-title = Sama contrat
usage-contract-plan = Forfait
usage-contract-monthly-price = Njëg ci weer
usage-contract-period-price = Njëg ci période
usage-contract-start = Kiliyaan dale ci
usage-contract-commitment = Engagement bi dina jeex
usage-contract-no-commitment = Amul engagement
usage-contract-renewal = Yeesal
usage-renewal-monthly = Day wéy weer ak weer
usage-renewal-none = Prépayé: yokkal crédit ngir wéy
usage-balance-title = Crédit prépayé
# Variables:
#   $date (String) - the day the balance expires, formatted
usage-balance-expires = Jëfandikool ko ba { $date }
usage-top-up = Yokk crédit
# A button beside the balance: opens the chat, where the assistant takes a recharge card's code.
usage-top-up-card = Jëfandikoo carte recharge

## Partner access: partners (resellers, business partners' portals) who may act for the customer.

partners-title = Sañ-sañu partenaire yi
partners-intro = Benn partenaire, niki benn revendeur, mënul xool sa kont walla def dara ci sa tur su dul ak code boo ko jox. Sañ-sañam day dox 30 fan, te mën nga ko dindi saa su la neexee.
partners-granted = Partenaire yi mën a jëf ci sa tur
partners-none = Amul benn partenaire bu mën a jëf ci sa tur.
# Variables:
#   $date (String) - the last day of the partner's access, formatted
partners-until = Ba { $date }
partners-withdraw = Dindi sañ-sañ bi
    .aria-label = Dindi sañ-sañu { $partner }
# Variables:
#   $partner (String) - the partner's name
partners-withdraw-ask = Ndax nu dindi sañ-sañu { $partner }? Dootul mën a jëf ci sa tur.
partners-withdraw-yes = Waaw, dindi ko
partners-withdraw-keep = Déedéet, bàyyi ko
# Variables:
#   $partner (String) - the partner's name
partners-withdrawn = { $partner } mënatul jëf ci sa tur.
partners-new = Jox benn partenaire sañ-sañ
partners-partner = Partenaire
partners-scopes = Li mu mën a def ci sa tur
partners-scope-usage = Xool li nga jëfandikoo
partners-scope-plans = Xool forfait yi nga mën a jël
partners-scope-order = Soppi sa forfait ak say pass
partners-scope-reserve = Réserver ay aparey ci bitig yi
partners-choose = Tànnal lu néew néew benn li partenaire bi mën a def ci sa tur.
partners-get-code = Jël code ngir nangu
# Variables:
#   $partner (String) - the partner's name
partners-code-for = Waxal { $partner } code bii:
partners-code-help = Benn yoon rekk lay dox, ci biir 10 minit. Bul ko jox keneen mukk.
partners-done = Baax na

## A plan change from the usage view: its buttons, and the notice of a change to come.

tariff-change-plan = Soppi forfait
tariff-buy-addon = Yokk internet walla roaming
# Variables:
#   $plan (String) - the plan's name
#   $date (String) - the day it takes effect, formatted
tariff-pending = Toxu ci { $plan } dina am ci { $date }.
tariff-pending-cancel = Neenal coppite bii
# Variables:
#   $plan (String) - the plan's name
tariff-pending-ask = Ndax nu neenal toxu ci { $plan }? Dinga des ci sa forfait bi nga am léegi.
tariff-pending-yes = Waaw, neenal coppite bi
tariff-pending-keep = Déedéet, bàyyi ko
# Variables:
#   $plan (String) - the plan's name
tariff-pending-cancelled = Neenal nanu toxu ci { $plan }. Yaa ngi des ci sa forfait bi nga am léegi.
