//! Calling the server: the API origin, the customer's token from the host, one retry with a
//! fresh token when the server says it expired.

use crate::config::WidgetConfig;
use leptos::prelude::*;
use selfcare_server_fns::api::{ApiError, ErrorId};
use selfcare_server_fns::client::with_token;
use std::future::Future;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Points every server-function call of this page at `origin` (one API origin per page).
pub fn point_at(origin: &str) {
    let origin: &'static str = Box::leak(origin.to_owned().into_boxed_str());
    server_fn::client::set_server_url(origin);
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

/// Is somebody signed in? Tracks `auth_version`, so it is asked again when the host changes it.
pub fn signed_in(config: WidgetConfig) -> LocalResource<bool> {
    LocalResource::new(move || {
        config.auth_version.track();
        async move { token(config, false).await.is_some() }
    })
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
