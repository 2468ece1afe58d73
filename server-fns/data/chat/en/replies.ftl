# The assistant's own sentences (the server formats them in the conversation's language).
chat-welcome = Hello! I can show your usage, find a cheaper plan, find a shop with a phone in stock, and answer questions about bills, roaming, SIM cards and more. How can I help?
chat-welcome-name = Hello { $name }! I can show your usage, find a cheaper plan, find a shop with a phone in stock, and answer questions about bills, roaming, SIM cards and more. How can I help?
chat-greeting = Hello! How can I help you?
chat-thanks = You're welcome. Is there anything else I can do?
chat-goodbye = Goodbye, and thank you for chatting with us.
chat-usage = Here is your usage this cycle.
chat-sign-in = Please sign in first: I can only show your own account.
chat-plans = I looked for plans that cost less than yours.
chat-usage-data = Here is the data you have left this cycle.
chat-usage-voice = Here are the minutes you have left this cycle.
chat-usage-sms = Here are the texts you have left this cycle.
chat-change-plan = Here are plans you can move to. Compare them all to change yours.
chat-addons = Here are the add-ons you can buy for your line. For more every month, you can also change your plan.
chat-qr-change-plan = Change my plan
chat-qr-addons = Buy an add-on
chat-stores-which = Which { $family } are you looking for near { $place }?
chat-plans-under = I looked for plans under { $amount }.
chat-stores-stock = Shops near { $place } with the { $product } in stock:
chat-stores-near = Shops near { $place }:
chat-stores-ask-place = Where would you like to collect the { $product }? Tell me a town or district.
chat-stores-ask = Which phone or accessory are you looking for, and in which town?
chat-hours-ask = Which town? I will show the nearest shops and their opening hours.
chat-rephrase = I'm not sure I understood. Did you mean one of these?
chat-dont-know = Sorry, I can't help with that. Here is what I can do:
chat-offer-advisor = Would you like to talk to an advisor?
chat-complaint = I'm sorry to hear that. An advisor can look into it with you.
chat-cancel = An advisor can help you with that.
chat-queued = You're number { $position } in the queue. Estimated wait: about { $minutes ->
    [one] one minute
   *[other] { $minutes } minutes
}.
chat-advisors-closed = Our advisors are not available right now (they answer { $hours }). Leave a message and we will answer here.
chat-ticket-created = Thank you. Your message is recorded as request { $id }; the answer will appear in this conversation.
chat-advisor-joined = { $name } joined the conversation.
chat-advisor-left = { $name } left the conversation.
chat-transferred = You are being transferred to another team.
chat-rate = How would you rate this conversation?
chat-rated = Thank you for your feedback.
chat-qr-usage = My usage
chat-qr-plans = A cheaper plan
chat-qr-stores = Find a shop
chat-qr-network = Network problem
chat-qr-bill = My bill
chat-qr-roaming = Roaming
chat-qr-advisor = Talk to an advisor
chat-qr-message = Leave a message
chat-qr-no = No, thanks
chat-incidents = Known network incidents near { $place }:
chat-incidents-title = Known incidents
chat-incident-until = Expected to be fixed by { $time }.
chat-no-incidents = There is no known network incident near { $place }. Here is what to try:
chat-hours-ask-incidents = Which town or district are you in? I will check for known incidents there.
chat-shop-or-online = An advisor in { $store } can come to you here, or you can chat with an advisor online.
chat-qr-shop-advisor = An advisor in this shop
chat-qr-online-advisor = An advisor online
chat-shop-queued = An advisor in this shop will come to you. You're number { $position } in the shop's queue; please stay at this screen.
# Topping up with a recharge card (a voucher's code) in the chat.
chat-topup-ask = Have a recharge card? Type the code from under its scratch-off panel here and I will add it to your balance.
# Variables:
#   $amount (String) - what the card added, e.g. "1000 XOF"
#   $end (String) - the code's last four digits
chat-topup-done = Done: { $amount } from the card ending { $end } has been added to your balance.
chat-topup-not-found = The code ending { $end } is not one of our recharge cards. Check the digits and type it again.
chat-topup-used = The card ending { $end } has already been used. If you have just bought it, the shop that sold it can help.
chat-topup-attempts = Too many wrong codes today. For your safety, try again tomorrow or top up in a shop; an advisor can also help.
chat-topup-postpaid = Your line is on a monthly plan paid by bill: there is no balance to top up.
# The text message with a kiosk sign-in code.
# Variables:
#   $code (String) - the six-digit code
#   $minutes (Number) - how long it works
kiosk-code-sms = Your Selfcare code: { $code }. It works for { $minutes ->
    [one] one minute
   *[other] { $minutes } minutes
}. Never share it.
