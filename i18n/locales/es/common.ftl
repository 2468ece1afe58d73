### Estructura del widget, inicio de sesión, errores y selector de idioma.

-brand-name = Selfcare

widget-title = Mi cuenta
widget-region =
    .aria-label = { -brand-name }: mi cuenta
launcher-open = Mi cuenta
    .aria-label = Abrir mi cuenta
launcher-close = Cerrar
    .aria-label = Cerrar mi cuenta
language-switcher = Idioma
loading = Cargando…
retry = Reintentar
signin-required-title = Inicia sesión para ver tu cuenta
signin-required-body = Inicia sesión para ver tu consumo, tu contrato y tus reservas.
signin-button = Iniciar sesión
no-lines = No tienes ninguna línea móvil en tu cuenta.
nav-label =
    .aria-label = Secciones

## Errores que devuelve el servidor, por id.

error-unauthenticated = No hemos podido confirmar tu identidad. Vuelve a iniciar sesión.
error-token-expired = Tu sesión ha caducado. Vuelve a iniciar sesión para continuar.
error-line-not-found = Esta línea no está en tu cuenta.
error-bad-request = No hemos entendido la solicitud. Recarga la página y vuelve a intentarlo.
error-network = No podemos conectar con el servicio. Comprueba tu conexión y vuelve a intentarlo.
error-unavailable = El servicio está saturado ahora mismo. Inténtalo de nuevo en unos instantes.
error-internal = Algo ha fallado por nuestra parte. Inténtalo más tarde.
error-offering-not-found = Esta oferta ya no está disponible.
error-order-not-found = Este pedido no está en tu cuenta.
error-not-eligible = Ya no puedes contratar esta oferta en esta línea. En la lista de ofertas verás por qué.
error-conflict = Se ha hecho otro cambio en esta línea al mismo tiempo. Revisa la línea y vuelve a intentarlo.
error-price-changed = El precio ha cambiado desde que lo viste. Revisa el nuevo precio antes de confirmar.
error-idempotency-key-reused = Este pedido ya se envió con otros datos. Empieza de nuevo.
error-idempotency-key-expired = Esta confirmación ha caducado. Empieza de nuevo.
error-order-not-cancellable = Este cambio ya se ha aplicado y no se puede cancelar.
error-consent-required = Marca la casilla para aceptar antes de confirmar.

## Errores y secciones del buscador de tiendas.

error-bad-coordinates = Ese lugar no está en el mapa. Elige un lugar de las sugerencias.
error-radius-too-large = La zona de búsqueda es demasiado grande. Elige una localidad o usa tu ubicación.
error-query-empty = Escribe una localidad, un barrio o un código postal.
error-store-not-found = Esta tienda ya no existe.
error-product-not-found = Este producto ya no está a la venta.
error-out-of-stock = En esta tienda ya no queda este producto. Puede que otra tienda cercana lo tenga.
error-reservation-limit = No puedes reservar más unidades de este producto. Antes, recoge o cancela una reserva.
error-reservation-not-found = Esta reserva no está en tu cuenta.
error-reservation-not-cancellable = Esta reserva ya ha finalizado.
nav-usage = Mi consumo
nav-stores = Tiendas
nav-chat = Ayuda

## Errores del chat.

error-conversation-not-found = Esta conversación ya no está disponible. Empieza una nueva.
error-message-empty = Escribe primero un mensaje.
error-message-too-long = El mensaje es demasiado largo. Acórtalo o envíalo en varias partes.
error-message-invalid = El mensaje contiene caracteres que no se pueden enviar. Quítalos y vuelve a intentarlo.
error-rate-limited = Estás enviando mensajes demasiado rápido. Espera un minuto y vuelve a intentarlo.
error-conversation-closed = Esta conversación ha terminado. Empieza una nueva.
error-forbidden = No tienes acceso a esto.
error-delegation-invalid = Este código es incorrecto, ya se ha usado o ha caducado. Pide uno nuevo al cliente.
error-code-invalid = Este código es incorrecto o ha caducado. Revísalo o pide uno nuevo.
error-pairing-not-found = Esta solicitud de acceso ha caducado o ya se ha usado. Vuelve a escanear el código de la pantalla de la tienda.
error-code-locked = Demasiados códigos incorrectos. Pide un código nuevo.

## A shop's hours and stock, shown by the locator, the chat's cards and a kiosk's attract screen.

stores-week = Horario de esta semana
stores-closed = Cerrada
# Variables:
#   $time (String) - opening time in the store's time zone
stores-closed-opens = Cerrada · abre a las { $time }
# Variables:
#   $day (String) - weekday and time, in the store's time zone
stores-closed-opens-day = Cerrada · abre el { $day }
# Variables:
#   $time (String) - opening time in the store's time zone
stores-closed-opens-tomorrow = Cerrada · abre mañana a las { $time }
stores-exceptional = Hoy, horario especial
stores-exceptional-day = horario especial
# Variables:
#   $name (String) - the holiday's name, in the country's language
stores-holiday = Festivo: { $name }
stores-open-always = Abierta 24 horas
# Variables:
#   $time (String) - closing time in the store's time zone
stores-open-until = Abierta · cierra a las { $time }
# Variables:
#   $time (String) - closing time in the store's time zone
stores-open-until-tomorrow = Abierta · cierra mañana a las { $time }
# Variables:
#   $count (Number) - units in stock
stores-stock-count =
    { $count ->
        [one] { $count } unidad disponible
        [many] { $count } de unidades disponibles
       *[other] { $count } unidades disponibles
    }
stores-stock-few = Quedan pocas unidades
# Variables:
#   $count (Number) - units in stock
stores-stock-few-count =
    { $count ->
        [one] Solo queda una
        [many] Solo quedan { $count } de unidades
       *[other] Solo quedan { $count }
    }
stores-stock-in = Disponible
stores-stock-out = Agotado

## Topping up a prepaid line with a voucher (a scratch card sold in shops).

error-voucher-invalid = El código de recarga tiene entre 10 y 20 cifras. Escribe las cifras que aparecen al rascar la tarjeta.
error-voucher-not-found = Este código de recarga no es válido. Revísalo y vuelve a intentarlo.
error-voucher-used = Esta tarjeta de recarga ya se ha usado.
error-voucher-attempts = Demasiados códigos incorrectos. Vuelve a intentarlo mañana o recarga en una tienda.
error-line-not-prepaid = Las tarjetas de recarga solo sirven para líneas de prepago.
