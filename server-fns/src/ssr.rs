//! The server: configuration, storage, identity, domain logic, seed data and the HTTP app.
//! Compiled only with the `ssr` feature; nothing here reaches the widget.

pub mod advisor;
pub mod app;
pub mod auth;
pub mod catalogue;
pub mod chat;
pub mod chat_topup;
pub mod clock;
pub mod config;
pub mod context;
pub mod countries;
pub mod db;
pub mod error;
pub mod hours;
pub mod kiosk;
pub mod metrics;
pub mod nlu;
pub mod orders;
pub mod partners;
pub mod seed;
pub mod storage;
pub mod stores;
pub mod tariff;
pub mod text;
pub mod topup;
pub mod usage;
pub mod validate;

pub use app::{router, AppState};
