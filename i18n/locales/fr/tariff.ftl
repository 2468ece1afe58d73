### Changement de forfait et options : offres, comparaison, récapitulatif contractuel, confirmation, reçu.

tariff-back = Retour à ma consommation
tariff-back-to-list = Retour aux offres
tariff-plans-title = Changer de forfait
tariff-addons-title = Ajouter des données ou de l’itinérance
# Variables:
#   $plan (String) - the current plan's name
tariff-current = Votre forfait : { $plan }
tariff-show-all = Voir aussi les forfaits auxquels je n’ai pas accès
tariff-none = Aucun autre forfait n’est disponible pour cette ligne.
tariff-none-addons = Aucune option n’est disponible pour cette ligne.
# Variables:
#   $price (String) - formatted amount
tariff-price-month = { $price } par mois
# Variables:
#   $price (String) - formatted amount
tariff-price-period = { $price } tous les 30 jours
# Variables:
#   $price (String) - formatted amount
tariff-price-once = { $price } une fois
# A price or a difference while a promotion lasts, then after it.
# Variables:
#   $first (String) - during the promotion (a price or a difference, with its period)
#   $months (Number) - how many months the promotion lasts
#   $after (String) - after the promotion (a price or a difference, with its period)
tariff-then =
    { $months ->
        [one] { $first } le premier mois, puis { $after }
        [many] { $first } pendant { $months } mois, puis { $after }
       *[other] { $first } pendant { $months } mois, puis { $after }
    }
tariff-term-none = Sans engagement
# Variables:
#   $months (Number) - length of the commitment
tariff-term = Engagement { $months } mois
tariff-unlimited = Illimité
tariff-not-included = Non inclus
# Variables:
#   $days (Number) - how long an add-on lasts
tariff-validity =
    { $days ->
        [one] Valable { $days } jour
        [many] Valable { $days } jours
       *[other] Valable { $days } jours
    }
tariff-compare = Comparer
tariff-choose = Choisir
    .aria-label = Choisir { $plan }
tariff-buy = Acheter
    .aria-label = Acheter { $plan }
tariff-unavailable = Pourquoi ce n’est pas possible
tariff-comparison = Comparaison avec votre forfait
tariff-col-current = Votre forfait
tariff-row-price = Prix
tariff-row-data = Internet
tariff-row-calls = Appels
tariff-row-texts = SMS
tariff-row-roaming = Itinérance
tariff-row-term = Engagement
tariff-row-speed = Débit
tariff-row-gained = Ce que vous gagnez
tariff-row-lost = Ce que vous perdez
tariff-nothing = Rien
# Variables:
#   $down (Number) - maximum download speed
#   $up (Number) - maximum upload speed
tariff-speed = { $down } Mbit/s en réception, { $up } Mbit/s en envoi

## Pourquoi une offre n’est pas possible (identifiants du serveur).

# Variables:
#   $date (String) - the day the commitment ends, formatted
reason-commitment = Votre engagement se termine le { $date }. D’ici là, vous ne pouvez passer qu’à un forfait au même prix ou plus cher.
reason-unpaid-bill = Une facture est impayée. Réglez-la pour changer de forfait ou acheter des options.
reason-business-only = Réservé aux clients professionnels.
reason-consumer-only = Réservé aux particuliers.
reason-not-online = Pas disponible en ligne : demandez en boutique.
reason-not-in-shops = Pas disponible en boutique : disponible sur notre site.
reason-not-with-partner = Pas vendu ici : adressez-vous à votre opérateur.
reason-payment-change = Passer du prépayé au forfait (ou l’inverse) n’est pas possible dans votre pays.
# Variables:
#   $date (String) - first day another change is possible, formatted
reason-recent-change = Vous avez changé de forfait récemment. Prochain changement possible à partir du { $date }.
reason-pending-change = Un changement est déjà prévu. Annulez-le pour choisir un autre forfait.
reason-insufficient-balance = Votre crédit est insuffisant. Rechargez pour l’acheter.
reason-current-plan = C’est votre forfait.

## Vérification, récapitulatif contractuel et confirmation.

tariff-review-title = Vérifier et confirmer
tariff-when = Quand le changement doit-il s’appliquer ?
tariff-when-now = Maintenant
# Variables:
#   $amount (String) - formatted amount
#   $days (Number) - days left in the billing period
tariff-charge-now =
    { $days ->
        [one] { $amount } ajoutés à votre prochaine facture, pour aujourd’hui, dernier jour de cette période
        [many] { $amount } ajoutés à votre prochaine facture, pour les { $days } jours d’aujourd’hui à la fin de cette période
       *[other] { $amount } ajoutés à votre prochaine facture, pour les { $days } jours d’aujourd’hui à la fin de cette période
    }
# Variables:
#   $amount (String) - formatted amount
#   $days (Number) - days left in the billing period
tariff-credit-now =
    { $days ->
        [one] { $amount } déduits de votre prochaine facture, pour aujourd’hui, dernier jour de cette période
        [many] { $amount } déduits de votre prochaine facture, pour les { $days } jours d’aujourd’hui à la fin de cette période
       *[other] { $amount } déduits de votre prochaine facture, pour les { $days } jours d’aujourd’hui à la fin de cette période
    }
# A one-off amount and where it goes (no days: an add-on, or the receipt).
# Variables:
#   $amount (String) - formatted amount
tariff-bill-charge = { $amount } ajoutés à votre prochaine facture
# A one-off amount and where it goes (no days: an add-on, or the receipt).
# Variables:
#   $amount (String) - formatted amount
tariff-bill-credit = { $amount } déduits de votre prochaine facture
# A one-off amount and where it goes (no days: an add-on, or the receipt).
# Variables:
#   $amount (String) - formatted amount
tariff-balance-charge = { $amount } prélevés sur votre crédit
tariff-nothing-now = Rien à payer maintenant
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-more-month = { $amount } de plus par mois
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-less-month = { $amount } de moins par mois
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-more-period = { $amount } de plus tous les 30 jours
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-less-period = { $amount } de moins tous les 30 jours
tariff-same-price = Le même prix que votre forfait
# Variables:
#   $date (String) - first day of the next period, formatted
tariff-when-next = À la prochaine période, à partir du { $date }, sans rien payer maintenant
tariff-summary-title = Récapitulatif contractuel
tariff-summary-service = Service
tariff-summary-price = Prix
tariff-summary-difference = Différence avec votre forfait
tariff-summary-one-time = Montant ponctuel
tariff-summary-start = Début
tariff-summary-duration = Durée
tariff-summary-renewal = Renouvellement et résiliation
tariff-summary-speeds = Débits maximaux
tariff-summary-allowances = Inclus
tariff-renewal-postpaid = Se renouvelle chaque mois. Une fois l’engagement terminé, résiliable avec un mois de préavis.
tariff-renewal-prepaid = Sans renouvellement automatique : vous rachetez chaque période de 30 jours.
tariff-renewal-addon = S’arrête automatiquement à la fin de sa validité.
# Variables:
#   $data (String) - data allowance
#   $calls (String) - calls allowance
#   $texts (String) - texts allowance
#   $roaming (String) - roaming data allowance
tariff-allowances = Internet : { $data }. Appels : { $calls }. SMS : { $texts }. Itinérance : { $roaming }.
tariff-consent = J’ai lu le récapitulatif contractuel et j’accepte de passer cette commande.
tariff-confirm = Confirmer la commande
tariff-confirming = Commande en cours…
tariff-receipt-title = Commande confirmée
tariff-receipt-reference = Référence de commande
tariff-receipt-effective = Prend effet
tariff-receipt-monthly = Nouveau prix
# Variables:
#   $date (String) - the day the change takes effect, formatted
tariff-receipt-scheduled = Votre nouveau forfait commence le { $date }. Vous pouvez annuler le changement d’ici là.
tariff-receipt-done = C’est fait : c’est déjà actif sur votre ligne.
