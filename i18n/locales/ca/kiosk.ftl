### Mode quiosc (una pantalla compartida en una botiga), la part del mòbil quan s’hi inicia la sessió i l’avís sense connexió.

kiosk-welcome = Hola! Consulta el teu consum, canvia de tarifa, troba un mòbil disponible o fes-nos qualsevol pregunta.
kiosk-start = Toca la pantalla per començar
kiosk-tools =
    .aria-label = Opcions de pantalla
kiosk-read-aloud = Llegeix en veu alta
kiosk-contrast = Contrast alt
kiosk-larger-text = Text més gran
kiosk-sign-out = Tanca la sessió i esborra
kiosk-finish = Acaba i esborra la pantalla
kiosk-idle-title = Necessites més temps?
kiosk-idle-body = { $seconds ->
    [one] Per la teva privadesa, aquesta pantalla s’esborrarà d’aquí a 1 segon.
    [many] Per la teva privadesa, aquesta pantalla s’esborrarà d’aquí a { $seconds } de segons.
   *[other] Per la teva privadesa, aquesta pantalla s’esborrarà d’aquí a { $seconds } segons.
}
kiosk-idle-more = Sí, més temps
kiosk-signin-title = Inicia la sessió amb el teu número de mòbil
kiosk-phone-hint = T’enviarem un codi per SMS a aquest número. Quan te’n vagis, no quedarà res desat en aquesta pantalla.
kiosk-phone-label = Número de mòbil
kiosk-phone-submit = Envia’m un codi
kiosk-code-title = Introdueix el codi
kiosk-code-sent = Hem enviat un codi de 6 xifres per SMS al número { $number }.
kiosk-code-label = Codi
kiosk-code-submit = Inicia la sessió
kiosk-delete = ⌫
    .aria-label = Esborra l’última xifra
kiosk-qr-start = Prefereixo fer servir el meu mòbil
kiosk-qr-title = Inicia la sessió amb el teu mòbil
kiosk-qr-hint = Escaneja aquest codi amb el mòbil on tens la sessió iniciada i després aprova-ho allà.
kiosk-qr-label = Codi QR
    .aria-label = Codi QR per iniciar la sessió des del teu mòbil
kiosk-start-again = Torna a començar
kiosk-phone = Continua al meu mòbil
kiosk-phone-qr = Codi QR
    .aria-label = Codi QR amb un enllaç a aquesta pàgina per al teu mòbil
kiosk-phone-explained = Escaneja’l amb la càmera del mòbil. L’enllaç funciona durant 15 minuts i no conté dades personals.
kiosk-approve-title = Accés des d’una pantalla de botiga
kiosk-approve = Una pantalla de botiga vol accedir al teu compte durant 10 minuts. Aprova-ho només si hi ets al davant.
kiosk-approve-store = La pantalla de la botiga { $store } vol accedir al teu compte durant 10 minuts. Aprova-ho només si hi ets al davant.
kiosk-approve-button = Aprova
kiosk-approve-dismiss = Ara no
kiosk-approved = Fet: la pantalla ja té la sessió iniciada. Ho oblidarà tot quan hi tanquis la sessió o te’n vagis.
offline-title = Sense connexió
offline-body = Ara mateix no podem mostrar algunes coses. Continuarem automàticament quan torni la connexió.
