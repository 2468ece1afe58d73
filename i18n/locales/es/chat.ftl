### Panel de chat: la conversación, el cuadro de texto y las tarjetas que muestra el asistente.

chat-title = Chatea con nosotros
chat-log =
    .aria-label = Conversación
chat-you = Tú
chat-assistant = Asistente
chat-advisor = Agente
chat-event = Aviso
chat-input = Tu mensaje
chat-send = Enviar
chat-sending = Enviando…
chat-sent = Enviado
chat-not-sent = No enviado.
chat-resend = Reenviar
chat-typing = El asistente está escribiendo…
chat-end = Finalizar la conversación
chat-new = Empezar una conversación nueva
chat-leave-message = Escribe abajo tu mensaje para nuestros agentes; te responderán aquí.
chat-usage-more = Ver todo mi consumo
chat-plans-compare = Comparar tarifas
chat-plans-none = No hay ninguna tarifa disponible tan barata.
chat-plans-cheapest = Tu tarifa ya es la más barata para tu línea.
chat-addons-open = Ver los bonos
chat-card-show = Volver a mostrar
chat-stores-open = Abrir en el buscador de tiendas
chat-stores-none = Ahora mismo no lo tiene ninguna tienda cercana.
chat-rating-legend = ¿Cómo valorarías esta conversación?
chat-rating-value = { $stars ->
    [one] 1 estrella
    [many] { $stars } de estrellas
   *[other] { $stars } estrellas
}
chat-comment = Comentario (opcional)
chat-rating-send = Enviar mi valoración
chat-advisor-typing = { $name } está escribiendo…
