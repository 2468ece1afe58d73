//! Helpers for the server tests: a server on a fresh, seeded database of each backend (SQLite,
//! and PostgreSQL when `SELFCARE_TEST_POSTGRES_URL` is set), requests as the widget sends them.
//! Each test runs the same checks on every backend through [`each_backend`].

#![allow(dead_code)]

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use selfcare_server_fns::api::{ApiError, LineUsage, UsageOverview, UsageResponse};
use selfcare_server_fns::server::auth::Auth;
use selfcare_server_fns::server::config::Config;
use selfcare_server_fns::server::db::{Backend, Db};
use selfcare_server_fns::{seed, server::router, server::AppState};
use serde_json::Value;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use tower::ServiceExt;

pub const TODAY: &str = "2026-11-26";
pub const CAMILLE: &str = "cust-fr-camille";
pub const TOMASZ: &str = "cust-pl-tomasz";

pub struct TestServer {
    pub app: Router,
    pub auth: Arc<Auth>,
    pub db: Db,
    /// The database URL and the data folder (keys), for a second server on the same data.
    pub url: String,
    pub dir: std::path::PathBuf,
    pub state: AppState,
    pub _guard: DbGuard,
    /// On the TMF pair: the operator's stand-in this server calls over HTTP.
    pub bss: Option<Box<TestServer>>,
}

/// Drops the PostgreSQL test database (or the SQLite folder) at the end of a test.
pub struct DbGuard {
    pub drop_database: Option<(String, String)>,
    pub dir: std::path::PathBuf,
}

impl Drop for DbGuard {
    fn drop(&mut self) {
        if let Some((admin_url, name)) = self.drop_database.take() {
            // Best effort, on a runtime of its own: the test's runtime is shutting down.
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .unwrap();
                rt.block_on(async {
                    sqlx::any::install_default_drivers();
                    if let Ok(pool) = sqlx::AnyPool::connect(&admin_url).await {
                        let _ =
                            sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                                .execute(&pool)
                                .await;
                    }
                });
            })
            .join();
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

pub static COUNTER: AtomicU32 = AtomicU32::new(0);

pub fn unique(prefix: &str) -> String {
    format!(
        "{prefix}_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst)
    )
}

pub async fn start(backend: Backend) -> TestServer {
    // A failing test shows what the server logged (a storage error's cause, say).
    let _ = tracing_subscriber::fmt()
        .with_test_writer()
        .with_env_filter(std::env::var("RUST_LOG").unwrap_or_else(|_| "warn".into()))
        .try_init();
    let name = unique("selfcare_test");
    let dir = std::env::temp_dir().join(&name);
    let (url, drop_database) = match backend {
        Backend::Sqlite => (
            format!("sqlite://{}/selfcare.db?mode=rwc", dir.display()),
            None,
        ),
        Backend::Postgres => {
            let admin_url = std::env::var("SELFCARE_TEST_POSTGRES_URL").unwrap();
            sqlx::any::install_default_drivers();
            let admin = sqlx::AnyPool::connect(&admin_url)
                .await
                .expect("PostgreSQL reachable");
            sqlx::query(&format!("CREATE DATABASE {name}"))
                .execute(&admin)
                .await
                .unwrap();
            admin.close().await;
            let base = admin_url
                .rsplit_once('/')
                .map_or(admin_url.as_str(), |(b, _)| b)
                .to_owned();
            (format!("{base}/{name}"), Some((admin_url, name.clone())))
        }
    };
    let guard = DbGuard {
        drop_database,
        dir: dir.clone(),
    };
    let db = Db::connect(&url, 8).await.expect("database");
    assert_eq!(db.backend, backend);
    seed::seed(&db, TODAY.parse().unwrap(), 0)
        .await
        .expect("seed");
    let auth = Auth::demo(&dir, "selfcare-demo", "selfcare-widget").unwrap();
    let config = Config {
        today: Some(TODAY.parse().unwrap()),
        demo: true,
        allowed_origins: vec!["http://host.test".into()],
        data_dir: dir,
        ..Config::default()
    };
    let state = AppState::new(db.clone(), auth, config);
    if backend == Backend::Postgres {
        // As the server binary does: news from PostgreSQL's NOTIFY to this state's streams.
        tokio::spawn(selfcare_server_fns::chat::domain::listen(
            url.clone(),
            state.hub.clone(),
        ));
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    TestServer {
        app: router(state.clone()),
        auth: state.auth.clone(),
        db,
        url,
        dir: state.config.data_dir.clone(),
        state,
        _guard: guard,
        bss: None,
    }
}

/// The TMF client's demo credentials (`seed::partners`).
pub const TMF_CLIENT: (&str, &str) = ("selfcare-tmf", "selfcare-tmf-demo-secret");

/// The TMF pair: a SQL server serving its data as TMF Open APIs on a real port (the operator's
/// stand-in), and the widget's server on the `tmf` backend calling it, on one business clock.
/// `db` is the stand-in's database, where customers' data lives; the widget's own database
/// (conversations, voucher failures, country rules) is `state.db`.
pub async fn start_tmf_pair() -> TestServer {
    let bss = start(Backend::Sqlite).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let app = bss.app.clone();
    tokio::spawn(async move {
        axum::serve(
            listener,
            app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
        )
        .await
    });
    let own = start(Backend::Sqlite).await;
    own.on_tmf(bss, &url)
}

impl TestServer {
    /// This server on the `tmf` backend, calling `bss` at `url`, on its clock.
    pub fn on_tmf(mut self, bss: TestServer, url: &str) -> TestServer {
        let mut config = (*self.state.config).clone();
        config.backend = selfcare_server_fns::server::config::BackendKind::Tmf;
        config.tmf_url = Some(url.to_owned());
        config.tmf_token_url = Some(format!("{url}/oauth/token"));
        config.tmf_client_id = Some(TMF_CLIENT.0.into());
        config.tmf_client_secret = Some(TMF_CLIENT.1.into());
        let client = Arc::new(
            selfcare_server_fns::tmf::client::TmfClient::new(
                &config,
                self.state.storage.clone(),
                self.state.shops.clone(),
            )
            .unwrap(),
        );
        let mut state = self
            .state
            .clone()
            .with_storage(client.clone())
            .with_shops(client);
        state.config = Arc::new(config);
        state.clock = bss.state.clock.clone();
        self.app = router(state.clone());
        self.state = state;
        self.db = bss.db.clone();
        self.url = bss.url.clone();
        self.bss = Some(Box::new(bss));
        self
    }
}

/// Runs `check` on SQLite, then on PostgreSQL if configured (saying so when it is not), then
/// through the TMF pair ([`start_tmf_pair`]).
pub async fn each_backend_and_tmf<F, Fut>(check: F)
where
    F: Fn(TestServer) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    each_backend(&check).await;
    check(start_tmf_pair().await).await;
}

/// Runs `check` on SQLite, then on PostgreSQL if configured (saying so when it is not).
pub async fn each_backend<F, Fut>(check: F)
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

pub struct Answer {
    pub status: StatusCode,
    pub json: Value,
    pub body: String,
    pub headers: axum::http::HeaderMap,
}

impl TestServer {
    /// Moves this server's business clock ahead (its clock starts at 10:00 UTC on `TODAY`):
    /// "24 hours later" without editing a row.
    pub fn advance(&self, by: std::time::Duration) {
        assert!(
            self.state.clock.advance(by),
            "the test server's clock is fixed"
        );
    }

    /// The server's business clock.
    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.state.clock.now()
    }

    pub fn token(&self, customer: &str) -> String {
        self.auth.issue_demo_token(customer, 300).unwrap()
    }

    pub async fn send(&self, request: Request<Body>) -> Answer {
        let response = self.app.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        let body = String::from_utf8_lossy(&bytes).into_owned();
        let json = serde_json::from_slice(&bytes).unwrap_or(Value::String(body.clone()));
        if status.is_client_error() || status.is_server_error() {
            // The widget reads errors with miniserde: every error body must decode.
            if let Ok(error) = serde_json::from_str::<ApiError>(&body) {
                assert_eq!(
                    miniserde::json::from_str::<ApiError>(&body).ok(),
                    Some(error),
                    "{body}"
                );
            }
        }
        Answer {
            status,
            json,
            body,
            headers,
        }
    }

    /// Calls a server function as the widget does.
    pub async fn call(&self, name: &str, token: Option<&str>, body: &str) -> Answer {
        self.send(server_fn_request(name, token, body)).await
    }

    /// A successful answer, decoded as the server wrote it (serde_json) and as the widget
    /// reads it (miniserde): both must agree.
    pub async fn as_customer<T>(&self, customer: &str, name: &str, body: &str) -> T
    where
        T: serde::de::DeserializeOwned + miniserde::Deserialize + PartialEq + std::fmt::Debug,
    {
        let answer = self.call(name, Some(&self.token(customer)), body).await;
        assert_eq!(
            answer.status,
            StatusCode::OK,
            "{name}({body}) as {customer}: {}",
            answer.json
        );
        let read: T = serde_json::from_value(answer.json).unwrap();
        let widget: T =
            miniserde::json::from_str(&answer.body).expect("the widget cannot read the answer");
        assert_eq!(widget, read);
        read
    }

    pub async fn count(&self, table: &str) -> i64 {
        sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
            .fetch_one(&self.db.pool)
            .await
            .unwrap()
    }

    pub async fn counts(&self) -> Vec<i64> {
        let mut out = Vec::new();
        for table in [
            "customers",
            "lines",
            "buckets",
            "bucket_lines",
            "usage_records",
            "usage_daily",
        ] {
            out.push(self.count(table).await);
        }
        let used: i64 =
            sqlx::query_scalar("SELECT CAST(COALESCE(SUM(used), 0) AS BIGINT) FROM buckets")
                .fetch_one(&self.db.pool)
                .await
                .unwrap();
        out.push(used);
        out
    }
}

/// A server-function call as the widget sends it: form-encoded arguments, JSON accepted.
pub fn server_fn_request(name: &str, token: Option<&str>, body: &str) -> Request<Body> {
    let mut request = Request::post(format!("/api/v1/{name}"))
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, "application/json");
    if let Some(token) = token {
        request = request.header(header::AUTHORIZATION, format!("Bearer {token}"));
    }
    request.body(Body::from(body.to_owned())).unwrap()
}

pub fn line_body(line: &str) -> String {
    format!("line_id={line}")
}

impl TestServer {
    /// The usage view of one of `customer`'s lines.
    pub async fn line(&self, customer: &str, line: &str) -> LineUsage {
        let response: UsageResponse = self.as_customer(customer, "usage", &line_body(line)).await;
        let usage = response.line.expect("a line");
        assert_eq!(usage.cycle.line_id, line);
        usage
    }
    pub async fn cycle(&self, customer: &str, line: &str) -> UsageOverview {
        self.line(customer, line).await.cycle
    }
}

impl TestServer {
    /// A second server on the same database whose calendar says `day`.
    pub async fn on_day(&self, day: &str) -> TestServer {
        let db = Db::connect(&self.url, 4).await.unwrap();
        let config = Config {
            today: Some(day.parse().unwrap()),
            demo: true,
            data_dir: self.dir.clone(),
            ..Config::default()
        };
        let auth = Auth::demo(&self.dir, "selfcare-demo", "selfcare-widget").unwrap();
        let state = AppState::new(db.clone(), auth, config);
        let guard = DbGuard {
            drop_database: None,
            dir: std::env::temp_dir().join(unique("unused")),
        };
        TestServer {
            app: router(state.clone()),
            auth: state.auth.clone(),
            db,
            url: self.url.clone(),
            dir: self.dir.clone(),
            state,
            _guard: guard,
            bss: None,
        }
    }

    /// A failing call: its status and error id.
    pub async fn refused(&self, customer: &str, name: &str, body: &str) -> (StatusCode, String) {
        let answer = self.call(name, Some(&self.token(customer)), body).await;
        assert!(
            !answer.status.is_success(),
            "{name}({body}) as {customer} succeeded: {}",
            answer.body
        );
        (
            answer.status,
            answer.json["error"].as_str().unwrap_or_default().to_owned(),
        )
    }
}
