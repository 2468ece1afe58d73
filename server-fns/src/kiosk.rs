//! Signing in at a kiosk without the host's login: a one-time code by SMS to the customer's
//! number, then a ten-minute token for the kiosk channel. Public calls (no token), limited per
//! client address and per number.

use crate::api::{ApiError, KioskChallenge, KioskSession};
use crate::codec::MiniJson;
use leptos::server;

/// Sends a code to `phone` (as typed; national numbers in `country`) if it is a customer's;
/// the answer is the same either way and shows only the number's last two digits.
#[server(prefix = "/api/v1", endpoint = "kiosk-sign-in", output = MiniJson)]
pub async fn kiosk_sign_in(phone: String, country: String, store: Option<String>) -> Result<KioskChallenge, ApiError> {
    use crate::api::ErrorId;
    use crate::ssr::{context::ChatRequest, kiosk, validate};
    let request = ChatRequest::current()?;
    let country = validate::country(&country)?;
    let store = store.as_deref().map(validate::id).transpose()?;
    let number = kiosk::e164(&phone, country).ok_or(ApiError::from(ErrorId::BadRequest))?;
    let limiter = &request.state().limiter;
    if !limiter.allow(&format!("otp-a:{}", request.address), 10) || !limiter.allow(&format!("otp-n:{number}"), 3) {
        return Err(ErrorId::RateLimited.into());
    }
    kiosk::start(request.db(), &number, country, store, request.now()).await
}

/// The code the customer received: once, within five minutes, five tries.
#[server(prefix = "/api/v1", endpoint = "kiosk-verify", output = MiniJson)]
pub async fn kiosk_verify(challenge: String, code: String) -> Result<KioskSession, ApiError> {
    use crate::api::ErrorId;
    use crate::ssr::{context::ChatRequest, kiosk, validate};
    let request = ChatRequest::current()?;
    let customer = kiosk::verify(request.db(), validate::id(&challenge)?, code.trim(), request.now()).await?;
    let token = request.state().auth.issue_customer_token(&customer, "kiosk", kiosk::TOKEN_SECONDS).ok_or(ApiError::from(ErrorId::Unavailable))?;
    Ok(KioskSession { token, expires_in: kiosk::TOKEN_SECONDS as i64 })
}
