//! Usage views: the customer's lines, the current cycle, past cycles and the contract.
//!
//! Each server function is a thin adapter: it takes the customer from the verified token and
//! calls the domain function in [`crate::ssr::usage`], which can be tested without HTTP.

use crate::api::{ApiError, Contract, CycleSummary, Profile, UsageOverview};
use crate::client::AuthClient;
use leptos::server;

/// The signed-in customer and their lines.
#[server(prefix = "/api/v1", endpoint = "profile", client = AuthClient)]
pub async fn get_profile() -> Result<Profile, ApiError> {
    let request = crate::ssr::context::CustomerRequest::current().await?;
    crate::ssr::usage::profile(request.storage(), &request.customer).await
}

/// The current billing cycle of one of the customer's lines: buckets, daily usage, projection.
#[server(prefix = "/api/v1", endpoint = "usage", client = AuthClient)]
pub async fn get_usage(line_id: String) -> Result<UsageOverview, ApiError> {
    let request = crate::ssr::context::CustomerRequest::current().await?;
    let line_id = crate::ssr::validate::line_id(&line_id)?;
    crate::ssr::usage::current_cycle(request.storage(), &request.customer, line_id, request.today())
        .await
}

/// The last six completed billing cycles of a line, newest first.
#[server(prefix = "/api/v1", endpoint = "usage-history", client = AuthClient)]
pub async fn get_usage_history(line_id: String) -> Result<Vec<CycleSummary>, ApiError> {
    let request = crate::ssr::context::CustomerRequest::current().await?;
    let line_id = crate::ssr::validate::line_id(&line_id)?;
    crate::ssr::usage::history(request.storage(), &request.customer, line_id, request.today()).await
}

/// The line's plan, price, dates and (prepaid) balance.
#[server(prefix = "/api/v1", endpoint = "contract", client = AuthClient)]
pub async fn get_contract(line_id: String) -> Result<Contract, ApiError> {
    let request = crate::ssr::context::CustomerRequest::current().await?;
    let line_id = crate::ssr::validate::line_id(&line_id)?;
    crate::ssr::usage::contract(request.storage(), &request.customer, line_id).await
}
