### The chat panel: the conversation, the composer and the cards the assistant shows.

chat-title = Fale connosco
chat-log =
    .aria-label = Conversa
chat-you = Eu
chat-assistant = Assistente
chat-advisor = Consultor
chat-event = Atualização
chat-input = A sua mensagem
chat-send = Enviar
chat-sending = A enviar…
chat-sent = Enviada
chat-not-sent = Não enviada.
chat-resend = Enviar novamente
chat-typing = O assistente está a escrever…
chat-end = Terminar a conversa
chat-new = Iniciar uma nova conversa
chat-leave-message = Escreva abaixo a sua mensagem para os nossos consultores; a resposta aparecerá aqui.
chat-usage-more = Ver todos os meus consumos
chat-plans-compare = Comparar tarifários
chat-plans-none = Nenhum tarifário disponível custa tão pouco.
chat-plans-cheapest = O seu tarifário já é o mais barato para a sua linha.
chat-addons-open = Ver os pacotes
chat-card-show = Mostrar novamente
chat-stores-open = Abrir na pesquisa de lojas
chat-stores-none = Nenhuma loja próxima o tem neste momento.
chat-rating-legend = Como avalia esta conversa?
chat-rating-value = { $stars ->
    [one] { $stars } estrela
    [many] { $stars } estrelas
   *[other] { $stars } estrelas
}
chat-comment = Comentário (opcional)
chat-rating-send = Enviar a minha avaliação
chat-advisor-typing = { $name } está a escrever…
