//! Server functions of the Selfcare widget and the API types they exchange.
//!
//! Without features this crate is what the widget links: the wire types ([`api`]), the
//! server-function stubs that call the server, and the client that attaches the bearer token
//! ([`client`]). With `ssr` it is also the server: axum, sqlx, the domain logic and the seed
//! ([`ssr`]).

pub mod api;
pub mod client;
pub mod usage;

#[cfg(feature = "ssr")]
pub mod ssr;
