//! Calling the server functions: `POST {api origin}/api/v1/<name>` with the arguments
//! form-encoded, the customer's bearer token, and the JSON answer read with miniserde — the
//! wire protocol of Leptos server functions (`PostUrl` in, JSON out), spoken by a few lines of
//! `fetch` instead of the generic server-function client, which costs the bundle far more than
//! it does here. Each widget calls its own `api` origin with its own token.
//!
//! One retry with a fresh token when the server says the token expired.

use crate::config::{Mode, WidgetConfig};
use leptos::prelude::{GetUntracked, WithValue};
use selfcare_server_fns::api::{ApiError, ErrorId, OffersResponse, ProductOrder, UsageResponse};
use selfcare_server_fns::tariff::{CancelOrder, GetOffers, PlaceOrder};
use selfcare_server_fns::usage::GetUsage;
use server_fn::ServerFn;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Headers, RequestInit, Response};

/// The customer's token: the kiosk session's when a customer signed in at the kiosk, else the
/// host's (`getToken` or `token`); `None` when nobody is signed in.
pub async fn token(config: WidgetConfig, refresh: bool) -> Option<String> {
    // Asked again after the host's answer came back to a widget removed meanwhile: nothing
    // more happens (see `send`).
    let Some(host) = config.host.try_with_value(Clone::clone) else {
        return std::future::pending().await;
    };
    // A kiosk is signed in only by its own sign-in: nothing of the host's carries over
    // from one customer to the next.
    if config.kiosk() {
        return config.session_token.get_untracked();
    }
    let function = js_sys::Reflect::get(&host, &JsValue::from_str("selfcareToken")).ok()?;
    let function = function.dyn_into::<js_sys::Function>().ok()?;
    let result = function.call1(&host, &JsValue::from_bool(refresh)).ok()?;
    let value = match result.dyn_into::<js_sys::Promise>() {
        Ok(promise) => JsFuture::from(promise).await.ok()?,
        Err(value) => value,
    };
    value.as_string().filter(|t| !t.is_empty())
}

/// `get_usage`: the signed-in customer's lines and the usage of `line` (else their first),
/// plans and add-ons named in the language of `locale` (a formatting tag), in its digits.
pub async fn get_usage(
    config: WidgetConfig,
    line: Option<String>,
    locale: &str,
) -> Result<UsageResponse, ErrorId> {
    // The arguments as `serde_qs` writes them for the server function (checked by
    // `server-fns/tests/server.rs`).
    let mut body = format!("locale={locale}");
    if let Some(l) = line {
        body.push_str(&format!("&line_id={}", js_sys::encode_uri_component(&l)));
    }
    let mut answer: Result<UsageResponse, ErrorId> = call(config, GetUsage::PATH, &body).await;
    if let Ok(u) = &mut answer {
        usage_digits(locale, u);
    }
    answer
}

/// The usage's names in the digits of `locale` (out of the async function: its state machine
/// would copy the loops).
fn usage_digits(locale: &str, u: &mut UsageResponse) {
    let digits = |s: &mut String| crate::format::localise_digits(locale, s);
    for l in &mut u.profile.lines {
        digits(&mut l.plan_name);
    }
    if let Some(l) = &mut u.line {
        digits(&mut l.contract.plan_name);
        for b in &mut l.cycle.buckets {
            digits(&mut b.name);
        }
        if let Some(o) = &mut l.pending_change {
            digits(&mut o.offering_name);
        }
    }
}

/// A form body from argument names and values, as `serde_qs` reads it.
pub fn form(args: &[(&str, &str)]) -> String {
    let mut body = String::new();
    for (name, value) in args {
        if !body.is_empty() {
            body.push('&');
        }
        body.push_str(name);
        body.push('=');
        body.push_str(&String::from(js_sys::encode_uri_component(value)));
    }
    body
}

/// `get_offers`: what `line` may move to or add on `channel`, texts in `lang`.
/// `get_offers` in the language of `locale` (a formatting tag), names and descriptions in its digits.
pub async fn get_offers(
    config: WidgetConfig,
    line: String,
    channel: &str,
    locale: &str,
) -> Result<OffersResponse, ErrorId> {
    let mut answer: Result<OffersResponse, ErrorId> = call(
        config,
        GetOffers::PATH,
        &form(&[("line_id", &line), ("channel", channel), ("lang", locale)]),
    )
    .await;
    if let Ok(o) = &mut answer {
        offers_digits(locale, o);
    }
    answer
}

/// The offers' names and descriptions in the digits of `locale`.
fn offers_digits(locale: &str, o: &mut OffersResponse) {
    let digits = |s: &mut String| crate::format::localise_digits(locale, s);
    digits(&mut o.current.name);
    for q in o.plans.iter_mut().chain(o.addons.iter_mut()) {
        digits(&mut q.offering.name);
        digits(&mut q.offering.description);
    }
    if let Some(order) = &mut o.pending_change {
        digits(&mut order.offering_name);
    }
}

/// `place_order`, with the body `tariff/` builds (the same on every retry).
pub async fn place_order(config: WidgetConfig, body: String) -> Result<ProductOrder, ErrorId> {
    call(config, PlaceOrder::PATH, &body).await
}

pub async fn cancel_order(
    config: WidgetConfig,
    order: String,
    channel: &str,
) -> Result<ProductOrder, ErrorId> {
    call(
        config,
        CancelOrder::PATH,
        &form(&[("order_id", &order), ("channel", channel)]),
    )
    .await
}

/// Calls a server function that needs no customer (store search, stock): no token is sent.
pub async fn public<T: miniserde::Deserialize>(
    config: WidgetConfig,
    path: &str,
    body: &str,
) -> Result<T, ErrorId> {
    parse(send(config, path, body, None).await)
}

/// Calls a server function as the signed-in customer if there is one, else anonymously (the
/// chat).
pub async fn as_whoever<T: miniserde::Deserialize>(
    config: WidgetConfig,
    path: &str,
    body: &str,
) -> Result<T, ErrorId> {
    parse(match token(config, false).await {
        Some(_) => as_customer(config, path, body).await,
        None => send(config, path, body, None).await,
    })
}

/// Calls a server function as the signed-in customer; on an expired token, asks the host for
/// a fresh one and calls once more.
pub async fn call<T: miniserde::Deserialize>(
    config: WidgetConfig,
    path: &str,
    body: &str,
) -> Result<T, ErrorId> {
    parse(as_customer(config, path, body).await)
}

/// An answer's text read as `T` (the only code repeated for each answer type).
fn parse<T: miniserde::Deserialize>(text: Result<String, ErrorId>) -> Result<T, ErrorId> {
    miniserde::json::from_str(&text?).map_err(|_| ErrorId::Internal)
}

/// [`call`]'s request, once for every answer type.
async fn as_customer(config: WidgetConfig, path: &str, body: &str) -> Result<String, ErrorId> {
    let first = token(config, false).await.ok_or(ErrorId::Unauthenticated)?;
    match send(config, path, body, Some(&first)).await {
        Err(ErrorId::TokenExpired) => {
            let fresh = token(config, true).await.ok_or(ErrorId::TokenExpired)?;
            send(config, path, body, Some(&fresh)).await
        }
        other => other,
    }
}

/// The request itself, once for every answer type: the text of a successful answer. With
/// exactly this token (or none): a kiosk ending its session closes the chat with the token it had.
pub async fn send(
    config: WidgetConfig,
    path: &str,
    body: &str,
    token: Option<&str>,
) -> Result<String, ErrorId> {
    // A widget removed from the page (its state disposed of) neither starts a request nor
    // hears an answer: the request is aborted and the task ends here, never resuming code
    // that would touch what is gone.
    let signal = config
        .requests
        .try_with_value(|c| c.as_ref().map(web_sys::AbortController::signal))
        .flatten();
    let Some(signal) = signal.filter(|s| !s.aborted()) else {
        return std::future::pending().await;
    };
    let headers = Headers::new().map_err(|_| ErrorId::Internal)?;
    let set = |name: &str, value: &str| headers.set(name, value).map_err(|_| ErrorId::Internal);
    set("content-type", "application/x-www-form-urlencoded")?;
    set("accept", "application/json")?;
    if let Some(token) = token {
        set("authorization", &format!("Bearer {token}"))?;
        // A partner's portal acting for a customer (the server checks the delegation).
        if let Some(customer) = config
            .customer
            .get_untracked()
            .filter(|_| config.mode.get_untracked() == Mode::Portal)
        {
            set("x-selfcare-customer", &customer)?;
        }
    }
    let init = RequestInit::new();
    init.set_method("POST");
    init.set_headers(&headers);
    init.set_body(&JsValue::from_str(body));
    init.set_signal(Some(&signal));
    let url = format!("{}{path}", config.api_origin());
    let window = web_sys::window().ok_or(ErrorId::Internal)?;
    let response = JsFuture::from(window.fetch_with_str_and_init(&url, &init)).await;
    let answer = match response.ok().and_then(|r| r.dyn_into::<Response>().ok()) {
        Some(response) => JsFuture::from(response.text().map_err(|_| ErrorId::Network)?)
            .await
            .map(|t| (response, t)),
        None => Err(JsValue::NULL),
    };
    if signal.aborted() {
        return std::future::pending().await;
    }
    let (response, text) = answer.map_err(|_| ErrorId::Network)?;
    let text = text.as_string().unwrap_or_default();
    if response.ok() {
        return Ok(text);
    }
    Err(match miniserde::json::from_str::<ApiError>(&text) {
        Ok(error) => error.error,
        // Not our server's answer (a proxy's page, a gateway timeout).
        Err(_) if response.status() >= 500 => ErrorId::Unavailable,
        Err(_) => ErrorId::Internal,
    })
}

/// The message that explains an error.
pub fn error_message(error: ErrorId) -> &'static str {
    match error {
        ErrorId::Unauthenticated => "error-unauthenticated",
        ErrorId::TokenExpired => "error-token-expired",
        ErrorId::LineNotFound => "error-line-not-found",
        ErrorId::BadRequest => "error-bad-request",
        ErrorId::Network => "error-network",
        ErrorId::Unavailable => "error-unavailable",
        ErrorId::Internal => "error-internal",
        ErrorId::OfferingNotFound => "error-offering-not-found",
        ErrorId::OrderNotFound => "error-order-not-found",
        ErrorId::NotEligible => "error-not-eligible",
        ErrorId::Conflict => "error-conflict",
        ErrorId::PriceChanged => "error-price-changed",
        ErrorId::IdempotencyKeyReused => "error-idempotency-key-reused",
        ErrorId::IdempotencyKeyExpired => "error-idempotency-key-expired",
        ErrorId::OrderNotCancellable => "error-order-not-cancellable",
        ErrorId::ConsentRequired => "error-consent-required",
        ErrorId::BadCoordinates => "error-bad-coordinates",
        ErrorId::RadiusTooLarge => "error-radius-too-large",
        ErrorId::QueryEmpty => "error-query-empty",
        ErrorId::StoreNotFound => "error-store-not-found",
        ErrorId::ProductNotFound => "error-product-not-found",
        ErrorId::OutOfStock => "error-out-of-stock",
        ErrorId::ReservationLimit => "error-reservation-limit",
        ErrorId::ReservationNotFound => "error-reservation-not-found",
        ErrorId::ReservationNotCancellable => "error-reservation-not-cancellable",
        ErrorId::ConversationNotFound => "error-conversation-not-found",
        ErrorId::MessageEmpty => "error-message-empty",
        ErrorId::MessageTooLong => "error-message-too-long",
        ErrorId::MessageInvalid => "error-message-invalid",
        ErrorId::RateLimited => "error-rate-limited",
        ErrorId::ConversationClosed => "error-conversation-closed",
        ErrorId::Forbidden => "error-forbidden",
        ErrorId::DelegationInvalid => "error-delegation-invalid",
        ErrorId::CodeInvalid => "error-code-invalid",
        ErrorId::PairingNotFound => "error-pairing-not-found",
        ErrorId::CodeLocked => "error-code-locked",
        ErrorId::VoucherInvalid => "error-voucher-invalid",
        ErrorId::VoucherNotFound => "error-voucher-not-found",
        ErrorId::VoucherUsed => "error-voucher-used",
        ErrorId::VoucherAttempts => "error-voucher-attempts",
        ErrorId::LineNotPrepaid => "error-line-not-prepaid",
    }
}
