//! The `tmf` backend at its seam: the widget's server calling an operator's TMF Open APIs that
//! are down, slow, failing (5xx) or losing an answer. The customer gets a translated
//! `unavailable` (never a hang), `/readyz` says the BSS is not there, a breaker stops calls to a
//! BSS that keeps failing, and an order or a reservation whose answer was lost and is sent again
//! is made once.

mod common;

use axum::body::Body;
use axum::extract::Request;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Router;
use common::*;
use selfcare_server_fns::api::{
    OffersResponse, ProductOrder, Reservation, ReservationState, UsageResponse, When,
};
use selfcare_server_fns::server::db::Backend;
use selfcare_server_fns::tmf::client::TRIP_AFTER;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use std::time::Duration;

const LINE: &str = "line-fr-camille-1";

/// Serves `app` on a real port: its base URL.
async fn serve(app: Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        axum::serve(
            listener,
            app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
        )
        .await
    });
    url
}

/// A stand-in that grants tokens and answers every TMF call with `answer` after `delay`,
/// counting the calls.
async fn stand_in(answer: StatusCode, delay: Duration, calls: Arc<AtomicU32>) -> String {
    let app = Router::new()
        .route(
            "/oauth/token",
            axum::routing::post(|| async {
                axum::Json(serde_json::json!({
                    "access_token": "t", "token_type": "Bearer", "expires_in": 900, "scope": "tmf"
                }))
            }),
        )
        .fallback(move || {
            let calls = calls.clone();
            async move {
                calls.fetch_add(1, Ordering::SeqCst);
                tokio::time::sleep(delay).await;
                answer.into_response()
            }
        });
    serve(app).await
}

/// The widget's server on the `tmf` backend calling `url` (nothing of the BSS's is read: the
/// stand-in is the whole BSS), with a short timeout.
async fn widget_calling(url: &str) -> TestServer {
    let bss = start(Backend::Sqlite).await;
    let own = start(Backend::Sqlite).await;
    let mut widget = own.on_tmf(bss, url);
    let mut config = (*widget.state.config).clone();
    config.tmf_timeout_ms = 400;
    let client = selfcare_server_fns::tmf::client::TmfClient::new(
        &config,
        Arc::new(selfcare_server_fns::usage::storage::SqlStorage::new(
            widget.state.db.clone(),
        )),
        Arc::new(selfcare_server_fns::stores::storage::SqlShops::new(
            widget.state.db.clone(),
        )),
    )
    .unwrap();
    let client = Arc::new(client);
    let state = widget
        .state
        .clone()
        .with_storage(client.clone())
        .with_shops(client);
    widget.app = selfcare_server_fns::server::router(state.clone());
    widget.state = state;
    widget
}

/// Fails the test instead of hanging: no call may outlast this.
async fn bounded<T>(call: impl std::future::Future<Output = T>) -> T {
    tokio::time::timeout(Duration::from_secs(10), call)
        .await
        .expect("the widget's server hung on the operator's systems")
}

/// `/readyz`: whether it reports the operator's systems unreachable. The server stays in
/// service (200) either way: its database answers.
async fn operator_unreachable(s: &TestServer) -> bool {
    let answer = s
        .send(Request::get("/readyz").body(Body::empty()).unwrap())
        .await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
    answer.json["unreachable"] == "operator"
}

#[tokio::test]
async fn a_bss_that_answers_503_is_unavailable_retried_then_paused() {
    let calls = Arc::new(AtomicU32::new(0));
    let url = stand_in(
        StatusCode::SERVICE_UNAVAILABLE,
        Duration::ZERO,
        calls.clone(),
    )
    .await;
    let s = widget_calling(&url).await;
    let (status, error) = bounded(s.refused(CAMILLE, "usage", &line_body(LINE))).await;
    assert_eq!(
        (status, error.as_str()),
        (StatusCode::SERVICE_UNAVAILABLE, "unavailable")
    );
    assert_eq!(
        calls.load(Ordering::SeqCst),
        3,
        "a failing call is tried three times"
    );
    // Failing calls in a row open the breaker: the BSS is left alone, readiness says so.
    for _ in 1..TRIP_AFTER {
        bounded(s.refused(CAMILLE, "usage", &line_body(LINE))).await;
    }
    let before = calls.load(Ordering::SeqCst);
    let (status, error) = bounded(s.refused(CAMILLE, "usage", &line_body(LINE))).await;
    assert_eq!(
        (status, error.as_str()),
        (StatusCode::SERVICE_UNAVAILABLE, "unavailable")
    );
    assert_eq!(
        calls.load(Ordering::SeqCst),
        before,
        "no call while the breaker is open"
    );
    assert!(operator_unreachable(&s).await);
}

#[tokio::test]
async fn a_slow_bss_is_unavailable_within_the_timeout() {
    let calls = Arc::new(AtomicU32::new(0));
    let url = stand_in(StatusCode::OK, Duration::from_secs(30), calls.clone()).await;
    let s = widget_calling(&url).await;
    let (status, error) = bounded(s.refused(CAMILLE, "usage", &line_body(LINE))).await;
    assert_eq!(
        (status, error.as_str()),
        (StatusCode::SERVICE_UNAVAILABLE, "unavailable")
    );
    assert!(calls.load(Ordering::SeqCst) >= 1, "the BSS was called");
    assert!(bounded(operator_unreachable(&s)).await);
}

#[tokio::test]
async fn a_bss_that_is_down_is_unavailable_and_not_ready() {
    // A port nothing listens on any more.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let s = widget_calling(&url).await;
    let (status, error) = bounded(s.refused(CAMILLE, "usage", &line_body(LINE))).await;
    assert_eq!(
        (status, error.as_str()),
        (StatusCode::SERVICE_UNAVAILABLE, "unavailable")
    );
    assert!(bounded(operator_unreachable(&s)).await);
}

#[tokio::test]
async fn the_pair_is_ready_and_serves_the_customer_from_the_bss() {
    let s = start_tmf_pair().await;
    assert!(!operator_unreachable(&s).await);
    // A change made in the BSS is what the widget shows.
    sqlx::query("UPDATE lines SET msisdn = '+33612349876' WHERE id = $1")
        .bind(LINE)
        .execute(&s.db.pool)
        .await
        .unwrap();
    sqlx::query("UPDATE customers SET given_name = 'Camille-Marie' WHERE id = $1")
        .bind(CAMILLE)
        .execute(&s.db.pool)
        .await
        .unwrap();
    let usage: UsageResponse = s.as_customer(CAMILLE, "usage", &line_body(LINE)).await;
    assert_eq!(usage.profile.given_name, "Camille-Marie");
    let line = usage.profile.lines.iter().find(|l| l.id == LINE).unwrap();
    assert_eq!(line.number_ending, "9876");
    // The TMF APIs need the tmf scope: a customer's token is refused.
    let bss = s.bss.as_ref().unwrap();
    let answer = bss
        .send(
            Request::get("/tmf-api/productInventory/v4/product?relatedParty.id=cust-fr-camille")
                .header("authorization", format!("Bearer {}", bss.token(CAMILLE)))
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(answer.status, StatusCode::FORBIDDEN);
    let anonymous = bss
        .send(
            Request::get("/tmf-api/productInventory/v4/product?relatedParty.id=cust-fr-camille")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
}

/// A proxy to `bss_url` that passes every call on. `change(request)` may rewrite the request's
/// path and query (a BSS that applies another filter) and may lose the answer (the call went
/// through; the widget gets 502).
fn proxy(
    bss_url: String,
    change: impl Fn(&axum::http::request::Parts) -> (Option<String>, bool)
        + Clone
        + Send
        + Sync
        + 'static,
) -> Router {
    let http = reqwest::Client::new();
    Router::new().fallback(move |request: Request| {
        let (http, bss_url, change) = (http.clone(), bss_url.clone(), change.clone());
        async move {
            let (parts, body) = request.into_parts();
            let body = axum::body::to_bytes(body, 1 << 20).await.unwrap();
            let (rewritten, lost) = change(&parts);
            let path = rewritten.unwrap_or_else(|| {
                parts
                    .uri
                    .path_and_query()
                    .map_or("/".to_owned(), |p| p.as_str().to_owned())
            });
            let mut forward = http.request(parts.method.clone(), format!("{bss_url}{path}"));
            for (name, value) in &parts.headers {
                if name != "host" && name != "content-length" {
                    forward = forward.header(name, value);
                }
            }
            let answer = forward.body(body).send().await.unwrap();
            if lost {
                return StatusCode::BAD_GATEWAY.into_response();
            }
            let status = answer.status();
            let headers = answer.headers().clone();
            let bytes = answer.bytes().await.unwrap();
            let mut response = Response::new(Body::from(bytes));
            *response.status_mut() = status;
            *response.headers_mut() = headers;
            response
        }
    })
}

#[tokio::test]
async fn a_bss_fault_500_is_unavailable_and_not_retried() {
    let calls = Arc::new(AtomicU32::new(0));
    let url = stand_in(
        StatusCode::INTERNAL_SERVER_ERROR,
        Duration::ZERO,
        calls.clone(),
    )
    .await;
    let s = widget_calling(&url).await;
    let (status, error) = bounded(s.refused(CAMILLE, "usage", &line_body(LINE))).await;
    assert_eq!(
        (status, error.as_str()),
        (StatusCode::SERVICE_UNAVAILABLE, "unavailable")
    );
    assert_eq!(
        calls.load(Ordering::SeqCst),
        1,
        "its own fault would repeat"
    );
}

/// A proxy's change that asks the BSS for Tomasz's data whenever Camille's is asked for.
fn camille_asks_for_tomasz(request: &axum::http::request::Parts) -> (Option<String>, bool) {
    let query = request.uri.query().unwrap_or("");
    let rewritten = query.contains("relatedParty.id=cust-fr-camille").then(|| {
        format!(
            "{}?{}",
            request.uri.path(),
            query.replace(
                "relatedParty.id=cust-fr-camille",
                "relatedParty.id=cust-pl-tomasz"
            )
        )
    });
    (rewritten, false)
}

#[tokio::test]
async fn what_the_bss_answers_for_another_customer_is_never_shown() {
    // A BSS that answers a customer's lines and orders with another customer's (a filter it
    // ignores or misapplies): the widget drops what is not the signed-in customer's.
    let bss = start(Backend::Sqlite).await;
    let bss_url = serve(bss.app.clone()).await;
    let proxy = proxy(bss_url, camille_asks_for_tomasz);
    let proxy_url = serve(proxy).await;
    let own = start(Backend::Sqlite).await;
    let s = own.on_tmf(bss, &proxy_url);
    let usage: UsageResponse = s.as_customer(CAMILLE, "usage", "").await;
    assert!(usage.profile.lines.is_empty(), "{:?}", usage.profile.lines);
    assert!(usage.line.is_none());
    // Tomasz's line, asked for as Camille: not found.
    let (status, error) = s
        .refused(CAMILLE, "usage", &line_body("line-pl-tomasz-1"))
        .await;
    assert_eq!(
        (status, error.as_str()),
        (StatusCode::NOT_FOUND, "line-not-found")
    );
}

#[tokio::test]
async fn an_order_whose_answer_was_lost_is_placed_once() {
    // The real BSS behind a proxy that passes every call on but loses the answer to the first
    // order: the widget sends it again, with the same externalId.
    let bss = start(Backend::Sqlite).await;
    let bss_url = serve(bss.app.clone()).await;
    let orders = Arc::new(AtomicU32::new(0));
    let counted = orders.clone();
    let proxy = proxy(bss_url, move |request| {
        let lost = request.method == "POST"
            && request.uri.path().ends_with("/productOrder")
            && counted.fetch_add(1, Ordering::SeqCst) == 0;
        (None, lost)
    });
    let proxy_url = serve(proxy).await;
    let own = start(Backend::Sqlite).await;
    let s = own.on_tmf(bss, &proxy_url);
    let before: i64 = s.count("orders").await;

    let offers: OffersResponse = s
        .as_customer(
            CAMILLE,
            "offers",
            &format!("line_id={LINE}&channel=website&lang=en"),
        )
        .await;
    let quote = offers
        .plans
        .iter()
        .find(|q| q.offering.id == "fr-premium")
        .and_then(|q| q.quotes.iter().find(|q| q.when == When::NextCycle))
        .cloned()
        .expect("a quote for Premium");
    let order: ProductOrder = bounded(s.as_customer(
        CAMILLE,
        "order",
        &format!(
            "line_id={LINE}&offering_id=fr-premium&when=next-cycle&idempotency_key=0b6f7d1e-4c1a-4f7e-9a51-2d8c3e7f9a10\
             &expected_one_time={}&expected_recurring={}&consent=true&channel=website&lang=en",
            quote.one_time, quote.recurring
        ),
    ))
    .await;
    assert_eq!(order.offering_id, "fr-premium");
    assert_eq!(orders.load(Ordering::SeqCst), 2, "the order was sent twice");
    assert_eq!(s.count("orders").await, before + 1, "and placed once");
}

const SKU: &str = "samsung-galaxy-a55-5g-256-lilac";

/// A shop in Paris open every day, with `units` of [`SKU`], in the BSS's database.
async fn shop_with_stock(bss: &TestServer, id: &str, units: i64) {
    sqlx::query(
        "INSERT INTO stores (id, code, country, name, street, postcode, city, phone, lat, lon, lat_band, time_zone, hours, services, show_quantity) \
         VALUES ($1, $1, 'FR', $1, '1 rue de Rivoli', '75001', 'Paris', '+33 1 00 00 00 00', 48.86, 2.34, 488, 'Europe/Paris', \
         '1 0900-1900,2 0900-1900,3 0900-1900,4 0900-1900,5 0900-1900,6 0900-1900,7 0900-1900', 3, 1)",
    )
    .bind(id)
    .execute(&bss.db.pool)
    .await
    .unwrap();
    sqlx::query("INSERT INTO stock (store_id, sku, available) VALUES ($1, $2, $3)")
        .bind(id)
        .bind(SKU)
        .bind(units)
        .execute(&bss.db.pool)
        .await
        .unwrap();
}

async fn units(s: &TestServer, store: &str) -> i64 {
    sqlx::query_scalar("SELECT available FROM stock WHERE store_id = $1 AND sku = $2")
        .bind(store)
        .bind(SKU)
        .fetch_one(&s.db.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_reservation_and_its_cancellation_whose_answers_were_lost_are_made_once() {
    // The real BSS behind a proxy that loses the answer to the first reservation and to the
    // first cancellation: the widget sends each again (the reservation with the same
    // externalId) and the customer is told what happened, once.
    let bss = start(Backend::Sqlite).await;
    shop_with_stock(&bss, "t-rivoli", 3).await;
    let bss_url = serve(bss.app.clone()).await;
    let (posts, patches) = (Arc::new(AtomicU32::new(0)), Arc::new(AtomicU32::new(0)));
    let (p, q) = (posts.clone(), patches.clone());
    let proxy = proxy(bss_url, move |request| {
        let reservations = request.uri.path().contains("/reserveProductStock");
        let lost = reservations
            && match request.method.as_str() {
                "POST" => p.fetch_add(1, Ordering::SeqCst) == 0,
                "PATCH" => q.fetch_add(1, Ordering::SeqCst) == 0,
                _ => false,
            };
        (None, lost)
    });
    let proxy_url = serve(proxy).await;
    let own = start(Backend::Sqlite).await;
    let s = own.on_tmf(bss, &proxy_url);
    let before = s.count("reservations").await;

    let r: Reservation = bounded(s.as_customer(
        CAMILLE,
        "reserve",
        &format!("store_id=t-rivoli&sku={SKU}&quantity=2&idempotency_key=5a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d&channel=website&lang=en"),
    ))
    .await;
    assert_eq!((r.state, r.quantity), (ReservationState::Active, 2));
    assert_eq!(
        posts.load(Ordering::SeqCst),
        2,
        "the reservation was sent twice"
    );
    assert_eq!(s.count("reservations").await, before + 1, "and made once");
    assert_eq!(units(&s, "t-rivoli").await, 1);

    let cancelled: Reservation = bounded(s.as_customer(
        CAMILLE,
        "cancel-reservation",
        &format!("id={}&channel=website&lang=en", r.id),
    ))
    .await;
    assert_eq!(cancelled.state, ReservationState::Cancelled);
    assert_eq!(
        patches.load(Ordering::SeqCst),
        2,
        "the cancellation was sent twice"
    );
    assert_eq!(units(&s, "t-rivoli").await, 3, "the units back once");
}

#[tokio::test]
async fn another_customers_reservation_is_never_shown_nor_cancelled() {
    // A BSS that answers Camille's reservation queries with Tomasz's.
    let bss = start(Backend::Sqlite).await;
    shop_with_stock(&bss, "t-rivoli", 3).await;
    let bss_url = serve(bss.app.clone()).await;
    let proxy = proxy(bss_url, camille_asks_for_tomasz);
    let proxy_url = serve(proxy).await;
    let own = start(Backend::Sqlite).await;
    let s = own.on_tmf(bss, &proxy_url);
    let theirs: Reservation = s
        .as_customer(
            TOMASZ,
            "reserve",
            &format!("store_id=t-rivoli&sku={SKU}&quantity=1&idempotency_key=6b2e3d4c-5f6a-4b7c-9d8e-0f1a2b3c4d5e&channel=website&lang=en"),
        )
        .await;
    let mine: Vec<Reservation> = s.as_customer(CAMILLE, "reservations", "lang=en").await;
    assert!(mine.is_empty(), "{mine:?}");
    let (status, error) = s
        .refused(
            CAMILLE,
            "cancel-reservation",
            &format!("id={}&channel=website", theirs.id),
        )
        .await;
    assert_eq!(
        (status, error.as_str()),
        (StatusCode::NOT_FOUND, "reservation-not-found")
    );
    assert_eq!(units(&s, "t-rivoli").await, 2, "Tomasz's units still held");
}

#[tokio::test]
async fn the_locator_is_unavailable_while_the_bss_is_down() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let s = widget_calling(&url).await;
    let answer = bounded(s.call(
        "stores",
        None,
        "lat=48.86&lon=2.34&radius_m=5000&limit=20&open_now=false&in_stock=false",
    ))
    .await;
    assert_eq!(
        answer.status,
        StatusCode::SERVICE_UNAVAILABLE,
        "{}",
        answer.body
    );
    assert_eq!(answer.json["error"], "unavailable", "{}", answer.body);
}

#[tokio::test]
async fn the_stand_in_answers_400_to_what_is_malformed_and_never_retries_it() {
    let bss = start(Backend::Sqlite).await;
    let granted = bss
        .send(
            Request::post("/oauth/token")
                .header("content-type", "application/x-www-form-urlencoded")
                .body(Body::from(format!(
                    "grant_type=client_credentials&client_id={}&client_secret={}&scope=tmf",
                    TMF_CLIENT.0, TMF_CLIENT.1
                )))
                .unwrap(),
        )
        .await;
    assert_eq!(granted.status, StatusCode::OK, "{}", granted.body);
    let token = granted.json["access_token"].as_str().unwrap().to_owned();
    let site = "/tmf-api/geographicSiteManagement/v4/geographicSite";
    let reserve = "/tmf-api/stockManagement/v4/reserveProductStock";
    let reservation = |party: serde_json::Value, quantity: i64| {
        serde_json::json!({
            "externalId": "7c3f4e5d-6a7b-4c8d-9e0f-1a2b3c4d5e6f",
            "creationDate": "2026-11-26T10:00:00Z",
            "place": {"id": "store-fr-paris-1"},
            "relatedParty": party,
            "channel": [{"id": "website"}],
            "validFor": {"startDateTime": "2026-11-26T10:00:00Z", "endDateTime": "2026-11-27T18:00:00Z"},
            "state": "accepted",
            "reserveProductStockItem": [{
                "requestedProduct": {"id": SKU},
                "quantityRequested": {"amount": quantity, "units": "unit"}
            }]
        })
        .to_string()
    };
    let camille =
        serde_json::json!([{"id": CAMILLE, "role": "customer"}, {"id": CAMILLE, "role": "actor"}]);
    for (method, uri, body) in [
        // A box that would read the whole world, or past the poles.
        ("GET", format!("{site}?place.geographicLocation.y.gte=-1e8&place.geographicLocation.y.lte=1e8&place.geographicLocation.x.gte=2&place.geographicLocation.x.lte=3"), String::new()),
        ("GET", format!("{site}?place.geographicLocation.y.gte=40&place.geographicLocation.y.lte=50&place.geographicLocation.x.gte=2&place.geographicLocation.x.lte=3"), String::new()),
        ("GET", format!("{site}?place.geographicLocation.y.gte=49&place.geographicLocation.y.lte=48&place.geographicLocation.x.gte=2&place.geographicLocation.x.lte=3"), String::new()),
        ("GET", format!("{site}?id=store-fr-paris-1&calendar.day.gte=2026-01-01&calendar.day.lte=2027-01-01"), String::new()),
        // A reservation without its customer, or of more units than anyone may hold.
        ("POST", reserve.to_owned(), reservation(serde_json::json!([]), 1)),
        ("POST", reserve.to_owned(), reservation(camille.clone(), 9)),
        ("POST", reserve.to_owned(), reservation(camille.clone(), 0)),
    ] {
        let mut request = Request::builder()
            .method(method)
            .uri(&uri)
            .header("authorization", format!("Bearer {token}"));
        if !body.is_empty() {
            request = request.header("content-type", "application/json");
        }
        let answer = bss.send(request.body(Body::from(body)).unwrap()).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{method} {uri}: {}", answer.body);
        assert_eq!(answer.json["code"], "badRequest", "{}", answer.body);
    }
    assert_eq!(bss.count("reservations").await, 0);
}
