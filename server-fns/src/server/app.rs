//! The HTTP application: server functions under `/api/v1`, the widget under `/widget/`, the
//! example pages, health, readiness and metrics, and (demo mode) demo sign-in.

use crate::api::ApiError;
use crate::server::auth::Auth;
use crate::server::clock::Clock;
use crate::server::config::Config;
use crate::server::db::Db;
use crate::usage::storage::{SqlStorage, Storage};
use axum::body::Body;
use axum::extract::{Path, Query, Request, State};
use axum::http::{header, HeaderName, HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use leptos::prelude::provide_context;
use serde::Deserialize;
use std::sync::Arc;
use std::time::Duration;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

/// Everything a request handler needs; cheap to clone. Holds no customer state: any number of
/// server processes can serve the same customers from one PostgreSQL.
#[derive(Clone)]
pub struct AppState {
    pub storage: Arc<dyn Storage>,
    /// The shops, their stock and the reservations.
    pub shops: Arc<dyn crate::stores::storage::Shops>,
    pub auth: Arc<Auth>,
    pub clock: Clock,
    pub config: Arc<Config>,
    pub db: Db,
    /// The chat assistant's trained model and data (read-only).
    pub assistant: Arc<crate::chat::domain::Assistant>,
    /// Tells this process's chat streams that a conversation has news.
    pub hub: crate::chat::domain::Hub,
    /// Chat rate limits, per conversation and per client address, in this process.
    pub limiter: Arc<crate::chat::domain::RateLimiter>,
}

impl AppState {
    pub fn new(db: Db, auth: Auth, config: Config) -> AppState {
        AppState {
            storage: Arc::new(SqlStorage::new(db.clone())),
            shops: Arc::new(crate::stores::storage::SqlShops::new(db.clone())),
            auth: Arc::new(auth),
            clock: Clock::from_config(config.today),
            config: Arc::new(config),
            db,
            assistant: Arc::new(crate::chat::domain::Assistant::new()),
            hub: crate::chat::domain::Hub::default(),
            limiter: Arc::default(),
        }
    }

    /// The same state on another backend of the customers' data (the `tmf` one).
    pub fn with_storage(mut self, storage: Arc<dyn Storage>) -> AppState {
        self.storage = storage;
        self
    }

    /// The same state with the shops, stock and reservations held elsewhere (the `tmf` backend).
    pub fn with_shops(mut self, shops: Arc<dyn crate::stores::storage::Shops>) -> AppState {
        self.shops = shops;
        self
    }
}

const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

pub fn router(state: AppState) -> Router {
    // Install the metrics recorder before the first request is counted.
    let _ = crate::server::metrics::handle();
    let config = state.config.clone();
    let api_state = state.clone();
    let api = Router::new()
        .route("/api/v1/chat/stream", get(chat_stream))
        .route("/api/v1/countries", get(countries))
        .route(
            "/api/{*name}",
            axum::routing::post(move |request: Request| server_fn(api_state.clone(), request)),
        );

    let mut app = Router::new()
        .merge(api)
        .route("/healthz", get(|| async { "ok" }))
        .route("/version", get(version))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
        .route("/.well-known/jwks.json", get(jwks))
        .route("/oauth/token", axum::routing::post(oauth_token))
        .route("/images/products/{file}", get(product_picture))
        .route("/embed", get(embed))
        .route("/go/{id}", get(open_phone_link))
        .route("/pair/{id}", get(open_pairing))
        .merge(
            Router::new()
                .nest_service(
                    "/widget",
                    ServeDir::new(&config.widget_dir)
                        .precompressed_br()
                        .precompressed_gzip(),
                )
                .layer(middleware::from_fn(widget_caching)),
        )
        // The advisors' console: its own application and bundle, same origin as the API.
        .nest_service(
            "/advisor",
            tower::ServiceBuilder::new()
                // The console is never framed: no other site can dress it up and catch an
                // advisor's clicks.
                .layer(SetResponseHeaderLayer::overriding(
                    header::CONTENT_SECURITY_POLICY,
                    HeaderValue::from_static("frame-ancestors 'none'"),
                ))
                .layer(SetResponseHeaderLayer::overriding(
                    header::X_FRAME_OPTIONS,
                    HeaderValue::from_static("DENY"),
                ))
                .service(
                    ServeDir::new(&config.advisor_dir)
                        .precompressed_br()
                        .precompressed_gzip(),
                ),
        );
    if config.demo {
        app = app.merge(crate::seed::routes::demo());
    }
    if config.demo || config.serve_tmf {
        // This server's data as TM Forum Open APIs, for clients with the `tmf` scope.
        app = app.merge(crate::tmf::serve::routes(crate::tmf::serve::Bss {
            storage: state.storage.clone(),
            shops: state.shops.clone(),
            auth: state.auth.clone(),
            clock: state.clock.clone(),
        }));
    }
    if let Some(examples) = &config.examples_dir {
        app = app
            .nest_service("/examples", ServeDir::new(examples))
            .route_service("/", ServeFile::new(examples.join("index.html")));
    }

    let origins: Vec<HeaderValue> = config
        .allowed_origins
        .iter()
        .filter_map(|o| o.parse().ok())
        .collect();
    let cors = CorsLayer::new()
        .allow_origin(AllowOrigin::list(origins))
        .allow_methods([Method::GET, Method::POST])
        .allow_headers([
            header::AUTHORIZATION,
            header::CONTENT_TYPE,
            header::ACCEPT,
            HeaderName::from_static("x-selfcare-customer"),
        ])
        .max_age(Duration::from_secs(600));

    if !config.demo && config.metrics_token.is_none() {
        tracing::warn!("/metrics is not served: set SELFCARE_METRICS_TOKEN to scrape it");
    }
    app.fallback(not_found)
        .layer(middleware::from_fn(json_errors))
        .layer(middleware::from_fn(crate::server::metrics::track))
        .layer(cors)
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(StatusCode::GATEWAY_TIMEOUT, Duration::from_secs(30)))
        .layer(PropagateRequestIdLayer::new(REQUEST_ID))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(|request: &Request<Body>| {
                    let id = request.headers().get(REQUEST_ID).and_then(|v| v.to_str().ok()).unwrap_or("");
                    tracing::info_span!("request", method = %request.method(), path = %request.uri().path(), request_id = %id)
                })
                // One line per answered request, with its status and latency, in the span above.
                .on_response(tower_http::trace::DefaultOnResponse::new().level(tracing::Level::INFO)),
        )
        .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid))
        .with_state(state)
}

async fn server_fn(state: AppState, request: Request) -> impl IntoResponse {
    leptos_axum::handle_server_fns_with_context(move || provide_context(state.clone()), request)
        .await
}

/// How long a browser keeps the widget's files: a build's folder (`app-<hash>/`,
/// `kiosk-<hash>/`) is named after its contents and never changes, so for good; the module
/// script (which names the current folders) and the messages are checked again each time.
/// The files are sent brotli- or gzip-compressed as the browser accepts: caches are told.
async fn widget_caching(request: Request, next: Next) -> Response {
    let folder = request
        .uri()
        .path()
        .strip_prefix("/widget/")
        .and_then(|p| p.split_once('/'))
        .map(|(folder, _)| folder);
    let immutable = folder.is_some_and(|f| f.starts_with("app-") || f.starts_with("kiosk-"));
    let mut response = next.run(request).await;
    if response.status().is_success() || response.status() == StatusCode::NOT_MODIFIED {
        let value = if immutable {
            "public, max-age=31536000, immutable"
        } else {
            "no-cache"
        };
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
        response
            .headers_mut()
            .append(header::VARY, HeaderValue::from_static("accept-encoding"));
    }
    response
}

/// An answer with one of the API's error ids, at the status that id stands for.
fn api_error(id: crate::api::ErrorId) -> Response {
    (
        StatusCode::from_u16(id.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
        Json(ApiError::from(id)),
    )
        .into_response()
}

async fn not_found() -> Response {
    json_error(StatusCode::NOT_FOUND)
}

/// `{"error": id}` for an HTTP-level refusal (no route, a body too large, a missing query
/// argument): the id the status stands for.
fn json_error(status: StatusCode) -> Response {
    let id = match status.as_u16() {
        401 => "unauthenticated",
        403 => "forbidden",
        404 | 410 => "not-found",
        405 => "method-not-allowed",
        408 => "timeout",
        409 => "conflict",
        413 => "too-large",
        429 => "rate-limited",
        400..=499 => "bad-request",
        502..=504 => "unavailable",
        _ => "internal",
    };
    (status, Json(serde_json::json!({ "error": id }))).into_response()
}

/// Every error answer is JSON with an id: what axum, tower-http or a file service answer in
/// plain text (an unknown route, a malformed query, a body too large) is replaced by the id
/// its status stands for. Answers that are JSON already, and pages written for people (an
/// expired link opened on a phone), are left as they are.
async fn json_errors(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let status = response.status();
    let kind = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let written = kind.starts_with("application/json") || kind.starts_with("text/html");
    if (status.is_client_error() || status.is_server_error()) && !written {
        // The same answer (its other headers kept: `Allow`, `Retry-After`, a CSP) with the body
        // replaced.
        let (mut parts, _) = response.into_parts();
        let (json, body) = json_error(status).into_parts();
        parts.headers.remove(header::CONTENT_LENGTH);
        parts.headers.insert(
            header::CONTENT_TYPE,
            json.headers[header::CONTENT_TYPE].clone(),
        );
        return Response::from_parts(parts, body);
    }
    response
}

/// `GET /api/v1/countries` (public): the countries served, each with its languages (the
/// default first), currency and its decimals, time zones, calling code and plan-change rules,
/// so that a host can check a `country` attribute. The same for everyone; it changes with a
/// deployment only.
async fn countries() -> Response {
    let body = Json(serde_json::json!({ "countries": crate::countries::all() }));
    (
        [(axum::http::header::CACHE_CONTROL, "public, max-age=3600")],
        body,
    )
        .into_response()
}

/// What is running: a small JSON answer (also the benchmarks' baseline route).
async fn version() -> Json<serde_json::Value> {
    Json(
        serde_json::json!({ "name": "selfcare-server", "version": env!("CARGO_PKG_VERSION"), "api": crate::api::API_PREFIX }),
    )
}

/// Ready when this server's database answers (503 otherwise). On the `tmf` backend, the
/// operator's systems being unreachable (or the breaker open) is reported, `degraded`, but
/// not a reason to take the server out of service: every replica shares that outage, and only
/// a server that answers can tell customers the service is unavailable.
async fn readyz(State(state): State<AppState>) -> Response {
    match state.storage.ping().await {
        Ok(()) => "ready".into_response(),
        Err(err @ crate::server::error::Error::Backend(_)) => {
            tracing::warn!(error = %err, "the operator's systems are unreachable");
            Json(serde_json::json!({ "status": "degraded", "unreachable": "operator" }))
                .into_response()
        }
        Err(err) => {
            tracing::warn!(error = %err, "not ready");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(serde_json::json!({ "error": "unavailable", "unreachable": "database" })),
            )
                .into_response()
        }
    }
}

/// Prometheus metrics: with `metrics_token` set, for whoever sends it; without one, in demo
/// mode only.
async fn metrics(State(state): State<AppState>, headers: axum::http::HeaderMap) -> Response {
    use sha2::{Digest, Sha256};
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    match (&state.config.metrics_token, given) {
        // Digests compared, so the time taken says nothing of how much of the token matched.
        (Some(token), Some(given))
            if Sha256::digest(token.as_bytes()) == Sha256::digest(given.as_bytes()) => {}
        (Some(_), _) => return api_error(crate::api::ErrorId::Unauthenticated),
        (None, _) if state.config.demo => {}
        (None, _) => return not_found().await,
    }
    crate::server::metrics::record_pool(&state.db);
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        crate::server::metrics::handle().render(),
    )
        .into_response()
}

async fn jwks(State(state): State<AppState>) -> Json<jsonwebtoken::jwk::JwkSet> {
    Json(state.auth.jwks().clone())
}

/// A product's picture (`/images/products/<id>.svg`), cacheable for a day.
async fn product_picture(
    State(state): State<AppState>,
    axum::extract::Path(file): axum::extract::Path<String>,
) -> Response {
    let id = file.strip_suffix(".svg").unwrap_or("");
    if crate::server::validate::id(id).is_err() {
        return StatusCode::NOT_FOUND.into_response();
    }
    match crate::stores::sql::product_kind(&state.db, id).await {
        Ok(Some((kind, brand))) => (
            [
                (header::CONTENT_TYPE, "image/svg+xml"),
                (header::CACHE_CONTROL, "public, max-age=86400"),
            ],
            crate::stores::domain::picture(&kind, &brand),
        )
            .into_response(),
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(err) => {
            err.log();
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

#[derive(Deserialize)]
struct StreamQuery {
    conversation: String,
    key: String,
    #[serde(default)]
    after: i64,
}

/// Counts the open chat streams of this process (`selfcare_chat_streams`).
struct StreamGauge;

impl StreamGauge {
    fn new() -> StreamGauge {
        metrics::gauge!("selfcare_chat_streams").increment(1.0);
        StreamGauge
    }
}

impl Drop for StreamGauge {
    fn drop(&mut self) {
        metrics::gauge!("selfcare_chat_streams").decrement(1.0);
    }
}

/// `GET /api/v1/chat/stream?conversation=…&key=…&after=<seq>`: the conversation's messages
/// after `after` (or the `Last-Event-ID` a reconnecting `EventSource` sends), then each new
/// one as it is written, as Server-Sent Events (`event: message`, `id: <seq>`, JSON data),
/// each batch followed by `event: state` with the conversation's state, and `event: typing`
/// (the advisor's name) while an advisor types. The database is read
/// for every batch, so a dropped connection resumes exactly after the last message it got.
async fn chat_stream(
    State(state): State<AppState>,
    Query(q): Query<StreamQuery>,
    headers: axum::http::HeaderMap,
    request: Request,
) -> Response {
    use crate::chat::domain as chat;
    use axum::response::sse::{Event, KeepAlive, Sse};
    let address = crate::server::context::client_address(request.extensions());
    if !state.limiter.allow(
        &format!("a:{address}"),
        state.config.chat_requests_per_minute,
    ) {
        return api_error(crate::api::ErrorId::RateLimited);
    }
    let Ok(id) = crate::server::validate::id(&q.conversation).map(str::to_owned) else {
        return api_error(crate::api::ErrorId::BadRequest);
    };
    if let Err(error) = chat::for_stream(&state.db, &id, &q.key).await {
        return api_error(ApiError::from(error).error);
    }
    let resume = headers
        .get("last-event-id")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<i64>().ok());
    let last = resume.unwrap_or(q.after).max(0);
    let receiver = state.hub.subscribe();
    struct Cursor {
        state: AppState,
        id: String,
        last: i64,
        receiver: tokio::sync::broadcast::Receiver<String>,
        closing: tokio::sync::watch::Receiver<bool>,
        pending: std::collections::VecDeque<Event>,
        _gauge: StreamGauge,
    }
    let closing = state.hub.closing();
    let cursor = Cursor {
        state,
        id,
        last,
        receiver,
        closing,
        pending: Default::default(),
        _gauge: StreamGauge::new(),
    };
    let stream = futures_util::stream::unfold(cursor, |mut c| async move {
        loop {
            if let Some(event) = c.pending.pop_front() {
                return Some((Ok::<Event, std::convert::Infallible>(event), c));
            }
            match chat::after(&c.state.db, &c.id, c.last).await {
                Ok(messages) if !messages.is_empty() => {
                    for m in &messages {
                        c.last = m.seq;
                        if let Ok(event) = Event::default()
                            .event("message")
                            .id(m.seq.to_string())
                            .json_data(m)
                        {
                            c.pending.push_back(event);
                        }
                    }
                    match chat::current_state(&c.state.db, &c.id).await {
                        Ok(Some(s)) => c
                            .pending
                            .push_back(Event::default().event("state").data(chat::state_id(s))),
                        Ok(None) => {}
                        Err(err) => err.log(),
                    }
                    continue;
                }
                Ok(_) => {}
                Err(err) => err.log(),
            }
            // Wait for news of this conversation; poll anyway now and then, in case a
            // notification was missed (a listener reconnecting).
            let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
            loop {
                if *c.closing.borrow() {
                    return None;
                }
                tokio::select! {
                    news = tokio::time::timeout_at(deadline, c.receiver.recv()) => match news {
                        // Someone typing here: said at once, never stored.
                        Ok(Ok(news)) if news.starts_with("typing\t") => {
                            let mut parts = news.splitn(3, '\t').skip(1);
                            if parts.next() == Some(c.id.as_str()) {
                                let event = Event::default().event("typing").data(parts.next().unwrap_or_default());
                                return Some((Ok(event), c));
                            }
                            continue;
                        }
                        Ok(Ok(news)) if news != c.id => continue,
                        Ok(Err(tokio::sync::broadcast::error::RecvError::Closed)) => return None,
                        _ => break,
                    },
                    _ = c.closing.changed() => return None,
                }
            }
        }
    });
    Sse::new(stream)
        .keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
        .into_response()
}

#[derive(Deserialize)]
struct TokenRequest {
    grant_type: String,
    client_id: Option<String>,
    client_secret: Option<String>,
    scope: Option<String>,
}

/// `POST /oauth/token` (RFC 6749 §4.4, client credentials): a partner's backend exchanges its
/// client id and secret (HTTP Basic, or in the form) for a 15-minute partner token with the
/// scopes asked for (all of the client's when none).
async fn oauth_token(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    extensions: axum::http::Extensions,
    form: Result<axum::Form<TokenRequest>, axum::extract::rejection::FormRejection>,
) -> Response {
    use base64::engine::general_purpose::STANDARD;
    use base64::Engine;
    const TTL: u64 = 15 * 60;
    // Failed client authentications an address may make in a minute before it is slowed down.
    const FAILURES_PER_ADDRESS: u32 = 10;
    let oauth_error = |status: StatusCode, error: &str| {
        (
            status,
            [(header::CACHE_CONTROL, "no-store")],
            Json(serde_json::json!({ "error": error })),
        )
            .into_response()
    };
    // Not a form, a form without `grant_type`, a body too large: RFC 6749's malformed request.
    let Ok(axum::Form(form)) = form else {
        return oauth_error(StatusCode::BAD_REQUEST, "invalid_request");
    };
    if form.grant_type != "client_credentials" {
        return oauth_error(StatusCode::BAD_REQUEST, "unsupported_grant_type");
    }
    let authorization = headers.get(header::AUTHORIZATION);
    let basic = authorization
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Basic "))
        .and_then(|b| STANDARD.decode(b).ok())
        .and_then(|b| String::from_utf8(b).ok())
        .and_then(|s| s.split_once(':').map(|(i, p)| (i.to_owned(), p.to_owned())));
    let in_form = form.client_id.is_some() || form.client_secret.is_some();
    // One way of authenticating per request (RFC 6749 §2.3), and a header that says Basic
    // must be readable.
    if (authorization.is_some() && in_form) || (authorization.is_some() && basic.is_none()) {
        return oauth_error(StatusCode::BAD_REQUEST, "invalid_request");
    }
    let Some((client_id, secret)) =
        basic.or_else(|| form.client_id.clone().zip(form.client_secret.clone()))
    else {
        return oauth_error(StatusCode::BAD_REQUEST, "invalid_request");
    };
    // Wrong secrets slow down the address they come from, never the client: anyone could
    // otherwise lock a partner out by sending its id with wrong secrets. The client's failures
    // are counted for the logs.
    let address = crate::server::context::client_address(&extensions);
    let failures = format!("oauth-failed:{address}");
    if state.limiter.count(&failures) >= FAILURES_PER_ADDRESS {
        return oauth_error(StatusCode::TOO_MANY_REQUESTS, "slow_down");
    }
    let refused = |client_id: &str| {
        state.limiter.allow(&failures, FAILURES_PER_ADDRESS);
        if !state
            .limiter
            .allow(&format!("oauth-failed-client:{client_id}"), 30)
        {
            tracing::warn!(client = %client_id, "many failed authentications for this client");
        }
    };
    match crate::partners::domain::client_credentials(&state.db, &client_id, &secret, form.scope.as_deref()).await {
        Ok(Ok((partner, scope))) => match state.auth.issue_partner_token(&partner, &scope, TTL) {
            Some(token) => (
                [(header::CACHE_CONTROL, "no-store")],
                Json(serde_json::json!({ "access_token": token, "token_type": "Bearer", "expires_in": TTL, "scope": scope })),
            )
                .into_response(),
            None => oauth_error(StatusCode::SERVICE_UNAVAILABLE, "temporarily_unavailable"),
        },
        Ok(Err(crate::partners::domain::GrantError::InvalidClient)) => {
            refused(&client_id);
            oauth_error(StatusCode::UNAUTHORIZED, "invalid_client")
        }
        Ok(Err(crate::partners::domain::GrantError::InvalidScope)) => oauth_error(StatusCode::BAD_REQUEST, "invalid_scope"),
        Err(err) => {
            err.log();
            oauth_error(StatusCode::SERVICE_UNAVAILABLE, "temporarily_unavailable")
        }
    }
}

/// A kiosk's "continue on your phone" link: to the site, with the view in its query (nothing
/// personal is in either); an expired or unknown link says so.
async fn open_phone_link(State(state): State<AppState>, Path(id): Path<String>) -> Response {
    if crate::server::validate::id(&id).is_err() {
        return link_gone();
    }
    match crate::kiosk::domain::open_link(&state.db, &id, state.clock.now()).await {
        Ok(Some(target)) => {
            let mut query = vec![("selfcare-view", target.view)];
            query.extend(target.store.map(|s| ("selfcare-store", s)));
            query.extend(target.product.map(|p| ("selfcare-product", p)));
            to_site(&state, &query)
        }
        Ok(None) => link_gone(),
        Err(err) => {
            err.log();
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

/// A kiosk's QR sign-in: to the site, where the signed-in customer approves it.
async fn open_pairing(State(state): State<AppState>, Path(id): Path<String>) -> Response {
    match crate::server::validate::id(&id) {
        Ok(id) => to_site(&state, &[("selfcare-pair", id.to_owned())]),
        Err(_) => link_gone(),
    }
}

fn to_site(state: &AppState, query: &[(&str, String)]) -> Response {
    let query: Vec<String> = query
        .iter()
        .map(|(k, v)| format!("{k}={}", url_escape(v)))
        .collect();
    let location = format!("{}?{}", state.config.site_url, query.join("&"));
    (
        StatusCode::SEE_OTHER,
        [
            (header::LOCATION, location),
            (header::CACHE_CONTROL, "no-store".into()),
        ],
    )
        .into_response()
}

fn url_escape(value: &str) -> String {
    value
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

fn link_gone() -> Response {
    let page = "<!doctype html><meta charset=utf-8><meta name=viewport content=\"width=device-width\"><title>Link expired</title><h1>This link has expired</h1><p>Ask the kiosk for a new one. / Ce lien a expiré. / انتهت صلاحية هذا الرابط.</p>";
    (
        StatusCode::GONE,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        page,
    )
        .into_response()
}

/// The widget alone in a page, for portals that embed it in an iframe (`widget/js/embed.js`
/// speaks postMessage with the host). Only the allowed origins may frame it.
async fn embed(State(state): State<AppState>) -> Response {
    const PAGE: &str = "<!doctype html><html><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Selfcare</title>\
        <script type=\"module\" src=\"/widget/selfcare-widget.js\"></script><script type=\"module\" src=\"/widget/embed.js\"></script></head>\
        <body><selfcare-widget mode=\"portal\"></selfcare-widget></body></html>";
    let ancestors: Vec<&str> = state
        .config
        .allowed_origins
        .iter()
        .map(String::as_str)
        .filter(|o| !o.contains([';', ',', ' ', '\'', '"']))
        .collect();
    let policy = format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: https:; connect-src 'self'; frame-ancestors 'self' {}",
        ancestors.join(" ")
    );
    (
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8".to_owned()),
            (header::CONTENT_SECURITY_POLICY, policy),
            (header::CACHE_CONTROL, "no-cache".to_owned()),
        ],
        PAGE,
    )
        .into_response()
}
