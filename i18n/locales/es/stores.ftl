### Buscador de tiendas: lugares, productos, stock, horarios y reservas para recoger.

stores-title = Buscar tienda
stores-reserve-title = Reservar para recoger
stores-receipt-title = Reservado
stores-mine-title = Mis reservas
stores-back = Volver a las tiendas
stores-where = Localidad, barrio o código postal
stores-where-hint = Escribe al menos dos letras y elige un lugar.
# Variables:
#   $count (Number) - how many places match what was typed
stores-suggestions =
    { $count ->
        [0] No se ha encontrado ningún lugar
        [one] Se ha encontrado un lugar
        [many] Se han encontrado { $count } de lugares
       *[other] Se han encontrado { $count } lugares
    }
stores-use-location = Usar mi ubicación
stores-geo-locating = Buscando tu ubicación…
stores-geo-denied = La ubicación está desactivada para esta página. Escribe una localidad o un código postal, o permite la ubicación en los ajustes del navegador.
stores-geo-unavailable = Tu ubicación no está disponible ahora mismo. Escribe una localidad o un código postal.
stores-product = Producto
stores-variant = Color y capacidad
stores-product-clear = Elegir otro producto
stores-kind-device = Móvil o tablet
stores-kind-sim = Tarjeta SIM
stores-kind-accessory = Accesorio
stores-filters = Filtrar tiendas
stores-open-now = Abiertas ahora
stores-in-stock = Tiendas con el producto disponible
stores-service = Servicio
stores-service-any = Cualquier servicio
service-repairs = Reparaciones
service-sim = SIM y eSIM
service-financing = Financiación de dispositivos
service-mobile-money = Dinero móvil
service-step-free = Acceso sin escalones
stores-results = Tiendas más cercanas
stores-none = No hay tiendas a menos de 100 km. Prueba con otro lugar o con menos filtros.
stores-here = Esta tienda
# Variables:
#   $distance (String) - formatted distance
stores-distance = A { $distance }
stores-services =
    .aria-label = Servicios
# Variables:
#   $store (String) - store name
stores-directions = Cómo llegar
    .aria-label = Cómo llegar a { $store }
# Variables:
#   $store (String) - store name
stores-reserve = Reservar
    .aria-label = Reservar en { $store }
stores-store = Tienda
stores-opening = Ahora
stores-quantity = Cantidad
# Variables:
#   $price (String) - the lowest price of the product's variants, with its currency
stores-price-from = desde { $price }
stores-price = Precio
# Variables:
#   $price (String) - the price of one unit, with its currency
stores-price-each = { $price } por unidad
stores-to-pay = A pagar en la tienda
# Variables:
#   $total (String) - what all the units cost, with the currency
#   $count (String) - how many units
#   $price (String) - the price of one unit, with its currency
stores-to-pay-units = { $total } ({ $count } × { $price })
stores-hold-explained = Te lo guardamos hasta la hora de cierre del siguiente día que abra la tienda. Lo pagas en la tienda al recogerlo.
stores-confirm = Reservar ahora
stores-confirming = Reservando…
stores-receipt-done = Tu reserva está confirmada. Enseña este código en la tienda.
stores-code = Código de recogida
# Variables:
#   $code (String) - the pick-up code
stores-qr =
    .aria-label = Código QR del código de recogida { $code }
stores-status = Estado
stores-state-active = Guardada para ti
stores-state-cancelled = Cancelada
stores-state-expired = Caducada
stores-state-collected = Recogida
stores-hold = Guardada hasta
stores-cancel = Cancelar reserva
    .aria-label = Cancelar la reserva: { $product }
stores-cancel-ask = ¿Cancelar esta reserva? La tienda dejará de guardártelo.
stores-cancel-yes = Sí, cancelarla
stores-cancel-keep = No, mantenerla
stores-cancelled = Tu reserva se ha cancelado.
stores-mine-none = No tienes reservas.


## El mapa, cuando el despliegue tiene un servidor de teselas.

stores-map =
    .aria-label = Mapa de las tiendas
stores-map-zoom-in =
    .aria-label = Acercar
stores-map-zoom-out =
    .aria-label = Alejar
stores-map-north =
    .aria-label = Mover el mapa hacia el norte
stores-map-south =
    .aria-label = Mover el mapa hacia el sur
stores-map-east =
    .aria-label = Mover el mapa hacia el este
stores-map-west =
    .aria-label = Mover el mapa hacia el oeste
# Variables:
#   $number (String) - the store's number in the list
#   $store (String) - store name
stores-map-marker =
    .aria-label = { $number }. { $store }: ver en la lista

## Colores de las variantes de producto.

colour-black = Negro
colour-white = Blanco
colour-blue = Azul
colour-navy = Azul marino
colour-lilac = Lila
colour-silver = Plata
colour-grey = Gris
colour-pink = Rosa
colour-teal = Verde azulado
colour-gold = Dorado
colour-green = Verde
colour-purple = Morado
