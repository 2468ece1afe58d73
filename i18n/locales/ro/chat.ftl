### The chat panel: the conversation, the composer and the cards the assistant shows.

chat-title = Discută cu noi
chat-log =
    .aria-label = Conversație
chat-you = Tu
chat-assistant = Asistent
chat-advisor = Consultant
chat-event = Informare
chat-input = Mesajul tău
chat-send = Trimite
chat-sending = Se trimite…
chat-sent = Trimis
chat-not-sent = Netrimis.
chat-resend = Trimite din nou
chat-typing = Asistentul scrie…
chat-end = Încheie conversația
chat-new = Începe o conversație nouă
chat-leave-message = Scrie mai jos mesajul pentru consultanții noștri; îți vor răspunde aici.
chat-usage-more = Vezi tot consumul
chat-plans-compare = Compară abonamentele
chat-plans-none = Niciun abonament disponibil pentru tine nu costă atât de puțin.
chat-plans-cheapest = Abonamentul tău e deja cel mai ieftin pentru linia ta.
chat-addons-open = Vezi extraopțiunile
chat-card-show = Afișează din nou
chat-stores-open = Deschide în căutarea de magazine
chat-stores-none = Momentan, niciun magazin din apropiere nu îl are în stoc.
chat-rating-legend = Cum evaluezi această conversație?
chat-rating-value = { $stars ->
    [one] 1 stea
    [few] { $stars } stele
   *[other] { $stars } de stele
}
chat-comment = Comentariu (opțional)
chat-rating-send = Trimite evaluarea
chat-advisor-typing = { $name } scrie…
