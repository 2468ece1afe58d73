### Tariff change and add-ons: offers, comparison, contract summary, confirmation, receipt.

tariff-back = Voltar aos consumos
tariff-back-to-list = Voltar às ofertas
tariff-plans-title = Mudar de tarifário
tariff-addons-title = Adicionar dados ou roaming
# Variables:
#   $plan (String) - the current plan's name
tariff-current = O seu tarifário: { $plan }
tariff-show-all = Mostrar também os tarifários que não posso escolher
tariff-none = Não há outro tarifário disponível para esta linha.
tariff-none-addons = Não há nenhum pacote disponível para esta linha.
# Variables:
#   $price (String) - formatted amount
tariff-price-month = { $price }/mês
# Variables:
#   $price (String) - formatted amount
tariff-price-period = { $price } por 30 dias
# Variables:
#   $price (String) - formatted amount
tariff-price-once = { $price }, pagamento único
# A price or a difference while a promotion lasts, then after it.
# Variables:
#   $first (String) - during the promotion (a price or a difference, with its period)
#   $months (Number) - how many months the promotion lasts
#   $after (String) - after the promotion (a price or a difference, with its period)
tariff-then =
    { $months ->
        [one] { $first } no primeiro mês, depois { $after }
        [many] { $first } durante { $months } meses, depois { $after }
       *[other] { $first } durante { $months } meses, depois { $after }
    }
tariff-term-none = Sem fidelização
# Variables:
#   $months (Number) - length of the commitment
tariff-term =
    { $months ->
        [one] Fidelização de { $months } mês
        [many] Fidelização de { $months } meses
       *[other] Fidelização de { $months } meses
    }
tariff-unlimited = Ilimitado
tariff-not-included = Não incluído
# Variables:
#   $days (Number) - how long an add-on lasts
tariff-validity =
    { $days ->
        [one] Válido por { $days } dia
        [many] Válido por { $days } dias
       *[other] Válido por { $days } dias
    }
tariff-compare = Comparar
tariff-choose = Escolher
    .aria-label = Escolher { $plan }
tariff-buy = Comprar
    .aria-label = Comprar { $plan }
tariff-unavailable = Porque não está disponível
tariff-comparison = Comparação com o seu tarifário
tariff-col-current = O seu tarifário
tariff-row-price = Preço
tariff-row-data = Dados móveis
tariff-row-calls = Chamadas
tariff-row-texts = SMS
tariff-row-roaming = Dados em roaming
tariff-row-term = Fidelização
tariff-row-speed = Velocidade
tariff-row-gained = O que ganha
tariff-row-lost = O que perde
tariff-nothing = Nada
# Variables:
#   $down (Number) - maximum download speed
#   $up (Number) - maximum upload speed
tariff-speed = { $down } Mbit/s de download, { $up } Mbit/s de upload

## Why an offer can't be taken (ids from the server).

# Variables:
#   $date (String) - the day the commitment ends, formatted
reason-commitment = O seu período de fidelização termina a { $date }. Até lá, só pode mudar para um tarifário com o mesmo preço ou superior.
reason-unpaid-bill = Tem uma fatura por pagar. Pague-a para mudar de tarifário ou comprar pacotes.
reason-business-only = Apenas para clientes empresariais.
reason-consumer-only = Apenas para clientes particulares.
reason-not-online = Não disponível online: peça numa loja.
reason-not-in-shops = Não disponível nas lojas: disponível no nosso site.
reason-not-with-partner = Não é vendido aqui: fale com o seu operador.
reason-payment-change = No seu país não é possível passar de pré-pago para pós-pago, nem o inverso.
# Variables:
#   $date (String) - first day another change is possible, formatted
reason-recent-change = Mudou de tarifário recentemente. A próxima mudança é possível a partir de { $date }.
reason-pending-change = Já há uma mudança agendada. Cancele-a para escolher outro tarifário.
reason-insufficient-balance = O seu saldo é insuficiente. Faça um carregamento para comprar.
reason-current-plan = Este é o seu tarifário.

## Review, contract summary and confirmation.

tariff-review-title = Rever e confirmar
tariff-when = Quando deve a mudança entrar em vigor?
tariff-when-now = Agora
# Variables:
#   $amount (String) - formatted amount
#   $days (Number) - days left in the billing period
tariff-charge-now =
    { $days ->
        [one] { $amount } a acrescentar à próxima fatura, por hoje, último dia deste período
        [many] { $amount } a acrescentar à próxima fatura, pelos { $days } dias de hoje até ao fim deste período
       *[other] { $amount } a acrescentar à próxima fatura, pelos { $days } dias de hoje até ao fim deste período
    }
# Variables:
#   $amount (String) - formatted amount
#   $days (Number) - days left in the billing period
tariff-credit-now =
    { $days ->
        [one] { $amount } a descontar na próxima fatura, por hoje, último dia deste período
        [many] { $amount } a descontar na próxima fatura, pelos { $days } dias de hoje até ao fim deste período
       *[other] { $amount } a descontar na próxima fatura, pelos { $days } dias de hoje até ao fim deste período
    }
# A one-off amount and where it goes (no days: an add-on, or the receipt).
# Variables:
#   $amount (String) - formatted amount
tariff-bill-charge = { $amount } a acrescentar à próxima fatura
# A one-off amount and where it goes (no days: an add-on, or the receipt).
# Variables:
#   $amount (String) - formatted amount
tariff-bill-credit = { $amount } a descontar na próxima fatura
# A one-off amount and where it goes (no days: an add-on, or the receipt).
# Variables:
#   $amount (String) - formatted amount
tariff-balance-charge = { $amount } a descontar do seu saldo
tariff-nothing-now = Nada a pagar agora
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-more-month = Mais { $amount } por mês
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-less-month = Menos { $amount } por mês
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-more-period = Mais { $amount } por 30 dias
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-less-period = Menos { $amount } por 30 dias
tariff-same-price = O mesmo preço do seu tarifário
# Variables:
#   $date (String) - first day of the next period, formatted
tariff-when-next = No próximo período, a partir de { $date }, sem nada a pagar agora
tariff-summary-title = Resumo do contrato
tariff-summary-service = Serviço
tariff-summary-price = Preço
tariff-summary-difference = Diferença face ao seu tarifário
tariff-summary-one-time = Valor único
tariff-summary-start = Início
tariff-summary-duration = Duração
tariff-summary-renewal = Renovação e cessação
tariff-summary-speeds = Velocidades máximas
tariff-summary-allowances = Incluído
tariff-renewal-postpaid = Renova-se todos os meses. Terminada a fidelização, pode cancelá-lo com um mês de pré-aviso.
tariff-renewal-prepaid = Sem renovação automática: compra cada período de 30 dias.
tariff-renewal-addon = Termina automaticamente no fim da validade.
# Variables:
#   $data (String) - data allowance
#   $calls (String) - calls allowance
#   $texts (String) - texts allowance
#   $roaming (String) - roaming data allowance
tariff-allowances = Dados móveis: { $data }. Chamadas: { $calls }. SMS: { $texts }. Dados em roaming: { $roaming }.
tariff-consent = Li o resumo do contrato e aceito fazer este pedido.
tariff-confirm = Confirmar pedido
tariff-confirming = A enviar o pedido…
tariff-receipt-title = Pedido confirmado
tariff-receipt-reference = Referência do pedido
tariff-receipt-effective = Entra em vigor
tariff-receipt-monthly = Novo preço
# Variables:
#   $date (String) - the day the change takes effect, formatted
tariff-receipt-scheduled = O seu novo tarifário começa a { $date }. Até lá, pode cancelar a mudança.
tariff-receipt-done = Pronto: já está ativo na sua linha.
