### Localisateur de boutiques : lieux, produits, stock, horaires, réservations à retirer.

stores-title = Trouver une boutique
stores-reserve-title = Réserver pour retrait en boutique
stores-receipt-title = Réservé
stores-mine-title = Mes réservations
stores-back = Retour aux boutiques
stores-where = Ville, quartier ou code postal
stores-where-hint = Saisissez au moins deux lettres, puis choisissez un lieu.
stores-suggestions =
    { $count ->
        [0] Aucun lieu trouvé
        [one] Un lieu trouvé
        [many] { $count } lieux trouvés
       *[other] { $count } lieux trouvés
    }
stores-use-location = Utiliser ma position
stores-geo-locating = Recherche de votre position…
stores-geo-denied = La localisation est désactivée pour cette page. Saisissez plutôt une ville ou un code postal, ou autorisez la localisation dans les réglages du navigateur.
stores-geo-unavailable = Votre position n’est pas disponible pour le moment. Saisissez plutôt une ville ou un code postal.
stores-product = Produit
stores-variant = Couleur et capacité
stores-product-clear = Choisir un autre produit
stores-kind-device = Téléphone ou tablette
stores-kind-sim = Carte SIM
stores-kind-accessory = Accessoire
stores-filters = Filtrer les boutiques
stores-open-now = Ouvertes maintenant
stores-in-stock = Boutiques qui ont le produit
stores-service = Service
stores-service-any = Tous les services
service-repairs = Réparations
service-sim = SIM et eSIM
service-financing = Paiement en plusieurs fois
service-mobile-money = Mobile money
service-step-free = Accès de plain-pied
stores-results = Boutiques les plus proches
stores-none = Aucune boutique ne correspond à moins de 100 km. Essayez un autre lieu ou moins de filtres.
stores-here = Cette boutique
stores-distance = à { $distance }
stores-services =
    .aria-label = Services
stores-directions = Itinéraire
    .aria-label = Itinéraire vers { $store }
stores-reserve = Réserver
    .aria-label = Réserver à { $store }
stores-store = Boutique
stores-opening = En ce moment
stores-quantity = Quantité
stores-price-from = à partir de { $price }
stores-price = Prix
stores-price-each = { $price } l’unité
stores-to-pay = À payer en boutique
stores-to-pay-units = { $total } ({ $count } × { $price })
stores-hold-explained = Nous le gardons jusqu’à la fermeture du prochain jour d’ouverture de la boutique. Vous payez en boutique au retrait.
stores-confirm = Réserver maintenant
stores-confirming = Réservation en cours…
stores-receipt-done = Votre réservation est confirmée. Présentez ce code en boutique.
stores-code = Code de retrait
stores-qr =
    .aria-label = QR code du code de retrait { $code }
stores-status = État
stores-state-active = Mis de côté pour vous
stores-state-cancelled = Annulée
stores-state-expired = Expirée
stores-state-collected = Retirée
stores-hold = Gardé jusqu’au
stores-cancel = Annuler la réservation
    .aria-label = Annuler la réservation de { $product }
stores-cancel-ask = Annuler cette réservation ? La boutique ne la gardera plus pour vous.
stores-cancel-yes = Oui, l’annuler
stores-cancel-keep = Non, la garder
stores-cancelled = Votre réservation est annulée.
stores-mine-none = Vous n’avez aucune réservation.


## La carte, quand le déploiement a un serveur de tuiles.

stores-map =
    .aria-label = Carte des boutiques
stores-map-zoom-in =
    .aria-label = Zoomer
stores-map-zoom-out =
    .aria-label = Dézoomer
stores-map-north =
    .aria-label = Déplacer la carte vers le nord
stores-map-south =
    .aria-label = Déplacer la carte vers le sud
stores-map-east =
    .aria-label = Déplacer la carte vers l’est
stores-map-west =
    .aria-label = Déplacer la carte vers l’ouest
stores-map-marker =
    .aria-label = { $number }. { $store } : voir dans la liste

## Couleurs des variantes.

colour-black = Noir
colour-white = Blanc
colour-blue = Bleu
colour-navy = Bleu marine
colour-lilac = Lilas
colour-silver = Argent
colour-grey = Gris
colour-pink = Rose
colour-teal = Bleu canard
colour-gold = Or
colour-green = Vert
colour-purple = Violet
