### Store locator: places, products, stock, opening hours, reservations for collection.

stores-title = Encontrar uma loja
stores-reserve-title = Reservar para levantar na loja
stores-receipt-title = Reservado
stores-mine-title = As minhas reservas
stores-back = Voltar às lojas
stores-where = Localidade, bairro ou código postal
stores-where-hint = Escreva pelo menos duas letras e escolha um local.
# Variables:
#   $count (Number) - how many places match what was typed
stores-suggestions =
    { $count ->
        [0] Nenhum local encontrado
        [one] Um local encontrado
        [many] { $count } locais encontrados
       *[other] { $count } locais encontrados
    }
stores-use-location = Usar a minha localização
stores-geo-locating = A procurar a sua localização…
stores-geo-denied = A localização está desativada para esta página. Escreva uma localidade ou um código postal, ou permita a localização nas definições do navegador.
stores-geo-unavailable = A sua localização não está disponível neste momento. Escreva uma localidade ou um código postal.
stores-product = Produto
stores-variant = Cor e capacidade
stores-product-clear = Escolher outro produto
stores-kind-device = Telemóvel ou tablet
stores-kind-sim = Cartão SIM
stores-kind-accessory = Acessório
stores-filters = Filtrar as lojas
stores-open-now = Abertas agora
stores-in-stock = Lojas com o produto
stores-service = Serviço
stores-service-any = Qualquer serviço
service-repairs = Reparações
service-sim = SIM e eSIM
service-financing = Pagamento a prestações
service-mobile-money = Dinheiro móvel
service-step-free = Acesso sem degraus
stores-results = Lojas mais próximas
stores-none = Nenhuma loja encontrada num raio de 100 km. Experimente outro local ou menos filtros.
stores-here = Esta loja
# Variables:
#   $distance (String) - formatted distance
stores-distance = a { $distance }
stores-services =
    .aria-label = Serviços
# Variables:
#   $store (String) - store name
stores-directions = Como chegar
    .aria-label = Como chegar a { $store }
# Variables:
#   $store (String) - store name
stores-reserve = Reservar
    .aria-label = Reservar na loja { $store }
stores-store = Loja
stores-opening = Agora
stores-quantity = Quantidade
# Variables:
#   $price (String) - the lowest price of the product's variants, with its currency
stores-price-from = desde { $price }
stores-price = Preço
# Variables:
#   $price (String) - the price of one unit, with its currency
stores-price-each = { $price } cada
stores-to-pay = A pagar na loja
# Variables:
#   $total (String) - what all the units cost, with the currency
#   $count (String) - how many units
#   $price (String) - the price of one unit, with its currency
stores-to-pay-units = { $total } ({ $count } × { $price })
stores-hold-explained = Guardamos o produto até à hora de fecho do próximo dia em que a loja abrir. Paga na loja quando o levantar.
stores-confirm = Reservar agora
stores-confirming = A reservar…
stores-receipt-done = A sua reserva está confirmada. Mostre este código na loja.
stores-code = Código de levantamento
# Variables:
#   $code (String) - the pick-up code
stores-qr =
    .aria-label = Código QR do código de levantamento { $code }
stores-status = Estado
stores-state-active = Guardada para si
stores-state-cancelled = Cancelada
stores-state-expired = Expirada
stores-state-collected = Levantada
stores-hold = Guardada até
stores-cancel = Cancelar reserva
    .aria-label = Cancelar reserva: { $product }
stores-cancel-ask = Cancelar esta reserva? A loja deixará de guardar o produto para si.
stores-cancel-yes = Sim, cancelar
stores-cancel-keep = Não, manter
stores-cancelled = A sua reserva foi cancelada.
stores-mine-none = Não tem reservas.


## The map, when the deployment has a tile server.

stores-map =
    .aria-label = Mapa das lojas
stores-map-zoom-in =
    .aria-label = Aproximar
stores-map-zoom-out =
    .aria-label = Afastar
stores-map-north =
    .aria-label = Mover o mapa para norte
stores-map-south =
    .aria-label = Mover o mapa para sul
stores-map-east =
    .aria-label = Mover o mapa para este
stores-map-west =
    .aria-label = Mover o mapa para oeste
# Variables:
#   $number (String) - the store's number in the list
#   $store (String) - store name
stores-map-marker =
    .aria-label = { $number }. { $store }: mostrar na lista

## Colours of product variants.

colour-black = Preto
colour-white = Branco
colour-blue = Azul
colour-navy = Azul-marinho
colour-lilac = Lilás
colour-silver = Prateado
colour-grey = Cinzento
colour-pink = Rosa
colour-teal = Azul-petróleo
colour-gold = Dourado
colour-green = Verde
colour-purple = Roxo
