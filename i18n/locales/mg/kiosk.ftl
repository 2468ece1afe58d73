### Kiosk mode (a shared screen in a shop), the phone's side of a kiosk sign-in, and the offline notice.

kiosk-welcome = Tongasoa! Jereo ny fampiasanao, ovay ny forfait-nao, mitadiava finday misy eto, na manontania anay.
kiosk-start = Tsindrio raha hanomboka
kiosk-tools =
    .aria-label = Safidin'ny efijery
kiosk-read-aloud = Vakio mafy
kiosk-contrast = Loko mifanohitra mafy
kiosk-larger-text = Soratra lehibe kokoa
kiosk-sign-out = Hivoaka sy hamafa
kiosk-finish = Hamarana sy hamafa ny efijery
kiosk-idle-title = Mila fotoana fanampiny ve ianao?
kiosk-idle-body = { $seconds ->
    [one] Hiarovana ny tsiambaratelonao, ho voafafa afaka { $seconds } segondra ity efijery ity.
   *[other] Hiarovana ny tsiambaratelonao, ho voafafa afaka { $seconds } segondra ity efijery ity.
}
kiosk-idle-more = Eny, mbola mila fotoana
kiosk-signin-title = Midira amin'ny laharan'ny findainao
kiosk-phone-hint = Handefa kaody amin'ny SMS any amin'io laharana io izahay. Tsy misy na inona na inona tavela eto amin'ity efijery ity rehefa lasa ianao.
kiosk-phone-label = Laharan'ny finday
kiosk-phone-submit = Alefaso ny kaody
kiosk-code-title = Ampidiro ny kaody
kiosk-code-sent = Nandefa kaody misy isa 6 ho any amin'ny { $number } tamin'ny SMS izahay.
kiosk-code-label = Kaody
kiosk-code-submit = Hiditra
kiosk-delete = ⌫
    .aria-label = Hamafa ny isa farany
kiosk-qr-start = Hiditra amin'ny findaiko kosa
kiosk-qr-title = Midira amin'ny findainao
kiosk-qr-hint = Vakio amin'ny finday efa miditra ao amin'ny kaontinao ity kaody ity, dia ekeo ao.
kiosk-qr-label = Kaody QR
    .aria-label = Kaody QR hidirana avy amin'ny findainao
kiosk-start-again = Hanomboka indray
kiosk-phone = Hanohy amin'ny findaiko
kiosk-phone-qr = Kaody QR
    .aria-label = Kaody QR misy rohy mankany amin'ity pejy ity, ho an'ny findainao
kiosk-phone-explained = Vakio amin'ny fakantsarin'ny findainao. Mandeha mandritra ny 15 minitra ny rohy ary tsy misy mombamomba anao manokana.
kiosk-approve-title = Hiditra amin'ny efijery ao amin'ny fivarotana
kiosk-approve = Misy efijery ao amin'ny fivarotana mangataka hiditra ao amin'ny kaontinao mandritra ny 10 minitra. Aza ekena raha tsy eo anoloany ianao.
kiosk-approve-store = Ny efijery ao amin'ny { $store } dia mangataka hiditra ao amin'ny kaontinao mandritra ny 10 minitra. Aza ekena raha tsy eo anoloany ianao.
kiosk-approve-button = Ekena
kiosk-approve-dismiss = Tsy amin'izao
kiosk-approved = Vita: tafiditra ny efijery. Voafafa daholo ny zava-drehetra rehefa mivoaka ao ianao na mandao azy.
offline-title = Tsy misy connexion
offline-body = Misy zavatra tsy azo aseho amin'izao. Hanohy ho azy izahay rehefa tafaverina ny connexion.
