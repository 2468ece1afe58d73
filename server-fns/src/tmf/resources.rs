//! TMF resources as they travel, and their conversion to and from the domain's rows.
//!
//! Field names follow the TMF v4 specifications (camelCase, `relatedParty`, `validFor`,
//! `externalId`…); what a specification has no field for travels as a characteristic (a
//! line's number, its billing-cycle day) or, on an order, as the extension fields of its
//! `@type` (`SelfcareProductOrder`), as TMF's polymorphism allows. Amounts of money are
//! `{unit, value}` in the currency's major units; allowances and usage are integers of their
//! `units` (bytes, seconds, messages).

use crate::api::{
    OrderAction, OrderState, PrepaidBalance, ProductOrder as OrderView, TopupBalance, UsageType,
};
use crate::server::error::Error;
use crate::tariff::sql::{Audit, OfferingRow, OrderRow};
use crate::usage::storage::{
    parse_payment, payment_str, usage_type_str, BucketRow, CustomerRow, DailyRow, LineRow,
    UsageRecord,
};
use crate::usage::topup::TopupRow;
use serde::{Deserialize, Serialize};

pub mod shops;

/// TMF `Money`: a currency and an amount in its major units.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Money {
    pub unit: String,
    pub value: f64,
}

fn decimals(currency: &str) -> i32 {
    crate::countries::all()
        .iter()
        .find(|c| c.currency == currency)
        .map_or(2, |c| i32::from(c.currency_decimals))
}

impl Money {
    pub fn from_minor(minor: i64, currency: &str) -> Money {
        #[allow(clippy::cast_precision_loss)] // amounts are far below 2^53 minor units
        let value = minor as f64 / 10f64.powi(decimals(currency));
        Money {
            unit: currency.to_owned(),
            value,
        }
    }

    pub fn minor(&self) -> i64 {
        #[allow(clippy::cast_possible_truncation)] // rounded, and far below 2^63
        let minor = (self.value * 10f64.powi(decimals(&self.unit))).round() as i64;
        minor
    }
}

/// A name and a value (TMF `Characteristic`), the value as text.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Characteristic {
    pub name: String,
    pub value: String,
}

fn characteristics(pairs: &[(&str, Option<String>)]) -> Vec<Characteristic> {
    pairs
        .iter()
        .filter_map(|(name, value)| {
            value.as_ref().map(|value| Characteristic {
                name: (*name).to_owned(),
                value: value.clone(),
            })
        })
        .collect()
}

fn text(list: &[Characteristic], name: &str) -> Option<String> {
    list.iter()
        .find(|c| c.name == name)
        .map(|c| c.value.clone())
}

fn required(list: &[Characteristic], name: &str) -> Result<String, Error> {
    text(list, name).ok_or_else(|| Error::Backend(format!("characteristic {name} missing")))
}

fn number<T: std::str::FromStr>(list: &[Characteristic], name: &str) -> Result<Option<T>, Error> {
    text(list, name)
        .map(|v| {
            v.parse()
                .map_err(|_| Error::Backend(format!("characteristic {name}: {v:?}")))
        })
        .transpose()
}

/// A reference to another resource or party (`id`, and its `role` in a `relatedParty`).
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
#[serde(rename_all = "camelCase")]
pub struct Ref {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

impl Ref {
    pub fn to(id: &str) -> Ref {
        Ref {
            id: id.to_owned(),
            ..Ref::default()
        }
    }

    pub fn party(id: &str, role: &str) -> Ref {
        Ref {
            id: id.to_owned(),
            name: None,
            role: Some(role.to_owned()),
        }
    }
}

fn party<'a>(parties: &'a [Ref], role: &str) -> Option<&'a str> {
    parties
        .iter()
        .find(|p| p.role.as_deref() == Some(role))
        .map(|p| p.id.as_str())
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
#[serde(rename_all = "camelCase")]
pub struct TimePeriod {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date_time: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date_time: Option<String>,
}

/// TMF629 `Customer`.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Customer {
    pub id: String,
    pub name: String,
    pub status: String,
    pub characteristic: Vec<Characteristic>,
}

impl From<&CustomerRow> for Customer {
    fn from(c: &CustomerRow) -> Self {
        Customer {
            id: c.id.clone(),
            name: format!("{} {}", c.given_name, c.family_name),
            status: "approved".into(),
            characteristic: characteristics(&[
                ("givenName", Some(c.given_name.clone())),
                ("familyName", Some(c.family_name.clone())),
                ("country", Some(c.country.clone())),
                ("locale", Some(c.locale.clone())),
                ("currency", Some(c.currency.clone())),
                ("marketSegment", Some(c.segment.clone())),
                ("overdueAmount", Some(c.overdue_amount.to_string())),
            ]),
        }
    }
}

impl TryFrom<Customer> for CustomerRow {
    type Error = Error;
    fn try_from(c: Customer) -> Result<Self, Error> {
        let list = &c.characteristic;
        Ok(CustomerRow {
            given_name: required(list, "givenName")?,
            family_name: required(list, "familyName")?,
            country: required(list, "country")?,
            locale: required(list, "locale")?,
            currency: required(list, "currency")?,
            segment: required(list, "marketSegment")?,
            overdue_amount: number(list, "overdueAmount")?.unwrap_or(0),
            id: c.id,
        })
    }
}

/// A commitment (TMF637 `productTerm`).
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ProductTerm {
    pub name: String,
    pub valid_for: TimePeriod,
}

/// TMF637 `Product`: a customer's mobile line and its plan.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Product {
    pub id: String,
    pub name: String,
    pub status: String,
    pub start_date: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_offering: Option<Ref>,
    pub product_characteristic: Vec<Characteristic>,
    #[serde(default)]
    pub product_term: Vec<ProductTerm>,
    pub related_party: Vec<Ref>,
}

impl From<&LineRow> for Product {
    fn from(l: &LineRow) -> Self {
        let n = |v: Option<i64>| v.map(|v| v.to_string());
        Product {
            id: l.id.clone(),
            name: l.plan_name.clone(),
            status: "active".into(),
            start_date: l.start_date.clone(),
            product_offering: l.offering_id.as_deref().map(Ref::to),
            product_characteristic: characteristics(&[
                ("msisdn", Some(l.msisdn.clone())),
                ("paymentMethod", Some(payment_str(l.payment).into())),
                ("billingCycleDay", Some(l.cycle_day.to_string())),
                ("monthlyPrice", n(l.monthly_price)),
                ("periodPrice", n(l.period_price)),
                ("balance", n(l.balance)),
                ("balanceExpires", l.balance_expires.clone()),
                ("lastChangeDate", l.last_change_date.clone()),
                ("version", Some(l.version.to_string())),
            ]),
            product_term: l
                .commitment_end
                .iter()
                .map(|end| ProductTerm {
                    name: "commitment".into(),
                    valid_for: TimePeriod {
                        start_date_time: None,
                        end_date_time: Some(end.clone()),
                    },
                })
                .collect(),
            related_party: vec![Ref::party(&l.customer_id, "customer")],
        }
    }
}

impl TryFrom<Product> for LineRow {
    type Error = Error;
    fn try_from(p: Product) -> Result<Self, Error> {
        let list = &p.product_characteristic;
        Ok(LineRow {
            customer_id: party(&p.related_party, "customer")
                .ok_or_else(|| Error::Backend("product without a customer".into()))?
                .to_owned(),
            msisdn: required(list, "msisdn")?,
            payment: parse_payment(&required(list, "paymentMethod")?)?,
            plan_name: p.name,
            monthly_price: number(list, "monthlyPrice")?,
            period_price: number(list, "periodPrice")?,
            cycle_day: number(list, "billingCycleDay")?.unwrap_or(1),
            start_date: p.start_date,
            commitment_end: p
                .product_term
                .into_iter()
                .find(|t| t.name == "commitment")
                .and_then(|t| t.valid_for.end_date_time),
            balance: number(list, "balance")?,
            balance_expires: text(list, "balanceExpires"),
            offering_id: p.product_offering.map(|o| o.id),
            last_change_date: text(list, "lastChangeDate"),
            version: number(list, "version")?.unwrap_or(0),
            id: p.id,
        })
    }
}

/// An amount of a bucket (TMF677 `Quantity`).
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Quantity {
    pub amount: i64,
    pub units: String,
}

fn units(t: UsageType) -> &'static str {
    match t {
        UsageType::Data | UsageType::RoamingData => "bytes",
        UsageType::Voice => "seconds",
        UsageType::Sms => "messages",
    }
}

pub fn parse_usage_type(s: &str) -> Result<UsageType, Error> {
    Ok(match s {
        "data" => UsageType::Data,
        "voice" => UsageType::Voice,
        "sms" => UsageType::Sms,
        "roaming-data" => UsageType::RoamingData,
        other => return Err(Error::Backend(format!("usage type {other:?}"))),
    })
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct BucketCounter {
    pub counter_type: String,
    pub value: Quantity,
}

/// TMF677 `AccumulatedBalance` bucket: what a line may use, and has used, in a period. An
/// unlimited allowance has no `remainingValue`.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Bucket {
    pub id: String,
    pub name: String,
    pub usage_type: String,
    pub is_shared: bool,
    pub status: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remaining_value: Option<Quantity>,
    pub valid_for: TimePeriod,
    pub bucket_counter: Vec<BucketCounter>,
    /// The product (line) it was asked for.
    pub product: Vec<Ref>,
    /// How many lines share it.
    pub shared_lines: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_offering: Option<Ref>,
    /// Bought on top of the plan.
    #[serde(default)]
    pub is_add_on: bool,
}

/// The query of TMF677's `queryUsageConsumption` task.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct QueryUsageConsumption {
    pub search_criteria: ConsumptionCriteria,
    #[serde(default)]
    pub bucket: Vec<Bucket>,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ConsumptionCriteria {
    pub product: Ref,
    pub valid_for: TimePeriod,
}

impl Bucket {
    /// `line` is the line it was asked for.
    pub fn new(b: &BucketRow, line: &str) -> Bucket {
        let unit = units(b.usage_type).to_owned();
        Bucket {
            id: b.id.clone(),
            name: b.name.clone(),
            usage_type: usage_type_str(b.usage_type).into(),
            is_shared: b.shared_lines > 1,
            status: "active".into(),
            remaining_value: b.allowance.map(|a| Quantity {
                amount: a - b.used,
                units: unit.clone(),
            }),
            valid_for: TimePeriod {
                start_date_time: Some(b.valid_from.clone()),
                end_date_time: Some(b.valid_to.clone()),
            },
            bucket_counter: vec![BucketCounter {
                counter_type: "used".into(),
                value: Quantity {
                    amount: b.used,
                    units: unit,
                },
            }],
            product: vec![Ref::to(line)],
            shared_lines: b.shared_lines.max(1),
            product_offering: b.offering_id.as_deref().map(Ref::to),
            is_add_on: b.is_addon,
        }
    }
}

impl TryFrom<Bucket> for BucketRow {
    type Error = Error;
    fn try_from(b: Bucket) -> Result<Self, Error> {
        let used = b
            .bucket_counter
            .iter()
            .filter(|c| c.counter_type == "used")
            .map(|c| c.value.amount)
            .sum();
        let valid = |v: Option<String>| v.ok_or_else(|| Error::Backend("bucket validFor".into()));
        Ok(BucketRow {
            usage_type: parse_usage_type(&b.usage_type)?,
            allowance: b.remaining_value.map(|r| r.amount + used),
            used,
            is_addon: b.is_add_on,
            valid_from: valid(b.valid_for.start_date_time)?,
            valid_to: valid(b.valid_for.end_date_time)?,
            shared_lines: b.shared_lines.max(1),
            offering_id: b.product_offering.map(|o| o.id),
            id: b.id,
            name: b.name,
        })
    }
}

/// TMF635 `Usage`: one rated usage record, or (as listed) a line's usage of one kind on one
/// day (`status: rated`, one record per day and kind).
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Usage {
    pub id: String,
    pub usage_date: String,
    pub usage_type: String,
    pub status: String,
    pub usage_characteristic: Vec<Characteristic>,
    pub rated_product_usage: Vec<RatedProductUsage>,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct RatedProductUsage {
    pub product_ref: Ref,
}

impl Usage {
    pub fn daily(line: &str, d: &DailyRow) -> Usage {
        let kind = usage_type_str(d.usage_type);
        Usage {
            id: format!("{line}:{}:{kind}", d.day),
            usage_date: d.day.clone(),
            usage_type: kind.into(),
            status: "rated".into(),
            usage_characteristic: characteristics(&[
                ("amount", Some(d.amount.to_string())),
                ("units", Some(units(d.usage_type).into())),
            ]),
            rated_product_usage: vec![RatedProductUsage {
                product_ref: Ref::to(line),
            }],
        }
    }

    pub fn record(r: &UsageRecord) -> Usage {
        Usage {
            id: r.id.clone(),
            rated_product_usage: vec![RatedProductUsage {
                product_ref: Ref::to(&r.line_id),
            }],
            ..Usage::daily(
                &r.line_id,
                &DailyRow {
                    day: r.day.clone(),
                    usage_type: r.usage_type,
                    amount: r.amount,
                },
            )
        }
    }

    fn amount(&self) -> Result<i64, Error> {
        number(&self.usage_characteristic, "amount")?
            .ok_or_else(|| Error::Backend("usage without an amount".into()))
    }

    pub fn to_daily(&self) -> Result<DailyRow, Error> {
        Ok(DailyRow {
            day: self.usage_date.clone(),
            usage_type: parse_usage_type(&self.usage_type)?,
            amount: self.amount()?,
        })
    }

    pub fn to_record(&self) -> Result<UsageRecord, Error> {
        Ok(UsageRecord {
            id: self.id.clone(),
            line_id: self
                .rated_product_usage
                .first()
                .map(|r| r.product_ref.id.clone())
                .ok_or_else(|| Error::Backend("usage without a product".into()))?,
            day: self.usage_date.clone(),
            usage_type: parse_usage_type(&self.usage_type)?,
            amount: self.amount()?,
        })
    }
}

/// The name of a promotional [`OfferingPrice`].
const PROMOTION: &str = "promotion";

/// TMF620 `ProductOfferingPrice`, inline.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct OfferingPrice {
    /// `promotion` for a promotional price (its months in `applicationDuration` when it ends;
    /// none when it lasts as long as the plan).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `recurring` or `oneTime`.
    pub price_type: String,
    pub price: Money,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recurring_charge_period_type: Option<String>,
    /// Months a promotional price lasts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_duration: Option<u32>,
}

/// TMF620 `ProductOfferingTerm`.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct OfferingTerm {
    pub name: String,
    pub duration: Quantity,
}

/// TMF620 `ProductOffering`, in the language asked for (`Accept-Language`).
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ProductOffering {
    pub id: String,
    pub name: String,
    pub description: String,
    pub is_sellable: bool,
    pub lifecycle_status: String,
    pub is_bundle: bool,
    pub market_segment: Vec<Ref>,
    pub channel: Vec<Ref>,
    pub place: Vec<Ref>,
    pub product_offering_price: Vec<OfferingPrice>,
    pub product_offering_term: Vec<OfferingTerm>,
    /// What the offering gives (allowances, speeds, validity, payment, add-on or plan).
    pub prod_spec_char_value_use: Vec<Characteristic>,
}

impl From<&OfferingRow> for ProductOffering {
    fn from(r: &OfferingRow) -> Self {
        let o = &r.offering;
        let n = |v: Option<i64>| Some(v.map_or_else(|| "unlimited".into(), |v| v.to_string()));
        let mut prices = vec![OfferingPrice {
            name: None,
            price_type: if o.is_addon { "oneTime" } else { "recurring" }.into(),
            price: Money::from_minor(o.price, &r.currency),
            recurring_charge_period_type: (!o.is_addon).then(|| "month".into()),
            application_duration: None,
        }];
        if let Some(promo) = o.promo_price {
            prices.push(OfferingPrice {
                name: Some(PROMOTION.into()),
                price_type: "recurring".into(),
                price: Money::from_minor(promo, &r.currency),
                recurring_charge_period_type: Some("month".into()),
                application_duration: o.promo_months,
            });
        }
        ProductOffering {
            id: o.id.clone(),
            name: o.name.clone(),
            description: o.description.clone(),
            is_sellable: r.sellable,
            lifecycle_status: "Launched".into(),
            is_bundle: false,
            market_segment: vec![Ref::to(if r.business { "business" } else { "consumer" })],
            channel: r.channels.split_whitespace().map(Ref::to).collect(),
            place: vec![Ref::to(&r.country)],
            product_offering_price: prices,
            product_offering_term: vec![OfferingTerm {
                name: "commitment".into(),
                duration: Quantity {
                    amount: i64::from(o.term_months),
                    units: "month".into(),
                },
            }],
            prod_spec_char_value_use: characteristics(&[
                ("addOn", Some(o.is_addon.to_string())),
                ("paymentMethod", Some(payment_str(o.payment).into())),
                ("data", n(o.data)),
                ("voice", n(o.voice)),
                ("sms", n(o.sms)),
                ("roamingData", n(o.roaming_data)),
                ("validityDays", o.validity_days.map(|d| d.to_string())),
                ("downloadMbps", Some(o.download_mbps.to_string())),
                ("uploadMbps", Some(o.upload_mbps.to_string())),
            ]),
        }
    }
}

fn allowance(list: &[Characteristic], name: &str) -> Result<Option<i64>, Error> {
    match text(list, name).as_deref() {
        Some("unlimited") => Ok(None),
        _ => Ok(Some(number(list, name)?.unwrap_or(0))),
    }
}

impl TryFrom<ProductOffering> for OfferingRow {
    type Error = Error;
    fn try_from(p: ProductOffering) -> Result<Self, Error> {
        let list = &p.prod_spec_char_value_use;
        // A promotion is named so, or (as some catalogues write it) the price with a duration.
        let is_promo = |price: &&OfferingPrice| {
            price.name.as_deref() == Some(PROMOTION) || price.application_duration.is_some()
        };
        let base = p
            .product_offering_price
            .iter()
            .find(|price| !is_promo(price))
            .ok_or_else(|| Error::Backend(format!("offering {} without a price", p.id)))?;
        let promo = p.product_offering_price.iter().find(is_promo);
        let offering = crate::api::Offering {
            id: p.id.clone(),
            name: p.name,
            description: p.description,
            is_addon: text(list, "addOn").as_deref() == Some("true"),
            payment: parse_payment(&required(list, "paymentMethod")?)?,
            price: base.price.minor(),
            promo_price: promo.map(|p| p.price.minor()),
            promo_months: promo.and_then(|p| p.application_duration),
            data: allowance(list, "data")?,
            voice: allowance(list, "voice")?,
            sms: allowance(list, "sms")?,
            roaming_data: allowance(list, "roamingData")?,
            term_months: p
                .product_offering_term
                .iter()
                .find(|t| t.name == "commitment")
                .map_or(0, |t| u32::try_from(t.duration.amount).unwrap_or(0)),
            validity_days: number(list, "validityDays")?,
            download_mbps: number(list, "downloadMbps")?.unwrap_or(0),
            upload_mbps: number(list, "uploadMbps")?.unwrap_or(0),
        };
        Ok(OfferingRow {
            offering,
            country: p
                .place
                .first()
                .map(|p| p.id.clone())
                .ok_or_else(|| Error::Backend("offering without a place".into()))?,
            business: p.market_segment.iter().any(|s| s.id == "business"),
            channels: p
                .channel
                .iter()
                .map(|c| c.id.as_str())
                .collect::<Vec<_>>()
                .join(" "),
            currency: base.price.unit.clone(),
            sellable: p.is_sellable,
        })
    }
}

/// TMF622 `OrderPrice`.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct OrderPrice {
    pub price_type: String,
    pub price: Money,
}

/// TMF622 `ProductOrderItem`.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ProductOrderItem {
    pub id: String,
    /// `modify` (a tariff change: the line's product toward another offering) or `add`.
    pub action: String,
    pub state: String,
    /// The line's product, and (`modify`) the offering it had.
    pub product: ProductRefOrValue,
    pub product_offering: Ref,
    pub item_price: Vec<OrderPrice>,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ProductRefOrValue {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_offering: Option<Ref>,
}

/// A billing cycle's days (an extension of `SelfcareProductOrder`).
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct CycleDays {
    pub start_date: String,
    pub end_date: String,
}

/// TMF622 `ProductOrder` with one item. `externalId` is the widget's idempotency key: an order
/// sent twice with it is placed once. The extension fields (`@type: SelfcareProductOrder`)
/// carry what the widget checked and priced: the line version it checked, the cycle the
/// change starts in, what is taken from a prepaid balance, the commitment it ends on, the
/// request the key was first used for, and who acted (`relatedParty` roles `customer`,
/// `actor`, `partner`; `channel`).
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ProductOrder {
    pub id: String,
    pub external_id: String,
    pub state: String,
    pub order_date: String,
    pub requested_start_date: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completion_date: Option<String>,
    pub channel: Vec<Ref>,
    pub related_party: Vec<Ref>,
    pub product_order_item: Vec<ProductOrderItem>,
    #[serde(rename = "@type")]
    pub kind: String,
    /// When the order was received (RFC 3339).
    pub creation_date: String,
    pub request: String,
    // What placing it needs (sent, not returned).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line_version: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cycle: Option<CycleDays>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_balance: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commitment_end: Option<String>,
}

pub fn order_state_str(s: OrderState) -> &'static str {
    crate::tariff::sql::state_str(s)
}

/// A TMF622 state as the widget shows it: every state of the specification has one (an order
/// held, partly done or being cancelled is still in progress; one that failed was not done).
fn parse_state(s: &str) -> Result<OrderState, Error> {
    Ok(match s {
        "acknowledged" => OrderState::Acknowledged,
        "inProgress"
        | "pending"
        | "held"
        | "partial"
        | "assessingCancellation"
        | "pendingCancellation" => OrderState::InProgress,
        "completed" => OrderState::Completed,
        "rejected" | "failed" => OrderState::Rejected,
        "cancelled" => OrderState::Cancelled,
        other => return Err(Error::Backend(format!("order state {other:?}"))),
    })
}

/// An order item's prices: what is charged once, and the new recurring amount.
pub fn item_prices(one_time: i64, recurring: Option<i64>, currency: &str) -> Vec<OrderPrice> {
    let mut prices = vec![OrderPrice {
        price_type: "oneTime".into(),
        price: Money::from_minor(one_time, currency),
    }];
    prices.extend(recurring.map(|r| OrderPrice {
        price_type: "recurring".into(),
        price: Money::from_minor(r, currency),
    }));
    prices
}

pub fn action_str(a: OrderAction) -> &'static str {
    match a {
        OrderAction::Modify => "modify",
        OrderAction::Add => "add",
    }
}

pub fn parse_action(s: &str) -> Result<OrderAction, Error> {
    match s {
        "modify" => Ok(OrderAction::Modify),
        "add" => Ok(OrderAction::Add),
        other => Err(Error::Backend(format!("order action {other:?}"))),
    }
}

impl ProductOrder {
    /// An order as stored, with `key` its idempotency key.
    pub fn stored(r: &OrderRow, key: &str) -> ProductOrder {
        let o = &r.order;
        let prices = item_prices(o.one_time, o.recurring, &o.currency);
        ProductOrder {
            id: o.id.clone(),
            external_id: key.to_owned(),
            state: order_state_str(o.state).into(),
            order_date: o.order_date.clone(),
            requested_start_date: o.effective_date.clone(),
            completion_date: o.completion_date.clone(),
            channel: Vec::new(),
            related_party: vec![Ref::party(&r.customer_id, "customer")],
            product_order_item: vec![ProductOrderItem {
                id: "1".into(),
                action: action_str(o.action).into(),
                state: order_state_str(o.state).into(),
                product: ProductRefOrValue {
                    id: o.line_id.clone(),
                    product_offering: o.from_offering.as_deref().map(Ref::to),
                },
                product_offering: Ref {
                    id: o.offering_id.clone(),
                    name: Some(o.offering_name.clone()),
                    role: None,
                },
                item_price: prices,
            }],
            kind: "SelfcareProductOrder".into(),
            creation_date: r.created_at.clone(),
            request: r.request.clone(),
            line_version: None,
            when: None,
            cycle: None,
            from_balance: None,
            commitment_end: None,
        }
    }

    pub fn item(&self) -> Result<&ProductOrderItem, Error> {
        self.product_order_item
            .first()
            .ok_or_else(|| Error::Backend(format!("order {} without an item", self.id)))
    }

    pub fn customer(&self) -> Option<&str> {
        party(&self.related_party, "customer")
    }

    /// Who acted: the audit entry the order is written with.
    pub fn audit(&self) -> Result<Audit, Error> {
        let customer = self
            .customer()
            .ok_or_else(|| Error::Backend("order without a customer".into()))?;
        let channel = self.channel.first().map_or("website", |c| c.id.as_str());
        Ok(Audit {
            actor: party(&self.related_party, "actor")
                .unwrap_or(customer)
                .to_owned(),
            customer_id: customer.to_owned(),
            channel: channel_name(channel)?,
            partner_id: party(&self.related_party, "partner").map(str::to_owned),
            at: self.creation_date.clone(),
        })
    }
}

impl TryFrom<ProductOrder> for OrderRow {
    type Error = Error;
    fn try_from(p: ProductOrder) -> Result<Self, Error> {
        let item = p.item()?;
        let price = |kind: &str| {
            item.item_price
                .iter()
                .find(|x| x.price_type == kind)
                .map(|x| x.price.clone())
        };
        let one_time = price("oneTime")
            .ok_or_else(|| Error::Backend(format!("order {} without a price", p.id)))?;
        let order = OrderView {
            id: p.id.clone(),
            state: parse_state(&p.state)?,
            action: parse_action(&item.action)?,
            line_id: item.product.id.clone(),
            from_offering: item.product.product_offering.as_ref().map(|o| o.id.clone()),
            offering_id: item.product_offering.id.clone(),
            offering_name: item.product_offering.name.clone().unwrap_or_default(),
            order_date: p.order_date.clone(),
            effective_date: p.requested_start_date.clone(),
            completion_date: p.completion_date.clone(),
            currency: one_time.unit.clone(),
            one_time: one_time.minor(),
            recurring: price("recurring").map(|m| m.minor()),
        };
        Ok(OrderRow {
            customer_id: p
                .customer()
                .ok_or_else(|| Error::Backend("order without a customer".into()))?
                .to_owned(),
            order,
            request: p.request,
            created_at: p.creation_date,
        })
    }
}

/// TMF622 `CancelProductOrder`.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct CancelProductOrder {
    pub product_order: Ref,
    /// The business day it is asked on: a change in effect by then cannot be cancelled.
    pub requested_cancellation_date: String,
    pub related_party: Vec<Ref>,
    pub channel: Vec<Ref>,
    /// When it was asked (RFC 3339).
    pub creation_date: String,
    #[serde(default)]
    pub state: String,
    /// The cancelled order (in the answer).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancelled: Option<ProductOrder>,
}

/// A channel's name as the audit keeps it.
fn channel_name(channel: &str) -> Result<&'static str, Error> {
    ["website", "kiosk", "portal", "system"]
        .into_iter()
        .find(|c| *c == channel)
        .ok_or_else(|| Error::Backend(format!("channel {channel:?}")))
}

/// Who acted, as `relatedParty` and `channel`.
pub fn parties(a: &Audit) -> (Vec<Ref>, Vec<Ref>) {
    let mut parties = vec![
        Ref::party(&a.customer_id, "customer"),
        Ref::party(&a.actor, "actor"),
    ];
    parties.extend(a.partner_id.as_deref().map(|p| Ref::party(p, "partner")));
    (parties, vec![Ref::to(a.channel)])
}

pub fn audit_of(parties: &[Ref], channel: &[Ref], at: &str) -> Result<Audit, Error> {
    ProductOrder {
        related_party: parties.to_vec(),
        channel: channel.to_vec(),
        creation_date: at.to_owned(),
        ..ProductOrder::stored(&empty_order(), "")
    }
    .audit()
}

fn empty_order() -> OrderRow {
    OrderRow {
        order: OrderView {
            id: String::new(),
            state: OrderState::Acknowledged,
            action: OrderAction::Add,
            line_id: String::new(),
            from_offering: None,
            offering_id: String::new(),
            offering_name: String::new(),
            order_date: String::new(),
            effective_date: String::new(),
            completion_date: None,
            currency: String::new(),
            one_time: 0,
            recurring: None,
        },
        customer_id: String::new(),
        request: String::new(),
        created_at: String::new(),
    }
}

/// TMF654 `TopupBalance`: a voucher credited to a prepaid line. `externalId` is the widget's
/// idempotency key. The voucher travels as its digest (`voucherHash`) and last digits, never
/// its code.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct TopupBalanceResource {
    #[serde(default)]
    pub id: String,
    pub external_id: String,
    pub product: Ref,
    pub related_party: Vec<Ref>,
    pub channel: Vec<Ref>,
    #[serde(default)]
    pub status: String,
    pub request: String,
    pub creation_date: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Money>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance_after: Option<Money>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance_valid_until: Option<String>,
    // Sent when asking (what `NewTopup` holds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voucher_hash: Option<String>,
    pub voucher_end: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub business_date: Option<String>,
}

impl TopupBalanceResource {
    pub fn stored(t: &TopupRow, customer: &str, key: &str) -> Self {
        let b = &t.topup;
        TopupBalanceResource {
            id: b.id.clone(),
            external_id: key.to_owned(),
            product: Ref::to(&b.line_id),
            related_party: vec![Ref::party(customer, "customer")],
            channel: Vec::new(),
            status: "completed".into(),
            request: t.request.clone(),
            creation_date: b.requested_date.clone(),
            amount: Some(Money::from_minor(b.amount, &b.currency)),
            balance_after: Some(Money::from_minor(b.balance.amount, &b.currency)),
            balance_valid_until: Some(b.balance.expires_on.clone()),
            voucher_hash: None,
            voucher_end: b.voucher.trim_start_matches('…').to_owned(),
            country: None,
            business_date: None,
        }
    }
}

impl TryFrom<TopupBalanceResource> for TopupRow {
    type Error = Error;
    fn try_from(t: TopupBalanceResource) -> Result<Self, Error> {
        let missing = || Error::Backend(format!("top-up {} incomplete", t.id));
        let amount = t.amount.clone().ok_or_else(missing)?;
        let after = t.balance_after.clone().ok_or_else(missing)?;
        Ok(TopupRow {
            topup: TopupBalance {
                id: t.id.clone(),
                line_id: t.product.id.clone(),
                voucher: format!("…{}", t.voucher_end),
                amount: amount.minor(),
                currency: amount.unit.clone(),
                balance: PrepaidBalance {
                    amount: after.minor(),
                    expires_on: t.balance_valid_until.clone().ok_or_else(missing)?,
                },
                requested_date: t.creation_date.clone(),
            },
            request: t.request,
        })
    }
}

/// A TMF error answer (`{code, reason, message}`); `code` is what the client acts on.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct TmfError {
    pub code: String,
    pub reason: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::{Offering, Payment};

    fn offering(promo_price: Option<i64>, promo_months: Option<u32>) -> OfferingRow {
        OfferingRow {
            offering: Offering {
                id: "fr-test".into(),
                name: "Test".into(),
                description: "A plan".into(),
                is_addon: false,
                payment: Payment::Postpaid,
                price: 1999,
                promo_price,
                promo_months,
                data: Some(20_000_000_000),
                voice: None,
                sms: None,
                roaming_data: Some(0),
                term_months: 12,
                validity_days: None,
                download_mbps: 300,
                upload_mbps: 50,
            },
            country: "FR".into(),
            business: false,
            channels: "website kiosk".into(),
            currency: "EUR".into(),
            sellable: true,
        }
    }

    #[test]
    fn an_offering_and_its_promotion_cross_tmf620_unchanged() {
        for row in [
            offering(None, None),
            offering(Some(999), Some(6)),
            // A promotion for as long as the plan lasts: no duration.
            offering(Some(1499), None),
        ] {
            let json = serde_json::to_string(&ProductOffering::from(&row)).unwrap();
            let back: ProductOffering = serde_json::from_str(&json).unwrap();
            assert_eq!(OfferingRow::try_from(back).unwrap(), row, "{json}");
        }
    }
}
