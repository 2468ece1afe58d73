# De eigen zinnen van de assistent (de server zet ze in de taal van het gesprek).
chat-welcome = Hallo! Ik kan je verbruik tonen, een goedkoper abonnement zoeken, een winkel vinden die een gsm in voorraad heeft, en je vragen beantwoorden over je factuur, roaming, simkaarten en meer. Waarmee kan ik je helpen?
chat-welcome-name = Hallo { $name }! Ik kan je verbruik tonen, een goedkoper abonnement zoeken, een winkel vinden die een gsm in voorraad heeft, en je vragen beantwoorden over je factuur, roaming, simkaarten en meer. Waarmee kan ik je helpen?
chat-greeting = Hallo! Waarmee kan ik je helpen?
chat-thanks = Graag gedaan. Kan ik nog iets voor je doen?
chat-goodbye = Tot ziens, en bedankt voor je bericht.
chat-usage = Hier is je verbruik in deze periode.
chat-sign-in = Meld je eerst aan: ik kan alleen je eigen account tonen.
chat-plans = Ik heb gezocht naar abonnementen die minder kosten dan het jouwe.
chat-usage-data = Zoveel mobiele data heb je nog in deze periode.
chat-usage-voice = Zoveel belminuten heb je nog in deze periode.
chat-usage-sms = Zoveel sms’en heb je nog in deze periode.
chat-change-plan = Naar deze abonnementen kun je overstappen. Vergelijk ze allemaal om het jouwe te wijzigen.
chat-addons = Deze extra opties kun je kopen voor je nummer. Wil je elke maand meer, dan kun je ook je abonnement wijzigen.
chat-qr-change-plan = Mijn abonnement wijzigen
chat-qr-addons = Extra optie kopen
chat-stores-which = Welke { $family } zoek je in de buurt van { $place }?
chat-plans-under = Ik heb gezocht naar abonnementen onder { $amount }.
chat-stores-stock = Winkels in de buurt van { $place } met de { $product } in voorraad:
chat-stores-near = Winkels in de buurt van { $place }:
chat-stores-ask-place = Waar wil je de { $product } afhalen? Geef me een gemeente of wijk.
chat-stores-ask = Welke gsm of welk accessoire zoek je, en in welke gemeente?
chat-hours-ask = In welke gemeente? Dan toon ik je de dichtstbijzijnde winkels en hun openingsuren.
chat-rephrase = Ik weet niet zeker of ik je goed begrijp. Bedoelde je een van deze?
chat-dont-know = Sorry, daarmee kan ik je niet helpen. Dit kan ik wel voor je doen:
chat-offer-advisor = Wil je met een medewerker praten?
chat-complaint = Vervelend om te horen. Een medewerker kan het samen met je bekijken.
chat-cancel = Een medewerker kan je daarmee helpen.
chat-queued = Je bent nummer { $position } in de wachtrij. Geschatte wachttijd: ongeveer { $minutes ->
    [one] één minuut
   *[other] { $minutes } minuten
}.
chat-advisors-closed = Onze medewerkers zijn nu niet beschikbaar (ze antwoorden { $hours }). Laat een bericht achter, dan antwoorden we je hier.
chat-ticket-created = Bedankt. Je bericht is geregistreerd als aanvraag { $id }; het antwoord verschijnt in dit gesprek.
chat-advisor-joined = { $name } neemt deel aan het gesprek.
chat-advisor-left = { $name } heeft het gesprek verlaten.
chat-transferred = Je wordt doorverbonden met een ander team.
chat-rate = Hoe beoordeel je dit gesprek?
chat-rated = Bedankt voor je feedback.
chat-qr-usage = Mijn verbruik
chat-qr-plans = Een goedkoper abonnement
chat-qr-stores = Winkel zoeken
chat-qr-network = Netwerkprobleem
chat-qr-bill = Mijn factuur
chat-qr-roaming = Roaming
chat-qr-advisor = Met een medewerker praten
chat-qr-message = Bericht achterlaten
chat-qr-no = Nee, bedankt
chat-incidents = Gekende netwerkstoringen in de buurt van { $place }:
chat-incidents-title = Gekende storingen
chat-incident-until = Naar verwachting opgelost tegen { $time }.
chat-no-incidents = Er is geen gekende netwerkstoring in de buurt van { $place }. Probeer dit eens:
chat-hours-ask-incidents = In welke gemeente of wijk ben je? Dan kijk ik of daar een storing gekend is.
chat-shop-or-online = Een medewerker van { $store } kan hier naar je toe komen, of je kunt online chatten met een medewerker.
chat-qr-shop-advisor = Een medewerker in deze winkel
chat-qr-online-advisor = Een medewerker online
chat-shop-queued = Een medewerker van deze winkel komt naar je toe. Je bent nummer { $position } in de wachtrij van de winkel; blijf even bij dit scherm.
# Topping up with a recharge card (a voucher's code) in the chat.
chat-topup-ask = Heb je een herlaadkaart? Typ hier de code onder de kraslaag, dan zet ik het bedrag op je beltegoed.
# Variables:
#   $amount (String) - what the card added, e.g. "1000 XOF"
#   $end (String) - the code's last four digits
chat-topup-done = Gelukt: { $amount } van de kaart die eindigt op { $end } staat nu op je beltegoed.
chat-topup-not-found = De code die eindigt op { $end } is geen herlaadcode van ons. Controleer de cijfers en typ hem opnieuw.
chat-topup-used = De kaart die eindigt op { $end } is al gebruikt. Heb je ze net gekocht, dan kan de winkel waar je ze kocht je verder helpen.
chat-topup-attempts = Te veel foute codes vandaag. Voor je veiligheid: probeer het morgen opnieuw of herlaad in een winkel; een medewerker kan je ook helpen.
chat-topup-postpaid = Je hebt een abonnement dat je maandelijks via je factuur betaalt: er is geen beltegoed om te herladen.
# The text message with a kiosk sign-in code.
# Variables:
#   $code (String) - the six-digit code
#   $minutes (Number) - how long it works
kiosk-code-sms = Je Selfcare-code: { $code }. Hij is { $minutes ->
    [one] één minuut
   *[other] { $minutes } minuten
} geldig. Deel hem met niemand.
