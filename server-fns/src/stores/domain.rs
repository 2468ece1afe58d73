//! The store locator's logic over [`Shops`]: suggestions from the widget's own gazetteer, the
//! nearest shops with their opening state in their own time zone and their stock, the product
//! catalogue; reservations are in `reservations.rs`.
//!
//! Searching and reading stock need no customer. A search reads the shops in the box of a
//! circle, in rings that grow until enough shops match; distances are then exact (haversine)
//! in Rust.

use crate::api::{
    DayHours, ErrorId, HourPeriod, Money, Opening, Place, Product, Special, StockLevel,
    StockStatus, Store, StoreService, StoresResponse,
};
use crate::server::clock::rfc3339;
use crate::server::db::Db;
use crate::server::error::Error;
use crate::server::hours::{self, Calendar};
use crate::server::text::fold;
use crate::stores::storage::{BoxQuery, Shops, Site, Spot};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use std::collections::HashMap;

// Reservations are in `reservations.rs`; the server functions and other features find them here.
pub use super::reservations::{cancel, list, qr, release_expired, reserve, ReserveRequest};
// The pictures' route asks the widget's own catalogue.
pub use super::sql::product_kind;

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

/// Places whose name (in any of its languages) has words starting with the typed words,
/// larger places first; in `country` when given. The gazetteer is the widget's own.
pub async fn suggest(db_: &Db, q: &str, country: Option<&str>) -> Result<Vec<Place>, Error> {
    let folded = query_text(q)?;
    let mut out: Vec<Place> = Vec::new();
    for place in super::sql::places(db_, &folded, country).await? {
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

/// Holidays and exceptions of some shops around `now`: what their calendars need.
pub(super) struct Calendars {
    holidays: HashMap<String, HashMap<NaiveDate, String>>,
}

/// The days a calendar looks at around `now`: from two days before to ten after.
fn window(now: DateTime<Utc>) -> (NaiveDate, NaiveDate) {
    (
        (now - Duration::days(2)).date_naive(),
        (now + Duration::days(10)).date_naive(),
    )
}

pub(super) async fn calendars(
    shops: &dyn Shops,
    sites: &[&Site],
    now: DateTime<Utc>,
) -> Result<Calendars, Error> {
    let mut countries: Vec<&str> = sites.iter().map(|s| s.country.as_str()).collect();
    countries.sort_unstable();
    countries.dedup();
    Ok(Calendars {
        holidays: shops.holidays(&countries, window(now)).await?,
    })
}

static NO_HOLIDAYS: std::sync::LazyLock<HashMap<NaiveDate, String>> =
    std::sync::LazyLock::new(HashMap::new);

impl Calendars {
    pub(super) fn of<'a>(&'a self, s: &'a Site) -> Calendar<'a> {
        Calendar {
            tz: s.tz,
            week: &s.week,
            holidays: self.holidays.get(&s.country).unwrap_or(&NO_HOLIDAYS),
            exceptions: &s.exceptions,
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

/// One shop, with its exceptional days around `now`.
pub(super) async fn site(
    shops: &dyn Shops,
    id: &str,
    lang: &str,
    now: DateTime<Utc>,
) -> Result<Site, Error> {
    shops
        .sites(&[id], lang, Some(window(now)))
        .await?
        .pop()
        .ok_or_else(|| ErrorId::StoreNotFound.into())
}

/// A shop's name (in `lang` where the data has it) and whether it is open at `now` (its week,
/// holidays and exceptions); none for an unknown shop.
pub async fn open_now(
    shops: &dyn Shops,
    id: &str,
    lang: &str,
    now: DateTime<Utc>,
) -> Result<Option<(String, bool)>, Error> {
    let store = match site(shops, id, lang, now).await {
        Ok(s) => s,
        Err(e) if e.is(ErrorId::StoreNotFound) => return Ok(None),
        Err(e) => return Err(e),
    };
    let calendars = calendars(shops, &[&store], now).await?;
    let open = calendars.of(&store).state(now).open;
    Ok(Some((store.name, open)))
}

/// The box of latitudes and longitudes around a circle.
fn bounding_box((lat, lon): (f64, f64), radius: f64) -> ((f64, f64), (f64, f64)) {
    let dlat = (radius / EARTH_RADIUS_M).to_degrees();
    let (lat_lo, lat_hi) = ((lat - dlat).max(-90.0), (lat + dlat).min(90.0));
    let cos = lat_lo
        .to_radians()
        .cos()
        .min(lat_hi.to_radians().cos())
        .max(0.01);
    let dlon = (dlat / cos).min(180.0);
    (
        (lat_lo, lat_hi),
        ((lon - dlon).max(-180.0), (lon + dlon).min(180.0)),
    )
}

/// The shops a search shows: the `limit` nearest within the radius that pass the filters,
/// read in rings of 2, 4, 8, 16 km… up to the radius asked for, until enough shops match;
/// each ring reads at most about four times the shops of the one before. With open-now, the
/// details of the ring's shops (read for the filter) are kept for the answer.
async fn nearest(
    shops: &dyn Shops,
    q: &NearQuery,
    (lat, lon): (f64, f64),
    now: DateTime<Utc>,
) -> Result<Vec<(f64, Spot, Option<Site>)>, Error> {
    let service = q.service.map(service_bit);
    let in_stock = q.sku.as_deref().filter(|_| q.in_stock);
    let mut radius = q.radius_m.min(2_000.0);
    // With open-now, the shops read in a ring and whether they are open, for the next rings.
    let mut seen: HashMap<String, (Site, bool)> = HashMap::new();
    loop {
        let (lat_range, lon_range) = bounding_box((lat, lon), radius);
        let spots = shops
            .in_box(&BoxQuery {
                lat: lat_range,
                lon: lon_range,
                service,
                in_stock,
            })
            .await?;
        let mut within: Vec<(f64, Spot, Option<Site>)> = spots
            .into_iter()
            .map(|c| (distance_m(lat, lon, c.lat, c.lon), c, None))
            .filter(|(d, c, _)| *d <= radius && q.here.as_deref() != Some(c.id.as_str()))
            .collect();
        if q.open_now {
            let new: Vec<&str> = within
                .iter()
                .map(|(_, c, _)| c.id.as_str())
                .filter(|id| !seen.contains_key(*id))
                .collect();
            if !new.is_empty() {
                let sites = shops.sites(&new, q.lang, Some(window(now))).await?;
                let cals = calendars(shops, &sites.iter().collect::<Vec<_>>(), now).await?;
                let states: Vec<bool> = sites.iter().map(|s| cals.of(s).state(now).open).collect();
                for (site, open) in sites.into_iter().zip(states) {
                    seen.insert(site.id.clone(), (site, open));
                }
            }
            within = within
                .into_iter()
                .filter_map(|(d, c, _)| match seen.get(&c.id) {
                    Some((site, true)) => Some((d, c, Some(site.clone()))),
                    _ => None,
                })
                .collect();
        }
        if within.len() >= q.limit || radius >= q.radius_m {
            within.sort_by(|a, b| a.0.total_cmp(&b.0));
            within.truncate(q.limit);
            return Ok(within);
        }
        radius = (radius * 2.0).min(q.radius_m);
    }
}

/// The nearest shops to a point (or to the kiosk's shop), nearest first, with their opening
/// state at `now` and the stock of the asked-for SKU; the kiosk's shop first.
pub async fn near(
    shops: &dyn Shops,
    q: &NearQuery,
    now: DateTime<Utc>,
) -> Result<StoresResponse, Error> {
    q.validate()?;
    let here = match &q.here {
        Some(id) => Some(site(shops, id, q.lang, now).await?),
        None => None,
    };
    let (lat, lon) = match (q.at, &here) {
        (Some(at), _) => at,
        (None, Some(s)) => (s.lat, s.lon),
        (None, None) => return Err(ErrorId::BadCoordinates.into()),
    };
    let sku = match &q.sku {
        Some(sku) => Some(
            shops
                .skus(&[sku.as_str()])
                .await?
                .pop()
                .ok_or(ErrorId::ProductNotFound)?,
        ),
        None => None,
    };
    let found = nearest(shops, q, (lat, lon), now).await?;
    // The details of the few shops shown (the rings read only ids and coordinates).
    let missing: Vec<&str> = found
        .iter()
        .filter(|(_, _, s)| s.is_none())
        .map(|(_, c, _)| c.id.as_str())
        .collect();
    let mut details: HashMap<String, Site> = if missing.is_empty() {
        HashMap::new()
    } else {
        shops
            .sites(&missing, q.lang, Some(window(now)))
            .await?
            .into_iter()
            .map(|s| (s.id.clone(), s))
            .collect()
    };
    let found: Vec<(f64, Site)> = found
        .into_iter()
        .filter_map(|(d, c, s)| s.or_else(|| details.remove(&c.id)).map(|s| (d, s)))
        .collect();
    let here = here.map(|s| (distance_m(lat, lon, s.lat, s.lon), s));
    let all: Vec<(bool, f64, Site)> = here
        .into_iter()
        .map(|(d, s)| (true, d, s))
        .chain(found.into_iter().map(|(d, s)| (false, d, s)))
        .collect();
    let refs: Vec<&Site> = all.iter().map(|(_, _, s)| s).collect();
    let cals = calendars(shops, &refs, now).await?;
    let stock = match &sku {
        Some(sku) => {
            shops
                .stock(
                    &sku.id,
                    &refs.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(),
                )
                .await?
        }
        None => HashMap::new(),
    };
    // The filters again on what is shown, whatever the backend applied (an operator's systems
    // may ignore a filter they do not know); the kiosk's shop is shown whatever the filters.
    let wanted = |s: &Site| {
        q.service.is_none_or(|x| s.services & service_bit(x) != 0)
            && (!q.in_stock || sku.is_none() || stock.get(&s.id).is_some_and(|n| *n > 0))
    };
    let stores = all
        .into_iter()
        .filter(|(here, _, s)| *here || wanted(s))
        .map(|(here, d, s)| {
            let calendar = cals.of(&s);
            Store {
                opening: opening(&calendar, now),
                week: week(&calendar, now),
                stock: sku.as_ref().map(|sku| {
                    level(
                        &sku.id,
                        stock.get(&s.id).copied().unwrap_or(0),
                        s.show_quantity,
                        sku.prices.get(&s.country).cloned(),
                    )
                }),
                postcode: crate::countries::digits_in(&s.country, q.lang, &s.postcode),
                time_zone: s.tz.name().to_owned(),
                distance_m: d.round() as i64,
                services: StoreService::ALL
                    .into_iter()
                    .filter(|x| s.services & service_bit(*x) != 0)
                    .collect(),
                id: s.id,
                code: s.code,
                name: s.name,
                street: s.street,
                city: s.city,
                country: s.country,
                phone: s.phone,
                lat: s.lat,
                lon: s.lon,
                here,
            }
        })
        .collect();
    Ok(StoresResponse {
        stores,
        radius_m: q.radius_m.round() as i64,
        map: None,
    })
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

/// Products whose brand and name have words starting with the typed words (all of them when
/// `q` is empty), catalogue order, with their variants.
pub async fn products(
    shops: &dyn Shops,
    q: &str,
    country: Option<&str>,
) -> Result<Vec<Product>, Error> {
    if q.chars().count() > 100 {
        return Err(ErrorId::BadRequest.into());
    }
    shops.products(&fold(q), country).await
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
}
