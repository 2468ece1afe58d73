# Propozițiile asistentului (serverul le formatează în limba conversației).
chat-welcome = Bună! Îți pot arăta consumul, găsi un abonament mai ieftin, găsi un magazin care are un telefon în stoc și răspunde la întrebări despre facturi, roaming, cartele SIM și multe altele. Cu ce te pot ajuta?
chat-welcome-name = Bună, { $name }! Îți pot arăta consumul, găsi un abonament mai ieftin, găsi un magazin care are un telefon în stoc și răspunde la întrebări despre facturi, roaming, cartele SIM și multe altele. Cu ce te pot ajuta?
chat-greeting = Bună! Cu ce te pot ajuta?
chat-thanks = Cu plăcere. Te mai pot ajuta cu ceva?
chat-goodbye = La revedere și mulțumim că ne-ai scris.
chat-usage = Iată consumul tău din această perioadă.
chat-sign-in = Te rog să te autentifici mai întâi: îți pot arăta doar propriul cont.
chat-plans = Am căutat abonamente care costă mai puțin decât al tău.
chat-usage-data = Iată datele mobile care ți-au rămas în această perioadă.
chat-usage-voice = Iată minutele care ți-au rămas în această perioadă.
chat-usage-sms = Iată SMS-urile care ți-au rămas în această perioadă.
chat-change-plan = Iată abonamentele la care poți trece. Compară-le pe toate ca să-l schimbi pe al tău.
chat-addons = Iată extraopțiunile pe care le poți activa pe linia ta. Dacă vrei mai mult în fiecare lună, îți poți schimba și abonamentul.
chat-qr-change-plan = Schimbă abonamentul
chat-qr-addons = Activează o extraopțiune
chat-stores-which = Ce model de { $family } cauți lângă { $place }?
chat-plans-under = Am căutat abonamente sub { $amount }.
chat-stores-stock = Magazine lângă { $place } care au { $product } în stoc:
chat-stores-near = Magazine lângă { $place }:
chat-stores-ask-place = De unde vrei să ridici { $product }? Spune-mi o localitate sau un cartier.
chat-stores-ask = Ce telefon sau accesoriu cauți și în ce localitate?
chat-hours-ask = În ce localitate? Îți arăt cele mai apropiate magazine și programul lor.
chat-rephrase = Nu sunt sigur că am înțeles. Te referi la una dintre acestea?
chat-dont-know = Îmi pare rău, nu te pot ajuta cu asta. Iată ce pot face:
chat-offer-advisor = Vrei să vorbești cu un consultant?
chat-complaint = Îmi pare rău să aud asta. Un consultant poate analiza situația împreună cu tine.
chat-cancel = Un consultant te poate ajuta cu asta.
chat-queued = Ești pe locul { $position } la coadă. Timp estimat de așteptare: aproximativ { $minutes ->
    [one] un minut
    [few] { $minutes } minute
   *[other] { $minutes } de minute
}.
chat-advisors-closed = Consultanții noștri nu sunt disponibili acum (program: { $hours }). Lasă un mesaj și îți vom răspunde aici.
chat-ticket-created = Mulțumim. Mesajul tău a fost înregistrat ca solicitarea { $id }; răspunsul va apărea în această conversație.
chat-advisor-joined = { $name } s-a alăturat conversației.
chat-advisor-left = { $name } a părăsit conversația.
chat-transferred = Te transferăm către altă echipă.
chat-rate = Cum evaluezi această conversație?
chat-rated = Mulțumim pentru părere.
chat-qr-usage = Consumul meu
chat-qr-plans = Un abonament mai ieftin
chat-qr-stores = Găsește un magazin
chat-qr-network = Problemă de rețea
chat-qr-bill = Factura mea
chat-qr-roaming = Roaming
chat-qr-advisor = Vorbește cu un consultant
chat-qr-message = Lasă un mesaj
chat-qr-no = Nu, mulțumesc
chat-incidents = Avarii cunoscute în rețea lângă { $place }:
chat-incidents-title = Avarii cunoscute
chat-incident-until = Remediere estimată până la { $time }.
chat-no-incidents = Nu există nicio avarie cunoscută lângă { $place }. Iată ce poți încerca:
chat-hours-ask-incidents = În ce localitate sau cartier ești? Verific dacă sunt avarii cunoscute acolo.
chat-shop-or-online = Un consultant din magazinul { $store } poate veni la tine aici sau poți vorbi online cu un consultant.
chat-qr-shop-advisor = Un consultant din magazin
chat-qr-online-advisor = Un consultant online
chat-shop-queued = Un consultant din magazin va veni la tine. Ești pe locul { $position } la coada magazinului; te rugăm să rămâi lângă acest ecran.
# Topping up with a recharge card (a voucher's code) in the chat.
chat-topup-ask = Ai o cartelă de reîncărcare? Scrie aici codul de sub zona de răzuit și îl adaug la creditul tău.
# Variables:
#   $amount (String) - what the card added, e.g. "1000 XOF"
#   $end (String) - the code's last four digits
chat-topup-done = Gata: am adăugat la creditul tău { $amount } de pe cartela care se termină în { $end }.
chat-topup-not-found = Codul care se termină în { $end } nu este unul dintre codurile noastre de reîncărcare. Verifică cifrele și scrie-l din nou.
chat-topup-used = Cartela care se termină în { $end } a fost deja folosită. Dacă tocmai ai cumpărat-o, te poate ajuta magazinul de unde ai luat-o.
chat-topup-attempts = Prea multe coduri greșite azi. Pentru siguranța ta, încearcă din nou mâine sau reîncarcă într-un magazin; te poate ajuta și un consultant.
chat-topup-postpaid = Linia ta are abonament lunar, plătit pe factură: nu există credit de reîncărcat.
# SMS-ul cu codul de autentificare la un terminal.
# Variables:
#   $code (String) - the six-digit code
#   $minutes (Number) - how long it works
kiosk-code-sms = Codul tău Selfcare: { $code }. Este valabil { $minutes ->
    [one] un minut
    [few] { $minutes } minute
   *[other] { $minutes } de minute
}. Nu-l da nimănui.
