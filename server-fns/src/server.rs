//! The server's plumbing, compiled only with the `ssr` feature (nothing here reaches the
//! widget): the router and its state ([`app`]), the request contexts ([`context`]), identity
//! ([`auth`]), configuration, metrics, the business clock, the database connection, the one
//! error type ([`error`]), argument validation, and the text folding and opening hours the
//! features share. Each feature's domain logic lives with its server functions
//! (`crate::<feature>::…`); the demo's data in `crate::seed`.

pub mod app;
pub mod auth;
pub mod clock;
pub mod config;
pub mod context;
pub mod db;
pub mod error;
pub mod hours;
pub mod metrics;
pub mod text;
pub mod validate;

pub use app::{router, AppState};
