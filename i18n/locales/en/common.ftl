### Widget chrome, sign-in, errors and the language switcher.

-brand-name = Selfcare

widget-title = My account
widget-region =
    .aria-label = { -brand-name }: my account
launcher-open = My account
    .aria-label = Open my account
launcher-close = Close
    .aria-label = Close my account
language-switcher = Language
loading = Loading…
retry = Try again
signin-required-title = Sign in to see your account
signin-required-body = Sign in to see your usage, your contract and your reservations.
signin-button = Sign in
no-lines = There is no mobile line on your account.
nav-label =
    .aria-label = Sections

## Errors the server answers with, by id.

error-unauthenticated = We could not confirm who you are. Sign in again.
error-token-expired = Your session has expired. Sign in again to continue.
error-line-not-found = This line is not on your account.
error-bad-request = That request could not be understood. Reload the page and try again.
error-network = We can't reach the service. Check your connection and try again.
error-unavailable = The service is busy right now. Try again in a moment.
error-internal = Something went wrong on our side. Try again later.
error-offering-not-found = This offer is no longer available.
error-order-not-found = This order is not on your account.
error-not-eligible = This offer can't be taken on this line any more. The list of offers shows why.
error-conflict = Another change to this line was made at the same time. Check the line, then try again.
error-price-changed = The price changed since you saw it. Check the new price before you confirm.
error-idempotency-key-reused = This order was already sent with other details. Start again.
error-idempotency-key-expired = This confirmation is too old. Start again.
error-order-not-cancellable = This change has already taken effect and can't be cancelled.
error-consent-required = Tick the box to agree before you confirm.

## Store locator errors and sections.

error-bad-coordinates = That place is not on the map. Choose a place from the suggestions.
error-radius-too-large = That search area is too large. Choose a town or use your location.
error-query-empty = Type a town, district or postcode.
error-store-not-found = This store doesn't exist any more.
error-product-not-found = This product isn't sold any more.
error-out-of-stock = This store has no more of this product. Another store nearby may have it.
error-reservation-limit = You can't reserve more of this product. Collect or cancel a reservation first.
error-reservation-not-found = This reservation is not on your account.
error-reservation-not-cancellable = This reservation has already ended.
nav-usage = My usage
nav-stores = Stores
nav-chat = Chat

## Chat errors.

error-conversation-not-found = This conversation is not available any more. Start a new one.
error-message-empty = Type a message first.
error-message-too-long = This message is too long. Shorten it or send it in parts.
error-message-invalid = This message contains characters that can't be sent. Remove them and try again.
error-rate-limited = You're sending messages too quickly. Wait a minute, then try again.
error-conversation-closed = This conversation has ended. Start a new one.
error-forbidden = You don't have access to this.
error-delegation-invalid = This code is wrong, already used or expired. Ask the customer for a new one.
error-code-invalid = This code is wrong or has expired. Check it, or ask for a new one.
error-pairing-not-found = This sign-in request has expired or was already used. Scan the code on the kiosk again.
error-code-locked = Too many wrong codes. Ask for a new code.

## A shop's hours and stock, shown by the locator, the chat's cards and a kiosk's attract screen.

stores-week = Opening hours this week
stores-closed = Closed
# Variables:
#   $time (String) - opening time in the store's time zone
stores-closed-opens = Closed · opens at { $time }
# Variables:
#   $day (String) - weekday and time, in the store's time zone
stores-closed-opens-day = Closed · opens { $day }
# Variables:
#   $time (String) - opening time in the store's time zone
stores-closed-opens-tomorrow = Closed · opens tomorrow at { $time }
stores-exceptional = Special hours today
stores-exceptional-day = special hours
# Variables:
#   $name (String) - the holiday's name, in the country's language
stores-holiday = Public holiday: { $name }
stores-open-always = Open 24 hours
# Variables:
#   $time (String) - closing time in the store's time zone
stores-open-until = Open · closes at { $time }
# Variables:
#   $time (String) - closing time in the store's time zone
stores-open-until-tomorrow = Open · closes tomorrow at { $time }
# Variables:
#   $count (Number) - units in stock
stores-stock-count = { $count } in stock
stores-stock-few = Only a few left
# Variables:
#   $count (Number) - units in stock
stores-stock-few-count =
    { $count ->
        [one] Only one left
       *[other] Only { $count } left
    }
stores-stock-in = In stock
stores-stock-out = Out of stock

## Topping up a prepaid line with a voucher (a scratch card sold in shops).

error-voucher-invalid = A voucher code is 10 to 20 digits. Type the digits under the scratch panel.
error-voucher-not-found = This voucher code isn't valid. Check it and try again.
error-voucher-used = This voucher has already been used.
error-voucher-attempts = Too many wrong codes. Try again tomorrow, or top up in a shop.
error-line-not-prepaid = Only prepaid lines can be topped up with a voucher.
