# Ireo fehezanteny lazain'ny mpanampy (ny serveur no mandrindra azy amin'ny fitenin'ny resaka).
chat-welcome = Salama! Afaka mampiseho ny fampiasanao aho, mitady forfait mora kokoa, mitady fivarotana misy ilay finday tadiavinao, ary mamaly fanontaniana momba ny faktiora, ny roaming, ny karatra SIM sy ny maro hafa. Inona no azoko anampiana anao?
chat-welcome-name = Salama { $name }! Afaka mampiseho ny fampiasanao aho, mitady forfait mora kokoa, mitady fivarotana misy ilay finday tadiavinao, ary mamaly fanontaniana momba ny faktiora, ny roaming, ny karatra SIM sy ny maro hafa. Inona no azoko anampiana anao?
chat-greeting = Salama! Inona no azoko anampiana anao?
chat-thanks = Tsy misy fisaorana. Mbola misy zavatra hafa azoko atao ho anao ve?
chat-goodbye = Veloma, ary misaotra nifampiresaka taminay.
chat-usage = Ity ny fampiasanao amin'ity vanim-potoana ity.
chat-sign-in = Midira aloha azafady: ny kaontinao ihany no azoko aseho.
chat-plans = Nitady forfait mora noho ny anao aho.
chat-usage-data = Ity ny internet mbola sisa aminao amin'ity vanim-potoana ity.
chat-usage-voice = Ireto ny minitra mbola sisa aminao amin'ity vanim-potoana ity.
chat-usage-sms = Ireto ny SMS mbola sisa aminao amin'ity vanim-potoana ity.
chat-change-plan = Ireto ny forfait azonao ifindrana. Ampitahao izy rehetra raha hanova ny anao.
chat-addons = Ireto ny tolotra fanampiny azonao vidiana ho an'ny laharanao. Raha mila bebe kokoa isam-bolana ianao, azonao ovaina koa ny forfait-nao.
chat-qr-change-plan = Hanova ny forfait-ko
chat-qr-addons = Hividy tolotra fanampiny
chat-stores-which = Inona ilay { $family } tadiavinao akaikin'i { $place }?
chat-plans-under = Nitady forfait latsaky ny { $amount } aho.
chat-stores-stock = Fivarotana akaikin'i { $place } misy { $product }:
chat-stores-near = Fivarotana akaikin'i { $place }:
chat-stores-ask-place = Aiza no tianao halaina ilay { $product }? Lazao ahy ny tanàna na ny kartie.
chat-stores-ask = Finday na kojakoja inona no tadiavinao, ary amin'ny tanàna inona?
chat-hours-ask = Amin'ny tanàna inona? Hasehoko anao ny fivarotana akaiky indrindra sy ny ora fisokafany.
chat-rephrase = Tsy azoko antoka raha azoko tsara. Iray amin'ireto ve no tianao holazaina?
chat-dont-know = Miala tsiny fa tsy afaka manampy anao amin'izany aho. Ireto no azoko atao:
chat-offer-advisor = Te hiresaka amin'ny mpanolotsaina ve ianao?
chat-complaint = Miala tsiny amin'izany izahay. Afaka mandinika izany miaraka aminao ny mpanolotsaina iray.
chat-cancel = Afaka manampy anao amin'izany ny mpanolotsaina iray.
chat-queued = Ianao no faha-{ $position } amin'ny filaharana. Fotoana hiandrasana: { $minutes ->
    [one] { $minutes } minitra eo ho eo
   *[other] { $minutes } minitra eo ho eo
}.
chat-advisors-closed = Tsy misy mpanolotsaina afaka amin'izao (mamaly { $hours } izy ireo). Mametraha hafatra dia eto no hamalianay anao.
chat-ticket-created = Misaotra. Voarakitra ho fangatahana { $id } ny hafatrao; eto amin'ity resaka ity no hiseho ny valiny.
chat-advisor-joined = Niditra tao amin'ny resaka i { $name }.
chat-advisor-left = Nivoaka ny resaka i { $name }.
chat-transferred = Ampitaina any amin'ny ekipa hafa ianao.
chat-rate = Inona no naoty omenao ity resaka ity?
chat-rated = Misaotra tamin'ny hevitrao.
chat-qr-usage = Ny fampiasako
chat-qr-plans = Forfait mora kokoa
chat-qr-stores = Hitady fivarotana
chat-qr-network = Olana amin'ny réseau
chat-qr-bill = Ny faktiorako
chat-qr-roaming = Roaming
chat-qr-advisor = Hiresaka amin'ny mpanolotsaina
chat-qr-message = Hametraka hafatra
chat-qr-no = Tsia, misaotra
chat-incidents = Olana réseau fantatra akaikin'i { $place }:
chat-incidents-title = Olana fantatra
chat-incident-until = Antenaina ho voavaha amin'ny { $time }.
chat-no-incidents = Tsy misy olana réseau fantatra akaikin'i { $place }. Ireto no azonao andramana:
chat-hours-ask-incidents = Amin'ny tanàna na kartie inona ianao? Hojereko raha misy olana fantatra any.
chat-shop-or-online = Afaka manatona anao eto ny mpanolotsaina ao amin'ny { $store }, na afaka miresaka amin'ny mpanolotsaina an-tserasera ianao.
chat-qr-shop-advisor = Mpanolotsaina ato amin'ny fivarotana
chat-qr-online-advisor = Mpanolotsaina an-tserasera
chat-shop-queued = Hanatona anao ny mpanolotsaina ato amin'ny fivarotana. Ianao no faha-{ $position } amin'ny filaharana ato amin'ny fivarotana; mijanòna eo anoloan'ity efijery ity azafady.
# Topping up with a recharge card (a voucher's code) in the chat.
chat-topup-ask = Manana karatra crédit ve ianao? Soraty eto ny kaody eo ambanin'ny faritra kikisina, dia hampidiriko ao amin'ny crédit-nao izany.
# Variables:
#   $amount (String) - what the card added, e.g. "1000 XOF"
#   $end (String) - the code's last four digits
chat-topup-done = Vita: tafiditra ao amin'ny crédit-nao ny { $amount } avy amin'ny karatra mifarana amin'ny { $end }.
chat-topup-not-found = Tsy kaodin'ny karatra crédit-nay ilay kaody mifarana amin'ny { $end }. Hamarino ny isa, dia soraty indray.
chat-topup-used = Efa nampiasaina ny karatra mifarana amin'ny { $end }. Raha vao avy nividy azy ianao, afaka manampy anao ny fivarotana nivarotra azy.
chat-topup-attempts = Be loatra ny kaody diso androany. Ho fiarovana anao, andramo indray rahampitso, na mividiana crédit any amin'ny fivarotana; afaka manampy anao koa ny mpanolotsaina.
chat-topup-postpaid = Forfait isam-bolana aloa amin'ny faktiora ny laharanao: tsy misy crédit hampiana.
# The text message with a kiosk sign-in code.
# Variables:
#   $code (String) - the six-digit code
#   $minutes (Number) - how long it works
kiosk-code-sms = Ny kaody Selfcare-nao: { $code }. Mandeha mandritra ny { $minutes ->
    [one] { $minutes } minitra
   *[other] { $minutes } minitra
} izy. Aza omena olona mihitsy.
