### Widget chrome, sign-in, errors and the language switcher.

-brand-name = Selfcare

widget-title = Ny kaontiko
widget-region =
    .aria-label = { -brand-name }: ny kaontiko
launcher-open = Ny kaontiko
    .aria-label = Hanokatra ny kaontiko
launcher-close = Hidio
    .aria-label = Hanidy ny kaontiko
language-switcher = Fiteny
loading = Andraso kely…
retry = Andramo indray
signin-required-title = Midira raha hijery ny kaontinao
signin-required-body = Midira raha hijery ny fampiasanao, ny fifanekenao ary ny famandrihanao.
signin-button = Hiditra
no-lines = Tsy misy laharana finday ao amin'ny kaontinao.
nav-label =
    .aria-label = Fizarana

## Errors the server answers with, by id.

error-unauthenticated = Tsy voamarinay hoe iza ianao. Midira indray.
error-token-expired = Tapitra ny fotoana nidiranao. Midira indray raha hanohy.
error-line-not-found = Tsy ao amin'ny kaontinao ity laharana ity.
error-bad-request = Tsy azo ny fangatahana. Avereno sokafana ny pejy dia andramo indray.
error-network = Tsy tratra ny serivisy. Hamarino ny connexion-nao dia andramo indray.
error-unavailable = Be mpampiasa ny serivisy amin'izao. Andramo indray afaka kelikely.
error-internal = Nisy olana teo aminay. Andramo indray any aoriana.
error-offering-not-found = Tsy misy intsony ity tolotra ity.
error-order-not-found = Tsy ao amin'ny kaontinao ity kaomandy ity.
error-not-eligible = Tsy azo raisina amin'ity laharana ity intsony ity tolotra ity. Ao amin'ny lisitry ny tolotra no ahitanao ny antony.
error-conflict = Nisy fanovana hafa natao tamin'ity laharana ity tamin'io fotoana io ihany. Hamarino ny laharana, dia andramo indray.
error-price-changed = Niova ny vidiny taorian'ny nahitanao azy. Jereo ny vidiny vaovao alohan'ny hanamafisanao.
error-idempotency-key-reused = Efa nalefa tamin'ny antsipiriany hafa ity kaomandy ity. Avereno atomboka.
error-idempotency-key-expired = Efa lany daty ity fanamafisana ity. Avereno atomboka.
error-order-not-cancellable = Efa mihatra ity fanovana ity ka tsy azo foanana intsony.
error-consent-required = Asio marika ny boaty hanekena, alohan'ny hanamafisanao.

## Store locator errors and sections.

error-bad-coordinates = Tsy hita amin'ny sarintany io toerana io. Misafidiana toerana iray amin'ireo soso-kevitra.
error-radius-too-large = Midadasika loatra ny faritra karohina. Misafidiana tanàna na ampiasao ny toerana misy anao.
error-query-empty = Soraty ny tanàna, ny kartie na ny kaody paositra.
error-store-not-found = Tsy misy intsony ity fivarotana ity.
error-product-not-found = Tsy amidy intsony ity entana ity.
error-out-of-stock = Lany amin'ity fivarotana ity io entana io. Mety mbola misy any amin'ny fivarotana hafa akaiky.
error-reservation-limit = Tsy afaka mamandrika bebe kokoa amin'ity entana ity ianao. Alaivo na foano aloha ny famandrihana iray.
error-reservation-not-found = Tsy ao amin'ny kaontinao ity famandrihana ity.
error-reservation-not-cancellable = Efa tapitra ity famandrihana ity.
nav-usage = Ny fampiasako
nav-stores = Fivarotana
nav-chat = Resaka

## Chat errors.

error-conversation-not-found = Tsy misy intsony ity resaka ity. Manomboha resaka vaovao.
error-message-empty = Soraty aloha ny hafatra.
error-message-too-long = Lava loatra ity hafatra ity. Fohezo na alefaso tsikelikely.
error-message-invalid = Misy litera tsy azo alefa ato amin'ity hafatra ity. Esory ireo dia andramo indray.
error-rate-limited = Haingana loatra ny fandefasanao hafatra. Andraso iray minitra, dia andramo indray.
error-conversation-closed = Efa tapitra ity resaka ity. Manomboha resaka vaovao.
error-forbidden = Tsy manana alalana amin'ity ianao.
error-delegation-invalid = Diso, efa nampiasaina na efa lany daty ity kaody ity. Angataho kaody vaovao ny mpanjifa.
error-code-invalid = Diso na efa lany daty ity kaody ity. Hamarino izy, na mangataha kaody vaovao.
error-pairing-not-found = Efa lany daty na efa nampiasaina ity fangatahana hiditra ity. Avereno vakiana amin'ny finday ny kaody eo amin'ny efijery ao amin'ny fivarotana.
error-code-locked = Be loatra ny kaody diso. Mangataha kaody vaovao.

## A shop's hours and stock, shown by the locator, the chat's cards and a kiosk's attract screen.

stores-week = Ora fisokafana amin'ity herinandro ity
stores-closed = Mikatona
# Variables:
#   $time (String) - opening time in the store's time zone
stores-closed-opens = Mikatona · misokatra amin'ny { $time }
# Variables:
#   $day (String) - weekday and time, in the store's time zone
stores-closed-opens-day = Mikatona · misokatra { $day }
# Variables:
#   $time (String) - opening time in the store's time zone
stores-closed-opens-tomorrow = Mikatona · misokatra rahampitso amin'ny { $time }
stores-exceptional = Ora manokana anio
stores-exceptional-day = ora manokana
# Variables:
#   $name (String) - the holiday's name, in the country's language
stores-holiday = Andro fety: { $name }
stores-open-always = Misokatra 24 ora
# Variables:
#   $time (String) - closing time in the store's time zone
stores-open-until = Misokatra · mikatona amin'ny { $time }
# Variables:
#   $time (String) - closing time in the store's time zone
stores-open-until-tomorrow = Misokatra · mikatona rahampitso amin'ny { $time }
# Variables:
#   $count (Number) - units in stock
stores-stock-count = { $count } no misy
stores-stock-few = Vitsy sisa
# Variables:
#   $count (Number) - units in stock
stores-stock-few-count =
    { $count ->
        [one] { $count } monja sisa
       *[other] { $count } monja sisa
    }
stores-stock-in = Misy
stores-stock-out = Lany

## Topping up a prepaid line with a voucher (a scratch card sold in shops).

error-voucher-invalid = Misy isa 10 hatramin'ny 20 ny kaodin'ny karatra crédit. Soraty ny isa eo ambanin'ny faritra kikisina.
error-voucher-not-found = Tsy manan-kery ity kaody ity. Hamarino izy, dia andramo indray.
error-voucher-used = Efa nampiasaina ity karatra crédit ity.
error-voucher-attempts = Be loatra ny kaody diso. Andramo indray rahampitso, na mividiana crédit any amin'ny fivarotana.
error-line-not-prepaid = Ny laharana prépayé ihany no azo ampidirana karatra crédit.
