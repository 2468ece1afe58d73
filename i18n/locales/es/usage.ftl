### Consumo: periodo actual, uso diario, historial y contrato.

usage-title = Mi consumo
usage-line-picker = Línea
# Variables:
#   $plan (String) - the plan's name from the catalogue
#   $ending (String) - the last four digits of the phone number
usage-line-option = { $plan }, acabado en { $ending }
# Variables:
#   $start (String) - first day of the billing period, formatted
#   $end (String) - last day of the billing period, formatted
usage-cycle = Periodo de facturación: del { $start } al { $end }
# Variables:
#   $days (Number) - days until the period ends
usage-days-left =
    { $days ->
        [0] Último día del periodo
        [one] Queda { $days } día
        [many] Quedan { $days } de días
       *[other] Quedan { $days } días
    }

usage-type-data = Datos
usage-type-voice = Llamadas
usage-type-sms = SMS
usage-type-roaming-data = Datos en roaming

# Variables:
#   $used (String) - amount used, formatted with its unit
#   $allowance (String) - the allowance, formatted with its unit
usage-used-of-quantity = Has usado { $used } de { $allowance }
# Variables:
#   $remaining (String) - amount left, formatted with its unit
usage-remaining-quantity = Disponible: { $remaining }
usage-remaining-none = No te queda nada
# Variables:
#   $used (String) - amount used, formatted with its unit
usage-used-unlimited-quantity = Has usado { $used }, sin límite
# Variables:
#   $used (Number) - texts sent
#   $allowance (Number) - texts included
usage-used-of-texts =
    { $allowance ->
        [one] { $used } de { $allowance } SMS usado
        [many] { $used } de { $allowance } de SMS usados
       *[other] { $used } de { $allowance } SMS usados
    }
# Variables:
#   $remaining (Number) - texts left
usage-remaining-texts =
    { $remaining ->
        [one] Queda { $remaining } SMS
        [many] Quedan { $remaining } de SMS
       *[other] Quedan { $remaining } SMS
    }
# Variables:
#   $used (Number) - texts sent
usage-used-unlimited-texts =
    { $used ->
        [one] { $used } SMS enviado, sin límite
        [many] { $used } de SMS enviados, sin límite
       *[other] { $used } SMS enviados, sin límite
    }
usage-unlimited = Sin límite
# Variables:
#   $lines (Number) - how many lines share the allowance
usage-shared =
    { $lines ->
        [one] Compartido
        [many] Compartido entre { $lines } de líneas
       *[other] Compartido entre { $lines } líneas
    }
usage-addon = Bono
# Variables:
#   $date (String) - last day of validity, formatted
usage-valid-until = Válido hasta el { $date }
# Variables:
#   $percent (String) - the share used, formatted as a percentage
usage-warning = Has usado el { $percent } de lo incluido.
usage-exhausted = Ya has usado todo lo incluido.
# Variables:
#   $date (String) - the day the allowance would run out, formatted
usage-runs-out = A este ritmo, se te acabará el { $date }.
usage-on-track = A este ritmo, te llegará hasta el final del periodo.

usage-daily-title = Datos usados cada día
# Variables:
#   $max (String) - the largest daily amount, formatted with its unit
#   $day (String) - the day of that amount, formatted
usage-daily-summary = Máximo: { $max } el { $day }
usage-daily-show-table = Ver como tabla
usage-daily-hide-table = Ocultar la tabla
usage-daily-caption = Consumo de cada día de este periodo
usage-col-day = Día
usage-col-data = Datos
usage-col-calls = Llamadas
usage-col-texts = SMS
usage-col-period = Periodo
usage-daily-empty = Aún no hay consumo en este periodo.

usage-history-title = Periodos anteriores
# Variables:
#   $start (String) - first day, formatted
#   $end (String) - last day, formatted
usage-history-period = Del { $start } al { $end }
usage-history-empty = Aún no hay periodos anteriores.

usage-contract-title = Mi contrato
usage-contract-plan = Tarifa
usage-contract-monthly-price = Precio mensual
usage-contract-period-price = Precio por periodo
usage-contract-start = Cliente desde
usage-contract-commitment = Fin de permanencia
usage-contract-no-commitment = Sin permanencia
usage-contract-renewal = Renovación
usage-renewal-monthly = Se renueva cada mes
usage-renewal-none = Prepago: recarga para seguir
usage-balance-title = Saldo de prepago
# Variables:
#   $date (String) - the day the balance expires, formatted
usage-balance-expires = Úsalo hasta el { $date }
usage-top-up = Recargar
# A button beside the balance: opens the chat, where the assistant takes a recharge card's code.
usage-top-up-card = Usar tarjeta de recarga

## Acceso de colaboradores: colaboradores (distribuidores, portales de empresas) que pueden actuar en nombre del cliente.

partners-title = Acceso de colaboradores
partners-intro = Un colaborador, como un distribuidor, solo puede ver tu cuenta o actuar en tu nombre con un código que tú le des. Su acceso dura 30 días y puedes retirarlo cuando quieras.
partners-granted = Colaboradores que pueden actuar en tu nombre
partners-none = Ningún colaborador puede actuar en tu nombre.
# Variables:
#   $date (String) - the last day of the partner's access, formatted
partners-until = Hasta el { $date }
partners-withdraw = Retirar acceso
    .aria-label = Retirar el acceso a { $partner }
# Variables:
#   $partner (String) - the partner's name
partners-withdraw-ask = ¿Retirar el acceso a { $partner }? Ya no podrá actuar en tu nombre.
partners-withdraw-yes = Sí, retirarlo
partners-withdraw-keep = No, mantenerlo
# Variables:
#   $partner (String) - the partner's name
partners-withdrawn = { $partner } ya no puede actuar en tu nombre.
partners-new = Dar acceso a un colaborador
partners-partner = Colaborador
partners-scopes = Qué puede hacer por ti
partners-scope-usage = Ver tu consumo
partners-scope-plans = Ver las tarifas a las que puedes cambiar
partners-scope-order = Cambiar tu tarifa y tus bonos
partners-scope-reserve = Reservar dispositivos en tiendas
partners-choose = Marca al menos una cosa que el colaborador pueda hacer por ti.
partners-get-code = Obtener un código de autorización
# Variables:
#   $partner (String) - the partner's name
partners-code-for = Dile este código a { $partner }:
partners-code-help = Solo sirve una vez y durante 10 minutos. No se lo des a nadie más.
partners-done = Hecho

## A plan change from the usage view: its buttons, and the notice of a change to come.

tariff-change-plan = Cambiar de tarifa
tariff-buy-addon = Añadir datos o roaming
# Variables:
#   $plan (String) - the plan's name
#   $date (String) - the day it takes effect, formatted
tariff-pending = Cambio a { $plan } programado para el { $date }.
tariff-pending-cancel = Cancelar este cambio
# Variables:
#   $plan (String) - the plan's name
tariff-pending-ask = ¿Cancelar el cambio a { $plan }? Seguirás con tu tarifa actual.
tariff-pending-yes = Sí, cancelar el cambio
tariff-pending-keep = No, mantenerlo
# Variables:
#   $plan (String) - the plan's name
tariff-pending-cancelled = Se ha cancelado el cambio a { $plan }. Sigues con tu tarifa actual.
