//! Usage views: the customer's lines, the current cycle, past cycles and the contract.
//!
//! The server function is a thin adapter: it takes the customer from the verified token and
//! calls the domain function in [`crate::usage::domain`], which can be tested without HTTP.

// The server side: domain logic, storage.
#[cfg(feature = "ssr")]
pub mod domain;
#[cfg(feature = "ssr")]
pub mod storage;
#[cfg(feature = "ssr")]
pub mod topup;

use crate::api::{ApiError, UsageResponse};
use crate::codec::MiniJson;
use leptos::server;

/// The signed-in customer's lines and, for `line_id` (else their first line), the current
/// cycle with buckets, daily use and projection, the last six cycles and the contract; plans
/// and add-ons named in the language of `locale` (else the customer's).
#[server(prefix = "/api/v1", endpoint = "usage", output = MiniJson)]
pub async fn get_usage(
    line_id: Option<String>,
    locale: Option<String>,
) -> Result<UsageResponse, ApiError> {
    let request = crate::server::context::CustomerRequest::current("usage:read").await?;
    let line_id = line_id
        .as_deref()
        .map(crate::server::validate::line_id)
        .transpose()?;
    let lang = locale.as_deref().map(crate::server::validate::lang);
    Ok(crate::usage::domain::overview(
        request.storage(),
        &request.customer,
        line_id,
        lang,
        request.now(),
    )
    .await?)
}

/// Tops up prepaid `line_id` with a voucher's `code` (a scratch card's 10 to 20 digits; spaces
/// and hyphens ignored): credited once, to this line, and audited. `idempotency_key` is made by
/// the widget once per submission: sent again, the same top-up comes back. TMF654's
/// `topupBalance`.
#[server(prefix = "/api/v1", endpoint = "top-up", output = MiniJson)]
pub async fn top_up(
    line_id: String,
    code: String,
    idempotency_key: String,
    channel: crate::api::Channel,
) -> Result<crate::api::TopupBalance, ApiError> {
    use crate::{server::validate, usage::topup};
    let request = crate::server::context::CustomerRequest::current("balance:top-up").await?;
    let line_id = validate::id(&line_id)?;
    let key = validate::idempotency_key(&idempotency_key)?;
    if code.len() > 64 {
        return Err(crate::api::ErrorId::VoucherInvalid.into());
    }
    Ok(topup::redeem(
        request.storage(),
        request.caller(channel),
        line_id,
        &code,
        key,
    )
    .await?)
}
