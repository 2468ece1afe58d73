//! The store locator: place suggestions, the nearest shops with their opening state and
//! stock, the product catalogue (all public), and reservations for in-store collection (the
//! signed-in customer's own). Thin adapters over [`crate::stores::domain`].

// A server function's arguments are the fields of its request (the client's copy, made by
// `#[server]`, carries no attribute of the function).
#![allow(clippy::too_many_arguments)]

// The server side: domain logic, storage.
#[cfg(feature = "ssr")]
pub mod domain;
#[cfg(feature = "ssr")]
pub mod reservations;
#[cfg(feature = "ssr")]
pub mod sql;
#[cfg(feature = "ssr")]
pub mod storage;

use crate::api::{ApiError, Channel, Place, Product, Reservation, StoresResponse};
use crate::codec::MiniJson;
use leptos::server;

/// Towns, districts and postcodes matching what the customer types (case, accents and
/// punctuation ignored), in `country` when given.
#[server(prefix = "/api/v1", endpoint = "places", output = MiniJson)]
pub async fn suggest_places(q: String, country: Option<String>) -> Result<Vec<Place>, ApiError> {
    use crate::{server::context::PublicRequest, server::validate, stores::domain as stores};
    let request = PublicRequest::current()?;
    let country = country.as_deref().map(validate::country).transpose()?;
    Ok(stores::suggest(request.db(), &q, country).await?)
}

/// The `limit` shops nearest to (`lat`, `lon`) within `radius_m`, filtered; with the stock of
/// `sku` when given (only shops that have it with `in_stock`); the kiosk's shop `here` first.
/// Without coordinates, the search is around `here`. Shops are named in the language of
/// `lang` (a locale) where the data has them in it.
#[server(prefix = "/api/v1", endpoint = "stores", output = MiniJson)]
pub async fn find_stores(
    lat: Option<f64>,
    lon: Option<f64>,
    radius_m: f64,
    limit: u32,
    open_now: bool,
    service: Option<String>,
    sku: Option<String>,
    in_stock: bool,
    here: Option<String>,
    lang: Option<String>,
) -> Result<StoresResponse, ApiError> {
    use crate::api::{ErrorId, StoreService};
    use crate::{server::context::PublicRequest, server::validate, stores::domain as stores};
    let request = PublicRequest::current()?;
    let service = match service.as_deref() {
        Some(s) => Some(StoreService::from_id(s).ok_or(ErrorId::BadRequest)?),
        None => None,
    };
    let at = match (lat, lon) {
        (Some(lat), Some(lon)) => Some((lat, lon)),
        (None, None) => None,
        _ => return Err(ErrorId::BadCoordinates.into()),
    };
    let query = stores::NearQuery {
        at,
        radius_m,
        limit: limit as usize,
        open_now,
        service,
        sku: sku
            .as_deref()
            .map(validate::id)
            .transpose()?
            .map(str::to_owned),
        in_stock,
        here: here
            .as_deref()
            .map(validate::id)
            .transpose()?
            .map(str::to_owned),
        lang: lang.as_deref().map_or("", validate::lang),
    };
    let mut found = stores::near(request.shops(), &query, request.now()).await?;
    found.map = request.map_tiles();
    Ok(found)
}

/// Products whose brand and name start with the typed words; the whole catalogue when empty.
/// With `country`, each variant has its price in that country's shops.
#[server(prefix = "/api/v1", endpoint = "products", output = MiniJson)]
pub async fn find_products(q: String, country: Option<String>) -> Result<Vec<Product>, ApiError> {
    use crate::{server::context::PublicRequest, server::validate, stores::domain as stores};
    let request = PublicRequest::current()?;
    let country = country.as_deref().map(validate::country).transpose()?;
    Ok(stores::products(request.shops(), &q, country).await?)
}

/// Reserves `quantity` units of `sku` at `store_id` for the signed-in customer to collect.
/// `idempotency_key` is made once per confirmation: sending it again returns the same
/// reservation. The shop is named in the language of `lang` where the data has it.
#[server(prefix = "/api/v1", endpoint = "reserve", output = MiniJson)]
pub async fn reserve(
    store_id: String,
    sku: String,
    quantity: i64,
    idempotency_key: String,
    channel: Channel,
    lang: Option<String>,
) -> Result<Reservation, ApiError> {
    use crate::{server::context::CustomerRequest, server::validate, stores::domain as stores};
    let request = CustomerRequest::current("stores:reserve").await?;
    let r = stores::ReserveRequest {
        store_id: validate::id(&store_id)?,
        sku: validate::id(&sku)?,
        quantity,
        idempotency_key: validate::idempotency_key(&idempotency_key)?,
        lang: lang.as_deref().map_or("", validate::lang),
    };
    Ok(stores::reserve(
        request.shops(),
        &request.caller(channel).audit(),
        &r,
        request.now(),
    )
    .await?)
}

/// Cancels one of the customer's active reservations; the units are free again at once.
#[server(prefix = "/api/v1", endpoint = "cancel-reservation", output = MiniJson)]
pub async fn cancel_reservation(
    id: String,
    channel: Channel,
    lang: Option<String>,
) -> Result<Reservation, ApiError> {
    use crate::{server::context::CustomerRequest, server::validate, stores::domain as stores};
    let request = CustomerRequest::current("stores:reserve").await?;
    Ok(stores::cancel(
        request.shops(),
        &request.caller(channel).audit(),
        validate::id(&id)?,
        lang.as_deref().map_or("", validate::lang),
        request.now(),
    )
    .await?)
}

/// The signed-in customer's reservations, newest first, shops named in the language of `lang`.
#[server(prefix = "/api/v1", endpoint = "reservations", output = MiniJson)]
pub async fn my_reservations(lang: Option<String>) -> Result<Vec<Reservation>, ApiError> {
    use crate::{server::context::CustomerRequest, server::validate, stores::domain as stores};
    let request = CustomerRequest::current("stores:reserve").await?;
    Ok(stores::list(
        request.shops(),
        &request.customer,
        lang.as_deref().map_or("", validate::lang),
        request.now(),
    )
    .await?)
}
