### Kiosk mode (a shared screen in a shop), the phone's side of a kiosk sign-in, and the offline notice.

kiosk-welcome = Welcome! Check your usage, change your plan, find a phone in stock or ask us a question.
kiosk-start = Touch to start
kiosk-tools =
    .aria-label = Screen options
kiosk-read-aloud = Read aloud
kiosk-contrast = High contrast
kiosk-larger-text = Larger text
kiosk-sign-out = Sign out and clear
kiosk-finish = Finish and clear the screen
kiosk-idle-title = Do you need more time?
kiosk-idle-body = { $seconds ->
    [one] For your privacy, this screen will be cleared in 1 second.
   *[other] For your privacy, this screen will be cleared in { $seconds } seconds.
}
kiosk-idle-more = Yes, more time
kiosk-signin-title = Sign in with your mobile number
kiosk-phone-hint = We will send a code by text message to this number. Nothing is kept on this screen after you leave.
kiosk-phone-label = Mobile number
kiosk-phone-submit = Send me a code
kiosk-code-title = Enter the code
kiosk-code-sent = We sent a 6-digit code by text message to { $number }.
kiosk-code-label = Code
kiosk-code-submit = Sign in
kiosk-delete = ⌫
    .aria-label = Delete the last digit
kiosk-qr-start = Sign in with my phone instead
kiosk-qr-title = Sign in with your phone
kiosk-qr-hint = Scan this code with the phone where you are signed in to your account, then approve there.
kiosk-qr-label = QR code
    .aria-label = QR code to sign in from your phone
kiosk-start-again = Start again
kiosk-phone = Continue on my phone
kiosk-phone-qr = QR code
    .aria-label = QR code of a link to this page for your phone
kiosk-phone-explained = Scan with your phone's camera. The link works for 15 minutes and contains nothing personal.
kiosk-approve-title = Sign in at a kiosk
kiosk-approve = A kiosk asks to sign in to your account for 10 minutes. Approve only if you are standing at it.
kiosk-approve-store = The kiosk at { $store } asks to sign in to your account for 10 minutes. Approve only if you are standing at it.
kiosk-approve-button = Approve
kiosk-approve-dismiss = Not now
kiosk-approved = Done: the kiosk is signed in. It forgets everything when you sign out there or leave it.
offline-title = No connection
offline-body = Some things cannot be shown right now. We will carry on by ourselves when the connection is back.
