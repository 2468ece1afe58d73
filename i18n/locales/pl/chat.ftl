### The chat panel: the conversation, the composer and the cards the assistant shows.

chat-title = Napisz do nas
chat-log =
    .aria-label = Rozmowa
chat-you = Ty
chat-assistant = Asystent
chat-advisor = Konsultant
chat-event = Informacja
chat-input = Twoja wiadomość
chat-send = Wyślij
chat-sending = Wysyłanie…
chat-sent = Wysłano
chat-not-sent = Nie wysłano.
chat-resend = Wyślij ponownie
chat-typing = Asystent pisze…
chat-end = Zakończ rozmowę
chat-new = Rozpocznij nową rozmowę
chat-leave-message = Napisz poniżej wiadomość do naszych konsultantów – odpowiedzą tutaj.
chat-usage-more = Zobacz całe zużycie
chat-plans-compare = Porównaj taryfy
chat-plans-none = Nie ma dostępnej taryfy w tak niskiej cenie.
chat-plans-cheapest = Masz już najtańszą taryfę dostępną dla Twojego numeru.
chat-addons-open = Zobacz pakiety dodatkowe
chat-card-show = Pokaż ponownie
chat-stores-open = Otwórz w wyszukiwarce salonów
chat-stores-none = Żaden salon w pobliżu nie ma teraz tego produktu.
chat-rating-legend = Jak oceniasz tę rozmowę?
chat-rating-value = { $stars ->
    [one] 1 gwiazdka
    [few] { $stars } gwiazdki
    [many] { $stars } gwiazdek
   *[other] { $stars } gwiazdki
}
chat-comment = Komentarz (opcjonalnie)
chat-rating-send = Wyślij ocenę
chat-advisor-typing = { $name } pisze…
