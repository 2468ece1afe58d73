### Kiosk mode (a shared screen in a shop), the phone's side of a kiosk sign-in, and the offline notice.

kiosk-welcome = Bun venit! Vezi-ți consumul, schimbă-ți abonamentul, găsește un telefon în stoc sau pune-ne o întrebare.
kiosk-start = Atinge ecranul pentru a începe
kiosk-tools =
    .aria-label = Opțiuni de afișare
kiosk-read-aloud = Citește cu voce tare
kiosk-contrast = Contrast ridicat
kiosk-larger-text = Text mai mare
kiosk-sign-out = Deconectează-mă și șterge datele
kiosk-finish = Termină și șterge ecranul
kiosk-idle-title = Ai nevoie de mai mult timp?
kiosk-idle-body = { $seconds ->
    [one] Pentru confidențialitatea ta, ecranul se va șterge într-o secundă.
    [few] Pentru confidențialitatea ta, ecranul se va șterge în { $seconds } secunde.
   *[other] Pentru confidențialitatea ta, ecranul se va șterge în { $seconds } de secunde.
}
kiosk-idle-more = Da, mai am nevoie de timp
kiosk-signin-title = Autentifică-te cu numărul de mobil
kiosk-phone-hint = Îți trimitem un cod prin SMS pe acest număr. Nu rămâne nimic pe acest ecran după ce pleci.
kiosk-phone-label = Număr de mobil
kiosk-phone-submit = Trimite-mi un cod
kiosk-code-title = Introdu codul
kiosk-code-sent = Am trimis prin SMS un cod din 6 cifre pe numărul { $number }.
kiosk-code-label = Cod
kiosk-code-submit = Autentificare
kiosk-delete = ⌫
    .aria-label = Șterge ultima cifră
kiosk-qr-start = Mă autentific cu telefonul
kiosk-qr-title = Autentifică-te cu telefonul
kiosk-qr-hint = Scanează acest cod cu telefonul pe care ești autentificat în cont, apoi aprobă de acolo.
kiosk-qr-label = Cod QR
    .aria-label = Cod QR pentru autentificare de pe telefon
kiosk-start-again = Începe din nou
kiosk-phone = Continuă pe telefon
kiosk-phone-qr = Cod QR
    .aria-label = Cod QR cu un link către această pagină, pentru telefonul tău
kiosk-phone-explained = Scanează-l cu camera telefonului. Linkul funcționează 15 minute și nu conține date personale.
kiosk-approve-title = Autentificare la un terminal
kiosk-approve = Un terminal cere acces la contul tău pentru 10 minute. Aprobă doar dacă ești chiar în fața lui.
kiosk-approve-store = Terminalul din magazinul { $store } cere acces la contul tău pentru 10 minute. Aprobă doar dacă ești chiar în fața lui.
kiosk-approve-button = Aprobă
kiosk-approve-dismiss = Nu acum
kiosk-approved = Gata: terminalul este autentificat. Uită tot când te deconectezi de pe el sau când pleci.
offline-title = Fără conexiune
offline-body = Unele informații nu pot fi afișate acum. Continuăm automat când revine conexiunea.
