### Mode borne (écran partagé en boutique), côté téléphone de la connexion à une borne, et l’avis hors ligne.

kiosk-welcome = Bienvenue ! Consultez votre consommation, changez de forfait, trouvez un téléphone en stock ou posez-nous une question.
kiosk-start = Touchez l’écran pour commencer
kiosk-tools =
    .aria-label = Options d’affichage
kiosk-read-aloud = Lire à voix haute
kiosk-contrast = Contraste élevé
kiosk-larger-text = Texte plus grand
kiosk-sign-out = Me déconnecter et effacer
kiosk-finish = Terminer et effacer l’écran
kiosk-idle-title = Avez-vous besoin de plus de temps ?
kiosk-idle-body = { $seconds ->
    [one] Pour votre confidentialité, cet écran sera effacé dans { $seconds } seconde.
    [many] Pour votre confidentialité, cet écran sera effacé dans { $seconds } secondes.
   *[other] Pour votre confidentialité, cet écran sera effacé dans { $seconds } secondes.
}
kiosk-idle-more = Oui, plus de temps
kiosk-signin-title = Connectez-vous avec votre numéro de mobile
kiosk-phone-hint = Nous enverrons un code par SMS à ce numéro. Rien n’est gardé sur cet écran après votre départ.
kiosk-phone-label = Numéro de mobile
kiosk-phone-submit = M’envoyer un code
kiosk-code-title = Saisissez le code
kiosk-code-sent = Nous avons envoyé un code à 6 chiffres par SMS au { $number }.
kiosk-code-label = Code
kiosk-code-submit = Me connecter
kiosk-delete = ⌫
    .aria-label = Effacer le dernier chiffre
kiosk-qr-start = Me connecter plutôt avec mon téléphone
kiosk-qr-title = Connectez-vous avec votre téléphone
kiosk-qr-hint = Scannez ce code avec le téléphone où vous êtes connecté à votre compte, puis approuvez-y la connexion.
kiosk-qr-label = Code QR
    .aria-label = Code QR pour vous connecter depuis votre téléphone
kiosk-start-again = Recommencer
kiosk-phone = Continuer sur mon téléphone
kiosk-phone-qr = Code QR
    .aria-label = Code QR d’un lien vers cette page pour votre téléphone
kiosk-phone-explained = Scannez-le avec l’appareil photo de votre téléphone. Le lien fonctionne 15 minutes et ne contient rien de personnel.
kiosk-approve-title = Connexion à une borne
kiosk-approve = Une borne demande à se connecter à votre compte pour 10 minutes. N’approuvez que si vous êtes devant elle.
kiosk-approve-store = La borne de { $store } demande à se connecter à votre compte pour 10 minutes. N’approuvez que si vous êtes devant elle.
kiosk-approve-button = Approuver
kiosk-approve-dismiss = Pas maintenant
kiosk-approved = C’est fait : la borne est connectée. Elle oublie tout quand vous vous y déconnectez ou la quittez.
offline-title = Pas de connexion
offline-body = Certaines informations ne peuvent pas s’afficher pour l’instant. Tout reprendra seul au retour de la connexion.
