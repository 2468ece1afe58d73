### Modo quiosco (una pantalla compartida en una tienda), la parte del móvil al iniciar sesión en ella y el aviso sin conexión.

kiosk-welcome = ¡Hola! Consulta tu consumo, cambia de tarifa, encuentra un móvil disponible o pregúntanos lo que necesites.
kiosk-start = Toca la pantalla para empezar
kiosk-tools =
    .aria-label = Opciones de pantalla
kiosk-read-aloud = Leer en voz alta
kiosk-contrast = Alto contraste
kiosk-larger-text = Texto más grande
kiosk-sign-out = Cerrar sesión y borrar
kiosk-finish = Terminar y borrar la pantalla
kiosk-idle-title = ¿Necesitas más tiempo?
kiosk-idle-body = { $seconds ->
    [one] Por tu privacidad, esta pantalla se borrará en 1 segundo.
    [many] Por tu privacidad, esta pantalla se borrará en { $seconds } de segundos.
   *[other] Por tu privacidad, esta pantalla se borrará en { $seconds } segundos.
}
kiosk-idle-more = Sí, más tiempo
kiosk-signin-title = Inicia sesión con tu número de móvil
kiosk-phone-hint = Te enviaremos un código por SMS a este número. Cuando te vayas, no quedará nada guardado en esta pantalla.
kiosk-phone-label = Número de móvil
kiosk-phone-submit = Enviarme un código
kiosk-code-title = Introduce el código
kiosk-code-sent = Hemos enviado un código de 6 cifras por SMS al { $number }.
kiosk-code-label = Código
kiosk-code-submit = Iniciar sesión
kiosk-delete = ⌫
    .aria-label = Borrar la última cifra
kiosk-qr-start = Prefiero usar mi móvil
kiosk-qr-title = Inicia sesión con tu móvil
kiosk-qr-hint = Escanea este código con el móvil en el que tienes iniciada la sesión de tu cuenta y después apruébalo allí.
kiosk-qr-label = Código QR
    .aria-label = Código QR para iniciar sesión desde tu móvil
kiosk-start-again = Volver a empezar
kiosk-phone = Seguir en mi móvil
kiosk-phone-qr = Código QR
    .aria-label = Código QR con un enlace a esta página para tu móvil
kiosk-phone-explained = Escanéalo con la cámara del móvil. El enlace funciona durante 15 minutos y no contiene datos personales.
kiosk-approve-title = Acceso desde una pantalla de tienda
kiosk-approve = Una pantalla de tienda quiere acceder a tu cuenta durante 10 minutos. Apruébalo solo si estás delante de ella.
kiosk-approve-store = La pantalla de { $store } quiere acceder a tu cuenta durante 10 minutos. Apruébalo solo si estás delante de ella.
kiosk-approve-button = Aprobar
kiosk-approve-dismiss = Ahora no
kiosk-approved = Listo: la pantalla ya tiene tu sesión iniciada. Lo olvidará todo cuando cierres sesión en ella o te vayas.
offline-title = Sin conexión
offline-body = Ahora mismo no podemos mostrar algunas cosas. Seguiremos automáticamente cuando vuelva la conexión.
