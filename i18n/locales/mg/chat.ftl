### The chat panel: the conversation, the composer and the cards the assistant shows.

chat-title = Miresaha aminay
chat-log =
    .aria-label = Resaka
chat-you = Ianao
chat-assistant = Mpanampy
chat-advisor = Mpanolotsaina
chat-event = Vaovao
chat-input = Ny hafatrao
chat-send = Alefa
chat-sending = Mandefa…
chat-sent = Lasa
chat-not-sent = Tsy lasa.
chat-resend = Alefaso indray
chat-typing = Manoratra ny mpanampy…
chat-end = Hamarana ny resaka
chat-new = Hanomboka resaka vaovao
chat-leave-message = Soraty eto ambany ny hafatrao ho an'ny mpanolotsainay; eto no hamaliany anao.
chat-usage-more = Hijery ny fampiasako rehetra
chat-plans-compare = Hampitaha forfait
chat-plans-none = Tsy misy forfait azonao raisina mora toy izany.
chat-plans-cheapest = Ny forfait-nao no efa mora indrindra ho an'ny laharanao.
chat-addons-open = Hijery ny tolotra fanampiny
chat-card-show = Asehoy indray
chat-stores-open = Sokafy ao amin'ny fitadiavana fivarotana
chat-stores-none = Tsy misy fivarotana akaiky manana azy amin'izao.
chat-rating-legend = Inona no naoty omenao ity resaka ity?
chat-rating-value = { $stars ->
    [one] { $stars } kintana
   *[other] { $stars } kintana
}
chat-comment = Fanamarihana (raha tianao)
chat-rating-send = Alefaso ny naoty
chat-advisor-typing = Manoratra i { $name }…
