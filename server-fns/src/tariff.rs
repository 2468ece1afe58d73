//! Tariff change and add-ons: the offers a line may take, ordering, cancelling a scheduled
//! change, reading an order. Thin adapters: the customer comes from the verified token, the
//! rules live in [`crate::tariff::domain`].

// A server function's arguments are the fields of its request (the client's copy, made by
// `#[server]`, carries no attribute of the function).
#![allow(clippy::too_many_arguments)]

// The server side: domain logic, storage.
#[cfg(feature = "ssr")]
pub mod catalogue;
#[cfg(feature = "ssr")]
pub mod domain;
#[cfg(feature = "ssr")]
pub mod sql;

use crate::api::{ApiError, Channel, OffersResponse, ProductOrder, When};
use crate::codec::MiniJson;
use leptos::server;

/// The plans and add-ons of the customer's country that `line_id` may move to or add on
/// `channel`, each with its eligibility (reasons when not) and prices; texts in `lang`.
#[server(prefix = "/api/v1", endpoint = "offers", output = MiniJson)]
pub async fn get_offers(
    line_id: String,
    channel: Channel,
    lang: String,
) -> Result<OffersResponse, ApiError> {
    use crate::{server::validate, tariff::domain as tariff};
    let request = crate::server::context::CustomerRequest::current("tariffs:read").await?;
    let line_id = validate::id(&line_id)?;
    Ok(tariff::offers(
        request.storage(),
        request.caller(channel),
        line_id,
        validate::lang(&lang),
    )
    .await?)
}

/// Orders `offering_id` for `line_id`, taking effect `when`. `idempotency_key` is made by the
/// widget once per confirmation: sending it again returns the same order. The expected
/// amounts are what the customer agreed to; the server prices from its catalogue and refuses
/// the order if they differ.
#[server(prefix = "/api/v1", endpoint = "order", output = MiniJson)]
pub async fn place_order(
    line_id: String,
    offering_id: String,
    when: When,
    idempotency_key: String,
    expected_one_time: i64,
    expected_recurring: i64,
    consent: bool,
    channel: Channel,
    lang: String,
) -> Result<ProductOrder, ApiError> {
    use crate::{server::validate, tariff::domain as tariff};
    let request = crate::server::context::CustomerRequest::current("tariffs:order").await?;
    let order = tariff::OrderRequest {
        line_id: validate::id(&line_id)?,
        offering_id: validate::id(&offering_id)?,
        when,
        idempotency_key: validate::idempotency_key(&idempotency_key)?,
        expected_one_time,
        expected_recurring,
        consent,
        lang: validate::lang(&lang),
    };
    Ok(tariff::place(request.storage(), request.caller(channel), &order).await?)
}

/// Cancels a change scheduled for the next cycle, until it takes effect.
#[server(prefix = "/api/v1", endpoint = "cancel-order", output = MiniJson)]
pub async fn cancel_order(order_id: String, channel: Channel) -> Result<ProductOrder, ApiError> {
    use crate::{server::validate, tariff::domain as tariff};
    let request = crate::server::context::CustomerRequest::current("tariffs:order").await?;
    Ok(tariff::cancel(
        request.storage(),
        request.caller(channel),
        validate::id(&order_id)?,
    )
    .await?)
}

/// One of the customer's orders, with its state (TMF622).
#[server(prefix = "/api/v1", endpoint = "get-order", output = MiniJson)]
pub async fn get_order(order_id: String) -> Result<ProductOrder, ApiError> {
    use crate::{server::validate, tariff::domain as tariff};
    let request = crate::server::context::CustomerRequest::current("tariffs:read").await?;
    Ok(tariff::order(
        request.storage(),
        request.caller(Channel::Website),
        validate::id(&order_id)?,
    )
    .await?)
}
