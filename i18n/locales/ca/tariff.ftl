### Canvi de tarifa i bons: ofertes, comparació, resum del contracte, confirmació i comprovant.

tariff-back = Torna al meu consum
tariff-back-to-list = Torna a les ofertes
tariff-plans-title = Canvia de tarifa
tariff-addons-title = Afegeix dades o itinerància
# Variables:
#   $plan (String) - the current plan's name
tariff-current = La teva tarifa: { $plan }
tariff-show-all = Mostra també les que no puc contractar
tariff-none = No hi ha cap altra tarifa disponible per a aquesta línia.
tariff-none-addons = No hi ha cap bo disponible per a aquesta línia.
# Variables:
#   $price (String) - formatted amount
tariff-price-month = { $price }/mes
# Variables:
#   $price (String) - formatted amount
tariff-price-period = { $price } cada 30 dies
# Variables:
#   $price (String) - formatted amount
tariff-price-once = { $price } (pagament únic)
# A price or a difference while a promotion lasts, then after it.
# Variables:
#   $first (String) - during the promotion (a price or a difference, with its period)
#   $months (Number) - how many months the promotion lasts
#   $after (String) - after the promotion (a price or a difference, with its period)
tariff-then =
    { $months ->
        [one] { $first } el primer mes, després { $after }
        [many] { $first } durant { $months } de mesos, després { $after }
       *[other] { $first } durant { $months } mesos, després { $after }
    }
tariff-term-none = Sense permanència
# Variables:
#   $months (Number) - length of the commitment
tariff-term =
    { $months ->
        [one] Permanència d’{ $months } mes
        [many] Permanència de { $months } de mesos
       *[other] Permanència de { $months } mesos
    }
tariff-unlimited = Sense límit
tariff-not-included = No inclòs
# Variables:
#   $days (Number) - how long an add-on lasts
tariff-validity =
    { $days ->
        [one] Validesa: { $days } dia
        [many] Validesa: { $days } de dies
       *[other] Validesa: { $days } dies
    }
tariff-compare = Compara
tariff-choose = Tria
    .aria-label = Tria { $plan }
tariff-buy = Contracta
    .aria-label = Contracta { $plan }
tariff-unavailable = Per què no està disponible
tariff-comparison = Comparació amb la teva tarifa
tariff-col-current = La teva tarifa
tariff-row-price = Preu
tariff-row-data = Dades
tariff-row-calls = Trucades
tariff-row-texts = SMS
tariff-row-roaming = Dades en itinerància
tariff-row-term = Permanència
tariff-row-speed = Velocitat
tariff-row-gained = El que hi guanyes
tariff-row-lost = El que hi perds
tariff-nothing = Res
# Variables:
#   $down (Number) - maximum download speed
#   $up (Number) - maximum upload speed
tariff-speed = { $down } Mbit/s de baixada, { $up } Mbit/s de pujada

## Per què no es pot contractar una oferta (ids del servidor).

# Variables:
#   $date (String) - the day the commitment ends, formatted
reason-commitment = La teva permanència s’acaba el dia { $date }. Fins aleshores, només pots canviar a una tarifa del mateix preu o superior.
reason-unpaid-bill = Tens una factura pendent de pagament. Paga-la per canviar de tarifa o contractar bons.
reason-business-only = Només per a clients d’empresa.
reason-consumer-only = Només per a clients particulars.
reason-not-online = No disponible en línia: pregunta-ho a una botiga.
reason-not-in-shops = No disponible a les botigues: només al nostre web.
reason-not-with-partner = No es ven aquí: pregunta-ho al teu operador.
reason-payment-change = Al teu país no es pot passar de prepagament a contracte ni a l’inrevés.
# Variables:
#   $date (String) - first day another change is possible, formatted
reason-recent-change = Has canviat de tarifa fa poc. Podràs tornar a canviar a partir del dia { $date }.
reason-pending-change = Ja tens un canvi programat. Cancel·la’l per triar una altra tarifa.
reason-insufficient-balance = No tens prou saldo. Recarrega per poder-lo contractar.
reason-current-plan = És la teva tarifa actual.

## Revisió, resum del contracte i confirmació.

tariff-review-title = Revisa i confirma
tariff-when = Quan vols que s’apliqui el canvi?
tariff-when-now = Ara
# Variables:
#   $amount (String) - formatted amount
#   $days (Number) - days left in the billing period
tariff-charge-now =
    { $days ->
        [one] Càrrec a la propera factura: { $amount }, per avui, últim dia d’aquest període
        [many] Càrrec a la propera factura: { $amount }, pels { $days } de dies des d’avui fins al final d’aquest període
       *[other] Càrrec a la propera factura: { $amount }, pels { $days } dies des d’avui fins al final d’aquest període
    }
# Variables:
#   $amount (String) - formatted amount
#   $days (Number) - days left in the billing period
tariff-credit-now =
    { $days ->
        [one] Descompte a la propera factura: { $amount }, per avui, últim dia d’aquest període
        [many] Descompte a la propera factura: { $amount }, pels { $days } de dies des d’avui fins al final d’aquest període
       *[other] Descompte a la propera factura: { $amount }, pels { $days } dies des d’avui fins al final d’aquest període
    }
# A one-off amount and where it goes (no days: an add-on, or the receipt).
# Variables:
#   $amount (String) - formatted amount
tariff-bill-charge = Càrrec a la propera factura: { $amount }
# A one-off amount and where it goes (no days: an add-on, or the receipt).
# Variables:
#   $amount (String) - formatted amount
tariff-bill-credit = Descompte a la propera factura: { $amount }
# A one-off amount and where it goes (no days: an add-on, or the receipt).
# Variables:
#   $amount (String) - formatted amount
tariff-balance-charge = Es descompta del saldo: { $amount }
tariff-nothing-now = Res a pagar ara
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-more-month = { $amount } més al mes
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-less-month = { $amount } menys al mes
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-more-period = { $amount } més cada 30 dies
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-less-period = { $amount } menys cada 30 dies
tariff-same-price = El mateix preu que la teva tarifa
# Variables:
#   $date (String) - first day of the next period, formatted
tariff-when-next = Al pròxim període, a partir del dia { $date }, sense pagar res ara
tariff-summary-title = Resum del contracte
tariff-summary-service = Servei
tariff-summary-price = Preu
tariff-summary-difference = Diferència amb la teva tarifa
tariff-summary-one-time = Pagament únic
tariff-summary-start = Inici
tariff-summary-duration = Durada
tariff-summary-renewal = Renovació i baixa
tariff-summary-speeds = Velocitats màximes
tariff-summary-allowances = Inclou
tariff-renewal-postpaid = Es renova cada mes. Quan s’acabi la permanència, si n’hi ha, et pots donar de baixa amb un mes de preavís.
tariff-renewal-prepaid = Sense renovació automàtica: compres cada període de 30 dies.
tariff-renewal-addon = S’acaba automàticament quan n’acaba la validesa.
# Variables:
#   $data (String) - data allowance
#   $calls (String) - calls allowance
#   $texts (String) - texts allowance
#   $roaming (String) - roaming data allowance
tariff-allowances = Dades: { $data }. Trucades: { $calls }. SMS: { $texts }. Dades en itinerància: { $roaming }.
tariff-consent = He llegit el resum del contracte i accepto fer aquesta comanda.
tariff-confirm = Confirma la comanda
tariff-confirming = S’està enviant la comanda…
tariff-receipt-title = Comanda confirmada
tariff-receipt-reference = Referència de la comanda
tariff-receipt-effective = S’aplica
tariff-receipt-monthly = Preu nou
# Variables:
#   $date (String) - the day the change takes effect, formatted
tariff-receipt-scheduled = La teva nova tarifa comença el dia { $date }. Fins aleshores, pots cancel·lar el canvi.
tariff-receipt-done = Fet: ja està actiu a la teva línia.
