### Tauler del xat: la conversa, el quadre de text i les targetes que mostra l’assistent.

chat-title = Xateja amb nosaltres
chat-log =
    .aria-label = Conversa
chat-you = Tu
chat-assistant = Assistent
chat-advisor = Agent
chat-event = Avís
chat-input = El teu missatge
chat-send = Envia
chat-sending = S’està enviant…
chat-sent = Enviat
chat-not-sent = No s’ha enviat.
chat-resend = Torna a enviar
chat-typing = L’assistent està escrivint…
chat-end = Acaba la conversa
chat-new = Comença una conversa nova
chat-leave-message = Escriu a sota el teu missatge per als nostres agents; et respondran aquí.
chat-usage-more = Mostra tot el meu consum
chat-plans-compare = Compara tarifes
chat-plans-none = No hi ha cap tarifa disponible tan barata.
chat-plans-cheapest = La teva tarifa ja és la més barata per a la teva línia.
chat-addons-open = Mostra els bons
chat-card-show = Torna-ho a mostrar
chat-stores-open = Obre al cercador de botigues
chat-stores-none = Ara mateix no el té cap botiga propera.
chat-rating-legend = Com valoraries aquesta conversa?
chat-rating-value = { $stars ->
    [one] 1 estrella
    [many] { $stars } d’estrelles
   *[other] { $stars } estrelles
}
chat-comment = Comentari (opcional)
chat-rating-send = Envia la valoració
chat-advisor-typing = { $name } està escrivint…
