### Habillage du widget, connexion, erreurs et choix de la langue.

-brand-name = Selfcare

widget-title = Mon espace
widget-region =
    .aria-label = { -brand-name } : mon espace
launcher-open = Mon espace
    .aria-label = Ouvrir mon espace
launcher-close = Fermer
    .aria-label = Fermer mon espace
language-switcher = Langue
loading = Chargement…
retry = Réessayer
signin-required-title = Connectez-vous pour voir votre compte
signin-required-body = Connectez-vous sur ce site, puis revenez ici pour voir votre consommation et votre contrat.
no-lines = Votre compte ne comporte aucune ligne mobile.
nav-label =
    .aria-label = Rubriques

## Erreurs renvoyées par le serveur, par identifiant.

error-unauthenticated = Nous n’avons pas pu vous identifier. Reconnectez-vous.
error-token-expired = Votre session a expiré. Reconnectez-vous pour continuer.
error-line-not-found = Cette ligne ne figure pas sur votre compte.
error-bad-request = Cette demande n’a pas pu être comprise. Rechargez la page et réessayez.
error-network = Le service est injoignable. Vérifiez votre connexion et réessayez.
error-unavailable = Le service est très sollicité. Réessayez dans un instant.
error-internal = Un problème est survenu de notre côté. Réessayez plus tard.
