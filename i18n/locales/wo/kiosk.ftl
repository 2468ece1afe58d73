### Kiosk mode (a shared screen in a shop), the phone's side of a kiosk sign-in, and the offline notice.

kiosk-welcome = Dalal ak jàmm! Xoolal li nga jëfandikoo, soppil sa forfait, seetal telefon bu am ci bitig bi walla laaj nu lu la soxla.
kiosk-start = Laal ngir tàmbali
kiosk-tools =
    .aria-label = Réglage écran bi
kiosk-read-aloud = Jàng ci kaw
kiosk-contrast = Contraste bu kawe
kiosk-larger-text = Bind bu gën a mag
kiosk-sign-out = Génn te far lépp
kiosk-finish = Jeexal te far écran bi
kiosk-idle-title = Ndax soxla nga yokk waxtu?
kiosk-idle-body = { $seconds ->
   *[other] Ngir aar sa mbiri bopp, dinañu far lépp ci écran bi ginnaaw { $seconds } segond.
}
kiosk-idle-more = Waaw, yokk ma waxtu
kiosk-signin-title = Duggal ak sa nimero portable
kiosk-phone-hint = Dinanu la yónne benn code ci SMS ci nimero bii. Dara du des ci écran bii boo demee.
kiosk-phone-label = Nimero portable
kiosk-phone-submit = Yónne ma code
kiosk-code-title = Bindal code bi
kiosk-code-sent = Yónne nanu code bu am 6 chiffre ci SMS ci { $number }.
kiosk-code-label = Code bi
kiosk-code-submit = Dugg
kiosk-delete = ⌫
    .aria-label = Far chiffre bu mujj bi
kiosk-qr-start = Duggal ak sama telefon
kiosk-qr-title = Duggal ak sa telefon
kiosk-qr-hint = Scanner code bii ak telefon bi nga dugge ci sa kont, te nangu fa.
kiosk-qr-label = Code QR
    .aria-label = Code QR ngir dugg ak sa telefon
kiosk-start-again = Tàmbaliwaat
kiosk-phone = Wéy ci sama telefon
kiosk-phone-qr = Code QR
    .aria-label = Code QR bu am lien bu jëm ci page bii, ngir sa telefon
kiosk-phone-explained = Scanner ko ak caméra sa telefon. Lien bi day dox 15 minit te amul dara ci sa mbiri bopp.
kiosk-approve-title = Dugg ci benn borne
kiosk-approve = Benn borne dafa laaj ngir dugg ci sa kont diirub 10 minit. Nangul rekk su fekkee yaa ngi taxaw ci kanamam.
kiosk-approve-store = Borne bi ci { $store } dafa laaj ngir dugg ci sa kont diirub 10 minit. Nangul rekk su fekkee yaa ngi taxaw ci kanamam.
kiosk-approve-button = Nangu
kiosk-approve-dismiss = Léegi déet
kiosk-approved = Baax na: borne bi dugg na. Dina fàtte lépp boo fa génnee walla boo ko bàyyee.
offline-title = Amul connexion
offline-body = Am na yenn yu ñu mënul wone léegi. Dinanu wéy sunu bopp bu connexion bi dellusee.
