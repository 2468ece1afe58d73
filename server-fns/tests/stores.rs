//! The store locator at the HTTP boundary, on SQLite and PostgreSQL: distance ordering against
//! known coordinates, opening state in the shops' own zones (UTC+0, UTC+3, overnight, holidays,
//! exceptions), suggestions without case or diacritics, products and stock, and reservations:
//! the oversell race with real parallel requests, the limit per customer under concurrency,
//! expiry released exactly once, cancel, idempotent replay, authorisation and bad input.

mod common;

use axum::http::StatusCode;
use common::*;
use selfcare_server_fns::api::{
    Place, PlaceKind, Product, Reservation, ReservationState, Special, StockStatus, StoreService,
    StoresResponse,
};
use selfcare_server_fns::stores::domain::{distance_m, release_expired};
use std::sync::Arc;

/// The shops where they are held: the server's own database, or the BSS's in the TMF pair
/// (whose sweeper expires the holds that have passed).
fn bss_shops(s: &TestServer) -> selfcare_server_fns::stores::storage::SqlShops {
    selfcare_server_fns::stores::storage::SqlShops::new(s.db.clone())
}
use std::time::Duration;

/// Ajaccio, Corsica: the demo has no shop there, so the test shops are alone.
const AJACCIO: (f64, f64) = (41.9192, 8.7386);
const KEY: &str = "c0ffee00-1111-4222-8333-444455556666";

impl TestServer {
    /// A shop at a known place: `north_m` metres north of Ajaccio, with `hours` in `tz`.
    async fn add_store(&self, id: &str, north_m: f64, tz: &str, hours: &str) {
        let lat = AJACCIO.0 + north_m / 111_195.08;
        sqlx::query(
            "INSERT INTO stores (id, code, country, name, street, postcode, city, phone, lat, lon, lat_band, time_zone, hours, services, show_quantity) \
             VALUES ($1, $1, 'FR', $1, '1 cours Napoléon', '20000', 'Ajaccio', '+33 4 95 00 00 00', $2, $3, $4, $5, $6, 3, 1)",
        )
        .bind(id)
        .bind(lat)
        .bind(AJACCIO.1)
        .bind((lat * 10.0).floor() as i64)
        .bind(tz)
        .bind(hours)
        .execute(&self.db.pool)
        .await
        .unwrap();
    }

    async fn set_stock(&self, store: &str, sku: &str, n: i64) {
        sqlx::query("DELETE FROM stock WHERE store_id = $1 AND sku = $2")
            .bind(store)
            .bind(sku)
            .execute(&self.db.pool)
            .await
            .unwrap();
        sqlx::query("INSERT INTO stock (store_id, sku, available) VALUES ($1, $2, $3)")
            .bind(store)
            .bind(sku)
            .bind(n)
            .execute(&self.db.pool)
            .await
            .unwrap();
    }

    async fn stock(&self, store: &str, sku: &str) -> i64 {
        sqlx::query_scalar("SELECT available FROM stock WHERE store_id = $1 AND sku = $2")
            .bind(store)
            .bind(sku)
            .fetch_one(&self.db.pool)
            .await
            .unwrap()
    }

    /// A public call (no token): its decoded answer, checked with both decoders.
    async fn public<T>(&self, name: &str, body: &str) -> T
    where
        T: serde::de::DeserializeOwned + miniserde::Deserialize + PartialEq + std::fmt::Debug,
    {
        let answer = self.call(name, None, body).await;
        assert_eq!(
            answer.status,
            StatusCode::OK,
            "{name}({body}): {}",
            answer.body
        );
        let read: T = serde_json::from_value(answer.json).unwrap();
        assert_eq!(
            miniserde::json::from_str::<T>(&answer.body).ok().as_ref(),
            Some(&read)
        );
        read
    }

    async fn public_error(&self, name: &str, body: &str) -> (StatusCode, String) {
        let answer = self.call(name, None, body).await;
        (
            answer.status,
            answer.json["error"].as_str().unwrap_or_default().to_owned(),
        )
    }

    /// Shops within 50 km, 20 at most; `extra` adds or overrides arguments (`&open_now=true`).
    async fn near(&self, lat: f64, lon: f64, extra: &str) -> StoresResponse {
        let mut body = format!("lat={lat}&lon={lon}&radius_m=50000&limit=20");
        for flag in ["open_now", "in_stock"] {
            if !extra.contains(flag) {
                body.push_str(&format!("&{flag}=false"));
            }
        }
        self.public("stores", &format!("{body}{extra}")).await
    }

    async fn suggest(&self, q: &str) -> Vec<Place> {
        self.public("places", &format!("q={}", urlencode(q))).await
    }
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.".contains(&b) {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

fn reserve_body(store: &str, sku: &str, quantity: i64, key: &str) -> String {
    format!("store_id={store}&sku={sku}&quantity={quantity}&idempotency_key={key}&channel=website")
}

const WEEKDAYS: &str = "1 1000-1900,2 1000-1900,3 1000-1900,4 1000-1900,5 1000-1900,6 1000-1900";

#[tokio::test]
async fn nearest_first_with_exact_distances_and_opening_in_each_shops_zone() {
    each_backend_and_tmf(|s| async move {
        // Thursday 26 November 2026, 10:00 UTC (the test clock).
        s.add_store("t-paris", 5_000.0, "Europe/Paris", WEEKDAYS).await; // 11:00 local: open until 19:00
        s.add_store("t-amman", 1_000.0, "Asia/Amman", "4 1400-2100,5 1400-2100").await; // 13:00 (UTC+3): opens 14:00
        s.add_store("t-dakar", 12_000.0, "Africa/Dakar", "4 0830-1300 1500-1900").await; // 10:00 (UTC+0): open until 13:00
        s.add_store("t-cairo", 20_000.0, "Africa/Cairo", "4 1000-2600").await; // 12:00: open until 02:00 tomorrow
        s.add_store("t-far", 80_000.0, "Europe/Paris", WEEKDAYS).await; // beyond 50 km
        let found = s.near(AJACCIO.0, AJACCIO.1, "").await;
        let ids: Vec<&str> = found.stores.iter().map(|x| x.id.as_str()).collect();
        assert_eq!(ids, ["t-amman", "t-paris", "t-dakar", "t-cairo"]);
        for (store, metres) in found.stores.iter().zip([1_000, 5_000, 12_000, 20_000]) {
            assert!((store.distance_m - metres).abs() <= 2, "{}: {} m", store.id, store.distance_m);
            assert_eq!(store.distance_m, distance_m(AJACCIO.0, AJACCIO.1, store.lat, store.lon).round() as i64);
        }
        let [amman, paris, dakar, cairo] = &found.stores[..] else { unreachable!() };
        assert!(paris.opening.open);
        assert_eq!(paris.opening.change_at.as_deref(), Some("2026-11-26T18:00:00Z"));
        assert_eq!(paris.opening.change_day, Some(0));
        assert!(!amman.opening.open);
        assert_eq!(amman.opening.change_at.as_deref(), Some("2026-11-26T11:00:00Z"));
        assert!(dakar.opening.open);
        assert_eq!(dakar.opening.change_at.as_deref(), Some("2026-11-26T13:00:00Z"));
        assert!(cairo.opening.open);
        assert_eq!(cairo.opening.change_at.as_deref(), Some("2026-11-27T00:00:00Z"));
        assert_eq!(cairo.opening.change_day, Some(1));
        assert_eq!(paris.services, [StoreService::Repairs, StoreService::Sim]);
        // The week as the shop's clock shows it: Thursday first, Sunday closed; Cairo's
        // Thursday runs to 02:00.
        assert_eq!(paris.week.len(), 7);
        assert_eq!((paris.week[0].date.as_str(), paris.week[0].periods[0].from.as_str(), paris.week[0].periods[0].to.as_str()), ("2026-11-26", "10:00", "19:00"));
        assert!(paris.week[3].periods.is_empty());
        assert_eq!(cairo.week[0].periods[0].to, "02:00");
        assert_eq!(dakar.week[0].periods.len(), 2);
        assert_eq!(paris.time_zone, "Europe/Paris");

        // Open now: Amman is not; an exceptional closure today and a public holiday close others.
        let open = s.near(AJACCIO.0, AJACCIO.1, "&open_now=true").await;
        assert_eq!(open.stores.iter().map(|x| x.id.as_str()).collect::<Vec<_>>(), ["t-paris", "t-dakar", "t-cairo"]);
        sqlx::query("INSERT INTO store_exceptions (store_id, day, hours) VALUES ('t-paris', '2026-11-26', '')").execute(&s.db.pool).await.unwrap();
        // Holidays are the widget's own country facts, whatever holds the shops.
        sqlx::query("INSERT INTO holidays (country, day, name) VALUES ('FR', '2026-11-27', 'Jour de test')").execute(&s.state.db.pool).await.unwrap();
        let found = s.near(AJACCIO.0, AJACCIO.1, "&open_now=true").await;
        assert_eq!(found.stores.iter().map(|x| x.id.as_str()).collect::<Vec<_>>(), ["t-dakar", "t-cairo"]);
        let all = s.near(AJACCIO.0, AJACCIO.1, "").await;
        let paris = all.stores.iter().find(|x| x.id == "t-paris").unwrap();
        assert!(!paris.opening.open);
        assert_eq!(paris.opening.special, Some(Special::Exceptional));
        assert_eq!(paris.week[1].special, Some(Special::Holiday));
        assert_eq!(paris.week[1].holiday.as_deref(), Some("Jour de test"));
        assert!(paris.week[1].periods.is_empty());
        // Friday is the (test) holiday of every FR shop: it opens again on Saturday.
        assert_eq!(paris.opening.change_at.as_deref(), Some("2026-11-28T09:00:00Z"));
        assert_eq!(paris.opening.change_day, Some(2));

        // A service filter, and a kiosk's own shop first whatever the filters.
        let repairs = s.near(AJACCIO.0, AJACCIO.1, "&service=repairs&open_now=true&here=t-far").await;
        assert_eq!(repairs.stores[0].id, "t-far");
        assert!(repairs.stores[0].here);
        assert!(repairs.stores[1..].iter().all(|x| !x.here && x.services.contains(&StoreService::Repairs)));
        // A kiosk without coordinates searches around its own shop.
        let kiosk: StoresResponse = s.public("stores", "radius_m=30000&limit=5&open_now=false&in_stock=false&here=t-paris").await;
        assert_eq!(kiosk.stores.iter().map(|x| (x.id.as_str(), x.here)).collect::<Vec<_>>()[..2], [("t-paris", true), ("t-amman", false)]);
        assert_eq!(kiosk.stores[0].distance_m, 0);
    })
    .await;
}

#[tokio::test]
async fn the_search_reads_the_spatial_index_not_every_store() {
    let s = start(selfcare_server_fns::server::db::Backend::Sqlite).await;
    let plan = selfcare_server_fns::stores::storage::SqlShops::new(s.db.clone())
        .ring_query_plan()
        .await
        .unwrap();
    assert!(
        plan.contains("USING INDEX stores_band_lon (lat_band=? AND lon>? AND lon<?)"),
        "{plan}"
    );
    assert!(!plan.contains("SCAN s"), "{plan}");
    assert!(
        plan.contains("SEARCH k USING INDEX sqlite_autoindex_stock_1 (store_id=? AND sku=?)"),
        "{plan}"
    );
}

#[tokio::test]
async fn the_seeded_country_shops_have_real_towns_and_hours() {
    each_backend_and_tmf(|s| async move {
        assert!(s.count("stores").await >= 300);
        for (lat, lon, city) in [
            (48.8566, 2.3522, "Paris"),
            (44.4268, 26.1025, "București"),
            (30.0444, 31.2357, "Cairo"),
            (14.7167, -17.4677, "Dakar"),
        ] {
            let found = s.near(lat, lon, "").await;
            assert!(found.stores.len() >= 15, "{city}: {}", found.stores.len());
            assert_eq!(found.stores[0].city, city);
            assert!(found
                .stores
                .windows(2)
                .all(|w| w[0].distance_m <= w[1].distance_m));
        }
        // Egypt: Friday hours around the prayer. On Thursday 12:00 in Cairo the usual shops are open.
        let cairo = s.near(30.0444, 31.2357, "").await;
        assert!(cairo.stores.iter().filter(|x| x.opening.open).count() >= 15);
    })
    .await;
}

#[tokio::test]
async fn suggestions_ignore_case_diacritics_and_spelling_in_every_script() {
    each_backend_and_tmf(|s| async move {
        let first = |places: Vec<Place>| {
            places
                .into_iter()
                .next()
                .map(|p| (p.name, p.kind))
                .unwrap_or_default_place()
        };
        assert_eq!(
            first(s.suggest("bucuresti").await),
            ("București".into(), PlaceKind::Town)
        );
        assert_eq!(first(s.suggest("BUCUREȘTI").await).0, "București");
        assert_eq!(first(s.suggest("lodz").await).0, "Łódź");
        assert_eq!(first(s.suggest("Krakow").await).0, "Kraków");
        assert_eq!(
            first(s.suggest("cote d'ivoire").await),
            ("Côte d'Ivoire".into(), PlaceKind::Country)
        );
        assert_eq!(first(s.suggest("Côte d’Ivoire").await).0, "Côte d'Ivoire");
        assert_eq!(first(s.suggest("thies").await).0, "Thiès");
        assert_eq!(first(s.suggest("saint etienne").await).0, "Saint-Étienne");
        assert_eq!(first(s.suggest("القاهره").await).0, "القاهرة");
        assert_eq!(first(s.suggest("الاسكندرية").await).0, "الإسكندرية");
        assert_eq!(first(s.suggest("عمان").await).0, "عمّان");
        assert_eq!(
            first(s.suggest("75008").await),
            ("75008".into(), PlaceKind::Postcode)
        );
        // A district names its town; a prefix of a second word matches.
        let mokotow = s.suggest("mokot").await;
        assert_eq!(mokotow[0].parent.as_deref(), Some("Warszawa"));
        assert!(s
            .suggest("nasr")
            .await
            .iter()
            .any(|p| p.name == "Nasr City"));
        // In one country only.
        let only_ro: Vec<Place> = s.public("places", "q=sector&country=RO").await;
        assert!(only_ro.len() >= 6 && only_ro.iter().all(|p| p.country == "RO"));
        assert!(s.suggest("zzzzqx").await.is_empty());
        for (bad, id) in [
            ("q=", "query-empty"),
            ("q=%20%27%20", "query-empty"),
            (&format!("q={}", "a".repeat(101)) as &str, "bad-request"),
            (&format!("q={}", "a".repeat(100_000)), "bad-request"),
            ("q=paris&country=france", "bad-request"),
        ] {
            assert_eq!(
                s.public_error("places", bad).await,
                (StatusCode::BAD_REQUEST, id.to_owned()),
                "{bad}"
            );
        }
        let long = s
            .public_error("products", &format!("q={}", "a".repeat(100_000)))
            .await;
        assert_eq!(long, (StatusCode::BAD_REQUEST, "bad-request".to_owned()));
    })
    .await;
}

trait OrDefaultPlace {
    fn unwrap_or_default_place(self) -> (String, PlaceKind);
}
impl OrDefaultPlace for Option<(String, PlaceKind)> {
    fn unwrap_or_default_place(self) -> (String, PlaceKind) {
        self.unwrap_or((String::new(), PlaceKind::Town))
    }
}

#[tokio::test]
async fn products_and_stock_per_shop() {
    each_backend_and_tmf(|s| async move {
        let a55: Vec<Product> = s.public("products", "q=galaxy%20a55").await;
        assert_eq!(a55[0].id, "samsung-galaxy-a55-5g");
        assert_eq!(a55[0].variants.len(), 6); // 3 colours × 2 sizes
        assert!(a55[0].variants.iter().any(|v| v.colour.as_deref() == Some("navy") && v.storage_gb == Some(256)));
        // Without a country, no price; with one, each variant at that country's shop price.
        assert!(a55[0].variants.iter().all(|v| v.price.is_none()));
        let price = |products: &[Product], sku: &str| {
            products[0].variants.iter().find(|v| v.sku == sku).and_then(|v| v.price.clone()).map(|p| (p.amount, p.currency))
        };
        let in_france: Vec<Product> = s.public("products", "q=galaxy%20a55&country=FR").await;
        assert_eq!(price(&in_france, "samsung-galaxy-a55-5g-128-navy"), Some((44_900, "EUR".into())));
        assert_eq!(price(&in_france, "samsung-galaxy-a55-5g-256-navy"), Some((50_900, "EUR".into())));
        let in_egypt: Vec<Product> = s.public("products", "q=galaxy%20a55&country=EG").await;
        assert_eq!(price(&in_egypt, "samsung-galaxy-a55-5g-128-navy"), Some((2_609_900, "EGP".into())));
        let in_jordan: Vec<Product> = s.public("products", "q=galaxy%20a55&country=JO").await;
        assert_eq!(price(&in_jordan, "samsung-galaxy-a55-5g-128-navy"), Some((360_000, "JOD".into())));
        let elsewhere: Vec<Product> = s.public("products", "q=galaxy%20a55&country=DE").await;
        assert!(elsewhere[0].variants.iter().all(|v| v.price.is_none()));
        assert_eq!(s.public_error("products", "q=a55&country=france").await, (StatusCode::BAD_REQUEST, "bad-request".into()));
        let all: Vec<Product> = s.public("products", "q=&country=SN").await;
        assert!(all.len() >= 25);
        assert!(all.iter().all(|p| p.variants.iter().all(|v| v.price.as_ref().is_some_and(|p| p.currency == "XOF" && p.amount > 0))));
        let picture = s.send(axum::http::Request::get(a55[0].image.as_str()).body(axum::body::Body::empty()).unwrap()).await;
        assert_eq!(picture.status, StatusCode::OK);
        assert!(picture.body.starts_with("<svg"));

        let sku = "samsung-galaxy-a55-5g-128-navy";
        s.add_store("t-a", 1_000.0, "Europe/Paris", WEEKDAYS).await;
        s.add_store("t-b", 2_000.0, "Europe/Paris", WEEKDAYS).await;
        s.add_store("t-c", 3_000.0, "Europe/Paris", WEEKDAYS).await;
        s.set_stock("t-a", sku, 0).await;
        s.set_stock("t-b", sku, 2).await;
        s.set_stock("t-c", sku, 9).await;
        let found = s.near(AJACCIO.0, AJACCIO.1, &format!("&sku={sku}")).await;
        let levels: Vec<(StockStatus, Option<i64>)> = found.stores.iter().map(|x| x.stock.as_ref().map(|k| (k.status, k.quantity)).unwrap()).collect();
        assert_eq!(levels, [(StockStatus::OutOfStock, Some(0)), (StockStatus::LowStock, Some(2)), (StockStatus::InStock, Some(9))]);
        // Each shop's stock line has its country's price.
        assert!(found.stores.iter().all(|x| x.stock.as_ref().unwrap().price.as_ref().map(|p| (p.amount, p.currency.as_str())) == Some((44_900, "EUR"))));
        let in_stock = s.near(AJACCIO.0, AJACCIO.1, &format!("&sku={sku}&in_stock=true")).await;
        assert_eq!(in_stock.stores.iter().map(|x| x.id.as_str()).collect::<Vec<_>>(), ["t-b", "t-c"]);
        // French demo shops show levels only; Polish ones show quantities.
        let paris = s.near(48.8566, 2.3522, &format!("&sku={sku}")).await;
        assert!(paris.stores.iter().all(|x| x.stock.as_ref().unwrap().quantity.is_none()));
        let warsaw = s.near(52.2297, 21.0122, &format!("&sku={sku}")).await;
        assert!(warsaw.stores.iter().all(|x| x.stock.as_ref().unwrap().quantity.is_some()));
        assert!(warsaw.stores.iter().all(|x| x.stock.as_ref().unwrap().price.as_ref().map(|p| (p.amount, p.currency.as_str())) == Some((193_900, "PLN"))));
        // "Which shops near me have it": every answer has it, nearest first, in the whole demo.
        let have = s.near(48.8566, 2.3522, &format!("&sku={sku}&in_stock=true")).await;
        assert!(!have.stores.is_empty() && have.stores.iter().all(|x| x.stock.as_ref().unwrap().status != StockStatus::OutOfStock));
        let (status, error) = s.public_error("stores", "lat=48.85&lon=2.35&radius_m=5000&limit=20&open_now=false&in_stock=true&sku=no-such-phone").await;
        assert_eq!((status, error.as_str()), (StatusCode::NOT_FOUND, "product-not-found"));
    })
    .await;
}

#[tokio::test]
async fn bad_input_is_refused_with_an_error_id() {
    each_backend_and_tmf(|s| async move {
        let base = "open_now=false&in_stock=false&limit=20";
        for (body, status, id) in [
            (
                format!("lat=95&lon=2&radius_m=5000&{base}"),
                400,
                "bad-coordinates",
            ),
            (
                format!("lat=48&lon=-181&radius_m=5000&{base}"),
                400,
                "bad-coordinates",
            ),
            (
                format!("lat=NaN&lon=2&radius_m=5000&{base}"),
                400,
                "bad-coordinates",
            ),
            (
                format!("lat=48&lon=2&radius_m=10000000&{base}"),
                400,
                "radius-too-large",
            ),
            (
                format!("lat=48&lon=2&radius_m=-1&{base}"),
                400,
                "bad-request",
            ),
            (
                format!("lat=48&lon=2&radius_m=0&{base}"),
                400,
                "bad-request",
            ),
            (
                format!("lat=abc&lon=2&radius_m=5000&{base}"),
                400,
                "bad-request",
            ),
            (
                format!("lat=48&radius_m=5000&{base}"),
                400,
                "bad-coordinates",
            ),
            (
                "lat=48&lon=2&radius_m=5000&open_now=false&in_stock=false&limit=500".to_owned(),
                400,
                "bad-request",
            ),
            (
                format!("lat=48&lon=2&radius_m=5000&service=teleport&{base}"),
                400,
                "bad-request",
            ),
            (
                format!("lat=48&lon=2&radius_m=5000&here=nowhere&{base}"),
                404,
                "store-not-found",
            ),
        ] {
            let (got, error) = s.public_error("stores", &body).await;
            assert_eq!((got.as_u16(), error.as_str()), (status, id), "{body}");
        }
        let store = s.near(48.8566, 2.3522, "").await.stores[0].id.clone();
        for (body, status, id) in [
            (
                reserve_body("store-xx-99999", "prepaid-sim-card", 1, KEY),
                404,
                "store-not-found",
            ),
            (
                reserve_body(&store, "no-such-sku", 1, KEY),
                404,
                "product-not-found",
            ),
            (
                reserve_body(&store, "prepaid-sim-card", 9, KEY),
                422,
                "reservation-limit",
            ),
            (
                reserve_body(&store, "prepaid-sim-card", 0, KEY),
                400,
                "bad-request",
            ),
            (
                reserve_body(&store, "prepaid-sim-card", 1, "short"),
                400,
                "bad-request",
            ),
            (
                reserve_body(&store, "prepaid sim", 1, KEY),
                400,
                "bad-request",
            ),
        ] {
            let (got, error) = s.refused(CAMILLE, "reserve", &body).await;
            assert_eq!((got.as_u16(), error.as_str()), (status, id), "{body}");
        }
        assert_eq!(s.count("reservations").await, 0);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn fifty_parallel_reservations_for_the_last_five_units_make_five() {
    each_backend_and_tmf(|s| async move {
        let sku = "apple-iphone-16-128-black";
        s.add_store("t-race", 1_000.0, "Europe/Paris", WEEKDAYS)
            .await;
        s.set_stock("t-race", sku, 5).await;
        let s = Arc::new(s);
        let mut tasks = Vec::new();
        for i in 0..50 {
            let s = s.clone();
            tasks.push(tokio::spawn(async move {
                let key = format!("race-key-{i:04}-0000-0000-000000000000");
                s.call(
                    "reserve",
                    Some(&s.token(&format!("cust-race-{i}"))),
                    &reserve_body("t-race", sku, 1, &key),
                )
                .await
            }));
        }
        let mut statuses = Vec::new();
        for task in tasks {
            let answer = task.await.unwrap();
            if answer.status != StatusCode::OK {
                assert_eq!(
                    (answer.status, answer.json["error"].as_str()),
                    (StatusCode::CONFLICT, Some("out-of-stock")),
                    "{}",
                    answer.body
                );
            }
            statuses.push(answer.status);
        }
        assert_eq!(statuses.iter().filter(|x| **x == StatusCode::OK).count(), 5);
        assert_eq!(s.stock("t-race", sku).await, 0);
        let active: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM reservations WHERE store_id = 't-race' AND state = 'active'",
        )
        .fetch_one(&s.db.pool)
        .await
        .unwrap();
        assert_eq!(active, 5);

        // One customer, 20 parallel requests with different keys, a limit of 2 per customer.
        s.set_stock("t-race", sku, 50).await;
        let mut tasks = Vec::new();
        for i in 0..20 {
            let s = s.clone();
            tasks.push(tokio::spawn(async move {
                let key = format!("same-cust-{i:04}-0000-0000-000000000000");
                s.call(
                    "reserve",
                    Some(&s.token(CAMILLE)),
                    &reserve_body("t-race", sku, 1, &key),
                )
                .await
                .status
            }));
        }
        let mut ok = 0;
        for task in tasks {
            ok += usize::from(task.await.unwrap() == StatusCode::OK);
        }
        assert_eq!(ok, 2);
        assert_eq!(s.stock("t-race", sku).await, 48);
    })
    .await;
}

#[tokio::test]
async fn reserve_replay_cancel_expire_and_only_the_owner_sees_it() {
    each_backend_and_tmf(|s| async move {
        let sku = "samsung-galaxy-a55-5g-256-lilac";
        s.add_store("t-shop", 1_000.0, "Europe/Paris", WEEKDAYS)
            .await;
        s.set_stock("t-shop", sku, 4).await;
        // Anonymous: refused.
        let anonymous = s
            .call("reserve", None, &reserve_body("t-shop", sku, 2, KEY))
            .await;
        assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);

        let r: Reservation = s
            .as_customer(CAMILLE, "reserve", &reserve_body("t-shop", sku, 2, KEY))
            .await;
        assert_eq!(
            (r.state, r.quantity, r.store_id.as_str()),
            (ReservationState::Active, 2, "t-shop")
        );
        assert_eq!(r.code.len(), 8);
        assert_eq!(r.qr_size, 29);
        assert!(r.qr_path.starts_with("M4 4h7v1h-7z"));
        // Held until closing time tomorrow: Friday 19:00 in Paris.
        assert_eq!(r.hold_until, "2026-11-27T18:00:00Z");
        assert_eq!(r.product_name, "Samsung Galaxy A55 5G");
        // The unit price of the shop's country, kept with the reservation.
        assert_eq!(
            r.unit_price
                .as_ref()
                .map(|p| (p.amount, p.currency.as_str())),
            Some((50_900, "EUR"))
        );
        assert_eq!(s.stock("t-shop", sku).await, 2);
        // Replay: the same reservation, nothing written; the same key for something else: 409.
        let again: Reservation = s
            .as_customer(CAMILLE, "reserve", &reserve_body("t-shop", sku, 2, KEY))
            .await;
        assert_eq!(again, r);
        assert_eq!(s.stock("t-shop", sku).await, 2);
        assert_eq!(
            s.refused(CAMILLE, "reserve", &reserve_body("t-shop", sku, 1, KEY))
                .await,
            (StatusCode::CONFLICT, "idempotency-key-reused".into())
        );
        // Limit per customer: 2 units of a phone.
        let other_key = "c0ffee00-1111-4222-8333-444455556667";
        assert_eq!(
            s.refused(
                CAMILLE,
                "reserve",
                &reserve_body("t-shop", sku, 1, other_key)
            )
            .await,
            (StatusCode::UNPROCESSABLE_ENTITY, "reservation-limit".into())
        );
        // Only the owner sees or cancels it.
        let mine: Vec<Reservation> = s.as_customer(CAMILLE, "reservations", "").await;
        assert_eq!(mine, std::slice::from_ref(&r));
        // A later price change leaves the receipt at the price it was reserved at.
        sqlx::query("UPDATE sku_prices SET amount = 47900 WHERE sku = $1 AND country = 'FR'")
            .bind(sku)
            .execute(&s.db.pool)
            .await
            .unwrap();
        let mine: Vec<Reservation> = s.as_customer(CAMILLE, "reservations", "").await;
        assert_eq!(mine[0].unit_price.as_ref().map(|p| p.amount), Some(50_900));
        let theirs: Vec<Reservation> = s.as_customer(TOMASZ, "reservations", "").await;
        assert!(theirs.is_empty());
        let body = format!("id={}&channel=website", r.id);
        assert_eq!(
            s.refused(TOMASZ, "cancel-reservation", &body).await,
            (StatusCode::NOT_FOUND, "reservation-not-found".into())
        );
        // Cancel: the units are back at once, once.
        let cancelled: Reservation = s.as_customer(CAMILLE, "cancel-reservation", &body).await;
        assert_eq!(cancelled.state, ReservationState::Cancelled);
        assert_eq!(s.stock("t-shop", sku).await, 4);
        assert_eq!(
            s.refused(CAMILLE, "cancel-reservation", &body).await,
            (StatusCode::CONFLICT, "reservation-not-cancellable".into())
        );
        assert_eq!(s.stock("t-shop", sku).await, 4);

        // Expiry, on the business clock: held until Friday 19:00 in Paris (18:00 UTC).
        let r: Reservation = s
            .as_customer(
                CAMILLE,
                "reserve",
                &reserve_body("t-shop", sku, 2, other_key),
            )
            .await;
        assert_eq!(r.hold_until, "2026-11-27T18:00:00Z");
        assert_eq!(s.stock("t-shop", sku).await, 2);
        // After 24 hours its key is stale: refused, never a second reservation; still held.
        s.advance(Duration::from_secs(24 * 3600 + 1));
        assert_eq!(
            s.refused(
                CAMILLE,
                "reserve",
                &reserve_body("t-shop", sku, 2, other_key)
            )
            .await,
            (
                StatusCode::UNPROCESSABLE_ENTITY,
                "idempotency-key-expired".into()
            )
        );
        assert_eq!(
            release_expired(&bss_shops(&s), None, s.now())
                .await
                .unwrap(),
            0
        );
        assert_eq!(s.stock("t-shop", sku).await, 2);
        // Past the hold, two sweeps at the same moment (as two server processes would) release once.
        s.advance(Duration::from_secs(8 * 3600));
        let later = s.now();
        assert!(
            later
                > "2026-11-27T18:00:00Z"
                    .parse::<chrono::DateTime<chrono::Utc>>()
                    .unwrap(),
            "{later}"
        );
        let (one, two) = (bss_shops(&s), bss_shops(&s));
        let (a, b) = tokio::join!(
            release_expired(&one, None, later),
            release_expired(&two, None, later)
        );
        assert_eq!(a.unwrap() + b.unwrap(), 1);
        assert_eq!(s.stock("t-shop", sku).await, 4);
        assert_eq!(
            release_expired(&bss_shops(&s), None, s.now())
                .await
                .unwrap(),
            0
        );
        let mine: Vec<Reservation> = s.as_customer(CAMILLE, "reservations", "").await;
        assert_eq!(
            mine.iter().find(|x| x.id == r.id).unwrap().state,
            ReservationState::Expired
        );
        let body = format!("id={}&channel=website", r.id);
        assert_eq!(
            s.refused(CAMILLE, "cancel-reservation", &body).await,
            (StatusCode::CONFLICT, "reservation-not-cancellable".into())
        );
        // The hold released both units: the customer may reserve again.
        let _: Reservation = s
            .as_customer(
                CAMILLE,
                "reserve",
                &reserve_body("t-shop", sku, 2, "c0ffee00-1111-4222-8333-444455556668"),
            )
            .await;
        let audited: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM audit_log WHERE action IN ('reserve', 'cancelled', 'expired')",
        )
        .fetch_one(&s.db.pool)
        .await
        .unwrap();
        assert_eq!(audited, 5);
    })
    .await;
}

#[tokio::test]
async fn shops_are_named_in_the_language_shown() {
    each_backend_and_tmf(|s| async move {
        let latin = |t: &str| t.chars().any(|c| c.is_ascii_alphabetic());
        // Cairo on an Arabic screen: names, streets and towns in Arabic, Egypt's digits.
        let (cairo, lat, lon) = ("lang=ar-EG", 30.0444, 31.2357);
        let shown = s.near(lat, lon, &format!("&{cairo}")).await;
        let main = s.near(lat, lon, "").await;
        assert_eq!(shown.stores.len(), main.stores.len());
        for (a, m) in shown.stores.iter().zip(&main.stores) {
            assert_eq!(a.id, m.id, "the same shops in the same order");
            assert!(
                !latin(&a.name) && !latin(&a.street) && !latin(&a.city),
                "{} / {} / {}",
                a.name,
                a.street,
                a.city
            );
            assert!(
                !a.street
                    .chars()
                    .chain(a.postcode.chars())
                    .any(|c| c.is_ascii_digit()),
                "Arabic-Indic digits in Egypt: {} {}",
                a.street,
                a.postcode
            );
            assert!(
                latin(&m.name) && latin(&m.city),
                "without a language: the main names ({})",
                m.name
            );
        }
        assert_eq!(shown.stores[0].city, "القاهرة");
        assert_eq!(main.stores[0].city, "Cairo");
        // English in Egypt, and French in France: the main names.
        assert_eq!(s.near(lat, lon, "&lang=en-EG").await, main);
        assert_eq!(
            s.near(48.8566, 2.3522, "&lang=fr-FR").await,
            s.near(48.8566, 2.3522, "").await
        );
        // Morocco in Arabic keeps Latin digits; Moldova in Russian is in Cyrillic.
        let rabat = s.near(34.0209, -6.8416, "&lang=ar-MA").await;
        assert!(
            rabat.stores.iter().all(|x| !latin(&x.name)
                && x.street.contains('،')
                && x.street.chars().any(|c| c.is_ascii_digit())),
            "{:?}",
            rabat.stores[0]
        );
        let chisinau = s.near(47.0228, 28.8353, "&lang=ru-MD").await;
        assert_eq!(chisinau.stores[0].city, "Кишинёв");
        assert!(
            chisinau
                .stores
                .iter()
                .all(|x| !latin(&x.name) && !latin(&x.street)),
            "{:?}",
            chisinau.stores[0]
        );
        assert_eq!(
            s.near(47.0228, 28.8353, "&lang=ro-MD").await.stores[0].city,
            "Chișinău"
        );
        // Brussels in French and in Dutch, each the name its speakers use.
        let (fr, nl) = (
            s.near(50.8503, 4.3517, "&lang=fr-BE").await,
            s.near(50.8503, 4.3517, "&lang=nl-BE").await,
        );
        assert_eq!(
            (fr.stores[0].city.as_str(), nl.stores[0].city.as_str()),
            ("Bruxelles", "Brussel")
        );
        let ixelles = nl
            .stores
            .iter()
            .position(|x| x.name.starts_with("Elsene – "))
            .expect("a shop in Ixelles");
        assert!(
            fr.stores[ixelles].name.starts_with("Ixelles – "),
            "{}",
            fr.stores[ixelles].name
        );
        // Each town's shops on its own streets (`streets_in`): Antwerp's on the Meir, not in Bruges.
        let antwerp = s.near(51.2194, 4.4025, "&lang=fr-BE").await;
        let own = ["Meir", "De Keyserlei", "Huidevettersstraat"];
        assert!(
            antwerp
                .stores
                .iter()
                .filter(|x| x.city == "Anvers")
                .all(|x| own.iter().any(|o| x.street.starts_with(o))),
            "{:?}",
            antwerp.stores[0]
        );
        assert!(antwerp.stores.iter().filter(|x| x.city == "Anvers").count() >= 3);

        // A reservation names its shop as the screen that made it, and as the list asks.
        let (ahmed, store) = ("cust-eg-ahmed", shown.stores[0].clone());
        let sku = "samsung-galaxy-a55-5g-256-lilac";
        s.set_stock(&store.id, sku, 3).await;
        let r: Reservation = s
            .as_customer(
                ahmed,
                "reserve",
                &format!("{}&{cairo}", reserve_body(&store.id, sku, 1, KEY)),
            )
            .await;
        assert_eq!(r.store_name, store.name);
        assert_eq!(
            r.store_address,
            format!("{}, {} {}", store.street, store.postcode, store.city)
        );
        let mine: Vec<Reservation> = s.as_customer(ahmed, "reservations", cairo).await;
        assert_eq!(mine[0].store_name, store.name);
        let mine: Vec<Reservation> = s.as_customer(ahmed, "reservations", "lang=en-EG").await;
        assert_eq!(mine[0].store_name, main.stores[0].name);
    })
    .await;
}

#[tokio::test]
async fn a_database_seeded_before_shops_had_other_languages_gets_them_at_start() {
    each_backend_and_tmf(|s| async move {
        let (lat, lon) = (50.8503, 4.3517);
        let before = s.near(lat, lon, "&lang=fr-BE").await;
        // As a database seeded by an earlier version: no texts, Brussels' shops on Bruges' street.
        sqlx::query("DELETE FROM store_texts")
            .execute(&s.db.pool)
            .await
            .unwrap();
        sqlx::query("UPDATE stores SET street = 'Steenstraat 66' WHERE country = 'BE'")
            .execute(&s.db.pool)
            .await
            .unwrap();
        let old = s.near(lat, lon, "&lang=fr-BE").await;
        assert_eq!(
            (old.stores[0].city.as_str(), old.stores[0].street.as_str()),
            ("Brussel", "Steenstraat 66")
        );
        // The next start seeds nothing new, but gives the demo shops their texts and streets.
        let today = chrono::NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap();
        assert!(
            !selfcare_server_fns::seed::stores::seed_if_empty(&s.db, today, 0, 0)
                .await
                .unwrap()
        );
        assert_eq!(s.near(lat, lon, "&lang=fr-BE").await, before);
    })
    .await;
}
