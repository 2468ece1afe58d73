//! Calling the server: the API origin, the customer's token from the host, one retry with a
//! fresh token when the server says it expired.

use crate::config::WidgetConfig;
use leptos::prelude::WithValue;
use selfcare_server_fns::api::{ApiError, ErrorId};
use selfcare_server_fns::client::with_token;
use std::future::Future;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Points the server-function calls of this page at `origin`. The client keeps one origin per
/// page (a process-wide setting of `server_fn`), so the first widget to mount sets it and
/// later ones, or a later `api` attribute, cannot change it.
pub fn point_at(origin: &str) {
    if server_fn::client::get_server_url().is_empty() {
        let origin: &'static str = Box::leak(origin.to_owned().into_boxed_str());
        let _ = server_fn::client::try_set_server_url(origin);
    }
}

/// The host's token for this widget (`getToken` or `token`), `None` when nobody is signed in.
pub async fn token(config: WidgetConfig, refresh: bool) -> Option<String> {
    let host = config.host.with_value(|h| h.clone());
    let function = js_sys::Reflect::get(&host, &JsValue::from_str("selfcareToken")).ok()?;
    let function = function.dyn_into::<js_sys::Function>().ok()?;
    let result = function.call1(&host, &JsValue::from_bool(refresh)).ok()?;
    let value = match result.dyn_into::<js_sys::Promise>() {
        Ok(promise) => JsFuture::from(promise).await.ok()?,
        Err(value) => value,
    };
    value.as_string().filter(|t| !t.is_empty())
}

/// Calls a server function as the signed-in customer; on an expired token, asks the host
/// for a fresh one and calls once more.
pub async fn call<T, F, Fut>(config: WidgetConfig, make: F) -> Result<T, ErrorId>
where
    F: Fn() -> Fut,
    Fut: Future<Output = Result<T, ApiError>>,
{
    let Some(first) = token(config, false).await else { return Err(ErrorId::Unauthenticated) };
    match with_token(Some(first), make()).await {
        Err(ApiError { error: ErrorId::TokenExpired }) => {
            let fresh = token(config, true).await.ok_or(ErrorId::TokenExpired)?;
            with_token(Some(fresh), make()).await.map_err(|e| e.error)
        }
        other => other.map_err(|e| e.error),
    }
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
    }
}
