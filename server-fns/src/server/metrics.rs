//! Prometheus metrics: request counts and latency histograms per route (each server function
//! is its own route), and the database pool.

use axum::extract::{MatchedPath, Request};
use axum::middleware::Next;
use axum::response::Response;
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use std::sync::OnceLock;
use std::time::Instant;

/// The process-wide recorder (the `metrics` facade has one global recorder).
pub fn handle() -> PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE
        .get_or_init(|| {
            let recorder = PrometheusBuilder::new()
                .set_buckets_for_metric(
                    Matcher::Suffix("duration_seconds".into()),
                    &[
                        0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
                    ],
                )
                .expect("bucket list is not empty")
                .build_recorder();
            let handle = recorder.handle();
            // Fails only if another recorder is installed; then that one gets the metrics.
            let _ = metrics::set_global_recorder(recorder);
            handle
        })
        .clone()
}

/// Middleware: counts and times every request by route.
pub async fn track(request: Request, next: Next) -> Response {
    let route = route_label(&request);
    let method = request.method().as_str().to_owned();
    let started = Instant::now();
    let response = next.run(request).await;
    let status = response.status().as_u16().to_string();
    let labels = [("route", route), ("method", method), ("status", status)];
    metrics::counter!("selfcare_http_requests_total", &labels).increment(1);
    metrics::histogram!("selfcare_http_request_duration_seconds", &labels[..2])
        .record(started.elapsed().as_secs_f64());
    response
}

/// A bounded label: server functions by name, other routes by their pattern.
fn route_label(request: &Request) -> String {
    let path = request.uri().path();
    // A route of its own under the prefix (the chat's stream, the countries) by its pattern.
    if let Some(matched) = request
        .extensions()
        .get::<MatchedPath>()
        .filter(|m| !m.as_str().contains('*'))
    {
        return matched.as_str().to_owned();
    }
    if let Some(name) = path.strip_prefix(crate::api::API_PREFIX) {
        let known = server_fn::axum::server_fn_paths().any(|(p, _)| p == path);
        return if known {
            format!("{}{name}", crate::api::API_PREFIX)
        } else {
            "api-unknown".into()
        };
    }
    match request.extensions().get::<MatchedPath>() {
        Some(matched) => matched.as_str().to_owned(),
        None => "other".into(),
    }
}

pub fn record_pool(db: &crate::server::db::Db) {
    metrics::gauge!("selfcare_db_pool_connections").set(f64::from(db.pool.size()));
    metrics::gauge!("selfcare_db_pool_idle_connections").set(db.pool.num_idle() as f64);
}
