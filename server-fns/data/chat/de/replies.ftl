# Die eigenen Sätze des Assistenten (der Server formatiert sie in der Sprache des Gesprächs).
chat-welcome = Hallo! Ich kann Ihnen Ihren Verbrauch zeigen, einen günstigeren Tarif suchen, einen Shop mit einem Handy auf Lager finden und Fragen zu Rechnung, Roaming, SIM-Karten und mehr beantworten. Wie kann ich Ihnen helfen?
chat-welcome-name = Hallo { $name }! Ich kann Ihnen Ihren Verbrauch zeigen, einen günstigeren Tarif suchen, einen Shop mit einem Handy auf Lager finden und Fragen zu Rechnung, Roaming, SIM-Karten und mehr beantworten. Wie kann ich Ihnen helfen?
chat-greeting = Hallo! Wie kann ich Ihnen helfen?
chat-thanks = Gern geschehen. Kann ich sonst noch etwas für Sie tun?
chat-goodbye = Auf Wiedersehen, und danke für Ihre Nachricht.
chat-usage = Hier ist Ihr Verbrauch in diesem Zeitraum.
chat-sign-in = Bitte melden Sie sich zuerst an: Ich kann nur Ihr eigenes Konto anzeigen.
chat-plans = Ich habe nach Tarifen gesucht, die günstiger sind als Ihrer.
chat-usage-data = Hier sehen Sie Ihre restlichen mobilen Daten in diesem Zeitraum.
chat-usage-voice = Hier sehen Sie Ihre restlichen Minuten in diesem Zeitraum.
chat-usage-sms = Hier sehen Sie Ihre restlichen SMS in diesem Zeitraum.
chat-change-plan = In diese Tarife können Sie wechseln. Vergleichen Sie sie, um Ihren Tarif zu ändern.
chat-addons = Diese Zusatzoptionen können Sie für Ihre Rufnummer buchen. Wenn Sie jeden Monat mehr brauchen, können Sie auch Ihren Tarif wechseln.
chat-qr-change-plan = Tarif wechseln
chat-qr-addons = Zusatzoption buchen
chat-stores-which = Welches { $family } suchen Sie in der Nähe von { $place }?
chat-plans-under = Ich habe nach Tarifen unter { $amount } gesucht.
chat-stores-stock = Shops in der Nähe von { $place } mit { $product } auf Lager:
chat-stores-near = Shops in der Nähe von { $place }:
chat-stores-ask-place = Wo möchten Sie { $product } abholen? Nennen Sie mir einen Ort oder ein Viertel.
chat-stores-ask = Welches Handy oder Zubehör suchen Sie, und in welchem Ort?
chat-hours-ask = In welchem Ort? Ich zeige Ihnen die nächstgelegenen Shops und ihre Öffnungszeiten.
chat-rephrase = Ich bin nicht sicher, ob ich Sie richtig verstanden habe. Meinten Sie eines davon?
chat-dont-know = Leider kann ich Ihnen dabei nicht helfen. Das kann ich für Sie tun:
chat-offer-advisor = Möchten Sie mit einem Kundenberater sprechen?
chat-complaint = Das tut mir leid. Ein Kundenberater kann sich das gemeinsam mit Ihnen ansehen.
chat-cancel = Ein Kundenberater kann Ihnen dabei helfen.
chat-queued = Sie sind Nummer { $position } in der Warteschlange. Geschätzte Wartezeit: etwa { $minutes ->
    [one] eine Minute
   *[other] { $minutes } Minuten
}.
chat-advisors-closed = Unsere Kundenberater sind gerade nicht erreichbar (sie antworten { $hours }). Hinterlassen Sie eine Nachricht, wir antworten Ihnen hier.
chat-ticket-created = Vielen Dank. Ihre Nachricht ist als Anfrage { $id } erfasst; die Antwort erscheint in diesem Gespräch.
chat-advisor-joined = { $name } ist dem Gespräch beigetreten.
chat-advisor-left = { $name } hat das Gespräch verlassen.
chat-transferred = Sie werden an ein anderes Team weitergeleitet.
chat-rate = Wie bewerten Sie dieses Gespräch?
chat-rated = Vielen Dank für Ihre Bewertung.
chat-qr-usage = Mein Verbrauch
chat-qr-plans = Ein günstigerer Tarif
chat-qr-stores = Shop finden
chat-qr-network = Netzproblem
chat-qr-bill = Meine Rechnung
chat-qr-roaming = Roaming
chat-qr-advisor = Mit einem Kundenberater sprechen
chat-qr-message = Nachricht hinterlassen
chat-qr-no = Nein, danke
chat-incidents = Bekannte Netzstörungen in der Nähe von { $place }:
chat-incidents-title = Bekannte Störungen
chat-incident-until = Voraussichtlich behoben bis { $time }.
chat-no-incidents = In der Nähe von { $place } ist keine Netzstörung bekannt. Das können Sie versuchen:
chat-hours-ask-incidents = In welchem Ort oder Viertel sind Sie? Ich prüfe, ob dort eine Störung bekannt ist.
chat-shop-or-online = Ein Kundenberater aus { $store } kann hier zu Ihnen kommen, oder Sie chatten online mit einem Kundenberater.
chat-qr-shop-advisor = Ein Berater in diesem Shop
chat-qr-online-advisor = Ein Berater online
chat-shop-queued = Ein Kundenberater dieses Shops kommt zu Ihnen. Sie sind Nummer { $position } in der Warteschlange des Shops; bitte bleiben Sie an diesem Bildschirm.
# Topping up with a recharge card (a voucher's code) in the chat.
chat-topup-ask = Haben Sie eine Guthabenkarte? Geben Sie hier den Code unter dem Rubbelfeld ein, dann lade ich Ihr Guthaben damit auf.
# Variables:
#   $amount (String) - what the card added, e.g. "1000 XOF"
#   $end (String) - the code's last four digits
chat-topup-done = Erledigt: Ihr Guthaben wurde mit { $amount } von der Karte mit der Endung { $end } aufgeladen.
chat-topup-not-found = Der Code mit der Endung { $end } gehört zu keiner unserer Guthabenkarten. Bitte prüfen Sie die Ziffern und geben Sie ihn erneut ein.
chat-topup-used = Die Karte mit der Endung { $end } wurde bereits eingelöst. Wenn Sie sie gerade erst gekauft haben, hilft Ihnen die Verkaufsstelle weiter.
chat-topup-attempts = Heute wurden zu viele falsche Codes eingegeben. Zu Ihrer Sicherheit versuchen Sie es bitte morgen erneut oder laden Sie in einem Shop auf; auch ein Kundenberater kann Ihnen helfen.
chat-topup-postpaid = Ihre Rufnummer hat einen Monatstarif, der per Rechnung bezahlt wird: Es gibt kein Guthaben zum Aufladen.
# The text message with a kiosk sign-in code.
# Variables:
#   $code (String) - the six-digit code
#   $minutes (Number) - how long it works
kiosk-code-sms = Ihr Selfcare-Code: { $code }. Er ist { $minutes ->
    [one] eine Minute
   *[other] { $minutes } Minuten
} gültig. Geben Sie ihn niemals weiter.
