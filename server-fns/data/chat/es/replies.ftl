# Las frases del propio asistente (el servidor las formatea en el idioma de la conversación).
chat-welcome = ¡Hola! Puedo enseñarte tu consumo, buscarte una tarifa más barata, encontrar una tienda con un móvil disponible y resolver dudas sobre facturas, roaming, tarjetas SIM y más. ¿En qué te ayudo?
chat-welcome-name = ¡Hola, { $name }! Puedo enseñarte tu consumo, buscarte una tarifa más barata, encontrar una tienda con un móvil disponible y resolver dudas sobre facturas, roaming, tarjetas SIM y más. ¿En qué te ayudo?
chat-greeting = ¡Hola! ¿En qué puedo ayudarte?
chat-thanks = De nada. ¿Puedo ayudarte en algo más?
chat-goodbye = Hasta pronto, y gracias por escribirnos.
chat-usage = Este es tu consumo en este periodo.
chat-sign-in = Primero inicia sesión: solo puedo enseñarte tu propia cuenta.
chat-plans = He buscado tarifas más baratas que la tuya.
chat-usage-data = Estos son los datos que te quedan en este periodo.
chat-usage-voice = Estos son los minutos que te quedan en este periodo.
chat-usage-sms = Estos son los SMS que te quedan en este periodo.
chat-change-plan = Estas son las tarifas a las que puedes cambiarte. Compáralas todas para cambiar la tuya.
chat-addons = Estos son los bonos que puedes contratar para tu línea. Si necesitas más cada mes, también puedes cambiar de tarifa.
chat-qr-change-plan = Cambiar de tarifa
chat-qr-addons = Contratar un bono
chat-stores-which = ¿Qué { $family } buscas cerca de { $place }?
chat-plans-under = He buscado tarifas por menos de { $amount }.
chat-stores-stock = Tiendas cerca de { $place } con { $product } disponible:
chat-stores-near = Tiendas cerca de { $place }:
chat-stores-ask-place = ¿Dónde quieres recoger tu { $product }? Dime una localidad o un barrio.
chat-stores-ask = ¿Qué móvil o accesorio buscas, y en qué localidad?
chat-hours-ask = ¿En qué localidad? Te enseño las tiendas más cercanas y su horario.
chat-rephrase = No sé si te he entendido bien. ¿Te refieres a alguna de estas opciones?
chat-dont-know = Lo siento, no puedo ayudarte con eso. Esto es lo que puedo hacer:
chat-offer-advisor = ¿Quieres hablar con un agente?
chat-complaint = Siento mucho lo ocurrido. Un agente puede revisarlo contigo.
chat-cancel = Un agente puede ayudarte con eso.
chat-queued = Eres el número { $position } de la cola. Espera estimada: { $minutes ->
    [one] alrededor de un minuto
    [many] unos { $minutes } de minutos
   *[other] unos { $minutes } minutos
}.
chat-advisors-closed = Ahora mismo nuestros agentes no están disponibles (horario: { $hours }). Déjanos un mensaje y te responderemos aquí.
chat-ticket-created = Gracias. Hemos registrado tu mensaje con el número de solicitud { $id }; la respuesta aparecerá en esta conversación.
chat-advisor-joined = { $name } se ha unido a la conversación.
chat-advisor-left = { $name } ha salido de la conversación.
chat-transferred = Te estamos pasando con otro equipo.
chat-rate = ¿Cómo valorarías esta conversación?
chat-rated = Gracias por tu valoración.
chat-qr-usage = Mi consumo
chat-qr-plans = Una tarifa más barata
chat-qr-stores = Buscar una tienda
chat-qr-network = Problema de red
chat-qr-bill = Mi factura
chat-qr-roaming = Roaming
chat-qr-advisor = Hablar con un agente
chat-qr-message = Dejar un mensaje
chat-qr-no = No, gracias
chat-incidents = Incidencias de red conocidas cerca de { $place }:
chat-incidents-title = Incidencias conocidas
chat-incident-until = Solución prevista: { $time }.
chat-no-incidents = No hay ninguna incidencia de red conocida cerca de { $place }. Prueba esto:
chat-hours-ask-incidents = ¿En qué localidad o barrio estás? Miro si hay incidencias conocidas allí.
chat-shop-or-online = Un asesor de { $store } puede venir a atenderte aquí, o puedes chatear con un agente online.
chat-qr-shop-advisor = Un asesor de esta tienda
chat-qr-online-advisor = Un agente online
chat-shop-queued = Un asesor de esta tienda vendrá a atenderte. Eres el número { $position } de la cola de la tienda; quédate junto a esta pantalla, por favor.
# Topping up with a recharge card (a voucher's code) in the chat.
chat-topup-ask = ¿Tienes una tarjeta de recarga? Escribe aquí el código que aparece al rascarla y lo añado a tu saldo.
# Variables:
#   $amount (String) - what the card added, e.g. "1000 XOF"
#   $end (String) - the code's last four digits
chat-topup-done = ¡Listo! He añadido { $amount } a tu saldo con la tarjeta terminada en { $end }.
chat-topup-not-found = El código terminado en { $end } no corresponde a ninguna de nuestras tarjetas de recarga. Revisa las cifras y vuelve a escribirlo.
chat-topup-used = La tarjeta terminada en { $end } ya se ha usado. Si la acabas de comprar, la tienda que te la vendió puede ayudarte.
chat-topup-attempts = Demasiados códigos incorrectos por hoy. Por tu seguridad, vuelve a intentarlo mañana o recarga en una tienda; un agente también puede ayudarte.
chat-topup-postpaid = Tu línea es de contrato, con una cuota mensual que se paga en la factura: no tiene saldo que recargar.
# El SMS con el código para iniciar sesión en una pantalla de tienda.
# Variables:
#   $code (String) - the six-digit code
#   $minutes (Number) - how long it works
kiosk-code-sms = Tu código de Selfcare: { $code }. Es válido durante { $minutes ->
    [one] un minuto
    [many] { $minutes } de minutos
   *[other] { $minutes } minutos
}. No se lo des a nadie.
