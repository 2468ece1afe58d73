# Własne zdania asystenta (serwer formatuje je w języku rozmowy).
chat-welcome = Dzień dobry! Mogę pokazać Twoje zużycie, znaleźć tańszą taryfę, wskazać salon z telefonem na stanie i odpowiedzieć na pytania o faktury, roaming, karty SIM i nie tylko. W czym mogę pomóc?
chat-welcome-name = Dzień dobry, { $name }! Mogę pokazać Twoje zużycie, znaleźć tańszą taryfę, wskazać salon z telefonem na stanie i odpowiedzieć na pytania o faktury, roaming, karty SIM i nie tylko. W czym mogę pomóc?
chat-greeting = Dzień dobry! W czym mogę pomóc?
chat-thanks = Nie ma za co. Czy mogę pomóc w czymś jeszcze?
chat-goodbye = Do widzenia, dziękujemy za rozmowę.
chat-usage = Oto Twoje zużycie w tym okresie rozliczeniowym.
chat-sign-in = Najpierw się zaloguj: mogę pokazać tylko Twoje własne konto.
chat-plans = Oto taryfy tańsze od Twojej.
chat-usage-data = Oto, ile internetu zostało Ci w tym okresie.
chat-usage-voice = Oto, ile minut zostało Ci w tym okresie.
chat-usage-sms = Oto, ile SMS-ów zostało Ci w tym okresie.
chat-change-plan = Oto taryfy, na które możesz przejść. Porównaj je wszystkie, zanim zmienisz swoją.
chat-addons = Oto pakiety dodatkowe, które możesz dokupić na swój numer. Jeśli chcesz mieć więcej co miesiąc, możesz też zmienić taryfę.
chat-qr-change-plan = Zmień taryfę
chat-qr-addons = Dokup pakiet
chat-stores-which = Którego modelu { $family } szukasz ({ $place } i okolice)?
chat-plans-under = Oto taryfy w cenie poniżej { $amount }.
chat-stores-stock = Salony, które mają na stanie { $product } ({ $place } i okolice):
chat-stores-near = Salony – { $place } i okolice:
chat-stores-ask-place = Gdzie chcesz odebrać { $product }? Podaj miejscowość lub dzielnicę.
chat-stores-ask = Jakiego telefonu lub akcesorium szukasz i w jakiej miejscowości?
chat-hours-ask = W jakiej miejscowości? Pokażę najbliższe salony i ich godziny otwarcia.
chat-rephrase = Nie wiem, czy dobrze rozumiem. Czy chodzi o jedną z tych spraw?
chat-dont-know = Przepraszam, w tym nie mogę pomóc. Oto, co mogę zrobić:
chat-offer-advisor = Chcesz porozmawiać z konsultantem?
chat-complaint = Przykro mi to słyszeć. Konsultant może przyjrzeć się tej sprawie razem z Tobą.
chat-cancel = W tej sprawie pomoże Ci konsultant.
chat-queued = Twoje miejsce w kolejce: { $position }. Szacowany czas oczekiwania: około { $minutes ->
    [one] minuty
    [few] { $minutes } minut
    [many] { $minutes } minut
   *[other] { $minutes } minuty
}.
chat-advisors-closed = Nasi konsultanci są teraz niedostępni (pracują w godz. { $hours }). Zostaw wiadomość, a odpowiemy tutaj.
chat-ticket-created = Dziękujemy. Twoja wiadomość została zarejestrowana jako zgłoszenie { $id }; odpowiedź pojawi się w tej rozmowie.
chat-advisor-joined = { $name } dołącza do rozmowy.
chat-advisor-left = { $name } opuszcza rozmowę.
chat-transferred = Przekazujemy Cię do innego zespołu.
chat-rate = Jak oceniasz tę rozmowę?
chat-rated = Dziękujemy za opinię.
chat-qr-usage = Moje zużycie
chat-qr-plans = Tańsza taryfa
chat-qr-stores = Znajdź salon
chat-qr-network = Problem z siecią
chat-qr-bill = Moja faktura
chat-qr-roaming = Wyjazd za granicę
chat-qr-advisor = Porozmawiaj z konsultantem
chat-qr-message = Zostaw wiadomość
chat-qr-no = Nie, dziękuję
chat-incidents = Znane awarie sieci – { $place } i okolice:
chat-incidents-title = Znane awarie
chat-incident-until = Przewidywane usunięcie awarii: { $time }.
chat-no-incidents = Nie mamy informacji o awariach sieci – { $place } i okolice. Oto, co możesz sprawdzić:
chat-hours-ask-incidents = W jakiej miejscowości lub dzielnicy jesteś? Sprawdzę, czy są tam znane awarie.
chat-shop-or-online = Konsultant z salonu { $store } może podejść do Ciebie tutaj albo możesz porozmawiać z konsultantem online.
chat-qr-shop-advisor = Konsultant w tym salonie
chat-qr-online-advisor = Konsultant online
chat-shop-queued = Konsultant z tego salonu zaraz do Ciebie podejdzie. Twoje miejsce w kolejce salonu: { $position }. Prosimy, zostań przy tym ekranie.
# Topping up with a recharge card (a voucher's code) in the chat.
chat-topup-ask = Masz kartę z kodem doładowania? Zdrap pole, wpisz tutaj kod, a doładuję Twoje konto.
# Variables:
#   $amount (String) - what the card added, e.g. "1000 XOF"
#   $end (String) - the code's last four digits
chat-topup-done = Gotowe: doładowanie { $amount } z kodu kończącego się na { $end } jest już na Twoim koncie.
chat-topup-not-found = Kod kończący się na { $end } nie jest naszym kodem doładowania. Sprawdź cyfry i wpisz go jeszcze raz.
chat-topup-used = Kod kończący się na { $end } został już wykorzystany. Jeśli to świeży zakup, pomoże Ci sklep, który go sprzedał.
chat-topup-attempts = Za dużo błędnych kodów na dziś. Dla Twojego bezpieczeństwa spróbuj ponownie jutro albo doładuj konto w salonie; może też pomóc konsultant.
chat-topup-postpaid = Twój numer działa w abonamencie rozliczanym co miesiąc na fakturze, więc nie trzeba go doładowywać.
# The text message with a kiosk sign-in code.
# Variables:
#   $code (String) - the six-digit code
#   $minutes (Number) - how long it works
kiosk-code-sms = Twój kod Selfcare: { $code }. Jest ważny przez { $minutes ->
    [one] minutę
    [few] { $minutes } minuty
    [many] { $minutes } minut
   *[other] { $minutes } minuty
}. Nie podawaj go nikomu.
