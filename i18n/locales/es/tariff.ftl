### Cambio de tarifa y bonos: ofertas, comparación, resumen del contrato, confirmación y justificante.

tariff-back = Volver a mi consumo
tariff-back-to-list = Volver a las ofertas
tariff-plans-title = Cambiar de tarifa
tariff-addons-title = Añadir datos o roaming
# Variables:
#   $plan (String) - the current plan's name
tariff-current = Tu tarifa: { $plan }
tariff-show-all = Ver también las que no puedo contratar
tariff-none = No hay otras tarifas disponibles para esta línea.
tariff-none-addons = No hay bonos disponibles para esta línea.
# Variables:
#   $price (String) - formatted amount
tariff-price-month = { $price }/mes
# Variables:
#   $price (String) - formatted amount
tariff-price-period = { $price } cada 30 días
# Variables:
#   $price (String) - formatted amount
tariff-price-once = { $price } (pago único)
# A price or a difference while a promotion lasts, then after it.
# Variables:
#   $first (String) - during the promotion (a price or a difference, with its period)
#   $months (Number) - how many months the promotion lasts
#   $after (String) - after the promotion (a price or a difference, with its period)
tariff-then =
    { $months ->
        [one] { $first } el primer mes, después { $after }
        [many] { $first } durante { $months } de meses, después { $after }
       *[other] { $first } durante { $months } meses, después { $after }
    }
tariff-term-none = Sin permanencia
# Variables:
#   $months (Number) - length of the commitment
tariff-term =
    { $months ->
        [one] Permanencia de { $months } mes
        [many] Permanencia de { $months } de meses
       *[other] Permanencia de { $months } meses
    }
tariff-unlimited = Sin límite
tariff-not-included = No incluido
# Variables:
#   $days (Number) - how long an add-on lasts
tariff-validity =
    { $days ->
        [one] Validez: { $days } día
        [many] Validez: { $days } de días
       *[other] Validez: { $days } días
    }
tariff-compare = Comparar
tariff-choose = Elegir
    .aria-label = Elegir { $plan }
tariff-buy = Contratar
    .aria-label = Contratar { $plan }
tariff-unavailable = Por qué no está disponible
tariff-comparison = Frente a tu tarifa
tariff-col-current = Tu tarifa
tariff-row-price = Precio
tariff-row-data = Datos
tariff-row-calls = Llamadas
tariff-row-texts = SMS
tariff-row-roaming = Datos en roaming
tariff-row-term = Permanencia
tariff-row-speed = Velocidad
tariff-row-gained = Lo que ganas
tariff-row-lost = Lo que pierdes
tariff-nothing = Nada
# Variables:
#   $down (Number) - maximum download speed
#   $up (Number) - maximum upload speed
tariff-speed = { $down } Mbit/s de bajada, { $up } Mbit/s de subida

## Por qué no se puede contratar una oferta (ids del servidor).

# Variables:
#   $date (String) - the day the commitment ends, formatted
reason-commitment = Tu permanencia termina el { $date }. Hasta entonces, solo puedes cambiar a una tarifa del mismo precio o superior.
reason-unpaid-bill = Tienes una factura pendiente de pago. Págala para cambiar de tarifa o contratar bonos.
reason-business-only = Solo para clientes de empresa.
reason-consumer-only = Solo para clientes particulares.
reason-not-online = No disponible online: pregunta en una tienda.
reason-not-in-shops = No disponible en tiendas: solo en nuestra web.
reason-not-with-partner = No se vende aquí: pregunta a tu operador.
reason-payment-change = En tu país no se puede pasar de prepago a contrato ni al revés.
# Variables:
#   $date (String) - first day another change is possible, formatted
reason-recent-change = Has cambiado de tarifa hace poco. Podrás volver a cambiar a partir del { $date }.
reason-pending-change = Ya tienes un cambio programado. Cancélalo para elegir otra tarifa.
reason-insufficient-balance = No tienes saldo suficiente. Recarga para poder contratarlo.
reason-current-plan = Es tu tarifa actual.

## Revisión, resumen del contrato y confirmación.

tariff-review-title = Revisar y confirmar
tariff-when = ¿Cuándo quieres que se aplique el cambio?
tariff-when-now = Ahora
# Variables:
#   $amount (String) - formatted amount
#   $days (Number) - days left in the billing period
tariff-charge-now =
    { $days ->
        [one] Cargo de { $amount } en tu próxima factura, por hoy, último día de este periodo
        [many] Cargo de { $amount } en tu próxima factura, por los { $days } de días desde hoy hasta el final de este periodo
       *[other] Cargo de { $amount } en tu próxima factura, por los { $days } días desde hoy hasta el final de este periodo
    }
# Variables:
#   $amount (String) - formatted amount
#   $days (Number) - days left in the billing period
tariff-credit-now =
    { $days ->
        [one] Descuento de { $amount } en tu próxima factura, por hoy, último día de este periodo
        [many] Descuento de { $amount } en tu próxima factura, por los { $days } de días desde hoy hasta el final de este periodo
       *[other] Descuento de { $amount } en tu próxima factura, por los { $days } días desde hoy hasta el final de este periodo
    }
# A one-off amount and where it goes (no days: an add-on, or the receipt).
# Variables:
#   $amount (String) - formatted amount
tariff-bill-charge = Cargo de { $amount } en tu próxima factura
# A one-off amount and where it goes (no days: an add-on, or the receipt).
# Variables:
#   $amount (String) - formatted amount
tariff-bill-credit = Descuento de { $amount } en tu próxima factura
# A one-off amount and where it goes (no days: an add-on, or the receipt).
# Variables:
#   $amount (String) - formatted amount
tariff-balance-charge = Se descuenta de tu saldo: { $amount }
tariff-nothing-now = Nada que pagar ahora
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-more-month = { $amount } más al mes
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-less-month = { $amount } menos al mes
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-more-period = { $amount } más cada 30 días
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-less-period = { $amount } menos cada 30 días
tariff-same-price = Mismo precio que tu tarifa
# Variables:
#   $date (String) - first day of the next period, formatted
tariff-when-next = En el próximo periodo, a partir del { $date }, sin pagar nada ahora
tariff-summary-title = Resumen del contrato
tariff-summary-service = Servicio
tariff-summary-price = Precio
tariff-summary-difference = Diferencia con tu tarifa
tariff-summary-one-time = Pago único
tariff-summary-start = Inicio
tariff-summary-duration = Duración
tariff-summary-renewal = Renovación y baja
tariff-summary-speeds = Velocidades máximas
tariff-summary-allowances = Incluye
tariff-renewal-postpaid = Se renueva cada mes. Cuando termine la permanencia, si la hay, puedes darte de baja con un mes de preaviso.
tariff-renewal-prepaid = Sin renovación automática: compras cada periodo de 30 días.
tariff-renewal-addon = Termina automáticamente cuando acaba su validez.
# Variables:
#   $data (String) - data allowance
#   $calls (String) - calls allowance
#   $texts (String) - texts allowance
#   $roaming (String) - roaming data allowance
tariff-allowances = Datos: { $data }. Llamadas: { $calls }. SMS: { $texts }. Datos en roaming: { $roaming }.
tariff-consent = He leído el resumen del contrato y acepto hacer este pedido.
tariff-confirm = Confirmar pedido
tariff-confirming = Enviando tu pedido…
tariff-receipt-title = Pedido confirmado
tariff-receipt-reference = Referencia del pedido
tariff-receipt-effective = Se aplica
tariff-receipt-monthly = Nuevo precio
# Variables:
#   $date (String) - the day the change takes effect, formatted
tariff-receipt-scheduled = Tu nueva tarifa empieza el { $date }. Hasta entonces, puedes cancelar el cambio.
tariff-receipt-done = Listo: ya está activo en tu línea.
