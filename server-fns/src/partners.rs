//! Delegations: the signed-in customer makes a consent code for a partner; the partner, with
//! its own token (OAuth 2.0 client credentials at `POST /oauth/token`), redeems it and may then
//! act for that customer — within the delegation's scopes and its token's, for 30 days —
//! sending `X-Selfcare-Customer` with the customer's id.

// The server side: domain logic, storage.
#[cfg(feature = "ssr")]
pub mod domain;

use crate::api::{ApiError, Delegation, DelegationCode, DelegationGrant, PartnerInfo};
use crate::codec::MiniJson;
use leptos::server;

/// A consent code for `partner` within `scopes` (space-separated), valid 10 minutes. Only the
/// customer themselves may make one.
#[server(prefix = "/api/v1", endpoint = "delegation-code", output = MiniJson)]
pub async fn grant_delegation(partner: String, scopes: String) -> Result<DelegationCode, ApiError> {
    use crate::{partners::domain as partners, server::context::CustomerRequest, server::validate};
    let request = CustomerRequest::own().await?;
    Ok(partners::create_code(
        request.db(),
        &request.customer,
        validate::id(&partner)?,
        &scopes,
        request.now(),
    )
    .await?)
}

/// The partners the customer may let act for them, with what each may be allowed to do.
#[server(prefix = "/api/v1", endpoint = "delegation-partners", output = MiniJson)]
pub async fn delegation_partners() -> Result<Vec<PartnerInfo>, ApiError> {
    use crate::{partners::domain as partners, server::context::CustomerRequest};
    let request = CustomerRequest::own().await?;
    Ok(partners::list(request.db()).await?)
}

/// The partner redeems a customer's code (ten wrong codes a minute at most).
#[server(prefix = "/api/v1", endpoint = "delegation-redeem", output = MiniJson)]
pub async fn redeem_delegation(code: String) -> Result<Delegation, ApiError> {
    use crate::api::ErrorId;
    use crate::{partners::domain as partners, server::context::PartnerRequest};
    let request = PartnerRequest::current()?;
    let state = request.state();
    if !state.limiter.allow(&format!("p:{}", request.partner), 10) {
        return Err(ErrorId::RateLimited.into());
    }
    Ok(partners::redeem(&state.db, &request.partner, code.trim(), state.clock.now()).await?)
}

/// The partners the customer lets act for them.
#[server(prefix = "/api/v1", endpoint = "delegations", output = MiniJson)]
pub async fn list_delegations() -> Result<Vec<DelegationGrant>, ApiError> {
    use crate::{partners::domain as partners, server::context::CustomerRequest};
    let request = CustomerRequest::own().await?;
    Ok(partners::grants(request.db(), &request.customer, request.now()).await?)
}

/// Withdraws a partner's delegation at once; answers the delegations left.
#[server(prefix = "/api/v1", endpoint = "revoke-delegation", output = MiniJson)]
pub async fn revoke_delegation(partner: String) -> Result<Vec<DelegationGrant>, ApiError> {
    use crate::{partners::domain as partners, server::context::CustomerRequest, server::validate};
    let request = CustomerRequest::own().await?;
    partners::revoke(request.db(), &request.customer, validate::id(&partner)?).await?;
    Ok(partners::grants(request.db(), &request.customer, request.now()).await?)
}
