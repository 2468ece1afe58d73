# Li dimbalikat bi di wax (serveur bi dafay bind ci làkku waxtaan bi).
chat-welcome = Salaamaalekum! Mën naa la wone li nga jëfandikoo, seet forfait bu gën a yomb, seet bitig bu am telefon bi nga bëgg, te tontu say laaj ci facture, roaming, carte SIM ak yeneen. Lan laa la mën a dimbali?
chat-welcome-name = Salaamaalekum { $name }! Mën naa la wone li nga jëfandikoo, seet forfait bu gën a yomb, seet bitig bu am telefon bi nga bëgg, te tontu say laaj ci facture, roaming, carte SIM ak yeneen. Lan laa la mën a dimbali?
chat-greeting = Salaamaalekum! Lan laa la mën a dimbali?
chat-thanks = Ñoo ko bokk. Am na leneen lu ma la mën a defal?
chat-goodbye = Ba beneen yoon, te jërëjëf ci waxtaan bi.
chat-usage = Li nga jëfandikoo ci période bii a ngi nii.
chat-sign-in = Duggal jëkk: sa kont rekk laa mën a wone.
chat-plans = Seet naa forfait yu gën a yomb sa bos.
chat-usage-data = Internet bi la des ci période bii a ngi nii.
chat-usage-voice = Minit yi la des ci période bii a ngi nii.
chat-usage-sms = SMS yi la des ci période bii a ngi nii.
chat-change-plan = Forfait yi nga mën a jël a ngi nii. Méngale leen ngir soppi sa bos.
chat-addons = Pass yi nga mën a jënd ci sa nimero a ngi nii. Soo bëggee lu ëpp weer wu nekk, mën nga soppi sa forfait itam.
chat-qr-change-plan = Soppi sama forfait
chat-qr-addons = Jënd benn pass
chat-stores-which = Ban { $family } ngay seet ci wetu { $place }?
chat-plans-under = Seet naa forfait yu njëgam ëppul { $amount }.
chat-stores-stock = Bitig yi ci wetu { $place } te am { $product }:
chat-stores-near = Bitig yi ci wetu { $place }:
chat-stores-ask-place = Fan nga bëgg a jëli { $product } bi? Wax ma dëkk walla gox.
chat-stores-ask = Ban telefon walla accessoire ngay seet, te ci ban dëkk?
chat-hours-ask = Ban dëkk? Dinaa la wone bitig yi gën a jege ak seeni waxtu ubbi.
chat-rephrase = Wóorul ma ne dégg naa la bu baax. Ndax benn ci yii nga bëggoon a wax?
chat-dont-know = Baal ma, mënuma la dimbali ci loolu. Li ma mën a def a ngi nii:
chat-offer-advisor = Ndax bëgg nga waxtaan ak benn conseiller?
chat-complaint = Baal nu ci loolu. Benn conseiller mën na ko seet ak yow.
chat-cancel = Benn conseiller mën na la ci dimbali.
chat-queued = Sa numéro ci rang bi: { $position }. Xaar bi mën na tollu ci { $minutes ->
   *[other] { $minutes } minit
}.
chat-advisors-closed = Sunu conseiller yi nekkuñu fi léegi (dañuy tontu { $hours }). Bàyyil bataaxal te dinanu la tontu fii.
chat-ticket-created = Jërëjëf. Bind nanu sa bataaxal ni laaj { $id }; tontu bi dina feeñ ci waxtaan bii.
chat-advisor-joined = { $name } dugg na ci waxtaan bi.
chat-advisor-left = { $name } génn na ci waxtaan bi.
chat-transferred = Ñu ngi lay yóbbu ci beneen ekib.
chat-rate = Naka nga gise waxtaan bii?
chat-rated = Jërëjëf ci sa xalaat.
chat-qr-usage = Li ma jëfandikoo
chat-qr-plans = Forfait bu gën a yomb
chat-qr-stores = Seet bitig
chat-qr-network = Jafe-jafe réseau
chat-qr-bill = Sama facture
chat-qr-roaming = Roaming
chat-qr-advisor = Waxtaan ak conseiller
chat-qr-message = Bàyyi bataaxal
chat-qr-no = Déedéet, jërëjëf
chat-incidents = Jafe-jafe réseau yu ñu xam ci wetu { $place }:
chat-incidents-title = Jafe-jafe yu ñu xam
chat-incident-until = Dañu yaakaar ne dinañu ko defar balaa { $time }.
chat-no-incidents = Amul jafe-jafe réseau bu ñu xam ci wetu { $place }. Li nga mën a jéem a ngi nii:
chat-hours-ask-incidents = Ci ban dëkk walla ban gox nga nekk? Dinaa seet ndax am na jafe-jafe bu ñu xam fa.
chat-shop-or-online = Benn conseiller ci { $store } mën na la fi fekk, walla nga waxtaan ak benn conseiller ci internet.
chat-qr-shop-advisor = Conseiller ci bitig bii
chat-qr-online-advisor = Conseiller ci internet
chat-shop-queued = Benn conseiller ci bitig bii dina la fi fekk. Sa numéro ci rangu bitig bi: { $position }; bu la neexee, desal ci kanam écran bii.
# Topping up with a recharge card (a voucher's code) in the chat.
chat-topup-ask = Am nga carte recharge? Bindal fii code bi feeñ bu nga gratter carte bi, ma yokk ko ci sa crédit.
# Variables:
#   $amount (String) - what the card added, e.g. "1000 XOF"
#   $end (String) - the code's last four digits
chat-topup-done = Def naa ko: yokk naa { $amount } ci sa crédit ak carte bu jeexe ci { $end }.
chat-topup-not-found = Code bu jeexe ci { $end } bokkul ci sunuy carte recharge. Seetal chiffre yi te bindaat ko.
chat-topup-used = Carte bu jeexe ci { $end }, jëfandikoo nañu ko ba noppi. Soo ko jëndee léegi léegi, bitig bi la ko jaay mën na la dimbali.
chat-topup-attempts = Code yu baaxul yi dañoo bari lool tey. Ngir sa kaaraange, jéemaatal ëllëg walla yokkal sa crédit ci bitig; benn conseiller mën na la dimbali itam.
chat-topup-postpaid = Sa nimero mi ngi ci forfait bu ngay fey weer wu nekk ak facture: amul crédit bu ñuy yokk.
# The text message with a kiosk sign-in code.
# Variables:
#   $code (String) - the six-digit code
#   $minutes (Number) - how long it works
kiosk-code-sms = Sa code Selfcare: { $code }. Day dox { $minutes ->
   *[other] { $minutes } minit
}. Bul ko jox kenn.
