### The chat panel: the conversation, the composer and the cards the assistant shows.

chat-title = Chat met ons
chat-log =
    .aria-label = Gesprek
chat-you = Jij
chat-assistant = Assistent
chat-advisor = Medewerker
chat-event = Melding
chat-input = Je bericht
chat-send = Versturen
chat-sending = Versturen…
chat-sent = Verstuurd
chat-not-sent = Niet verstuurd.
chat-resend = Opnieuw versturen
chat-typing = De assistent is aan het typen…
chat-end = Gesprek beëindigen
chat-new = Nieuw gesprek starten
chat-leave-message = Schrijf hieronder je bericht voor onze medewerkers; ze antwoorden je hier.
chat-usage-more = Al mijn verbruik bekijken
chat-plans-compare = Abonnementen vergelijken
chat-plans-none = Er is geen abonnement voor jou dat zo weinig kost.
chat-plans-cheapest = Je abonnement is al het goedkoopste voor je nummer.
chat-addons-open = Extra opties bekijken
chat-card-show = Opnieuw tonen
chat-stores-open = Openen in de winkelzoeker
chat-stores-none = Geen enkele winkel in de buurt heeft het momenteel.
chat-rating-legend = Hoe beoordeel je dit gesprek?
chat-rating-value = { $stars ->
    [one] 1 ster
   *[other] { $stars } sterren
}
chat-comment = Opmerking (optioneel)
chat-rating-send = Beoordeling versturen
chat-advisor-typing = { $name } is aan het typen…
