//! Demo mode only: signing in as a demo customer or advisor, and the text messages the demo
//! "sent", for the example pages and the advisors' console. Mounted under `/demo/` when
//! `demo` is on; they read the seed's customers and advisors, which nothing else does.

use crate::server::app::AppState;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::Deserialize;

/// The demo's sign-in routes.
pub fn demo() -> Router<AppState> {
    Router::new()
        .route("/demo/token", get(demo_token))
        .route("/demo/customers", get(demo_customers))
        .route("/demo/advisor-token", get(demo_advisor_token))
        .route("/demo/advisors", get(demo_advisors))
        .route("/demo/sms", get(demo_sms))
}

#[derive(Deserialize)]
struct TokenQuery {
    customer: String,
}

/// Demo mode only: a 15-minute token for a customer of the (seeded) database.
async fn demo_token(State(state): State<AppState>, Query(q): Query<TokenQuery>) -> Response {
    const TTL: u64 = 15 * 60;
    let known = match state.storage.customer(&q.customer).await {
        Ok(found) => found.is_some(),
        // The customers' data cannot be read now (the operator's systems are down, say): not
        // an unknown customer.
        Err(err) => {
            err.log();
            return (
                StatusCode::from_u16(err.id().status()).unwrap_or(StatusCode::SERVICE_UNAVAILABLE),
                Json(crate::api::ApiError { error: err.id() }),
            )
                .into_response();
        }
    };
    match state
        .auth
        .issue_demo_token(&q.customer, TTL)
        .filter(|_| known)
    {
        Some(token) => {
            Json(serde_json::json!({ "token": token, "expires_in": TTL })).into_response()
        }
        None => (
            StatusCode::NOT_FOUND,
            Json(serde_json::json!({ "error": "unknown-demo-customer" })),
        )
            .into_response(),
    }
}

#[derive(Deserialize)]
struct AdvisorQuery {
    advisor: String,
}

/// Demo mode only: an 8-hour token for a demo advisor, with their skills.
async fn demo_advisor_token(
    State(state): State<AppState>,
    Query(q): Query<AdvisorQuery>,
) -> Response {
    const TTL: u64 = 8 * 3600;
    let found = super::advisors::DEMO_ADVISORS
        .iter()
        .find(|(id, ..)| *id == q.advisor);
    match found.and_then(|(id, _, skills)| state.auth.issue_demo_advisor_token(id, skills, TTL)) {
        Some(token) => {
            Json(serde_json::json!({ "token": token, "expires_in": TTL })).into_response()
        }
        None => (
            StatusCode::NOT_FOUND,
            Json(serde_json::json!({ "error": "unknown-demo-advisor" })),
        )
            .into_response(),
    }
}

/// Demo mode only: the demo advisors, for the console's sign-in chooser.
async fn demo_advisors() -> Json<serde_json::Value> {
    let list: Vec<_> = super::advisors::DEMO_ADVISORS
        .iter()
        .map(|(id, name, s)| serde_json::json!({ "id": id, "name": name, "languages": s.languages, "countries": s.countries, "stores": s.stores }))
        .collect();
    Json(serde_json::Value::Array(list))
}

/// Demo mode only: who the example pages' "sign in as" chooser offers.
async fn demo_customers(State(state): State<AppState>) -> Json<serde_json::Value> {
    let mut customers = Vec::new();
    for c in super::demo_customers() {
        // The number of the customer's first line: the demo kiosk's sign-in needs it.
        let phone: Option<String> = sqlx::query_scalar(
            "SELECT msisdn FROM lines WHERE customer_id = $1 ORDER BY id LIMIT 1",
        )
        .bind(c.id.to_string())
        .fetch_optional(&state.db.pool)
        .await
        .ok()
        .flatten();
        customers.push(
            serde_json::json!({ "id": c.id, "name": c.given_name, "country": c.country,
            "locale": c.locale, "description": c.description, "phone": phone }),
        );
    }
    Json(serde_json::Value::Array(customers))
}

#[derive(Deserialize)]
struct SmsQuery {
    phone: String,
}

/// Demo mode only: the last text messages the demo backend "sent" to a number (E.164), so
/// that a demo can be signed in at a kiosk without a phone.
async fn demo_sms(State(state): State<AppState>, Query(q): Query<SmsQuery>) -> Response {
    match crate::kiosk::domain::sent_to(&state.db, q.phone.trim()).await {
        Ok(messages) => Json(serde_json::json!({ "messages": messages })).into_response(),
        Err(err) => {
            err.log();
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}
