### Kiosk mode (a shared screen in a shop), the phone's side of a kiosk sign-in, and the offline notice.

kiosk-welcome = Vitajte! Skontrolujte si spotrebu, zmeňte paušál, nájdite telefón na sklade alebo sa nás na niečo opýtajte.
kiosk-start = Začnite dotykom obrazovky
kiosk-tools =
    .aria-label = Možnosti zobrazenia
kiosk-read-aloud = Čítať nahlas
kiosk-contrast = Vysoký kontrast
kiosk-larger-text = Väčšie písmo
kiosk-sign-out = Odhlásiť sa a vymazať
kiosk-finish = Ukončiť a vymazať obrazovku
kiosk-idle-title = Potrebujete viac času?
kiosk-idle-body = { $seconds ->
    [one] Kvôli ochrane súkromia sa obrazovka o { $seconds } sekundu vymaže.
    [few] Kvôli ochrane súkromia sa obrazovka o { $seconds } sekundy vymaže.
    [many] Kvôli ochrane súkromia sa obrazovka o { $seconds } sekundy vymaže.
   *[other] Kvôli ochrane súkromia sa obrazovka o { $seconds } sekúnd vymaže.
}
kiosk-idle-more = Áno, viac času
kiosk-signin-title = Prihláste sa mobilným číslom
kiosk-phone-hint = Na toto číslo vám pošleme kód v SMS. Keď odídete, na tejto obrazovke nič nezostane.
kiosk-phone-label = Mobilné číslo
kiosk-phone-submit = Poslať kód
kiosk-code-title = Zadajte kód
kiosk-code-sent = Na číslo { $number } sme poslali v SMS 6-miestny kód.
kiosk-code-label = Kód
kiosk-code-submit = Prihlásiť sa
kiosk-delete = ⌫
    .aria-label = Vymazať poslednú číslicu
kiosk-qr-start = Radšej sa prihlásiť mobilom
kiosk-qr-title = Prihláste sa mobilom
kiosk-qr-hint = Naskenujte tento kód mobilom, v ktorom ste prihlásení do svojho účtu, a prihlásenie v ňom potvrďte.
kiosk-qr-label = QR kód
    .aria-label = QR kód na prihlásenie z mobilu
kiosk-start-again = Začať znova
kiosk-phone = Pokračovať v mobile
kiosk-phone-qr = QR kód
    .aria-label = QR kód s odkazom na túto stránku pre váš mobil
kiosk-phone-explained = Naskenujte ho fotoaparátom mobilu. Odkaz platí 15 minút a neobsahuje nič osobné.
kiosk-approve-title = Prihlásenie na termináli
kiosk-approve = Terminál žiada o prihlásenie do vášho účtu na 10 minút. Potvrďte, len ak pri ňom práve stojíte.
kiosk-approve-store = Terminál v predajni { $store } žiada o prihlásenie do vášho účtu na 10 minút. Potvrďte, len ak pri ňom práve stojíte.
kiosk-approve-button = Potvrdiť
kiosk-approve-dismiss = Teraz nie
kiosk-approved = Hotovo: terminál je prihlásený. Keď sa na ňom odhlásite alebo od neho odídete, všetko zabudne.
offline-title = Bez pripojenia
offline-body = Niektoré údaje teraz nemožno zobraziť. Keď sa pripojenie obnoví, budeme automaticky pokračovať.
