### Widget chrome, sign-in, errors and the language switcher.

-brand-name = Selfcare

widget-title = Sama kont
widget-region =
    .aria-label = { -brand-name }: sama kont
launcher-open = Sama kont
    .aria-label = Ubbi sama kont
launcher-close = Tëj
    .aria-label = Tëj sama kont
language-switcher = Làkk
loading = Xaaral tuuti…
retry = Jéemaat
signin-required-title = Duggal ngir gis sa kont
signin-required-body = Duggal ngir gis li nga jëfandikoo, sa contrat ak say réservation.
signin-button = Dugg
no-lines = Amul benn nimero portable ci sa kont.
nav-label =
    .aria-label = Xaaj yi

## Errors the server answers with, by id.

error-unauthenticated = Mënunu wóor kan nga. Duggaatal.
error-token-expired = Sa session jeex na. Duggaatal ngir wéy.
error-line-not-found = Nimero bii nekkul ci sa kont.
error-bad-request = Xamunu li nga laaj. Yeesalal page bi te jéemaat.
error-network = Mënunu jot service bi. Seetal sa connexion te jéemaat.
error-unavailable = Service bi dafa fees léegi. Jéemaatal ci kanam tuuti.
error-internal = Am na lu bon ci sunu wàll. Jéemaatal ci kanam.
error-offering-not-found = Offre bii amatul.
error-order-not-found = Commande bii nekkul ci sa kont.
error-not-eligible = Offre bii mënatul nekk ci nimero bii. Liste offre yi dina wone lu tax.
error-conflict = Am na beneen coppite bu ñu def ci nimero bii ci jamono jooju. Seetal nimero bi, te jéemaat.
error-price-changed = Njëg gi soppeeku na ginnaaw bi nga ko gisee. Xoolal njëg gu bees gi bala ngay dëggal.
error-idempotency-key-reused = Commande bii yónne nañu ko ba noppi ak yeneen détails. Tàmbaliwaatal.
error-idempotency-key-expired = Dëggal gii dafa yàgg lool. Tàmbaliwaatal.
error-order-not-cancellable = Coppite bii dox na ba noppi, mënuñu koo neenal.
error-consent-required = Dangay cocher case bi ngir nangu, bala ngay dëggal.

## Store locator errors and sections.

error-bad-coordinates = Bërëb boobu nekkul ci kart bi. Tànnal benn bërëb ci yi ñu la wone.
error-radius-too-large = Barab bi ngay seet dafa yaa lool. Tànnal benn dëkk walla jëfandikool fi nga nekk.
error-query-empty = Bindal dëkk, gox walla code postal.
error-store-not-found = Bitig bii amatul.
error-product-not-found = Produit bii, jaayatuñu ko.
error-out-of-stock = Bitig bii amatul produit bii. Beneen bitig bu jege mën na ko am.
error-reservation-limit = Mënuloo réserver lu ëpp ci produit bii. Jëlal walla neenal benn réservation jëkk.
error-reservation-not-found = Réservation bii nekkul ci sa kont.
error-reservation-not-cancellable = Réservation bii jeex na ba noppi.
nav-usage = Li ma jëfandikoo
nav-stores = Bitig yi
nav-chat = Waxtaan

## Chat errors.

error-conversation-not-found = Waxtaan bii amatul. Tàmbalil beneen.
error-message-empty = Bindal sa bataaxal jëkk.
error-message-too-long = Bataaxal bii dafa gudd lool. Gàttal ko walla yónne ko ci ay pàcc.
error-message-invalid = Am na ay araf yu mënul dem ci bataaxal bii. Far leen te jéemaat.
error-rate-limited = Yaa ngi yónne ay bataaxal bu gaaw lool. Xaaral benn minit, te jéemaat.
error-conversation-closed = Waxtaan bii jeex na. Tàmbalil beneen.
error-forbidden = Amuloo sañ-sañ ci lii.
error-delegation-invalid = Code bii baaxul, jëfandikoo nañu ko ba noppi walla jeex na. Laajal kiliyaan bi beneen code.
error-code-invalid = Code bii baaxul walla jeex na. Seetal ko, walla laajal beneen.
error-pairing-not-found = Laaj bii ngir dugg jeex na walla jëfandikoo nañu ko ba noppi. Jéemaatal scanner code bi ci borne bi.
error-code-locked = Code yu baaxul yi dañoo bari lool. Laajal beneen code.

## A shop's hours and stock, shown by the locator, the chat's cards and a kiosk's attract screen.

stores-week = Waxtu ubbi yi ayu-bés bii
stores-closed = Tëj na
# Variables:
#   $time (String) - opening time in the store's time zone
stores-closed-opens = Tëj na · dina ubbi ci { $time }
# Variables:
#   $day (String) - weekday and time, in the store's time zone
stores-closed-opens-day = Tëj na · dina ubbi { $day }
# Variables:
#   $time (String) - opening time in the store's time zone
stores-closed-opens-tomorrow = Tëj na · dina ubbi ëllëg ci { $time }
stores-exceptional = Waxtu yu wuute tey
stores-exceptional-day = waxtu yu wuute
# Variables:
#   $name (String) - the holiday's name, in the country's language
stores-holiday = Jour férié: { $name }
stores-open-always = Ubbi na 24/24
# Variables:
#   $time (String) - closing time in the store's time zone
stores-open-until = Ubbi na · dina tëj ci { $time }
# Variables:
#   $time (String) - closing time in the store's time zone
stores-open-until-tomorrow = Ubbi na · dina tëj ëllëg ci { $time }
# Variables:
#   $count (Number) - units in stock
stores-stock-count = { $count } ci stock
stores-stock-few = Des na tuuti rekk
# Variables:
#   $count (Number) - units in stock
stores-stock-few-count =
    { $count ->
       *[other] { $count } rekk a des
    }
stores-stock-in = Am na
stores-stock-out = Jeex na

## Topping up a prepaid line with a voucher (a scratch card sold in shops).

error-voucher-invalid = Code carte recharge dafay am 10 ba 20 chiffre. Bindal chiffre yi feeñ bu nga gratter carte bi.
error-voucher-not-found = Code bii baaxul. Seetal ko te jéemaat.
error-voucher-used = Carte recharge bii, jëfandikoo nañu ko ba noppi.
error-voucher-attempts = Code yu baaxul yi dañoo bari lool. Jéemaatal ëllëg, walla yokkal sa crédit ci bitig.
error-line-not-prepaid = Carte recharge, ci nimero prépayé rekk lay dox.
