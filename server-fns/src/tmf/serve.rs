//! `/tmf-api/…`: this server's customers, lines, usage, catalogue, orders and top-ups as TM
//! Forum Open APIs, for an operator's TMF tools and as the operator's stand-in that the `tmf`
//! backend is tested against. Every call needs a client-credentials token (`POST
//! /oauth/token`) with the `tmf` scope.
//!
//! As an operator's systems do, it completes a line's changes that are due (by this server's
//! business clock) before it answers about the line's products or orders.

use crate::server::auth::Auth;
use crate::server::clock::Clock;
use crate::server::error::Error;
use crate::tariff::sql::{NewOrder, Placed};
use crate::tmf::resources::{
    audit_of, parse_action, Bucket, CancelProductOrder, Customer, Product, ProductOffering,
    ProductOrder, QueryUsageConsumption, TmfError, TopupBalanceResource, Usage,
};
use crate::tmf::{
    CATALOG, CONSUMPTION, CUSTOMER, INVENTORY, ORDERING, PREPAY, SCOPE, SITE, STOCK, USAGE,
};
use crate::usage::storage::Storage;
use crate::usage::topup::{NewTopup, Redeemed};
use axum::extract::{Path, Query, Request, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use std::collections::HashMap;
use std::sync::Arc;

mod shops;

/// What the APIs are served from.
#[derive(Clone)]
pub struct Bss {
    pub storage: Arc<dyn Storage>,
    pub shops: Arc<dyn crate::stores::storage::Shops>,
    pub auth: Arc<Auth>,
    pub clock: Clock,
}

pub fn routes<S: Clone + Send + Sync + 'static>(bss: Bss) -> Router<S> {
    Router::new()
        .route(&format!("{CUSTOMER}/customer/{{id}}"), get(customer))
        .route(&format!("{INVENTORY}/product"), get(products))
        .route(
            &format!("{CONSUMPTION}/queryUsageConsumption"),
            post(consumption),
        )
        .route(&format!("{USAGE}/usage"), get(usage).post(record_usage))
        .route(&format!("{CATALOG}/productOffering"), get(offerings))
        .route(&format!("{CATALOG}/productOffering/{{id}}"), get(offering))
        .route(
            &format!("{ORDERING}/productOrder"),
            get(orders).post(place_order),
        )
        .route(&format!("{ORDERING}/productOrder/{{id}}"), get(order))
        .route(
            &format!("{ORDERING}/cancelProductOrder"),
            post(cancel_order),
        )
        .route(&format!("{PREPAY}/topupBalance"), get(topups).post(topup))
        .route(&format!("{SITE}/geographicSite"), get(shops::sites))
        .route(&format!("{STOCK}/productStock"), get(shops::stock))
        .route(
            &format!("{CATALOG}/productSpecification"),
            get(shops::devices),
        )
        .route(
            &format!("{STOCK}/reserveProductStock"),
            get(shops::reservations).post(shops::reserve),
        )
        .route(
            &format!("{STOCK}/reserveProductStock/{{id}}"),
            get(shops::reservation).patch(shops::cancel),
        )
        .layer(middleware::from_fn_with_state(bss.clone(), authorised))
        .with_state(bss)
}

/// A TMF error answer.
fn refuse(status: StatusCode, code: &str, reason: &str) -> Response {
    (
        status,
        Json(TmfError {
            code: code.into(),
            reason: reason.into(),
        }),
    )
        .into_response()
}

fn failed(err: &Error) -> Response {
    err.log();
    match err {
        Error::Refused(id) => refuse(
            StatusCode::from_u16(id.status()).unwrap_or(StatusCode::BAD_REQUEST),
            "refused",
            &format!("{id:?}"),
        ),
        // Passing (the database or the systems behind it unreachable): 503, worth retrying.
        _ if err.id() == crate::api::ErrorId::Unavailable => refuse(
            StatusCode::SERVICE_UNAVAILABLE,
            "unavailable",
            "try again later",
        ),
        _ => refuse(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "the request failed",
        ),
    }
}

fn answer<T: serde::Serialize>(result: Result<T, Error>) -> Response {
    match result {
        Ok(body) => Json(body).into_response(),
        Err(err) => failed(&err),
    }
}

fn not_found() -> Response {
    refuse(StatusCode::NOT_FOUND, "notFound", "no such resource")
}

async fn authorised(State(bss): State<Bss>, request: Request, next: Next) -> Response {
    let claims = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .and_then(|token| bss.auth.verify(token).ok());
    match claims {
        Some(c)
            if c.role.as_deref() == Some("partner")
                && c.scope
                    .as_deref()
                    .is_some_and(|s| s.split_whitespace().any(|s| s == SCOPE)) =>
        {
            next.run(request).await
        }
        Some(_) => refuse(
            StatusCode::FORBIDDEN,
            "forbidden",
            "the tmf scope is needed",
        ),
        None => refuse(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "a client-credentials token is needed",
        ),
    }
}

type Params = Query<HashMap<String, String>>;

/// A query parameter a call needs and lacks.
struct Missing(&'static str);

impl IntoResponse for Missing {
    fn into_response(self) -> Response {
        refuse(
            StatusCode::BAD_REQUEST,
            "badRequest",
            &format!("{} is needed", self.0),
        )
    }
}

fn param<'a>(params: &'a Params, name: &'static str) -> Result<&'a str, Missing> {
    params.get(name).map(String::as_str).ok_or(Missing(name))
}

/// The language asked for: the first tag of `Accept-Language`, else English.
fn language(headers: &HeaderMap) -> String {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(',').next())
        .map(|v| v.split(';').next().unwrap_or(v).trim().to_owned())
        .filter(|v| !v.is_empty())
        .unwrap_or_else(|| "en".into())
}

async fn customer(State(bss): State<Bss>, Path(id): Path<String>) -> Response {
    match bss.storage.customer(&id).await {
        Ok(Some(c)) => Json(Customer::from(&c)).into_response(),
        Ok(None) => not_found(),
        Err(err) => failed(&err),
    }
}

/// `GET …/product?relatedParty.id=` — a customer's lines.
async fn products(State(bss): State<Bss>, params: Params) -> Response {
    let customer = match param(&params, "relatedParty.id") {
        Ok(c) => c,
        Err(r) => return r.into_response(),
    };
    answer(
        async {
            for line in bss.storage.lines_of(customer).await? {
                bss.storage.complete_due(&line.id, bss.clock.now()).await?;
            }
            let lines = bss.storage.lines_of(customer).await?;
            Ok(lines.iter().map(Product::from).collect::<Vec<_>>())
        }
        .await,
    )
}

/// `POST …/queryUsageConsumption` — a line's buckets in a period.
async fn consumption(
    State(bss): State<Bss>,
    Json(mut query): Json<QueryUsageConsumption>,
) -> Response {
    let criteria = &query.search_criteria;
    let (Some(from), Some(to)) = (
        criteria.valid_for.start_date_time.as_deref(),
        criteria.valid_for.end_date_time.as_deref(),
    ) else {
        return refuse(StatusCode::BAD_REQUEST, "badRequest", "validFor is needed");
    };
    let line = criteria.product.id.clone();
    match bss.storage.buckets(&line, from, to).await {
        Ok(buckets) => {
            query.bucket = buckets.iter().map(|b| Bucket::new(b, &line)).collect();
            (StatusCode::CREATED, Json(query)).into_response()
        }
        Err(err) => failed(&err),
    }
}

/// `GET …/usage?product.id=&usageDate.gte=&usageDate.lte=` — a line's usage per day and kind.
async fn usage(State(bss): State<Bss>, params: Params) -> Response {
    let (line, from, to) = match (
        param(&params, "product.id"),
        param(&params, "usageDate.gte"),
        param(&params, "usageDate.lte"),
    ) {
        (Ok(l), Ok(f), Ok(t)) => (l, f, t),
        (Err(r), _, _) | (_, Err(r), _) | (_, _, Err(r)) => return r.into_response(),
    };
    answer(bss.storage.daily_usage(line, from, to).await.map(|days| {
        days.iter()
            .map(|d| Usage::daily(line, d))
            .collect::<Vec<_>>()
    }))
}

/// `POST …/usage` — one rated record from the network's mediation; delivered again, it is
/// counted once (200 instead of 201).
async fn record_usage(State(bss): State<Bss>, Json(usage): Json<Usage>) -> Response {
    let record = match usage.to_record() {
        Ok(r) => r,
        Err(_) => return refuse(StatusCode::BAD_REQUEST, "badRequest", "not a usage record"),
    };
    match bss.storage.ingest(&[record]).await {
        Ok(0) => (StatusCode::OK, Json(usage)).into_response(),
        Ok(_) => (StatusCode::CREATED, Json(usage)).into_response(),
        Err(err) => failed(&err),
    }
}

/// `GET …/productOffering?place.id=` — a country's sellable offerings.
async fn offerings(State(bss): State<Bss>, headers: HeaderMap, params: Params) -> Response {
    let country = match param(&params, "place.id") {
        Ok(c) => c,
        Err(r) => return r.into_response(),
    };
    answer(
        bss.storage
            .offerings(country, &language(&headers))
            .await
            .map(|list| list.iter().map(ProductOffering::from).collect::<Vec<_>>()),
    )
}

async fn offering(State(bss): State<Bss>, headers: HeaderMap, Path(id): Path<String>) -> Response {
    match bss.storage.offering(&id, &language(&headers)).await {
        Ok(Some(o)) => Json(ProductOffering::from(&o)).into_response(),
        Ok(None) => not_found(),
        Err(err) => failed(&err),
    }
}

/// `GET …/productOrder?relatedParty.id=&externalId=` (an order by its idempotency key) or
/// `?productOrderItem.product.id=&productOrderItem.action=modify&state=inProgress` (a line's
/// plan change not yet in effect). A line's due changes are completed first.
async fn orders(State(bss): State<Bss>, params: Params) -> Response {
    let found = if let Some(key) = params.get("externalId") {
        let customer = match param(&params, "relatedParty.id") {
            Ok(c) => c,
            Err(r) => return r.into_response(),
        };
        async {
            let Some(order) = bss.storage.order_by_key(customer, key).await? else {
                return Ok(None);
            };
            bss.storage
                .complete_due(&order.order.line_id, bss.clock.now())
                .await?;
            let order = bss.storage.order_by_key(customer, key).await?;
            Ok(order.map(|o| ProductOrder::stored(&o, key)))
        }
        .await
    } else {
        let line = match param(&params, "productOrderItem.product.id") {
            Ok(l) => l,
            Err(r) => return r.into_response(),
        };
        let asked = |name: &str, value: &str| params.get(name).map(String::as_str) == Some(value);
        if !asked("productOrderItem.action", "modify") || !asked("state", "inProgress") {
            return refuse(
                StatusCode::BAD_REQUEST,
                "badRequest",
                "productOrderItem.action=modify and state=inProgress",
            );
        }
        async {
            bss.storage.complete_due(line, bss.clock.now()).await?;
            let open = bss.storage.open_change(line).await?;
            Ok(open.map(|o| ProductOrder::stored(&o, "")))
        }
        .await
    };
    answer(found.map(|o| o.into_iter().collect::<Vec<_>>()))
}

/// `GET …/productOrder/{id}?relatedParty.id=` — one of a customer's orders, its line's due
/// changes completed first.
async fn order(State(bss): State<Bss>, Path(id): Path<String>, params: Params) -> Response {
    let customer = match param(&params, "relatedParty.id") {
        Ok(c) => c,
        Err(r) => return r.into_response(),
    };
    let found = async {
        let Some(order) = bss.storage.order(customer, &id).await? else {
            return Ok(None);
        };
        bss.storage
            .complete_due(&order.order.line_id, bss.clock.now())
            .await?;
        bss.storage.order(customer, &id).await
    }
    .await;
    match found {
        Ok(Some(o)) => Json(ProductOrder::stored(&o, "")).into_response(),
        Ok(None) => not_found(),
        Err(err) => failed(&err),
    }
}

/// The order to place, as the widget checked and priced it.
/// A malformed order is refused as `BadRequest` (400); the storage's failures are its own.
async fn new_order(bss: &Bss, o: &ProductOrder) -> Result<Option<NewOrder>, Error> {
    let bad = |what: &str| {
        tracing::warn!(order = %o.id, "malformed product order: {what}");
        Error::from(crate::api::ErrorId::BadRequest)
    };
    let item = o.item().map_err(|_| bad("no item"))?;
    let Some(mut offering) = bss
        .storage
        .offering(&item.product_offering.id, "en")
        .await?
    else {
        return Ok(None);
    };
    if let Some(name) = &item.product_offering.name {
        offering.offering.name.clone_from(name);
    }
    let date = |s: &str| s.parse().map_err(|_| bad("a date"));
    let cycle = o.cycle.as_ref().ok_or_else(|| bad("its cycle"))?;
    let one_time = item
        .item_price
        .iter()
        .find(|p| p.price_type == "oneTime")
        .ok_or_else(|| bad("its price"))?;
    Ok(Some(NewOrder {
        id: o.id.clone(),
        idempotency_key: o.external_id.clone(),
        request: o.request.clone(),
        line_id: item.product.id.clone(),
        line_version: o.line_version.ok_or_else(|| bad("the line version"))?,
        action: parse_action(&item.action).map_err(|_| bad("its action"))?,
        when: match o.when.as_deref() {
            Some("now") => crate::api::When::Now,
            Some("next-cycle") => crate::api::When::NextCycle,
            _ => return Err(bad("when")),
        },
        from_offering: item.product.product_offering.as_ref().map(|p| p.id.clone()),
        offering: offering.offering,
        today: date(&o.order_date)?,
        effective: date(&o.requested_start_date)?,
        cycle: crate::usage::domain::Cycle {
            start: date(&cycle.start_date)?,
            end: date(&cycle.end_date)?,
        },
        currency: one_time.price.unit.clone(),
        one_time: one_time.price.minor(),
        recurring: item
            .item_price
            .iter()
            .find(|p| p.price_type == "recurring")
            .map(|p| p.price.minor()),
        from_balance: o.from_balance,
        commitment_end: o.commitment_end.clone(),
        audit: o.audit().map_err(|_| bad("who acts"))?,
    }))
}

/// `POST …/productOrder` — 201 placed; 200 the order its `externalId` placed before; 409
/// another change of the line went first; 422 the prepaid balance is too low.
async fn place_order(State(bss): State<Bss>, Json(o): Json<ProductOrder>) -> Response {
    let placed = async {
        match new_order(&bss, &o).await? {
            Some(new) => bss.storage.place_order(&new).await.map(Some),
            None => Ok(None),
        }
    }
    .await;
    let key = o.external_id.as_str();
    match placed {
        Ok(Some(Placed::New(row))) => {
            (StatusCode::CREATED, Json(ProductOrder::stored(&row, key))).into_response()
        }
        Ok(Some(Placed::Existing(row))) => Json(ProductOrder::stored(&row, key)).into_response(),
        Ok(Some(Placed::Conflict)) => refuse(
            StatusCode::CONFLICT,
            "conflict",
            "the line changed meanwhile",
        ),
        Ok(Some(Placed::InsufficientBalance)) => refuse(
            StatusCode::UNPROCESSABLE_ENTITY,
            "insufficientBalance",
            "the prepaid balance is too low",
        ),
        Ok(None) => refuse(
            StatusCode::UNPROCESSABLE_ENTITY,
            "unknownOffering",
            "no such offering",
        ),
        Err(err) => failed(&err),
    }
}

/// `POST …/cancelProductOrder` — 201 with the cancelled order; 404 when there is no change
/// of the customer's to cancel before it takes effect.
async fn cancel_order(
    State(bss): State<Bss>,
    Json(mut cancel): Json<CancelProductOrder>,
) -> Response {
    let audit = match audit_of(
        &cancel.related_party,
        &cancel.channel,
        &cancel.creation_date,
    ) {
        Ok(a) => a,
        Err(_) => return refuse(StatusCode::BAD_REQUEST, "badRequest", "who asks is needed"),
    };
    let cancelled = bss
        .storage
        .cancel_order(
            &audit.customer_id,
            &cancel.product_order.id,
            &cancel.requested_cancellation_date,
            &audit,
        )
        .await;
    match cancelled {
        Ok(Some(row)) => {
            cancel.state = "done".into();
            cancel.cancelled = Some(ProductOrder::stored(&row, ""));
            (StatusCode::CREATED, Json(cancel)).into_response()
        }
        Ok(None) => not_found(),
        Err(err) => failed(&err),
    }
}

/// `GET …/topupBalance?relatedParty.id=&externalId=` — a top-up by its idempotency key.
async fn topups(State(bss): State<Bss>, params: Params) -> Response {
    let (customer, key) = match (
        param(&params, "relatedParty.id"),
        param(&params, "externalId"),
    ) {
        (Ok(c), Ok(k)) => (c, k),
        (Err(r), _) | (_, Err(r)) => return r.into_response(),
    };
    answer(bss.storage.topup_by_key(customer, key).await.map(|t| {
        t.iter()
            .map(|t| TopupBalanceResource::stored(t, customer, key))
            .collect::<Vec<_>>()
    }))
}

/// `POST …/topupBalance` — 201 credited; 200 what its `externalId` credited before; 404 no
/// voucher of the country has the code; 409 the voucher was used; 422 not a prepaid line.
async fn topup(State(bss): State<Bss>, Json(t): Json<TopupBalanceResource>) -> Response {
    let bad = || refuse(StatusCode::BAD_REQUEST, "badRequest", "not a top-up");
    let Ok(audit) = audit_of(&t.related_party, &t.channel, &t.creation_date) else {
        return bad();
    };
    let (Some(code_hash), Some(country), Some(Ok(today))) = (
        t.voucher_hash.clone(),
        t.country.clone(),
        t.business_date.as_deref().map(str::parse),
    ) else {
        return bad();
    };
    let customer = audit.customer_id.clone();
    let new = NewTopup {
        id: t.id.clone(),
        idempotency_key: t.external_id.clone(),
        request: t.request.clone(),
        line_id: t.product.id.clone(),
        country,
        code_hash,
        code_end: t.voucher_end.clone(),
        today,
        audit,
    };
    let stored = |row| TopupBalanceResource::stored(row, &customer, &t.external_id);
    match bss.storage.redeem_voucher(&new).await {
        Ok(Redeemed::New(row)) => (StatusCode::CREATED, Json(stored(&row))).into_response(),
        Ok(Redeemed::Existing(row)) => Json(stored(&row)).into_response(),
        Ok(Redeemed::NotFound) => {
            refuse(StatusCode::NOT_FOUND, "voucherNotFound", "no such voucher")
        }
        Ok(Redeemed::Used) => refuse(StatusCode::CONFLICT, "voucherUsed", "the voucher was used"),
        Ok(Redeemed::NotPrepaid) => refuse(
            StatusCode::UNPROCESSABLE_ENTITY,
            "notPrepaid",
            "not a prepaid line",
        ),
        Err(err) => failed(&err),
    }
}
