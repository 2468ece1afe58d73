//! The shops, their stock, the devices sold there and the reservations as TM Forum resources:
//! TMF674 `GeographicSite` (its `calendar` the weekly hours and exceptional days), TMF687
//! `ProductStock` and `ReserveProductStock`, and TMF620 `ProductSpecification` for a device
//! with its SKUs. What TMF has no field for is an extension field, as the `@type` says.

use super::{Money, Quantity, Ref, TimePeriod};
use crate::api::{Product, ProductKind, Variant};
use crate::server::error::Error;
use crate::server::hours::{self, Period, Week};
use crate::stores::domain::{FINANCING, MOBILE_MONEY, REPAIRS, SIM, STEP_FREE};
use crate::stores::storage::{ReservationRow, Site, Sku, Spot};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

const DAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

const SERVICES: [(i64, &str); 5] = [
    (REPAIRS, "repairs"),
    (SIM, "sim"),
    (FINANCING, "financing"),
    (MOBILE_MONEY, "mobileMoney"),
    (STEP_FREE, "stepFree"),
];

/// A point (`x` the longitude, `y` the latitude).
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct GeographicLocation {
    pub geometry_type: String,
    pub geometry: Vec<Point>,
}

/// A site's address and where it is (TMF673 `GeographicAddress`).
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct SitePlace {
    #[serde(default)]
    pub street_name: String,
    #[serde(default)]
    pub postcode: String,
    #[serde(default)]
    pub city: String,
    #[serde(default)]
    pub country: String,
    pub geographic_location: GeographicLocation,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct HourPeriod {
    pub start_hour: String,
    pub end_hour: String,
}

/// A day of a site's calendar: a weekday (`monday`…) of its weekly hours, or a date
/// (`2026-12-24`) of its own exceptional hours; `closed` with no periods.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct CalendarPeriod {
    pub day: String,
    pub status: String,
    pub time_zone: String,
    #[serde(default)]
    pub hour_period: Vec<HourPeriod>,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ContactMedium {
    pub medium_type: String,
    pub characteristic: HashMap<String, String>,
}

/// TMF674 `GeographicSite`: a shop. A search answers only `id` and `place` of each.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct GeographicSite {
    pub id: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub code: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub status: String,
    pub place: Vec<SitePlace>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub calendar: Vec<CalendarPeriod>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contact_medium: Vec<ContactMedium>,
    /// Extension: the services the shop offers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub services: Option<Vec<String>>,
    /// Extension: whether the shop shows how many units it has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_quantity: Option<bool>,
    #[serde(rename = "@type", default)]
    pub kind: String,
}

fn clock(minutes: u16) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

fn calendar_day(day: String, tz: &str, periods: &[Period]) -> CalendarPeriod {
    CalendarPeriod {
        day,
        status: if periods.is_empty() { "closed" } else { "open" }.into(),
        time_zone: tz.to_owned(),
        hour_period: periods
            .iter()
            .map(|p| HourPeriod {
                start_hour: clock(p.start),
                end_hour: clock(p.end),
            })
            .collect(),
    }
}

/// A day's periods, checked as the widget's own hours are (`hours::parse_periods`): an end
/// after its start, up to 48:00.
fn periods(day: &CalendarPeriod) -> Result<Vec<Period>, Error> {
    if day.status.eq_ignore_ascii_case("closed") {
        return Ok(Vec::new());
    }
    let text: Vec<String> = day
        .hour_period
        .iter()
        .map(|p| {
            format!(
                "{}-{}",
                p.start_hour.replace(':', ""),
                p.end_hour.replace(':', "")
            )
        })
        .collect();
    hours::parse_periods(&text.join(" "))
        .ok_or_else(|| Error::Backend(format!("hours that are not hours on {}", day.day)))
}

impl GeographicSite {
    /// Only where a shop is: what a search answers.
    pub fn spot(s: &Spot) -> GeographicSite {
        GeographicSite {
            id: s.id.clone(),
            code: String::new(),
            name: String::new(),
            status: String::new(),
            place: vec![SitePlace {
                street_name: String::new(),
                postcode: String::new(),
                city: String::new(),
                country: String::new(),
                geographic_location: GeographicLocation {
                    geometry_type: "point".into(),
                    geometry: vec![Point { x: s.lon, y: s.lat }],
                },
            }],
            calendar: Vec::new(),
            contact_medium: Vec::new(),
            services: None,
            show_quantity: None,
            kind: "GeographicSite".into(),
        }
    }

    fn point(&self) -> Result<&Point, Error> {
        self.place
            .first()
            .and_then(|p| p.geographic_location.geometry.first())
            .ok_or_else(|| Error::Backend(format!("site {} has no location", self.id)))
    }
}

impl From<&Site> for GeographicSite {
    fn from(s: &Site) -> Self {
        let tz = s.tz.name();
        let mut calendar: Vec<CalendarPeriod> = DAYS
            .iter()
            .zip(&s.week.0)
            .map(|(day, periods)| calendar_day((*day).to_owned(), tz, periods))
            .collect();
        let mut exceptions: Vec<(&NaiveDate, &Vec<Period>)> = s.exceptions.iter().collect();
        exceptions.sort_by_key(|(date, _)| **date);
        calendar.extend(
            exceptions
                .into_iter()
                .map(|(date, periods)| calendar_day(date.to_string(), tz, periods)),
        );
        GeographicSite {
            id: s.id.clone(),
            code: s.code.clone(),
            name: s.name.clone(),
            status: "active".into(),
            place: vec![SitePlace {
                street_name: s.street.clone(),
                postcode: s.postcode.clone(),
                city: s.city.clone(),
                country: s.country.clone(),
                geographic_location: GeographicLocation {
                    geometry_type: "point".into(),
                    geometry: vec![Point { x: s.lon, y: s.lat }],
                },
            }],
            calendar,
            contact_medium: vec![ContactMedium {
                medium_type: "phone".into(),
                characteristic: HashMap::from([("phoneNumber".into(), s.phone.clone())]),
            }],
            services: Some(
                SERVICES
                    .iter()
                    .filter(|(bit, _)| s.services & bit != 0)
                    .map(|(_, name)| (*name).to_owned())
                    .collect(),
            ),
            show_quantity: Some(s.show_quantity),
            kind: "SelfcareShop".into(),
        }
    }
}

impl TryFrom<GeographicSite> for Spot {
    type Error = Error;
    fn try_from(g: GeographicSite) -> Result<Self, Error> {
        let point = g.point()?;
        Ok(Spot {
            lat: point.y,
            lon: point.x,
            id: g.id,
        })
    }
}

impl TryFrom<GeographicSite> for Site {
    type Error = Error;
    fn try_from(g: GeographicSite) -> Result<Self, Error> {
        let point = g.point()?.clone();
        let place = g
            .place
            .first()
            .cloned()
            .ok_or_else(|| Error::Backend("no place".into()))?;
        let tz = g
            .calendar
            .first()
            .map(|c| c.time_zone.as_str())
            .ok_or_else(|| Error::Backend(format!("site {} has no calendar", g.id)))?;
        let mut week = Week::default();
        let mut exceptions = HashMap::new();
        for day in &g.calendar {
            if let Some(i) = DAYS.iter().position(|d| d.eq_ignore_ascii_case(&day.day)) {
                week.0[i] = periods(day)?;
            } else if let Ok(date) = day.day.parse::<NaiveDate>() {
                exceptions.insert(date, periods(day)?);
            }
        }
        let services = g.services.unwrap_or_default();
        Ok(Site {
            tz: tz
                .parse()
                .map_err(|_| Error::Backend(format!("time zone {tz:?}")))?,
            code: g.code,
            country: place.country,
            name: g.name,
            street: place.street_name,
            postcode: place.postcode,
            city: place.city,
            phone: g
                .contact_medium
                .iter()
                .find(|c| c.medium_type == "phone")
                .and_then(|c| c.characteristic.get("phoneNumber").cloned())
                .unwrap_or_default(),
            lat: point.y,
            lon: point.x,
            week,
            services: SERVICES
                .iter()
                .filter(|(_, name)| services.iter().any(|s| s == name))
                .map(|(bit, _)| bit)
                .sum(),
            show_quantity: g.show_quantity.unwrap_or(false),
            exceptions,
            id: g.id,
        })
    }
}

/// The name of a service as [`GeographicSite::services`] has it.
pub fn service_name(bit: i64) -> Option<&'static str> {
    SERVICES.iter().find(|(b, _)| *b == bit).map(|(_, n)| *n)
}

pub fn service_bit(name: &str) -> Option<i64> {
    SERVICES.iter().find(|(_, n)| *n == name).map(|(b, _)| *b)
}

/// TMF687 `ProductStock`: the units of a SKU in a shop.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ProductStock {
    pub id: String,
    pub place: Ref,
    pub stocked_product: Ref,
    pub product_stock_level: Quantity,
    pub product_stock_status_type: String,
    pub product_stock_usage_type: String,
}

impl ProductStock {
    pub fn new(store: &str, sku: &str, available: i64) -> ProductStock {
        ProductStock {
            id: format!("{store}:{sku}"),
            place: Ref::to(store),
            stocked_product: Ref::to(sku),
            product_stock_level: Quantity {
                amount: available,
                units: "unit".into(),
            },
            product_stock_status_type: if available > 0 {
                "available"
            } else {
                "unavailable"
            }
            .into(),
            product_stock_usage_type: "inShop".into(),
        }
    }
}

/// A SKU's price in a country.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct CountryPrice {
    pub place: Ref,
    pub price: Money,
}

/// A device's SKU: its colour and storage, what one customer may hold, its prices.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct DeviceSku {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub colour: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage_gb: Option<i64>,
    pub max_per_customer: i64,
    #[serde(default)]
    pub price: Vec<CountryPrice>,
}

/// TMF620 `ProductSpecification` of a device (or SIM, accessory) with its SKUs (extension).
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ProductSpecification {
    pub id: String,
    pub name: String,
    pub brand: String,
    /// Extension: `device`, `sim` or `accessory`.
    pub product_kind: String,
    pub sku: Vec<DeviceSku>,
    #[serde(rename = "@type", default)]
    pub kind: String,
}

fn kind_str(k: ProductKind) -> &'static str {
    match k {
        ProductKind::Device => "device",
        ProductKind::Sim => "sim",
        ProductKind::Accessory => "accessory",
    }
}

fn money(m: &crate::api::Money) -> Money {
    Money::from_minor(m.amount, &m.currency)
}

fn api_money(m: &Money) -> crate::api::Money {
    crate::api::Money {
        amount: m.minor(),
        currency: m.unit.clone(),
    }
}

impl ProductSpecification {
    /// A product as a search shows it, its SKUs priced in `country`.
    pub fn product(p: &Product, country: Option<&str>) -> ProductSpecification {
        ProductSpecification {
            id: p.id.clone(),
            name: p.name.clone(),
            brand: p.brand.clone(),
            product_kind: kind_str(p.kind).into(),
            sku: p
                .variants
                .iter()
                .map(|v| DeviceSku {
                    id: v.sku.clone(),
                    colour: v.colour.clone(),
                    storage_gb: v.storage_gb,
                    max_per_customer: v.max_per_customer,
                    price: v
                        .price
                        .iter()
                        .zip(country)
                        .map(|(m, c)| CountryPrice {
                            place: Ref::to(c),
                            price: money(m),
                        })
                        .collect(),
                })
                .collect(),
            kind: "SelfcareDevice".into(),
        }
    }

    /// SKUs, each as its product with that one SKU, priced in every country.
    pub fn skus(skus: &[Sku]) -> Vec<ProductSpecification> {
        skus.iter()
            .map(|k| {
                let mut prices: Vec<(&String, &crate::api::Money)> = k.prices.iter().collect();
                prices.sort_by_key(|(country, _)| country.as_str());
                ProductSpecification {
                    id: k.product_id.clone(),
                    name: k.name.clone(),
                    brand: k.brand.clone(),
                    product_kind: String::new(),
                    sku: vec![DeviceSku {
                        id: k.id.clone(),
                        colour: k.colour.clone(),
                        storage_gb: k.storage_gb,
                        max_per_customer: k.max_per_customer,
                        price: prices
                            .into_iter()
                            .map(|(c, m)| CountryPrice {
                                place: Ref::to(c),
                                price: money(m),
                            })
                            .collect(),
                    }],
                    kind: "SelfcareDevice".into(),
                }
            })
            .collect()
    }

    pub fn to_product(&self, country: Option<&str>) -> Product {
        Product {
            image: format!("/images/products/{}.svg", self.id),
            id: self.id.clone(),
            kind: match self.product_kind.as_str() {
                "sim" => ProductKind::Sim,
                "accessory" => ProductKind::Accessory,
                _ => ProductKind::Device,
            },
            brand: self.brand.clone(),
            name: self.name.clone(),
            variants: self
                .sku
                .iter()
                .map(|k| Variant {
                    sku: k.id.clone(),
                    colour: k.colour.clone(),
                    storage_gb: k.storage_gb,
                    max_per_customer: k.max_per_customer,
                    price: k
                        .price
                        .iter()
                        .find(|p| Some(p.place.id.as_str()) == country)
                        .map(|p| api_money(&p.price)),
                })
                .collect(),
        }
    }

    pub fn to_skus(&self) -> Vec<Sku> {
        self.sku
            .iter()
            .map(|k| Sku {
                id: k.id.clone(),
                product_id: self.id.clone(),
                brand: self.brand.clone(),
                name: self.name.clone(),
                colour: k.colour.clone(),
                storage_gb: k.storage_gb,
                max_per_customer: k.max_per_customer,
                prices: k
                    .price
                    .iter()
                    .map(|p| (p.place.id.clone(), api_money(&p.price)))
                    .collect(),
            })
            .collect()
    }
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ReserveItem {
    pub requested_product: Ref,
    pub quantity_requested: Quantity,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity_reserved: Option<Quantity>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reserve_product_stock_state: Option<String>,
}

/// TMF687 `ReserveProductStock`: units of a SKU held in a shop for a customer until the end
/// of `validFor`. `externalId` (extension) is the widget's idempotency key; the reservation's
/// own life (`active`, `cancelled`, `expired`, `collected`), its pick-up code and the unit
/// price are extension fields of `@type: SelfcareReservation`.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ReserveProductStock {
    #[serde(default)]
    pub id: String,
    pub external_id: String,
    pub creation_date: String,
    pub place: Ref,
    pub related_party: Vec<Ref>,
    #[serde(default)]
    pub channel: Vec<Ref>,
    pub valid_for: TimePeriod,
    /// The task's state: `accepted` asked, `done` made.
    pub state: String,
    pub reserve_product_stock_item: Vec<ReserveItem>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reservation_state: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pickup_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_price: Option<Money>,
    #[serde(rename = "@type", default)]
    pub kind: String,
}

impl ReserveProductStock {
    pub fn stored(r: &ReservationRow) -> ReserveProductStock {
        ReserveProductStock {
            id: r.id.clone(),
            external_id: r.idempotency_key.clone(),
            creation_date: r.created_at.clone(),
            place: Ref::to(&r.store_id),
            related_party: vec![Ref::party(&r.customer_id, "customer")],
            channel: Vec::new(),
            valid_for: TimePeriod {
                start_date_time: Some(r.created_at.clone()),
                end_date_time: Some(r.hold_until.clone()),
            },
            state: "done".into(),
            reserve_product_stock_item: vec![ReserveItem {
                requested_product: Ref::to(&r.sku),
                quantity_requested: Quantity {
                    amount: r.quantity,
                    units: "unit".into(),
                },
                quantity_reserved: Some(Quantity {
                    amount: r.quantity,
                    units: "unit".into(),
                }),
                reserve_product_stock_state: Some("reserved".into()),
            }],
            reservation_state: Some(r.state.clone()),
            pickup_code: Some(r.code.clone()),
            unit_price: r.unit_price.as_ref().map(money),
            kind: "SelfcareReservation".into(),
        }
    }

    pub fn item(&self) -> Result<&ReserveItem, Error> {
        self.reserve_product_stock_item
            .first()
            .ok_or_else(|| Error::Backend("a reservation without an item".into()))
    }

    pub fn customer(&self) -> Option<&str> {
        super::party(&self.related_party, "customer")
    }
}

impl TryFrom<ReserveProductStock> for ReservationRow {
    type Error = Error;
    fn try_from(r: ReserveProductStock) -> Result<Self, Error> {
        let missing = |what: &str| Error::Backend(format!("a reservation without {what}"));
        let item = r.item()?.clone();
        Ok(ReservationRow {
            customer_id: r.customer().ok_or_else(|| missing("customer"))?.to_owned(),
            idempotency_key: r.external_id,
            code: r.pickup_code.ok_or_else(|| missing("pickupCode"))?,
            state: r
                .reservation_state
                .ok_or_else(|| missing("reservationState"))?,
            store_id: r.place.id,
            sku: item.requested_product.id,
            quantity: item.quantity_requested.amount,
            unit_price: r.unit_price.as_ref().map(api_money),
            created_at: r.creation_date,
            hold_until: r
                .valid_for
                .end_date_time
                .ok_or_else(|| missing("validFor"))?,
            id: r.id,
        })
    }
}

/// A change of a reservation's life: `cancelled` by its customer (`PATCH`).
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ReservationPatch {
    pub reservation_state: String,
    pub related_party: Vec<Ref>,
    #[serde(default)]
    pub channel: Vec<Ref>,
    pub date: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::hours::parse_week;

    #[test]
    fn a_shop_crosses_tmf674_unchanged() {
        let site = Site {
            id: "store-x".into(),
            code: "X1".into(),
            country: "EG".into(),
            name: "متجر".into(),
            street: "شارع التحرير".into(),
            postcode: "11511".into(),
            city: "القاهرة".into(),
            phone: "+20 2 0000 0000".into(),
            lat: 30.0444,
            lon: 31.2357,
            tz: "Africa/Cairo".parse().unwrap(),
            // Overnight on Friday, closed on Sunday.
            week: parse_week("1 0900-1300 1400-1900,5 1800-2600,6 1000-1400").unwrap(),
            services: REPAIRS | MOBILE_MONEY | STEP_FREE,
            show_quantity: true,
            exceptions: HashMap::from([
                ("2026-12-24".parse().unwrap(), Vec::new()),
                (
                    "2026-12-31".parse().unwrap(),
                    vec![Period {
                        start: 600,
                        end: 900,
                    }],
                ),
            ]),
        };
        let json = serde_json::to_string(&GeographicSite::from(&site)).unwrap();
        let back: GeographicSite = serde_json::from_str(&json).unwrap();
        assert_eq!(Site::try_from(back).unwrap(), site, "{json}");
        // What a search answers: where it is.
        let spot = Spot {
            id: "store-x".into(),
            lat: 30.0444,
            lon: 31.2357,
        };
        let json = serde_json::to_string(&GeographicSite::spot(&spot)).unwrap();
        let back: GeographicSite = serde_json::from_str(&json).unwrap();
        assert_eq!(Spot::try_from(back).unwrap(), spot);
    }
}
