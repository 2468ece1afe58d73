### The chat panel: the conversation, the composer and the cards the assistant shows.

chat-title = Chatten Sie mit uns
chat-log =
    .aria-label = Gespräch
chat-you = Sie
chat-assistant = Assistent
chat-advisor = Kundenberater
chat-event = Hinweis
chat-input = Ihre Nachricht
chat-send = Senden
chat-sending = Wird gesendet…
chat-sent = Gesendet
chat-not-sent = Nicht gesendet.
chat-resend = Erneut senden
chat-typing = Der Assistent schreibt…
chat-end = Gespräch beenden
chat-new = Neues Gespräch beginnen
chat-leave-message = Schreiben Sie unten Ihre Nachricht an unsere Kundenberater; sie antworten Ihnen hier.
chat-usage-more = Gesamten Verbrauch ansehen
chat-plans-compare = Tarife vergleichen
chat-plans-none = Kein für Sie verfügbarer Tarif ist so günstig.
chat-plans-cheapest = Ihr Tarif ist bereits der günstigste für Ihre Rufnummer.
chat-addons-open = Zusatzoptionen ansehen
chat-card-show = Erneut anzeigen
chat-stores-open = In der Shopsuche öffnen
chat-stores-none = Zurzeit hat es kein Shop in der Nähe auf Lager.
chat-rating-legend = Wie bewerten Sie dieses Gespräch?
chat-rating-value = { $stars ->
    [one] 1 Stern
   *[other] { $stars } Sterne
}
chat-comment = Kommentar (optional)
chat-rating-send = Bewertung senden
chat-advisor-typing = { $name } schreibt…
