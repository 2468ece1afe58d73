# Vlastné vety asistenta (server ich formátuje v jazyku konverzácie).
chat-welcome = Dobrý deň! Ukážem vám spotrebu, nájdem lacnejší paušál alebo predajňu s telefónom na sklade a odpoviem na otázky o faktúrach, roamingu, SIM kartách a ďalších veciach. S čím vám môžem pomôcť?
chat-welcome-name = Dobrý deň, { $name }! Ukážem vám spotrebu, nájdem lacnejší paušál alebo predajňu s telefónom na sklade a odpoviem na otázky o faktúrach, roamingu, SIM kartách a ďalších veciach. S čím vám môžem pomôcť?
chat-greeting = Dobrý deň! Ako vám môžem pomôcť?
chat-thanks = Rado sa stalo. Môžem pre vás urobiť ešte niečo?
chat-goodbye = Dovidenia a ďakujeme, že ste nám napísali.
chat-usage = Tu je vaša spotreba v tomto zúčtovacom období.
chat-sign-in = Najprv sa, prosím, prihláste: môžem zobraziť len váš vlastný účet.
chat-plans = Pozrime sa na paušály, ktoré sú lacnejšie ako ten váš.
chat-usage-data = Tu sú dáta, ktoré vám v tomto období ešte zostávajú.
chat-usage-voice = Tu sú minúty, ktoré vám v tomto období ešte zostávajú.
chat-usage-sms = Tu sú SMS, ktoré vám v tomto období ešte zostávajú.
chat-change-plan = Na tieto paušály môžete prejsť. Porovnajte si ich a vyberte si nový.
chat-addons = Tieto balíky si môžete ku svojmu číslu dokúpiť. Ak chcete viac každý mesiac, môžete si aj zmeniť paušál.
chat-qr-change-plan = Zmeniť paušál
chat-qr-addons = Kúpiť balík
chat-stores-which = Aký { $family } hľadáte v lokalite { $place }?
chat-plans-under = Pozrime sa na paušály do { $amount }.
chat-stores-stock = Predajne v lokalite { $place }, kde je { $product } skladom:
chat-stores-near = Predajne v lokalite { $place }:
chat-stores-ask-place = Kde si chcete vyzdvihnúť { $product }? Napíšte mesto alebo mestskú časť.
chat-stores-ask = Aký telefón alebo príslušenstvo hľadáte a v ktorom meste?
chat-hours-ask = V ktorom meste? Ukážem vám najbližšie predajne a ich otváracie hodiny.
chat-rephrase = Neviem, či vám dobre rozumiem. Mysleli ste niečo z tohto?
chat-dont-know = Prepáčte, s tým vám neviem pomôcť. Pomôcť vám môžem s týmto:
chat-offer-advisor = Chcete sa spojiť s poradcom?
chat-complaint = To nás veľmi mrzí. Poradca sa na to s vami pozrie.
chat-cancel = S tým vám pomôže poradca.
chat-queued = Ste { $position }. v poradí. Predpokladaný čas čakania: približne { $minutes ->
    [one] { $minutes } minúta
    [few] { $minutes } minúty
    [many] { $minutes } minúty
   *[other] { $minutes } minút
}.
chat-advisors-closed = Naši poradcovia teraz nie sú k dispozícii (odpovedajú v čase { $hours }). Nechajte nám správu a odpovieme vám tu.
chat-ticket-created = Ďakujeme. Vašu správu sme zaevidovali ako požiadavku { $id }; odpoveď sa zobrazí v tejto konverzácii.
chat-advisor-joined = { $name } je teraz v konverzácii.
chat-advisor-left = { $name } už nie je v konverzácii.
chat-transferred = Prepájame vás na iný tím.
chat-rate = Ako hodnotíte túto konverzáciu?
chat-rated = Ďakujeme za hodnotenie.
chat-qr-usage = Moja spotreba
chat-qr-plans = Lacnejší paušál
chat-qr-stores = Nájsť predajňu
chat-qr-network = Problém so sieťou
chat-qr-bill = Moja faktúra
chat-qr-roaming = Roaming
chat-qr-advisor = Spojiť s poradcom
chat-qr-message = Nechať správu
chat-qr-no = Nie, ďakujem
chat-incidents = Známe výpadky siete v lokalite { $place }:
chat-incidents-title = Známe výpadky
chat-incident-until = Oprava sa očakáva do { $time }.
chat-no-incidents = V lokalite { $place } neevidujeme žiadny výpadok siete. Skúste toto:
chat-hours-ask-incidents = V akom meste alebo mestskej časti ste? Pozriem sa, či tam nie je známy výpadok.
chat-shop-or-online = Poradca z predajne { $store } môže prísť za vami sem, alebo môžete chatovať s poradcom online.
chat-qr-shop-advisor = Poradca v predajni
chat-qr-online-advisor = Poradca online
chat-shop-queued = Poradca z predajne za vami príde. Ste { $position }. v poradí v predajni; zostaňte, prosím, pri tejto obrazovke.
# Topping up with a recharge card (a voucher's code) in the chat.
chat-topup-ask = Máte dobíjací kupón? Napíšte sem kód spod stieracieho poľa a dobijem vám ním kredit.
# Variables:
#   $amount (String) - what the card added, e.g. "1000 XOF"
#   $end (String) - the code's last four digits
chat-topup-done = Hotovo: kredit sa vám navýšil o { $amount } z kupónu s kódom končiacim na { $end }.
chat-topup-not-found = Kód končiaci na { $end } nepatrí žiadnemu z našich dobíjacích kupónov. Skontrolujte číslice a napíšte ho znova.
chat-topup-used = Kupón s kódom končiacim na { $end } už bol použitý. Ak ste ho práve kúpili, pomôže vám predajňa, ktorá vám ho predala.
chat-topup-attempts = Dnes ste zadali príliš veľa nesprávnych kódov. Z bezpečnostných dôvodov to skúste znova zajtra alebo si dobite kredit v predajni; pomôcť vám môže aj poradca.
chat-topup-postpaid = Vaše číslo má paušál s mesačnou faktúrou, takže nemá kredit, ktorý by sa dal dobiť.
# The text message with a kiosk sign-in code.
# Variables:
#   $code (String) - the six-digit code
#   $minutes (Number) - how long it works
kiosk-code-sms = Váš kód Selfcare: { $code }. Platí { $minutes ->
    [one] { $minutes } minútu
    [few] { $minutes } minúty
    [many] { $minutes } minúty
   *[other] { $minutes } minút
}. Nikomu ho neprezrádzajte.
