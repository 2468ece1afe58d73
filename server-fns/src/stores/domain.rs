//! The store locator: suggestions from the gazetteer, the nearest shops with their opening
//! state in their own time zone and their stock, the product catalogue, and reservations for
//! collection (TMF674 sites, TMF687 stock and reserve-stock).
//!
//! Searching and reading stock need no customer; reserving does, and a customer only ever
//! sees their own reservations. Stock never goes below zero: a reservation takes its units
//! with a guarded decrement in the transaction that writes it, and leaving `active` is a
//! guarded update that gives them back in the same transaction, so it happens once.
//!
//! The spatial index is `stores(lat_band, lon)`: a search reads, for each 0.1° band of
//! latitude its bounding box covers, the range of longitudes, in rings that grow until enough
//! shops match; distances are then exact (haversine) in Rust.

use crate::api::{
    product_display_name, DayHours, ErrorId, HourPeriod, Money, Opening, Place, PlaceKind, Product,
    ProductKind, Reservation, ReservationState, Special, StockLevel, StockStatus, Store,
    StoreService, StoresResponse, Variant,
};
use crate::server::clock::rfc3339;
use crate::server::db::Db;
use crate::server::error::Error;
use crate::server::hours::{self, Calendar, Period, Week};
use crate::server::text::fold;
use crate::tariff::sql::Audit;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use sqlx::Row;
use std::collections::HashMap;

/// The largest search radius served.
pub const MAX_RADIUS_M: f64 = 200_000.0;
/// At most this many shops an answer.
pub const MAX_LIMIT: usize = 50;
/// Units or fewer that make "few left".
pub const LOW_STOCK: i64 = 3;
const EARTH_RADIUS_M: f64 = 6_371_008.8;

/// Services a shop offers, as bits of `stores.services`.
pub const REPAIRS: i64 = 1;
pub const SIM: i64 = 2;
pub const FINANCING: i64 = 4;
pub const MOBILE_MONEY: i64 = 8;
pub const STEP_FREE: i64 = 16;

fn service_bit(s: StoreService) -> i64 {
    match s {
        StoreService::Repairs => REPAIRS,
        StoreService::Sim => SIM,
        StoreService::Financing => FINANCING,
        StoreService::MobileMoney => MOBILE_MONEY,
        StoreService::StepFree => STEP_FREE,
    }
}

/// Great-circle distance in metres.
pub fn distance_m(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let (dp, dl) = ((lat2 - lat1).to_radians(), (lon2 - lon1).to_radians());
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_M * a.sqrt().min(1.0).asin()
}

/// A search text folded for matching: refused when empty (`query-empty`) or longer than 100
/// characters (`bad-request`: no form lets a customer type that much).
fn query_text(q: &str) -> Result<String, Error> {
    if q.chars().count() > 100 {
        return Err(ErrorId::BadRequest.into());
    }
    let folded = fold(q);
    if folded.is_empty() {
        return Err(ErrorId::QueryEmpty.into());
    }
    Ok(folded)
}

/// `folded LIKE 'w%' OR folded LIKE '% w%'` for each word: every word starts a word of the name.
fn word_prefixes(column: &str, folded: &str, first: usize, binds: &mut Vec<String>) -> String {
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

/// Places whose name (in any of its languages) has words starting with the typed words,
/// larger places first; in `country` when given.
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

pub async fn suggest(db_: &Db, q: &str, country: Option<&str>) -> Result<Vec<Place>, Error> {
    let folded = query_text(q)?;
    let mut binds = Vec::new();
    let mut sql = format!(
        "SELECT id, country, kind, name, parent, lat, lon FROM places WHERE {}",
        word_prefixes("folded", &folded, 1, &mut binds)
    );
    if let Some(c) = country {
        binds.push(c.to_owned());
        sql.push_str(&format!(" AND country = ${}", binds.len()));
    }
    // Names that start with the text first, then larger places; a place's main name (its
    // id ends in `-0`) before its other names.
    binds.push(format!("{folded}%"));
    sql.push_str(&format!(
        " ORDER BY CASE WHEN folded LIKE ${} THEN 0 ELSE 1 END, rank DESC, id LIMIT 16",
        binds.len()
    ));
    let mut query = sqlx::query(&sql);
    for b in &binds {
        query = query.bind(b);
    }
    let rows = query.fetch_all(&db_.pool).await?;
    let mut out: Vec<Place> = Vec::new();
    for row in rows {
        let place = place_from(&row)?;
        // One suggestion per place, in the first of its names that matched.
        if !out
            .iter()
            .any(|p| p.kind == place.kind && p.lat == place.lat && p.lon == place.lon)
        {
            out.push(place);
        }
    }
    out.truncate(8);
    Ok(out)
}

/// What a locator search asks for.
#[derive(Debug, Clone, Default)]
pub struct NearQuery {
    /// Latitude and longitude; `None`: around `here`.
    pub at: Option<(f64, f64)>,
    pub radius_m: f64,
    pub limit: usize,
    pub open_now: bool,
    pub service: Option<StoreService>,
    /// Show the stock of this SKU; with `in_stock`, only shops that have it.
    pub sku: Option<String>,
    pub in_stock: bool,
    /// The kiosk's shop: first, whatever the filters.
    pub here: Option<String>,
    /// The language shown: shops' names, streets and towns in it where the data has them.
    pub lang: &'static str,
}

impl NearQuery {
    pub fn validate(&self) -> Result<(), Error> {
        let on_earth = |(lat, lon): (f64, f64)| {
            (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon)
        };
        let placed = match self.at {
            Some(at) => on_earth(at),
            None => self.here.is_some(),
        };
        if !placed {
            return Err(ErrorId::BadCoordinates.into());
        }
        if !(self.radius_m.is_finite() && self.radius_m > 0.0) {
            return Err(ErrorId::BadRequest.into());
        }
        if self.radius_m > MAX_RADIUS_M {
            return Err(ErrorId::RadiusTooLarge.into());
        }
        if self.limit == 0 || self.limit > MAX_LIMIT {
            return Err(ErrorId::BadRequest.into());
        }
        Ok(())
    }
}

const STORE_COLUMNS: &str = "s.id, s.code, s.country, s.name, s.street, s.postcode, s.city, s.phone, s.lat, s.lon, s.time_zone, s.hours, s.services, s.show_quantity";

struct StoreRow {
    id: String,
    code: String,
    country: String,
    name: String,
    street: String,
    postcode: String,
    city: String,
    phone: String,
    lat: f64,
    lon: f64,
    tz: Tz,
    week: Week,
    services: i64,
    show_quantity: bool,
}

/// One shop with everything the locator shows of it.
async fn store_by_id(db_: &Db, id: &str) -> Result<StoreRow, Error> {
    let sql = format!("SELECT {STORE_COLUMNS} FROM stores s WHERE s.id = $1");
    let row = sqlx::query(&sql).bind(id).fetch_optional(&db_.pool).await?;
    store_row(&row.ok_or(ErrorId::StoreNotFound)?)
}

fn store_row(row: &sqlx::any::AnyRow) -> Result<StoreRow, Error> {
    let tz: String = row.try_get("time_zone")?;
    let hours: String = row.try_get("hours")?;
    Ok(StoreRow {
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
        week: hours::parse_week(&hours).ok_or_else(|| Error::invalid("hours"))?,
        services: row.try_get("services")?,
        show_quantity: row.try_get::<i64, _>("show_quantity")? != 0,
    })
}

/// `$first, $first+1, …` for `n` values.
fn placeholders(first: usize, n: usize) -> String {
    (first..first + n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Holidays and exceptions of some shops around `now`: what their calendars need.
struct Calendars {
    holidays: HashMap<String, HashMap<NaiveDate, String>>,
    exceptions: HashMap<String, HashMap<NaiveDate, Vec<Period>>>,
}

async fn calendars(db_: &Db, stores: &[&StoreRow], now: DateTime<Utc>) -> Result<Calendars, Error> {
    let (from, to) = (
        (now - Duration::days(2)).date_naive().to_string(),
        (now + Duration::days(10)).date_naive().to_string(),
    );
    let mut countries: Vec<&str> = stores.iter().map(|s| s.country.as_str()).collect();
    countries.sort_unstable();
    countries.dedup();
    let mut holidays: HashMap<String, HashMap<NaiveDate, String>> = HashMap::new();
    let mut exceptions: HashMap<String, HashMap<NaiveDate, Vec<Period>>> = HashMap::new();
    if stores.is_empty() {
        return Ok(Calendars {
            holidays,
            exceptions,
        });
    }
    let sql = format!(
        "SELECT country, day, name FROM holidays WHERE day >= $1 AND day <= $2 AND country IN ({})",
        placeholders(3, countries.len())
    );
    let mut query = sqlx::query(&sql).bind(&from).bind(&to);
    for c in &countries {
        query = query.bind(*c);
    }
    for row in query.fetch_all(&db_.pool).await? {
        let day: String = row.try_get("day")?;
        if let Ok(day) = day.parse() {
            holidays
                .entry(row.try_get("country")?)
                .or_default()
                .insert(day, row.try_get("name")?);
        }
    }
    for chunk in stores.chunks(500) {
        let sql = format!("SELECT store_id, day, hours FROM store_exceptions WHERE day >= $1 AND day <= $2 AND store_id IN ({})", placeholders(3, chunk.len()));
        let mut query = sqlx::query(&sql).bind(&from).bind(&to);
        for s in chunk {
            query = query.bind(&s.id);
        }
        for row in query.fetch_all(&db_.pool).await? {
            let day: String = row.try_get("day")?;
            let periods = hours::parse_periods(&row.try_get::<String, _>("hours")?);
            if let (Ok(day), Some(periods)) = (day.parse(), periods) {
                exceptions
                    .entry(row.try_get("store_id")?)
                    .or_default()
                    .insert(day, periods);
            }
        }
    }
    Ok(Calendars {
        holidays,
        exceptions,
    })
}

static NO_HOLIDAYS: std::sync::LazyLock<HashMap<NaiveDate, String>> =
    std::sync::LazyLock::new(HashMap::new);
static NO_EXCEPTIONS: std::sync::LazyLock<HashMap<NaiveDate, Vec<Period>>> =
    std::sync::LazyLock::new(HashMap::new);

impl Calendars {
    fn of<'a>(&'a self, s: &'a StoreRow) -> Calendar<'a> {
        Calendar {
            tz: s.tz,
            week: &s.week,
            holidays: self.holidays.get(&s.country).unwrap_or(&NO_HOLIDAYS),
            exceptions: self.exceptions.get(&s.id).unwrap_or(&NO_EXCEPTIONS),
        }
    }
}

fn opening(calendar: &Calendar<'_>, now: DateTime<Utc>) -> Opening {
    let state = calendar.state(now);
    // Open round the clock for the coming days: no closing time to show.
    let change_at = state
        .change_at
        .filter(|t| !(state.open && *t - now > Duration::days(6)));
    let (special, holiday) = match state.today {
        Some(hours::Special::Holiday(name)) => (Some(Special::Holiday), Some(name)),
        Some(hours::Special::Exceptional) => (Some(Special::Exceptional), None),
        None => (None, None),
    };
    Opening {
        open: state.open,
        change_day: change_at.and(state.change_day),
        change_at: change_at.map(rfc3339),
        special,
        holiday,
    }
}

/// A shop's name (in `lang` where the data has it) and whether it is open at `now` (its week,
/// holidays and exceptions); none for an unknown shop.
pub async fn open_now(
    db_: &Db,
    id: &str,
    lang: &str,
    now: DateTime<Utc>,
) -> Result<Option<(String, bool)>, Error> {
    let store = match store_by_id(db_, id).await {
        Ok(s) => s,
        Err(e) if e.is(ErrorId::StoreNotFound) => return Ok(None),
        Err(e) => return Err(e),
    };
    let calendars = calendars(db_, &[&store], now).await?;
    let open = calendars.of(&store).state(now).open;
    let name = texts_in(db_, lang, &[id])
        .await?
        .remove(id)
        .map_or(store.name, |(name, ..)| name);
    Ok(Some((name, open)))
}

/// The nearest shops to a point (or to the kiosk's shop), nearest first, with their opening
/// state at `now` and the stock of the asked-for SKU; the kiosk's shop first.
pub async fn near(db_: &Db, q: &NearQuery, now: DateTime<Utc>) -> Result<StoresResponse, Error> {
    q.validate()?;
    let here = match &q.here {
        Some(id) => Some(store_by_id(db_, id).await?),
        None => None,
    };
    let (lat, lon) = match (q.at, &here) {
        (Some(at), _) => at,
        (None, Some(s)) => (s.lat, s.lon),
        (None, None) => return Err(ErrorId::BadCoordinates.into()),
    };
    if let Some(sku) = &q.sku {
        let known: Option<String> = sqlx::query_scalar("SELECT id FROM skus WHERE id = $1")
            .bind(sku)
            .fetch_optional(&db_.pool)
            .await?;
        if known.is_none() {
            return Err(ErrorId::ProductNotFound.into());
        }
    }
    // Rings of 2, 4, 8, 16 km… up to the radius asked for, until enough shops match: each
    // ring reads at most about four times the shops of the one before.
    let mut radius = q.radius_m.min(2_000.0);
    // With open-now, the last ring's calendars (read for the filter) also serve the answer.
    let mut ring_calendars = None;
    let found = loop {
        let candidates = in_box(db_, q, (lat, lon), radius).await?;
        let mut within: Vec<(f64, Candidate)> = candidates
            .into_iter()
            .map(|c| (distance_m(lat, lon, c.lat, c.lon), c))
            .filter(|(d, c)| *d <= radius && q.here.as_deref() != Some(c.id.as_str()))
            .collect();
        if q.open_now {
            let rows: Vec<&StoreRow> = within.iter().filter_map(|(_, c)| c.row.as_ref()).collect();
            let cals = calendars(db_, &rows, now).await?;
            within.retain(|(_, c)| c.row.as_ref().is_some_and(|s| cals.of(s).state(now).open));
            ring_calendars = Some(cals);
        }
        if within.len() >= q.limit || radius >= q.radius_m {
            within.sort_by(|a, b| a.0.total_cmp(&b.0));
            within.truncate(q.limit);
            break within;
        }
        radius = (radius * 2.0).min(q.radius_m);
    };
    // The details of the few shops shown (the rings read only ids and coordinates).
    let missing: Vec<&str> = found
        .iter()
        .filter(|(_, c)| c.row.is_none())
        .map(|(_, c)| c.id.as_str())
        .collect();
    let mut details: HashMap<String, StoreRow> = HashMap::new();
    if !missing.is_empty() {
        let sql = format!(
            "SELECT {STORE_COLUMNS} FROM stores s WHERE s.id IN ({})",
            placeholders(1, missing.len())
        );
        let mut query = sqlx::query(&sql);
        for id in &missing {
            query = query.bind(*id);
        }
        for row in query.fetch_all(&db_.pool).await? {
            let s = store_row(&row)?;
            details.insert(s.id.clone(), s);
        }
    }
    let found: Vec<(f64, StoreRow)> = found
        .into_iter()
        .filter_map(|(d, c)| c.row.or_else(|| details.remove(&c.id)).map(|s| (d, s)))
        .collect();
    let here = here.map(|s| (distance_m(lat, lon, s.lat, s.lon), s));
    let all: Vec<(bool, f64, StoreRow)> = here
        .into_iter()
        .map(|(d, s)| (true, d, s))
        .chain(found.into_iter().map(|(d, s)| (false, d, s)))
        .collect();
    let refs: Vec<&StoreRow> = all.iter().map(|(_, _, s)| s).collect();
    let cals = match ring_calendars {
        Some(cals) if q.here.is_none() => cals,
        _ => calendars(db_, &refs, now).await?,
    };
    let (stock, prices) = match &q.sku {
        Some(sku) => stock_of(db_, sku, &refs).await?,
        None => Default::default(),
    };
    let mut texts = texts_in(
        db_,
        q.lang,
        &refs.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(),
    )
    .await?;
    let stores = all
        .iter()
        .map(|(here, d, s)| {
            let (name, street, city) = texts
                .remove(&s.id)
                .unwrap_or_else(|| (s.name.clone(), s.street.clone(), s.city.clone()));
            Store {
                id: s.id.clone(),
                code: s.code.clone(),
                name,
                street,
                postcode: crate::countries::digits_in(&s.country, q.lang, &s.postcode),
                city,
                country: s.country.clone(),
                phone: s.phone.clone(),
                lat: s.lat,
                lon: s.lon,
                time_zone: s.tz.name().to_owned(),
                distance_m: d.round() as i64,
                services: StoreService::ALL
                    .into_iter()
                    .filter(|x| s.services & service_bit(*x) != 0)
                    .collect(),
                opening: opening(&cals.of(s), now),
                week: week(&cals.of(s), now),
                stock: q.sku.as_ref().map(|sku| {
                    level(
                        sku,
                        stock.get(&s.id).copied().unwrap_or(0),
                        s.show_quantity,
                        prices.get(&s.country).cloned(),
                    )
                }),
                here: *here,
            }
        })
        .collect();
    Ok(StoresResponse {
        stores,
        radius_m: q.radius_m.round() as i64,
        map: None,
    })
}

/// The name, street and town in `lang` of those of the shops `ids` the data has them for.
async fn texts_in(
    db_: &Db,
    lang: &str,
    ids: &[&str],
) -> Result<HashMap<String, (String, String, String)>, Error> {
    if ids.is_empty() || lang.is_empty() {
        return Ok(HashMap::new());
    }
    let sql = format!(
        "SELECT store_id, name, street, city FROM store_texts WHERE lang = $1 AND store_id IN ({})",
        placeholders(2, ids.len())
    );
    let mut query = sqlx::query(&sql).bind(lang);
    for id in ids {
        query = query.bind(*id);
    }
    let mut out = HashMap::new();
    for row in query.fetch_all(&db_.pool).await? {
        let texts = (
            row.try_get("name")?,
            row.try_get("street")?,
            row.try_get("city")?,
        );
        out.insert(row.try_get("store_id")?, texts);
    }
    Ok(out)
}

/// The seven local days from today, with their periods as the clock shows them.
fn week(calendar: &Calendar<'_>, now: DateTime<Utc>) -> Vec<DayHours> {
    let today = calendar.local_date(now);
    let clock = |m: u16| format!("{:02}:{:02}", (m / 60) % 24, m % 60);
    (0..7)
        .map(|d| {
            let date = today + Duration::days(d);
            let (periods, special) = calendar.day(date);
            let (special, holiday) = match special {
                Some(hours::Special::Holiday(name)) => (Some(Special::Holiday), Some(name)),
                Some(hours::Special::Exceptional) => (Some(Special::Exceptional), None),
                None => (None, None),
            };
            DayHours {
                date: date.to_string(),
                periods: periods
                    .iter()
                    .map(|p| HourPeriod {
                        from: clock(p.start),
                        to: clock(p.end),
                    })
                    .collect(),
                special,
                holiday,
            }
        })
        .collect()
}

fn level(sku: &str, available: i64, show_quantity: bool, price: Option<Money>) -> StockLevel {
    let status = match available {
        0 => StockStatus::OutOfStock,
        n if n <= LOW_STOCK => StockStatus::LowStock,
        _ => StockStatus::InStock,
    };
    StockLevel {
        sku: sku.to_owned(),
        status,
        quantity: show_quantity.then_some(available),
        price,
    }
}

/// An amount and its currency read from two columns, when the row has them.
fn money(row: &sqlx::any::AnyRow, amount: &str, currency: &str) -> Result<Option<Money>, Error> {
    let amount: Option<i64> = row.try_get(amount)?;
    let currency: Option<String> = row.try_get(currency)?;
    Ok(amount
        .zip(currency)
        .map(|(amount, currency)| Money { amount, currency }))
}

/// A SKU's stock in each of `stores`, and its price in each of their countries.
async fn stock_of(
    db_: &Db,
    sku: &str,
    stores: &[&StoreRow],
) -> Result<(HashMap<String, i64>, HashMap<String, Money>), Error> {
    let (mut stock, mut prices) = (HashMap::new(), HashMap::new());
    if stores.is_empty() {
        return Ok((stock, prices));
    }
    let sql = format!(
        "SELECT store_id, available FROM stock WHERE sku = $1 AND store_id IN ({})",
        placeholders(2, stores.len())
    );
    let mut query = sqlx::query(&sql).bind(sku);
    for s in stores {
        query = query.bind(&s.id);
    }
    for row in query.fetch_all(&db_.pool).await? {
        stock.insert(row.try_get("store_id")?, row.try_get("available")?);
    }
    let rows = sqlx::query("SELECT country, amount, currency FROM sku_prices WHERE sku = $1")
        .bind(sku)
        .fetch_all(&db_.pool)
        .await?;
    for row in rows {
        if let Some(price) = money(&row, "amount", "currency")? {
            prices.insert(row.try_get("country")?, price);
        }
    }
    Ok((stock, prices))
}

/// A shop in a search ring: where it is, and its details when the search needs them there
/// (the open-now filter reads each one's calendar).
struct Candidate {
    id: String,
    lat: f64,
    lon: f64,
    row: Option<StoreRow>,
}

/// The shops in the bounding box of a circle, through the `(lat_band, lon)` index, with the
/// service and in-stock filters applied in SQL.
async fn in_box(
    db_: &Db,
    q: &NearQuery,
    (lat, lon): (f64, f64),
    radius: f64,
) -> Result<Vec<Candidate>, Error> {
    let dlat = (radius / EARTH_RADIUS_M).to_degrees();
    let (lat_lo, lat_hi) = ((lat - dlat).max(-90.0), (lat + dlat).min(90.0));
    let cos = lat_lo
        .to_radians()
        .cos()
        .min(lat_hi.to_radians().cos())
        .max(0.01);
    let dlon = (dlat / cos).min(180.0);
    let (lon_lo, lon_hi) = ((lon - dlon).max(-180.0), (lon + dlon).min(180.0));
    let bands: Vec<i64> =
        ((lat_lo * 10.0).floor() as i64..=(lat_hi * 10.0).floor() as i64).collect();
    let columns = if q.open_now {
        STORE_COLUMNS
    } else {
        "s.id, s.lat, s.lon"
    };
    let mut sql = format!(
        "SELECT {columns} FROM stores s WHERE s.lat_band IN ({}) AND s.lon >= $1 AND s.lon <= $2 AND s.lat >= $3 AND s.lat <= $4",
        placeholders(5, bands.len())
    );
    let mut next = 5 + bands.len();
    if q.service.is_some() {
        sql.push_str(&format!(" AND (s.services & ${next}) <> 0"));
        next += 1;
    }
    if q.in_stock && q.sku.is_some() {
        sql.push_str(&format!(" AND EXISTS (SELECT 1 FROM stock k WHERE k.store_id = s.id AND k.sku = ${next} AND k.available > 0)"));
    }
    let mut query = sqlx::query(&sql)
        .bind(lon_lo)
        .bind(lon_hi)
        .bind(lat_lo)
        .bind(lat_hi);
    for b in &bands {
        query = query.bind(*b);
    }
    if let Some(service) = q.service {
        query = query.bind(service_bit(service));
    }
    if let (true, Some(sku)) = (q.in_stock, &q.sku) {
        query = query.bind(sku);
    }
    query
        .fetch_all(&db_.pool)
        .await?
        .iter()
        .map(|row| {
            let row_details = if q.open_now {
                Some(store_row(row)?)
            } else {
                None
            };
            Ok(Candidate {
                id: row.try_get("id")?,
                lat: row.try_get("lat")?,
                lon: row.try_get("lon")?,
                row: row_details,
            })
        })
        .collect()
}

/// How SQLite runs a ring query (for the test that the spatial index is used).
pub async fn ring_query_plan(db_: &Db) -> Result<String, Error> {
    let rows = sqlx::query(
        "EXPLAIN QUERY PLAN SELECT s.id, s.lat, s.lon FROM stores s WHERE s.lat_band IN (488, 489) AND s.lon >= 2.3 AND s.lon <= 2.4 \
         AND s.lat >= 48.8 AND s.lat <= 48.95 AND EXISTS (SELECT 1 FROM stock k WHERE k.store_id = s.id AND k.sku = 'x' AND k.available > 0)",
    )
    .fetch_all(&db_.pool)
    .await?;
    Ok(rows
        .iter()
        .filter_map(|r| r.try_get::<String, _>("detail").ok())
        .collect::<Vec<_>>()
        .join("; "))
}

/// Products whose brand and name have words starting with the typed words (all of them when
/// `q` is empty), catalogue order, with their variants.
pub async fn products(db_: &Db, q: &str, country: Option<&str>) -> Result<Vec<Product>, Error> {
    if q.chars().count() > 100 {
        return Err(ErrorId::BadRequest.into());
    }
    let folded = fold(q);
    let mut binds = Vec::new();
    let filter = if folded.is_empty() {
        "1 = 1".to_owned()
    } else {
        word_prefixes("folded", &folded, 1, &mut binds)
    };
    let sql = format!(
        "SELECT id, kind, brand, name FROM products WHERE {filter} ORDER BY sort, id LIMIT 30"
    );
    let mut query = sqlx::query(&sql);
    for b in &binds {
        query = query.bind(b);
    }
    let rows = query.fetch_all(&db_.pool).await?;
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
    for row in query.fetch_all(&db_.pool).await? {
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

/// Whether a product exists (for its picture).
pub async fn product_kind(db_: &Db, id: &str) -> Result<Option<(String, String)>, Error> {
    let row = sqlx::query("SELECT kind, brand FROM products WHERE id = $1")
        .bind(id)
        .fetch_optional(&db_.pool)
        .await?;
    row.map(|r| Ok((r.try_get("kind")?, r.try_get("brand")?)))
        .transpose()
}

/// What a reservation asks for.
pub struct ReserveRequest<'a> {
    pub store_id: &'a str,
    pub sku: &'a str,
    pub quantity: i64,
    pub idempotency_key: &'a str,
    /// The language shown, for the shop's name.
    pub lang: &'a str,
}

/// A reservation with its shop named in the language `$1` where the data has it.
const RESERVATION_SELECT: &str = "SELECT r.id, r.code, r.state, r.store_id, r.sku, r.quantity, r.unit_price, r.currency, r.created_at, r.hold_until, \
    COALESCE(t.name, s.name) AS store_name, COALESCE(t.street, s.street) AS street, s.postcode, COALESCE(t.city, s.city) AS city, s.time_zone, s.country, \
    k.colour, k.storage_gb, p.brand, p.name AS product_name \
    FROM reservations r JOIN stores s ON s.id = r.store_id JOIN skus k ON k.id = r.sku JOIN products p ON p.id = k.product_id \
    LEFT JOIN store_texts t ON t.store_id = r.store_id AND t.lang = $1";

/// A reservation of [`RESERVATION_SELECT`]'s row, for a screen in `lang`.
fn reservation(row: &sqlx::any::AnyRow, lang: &str) -> Result<Reservation, Error> {
    let code: String = row.try_get("code")?;
    let state = match row.try_get::<String, _>("state")?.as_str() {
        "active" => ReservationState::Active,
        "cancelled" => ReservationState::Cancelled,
        "expired" => ReservationState::Expired,
        _ => ReservationState::Collected,
    };
    let (qr_path, qr_size) = if state == ReservationState::Active {
        qr(&code)
    } else {
        (String::new(), 0)
    };
    let brand: String = row.try_get("brand")?;
    let name: String = row.try_get("product_name")?;
    let (street, postcode, city): (String, String, String) = (
        row.try_get("street")?,
        row.try_get("postcode")?,
        row.try_get("city")?,
    );
    let postcode =
        crate::countries::digits_in(&row.try_get::<String, _>("country")?, lang, &postcode);
    Ok(Reservation {
        id: row.try_get("id")?,
        code,
        qr_path,
        qr_size,
        state,
        store_id: row.try_get("store_id")?,
        store_name: row.try_get("store_name")?,
        store_address: [street, format!("{postcode} {city}").trim().to_owned()].join(", "),
        time_zone: row.try_get("time_zone")?,
        sku: row.try_get("sku")?,
        product_name: product_display_name(&brand, &name),
        colour: row.try_get("colour")?,
        storage_gb: row.try_get("storage_gb")?,
        quantity: row.try_get("quantity")?,
        unit_price: money(row, "unit_price", "currency")?,
        created_at: row.try_get("created_at")?,
        hold_until: row.try_get("hold_until")?,
    })
}

async fn reservation_where(
    db_: &Db,
    lang: &str,
    customer: &str,
    column: &str,
    value: &str,
) -> Result<Option<Reservation>, Error> {
    let sql = format!("{RESERVATION_SELECT} WHERE r.customer_id = $2 AND r.{column} = $3");
    let row = sqlx::query(&sql)
        .bind(lang)
        .bind(customer)
        .bind(value)
        .fetch_optional(&db_.pool)
        .await?;
    row.as_ref().map(|r| reservation(r, lang)).transpose()
}

/// The QR code of `text` as SVG path data (one `h` run per row of dark modules) and its size
/// in modules with a quiet zone of four.
pub fn qr(text: &str) -> (String, i64) {
    use qrcode::{Color, EcLevel, QrCode};
    let Ok(code) = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M) else {
        return (String::new(), 0);
    };
    let width = code.width();
    let colors = code.to_colors();
    let mut path = String::new();
    for y in 0..width {
        let mut x = 0;
        while x < width {
            if colors[y * width + x] == Color::Dark {
                let start = x;
                while x < width && colors[y * width + x] == Color::Dark {
                    x += 1;
                }
                path.push_str(&format!(
                    "M{} {}h{}v1h-{}z",
                    start + 4,
                    y + 4,
                    x - start,
                    x - start
                ));
            } else {
                x += 1;
            }
        }
    }
    (path, width as i64 + 8)
}

/// A pick-up code: 8 characters of Crockford's base 32 (no I, L, O, U), easy to read out.
fn pickup_code() -> String {
    use rand::Rng;
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let mut rng = rand::thread_rng();
    (0..8)
        .map(|_| char::from(ALPHABET[rng.gen_range(0..ALPHABET.len())]))
        .collect()
}

/// Reserves units of a SKU in a shop for `customer`, held until closing time of the shop's
/// next open day. A replay of the same key answers the first reservation and writes nothing.
pub async fn reserve(
    db_: &Db,
    audit: &Audit,
    r: &ReserveRequest<'_>,
    now: DateTime<Utc>,
) -> Result<Reservation, Error> {
    let customer = audit.customer_id.as_str();
    // None is not a quantity; more than five is over the limit a customer may hold.
    if r.quantity < 1 {
        return Err(ErrorId::BadRequest.into());
    }
    if r.quantity > 5 {
        return Err(ErrorId::ReservationLimit.into());
    }
    // A replay within the window gets the first reservation; the same key for another request,
    // or after the window (a stale retry, never a new reservation), is refused — as orders are.
    let replay = |first: Reservation| -> Result<Reservation, Error> {
        if !(first.store_id == r.store_id && first.sku == r.sku && first.quantity == r.quantity) {
            return Err(ErrorId::IdempotencyKeyReused.into());
        }
        let made: DateTime<Utc> = first
            .created_at
            .parse()
            .map_err(|_| Error::from(ErrorId::Internal))?;
        if now - made > Duration::hours(crate::tariff::domain::KEY_WINDOW_HOURS) {
            return Err(ErrorId::IdempotencyKeyExpired.into());
        }
        Ok(first)
    };
    if let Some(first) =
        reservation_where(db_, r.lang, customer, "idempotency_key", r.idempotency_key).await?
    {
        return replay(first);
    }
    let store = store_by_id(db_, r.store_id).await?;
    let max: Option<i64> = sqlx::query_scalar("SELECT max_per_customer FROM skus WHERE id = $1")
        .bind(r.sku)
        .fetch_optional(&db_.pool)
        .await?;
    let max = max.ok_or(ErrorId::ProductNotFound)?;
    if r.quantity > max {
        return Err(ErrorId::ReservationLimit.into());
    }
    let cals = calendars(db_, &[&store], now).await?;
    let hold_until = cals.of(&store).hold_until(now);
    // The shop's price now: the receipt keeps it.
    let price =
        sqlx::query("SELECT amount, currency FROM sku_prices WHERE sku = $1 AND country = $2")
            .bind(r.sku)
            .bind(&store.country)
            .fetch_optional(&db_.pool)
            .await?;
    let price = price
        .as_ref()
        .map(|row| money(row, "amount", "currency"))
        .transpose()?
        .flatten();

    let id = format!("res-{}", uuid::Uuid::new_v4());
    let mut tx = db_.pool.begin().await?;
    let inserted = sqlx::query(
        "INSERT INTO reservations (id, customer_id, idempotency_key, store_id, sku, quantity, code, state, created_at, hold_until, channel, \
         unit_price, currency) VALUES ($1, $2, $3, $4, $5, $6, $7, 'active', $8, $9, $10, $11, $12) ON CONFLICT (customer_id, idempotency_key) DO NOTHING",
    )
    .bind(&id)
    .bind(customer)
    .bind(r.idempotency_key)
    .bind(r.store_id)
    .bind(r.sku)
    .bind(r.quantity)
    .bind(pickup_code())
    .bind(rfc3339(now))
    .bind(rfc3339(hold_until))
    .bind(audit.channel)
    .bind(price.as_ref().map(|p| p.amount))
    .bind(price.as_ref().map(|p| p.currency.clone()))
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if inserted == 0 {
        // The same key at the same moment: the other request wrote it.
        tx.rollback().await?;
        let first = reservation_where(db_, r.lang, customer, "idempotency_key", r.idempotency_key)
            .await?
            .ok_or(ErrorId::Conflict)?;
        return replay(first);
    }
    let held = sqlx::query(
        "INSERT INTO reservation_holds (customer_id, sku, held) VALUES ($1, $2, $3) \
         ON CONFLICT (customer_id, sku) DO UPDATE SET held = reservation_holds.held + excluded.held \
         WHERE reservation_holds.held + excluded.held <= $4",
    )
    .bind(customer)
    .bind(r.sku)
    .bind(r.quantity)
    .bind(max)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if held == 0 {
        tx.rollback().await?;
        return Err(ErrorId::ReservationLimit.into());
    }
    let taken = sqlx::query("UPDATE stock SET available = available - $1 WHERE store_id = $2 AND sku = $3 AND available >= $1")
        .bind(r.quantity)
        .bind(r.store_id)
        .bind(r.sku)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if taken == 0 {
        tx.rollback().await?;
        return Err(ErrorId::OutOfStock.into());
    }
    crate::tariff::sql::audit(
        &mut tx,
        audit,
        "reserve",
        &id,
        &format!("{} × {} at {}", r.quantity, r.sku, r.store_id),
    )
    .await?;
    tx.commit().await?;
    reservation_where(db_, r.lang, customer, "id", &id)
        .await?
        .ok_or_else(|| ErrorId::Internal.into())
}

/// Ends an active reservation (`cancelled`, `expired`) and gives its units back, in one
/// transaction. The guarded update makes it happen once: `false` when it had already ended.
async fn end(
    db_: &Db,
    id: &str,
    state: &str,
    now: DateTime<Utc>,
    audit: Option<&Audit>,
) -> Result<bool, Error> {
    let mut tx = db_.pool.begin().await?;
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

/// Cancels the customer's active reservation; its units are free again at once.
pub async fn cancel(
    db_: &Db,
    audit: &Audit,
    id: &str,
    lang: &str,
    now: DateTime<Utc>,
) -> Result<Reservation, Error> {
    let existing = reservation_where(db_, lang, &audit.customer_id, "id", id)
        .await?
        .ok_or(ErrorId::ReservationNotFound)?;
    if existing.state != ReservationState::Active
        || !end(db_, id, "cancelled", now, Some(audit)).await?
    {
        return Err(ErrorId::ReservationNotCancellable.into());
    }
    reservation_where(db_, lang, &audit.customer_id, "id", id)
        .await?
        .ok_or_else(|| ErrorId::Internal.into())
}

/// Expires the reservations whose hold has passed at `now` (of one customer, or all), giving
/// their units back. Returns how many this call expired; another process expiring the same
/// reservation at the same moment makes one of the two count it, never both.
pub async fn release_expired(
    db_: &Db,
    customer: Option<&str>,
    now: DateTime<Utc>,
) -> Result<u64, Error> {
    let ids: Vec<String> = match customer {
        Some(c) => sqlx::query_scalar("SELECT id FROM reservations WHERE state = 'active' AND hold_until <= $1 AND customer_id = $2 LIMIT 500")
            .bind(rfc3339(now))
            .bind(c)
            .fetch_all(&db_.pool)
            .await,
        None => sqlx::query_scalar("SELECT id FROM reservations WHERE state = 'active' AND hold_until <= $1 LIMIT 500")
            .bind(rfc3339(now))
            .fetch_all(&db_.pool)
            .await,
    }?;
    let mut released = 0;
    for id in ids {
        if end(db_, &id, "expired", now, None).await? {
            released += 1;
        }
    }
    Ok(released)
}

/// The customer's reservations, newest first (expired ones released first).
pub async fn list(
    db_: &Db,
    customer: &str,
    lang: &str,
    now: DateTime<Utc>,
) -> Result<Vec<Reservation>, Error> {
    release_expired(db_, Some(customer), now).await?;
    let sql = format!(
        "{RESERVATION_SELECT} WHERE r.customer_id = $2 ORDER BY r.created_at DESC, r.id LIMIT 20"
    );
    let rows = sqlx::query(&sql)
        .bind(lang)
        .bind(customer)
        .fetch_all(&db_.pool)
        .await?;
    rows.iter().map(|r| reservation(r, lang)).collect()
}

/// A product's picture: a drawing of its kind in its brand's colour (demo pictures; an
/// operator's catalogue would point at its own).
pub fn picture(kind: &str, brand: &str) -> String {
    let colour = match brand {
        "Samsung" => "#1428a0",
        "Apple" => "#555555",
        "Google" => "#34a853",
        "Xiaomi" => "#ff6900",
        "Huawei" => "#c7000b",
        _ => "#0b6e4f",
    };
    let shape = match kind {
        "sim" => {
            r##"<path d="M30 14h28l14 14v58H30z" fill="#d9d9d9" stroke="C" stroke-width="3"/><rect x="40" y="42" width="22" height="26" rx="3" fill="#c9a227"/>"##
        }
        "accessory" => {
            r##"<rect x="26" y="30" width="48" height="40" rx="10" fill="C"/><rect x="44" y="70" width="12" height="18" fill="C"/>"##
        }
        _ => {
            r##"<rect x="28" y="8" width="44" height="84" rx="8" fill="C"/><rect x="32" y="16" width="36" height="64" rx="2" fill="#e8f0fe"/><circle cx="50" cy="86" r="3" fill="#fff"/>"##
        }
    };
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100" height="100">{}</svg>"#,
        shape.replace("\"C\"", &format!("\"{colour}\""))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        // Paris (Notre-Dame) to Lyon (Bellecour): about 392 km.
        let d = distance_m(48.8530, 2.3499, 45.7578, 4.8320);
        assert!((d - 392_000.0).abs() < 3_000.0, "{d}");
        assert_eq!(distance_m(14.7, -17.4, 14.7, -17.4), 0.0);
        // Across the equator and the prime meridian.
        let d = distance_m(5.3600, -4.0083, -1.0, 1.0);
        assert!(d > 800_000.0 && d < 900_000.0, "{d}");
    }

    #[test]
    fn queries_are_checked() {
        let ok = NearQuery {
            at: Some((48.85, 2.35)),
            radius_m: 10_000.0,
            limit: 20,
            ..Default::default()
        };
        assert!(ok.validate().is_ok());
        let bad = |q: NearQuery| q.validate().unwrap_err().id();
        assert_eq!(
            bad(NearQuery {
                at: Some((91.0, 2.35)),
                ..ok.clone()
            }),
            ErrorId::BadCoordinates
        );
        assert_eq!(
            bad(NearQuery {
                at: Some((48.85, f64::NAN)),
                ..ok.clone()
            }),
            ErrorId::BadCoordinates
        );
        assert_eq!(
            bad(NearQuery {
                at: None,
                ..ok.clone()
            }),
            ErrorId::BadCoordinates
        );
        assert!(NearQuery {
            at: None,
            here: Some("store-fr-paris-1".into()),
            ..ok.clone()
        }
        .validate()
        .is_ok());
        assert_eq!(
            bad(NearQuery {
                radius_m: 5_000_000.0,
                ..ok.clone()
            }),
            ErrorId::RadiusTooLarge
        );
        assert_eq!(
            bad(NearQuery {
                radius_m: 0.0,
                ..ok.clone()
            }),
            ErrorId::BadRequest
        );
        assert_eq!(
            bad(NearQuery {
                radius_m: -5.0,
                ..ok.clone()
            }),
            ErrorId::BadRequest
        );
        assert_eq!(
            bad(NearQuery {
                limit: 0,
                ..ok.clone()
            }),
            ErrorId::BadRequest
        );
        assert_eq!(query_text(" ' - ").unwrap_err().id(), ErrorId::QueryEmpty);
        assert_eq!(
            query_text(&"a".repeat(100_000)).unwrap_err().id(),
            ErrorId::BadRequest
        );
    }

    #[test]
    fn qr_codes_are_squares_with_a_quiet_zone() {
        let (path, size) = qr("7KQ2M9XD");
        assert_eq!(size, 21 + 8);
        assert!(path.starts_with("M4 4h7v1h-7z"), "{path}"); // the finder pattern's top row
        let code = pickup_code();
        assert_eq!(code.len(), 8);
        assert!(
            code.bytes()
                .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
                && !code.contains(['I', 'L', 'O', 'U'])
        );
    }
}
