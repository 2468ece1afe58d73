chat-welcome = Bonjour ! Je peux afficher votre consommation, trouver un forfait moins cher, trouver une boutique qui a un téléphone en stock et répondre à vos questions sur la facture, l’itinérance, la carte SIM et plus encore. Que puis-je faire pour vous ?
chat-welcome-name = Bonjour { $name } ! Je peux afficher votre consommation, trouver un forfait moins cher, trouver une boutique qui a un téléphone en stock et répondre à vos questions sur la facture, l’itinérance, la carte SIM et plus encore. Que puis-je faire pour vous ?
chat-greeting = Bonjour ! Que puis-je faire pour vous ?
chat-thanks = Avec plaisir. Puis-je vous aider pour autre chose ?
chat-goodbye = Au revoir, et merci de nous avoir écrit.
chat-usage = Voici votre consommation de ce cycle.
chat-sign-in = Connectez-vous d’abord : je ne peux afficher que votre propre compte.
chat-plans = J’ai cherché les forfaits moins chers que le vôtre.
chat-usage-data = Voici l’Internet mobile qu’il vous reste sur ce cycle.
chat-usage-voice = Voici les minutes qu’il vous reste sur ce cycle.
chat-usage-sms = Voici les SMS qu’il vous reste sur ce cycle.
chat-change-plan = Voici des forfaits vers lesquels vous pouvez passer. Comparez-les tous pour changer le vôtre.
chat-addons = Voici les options que vous pouvez acheter pour votre ligne. Pour en avoir plus chaque mois, vous pouvez aussi changer de forfait.
chat-qr-change-plan = Changer de forfait
chat-qr-addons = Acheter une option
chat-stores-which = Quel { $family } cherchez-vous près de { $place } ?
chat-plans-under = J’ai cherché les forfaits à moins de { $amount }.
chat-stores-stock = Boutiques près de { $place } qui ont le { $product } en stock :
chat-stores-near = Boutiques près de { $place } :
chat-stores-ask-place = Où voulez-vous retirer le { $product } ? Dites-moi une ville ou un quartier.
chat-stores-ask = Quel téléphone ou accessoire cherchez-vous, et dans quelle ville ?
chat-hours-ask = Dans quelle ville ? Je vous montre les boutiques les plus proches et leurs horaires.
chat-rephrase = Je ne suis pas sûr d’avoir compris. Vouliez-vous dire :
chat-dont-know = Désolé, je ne peux pas vous aider pour cela. Voici ce que je sais faire :
chat-offer-advisor = Voulez-vous parler à un conseiller ?
chat-complaint = Je suis désolé de l’apprendre. Un conseiller peut regarder cela avec vous.
chat-cancel = Un conseiller peut vous aider pour cela.
chat-queued = Vous êtes { $position ->
    [one] le premier
    [many] le { $position }e
   *[other] le { $position }e
} dans la file d’attente. Attente estimée : environ { $minutes ->
    [one] une minute
    [many] { $minutes } minutes
   *[other] { $minutes } minutes
}.
chat-advisors-closed = Nos conseillers ne sont pas disponibles pour le moment (ils répondent { $hours }). Laissez un message et nous vous répondrons ici.
chat-ticket-created = Merci. Votre message est enregistré sous la demande { $id } ; la réponse apparaîtra dans cette conversation.
chat-advisor-joined = { $name } a rejoint la conversation.
chat-advisor-left = { $name } a quitté la conversation.
chat-transferred = Vous êtes transféré vers une autre équipe.
chat-rate = Comment évaluez-vous cette conversation ?
chat-rated = Merci pour votre avis.
chat-qr-usage = Ma consommation
chat-qr-plans = Un forfait moins cher
chat-qr-stores = Trouver une boutique
chat-qr-network = Problème de réseau
chat-qr-bill = Ma facture
chat-qr-roaming = Itinérance
chat-qr-advisor = Parler à un conseiller
chat-qr-message = Laisser un message
chat-qr-no = Non merci
chat-incidents = Incidents réseau connus près de { $place } :
chat-incidents-title = Incidents connus
chat-incident-until = Rétablissement prévu à { $time }.
chat-no-incidents = Aucun incident réseau connu près de { $place }. Voici quoi essayer :
chat-hours-ask-incidents = Dans quelle ville ou quel quartier êtes-vous ? Je vérifie s’il y a un incident connu.
chat-shop-or-online = Un conseiller de { $store } peut venir vous voir ici, ou vous pouvez discuter avec un conseiller en ligne.
chat-qr-shop-advisor = Un conseiller de la boutique
chat-qr-online-advisor = Un conseiller en ligne
chat-shop-queued = Un conseiller de la boutique va venir vous voir. Vous êtes { $position ->
    [one] le premier
    [many] le { $position }e
   *[other] le { $position }e
} dans la file de la boutique ; merci de rester devant cet écran.
# Topping up with a recharge card (a voucher's code) in the chat.
chat-topup-ask = Vous avez une carte de recharge ? Saisissez ici le code qui se trouve sous la zone à gratter, et je l’ajoute à votre crédit.
# Variables:
#   $amount (String) - what the card added, e.g. "1000 XOF"
#   $end (String) - the code's last four digits
chat-topup-done = C’est fait : la carte se terminant par { $end } a ajouté { $amount } à votre crédit.
chat-topup-not-found = Le code se terminant par { $end } ne correspond à aucune de nos cartes de recharge. Vérifiez les chiffres et saisissez-le à nouveau.
chat-topup-used = La carte se terminant par { $end } a déjà été utilisée. Si vous venez de l’acheter, la boutique qui vous l’a vendue peut vous aider.
chat-topup-attempts = Trop de codes incorrects aujourd’hui. Pour votre sécurité, réessayez demain ou rechargez en boutique ; un conseiller peut aussi vous aider.
chat-topup-postpaid = Votre ligne a un forfait mensuel réglé sur facture : il n’y a pas de crédit à recharger.
# Le SMS du code de connexion à une borne.
# Variables:
#   $code (String) - le code à six chiffres
#   $minutes (Number) - sa durée de validité
kiosk-code-sms = Votre code Selfcare : { $code }. Il est valable { $minutes ->
    [one] une minute
    [many] { $minutes } minutes
   *[other] { $minutes } minutes
}. Ne le communiquez à personne.
