### The chat panel: the conversation, the composer and the cards the assistant shows.

chat-title = Napíšte nám
chat-log =
    .aria-label = Konverzácia
chat-you = Vy
chat-assistant = Asistent
chat-advisor = Poradca
chat-event = Oznámenie
chat-input = Vaša správa
chat-send = Odoslať
chat-sending = Odosiela sa…
chat-sent = Odoslané
chat-not-sent = Neodoslané.
chat-resend = Odoslať znova
chat-typing = Asistent píše…
chat-end = Ukončiť konverzáciu
chat-new = Začať novú konverzáciu
chat-leave-message = Nižšie napíšte správu pre našich poradcov, odpovedia vám tu.
chat-usage-more = Zobraziť celú spotrebu
chat-plans-compare = Porovnať paušály
chat-plans-none = Žiadny paušál, na ktorý môžete prejsť, nie je taký lacný.
chat-plans-cheapest = Váš paušál je už najlacnejší, aký môžete na svojom čísle mať.
chat-addons-open = Zobraziť balíky
chat-card-show = Zobraziť znova
chat-stores-open = Otvoriť vo vyhľadávaní predajní
chat-stores-none = Žiadna predajňa v okolí ho momentálne nemá.
chat-rating-legend = Ako hodnotíte túto konverzáciu?
chat-rating-value = { $stars ->
    [one] { $stars } hviezdička
    [few] { $stars } hviezdičky
    [many] { $stars } hviezdičky
   *[other] { $stars } hviezdičiek
}
chat-comment = Komentár (nepovinné)
chat-rating-send = Odoslať hodnotenie
chat-advisor-typing = { $name } píše…
