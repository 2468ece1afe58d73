//! The shops (TMF674), their stock and reservations (TMF687) and the devices (TMF620
//! `productSpecification`) served. As an operator's systems do, it expires a customer's
//! reservations whose hold has passed before it answers about them.

use super::{answer, failed, language, not_found, param, refuse, Bss, Params};
use crate::server::error::Error;
use crate::server::text::fold;
use crate::stores::storage::{BoxQuery, Find, NewReservation, Reserved};
use crate::tmf::resources::audit_of;
use crate::tmf::resources::shops::{
    service_bit, GeographicSite, ProductSpecification, ProductStock, ReservationPatch,
    ReserveProductStock,
};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::{Duration, NaiveDate};

/// A number a call needs within `range`: the name of the parameter missing or not such a
/// number.
fn number(
    params: &Params,
    name: &'static str,
    range: std::ops::RangeInclusive<f64>,
) -> Result<f64, &'static str> {
    params
        .get(name)
        .and_then(|v| v.parse().ok())
        .filter(|n: &f64| range.contains(n))
        .ok_or(name)
}

fn bad_request(what: &str) -> Response {
    refuse(StatusCode::BAD_REQUEST, "badRequest", what)
}

fn ids(params: &Params, name: &'static str) -> Vec<String> {
    params
        .get(name)
        .map(|v| v.split(',').map(str::to_owned).collect())
        .unwrap_or_default()
}

/// `GET …/geographicSite?id=a,b&calendar.day.gte=&calendar.day.lte=` — shops with their
/// calendar (texts in the `Accept-Language`); or, with `place.geographicLocation.{y,x}.{gte,lte}`
/// (and `services`, `inStock`), where the shops in that box are.
pub async fn sites(State(bss): State<Bss>, headers: HeaderMap, params: Params) -> Response {
    let wanted = ids(&params, "id");
    if !wanted.is_empty() {
        // The exceptional days in a window of at most a month, when asked for.
        let day = |name: &str| params.get(name).map(|d| d.parse::<NaiveDate>());
        let days = match (day("calendar.day.gte"), day("calendar.day.lte")) {
            (None, None) => None,
            (Some(Ok(from)), Some(Ok(to))) if from <= to && to - from <= Duration::days(31) => {
                Some((from, to))
            }
            _ => return bad_request("calendar.day"),
        };
        // Without `Accept-Language`, the shops' own names.
        let lang = if headers.contains_key(axum::http::header::ACCEPT_LANGUAGE) {
            language(&headers)
        } else {
            String::new()
        };
        let refs: Vec<&str> = wanted.iter().map(String::as_str).collect();
        return answer(
            bss.shops
                .sites(&refs, &lang, days)
                .await
                .map(|list| list.iter().map(GeographicSite::from).collect::<Vec<_>>()),
        );
    }
    let bounds = (|| {
        Ok::<_, &'static str>((
            number(&params, "place.geographicLocation.y.gte", -90.0..=90.0)?,
            number(&params, "place.geographicLocation.y.lte", -90.0..=90.0)?,
            number(&params, "place.geographicLocation.x.gte", -180.0..=180.0)?,
            number(&params, "place.geographicLocation.x.lte", -180.0..=180.0)?,
        ))
    })();
    let (lat_lo, lat_hi, lon_lo, lon_hi) = match bounds {
        Ok(b) => b,
        Err(name) => return bad_request(name),
    };
    // A box of at most the locator's largest search (200 km, some 4° of latitude).
    if lat_lo > lat_hi || lon_lo > lon_hi || lat_hi - lat_lo > 4.0 {
        return bad_request("place.geographicLocation");
    }
    let service = match params.get("services") {
        Some(name) => match service_bit(name) {
            Some(bit) => Some(bit),
            None => return bad_request("services"),
        },
        None => None,
    };
    let q = BoxQuery {
        lat: (lat_lo, lat_hi),
        lon: (lon_lo, lon_hi),
        service,
        in_stock: params.get("inStock").map(String::as_str),
    };
    answer(
        bss.shops
            .in_box(&q)
            .await
            .map(|spots| spots.iter().map(GeographicSite::spot).collect::<Vec<_>>()),
    )
}

/// `GET …/productStock?stockedProduct.id=&place.id=a,b` — a SKU's units in those shops.
pub async fn stock(State(bss): State<Bss>, params: Params) -> Response {
    let sku = match param(&params, "stockedProduct.id") {
        Ok(s) => s,
        Err(r) => return r.into_response(),
    };
    let places = ids(&params, "place.id");
    let refs: Vec<&str> = places.iter().map(String::as_str).collect();
    answer(bss.shops.stock(sku, &refs).await.map(|stock| {
        let mut list: Vec<ProductStock> = stock
            .iter()
            .map(|(store, n)| ProductStock::new(store, sku, *n))
            .collect();
        list.sort_by(|a, b| a.id.cmp(&b.id));
        list
    }))
}

/// `GET …/productSpecification?name=&place.id=` — the devices whose names have words starting
/// with those of `name`, priced in the country `place.id`; or `?sku.id=a,b` — those SKUs,
/// priced in every country.
pub async fn devices(State(bss): State<Bss>, params: Params) -> Response {
    let skus = ids(&params, "sku.id");
    if !skus.is_empty() {
        let refs: Vec<&str> = skus.iter().map(String::as_str).collect();
        return answer(
            bss.shops
                .skus(&refs)
                .await
                .map(|list| ProductSpecification::skus(&list)),
        );
    }
    let name = params.get("name").map_or("", String::as_str);
    let country = params.get("place.id").map(String::as_str);
    answer(bss.shops.products(&fold(name), country).await.map(|list| {
        list.iter()
            .map(|p| ProductSpecification::product(p, country))
            .collect::<Vec<_>>()
    }))
}

/// Expires what is due before answering about a customer's reservations.
async fn release(bss: &Bss, customer: &str) -> Result<(), Error> {
    crate::stores::domain::release_expired(&*bss.shops, Some(customer), bss.clock.now())
        .await
        .map(|_| ())
}

/// `GET …/reserveProductStock?relatedParty.id=[&externalId=]` — a customer's latest 20
/// reservations, or the one their key made.
pub async fn reservations(State(bss): State<Bss>, params: Params) -> Response {
    let customer = match param(&params, "relatedParty.id") {
        Ok(c) => c,
        Err(r) => return r.into_response(),
    };
    let result = async {
        release(&bss, customer).await?;
        let rows = match params.get("externalId") {
            Some(key) => bss
                .shops
                .reservation(customer, Find::Key(key))
                .await?
                .into_iter()
                .collect(),
            None => bss.shops.reservations(customer).await?,
        };
        Ok(rows
            .iter()
            .map(ReserveProductStock::stored)
            .collect::<Vec<_>>())
    }
    .await;
    answer(result)
}

/// `GET …/reserveProductStock/{id}?relatedParty.id=` — one of the customer's reservations.
pub async fn reservation(
    State(bss): State<Bss>,
    Path(id): Path<String>,
    params: Params,
) -> Response {
    let customer = match param(&params, "relatedParty.id") {
        Ok(c) => c,
        Err(r) => return r.into_response(),
    };
    let found = async {
        release(&bss, customer).await?;
        bss.shops.reservation(customer, Find::Id(&id)).await
    }
    .await;
    match found {
        Ok(Some(r)) => Json(ReserveProductStock::stored(&r)).into_response(),
        Ok(None) => not_found(),
        Err(err) => failed(&err),
    }
}

/// `POST …/reserveProductStock` — 201 made; 200 the reservation its `externalId` made
/// before; 422 `outOfStock`, `overLimit` (the customer's limit of the SKU) or `unknownProduct`.
pub async fn reserve(State(bss): State<Bss>, Json(r): Json<ReserveProductStock>) -> Response {
    // What is malformed is the caller's to fix: 400, never retried.
    let (Ok(item), Ok(audit), Some(hold_until)) = (
        r.item(),
        audit_of(&r.related_party, &r.channel, &r.creation_date),
        r.valid_for.end_date_time.clone(),
    ) else {
        return bad_request("a reservation needs an item, its customer, a channel and validFor");
    };
    if !(1..=5).contains(&item.quantity_requested.amount) {
        return bad_request("quantityRequested");
    }
    let made = async {
        let Some(sku) = bss
            .shops
            .skus(&[item.requested_product.id.as_str()])
            .await?
            .pop()
        else {
            return Ok(None);
        };
        release(&bss, &audit.customer_id).await?;
        let new = NewReservation {
            idempotency_key: r.external_id.clone(),
            store_id: r.place.id.clone(),
            sku: sku.id.clone(),
            quantity: item.quantity_requested.amount,
            created_at: r.creation_date.clone(),
            hold_until,
            unit_price: r.unit_price.as_ref().map(|m| crate::api::Money {
                amount: m.minor(),
                currency: m.unit.clone(),
            }),
            audit,
        };
        bss.shops
            .reserve(&new, sku.max_per_customer)
            .await
            .map(Some)
    }
    .await;
    match made {
        Ok(Some(Reserved::New(row))) => {
            (StatusCode::CREATED, Json(ReserveProductStock::stored(&row))).into_response()
        }
        Ok(Some(Reserved::Existing(row))) => {
            Json(ReserveProductStock::stored(&row)).into_response()
        }
        Ok(Some(Reserved::OutOfStock)) => refuse(
            StatusCode::UNPROCESSABLE_ENTITY,
            "outOfStock",
            "not enough units in the shop",
        ),
        Ok(Some(Reserved::OverLimit)) => refuse(
            StatusCode::UNPROCESSABLE_ENTITY,
            "overLimit",
            "more than the customer may hold",
        ),
        Ok(None) => refuse(
            StatusCode::UNPROCESSABLE_ENTITY,
            "unknownProduct",
            "no such product",
        ),
        Err(err) => failed(&err),
    }
}

/// `PATCH …/reserveProductStock/{id}` with `reservationState: cancelled` — the customer's
/// active reservation cancelled, its units free again; 409 when it is no longer active.
pub async fn cancel(
    State(bss): State<Bss>,
    Path(id): Path<String>,
    Json(p): Json<ReservationPatch>,
) -> Response {
    if p.reservation_state != "cancelled" {
        return refuse(
            StatusCode::BAD_REQUEST,
            "badRequest",
            "only a cancellation can be asked",
        );
    }
    let Ok(audit) = audit_of(&p.related_party, &p.channel, &p.date) else {
        return bad_request("a cancellation needs its customer and a channel");
    };
    let done = async {
        let now = bss.clock.now();
        release(&bss, &audit.customer_id).await?;
        if bss
            .shops
            .reservation(&audit.customer_id, Find::Id(&id))
            .await?
            .is_none()
        {
            return Ok(None);
        }
        let ended = bss
            .shops
            .end_reservation(&id, "cancelled", now, Some(&audit))
            .await?;
        let row = bss
            .shops
            .reservation(&audit.customer_id, Find::Id(&id))
            .await?;
        Ok(row.map(|r| (ended, r)))
    }
    .await;
    match done {
        Ok(Some((true, row))) => Json(ReserveProductStock::stored(&row)).into_response(),
        Ok(Some((false, _))) => refuse(
            StatusCode::CONFLICT,
            "conflict",
            "the reservation is no longer active",
        ),
        Ok(None) => not_found(),
        Err(err) => failed(&err),
    }
}
