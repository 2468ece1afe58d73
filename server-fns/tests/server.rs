//! The server at its HTTP boundary, on SQLite and (when `SELFCARE_TEST_POSTGRES_URL` is set)
//! PostgreSQL: every server function, authorisation, bad input, ingest, health and CORS.
//!
//! Each test runs the same checks on every backend through [`each_backend`].

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use selfcare_server_fns::api::{ApiError, Contract, CycleSummary, LineUsage, Payment, Threshold, UsageOverview, UsageResponse, UsageType};
use selfcare_server_fns::ssr::auth::Auth;
use selfcare_server_fns::ssr::config::Config;
use selfcare_server_fns::ssr::db::{Backend, Db};
use selfcare_server_fns::ssr::storage::{SqlStorage, Storage, UsageRecord};
use selfcare_server_fns::ssr::{router, seed, AppState};
use serde_json::Value;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use tower::ServiceExt;

const TODAY: &str = "2026-11-26";
const CAMILLE: &str = "cust-fr-camille";
const TOMASZ: &str = "cust-pl-tomasz";

struct TestServer {
    app: Router,
    auth: Arc<Auth>,
    db: Db,
    /// The database URL and the data folder (keys), for a second server on the same data.
    url: String,
    dir: std::path::PathBuf,
    _guard: DbGuard,
}

/// Drops the PostgreSQL test database (or the SQLite folder) at the end of a test.
struct DbGuard {
    drop_database: Option<(String, String)>,
    dir: std::path::PathBuf,
}

impl Drop for DbGuard {
    fn drop(&mut self) {
        if let Some((admin_url, name)) = self.drop_database.take() {
            // Best effort, on a runtime of its own: the test's runtime is shutting down.
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
                rt.block_on(async {
                    sqlx::any::install_default_drivers();
                    if let Ok(pool) = sqlx::AnyPool::connect(&admin_url).await {
                        let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&pool).await;
                    }
                });
            })
            .join();
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

fn unique(prefix: &str) -> String {
    format!("{prefix}_{}_{}", std::process::id(), COUNTER.fetch_add(1, Ordering::SeqCst))
}

async fn start(backend: Backend) -> TestServer {
    let name = unique("selfcare_test");
    let dir = std::env::temp_dir().join(&name);
    let (url, drop_database) = match backend {
        Backend::Sqlite => (format!("sqlite://{}/selfcare.db?mode=rwc", dir.display()), None),
        Backend::Postgres => {
            let admin_url = std::env::var("SELFCARE_TEST_POSTGRES_URL").unwrap();
            sqlx::any::install_default_drivers();
            let admin = sqlx::AnyPool::connect(&admin_url).await.expect("PostgreSQL reachable");
            sqlx::query(&format!("CREATE DATABASE {name}")).execute(&admin).await.unwrap();
            admin.close().await;
            let base = admin_url.rsplit_once('/').map_or(admin_url.as_str(), |(b, _)| b).to_owned();
            (format!("{base}/{name}"), Some((admin_url, name.clone())))
        }
    };
    let guard = DbGuard { drop_database, dir: dir.clone() };
    let db = Db::connect(&url, 8).await.expect("database");
    assert_eq!(db.backend, backend);
    seed::seed(&db, TODAY.parse().unwrap(), 0).await.expect("seed");
    let auth = Auth::demo(&dir, "selfcare-demo", "selfcare-widget").unwrap();
    let config = Config {
        today: Some(TODAY.parse().unwrap()),
        demo: true,
        allowed_origins: vec!["http://host.test".into()],
        data_dir: dir,
        ..Config::default()
    };
    let state = AppState::new(db.clone(), auth, config);
    TestServer { app: router(state.clone()), auth: state.auth.clone(), db, url, dir: state.config.data_dir.clone(), _guard: guard }
}

/// Runs `check` on SQLite, then on PostgreSQL if configured (saying so when it is not).
async fn each_backend<F, Fut>(check: F)
where
    F: Fn(TestServer) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    check(start(Backend::Sqlite).await).await;
    if std::env::var("SELFCARE_TEST_POSTGRES_URL").is_ok() {
        check(start(Backend::Postgres).await).await;
    } else {
        eprintln!("PostgreSQL skipped: SELFCARE_TEST_POSTGRES_URL is not set");
    }
}

struct Answer {
    status: StatusCode,
    json: Value,
    body: String,
    headers: axum::http::HeaderMap,
}

impl TestServer {
    fn token(&self, customer: &str) -> String {
        self.auth.issue_demo_token(customer, 300).unwrap()
    }

    async fn send(&self, request: Request<Body>) -> Answer {
        let response = self.app.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        let body = String::from_utf8_lossy(&bytes).into_owned();
        let json = serde_json::from_slice(&bytes).unwrap_or(Value::String(body.clone()));
        if status.is_client_error() || status.is_server_error() {
            // The widget reads errors with miniserde: every error body must decode.
            if let Ok(error) = serde_json::from_str::<ApiError>(&body) {
                assert_eq!(miniserde::json::from_str::<ApiError>(&body).ok(), Some(error), "{body}");
            }
        }
        Answer { status, json, body, headers }
    }

    /// Calls a server function as the widget does.
    async fn call(&self, name: &str, token: Option<&str>, body: &str) -> Answer {
        self.send(server_fn_request(name, token, body)).await
    }

    /// A successful answer, decoded as the server wrote it (serde_json) and as the widget
    /// reads it (miniserde): both must agree.
    async fn as_customer<T>(&self, customer: &str, name: &str, body: &str) -> T
    where
        T: serde::de::DeserializeOwned + miniserde::Deserialize + PartialEq + std::fmt::Debug,
    {
        let answer = self.call(name, Some(&self.token(customer)), body).await;
        assert_eq!(answer.status, StatusCode::OK, "{name}({body}) as {customer}: {}", answer.json);
        let read: T = serde_json::from_value(answer.json).unwrap();
        let widget: T = miniserde::json::from_str(&answer.body).expect("the widget cannot read the answer");
        assert_eq!(widget, read);
        read
    }

    async fn count(&self, table: &str) -> i64 {
        sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}")).fetch_one(&self.db.pool).await.unwrap()
    }

    async fn counts(&self) -> Vec<i64> {
        let mut out = Vec::new();
        for table in ["customers", "lines", "buckets", "bucket_lines", "usage_records", "usage_daily"] {
            out.push(self.count(table).await);
        }
        let used: i64 = sqlx::query_scalar("SELECT CAST(COALESCE(SUM(used), 0) AS BIGINT) FROM buckets")
            .fetch_one(&self.db.pool)
            .await
            .unwrap();
        out.push(used);
        out
    }
}

/// A server-function call as the widget sends it: form-encoded arguments, JSON accepted.
fn server_fn_request(name: &str, token: Option<&str>, body: &str) -> Request<Body> {
    let mut request = Request::post(format!("/api/v1/{name}"))
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, "application/json");
    if let Some(token) = token {
        request = request.header(header::AUTHORIZATION, format!("Bearer {token}"));
    }
    request.body(Body::from(body.to_owned())).unwrap()
}

fn line_body(line: &str) -> String {
    format!("line_id={line}")
}

impl TestServer {
    /// The usage view of one of `customer`'s lines.
    async fn line(&self, customer: &str, line: &str) -> LineUsage {
        let response: UsageResponse = self.as_customer(customer, "usage", &line_body(line)).await;
        let usage = response.line.expect("a line");
        assert_eq!(usage.cycle.line_id, line);
        usage
    }
    async fn cycle(&self, customer: &str, line: &str) -> UsageOverview {
        self.line(customer, line).await.cycle
    }
}

#[tokio::test]
async fn usage_lists_the_customers_lines_without_their_numbers() {
    each_backend(|s| async move {
        let response: UsageResponse = s.as_customer(CAMILLE, "usage", "").await;
        let profile = &response.profile;
        assert_eq!(profile.given_name, "Camille");
        assert_eq!((profile.country.as_str(), profile.currency.as_str()), ("FR", "EUR"));
        let ids: Vec<_> = profile.lines.iter().map(|l| l.id.as_str()).collect();
        assert_eq!(ids, ["line-fr-camille-1", "line-fr-camille-2"]);
        assert_eq!(profile.lines[0].number_ending, "5678");
        // Without a line id: the first line.
        assert_eq!(response.line.as_ref().unwrap().cycle.line_id, "line-fr-camille-1");
        assert!(!serde_json::to_string(&response).unwrap().contains("612345678"), "the full number never leaves");
    })
    .await;
}

#[tokio::test]
async fn usage_shows_the_current_cycle_with_buckets_daily_use_and_projection() {
    each_backend(|s| async move {
        let usage = s.cycle(CAMILLE, "line-fr-camille-1").await;
        assert_eq!((usage.cycle_start.as_str(), usage.cycle_end.as_str()), ("2026-11-05", "2026-12-04"));
        assert_eq!(usage.days_left, 8);
        assert_eq!(usage.payment, Payment::Postpaid);
        // One entry a day from the cycle's start to today.
        assert_eq!(usage.daily.len(), 22);
        assert_eq!(usage.daily.first().unwrap().day, "2026-11-05");
        assert_eq!(usage.daily.last().unwrap().day, TODAY);

        let data = usage.buckets.iter().find(|b| b.usage_type == UsageType::Data && !b.is_shared).unwrap();
        assert_eq!(data.allowance, Some(100_000_000_000));
        // The bucket counter equals the sum of the daily roll-ups of the cycle.
        let daily_total: i64 = usage.daily.iter().map(|d| d.data_bytes).sum();
        assert_eq!(data.used, daily_total);
        assert_eq!(data.remaining, Some(100_000_000_000 - data.used));
        // The line is used at 120 % of its allowance per cycle: it runs out before the end.
        let projection = data.projection.as_ref().unwrap();
        assert!(projection.projected_used > 100_000_000_000, "{projection:?}");
        let runs_out = projection.runs_out_on.as_deref().unwrap();
        assert!(runs_out > TODAY && runs_out <= "2026-12-04", "{runs_out}");

        let shared = usage.buckets.iter().find(|b| b.is_shared).unwrap();
        assert_eq!(shared.shared_lines, 2);
        let voice = usage.buckets.iter().find(|b| b.usage_type == UsageType::Voice).unwrap();
        assert_eq!((voice.allowance, voice.remaining, voice.threshold), (None, None, Threshold::Normal));
        assert!(usage.buckets.iter().any(|b| b.usage_type == UsageType::RoamingData));

        // The second line shares the same allowance and has a roaming add-on.
        let second = s.cycle(CAMILLE, "line-fr-camille-2").await;
        assert!(second.buckets.iter().any(|b| b.id == shared.id));
        assert!(second.buckets.iter().any(|b| b.is_addon && b.usage_type == UsageType::RoamingData));

        // Thresholds: Kouassi has used all his data.
        let ci = s.cycle("cust-ci-kouassi", "line-ci-kouassi-1").await;
        let data = ci.buckets.iter().find(|b| b.usage_type == UsageType::Data).unwrap();
        assert_eq!((data.threshold, data.remaining), (Threshold::Exhausted, Some(0)));
    })
    .await;
}

#[tokio::test]
async fn history_has_the_last_six_cycles() {
    each_backend(|s| async move {
        let history: Vec<CycleSummary> = s.line(CAMILLE, "line-fr-camille-1").await.history;
        let starts: Vec<_> = history.iter().map(|c| c.start.as_str()).collect();
        assert_eq!(starts, ["2026-10-05", "2026-09-05", "2026-08-05", "2026-07-05", "2026-06-05", "2026-05-05"]);
        assert_eq!(history[0].end, "2026-11-04");
        // The plan's 100 GB and the 10 GB the customer's lines share.
        assert!(history.iter().all(|c| c.data_allowance == Some(110_000_000_000) && c.data_bytes > 0), "{history:?}");
    })
    .await;
}

#[tokio::test]
async fn contracts_carry_prices_in_minor_units_and_prepaid_balances() {
    each_backend(|s| async move {
        let jo: Contract = s.line("cust-jo-lina", "line-jo-lina-1").await.contract;
        assert_eq!((jo.currency.as_str(), jo.monthly_price), ("JOD", Some(15_500)));
        assert!(jo.commitment_end.is_some());
        let sn: Contract = s.line("cust-sn-awa", "line-sn-awa-1").await.contract;
        assert_eq!((sn.payment, sn.currency.as_str(), sn.monthly_price, sn.period_price), (Payment::Prepaid, "XOF", None, Some(5_000)));
        let balance = sn.prepaid_balance.unwrap();
        assert_eq!(balance.amount, 2_750);
        assert_eq!(balance.expires_on, "2026-12-07");
    })
    .await;
}

/// Another customer's line is refused, and not told apart from a line that does not exist.
#[tokio::test]
async fn another_customers_line_is_refused() {
    each_backend(|s| async move {
        let before = s.counts().await;
        let tomasz = s.token(TOMASZ);
        let theirs = s.call("usage", Some(&tomasz), &line_body("line-fr-camille-1")).await;
        assert_eq!(theirs.status, StatusCode::NOT_FOUND, "{}", theirs.json);
        assert_eq!(theirs.json["error"], "line-not-found");
        let unknown = s.call("usage", Some(&tomasz), &line_body("line-does-not-exist")).await;
        assert_eq!((unknown.status, &unknown.json), (theirs.status, &theirs.json));
        // A customer parameter is not a thing: only the token's customer is ever shown.
        let response: UsageResponse = s.as_customer(TOMASZ, "usage", "customer=cust-fr-camille").await;
        assert_eq!(response.profile.given_name, "Tomasz");
        assert!(response.line.unwrap().cycle.line_id.starts_with("line-pl-tomasz"));
        assert_eq!(s.counts().await, before);
    })
    .await;
}

#[tokio::test]
async fn missing_invalid_and_expired_tokens_are_401_with_an_error_id() {
    each_backend(|s| async move {
        for body in [String::new(), line_body("line-fr-camille-1")] {
            let function = "usage";
            let none = s.call(function, None, &body).await;
            assert_eq!((none.status, none.json["error"].as_str()), (StatusCode::UNAUTHORIZED, Some("unauthenticated")), "{function}({body})");
            let forged = s.call(function, Some("eyJhbGciOiJub25lIn0.eyJzdWIiOiJjdXN0LWZyLWNhbWlsbGUifQ."), &body).await;
            assert_eq!(forged.status, StatusCode::UNAUTHORIZED, "{function}");
        }
        // A token from another deployment's key.
        let dir = std::env::temp_dir().join(unique("other-key"));
        let other = Auth::demo(&dir, "selfcare-demo", "selfcare-widget").unwrap().issue_demo_token(CAMILLE, 60).unwrap();
        assert_eq!(s.call("usage", Some(&other), "").await.status, StatusCode::UNAUTHORIZED);
        std::fs::remove_dir_all(dir).ok();
        // A valid token for somebody the database does not know.
        let stranger = s.token("cust-nobody");
        assert_eq!(s.call("usage", Some(&stranger), "").await.json["error"], "unauthenticated");
    })
    .await;
}

#[tokio::test]
async fn bad_input_is_a_400_and_changes_nothing() {
    each_backend(|s| async move {
        let before = s.counts().await;
        let token = s.token(CAMILLE);
        let cases = [
            ("usage", "line_id=%20"),               // blank id
            ("usage", "line_id=a%20b"),             // not an id
            ("usage", "line_id=x%27%3B%20DROP%20TABLE%20lines%3B--"),
            ("usage", &*format!("line_id={}", "a".repeat(65))),
            ("usage", "line_id[x]=1"),              // a map where a text is expected
            ("usage", "line_id=%FF"),               // not UTF-8
        ];
        for (function, body) in cases {
            let answer = s.call(function, Some(&token), body).await;
            assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{function}({body}): {}", answer.json);
            assert_eq!(answer.json["error"], "bad-request", "{function}({body})");
        }
        let unknown_function = s.call("no-such-function", Some(&token), "").await;
        assert!(unknown_function.status.is_client_error());
        assert_eq!(s.counts().await, before);
    })
    .await;
}

#[tokio::test]
async fn ingest_updates_daily_rollups_and_buckets_once_per_record() {
    each_backend(|s| async move {
        let storage = SqlStorage::new(s.db.clone());
        let before = s.cycle(CAMILLE, "line-fr-camille-2").await;
        let shared_before = before.buckets.iter().find(|b| b.is_shared).unwrap().used;
        let record = |id: &str, t: UsageType, amount: i64| UsageRecord {
            id: id.into(),
            line_id: "line-fr-camille-2".into(),
            day: TODAY.into(),
            usage_type: t,
            amount,
        };
        let batch = [record("r1", UsageType::Data, 1_000_000), record("r2", UsageType::Sms, 2)];
        assert_eq!(storage.ingest(&batch).await.unwrap(), 2);
        // Delivered again: nothing counted twice.
        assert_eq!(storage.ingest(&batch).await.unwrap(), 0);

        let after = s.cycle(CAMILLE, "line-fr-camille-2").await;
        let today_before = before.daily.last().unwrap();
        let today_after = after.daily.last().unwrap();
        assert_eq!(today_after.data_bytes, today_before.data_bytes + 1_000_000);
        assert_eq!(today_after.sms, today_before.sms + 2);
        let plan_data = |u: &UsageOverview| u.buckets.iter().find(|b| b.usage_type == UsageType::Data && !b.is_shared).unwrap().used;
        let shared_after = after.buckets.iter().find(|b| b.is_shared).unwrap().used;
        assert_eq!(plan_data(&after) + shared_after, plan_data(&before) + shared_before + 1_000_000);

        // A batch with a record for an unknown line writes nothing at all.
        let counts = s.counts().await;
        let bad = [record("r3", UsageType::Data, 5), UsageRecord { line_id: "line-unknown".into(), ..record("r4", UsageType::Data, 5) }];
        assert!(storage.ingest(&bad).await.is_err());
        assert_eq!(s.counts().await, counts);
    })
    .await;
}

#[tokio::test]
async fn health_readiness_metrics_and_cors() {
    each_backend(|s| async move {
        let get = |path: &str, origin: Option<&str>| {
            let mut r = Request::get(path);
            if let Some(o) = origin {
                r = r.header(header::ORIGIN, o);
            }
            r.body(Body::empty()).unwrap()
        };
        assert_eq!(s.send(get("/healthz", None)).await.status, StatusCode::OK);
        assert_eq!(s.send(get("/readyz", None)).await.status, StatusCode::OK);
        let _: UsageResponse = s.as_customer(CAMILLE, "usage", "").await;
        let metrics = s.send(get("/metrics", None)).await;
        let text = metrics.json.as_str().unwrap().to_owned();
        assert!(text.contains("selfcare_http_requests_total{route=\"/api/v1/usage\""), "{text}");
        assert!(text.contains("selfcare_http_request_duration_seconds_bucket"), "{text}");
        assert!(text.contains("selfcare_db_pool_connections"), "{text}");

        let allowed = s.send(get("/healthz", Some("http://host.test"))).await;
        assert_eq!(allowed.headers[header::ACCESS_CONTROL_ALLOW_ORIGIN], "http://host.test");
        let other = s.send(get("/healthz", Some("http://evil.test"))).await;
        assert!(other.headers.get(header::ACCESS_CONTROL_ALLOW_ORIGIN).is_none());
        let preflight = Request::builder()
            .method("OPTIONS")
            .uri("/api/v1/usage")
            .header(header::ORIGIN, "http://host.test")
            .header(header::ACCESS_CONTROL_REQUEST_METHOD, "POST")
            .header(header::ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type")
            .body(Body::empty())
            .unwrap();
        let answer = s.send(preflight).await;
        assert!(answer.status.is_success());
        assert!(answer.headers[header::ACCESS_CONTROL_ALLOW_HEADERS].to_str().unwrap().contains("authorization"));
        assert!(allowed.headers.contains_key("x-request-id"));

        let token = s.send(get("/demo/token?customer=cust-fr-camille", None)).await;
        assert_eq!(token.status, StatusCode::OK);
        assert_eq!(s.auth.verify(token.json["token"].as_str().unwrap()).unwrap().sub, CAMILLE);
        assert_eq!(s.send(get("/demo/token?customer=cust-nobody", None)).await.status, StatusCode::NOT_FOUND);
    })
    .await;
}

/// The server keeps no customer state in memory: a second server on the same database (its own
/// pool, the same keys) sees at once what the first one recorded.
#[tokio::test]
async fn two_servers_on_one_database_serve_the_same_customers() {
    each_backend(|first| async move {
        let second_db = Db::connect(&first.url, 4).await.unwrap();
        let config = Config { today: Some(TODAY.parse().unwrap()), data_dir: first.dir.clone(), ..Config::default() };
        let auth = Auth::demo(&first.dir, "selfcare-demo", "selfcare-widget").unwrap();
        let second = router(AppState::new(second_db.clone(), auth, config));

        let token = first.token(CAMILLE);
        let ask = |app: Router| {
            let token = token.clone();
            async move {
                let request = server_fn_request("usage", Some(&token), &line_body("line-fr-camille-2"));
                let response = app.oneshot(request).await.unwrap();
                assert_eq!(response.status(), StatusCode::OK);
                let bytes = response.into_body().collect().await.unwrap().to_bytes();
                serde_json::from_slice::<UsageResponse>(&bytes).unwrap().line.unwrap().cycle
            }
        };
        let before = ask(second.clone()).await;
        assert_eq!(before, ask(first.app.clone()).await);
        // Usage recorded through the first server's storage is seen by the second at once.
        let record = UsageRecord {
            id: "two-servers-1".into(),
            line_id: "line-fr-camille-2".into(),
            day: TODAY.into(),
            usage_type: UsageType::Sms,
            amount: 3,
        };
        SqlStorage::new(first.db.clone()).ingest(&[record]).await.unwrap();
        let after = ask(second).await;
        assert_eq!(after.daily.last().unwrap().sms, before.daily.last().unwrap().sms + 3);
        second_db.pool.close().await;
    })
    .await;
}
