# As frases do próprio assistente (o servidor formata-as na língua da conversa).
chat-welcome = Olá! Posso mostrar os seus consumos, encontrar um tarifário mais barato, encontrar uma loja com um telemóvel em stock e responder a perguntas sobre faturas, roaming, cartões SIM e muito mais. Em que posso ajudar?
chat-welcome-name = Olá, { $name }! Posso mostrar os seus consumos, encontrar um tarifário mais barato, encontrar uma loja com um telemóvel em stock e responder a perguntas sobre faturas, roaming, cartões SIM e muito mais. Em que posso ajudar?
chat-greeting = Olá! Em que posso ajudar?
chat-thanks = De nada. Posso ajudar em mais alguma coisa?
chat-goodbye = Até à próxima, e obrigado por falar connosco.
chat-usage = Aqui estão os seus consumos deste período.
chat-sign-in = Inicie sessão primeiro: só posso mostrar a sua própria conta.
chat-plans = Procurei tarifários mais baratos do que o seu.
chat-usage-data = Aqui estão os dados que lhe restam neste período.
chat-usage-voice = Aqui estão os minutos que lhe restam neste período.
chat-usage-sms = Aqui estão os SMS que lhe restam neste período.
chat-change-plan = Aqui estão os tarifários para os quais pode mudar. Compare-os todos para mudar o seu.
chat-addons = Aqui estão os pacotes que pode comprar para a sua linha. Para ter mais todos os meses, também pode mudar de tarifário.
chat-qr-change-plan = Mudar de tarifário
chat-qr-addons = Comprar um pacote
chat-stores-which = Que modelo de { $family } procura perto de { $place }?
chat-plans-under = Procurei tarifários abaixo de { $amount }.
chat-stores-stock = Lojas perto de { $place } com o { $product } em stock:
chat-stores-near = Lojas perto de { $place }:
chat-stores-ask-place = Onde gostaria de levantar o { $product }? Diga-me uma localidade ou um bairro.
chat-stores-ask = Que telemóvel ou acessório procura, e em que localidade?
chat-hours-ask = Em que localidade? Mostro-lhe as lojas mais próximas e o respetivo horário.
chat-rephrase = Não tenho a certeza de ter percebido. Queria dizer uma destas opções?
chat-dont-know = Lamento, não posso ajudar com isso. Eis o que posso fazer:
chat-offer-advisor = Quer falar com um consultor?
chat-complaint = Lamento muito. Um consultor pode analisar a situação consigo.
chat-cancel = Um consultor pode ajudar com isso.
chat-queued = Está na posição { $position } da fila. Tempo de espera estimado: cerca de { $minutes ->
    [one] { $minutes } minuto
    [many] { $minutes } minutos
   *[other] { $minutes } minutos
}.
chat-advisors-closed = Os nossos consultores não estão disponíveis neste momento (horário: { $hours }). Deixe uma mensagem e responderemos aqui.
chat-ticket-created = Obrigado. A sua mensagem ficou registada com o pedido { $id }; a resposta aparecerá nesta conversa.
chat-advisor-joined = { $name } entrou na conversa.
chat-advisor-left = { $name } saiu da conversa.
chat-transferred = Vamos transferir a conversa para outra equipa.
chat-rate = Como avalia esta conversa?
chat-rated = Obrigado pela sua opinião.
chat-qr-usage = Os meus consumos
chat-qr-plans = Um tarifário mais barato
chat-qr-stores = Encontrar uma loja
chat-qr-network = Problema de rede
chat-qr-bill = A minha fatura
chat-qr-roaming = Roaming no estrangeiro
chat-qr-advisor = Falar com um consultor
chat-qr-message = Deixar uma mensagem
chat-qr-no = Não, obrigado
chat-incidents = Avarias de rede conhecidas perto de { $place }:
chat-incidents-title = Avarias conhecidas
chat-incident-until = Resolução prevista até { $time }.
chat-no-incidents = Não há nenhuma avaria de rede conhecida perto de { $place }. Experimente o seguinte:
chat-hours-ask-incidents = Em que localidade ou bairro está? Vou verificar se há avarias conhecidas aí.
chat-shop-or-online = Um consultor da loja { $store } pode vir ter consigo aqui, ou pode falar online com um consultor.
chat-qr-shop-advisor = Um consultor desta loja
chat-qr-online-advisor = Um consultor online
chat-shop-queued = Um consultor desta loja vai ter consigo. Está na posição { $position } da fila da loja; por favor, fique junto a este ecrã.
# Topping up with a recharge card (a voucher's code) in the chat.
chat-topup-ask = Tem um cartão de carregamento? Escreva aqui o código que está por baixo da zona a raspar e adiciono-o ao seu saldo.
# Variables:
#   $amount (String) - what the card added, e.g. "1000 XOF"
#   $end (String) - the code's last four digits
chat-topup-done = Feito: carreguei o seu saldo com { $amount } do cartão terminado em { $end }.
chat-topup-not-found = O código terminado em { $end } não corresponde a nenhum dos nossos cartões de carregamento. Verifique os dígitos e escreva-o novamente.
chat-topup-used = O cartão terminado em { $end } já foi usado. Se acabou de o comprar, a loja que lho vendeu pode ajudar.
chat-topup-attempts = Demasiados códigos errados hoje. Por segurança, tente novamente amanhã ou carregue numa loja; um consultor também pode ajudar.
chat-topup-postpaid = A sua linha tem um tarifário mensal pago por fatura: não há saldo para carregar.
# A mensagem SMS com o código de início de sessão num quiosque.
# Variables:
#   $code (String) - the six-digit code
#   $minutes (Number) - how long it works
kiosk-code-sms = O seu código Selfcare: { $code }. É válido durante { $minutes ->
    [one] { $minutes } minuto
    [many] { $minutes } minutos
   *[other] { $minutes } minutos
}. Nunca o partilhe.
