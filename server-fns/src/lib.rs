//! Server functions of the Selfcare widget and the API types they exchange.
//!
//! Without features this crate is what the widget links: the wire types ([`api`]) and the
//! server functions' paths and encodings ([`usage`], [`tariff`], [`codec`]); the widget speaks their wire
//! protocol with `fetch` (see `widget/src/api.rs`). With `ssr` it is also the server: axum,
//! sqlx, the domain logic and the seed ([`ssr`]).

pub mod advisor;
pub mod api;
pub mod chat;
pub mod codec;
pub mod kiosk;
pub mod partners;
pub mod stores;
pub mod tariff;
pub mod usage;

#[cfg(feature = "ssr")]
pub mod countries;
#[cfg(feature = "ssr")]
pub mod seed;
#[cfg(feature = "ssr")]
pub mod server;
#[cfg(feature = "ssr")]
pub mod tmf;
