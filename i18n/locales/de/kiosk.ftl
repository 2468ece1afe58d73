### Kiosk mode (a shared screen in a shop), the phone's side of a kiosk sign-in, and the offline notice.

kiosk-welcome = Willkommen! Verbrauch prüfen, Tarif wechseln, ein Handy auf Lager finden oder uns eine Frage stellen.
kiosk-start = Zum Starten berühren
kiosk-tools =
    .aria-label = Bildschirmoptionen
kiosk-read-aloud = Vorlesen
kiosk-contrast = Hoher Kontrast
kiosk-larger-text = Größere Schrift
kiosk-sign-out = Abmelden und löschen
kiosk-finish = Beenden und Bildschirm löschen
kiosk-idle-title = Brauchen Sie mehr Zeit?
kiosk-idle-body = { $seconds ->
    [one] Zum Schutz Ihrer Daten wird dieser Bildschirm in { $seconds } Sekunde gelöscht.
   *[other] Zum Schutz Ihrer Daten wird dieser Bildschirm in { $seconds } Sekunden gelöscht.
}
kiosk-idle-more = Ja, mehr Zeit
kiosk-signin-title = Mit Ihrer Handynummer anmelden
kiosk-phone-hint = Wir senden einen Code per SMS an diese Nummer. Nachdem Sie gegangen sind, bleibt nichts auf diesem Bildschirm gespeichert.
kiosk-phone-label = Handynummer
kiosk-phone-submit = Code senden
kiosk-code-title = Code eingeben
kiosk-code-sent = Wir haben einen 6-stelligen Code per SMS an { $number } gesendet.
kiosk-code-label = Code
kiosk-code-submit = Anmelden
kiosk-delete = ⌫
    .aria-label = Letzte Ziffer löschen
kiosk-qr-start = Stattdessen mit meinem Handy anmelden
kiosk-qr-title = Mit Ihrem Handy anmelden
kiosk-qr-hint = Scannen Sie diesen Code mit dem Handy, auf dem Sie in Ihrem Konto angemeldet sind, und bestätigen Sie dort.
kiosk-qr-label = QR-Code
    .aria-label = QR-Code zur Anmeldung mit Ihrem Handy
kiosk-start-again = Neu beginnen
kiosk-phone = Auf meinem Handy weitermachen
kiosk-phone-qr = QR-Code
    .aria-label = QR-Code mit einem Link zu dieser Seite für Ihr Handy
kiosk-phone-explained = Scannen Sie ihn mit der Kamera Ihres Handys. Der Link gilt 15 Minuten und enthält keine persönlichen Daten.
kiosk-approve-title = Anmeldung an einem Terminal
kiosk-approve = Ein Terminal möchte sich für 10 Minuten bei Ihrem Konto anmelden. Bestätigen Sie nur, wenn Sie selbst davor stehen.
kiosk-approve-store = Das Terminal in { $store } möchte sich für 10 Minuten bei Ihrem Konto anmelden. Bestätigen Sie nur, wenn Sie selbst davor stehen.
kiosk-approve-button = Bestätigen
kiosk-approve-dismiss = Jetzt nicht
kiosk-approved = Fertig: Das Terminal ist angemeldet. Es vergisst alles, sobald Sie sich dort abmelden oder es verlassen.
offline-title = Keine Verbindung
offline-body = Manches kann gerade nicht angezeigt werden. Sobald die Verbindung wieder da ist, geht es automatisch weiter.
