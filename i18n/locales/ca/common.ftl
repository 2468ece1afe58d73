### Estructura del widget, inici de sessió, errors i selector d’idioma.

-brand-name = Selfcare

widget-title = El meu compte
widget-region =
    .aria-label = { -brand-name }: el meu compte
launcher-open = El meu compte
    .aria-label = Obre el meu compte
launcher-close = Tanca
    .aria-label = Tanca el meu compte
language-switcher = Idioma
loading = S’està carregant…
retry = Torna-ho a provar
signin-required-title = Inicia la sessió per veure el teu compte
signin-required-body = Inicia la sessió per veure el teu consum, el teu contracte i les teves reserves.
signin-button = Inicia la sessió
no-lines = Al teu compte no hi ha cap línia mòbil.
nav-label =
    .aria-label = Seccions

## Errors que retorna el servidor, per id.

error-unauthenticated = No hem pogut confirmar qui ets. Torna a iniciar la sessió.
error-token-expired = La sessió ha caducat. Torna a iniciar-la per continuar.
error-line-not-found = Aquesta línia no és al teu compte.
error-bad-request = No hem entès la sol·licitud. Torna a carregar la pàgina i prova-ho de nou.
error-network = No podem connectar amb el servei. Comprova la connexió i torna-ho a provar.
error-unavailable = Ara mateix el servei està saturat. Torna-ho a provar d’aquí a una estona.
error-internal = Alguna cosa ha fallat per part nostra. Torna-ho a provar més tard.
error-offering-not-found = Aquesta oferta ja no està disponible.
error-order-not-found = Aquesta comanda no és al teu compte.
error-not-eligible = Ja no pots contractar aquesta oferta en aquesta línia. A la llista d’ofertes en veuràs el motiu.
error-conflict = S’ha fet un altre canvi en aquesta línia al mateix temps. Revisa la línia i torna-ho a provar.
error-price-changed = El preu ha canviat des que el vas veure. Revisa el preu nou abans de confirmar.
error-idempotency-key-reused = Aquesta comanda ja es va enviar amb altres dades. Torna a començar.
error-idempotency-key-expired = Aquesta confirmació ha caducat. Torna a començar.
error-order-not-cancellable = Aquest canvi ja s’ha aplicat i no es pot cancel·lar.
error-consent-required = Marca la casella per acceptar-ho abans de confirmar.

## Errors i seccions del cercador de botigues.

error-bad-coordinates = Aquest lloc no és al mapa. Tria un lloc dels suggeriments.
error-radius-too-large = La zona de cerca és massa gran. Tria una població o fes servir la teva ubicació.
error-query-empty = Escriu una població, un barri o un codi postal.
error-store-not-found = Aquesta botiga ja no existeix.
error-product-not-found = Aquest producte ja no es ven.
error-out-of-stock = En aquesta botiga ja no en queden. Potser una altra botiga propera en té.
error-reservation-limit = No pots reservar més unitats d’aquest producte. Primer recull o cancel·la una reserva.
error-reservation-not-found = Aquesta reserva no és al teu compte.
error-reservation-not-cancellable = Aquesta reserva ja ha finalitzat.
nav-usage = El meu consum
nav-stores = Botigues
nav-chat = Xat

## Errors del xat.

error-conversation-not-found = Aquesta conversa ja no està disponible. Comença’n una de nova.
error-message-empty = Primer escriu un missatge.
error-message-too-long = Aquest missatge és massa llarg. Escurça’l o envia’l en diverses parts.
error-message-invalid = Aquest missatge conté caràcters que no es poden enviar. Treu-los i torna-ho a provar.
error-rate-limited = Envies missatges massa de pressa. Espera un minut i torna-ho a provar.
error-conversation-closed = Aquesta conversa ha acabat. Comença’n una de nova.
error-forbidden = No hi tens accés.
error-delegation-invalid = Aquest codi és incorrecte, ja s’ha fet servir o ha caducat. Demana’n un de nou al client.
error-code-invalid = Aquest codi és incorrecte o ha caducat. Revisa’l o demana’n un de nou.
error-pairing-not-found = Aquesta sol·licitud d’accés ha caducat o ja s’ha fet servir. Torna a escanejar el codi de la pantalla de la botiga.
error-code-locked = Massa codis incorrectes. Demana un codi nou.

## A shop's hours and stock, shown by the locator, the chat's cards and a kiosk's attract screen.

stores-week = Horari d’aquesta setmana
stores-closed = Tancada
# Variables:
#   $time (String) - opening time in the store's time zone
stores-closed-opens = Tancada · obre a les { $time }
# Variables:
#   $day (String) - weekday and time, in the store's time zone
stores-closed-opens-day = Tancada · obre { $day }
# Variables:
#   $time (String) - opening time in the store's time zone
stores-closed-opens-tomorrow = Tancada · obre demà a les { $time }
stores-exceptional = Avui, horari especial
stores-exceptional-day = horari especial
# Variables:
#   $name (String) - the holiday's name, in the country's language
stores-holiday = Festiu: { $name }
stores-open-always = Oberta 24 hores
# Variables:
#   $time (String) - closing time in the store's time zone
stores-open-until = Oberta · tanca a les { $time }
# Variables:
#   $time (String) - closing time in the store's time zone
stores-open-until-tomorrow = Oberta · tanca demà a les { $time }
# Variables:
#   $count (Number) - units in stock
stores-stock-count =
    { $count ->
        [one] { $count } unitat disponible
        [many] { $count } d’unitats disponibles
       *[other] { $count } unitats disponibles
    }
stores-stock-few = En queden poques unitats
# Variables:
#   $count (Number) - units in stock
stores-stock-few-count =
    { $count ->
        [one] Només en queda una
        [many] Només en queden { $count }
       *[other] Només en queden { $count }
    }
stores-stock-in = Disponible
stores-stock-out = Esgotat

## Topping up a prepaid line with a voucher (a scratch card sold in shops).

error-voucher-invalid = El codi de recàrrega té de 10 a 20 xifres. Escriu les xifres que apareixen quan grates la targeta.
error-voucher-not-found = Aquest codi de recàrrega no és vàlid. Revisa’l i torna-ho a provar.
error-voucher-used = Aquesta targeta de recàrrega ja s’ha fet servir.
error-voucher-attempts = Massa codis incorrectes. Torna-ho a provar demà o recarrega a una botiga.
error-line-not-prepaid = Les targetes de recàrrega només serveixen per a línies de prepagament.
