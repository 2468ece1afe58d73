### Kiosk mode (a shared screen in a shop), the phone's side of a kiosk sign-in, and the offline notice.

kiosk-welcome = Witaj! Sprawdź zużycie, zmień taryfę, znajdź telefon dostępny w salonie albo zadaj nam pytanie.
kiosk-start = Dotknij, aby zacząć
kiosk-tools =
    .aria-label = Opcje ekranu
kiosk-read-aloud = Czytaj na głos
kiosk-contrast = Wysoki kontrast
kiosk-larger-text = Większy tekst
kiosk-sign-out = Wyloguj i wyczyść
kiosk-finish = Zakończ i wyczyść ekran
kiosk-idle-title = Potrzebujesz więcej czasu?
kiosk-idle-body = { $seconds ->
    [one] Dla Twojej prywatności ekran zostanie wyczyszczony za 1 sekundę.
    [few] Dla Twojej prywatności ekran zostanie wyczyszczony za { $seconds } sekundy.
    [many] Dla Twojej prywatności ekran zostanie wyczyszczony za { $seconds } sekund.
   *[other] Dla Twojej prywatności ekran zostanie wyczyszczony za { $seconds } sekundy.
}
kiosk-idle-more = Tak, potrzebuję więcej czasu
kiosk-signin-title = Zaloguj się numerem telefonu
kiosk-phone-hint = Wyślemy SMS z kodem na ten numer. Po Twoim odejściu na tym ekranie nic nie zostanie.
kiosk-phone-label = Numer telefonu
kiosk-phone-submit = Wyślij mi kod
kiosk-code-title = Wpisz kod
kiosk-code-sent = Wysłaliśmy SMS z 6-cyfrowym kodem na numer { $number }.
kiosk-code-label = Kod
kiosk-code-submit = Zaloguj się
kiosk-delete = ⌫
    .aria-label = Usuń ostatnią cyfrę
kiosk-qr-start = Zaloguj się przez telefon
kiosk-qr-title = Zaloguj się telefonem
kiosk-qr-hint = Zeskanuj ten kod telefonem, na którym masz dostęp do swojego konta, i zatwierdź tam logowanie.
kiosk-qr-label = Kod QR
    .aria-label = Kod QR do logowania z telefonu
kiosk-start-again = Zacznij od nowa
kiosk-phone = Kontynuuj na telefonie
kiosk-phone-qr = Kod QR
    .aria-label = Kod QR z linkiem do tej strony na Twój telefon
kiosk-phone-explained = Zeskanuj aparatem w telefonie. Link działa przez 15 minut i nie zawiera żadnych danych osobowych.
kiosk-approve-title = Logowanie w kiosku
kiosk-approve = Kiosk prosi o zalogowanie do Twojego konta na 10 minut. Zatwierdź tylko, jeśli stoisz przy nim.
kiosk-approve-store = Kiosk w salonie { $store } prosi o zalogowanie do Twojego konta na 10 minut. Zatwierdź tylko, jeśli stoisz przy nim.
kiosk-approve-button = Zatwierdź
kiosk-approve-dismiss = Nie teraz
kiosk-approved = Gotowe: kiosk jest zalogowany. Zapomni wszystko, gdy się w nim wylogujesz lub od niego odejdziesz.
offline-title = Brak połączenia
offline-body = Niektórych rzeczy nie możemy teraz pokazać. Gdy połączenie wróci, wszystko zadziała samo.
