### Widget chrome, sign-in, errors and the language switcher.

-brand-name = Selfcare

widget-title = A minha conta
widget-region =
    .aria-label = { -brand-name }: a minha conta
launcher-open = A minha conta
    .aria-label = Abrir a minha conta
launcher-close = Fechar
    .aria-label = Fechar a minha conta
language-switcher = Idioma
loading = A carregar…
retry = Tentar novamente
signin-required-title = Inicie sessão para ver a sua conta
signin-required-body = Inicie sessão para ver os seus consumos, o seu contrato e as suas reservas.
signin-button = Iniciar sessão
no-lines = Não há nenhuma linha móvel na sua conta.
nav-label =
    .aria-label = Secções

## Errors the server answers with, by id.

error-unauthenticated = Não foi possível confirmar a sua identidade. Inicie sessão novamente.
error-token-expired = A sua sessão expirou. Inicie sessão novamente para continuar.
error-line-not-found = Esta linha não pertence à sua conta.
error-bad-request = Não foi possível compreender o pedido. Atualize a página e tente novamente.
error-network = Não conseguimos aceder ao serviço. Verifique a sua ligação e tente novamente.
error-unavailable = O serviço está muito solicitado neste momento. Tente novamente daqui a pouco.
error-internal = Ocorreu um erro do nosso lado. Tente novamente mais tarde.
error-offering-not-found = Esta oferta já não está disponível.
error-order-not-found = Este pedido não pertence à sua conta.
error-not-eligible = Esta oferta já não pode ser ativada nesta linha. A lista de ofertas indica porquê.
error-conflict = Foi feita outra alteração a esta linha ao mesmo tempo. Verifique a linha e tente novamente.
error-price-changed = O preço mudou desde que o viu. Verifique o novo preço antes de confirmar.
error-idempotency-key-reused = Este pedido já foi enviado com outros dados. Comece de novo.
error-idempotency-key-expired = Esta confirmação é demasiado antiga. Comece de novo.
error-order-not-cancellable = Esta alteração já está em vigor e não pode ser cancelada.
error-consent-required = Assinale a caixa para dar o seu acordo antes de confirmar.

## Store locator errors and sections.

error-bad-coordinates = Esse local não está no mapa. Escolha um local das sugestões.
error-radius-too-large = A área de pesquisa é demasiado grande. Escolha uma localidade ou use a sua localização.
error-query-empty = Escreva uma localidade, um bairro ou um código postal.
error-store-not-found = Esta loja já não existe.
error-product-not-found = Este produto já não está à venda.
error-out-of-stock = Esta loja já não tem este produto. Outra loja próxima pode tê-lo.
error-reservation-limit = Não pode reservar mais unidades deste produto. Levante ou cancele primeiro uma reserva.
error-reservation-not-found = Esta reserva não pertence à sua conta.
error-reservation-not-cancellable = Esta reserva já terminou.
nav-usage = Consumos
nav-stores = Lojas
nav-chat = Conversa

## Chat errors.

error-conversation-not-found = Esta conversa já não está disponível. Inicie uma nova.
error-message-empty = Escreva primeiro uma mensagem.
error-message-too-long = Esta mensagem é demasiado longa. Encurte-a ou envie-a em várias partes.
error-message-invalid = Esta mensagem contém caracteres que não podem ser enviados. Remova-os e tente novamente.
error-rate-limited = Está a enviar mensagens demasiado depressa. Aguarde um minuto e tente novamente.
error-conversation-closed = Esta conversa terminou. Inicie uma nova.
error-forbidden = Não tem acesso a esta função.
error-delegation-invalid = Este código está errado, já foi usado ou expirou. Peça um novo ao cliente.
error-code-invalid = Este código está errado ou expirou. Verifique-o ou peça um novo.
error-pairing-not-found = Este pedido de início de sessão expirou ou já foi usado. Digitalize novamente o código no quiosque.
error-code-locked = Demasiados códigos errados. Peça um novo código.

## A shop's hours and stock, shown by the locator, the chat's cards and a kiosk's attract screen.

stores-week = Horário desta semana
stores-closed = Fechada
# Variables:
#   $time (String) - opening time in the store's time zone
stores-closed-opens = Fechada · abre às { $time }
# Variables:
#   $day (String) - weekday and time, in the store's time zone
stores-closed-opens-day = Fechada · abre { $day }
# Variables:
#   $time (String) - opening time in the store's time zone
stores-closed-opens-tomorrow = Fechada · abre amanhã às { $time }
stores-exceptional = Horário especial hoje
stores-exceptional-day = horário especial
# Variables:
#   $name (String) - the holiday's name, in the country's language
stores-holiday = Feriado: { $name }
stores-open-always = Aberta 24 horas
# Variables:
#   $time (String) - closing time in the store's time zone
stores-open-until = Aberta · fecha às { $time }
# Variables:
#   $time (String) - closing time in the store's time zone
stores-open-until-tomorrow = Aberta · fecha amanhã às { $time }
# Variables:
#   $count (Number) - units in stock
stores-stock-count = { $count } em stock
stores-stock-few = Últimas unidades
# Variables:
#   $count (Number) - units in stock
stores-stock-few-count =
    { $count ->
        [one] Só resta { $count }
        [many] Só restam { $count }
       *[other] Só restam { $count }
    }
stores-stock-in = Em stock
stores-stock-out = Esgotado

## Topping up a prepaid line with a voucher (a scratch card sold in shops).

error-voucher-invalid = O código de carregamento tem entre 10 e 20 dígitos. Introduza os dígitos por baixo da zona a raspar.
error-voucher-not-found = Este código de carregamento não é válido. Verifique-o e tente novamente.
error-voucher-used = Este cartão de carregamento já foi usado.
error-voucher-attempts = Demasiados códigos errados. Tente novamente amanhã ou carregue numa loja.
error-line-not-prepaid = Os cartões de carregamento só servem para linhas pré-pagas.
