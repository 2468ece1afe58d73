//! [`Shops`] over the project's own database (`SqlShops`), and the widget's own gazetteer of
//! places: the locator's SQL, and nowhere else.
//!
//! The spatial index is `stores(lat_band, lon)`: a box reads, for each 0.1° band of latitude
//! it covers, the range of longitudes. Stock never goes below zero: a reservation takes its
//! units with a guarded decrement in the transaction that writes it, and leaving `active` is
//! a guarded update that gives them back in the same transaction, so it happens once.

use super::storage::{
    BoxQuery, Find, NewReservation, ReservationRow, Reserved, Shops, Site, Sku, Spot,
};
use crate::api::{Money, Place, PlaceKind, Product, ProductKind, Variant};
use crate::server::clock::rfc3339;
use crate::server::db::Db;
use crate::server::error::Error;
use crate::server::hours;
use crate::tariff::sql::Audit;
use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};
use sqlx::Row;
use std::collections::HashMap;

/// A row of `places` (id, country, kind, name, parent, lat, lon).
pub(crate) fn place_from(row: &sqlx::any::AnyRow) -> Result<Place, Error> {
    let kind = match row.try_get::<String, _>("kind")?.as_str() {
        "country" => PlaceKind::Country,
        "district" => PlaceKind::District,
        "postcode" => PlaceKind::Postcode,
        _ => PlaceKind::Town,
    };
    Ok(Place {
        id: row.try_get("id")?,
        country: row.try_get("country")?,
        kind,
        name: row.try_get("name")?,
        parent: row.try_get("parent")?,
        lat: row.try_get("lat")?,
        lon: row.try_get("lon")?,
    })
}

/// Places (of `country` when given) with names whose words start with the words of `folded`:
/// names that start with the text first, then larger places; a place's main name (its id ends
/// in `-0`) before its other names. At most 16 rows (a place once per matching name).
pub(crate) async fn places(
    db_: &Db,
    folded: &str,
    country: Option<&str>,
) -> Result<Vec<Place>, Error> {
    let mut binds = Vec::new();
    let mut sql = format!(
        "SELECT id, country, kind, name, parent, lat, lon FROM places WHERE {}",
        word_prefixes("folded", folded, 1, &mut binds)
    );
    if let Some(c) = country {
        binds.push(c.to_owned());
        sql.push_str(&format!(" AND country = ${}", binds.len()));
    }
    binds.push(format!("{folded}%"));
    sql.push_str(&format!(
        " ORDER BY CASE WHEN folded LIKE ${} THEN 0 ELSE 1 END, rank DESC, id LIMIT 16",
        binds.len()
    ));
    let mut query = sqlx::query(&sql);
    for b in &binds {
        query = query.bind(b);
    }
    query
        .fetch_all(&db_.pool)
        .await?
        .iter()
        .map(place_from)
        .collect()
}

/// Whether a product exists (for its picture): its kind and brand.
pub async fn product_kind(db_: &Db, id: &str) -> Result<Option<(String, String)>, Error> {
    let row = sqlx::query("SELECT kind, brand FROM products WHERE id = $1")
        .bind(id)
        .fetch_optional(&db_.pool)
        .await?;
    row.map(|r| Ok((r.try_get("kind")?, r.try_get("brand")?)))
        .transpose()
}

/// `$first, $first+1, …` for `n` values.
pub(crate) fn placeholders(first: usize, n: usize) -> String {
    (first..first + n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `folded LIKE 'w%' OR folded LIKE '% w%'` for each word: every word starts a word of the name.
pub(crate) fn word_prefixes(
    column: &str,
    folded: &str,
    first: usize,
    binds: &mut Vec<String>,
) -> String {
    let mut sql = Vec::new();
    for word in folded.split(' ').take(5) {
        let n = first + binds.len();
        sql.push(format!(
            "({column} LIKE ${} OR {column} LIKE ${})",
            n,
            n + 1
        ));
        binds.push(format!("{word}%"));
        binds.push(format!("% {word}%"));
    }
    sql.join(" AND ")
}

/// An amount and its currency read from two columns, when the row has them.
fn money(row: &sqlx::any::AnyRow, amount: &str, currency: &str) -> Result<Option<Money>, Error> {
    let amount: Option<i64> = row.try_get(amount)?;
    let currency: Option<String> = row.try_get(currency)?;
    Ok(amount
        .zip(currency)
        .map(|(amount, currency)| Money { amount, currency }))
}

/// A pick-up code: 8 characters of Crockford's base 32 (no I, L, O, U), easy to read out.
pub(crate) fn pickup_code() -> String {
    use rand::Rng;
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let mut rng = rand::thread_rng();
    (0..8)
        .map(|_| char::from(ALPHABET[rng.gen_range(0..ALPHABET.len())]))
        .collect()
}

/// [`Shops`] over the project's own database.
pub struct SqlShops {
    db: Db,
}

impl SqlShops {
    pub fn new(db: Db) -> SqlShops {
        SqlShops { db }
    }

    /// How SQLite runs a ring query (for the test that the spatial index is used).
    pub async fn ring_query_plan(&self) -> Result<String, Error> {
        let rows = sqlx::query(
            "EXPLAIN QUERY PLAN SELECT s.id, s.lat, s.lon FROM stores s WHERE s.lat_band IN (488, 489) AND s.lon >= 2.3 AND s.lon <= 2.4 \
             AND s.lat >= 48.8 AND s.lat <= 48.95 AND EXISTS (SELECT 1 FROM stock k WHERE k.store_id = s.id AND k.sku = 'x' AND k.available > 0)",
        )
        .fetch_all(&self.db.pool)
        .await?;
        Ok(rows
            .iter()
            .filter_map(|r| r.try_get::<String, _>("detail").ok())
            .collect::<Vec<_>>()
            .join("; "))
    }
}

const RESERVATION_COLUMNS: &str = "id, customer_id, idempotency_key, code, state, store_id, sku, quantity, unit_price, currency, created_at, hold_until";

fn reservation_row(row: &sqlx::any::AnyRow) -> Result<ReservationRow, Error> {
    Ok(ReservationRow {
        id: row.try_get("id")?,
        customer_id: row.try_get("customer_id")?,
        idempotency_key: row.try_get("idempotency_key")?,
        code: row.try_get("code")?,
        state: row.try_get("state")?,
        store_id: row.try_get("store_id")?,
        sku: row.try_get("sku")?,
        quantity: row.try_get("quantity")?,
        unit_price: money(row, "unit_price", "currency")?,
        created_at: row.try_get("created_at")?,
        hold_until: row.try_get("hold_until")?,
    })
}

#[async_trait]
impl Shops for SqlShops {
    /// Through the `(lat_band, lon)` index: each 0.1° band of latitude the box covers, then
    /// the range of longitudes.
    async fn in_box(&self, q: &BoxQuery<'_>) -> Result<Vec<Spot>, Error> {
        #[allow(clippy::cast_possible_truncation)] // latitudes × 10 are small
        let bands: Vec<i64> =
            ((q.lat.0 * 10.0).floor() as i64..=(q.lat.1 * 10.0).floor() as i64).collect();
        let mut sql = format!(
            "SELECT s.id, s.lat, s.lon FROM stores s WHERE s.lat_band IN ({}) AND s.lon >= $1 AND s.lon <= $2 AND s.lat >= $3 AND s.lat <= $4",
            placeholders(5, bands.len())
        );
        let mut next = 5 + bands.len();
        if q.service.is_some() {
            sql.push_str(&format!(" AND (s.services & ${next}) <> 0"));
            next += 1;
        }
        if q.in_stock.is_some() {
            sql.push_str(&format!(" AND EXISTS (SELECT 1 FROM stock k WHERE k.store_id = s.id AND k.sku = ${next} AND k.available > 0)"));
        }
        let mut query = sqlx::query(&sql)
            .bind(q.lon.0)
            .bind(q.lon.1)
            .bind(q.lat.0)
            .bind(q.lat.1);
        for b in &bands {
            query = query.bind(*b);
        }
        if let Some(service) = q.service {
            query = query.bind(service);
        }
        if let Some(sku) = q.in_stock {
            query = query.bind(sku);
        }
        query
            .fetch_all(&self.db.pool)
            .await?
            .iter()
            .map(|row| {
                Ok(Spot {
                    id: row.try_get("id")?,
                    lat: row.try_get("lat")?,
                    lon: row.try_get("lon")?,
                })
            })
            .collect()
    }

    async fn sites(
        &self,
        ids: &[&str],
        lang: &str,
        days: Option<(NaiveDate, NaiveDate)>,
    ) -> Result<Vec<Site>, Error> {
        let mut out = Vec::new();
        for chunk in ids.chunks(500) {
            let sql = format!(
                "SELECT s.id, s.code, s.country, COALESCE(t.name, s.name) AS name, COALESCE(t.street, s.street) AS street, s.postcode, \
                 COALESCE(t.city, s.city) AS city, s.phone, s.lat, s.lon, s.time_zone, s.hours, s.services, s.show_quantity \
                 FROM stores s LEFT JOIN store_texts t ON t.store_id = s.id AND t.lang = $1 WHERE s.id IN ({})",
                placeholders(2, chunk.len())
            );
            let mut query = sqlx::query(&sql).bind(lang);
            for id in chunk {
                query = query.bind(*id);
            }
            let mut sites = Vec::new();
            for row in query.fetch_all(&self.db.pool).await? {
                let tz: String = row.try_get("time_zone")?;
                let week: String = row.try_get("hours")?;
                sites.push(Site {
                    id: row.try_get("id")?,
                    code: row.try_get("code")?,
                    country: row.try_get("country")?,
                    name: row.try_get("name")?,
                    street: row.try_get("street")?,
                    postcode: row.try_get("postcode")?,
                    city: row.try_get("city")?,
                    phone: row.try_get("phone")?,
                    lat: row.try_get("lat")?,
                    lon: row.try_get("lon")?,
                    tz: tz.parse().map_err(|_| Error::invalid("time zone"))?,
                    week: hours::parse_week(&week).ok_or_else(|| Error::invalid("hours"))?,
                    services: row.try_get("services")?,
                    show_quantity: row.try_get::<i64, _>("show_quantity")? != 0,
                    exceptions: HashMap::new(),
                });
            }
            let Some((from, to)) = days else {
                out.extend(sites);
                continue;
            };
            let sql = format!("SELECT store_id, day, hours FROM store_exceptions WHERE day >= $1 AND day <= $2 AND store_id IN ({})", placeholders(3, chunk.len()));
            let mut query = sqlx::query(&sql)
                .bind(from.to_string())
                .bind(to.to_string());
            for id in chunk {
                query = query.bind(*id);
            }
            for row in query.fetch_all(&self.db.pool).await? {
                let store: String = row.try_get("store_id")?;
                let day: String = row.try_get("day")?;
                let periods = hours::parse_periods(&row.try_get::<String, _>("hours")?);
                if let (Ok(day), Some(periods), Some(site)) = (
                    day.parse(),
                    periods,
                    sites.iter_mut().find(|s| s.id == store),
                ) {
                    site.exceptions.insert(day, periods);
                }
            }
            out.extend(sites);
        }
        Ok(out)
    }

    async fn holidays(
        &self,
        countries: &[&str],
        (from, to): (NaiveDate, NaiveDate),
    ) -> Result<HashMap<String, HashMap<NaiveDate, String>>, Error> {
        let mut holidays: HashMap<String, HashMap<NaiveDate, String>> = HashMap::new();
        if countries.is_empty() {
            return Ok(holidays);
        }
        let sql = format!(
            "SELECT country, day, name FROM holidays WHERE day >= $1 AND day <= $2 AND country IN ({})",
            placeholders(3, countries.len())
        );
        let mut query = sqlx::query(&sql)
            .bind(from.to_string())
            .bind(to.to_string());
        for c in countries {
            query = query.bind(*c);
        }
        for row in query.fetch_all(&self.db.pool).await? {
            let day: String = row.try_get("day")?;
            if let Ok(day) = day.parse() {
                holidays
                    .entry(row.try_get("country")?)
                    .or_default()
                    .insert(day, row.try_get("name")?);
            }
        }
        Ok(holidays)
    }

    async fn stock(&self, sku: &str, ids: &[&str]) -> Result<HashMap<String, i64>, Error> {
        let mut stock = HashMap::new();
        for chunk in ids.chunks(500) {
            let sql = format!(
                "SELECT store_id, available FROM stock WHERE sku = $1 AND store_id IN ({})",
                placeholders(2, chunk.len())
            );
            let mut query = sqlx::query(&sql).bind(sku);
            for id in chunk {
                query = query.bind(*id);
            }
            for row in query.fetch_all(&self.db.pool).await? {
                stock.insert(row.try_get("store_id")?, row.try_get("available")?);
            }
        }
        Ok(stock)
    }

    async fn skus(&self, ids: &[&str]) -> Result<Vec<Sku>, Error> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT k.id, k.product_id, k.colour, k.storage_gb, k.max_per_customer, p.brand, p.name FROM skus k JOIN products p ON p.id = k.product_id WHERE k.id IN ({})",
            placeholders(1, ids.len())
        );
        let mut query = sqlx::query(&sql);
        for id in ids {
            query = query.bind(*id);
        }
        let mut skus = query
            .fetch_all(&self.db.pool)
            .await?
            .iter()
            .map(|row| {
                Ok(Sku {
                    id: row.try_get("id")?,
                    product_id: row.try_get("product_id")?,
                    brand: row.try_get("brand")?,
                    name: row.try_get("name")?,
                    colour: row.try_get("colour")?,
                    storage_gb: row.try_get("storage_gb")?,
                    max_per_customer: row.try_get("max_per_customer")?,
                    prices: HashMap::new(),
                })
            })
            .collect::<Result<Vec<_>, Error>>()?;
        let sql = format!(
            "SELECT sku, country, amount, currency FROM sku_prices WHERE sku IN ({})",
            placeholders(1, ids.len())
        );
        let mut query = sqlx::query(&sql);
        for id in ids {
            query = query.bind(*id);
        }
        for row in query.fetch_all(&self.db.pool).await? {
            let sku: String = row.try_get("sku")?;
            if let (Some(price), Some(k)) = (
                money(&row, "amount", "currency")?,
                skus.iter_mut().find(|k| k.id == sku),
            ) {
                k.prices.insert(row.try_get("country")?, price);
            }
        }
        Ok(skus)
    }

    async fn products(&self, folded: &str, country: Option<&str>) -> Result<Vec<Product>, Error> {
        let mut binds = Vec::new();
        let filter = if folded.is_empty() {
            "1 = 1".to_owned()
        } else {
            word_prefixes("folded", folded, 1, &mut binds)
        };
        let sql = format!(
            "SELECT id, kind, brand, name FROM products WHERE {filter} ORDER BY sort, id LIMIT 30"
        );
        let mut query = sqlx::query(&sql);
        for b in &binds {
            query = query.bind(b);
        }
        let rows = query.fetch_all(&self.db.pool).await?;
        let mut products: Vec<Product> = rows
            .iter()
            .map(|row| {
                let id: String = row.try_get("id")?;
                let kind = match row.try_get::<String, _>("kind")?.as_str() {
                    "sim" => ProductKind::Sim,
                    "accessory" => ProductKind::Accessory,
                    _ => ProductKind::Device,
                };
                Ok(Product {
                    image: format!("/images/products/{id}.svg"),
                    id,
                    kind,
                    brand: row.try_get("brand")?,
                    name: row.try_get("name")?,
                    variants: Vec::new(),
                })
            })
            .collect::<Result<_, Error>>()?;
        if products.is_empty() {
            return Ok(products);
        }
        let sql = format!(
            "SELECT k.id, k.product_id, k.colour, k.storage_gb, k.max_per_customer, c.amount, c.currency FROM skus k \
             LEFT JOIN sku_prices c ON c.sku = k.id AND c.country = $1 WHERE k.product_id IN ({}) ORDER BY k.product_id, k.storage_gb, k.id",
            placeholders(2, products.len())
        );
        let mut query = sqlx::query(&sql).bind(country.unwrap_or(""));
        for p in &products {
            query = query.bind(&p.id);
        }
        for row in query.fetch_all(&self.db.pool).await? {
            let product_id: String = row.try_get("product_id")?;
            if let Some(p) = products.iter_mut().find(|p| p.id == product_id) {
                p.variants.push(Variant {
                    sku: row.try_get("id")?,
                    colour: row.try_get("colour")?,
                    storage_gb: row.try_get("storage_gb")?,
                    max_per_customer: row.try_get("max_per_customer")?,
                    price: money(&row, "amount", "currency")?,
                });
            }
        }
        Ok(products)
    }

    async fn reservation(
        &self,
        customer: &str,
        find: Find<'_>,
    ) -> Result<Option<ReservationRow>, Error> {
        let (column, value) = match find {
            Find::Id(id) => ("id", id),
            Find::Key(key) => ("idempotency_key", key),
        };
        let sql = format!(
            "SELECT {RESERVATION_COLUMNS} FROM reservations WHERE customer_id = $1 AND {column} = $2"
        );
        let row = sqlx::query(&sql)
            .bind(customer)
            .bind(value)
            .fetch_optional(&self.db.pool)
            .await?;
        row.as_ref().map(reservation_row).transpose()
    }

    async fn reservations(&self, customer: &str) -> Result<Vec<ReservationRow>, Error> {
        let sql = format!(
            "SELECT {RESERVATION_COLUMNS} FROM reservations WHERE customer_id = $1 ORDER BY created_at DESC, id LIMIT 20"
        );
        let rows = sqlx::query(&sql)
            .bind(customer)
            .fetch_all(&self.db.pool)
            .await?;
        rows.iter().map(reservation_row).collect()
    }

    async fn reserve(&self, r: &NewReservation, max: i64) -> Result<Reserved, Error> {
        let customer = r.audit.customer_id.as_str();
        let id = format!("res-{}", uuid::Uuid::new_v4());
        let mut tx = self.db.pool.begin().await?;
        let inserted = sqlx::query(
            "INSERT INTO reservations (id, customer_id, idempotency_key, store_id, sku, quantity, code, state, created_at, hold_until, channel, \
             unit_price, currency) VALUES ($1, $2, $3, $4, $5, $6, $7, 'active', $8, $9, $10, $11, $12) ON CONFLICT (customer_id, idempotency_key) DO NOTHING",
        )
        .bind(&id)
        .bind(customer)
        .bind(&r.idempotency_key)
        .bind(&r.store_id)
        .bind(&r.sku)
        .bind(r.quantity)
        .bind(pickup_code())
        .bind(&r.created_at)
        .bind(&r.hold_until)
        .bind(r.audit.channel)
        .bind(r.unit_price.as_ref().map(|p| p.amount))
        .bind(r.unit_price.as_ref().map(|p| p.currency.clone()))
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if inserted == 0 {
            // The same key at the same moment: the other request wrote it.
            tx.rollback().await?;
            return match self
                .reservation(customer, Find::Key(&r.idempotency_key))
                .await?
            {
                Some(first) => Ok(Reserved::Existing(first)),
                None => Err(crate::api::ErrorId::Conflict.into()),
            };
        }
        let held = sqlx::query(
            "INSERT INTO reservation_holds (customer_id, sku, held) VALUES ($1, $2, $3) \
             ON CONFLICT (customer_id, sku) DO UPDATE SET held = reservation_holds.held + excluded.held \
             WHERE reservation_holds.held + excluded.held <= $4",
        )
        .bind(customer)
        .bind(&r.sku)
        .bind(r.quantity)
        .bind(max)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if held == 0 {
            tx.rollback().await?;
            return Ok(Reserved::OverLimit);
        }
        let taken = sqlx::query("UPDATE stock SET available = available - $1 WHERE store_id = $2 AND sku = $3 AND available >= $1")
            .bind(r.quantity)
            .bind(&r.store_id)
            .bind(&r.sku)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if taken == 0 {
            tx.rollback().await?;
            return Ok(Reserved::OutOfStock);
        }
        crate::tariff::sql::audit(
            &mut tx,
            &r.audit,
            "reserve",
            &id,
            &format!("{} × {} at {}", r.quantity, r.sku, r.store_id),
        )
        .await?;
        tx.commit().await?;
        self.reservation(customer, Find::Id(&id))
            .await?
            .map(Reserved::New)
            .ok_or_else(|| crate::api::ErrorId::Internal.into())
    }

    async fn end_reservation(
        &self,
        id: &str,
        state: &str,
        now: DateTime<Utc>,
        audit: Option<&Audit>,
    ) -> Result<bool, Error> {
        let mut tx = self.db.pool.begin().await?;
        let row = sqlx::query(
            "UPDATE reservations SET state = $1, ended_at = $2 WHERE id = $3 AND state = 'active' RETURNING customer_id, store_id, sku, quantity",
        )
        .bind(state)
        .bind(rfc3339(now))
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(row) = row else {
            tx.rollback().await?;
            return Ok(false);
        };
        let customer: String = row.try_get("customer_id")?;
        let store: String = row.try_get("store_id")?;
        let sku: String = row.try_get("sku")?;
        let quantity: i64 = row.try_get("quantity")?;
        sqlx::query("UPDATE stock SET available = available + $1 WHERE store_id = $2 AND sku = $3")
            .bind(quantity)
            .bind(&store)
            .bind(&sku)
            .execute(&mut *tx)
            .await?;
        sqlx::query("UPDATE reservation_holds SET held = held - $1 WHERE customer_id = $2 AND sku = $3 AND held >= $1")
            .bind(quantity)
            .bind(&customer)
            .bind(&sku)
            .execute(&mut *tx)
            .await?;
        let system = Audit {
            actor: "system".into(),
            customer_id: customer,
            channel: "system",
            partner_id: None,
            at: rfc3339(now),
        };
        crate::tariff::sql::audit(
            &mut tx,
            audit.unwrap_or(&system),
            state,
            id,
            &format!("{quantity} × {sku} back at {store}"),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn expired(
        &self,
        customer: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<Vec<String>, Error> {
        Ok(match customer {
            Some(c) => sqlx::query_scalar("SELECT id FROM reservations WHERE state = 'active' AND hold_until <= $1 AND customer_id = $2 LIMIT 500")
                .bind(rfc3339(now))
                .bind(c)
                .fetch_all(&self.db.pool)
                .await,
            None => sqlx::query_scalar("SELECT id FROM reservations WHERE state = 'active' AND hold_until <= $1 LIMIT 500")
                .bind(rfc3339(now))
                .fetch_all(&self.db.pool)
                .await,
        }?)
    }
}
