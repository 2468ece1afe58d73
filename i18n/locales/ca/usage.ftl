### Consum: període actual, ús diari, historial i contracte.

usage-title = El meu consum
usage-line-picker = Línia
# Variables:
#   $plan (String) - the plan's name from the catalogue
#   $ending (String) - the last four digits of the phone number
usage-line-option = { $plan }, acabat en { $ending }
# Variables:
#   $start (String) - first day of the billing period, formatted
#   $end (String) - last day of the billing period, formatted
usage-cycle = Període de facturació: { $start } – { $end }
# Variables:
#   $days (Number) - days until the period ends
usage-days-left =
    { $days ->
        [0] Últim dia del període
        [one] Queda { $days } dia
        [many] Queden { $days } de dies
       *[other] Queden { $days } dies
    }

usage-type-data = Dades
usage-type-voice = Trucades
usage-type-sms = SMS
usage-type-roaming-data = Dades en itinerància

# Variables:
#   $used (String) - amount used, formatted with its unit
#   $allowance (String) - the allowance, formatted with its unit
usage-used-of-quantity = Has fet servir { $used } de { $allowance }
# Variables:
#   $remaining (String) - amount left, formatted with its unit
usage-remaining-quantity = Disponible: { $remaining }
usage-remaining-none = No et queda res
# Variables:
#   $used (String) - amount used, formatted with its unit
usage-used-unlimited-quantity = Has fet servir { $used }, sense límit
# Variables:
#   $used (Number) - texts sent
#   $allowance (Number) - texts included
usage-used-of-texts =
    { $allowance ->
        [one] { $used } d’{ $allowance } SMS enviat
        [many] { $used } de { $allowance } d’SMS enviats
       *[other] { $used } de { $allowance } SMS enviats
    }
# Variables:
#   $remaining (Number) - texts left
usage-remaining-texts =
    { $remaining ->
        [one] Queda { $remaining } SMS
        [many] Queden { $remaining } d’SMS
       *[other] Queden { $remaining } SMS
    }
# Variables:
#   $used (Number) - texts sent
usage-used-unlimited-texts =
    { $used ->
        [one] { $used } SMS enviat, sense límit
        [many] { $used } d’SMS enviats, sense límit
       *[other] { $used } SMS enviats, sense límit
    }
usage-unlimited = Sense límit
# Variables:
#   $lines (Number) - how many lines share the allowance
usage-shared =
    { $lines ->
        [one] Compartit
        [many] Compartit entre { $lines } de línies
       *[other] Compartit entre { $lines } línies
    }
usage-addon = Bo
# Variables:
#   $date (String) - last day of validity, formatted
usage-valid-until = Vàlid fins al dia { $date }
# Variables:
#   $percent (String) - the share used, formatted as a percentage
usage-warning = Has fet servir el { $percent } del que tens inclòs.
usage-exhausted = Ja has esgotat tot el que tens inclòs.
# Variables:
#   $date (String) - the day the allowance would run out, formatted
usage-runs-out = A aquest ritme, s’esgotarà el dia { $date }.
usage-on-track = A aquest ritme, et durarà fins al final del període.

usage-daily-title = Dades consumides cada dia
# Variables:
#   $max (String) - the largest daily amount, formatted with its unit
#   $day (String) - the day of that amount, formatted
usage-daily-summary = Màxim: { $max } el dia { $day }
usage-daily-show-table = Mostra-ho en una taula
usage-daily-hide-table = Amaga la taula
usage-daily-caption = Consum de cada dia d’aquest període
usage-col-day = Dia
usage-col-data = Dades
usage-col-calls = Trucades
usage-col-texts = SMS
usage-col-period = Període
usage-daily-empty = Encara no hi ha consum en aquest període.

usage-history-title = Períodes anteriors
# Variables:
#   $start (String) - first day, formatted
#   $end (String) - last day, formatted
usage-history-period = { $start } – { $end }
usage-history-empty = Encara no hi ha cap període anterior.

usage-contract-title = El meu contracte
usage-contract-plan = Tarifa
usage-contract-monthly-price = Preu mensual
usage-contract-period-price = Preu per període
usage-contract-start = Client des de
usage-contract-commitment = Final de la permanència
usage-contract-no-commitment = Sense permanència
usage-contract-renewal = Renovació
usage-renewal-monthly = Es renova cada mes
usage-renewal-none = Prepagament: recarrega per continuar
usage-balance-title = Saldo de prepagament
# Variables:
#   $date (String) - the day the balance expires, formatted
usage-balance-expires = Fes-lo servir fins al dia { $date }
usage-top-up = Recarrega
# A button beside the balance: opens the chat, where the assistant takes a recharge card's code.
usage-top-up-card = Usa targeta de recàrrega

## Accés de col·laboradors: col·laboradors (distribuïdors, portals d’empreses) que poden actuar en nom del client.

partners-title = Accés de col·laboradors
partners-intro = Un col·laborador, com ara un distribuïdor, només pot veure el teu compte o actuar en nom teu amb un codi que li donis tu. L’accés dura 30 dies i el pots retirar quan vulguis.
partners-granted = Col·laboradors que poden actuar en nom teu
partners-none = Cap col·laborador no pot actuar en nom teu.
# Variables:
#   $date (String) - the last day of the partner's access, formatted
partners-until = Fins al dia { $date }
partners-withdraw = Retira l’accés
    .aria-label = Retira l’accés a { $partner }
# Variables:
#   $partner (String) - the partner's name
partners-withdraw-ask = Vols retirar l’accés a { $partner }? Ja no podrà actuar en nom teu.
partners-withdraw-yes = Sí, retira’l
partners-withdraw-keep = No, mantén-lo
# Variables:
#   $partner (String) - the partner's name
partners-withdrawn = { $partner } ja no pot actuar en nom teu.
partners-new = Dona accés a un col·laborador
partners-partner = Col·laborador
partners-scopes = Què pot fer per tu
partners-scope-usage = Veure el teu consum
partners-scope-plans = Veure les tarifes a què pots canviar
partners-scope-order = Canviar la tarifa i els bons
partners-scope-reserve = Reservar dispositius a les botigues
partners-choose = Marca almenys una cosa que el col·laborador pugui fer per tu.
partners-get-code = Obtén un codi d’autorització
# Variables:
#   $partner (String) - the partner's name
partners-code-for = Digues aquest codi a { $partner }:
partners-code-help = Només serveix una vegada i durant 10 minuts. No el donis a ningú més.
partners-done = Fet

## A plan change from the usage view: its buttons, and the notice of a change to come.

tariff-change-plan = Canvia de tarifa
tariff-buy-addon = Afegeix dades o itinerància
# Variables:
#   $plan (String) - the plan's name
#   $date (String) - the day it takes effect, formatted
tariff-pending = Canvi a { $plan } programat per al dia { $date }.
tariff-pending-cancel = Cancel·la aquest canvi
# Variables:
#   $plan (String) - the plan's name
tariff-pending-ask = Vols cancel·lar el canvi a { $plan }? Continuaràs amb la teva tarifa actual.
tariff-pending-yes = Sí, cancel·la el canvi
tariff-pending-keep = No, mantén-lo
# Variables:
#   $plan (String) - the plan's name
tariff-pending-cancelled = S’ha cancel·lat el canvi a { $plan }. Continues amb la teva tarifa actual.
