//! Signing in at a kiosk without the host's login: a one-time code by SMS to the customer's
//! number, then a token for the kiosk channel (ten minutes, renewed while the customer is
//! there). Public calls (no token), limited per client address and per number.

// The server side: domain logic, storage.
#[cfg(feature = "ssr")]
pub mod domain;

use crate::api::{ApiError, KioskChallenge, KioskSession};
use crate::codec::MiniJson;
use leptos::server;

/// Sends a code to `phone` (as typed; national numbers in `country`) if it is a customer's;
/// the answer is the same either way and shows only the number's last two digits.
#[server(prefix = "/api/v1", endpoint = "kiosk-sign-in", output = MiniJson)]
pub async fn kiosk_sign_in(
    phone: String,
    country: String,
    store: Option<String>,
) -> Result<KioskChallenge, ApiError> {
    use crate::api::ErrorId;
    use crate::{kiosk::domain as kiosk, server::context::ChatRequest, server::validate};
    let request = ChatRequest::current()?;
    let country = validate::country(&country)?;
    let store = store.as_deref().map(validate::id).transpose()?;
    let number = kiosk::e164(&phone, country).ok_or(ApiError::from(ErrorId::BadRequest))?;
    let limiter = &request.state().limiter;
    if !limiter.allow(&format!("otp-a:{}", request.address), 10)
        || !limiter.allow(&format!("otp-n:{number}"), 3)
    {
        return Err(ErrorId::RateLimited.into());
    }
    kiosk::known(request.db(), store, None).await?;
    // A customer's number costs a text message more than an unknown one: the answer waits
    // until the same moment for both, so its timing does not tell which numbers are
    // customers'. (A duration, not a date: `Instant` is right here.)
    let answer_at = tokio::time::Instant::now() + kiosk::SIGN_IN_ANSWER_AFTER;
    let challenge = kiosk::start(
        request.db(),
        &request.state().assistant,
        &number,
        country,
        store,
        request.now(),
    )
    .await;
    tokio::time::sleep_until(answer_at).await;
    Ok(challenge?)
}

/// The code the customer received: once, within five minutes, five tries.
#[server(prefix = "/api/v1", endpoint = "kiosk-verify", output = MiniJson)]
pub async fn kiosk_verify(challenge: String, code: String) -> Result<KioskSession, ApiError> {
    use crate::{kiosk::domain as kiosk, server::context::ChatRequest, server::validate};
    let request = ChatRequest::current()?;
    let customer = kiosk::verify(
        request.db(),
        validate::id(&challenge)?,
        code.trim(),
        request.now(),
    )
    .await?;
    Ok(kiosk::session(
        &request.state().auth,
        request.state().config.kiosk_token_seconds,
        &customer,
    )?)
}

/// A new token for the kiosk session in use (the kiosk asks before its token runs out, while
/// the customer is there): only with a kiosk session's own, unexpired token.
#[server(prefix = "/api/v1", endpoint = "kiosk-renew", output = MiniJson)]
pub async fn kiosk_renew() -> Result<KioskSession, ApiError> {
    use crate::{kiosk::domain as kiosk, server::context::CustomerRequest};
    let request = CustomerRequest::kiosk()?;
    Ok(kiosk::session(
        &request.state().auth,
        request.state().config.kiosk_token_seconds,
        &request.customer,
    )?)
}

/// "Continue on your phone": a fifteen-minute link to `view` (`stores` with a shop and a
/// product, `plans`, `reservations`, `chat`) and its QR code. Nothing personal is in it: the
/// phone shows the customer's own data only once they are signed in there.
#[server(prefix = "/api/v1", endpoint = "phone-link", output = MiniJson)]
pub async fn phone_link(
    view: String,
    store: Option<String>,
    product: Option<String>,
) -> Result<crate::api::PhoneLink, ApiError> {
    use crate::api::ErrorId;
    use crate::{kiosk::domain as kiosk, server::context::ChatRequest, server::validate};
    let request = ChatRequest::current()?;
    let target = kiosk::LinkTarget {
        view,
        store: store
            .as_deref()
            .map(validate::id)
            .transpose()?
            .map(str::to_owned),
        product: product
            .as_deref()
            .map(validate::id)
            .transpose()?
            .map(str::to_owned),
    };
    if !request
        .state()
        .limiter
        .allow(&format!("link:{}", request.address), 30)
    {
        return Err(ErrorId::RateLimited.into());
    }
    let (id, expires_at) = kiosk::create_link(request.db(), &target, request.now()).await?;
    Ok(kiosk::phone_link(
        &format!(
            "{}/go/{id}",
            crate::server::context::public_base(request.state())?
        ),
        expires_at,
    ))
}

/// A kiosk asks to be signed in from a phone: a two-minute pairing shown as a QR code.
#[server(prefix = "/api/v1", endpoint = "kiosk-pair", output = MiniJson)]
pub async fn kiosk_pair(store: Option<String>) -> Result<crate::api::KioskPairing, ApiError> {
    use crate::api::ErrorId;
    use crate::{kiosk::domain as kiosk, server::context::ChatRequest, server::validate};
    let request = ChatRequest::current()?;
    let store = store.as_deref().map(validate::id).transpose()?;
    if !request
        .state()
        .limiter
        .allow(&format!("pair:{}", request.address), 20)
    {
        return Err(ErrorId::RateLimited.into());
    }
    let (pairing, secret, expires_at) =
        kiosk::start_pairing(request.db(), store, request.now()).await?;
    let link = kiosk::phone_link(
        &format!(
            "{}/pair/{pairing}",
            crate::server::context::public_base(request.state())?
        ),
        expires_at,
    );
    Ok(crate::api::KioskPairing {
        pairing,
        secret,
        link,
    })
}

/// The phone, before approving: which shop's kiosk asks.
#[server(prefix = "/api/v1", endpoint = "kiosk-pair-info", output = MiniJson)]
pub async fn kiosk_pair_info(pairing: String) -> Result<crate::api::PairingInfo, ApiError> {
    use crate::{kiosk::domain as kiosk, server::context::CustomerRequest, server::validate};
    let request = CustomerRequest::own().await?;
    Ok(kiosk::pairing_info(request.db(), validate::id(&pairing)?, request.now()).await?)
}

/// The signed-in customer approves on their phone: the kiosk gets a kiosk session for them.
#[server(prefix = "/api/v1", endpoint = "kiosk-pair-approve", output = MiniJson)]
pub async fn kiosk_pair_approve(pairing: String) -> Result<crate::api::PairingInfo, ApiError> {
    use crate::{kiosk::domain as kiosk, server::context::CustomerRequest, server::validate};
    let request = CustomerRequest::own().await?;
    let pairing = validate::id(&pairing)?;
    let info = kiosk::pairing_info(request.db(), pairing, request.now()).await?;
    kiosk::approve_pairing(request.db(), pairing, &request.customer, request.now()).await?;
    Ok(info)
}

/// The kiosk asks whether the phone approved; the session is given once.
#[server(prefix = "/api/v1", endpoint = "kiosk-pair-poll", output = MiniJson)]
pub async fn kiosk_pair_poll(
    pairing: String,
    secret: String,
) -> Result<crate::api::PairingStatus, ApiError> {
    use crate::api::PairingStatus;
    use crate::{kiosk::domain as kiosk, server::context::ChatRequest, server::validate};
    let request = ChatRequest::current()?;
    let Some(customer) = kiosk::collect_pairing(
        request.db(),
        validate::id(&pairing)?,
        &secret,
        request.now(),
    )
    .await?
    else {
        return Ok(PairingStatus { session: None });
    };
    Ok(PairingStatus {
        session: Some(kiosk::session(
            &request.state().auth,
            request.state().config.kiosk_token_seconds,
            &customer,
        )?),
    })
}
