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
signin-required-body = Connectez-vous pour voir votre consommation, votre contrat et vos réservations.
signin-button = Se connecter
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
error-offering-not-found = Cette offre n’est plus disponible.
error-order-not-found = Cette commande n’est pas sur votre compte.
error-not-eligible = Cette offre n’est plus possible pour cette ligne. La liste des offres indique pourquoi.
error-conflict = Une autre modification de cette ligne a été faite au même moment. Vérifiez la ligne puis réessayez.
error-price-changed = Le prix a changé depuis que vous l’avez vu. Vérifiez le nouveau prix avant de confirmer.
error-idempotency-key-reused = Cette commande a déjà été envoyée avec d’autres informations. Recommencez.
error-idempotency-key-expired = Cette confirmation est trop ancienne. Recommencez.
error-order-not-cancellable = Ce changement est déjà en vigueur et ne peut plus être annulé.
error-consent-required = Cochez la case pour donner votre accord avant de confirmer.

## Store locator errors and sections.

error-bad-coordinates = Ce lieu n’est pas sur la carte. Choisissez un lieu parmi les suggestions.
error-radius-too-large = Cette zone de recherche est trop grande. Choisissez une ville ou utilisez votre position.
error-query-empty = Saisissez une ville, un quartier ou un code postal.
error-store-not-found = Cette boutique n’existe plus.
error-product-not-found = Ce produit n’est plus vendu.
error-out-of-stock = Cette boutique n’a plus ce produit. Une autre boutique proche l’a peut-être.
error-reservation-limit = Vous ne pouvez pas réserver davantage de ce produit. Retirez ou annulez d’abord une réservation.
error-reservation-not-found = Cette réservation n’est pas sur votre compte.
error-reservation-not-cancellable = Cette réservation est déjà terminée.
nav-usage = Ma conso
nav-stores = Boutiques
nav-chat = Discussion

## Erreurs de la discussion.

error-conversation-not-found = Cette conversation n’est plus disponible. Commencez-en une nouvelle.
error-message-empty = Écrivez d’abord un message.
error-message-too-long = Ce message est trop long. Raccourcissez-le ou envoyez-le en plusieurs fois.
error-message-invalid = Ce message contient des caractères qui ne peuvent pas être envoyés. Retirez-les et réessayez.
error-rate-limited = Vous envoyez des messages trop vite. Attendez une minute, puis réessayez.
error-conversation-closed = Cette conversation est terminée. Commencez-en une nouvelle.
error-forbidden = Vous n’avez pas accès à cette fonction.
error-delegation-invalid = Ce code est faux, déjà utilisé ou expiré. Demandez-en un nouveau au client.
error-code-invalid = Ce code est faux ou a expiré. Vérifiez-le ou demandez-en un nouveau.
error-pairing-not-found = Cette demande de connexion a expiré ou a déjà servi. Scannez à nouveau le code de la borne.
error-code-locked = Trop de codes faux. Demandez un nouveau code.

## A shop's hours and stock, shown by the locator, the chat's cards and a kiosk's attract screen.

stores-week = Horaires de la semaine
stores-closed = Fermé
stores-closed-opens = Fermé · ouvre à { $time }
stores-closed-opens-day = Fermé · ouvre { $day }
stores-closed-opens-tomorrow = Fermé · ouvre demain à { $time }
stores-exceptional = Horaires exceptionnels aujourd’hui
stores-exceptional-day = horaires exceptionnels
stores-holiday = Jour férié : { $name }
stores-open-always = Ouvert 24 h/24
stores-open-until = Ouvert · ferme à { $time }
stores-open-until-tomorrow = Ouvert · ferme demain à { $time }
stores-stock-count = { $count } en stock
stores-stock-few = Plus que quelques-uns
stores-stock-few-count =
    { $count ->
        [one] Plus qu’un seul
        [many] Plus que { $count }
       *[other] Plus que { $count }
    }
stores-stock-in = En stock
stores-stock-out = En rupture de stock

## Topping up a prepaid line with a voucher (a scratch card sold in shops).

error-voucher-invalid = Le code de recharge comporte 10 à 20 chiffres. Saisissez les chiffres sous la zone à gratter.
error-voucher-not-found = Ce code de recharge n’est pas valide. Vérifiez-le et réessayez.
error-voucher-used = Cette carte de recharge a déjà été utilisée.
error-voucher-attempts = Trop de codes faux. Réessayez demain ou rechargez en boutique.
error-line-not-prepaid = Seules les lignes prépayées peuvent utiliser une carte de recharge.
