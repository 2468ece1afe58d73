//! The shops, their stock and the reservations as the locator's logic needs them: a trait
//! ([`Shops`]), so that an operator's systems (TMF674 sites, TMF687 stock and reservations,
//! `crate::tmf`) can hold them. Its SQL implementation over the project's own database is
//! [`SqlShops`] (`stores/sql.rs`).

use crate::api::{Money, Product};
use crate::server::error::Error;
use crate::server::hours::{Period, Week};
use crate::tariff::sql::Audit;
use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use std::collections::HashMap;

pub use super::sql::SqlShops;

/// A shop, with its texts in the language asked for where the data has them.
#[derive(Debug, Clone, PartialEq)]
pub struct Site {
    pub id: String,
    pub code: String,
    pub country: String,
    pub name: String,
    pub street: String,
    pub postcode: String,
    pub city: String,
    pub phone: String,
    pub lat: f64,
    pub lon: f64,
    pub tz: Tz,
    pub week: Week,
    /// Bits of `domain::REPAIRS`, `SIM`, …
    pub services: i64,
    pub show_quantity: bool,
    /// Its own exceptional days (closures, other hours) in the window asked for.
    pub exceptions: HashMap<NaiveDate, Vec<Period>>,
}

/// Where a shop is: what a search ring reads of each shop in its box.
#[derive(Debug, Clone, PartialEq)]
pub struct Spot {
    pub id: String,
    pub lat: f64,
    pub lon: f64,
}

/// The shops in a box of latitude and longitude, with a service, with a SKU in stock.
#[derive(Debug, Clone, Default)]
pub struct BoxQuery<'a> {
    pub lat: (f64, f64),
    pub lon: (f64, f64),
    /// A bit of `domain::REPAIRS`, `SIM`, …
    pub service: Option<i64>,
    /// Only shops with this SKU in stock.
    pub in_stock: Option<&'a str>,
}

/// A SKU: its product, what one customer may hold, and its price in each country.
#[derive(Debug, Clone, PartialEq)]
pub struct Sku {
    pub id: String,
    pub product_id: String,
    pub brand: String,
    pub name: String,
    pub colour: Option<String>,
    pub storage_gb: Option<i64>,
    pub max_per_customer: i64,
    pub prices: HashMap<String, Money>,
}

/// A reservation as stored: the logic names its shop and product.
#[derive(Debug, Clone, PartialEq)]
pub struct ReservationRow {
    pub id: String,
    pub customer_id: String,
    pub idempotency_key: String,
    pub code: String,
    /// `active`, `cancelled`, `expired` or `collected`.
    pub state: String,
    pub store_id: String,
    pub sku: String,
    pub quantity: i64,
    pub unit_price: Option<Money>,
    /// RFC 3339.
    pub created_at: String,
    pub hold_until: String,
}

/// A reservation to make, checked by the logic.
#[derive(Debug, Clone)]
pub struct NewReservation {
    pub idempotency_key: String,
    pub store_id: String,
    pub sku: String,
    pub quantity: i64,
    /// RFC 3339.
    pub created_at: String,
    pub hold_until: String,
    pub unit_price: Option<Money>,
    /// Who asks, when and through which channel (the audit entry).
    pub audit: Audit,
}

/// What making a reservation did.
#[derive(Debug, Clone, PartialEq)]
pub enum Reserved {
    New(ReservationRow),
    /// The key was already used: the first reservation made with it.
    Existing(ReservationRow),
    /// More than the customer may hold of the SKU.
    OverLimit,
    OutOfStock,
}

/// How a reservation is found: always among one customer's own.
#[derive(Debug, Clone, Copy)]
pub enum Find<'a> {
    Id(&'a str),
    Key(&'a str),
}

#[async_trait]
pub trait Shops: Send + Sync {
    /// The shops in a box (and with the service, and the SKU in stock, when asked).
    async fn in_box(&self, q: &BoxQuery<'_>) -> Result<Vec<Spot>, Error>;
    /// The shops `ids` that exist, named in `lang` where the data has them in it, with their
    /// exceptional days in `[from, to]` when asked for (none otherwise).
    async fn sites(
        &self,
        ids: &[&str],
        lang: &str,
        days: Option<(NaiveDate, NaiveDate)>,
    ) -> Result<Vec<Site>, Error>;
    /// The public holidays of `countries` in `[from, to]`, with their names.
    async fn holidays(
        &self,
        countries: &[&str],
        days: (NaiveDate, NaiveDate),
    ) -> Result<HashMap<String, HashMap<NaiveDate, String>>, Error>;
    /// The units of `sku` available in each of the shops `ids` that stock it.
    async fn stock(&self, sku: &str, ids: &[&str]) -> Result<HashMap<String, i64>, Error>;
    /// The SKUs `ids` that exist.
    async fn skus(&self, ids: &[&str]) -> Result<Vec<Sku>, Error>;
    /// Products whose brand and name have words starting with the words of `folded` (all when
    /// empty), in catalogue order, at most 30, with their variants priced in `country`.
    async fn products(&self, folded: &str, country: Option<&str>) -> Result<Vec<Product>, Error>;
    async fn reservation(
        &self,
        customer: &str,
        find: Find<'_>,
    ) -> Result<Option<ReservationRow>, Error>;
    /// The customer's latest 20 reservations, newest first.
    async fn reservations(&self, customer: &str) -> Result<Vec<ReservationRow>, Error>;
    /// Makes a reservation: its units taken from the stock and counted against the
    /// customer's limit of the SKU (`max`), in one transaction; a used key answers the first.
    async fn reserve(&self, r: &NewReservation, max: i64) -> Result<Reserved, Error>;
    /// Ends an active reservation (`cancelled`, `expired`) and gives its units back, once:
    /// `false` when it had already ended.
    async fn end_reservation(
        &self,
        id: &str,
        state: &str,
        now: DateTime<Utc>,
        audit: Option<&Audit>,
    ) -> Result<bool, Error>;
    /// Active reservations whose hold has passed at `now` (of one customer, or all), at most
    /// 500.
    async fn expired(
        &self,
        customer: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<Vec<String>, Error>;
}
