# Les frases del mateix assistent (el servidor les formata en l’idioma de la conversa).
chat-welcome = Hola! Puc mostrar-te el teu consum, buscar-te una tarifa més barata, trobar una botiga amb un mòbil disponible i resoldre dubtes sobre factures, itinerància, targetes SIM i més coses. En què et puc ajudar?
chat-welcome-name = Hola, { $name }! Puc mostrar-te el teu consum, buscar-te una tarifa més barata, trobar una botiga amb un mòbil disponible i resoldre dubtes sobre factures, itinerància, targetes SIM i més coses. En què et puc ajudar?
chat-greeting = Hola! En què et puc ajudar?
chat-thanks = De res. Et puc ajudar en alguna altra cosa?
chat-goodbye = Fins aviat, i gràcies per escriure’ns.
chat-usage = Aquest és el teu consum en aquest període.
chat-sign-in = Primer inicia la sessió: només et puc mostrar el teu propi compte.
chat-plans = He buscat tarifes més barates que la teva.
chat-usage-data = Aquestes són les dades que et queden en aquest període.
chat-usage-voice = Aquests són els minuts que et queden en aquest període.
chat-usage-sms = Aquests són els SMS que et queden en aquest període.
chat-change-plan = Aquestes són les tarifes a què et pots canviar. Compara-les totes per canviar la teva.
chat-addons = Aquests són els bons que pots contractar per a la teva línia. Si en necessites més cada mes, també pots canviar de tarifa.
chat-qr-change-plan = Canvia de tarifa
chat-qr-addons = Contracta un bo
chat-stores-which = Quin { $family } busques a les botigues properes a { $place }?
chat-plans-under = He buscat tarifes per menys de { $amount }.
chat-stores-stock = Botigues properes a { $place } amb { $product } disponible:
chat-stores-near = Botigues properes a { $place }:
chat-stores-ask-place = { $product }: a quina botiga vols fer la recollida? Digues-me una població o un barri.
chat-stores-ask = Quin mòbil o accessori busques, i a quina població?
chat-hours-ask = A quina població? Et mostro les botigues més properes i el seu horari.
chat-rephrase = No sé si t’he entès bé. Et refereixes a alguna d’aquestes opcions?
chat-dont-know = Ho sento, no et puc ajudar amb això. Això és el que puc fer:
chat-offer-advisor = Vols parlar amb un agent?
chat-complaint = Sento molt el que ha passat. Un agent ho pot revisar amb tu.
chat-cancel = Un agent et pot ajudar amb això.
chat-queued = Ets el número { $position } de la cua. Espera estimada: { $minutes ->
    [one] aproximadament un minut
    [many] uns { $minutes } de minuts
   *[other] uns { $minutes } minuts
}.
chat-advisors-closed = Ara mateix els nostres agents no estan disponibles (horari: { $hours }). Deixa’ns un missatge i et respondrem aquí.
chat-ticket-created = Gràcies. Hem registrat el teu missatge amb el número de sol·licitud { $id }; la resposta apareixerà en aquesta conversa.
chat-advisor-joined = { $name } s’ha unit a la conversa.
chat-advisor-left = { $name } ha sortit de la conversa.
chat-transferred = T’estem passant amb un altre equip.
chat-rate = Com valoraries aquesta conversa?
chat-rated = Gràcies per la teva valoració.
chat-qr-usage = El meu consum
chat-qr-plans = Una tarifa més barata
chat-qr-stores = Cerca una botiga
chat-qr-network = Problema de xarxa
chat-qr-bill = La meva factura
chat-qr-roaming = Itinerància
chat-qr-advisor = Parla amb un agent
chat-qr-message = Deixa un missatge
chat-qr-no = No, gràcies
chat-incidents = Incidències de xarxa conegudes a { $place } i voltants:
chat-incidents-title = Incidències conegudes
chat-incident-until = Solució prevista: { $time }.
chat-no-incidents = No hi ha cap incidència de xarxa coneguda a { $place } i voltants. Prova això:
chat-hours-ask-incidents = A quina població o barri ets? Miraré si hi ha incidències conegudes.
chat-shop-or-online = Un assessor de la botiga { $store } pot venir a atendre’t aquí, o pots xatejar amb un agent en línia.
chat-qr-shop-advisor = Un assessor d’aquesta botiga
chat-qr-online-advisor = Un agent en línia
chat-shop-queued = Un assessor d’aquesta botiga vindrà a atendre’t. Ets el número { $position } de la cua de la botiga; queda’t a prop d’aquesta pantalla, sisplau.
# Topping up with a recharge card (a voucher's code) in the chat.
chat-topup-ask = Tens una targeta de recàrrega? Escriu aquí el codi que apareix quan la grates i te l’afegeixo al saldo.
# Variables:
#   $amount (String) - what the card added, e.g. "1000 XOF"
#   $end (String) - the code's last four digits
chat-topup-done = Fet! He afegit { $amount } al teu saldo amb la targeta acabada en { $end }.
chat-topup-not-found = El codi acabat en { $end } no correspon a cap de les nostres targetes de recàrrega. Revisa les xifres i torna a escriure’l.
chat-topup-used = La targeta acabada en { $end } ja s’ha fet servir. Si l’acabes de comprar, la botiga que te l’ha venuda et pot ajudar.
chat-topup-attempts = Massa codis incorrectes per avui. Per seguretat, torna-ho a provar demà o recarrega a una botiga; un agent també et pot ajudar.
chat-topup-postpaid = La teva línia és de contracte, amb una quota mensual que es paga amb la factura: no té saldo per recarregar.
# L’SMS amb el codi per iniciar la sessió en una pantalla de botiga.
# Variables:
#   $code (String) - the six-digit code
#   $minutes (Number) - how long it works
kiosk-code-sms = El teu codi de Selfcare: { $code }. És vàlid durant { $minutes ->
    [one] un minut
    [many] { $minutes } de minuts
   *[other] { $minutes } minuts
}. No el donis a ningú.
