chat-title = Discutez avec nous
chat-log =
    .aria-label = Conversation
chat-you = Vous
chat-assistant = Assistant
chat-advisor = Conseiller
chat-event = Information
chat-input = Votre message
chat-send = Envoyer
chat-sending = Envoi…
chat-sent = Envoyé
chat-not-sent = Non envoyé.
chat-resend = Renvoyer
chat-typing = L’assistant écrit…
chat-end = Terminer la conversation
chat-new = Commencer une nouvelle conversation
chat-leave-message = Écrivez ci-dessous votre message pour nos conseillers ; ils vous répondront ici.
chat-usage-more = Voir toute ma consommation
chat-plans-compare = Comparer les forfaits
chat-plans-none = Aucun forfait accessible ne coûte aussi peu.
chat-plans-cheapest = Votre forfait est déjà le moins cher pour votre ligne.
chat-addons-open = Voir les options
chat-card-show = L’afficher à nouveau
chat-stores-open = Ouvrir dans la recherche de boutiques
chat-stores-none = Aucune boutique proche ne l’a en ce moment.
chat-rating-legend = Comment évaluez-vous cette conversation ?
chat-rating-value = { $stars ->
    [one] 1 étoile
    [many] { $stars } étoiles
   *[other] { $stars } étoiles
}
chat-comment = Commentaire (facultatif)
chat-rating-send = Envoyer mon avis
chat-advisor-typing = { $name } écrit…
