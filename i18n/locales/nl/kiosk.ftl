### Kiosk mode (a shared screen in a shop), the phone's side of a kiosk sign-in, and the offline notice.

kiosk-welcome = Welkom! Bekijk je verbruik, wijzig je abonnement, vind een gsm in voorraad of stel ons een vraag.
kiosk-start = Tik om te beginnen
kiosk-tools =
    .aria-label = Schermopties
kiosk-read-aloud = Voorlezen
kiosk-contrast = Hoog contrast
kiosk-larger-text = Grotere tekst
kiosk-sign-out = Afmelden en wissen
kiosk-finish = Afronden en scherm wissen
kiosk-idle-title = Heb je meer tijd nodig?
kiosk-idle-body = { $seconds ->
    [one] Voor je privacy wordt dit scherm over { $seconds } seconde gewist.
   *[other] Voor je privacy wordt dit scherm over { $seconds } seconden gewist.
}
kiosk-idle-more = Ja, meer tijd
kiosk-signin-title = Meld je aan met je gsm-nummer
kiosk-phone-hint = We sturen een code per sms naar dit nummer. Na je vertrek blijft er niets op dit scherm bewaard.
kiosk-phone-label = Gsm-nummer
kiosk-phone-submit = Stuur me een code
kiosk-code-title = Voer de code in
kiosk-code-sent = We hebben een code van 6 cijfers per sms gestuurd naar { $number }.
kiosk-code-label = Code
kiosk-code-submit = Aanmelden
kiosk-delete = ⌫
    .aria-label = Laatste cijfer wissen
kiosk-qr-start = Liever aanmelden met mijn gsm
kiosk-qr-title = Meld je aan met je gsm
kiosk-qr-hint = Scan deze code met de gsm waarop je bij je account aangemeld bent en keur het daar goed.
kiosk-qr-label = QR-code
    .aria-label = QR-code om je aan te melden met je gsm
kiosk-start-again = Opnieuw beginnen
kiosk-phone = Verdergaan op mijn gsm
kiosk-phone-qr = QR-code
    .aria-label = QR-code met een link naar deze pagina voor je gsm
kiosk-phone-explained = Scan met de camera van je gsm. De link werkt 15 minuten en bevat niets persoonlijks.
kiosk-approve-title = Aanmelden op een kiosk
kiosk-approve = Een kiosk vraagt om zich voor 10 minuten aan te melden op je account. Keur dit alleen goed als je er zelf voor staat.
kiosk-approve-store = De kiosk in { $store } vraagt om zich voor 10 minuten aan te melden op je account. Keur dit alleen goed als je er zelf voor staat.
kiosk-approve-button = Goedkeuren
kiosk-approve-dismiss = Niet nu
kiosk-approved = Klaar: de kiosk is aangemeld. Hij vergeet alles zodra je je daar afmeldt of weggaat.
offline-title = Geen verbinding
offline-body = Sommige gegevens kunnen we nu niet tonen. Zodra de verbinding terug is, gaan we vanzelf verder.
