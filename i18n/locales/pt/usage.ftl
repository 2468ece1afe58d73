### Usage views: the current cycle, daily use, history and the contract.

usage-title = Os meus consumos
usage-line-picker = Linha
# Variables:
#   $plan (String) - the plan's name from the catalogue
#   $ending (String) - the last four digits of the phone number
usage-line-option = { $plan }, número terminado em { $ending }
# Variables:
#   $start (String) - first day of the billing period, formatted
#   $end (String) - last day of the billing period, formatted
usage-cycle = Período de faturação de { $start } a { $end }
# Variables:
#   $days (Number) - days until the period ends
usage-days-left =
    { $days ->
        [0] Último dia do período
        [one] Falta { $days } dia
        [many] Faltam { $days } dias
       *[other] Faltam { $days } dias
    }

usage-type-data = Dados móveis
usage-type-voice = Chamadas
usage-type-sms = SMS
usage-type-roaming-data = Dados em roaming

# Variables:
#   $used (String) - amount used, formatted with its unit
#   $allowance (String) - the allowance, formatted with its unit
usage-used-of-quantity = Usou { $used } de { $allowance }
# Variables:
#   $remaining (String) - amount left, formatted with its unit
usage-remaining-quantity = Disponível: { $remaining }
usage-remaining-none = Nada disponível
# Variables:
#   $used (String) - amount used, formatted with its unit
usage-used-unlimited-quantity = Usou { $used } (ilimitado)
# Variables:
#   $used (Number) - texts sent
#   $allowance (Number) - texts included
usage-used-of-texts =
    { $allowance ->
        [one] { $used } de { $allowance } SMS usado
        [many] { $used } de { $allowance } SMS usados
       *[other] { $used } de { $allowance } SMS usados
    }
# Variables:
#   $remaining (Number) - texts left
usage-remaining-texts =
    { $remaining ->
        [one] Resta { $remaining } SMS
        [many] Restam { $remaining } SMS
       *[other] Restam { $remaining } SMS
    }
# Variables:
#   $used (Number) - texts sent
usage-used-unlimited-texts =
    { $used ->
        [one] { $used } SMS enviado (ilimitados)
        [many] { $used } SMS enviados (ilimitados)
       *[other] { $used } SMS enviados (ilimitados)
    }
usage-unlimited = Ilimitado
# Variables:
#   $lines (Number) - how many lines share the allowance
usage-shared =
    { $lines ->
        [one] Partilhado
        [many] Partilhado por { $lines } linhas
       *[other] Partilhado por { $lines } linhas
    }
usage-addon = Pacote
# Variables:
#   $date (String) - last day of validity, formatted
usage-valid-until = Válido até { $date }
# Variables:
#   $percent (String) - the share used, formatted as a percentage
usage-warning = Já usou { $percent } deste plafond.
usage-exhausted = Este plafond está esgotado.
# Variables:
#   $date (String) - the day the allowance would run out, formatted
usage-runs-out = A este ritmo, esgota-se a { $date }.
usage-on-track = A este ritmo, o plafond chega até ao fim do período.

usage-daily-title = Dados usados por dia
# Variables:
#   $max (String) - the largest daily amount, formatted with its unit
#   $day (String) - the day of that amount, formatted
usage-daily-summary = Máximo: { $max } a { $day }
usage-daily-show-table = Mostrar como tabela
usage-daily-hide-table = Ocultar a tabela
usage-daily-caption = Consumo diário neste período
usage-col-day = Dia
usage-col-data = Dados
usage-col-calls = Chamadas
usage-col-texts = SMS
usage-col-period = Período
usage-daily-empty = Ainda não há consumos registados neste período.

usage-history-title = Períodos anteriores
# Variables:
#   $start (String) - first day, formatted
#   $end (String) - last day, formatted
usage-history-period = De { $start } a { $end }
usage-history-empty = Ainda não há períodos anteriores.

usage-contract-title = O meu contrato
usage-contract-plan = Tarifário
usage-contract-monthly-price = Preço mensal
usage-contract-period-price = Preço por período
usage-contract-start = Cliente desde
usage-contract-commitment = Fim da fidelização
usage-contract-no-commitment = Sem fidelização
usage-contract-renewal = Renovação
usage-renewal-monthly = Renova-se mês a mês
usage-renewal-none = Pré-pago: carregue para continuar
usage-balance-title = Saldo
# Variables:
#   $date (String) - the day the balance expires, formatted
usage-balance-expires = Utilize até { $date }
usage-top-up = Carregar
# A button beside the balance: opens the chat, where the assistant takes a recharge card's code.
usage-top-up-card = Carregar com código

## Partner access: partners (resellers, business partners' portals) who may act for the customer.

partners-title = Acesso de parceiros
partners-intro = Um parceiro, como um revendedor, só pode ver a sua conta ou agir em seu nome com um código que lhe dê. O acesso dura 30 dias e pode retirá-lo a qualquer momento.
partners-granted = Parceiros que podem agir em seu nome
partners-none = Nenhum parceiro pode agir em seu nome.
# Variables:
#   $date (String) - the last day of the partner's access, formatted
partners-until = Até { $date }
partners-withdraw = Retirar acesso
    .aria-label = Retirar o acesso de { $partner }
# Variables:
#   $partner (String) - the partner's name
partners-withdraw-ask = Retirar o acesso de { $partner }? Deixará de poder agir em seu nome.
partners-withdraw-yes = Sim, retirar
partners-withdraw-keep = Não, manter
# Variables:
#   $partner (String) - the partner's name
partners-withdrawn = { $partner } já não pode agir em seu nome.
partners-new = Dar acesso a um parceiro
partners-partner = Parceiro
partners-scopes = O que pode fazer por si
partners-scope-usage = Ver os seus consumos
partners-scope-plans = Ver os tarifários para os quais pode mudar
partners-scope-order = Mudar o seu tarifário e pacotes
partners-scope-reserve = Reservar equipamentos nas lojas
partners-choose = Assinale pelo menos uma coisa que o parceiro pode fazer por si.
partners-get-code = Obter um código de consentimento
# Variables:
#   $partner (String) - the partner's name
partners-code-for = Leia este código a { $partner }:
partners-code-help = Só funciona uma vez, nos próximos 10 minutos. Nunca o dê a mais ninguém.
partners-done = Concluído

## A plan change from the usage view: its buttons, and the notice of a change to come.

tariff-change-plan = Mudar de tarifário
tariff-buy-addon = Adicionar dados ou roaming
# Variables:
#   $plan (String) - the plan's name
#   $date (String) - the day it takes effect, formatted
tariff-pending = Mudança para { $plan } agendada para { $date }.
tariff-pending-cancel = Cancelar esta mudança
# Variables:
#   $plan (String) - the plan's name
tariff-pending-ask = Cancelar a mudança para { $plan }? Mantém o seu tarifário atual.
tariff-pending-yes = Sim, cancelar a mudança
tariff-pending-keep = Não, manter
# Variables:
#   $plan (String) - the plan's name
tariff-pending-cancelled = A mudança para { $plan } foi cancelada. Mantém o seu tarifário atual.
