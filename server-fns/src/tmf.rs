//! The seam to an operator's systems (BSS) through TM Forum Open APIs (v4).
//!
//! - [`resources`]: the TMF resources exchanged (TMF629 customer, TMF637 product, TMF677
//!   bucket, TMF635 usage, TMF620 product offering, TMF622 product order, TMF654 top-up; and in
//!   `resources::shops` TMF674 site, TMF687 product stock and reserve product stock, TMF620
//!   product specification of a device), converted once to and from the rows the domain logic
//!   works on.
//! - [`client`]: [`Storage`](crate::usage::storage::Storage) and
//!   [`Shops`](crate::stores::storage::Shops) over an operator's TMF Open APIs
//!   (the `tmf` backend): OAuth 2.0 client credentials, a timeout on every call, reads retried,
//!   writes carrying their idempotency key (`externalId`), a circuit breaker.
//! - [`serve`]: the same APIs served over this server's own storage under `/tmf-api/…`, for an
//!   operator's TMF tools and as the operator's stand-in (`cargo xtask demo --tmf`, the tests'
//!   TMF pair), behind client credentials with the `tmf` scope.

pub mod client;
pub mod resources;
pub mod serve;

/// The scope a client needs for `/tmf-api/…`.
pub const SCOPE: &str = "tmf";

/// The APIs' base paths.
pub const CUSTOMER: &str = "/tmf-api/customerManagement/v4";
pub const INVENTORY: &str = "/tmf-api/productInventory/v4";
pub const CONSUMPTION: &str = "/tmf-api/usageConsumption/v4";
pub const USAGE: &str = "/tmf-api/usageManagement/v4";
pub const CATALOG: &str = "/tmf-api/productCatalogManagement/v4";
pub const ORDERING: &str = "/tmf-api/productOrderingManagement/v4";
pub const PREPAY: &str = "/tmf-api/prepayBalanceManagement/v4";
pub const SITE: &str = "/tmf-api/geographicSiteManagement/v4";
pub const STOCK: &str = "/tmf-api/stockManagement/v4";
