//! The deterministic seed: demo customers in several countries, their lines, plans, buckets
//! and usage, relative to a given day; and `scale` more generated lines for benchmarks.
//!
//! The same day and scale always give the same rows. Usage roll-ups are written directly
//! (daily rows for the current cycle, bucket counters for every cycle), in bulk, in one
//! transaction; the ingest path that keeps them up to date afterwards is [`Storage::ingest`].
//!
//! [`Storage::ingest`]: crate::usage::storage::Storage::ingest

pub mod advisors;
pub mod partners;
pub mod routes;
pub mod stores;

use crate::api::{Payment, UsageType};
use crate::countries::{self, Country};
use crate::server::db::Db;
use crate::tariff::catalogue::{self, Kind, PaymentWord, SeedOffering, GB, MINUTE};
use crate::usage::domain::{iso, Cycle, HISTORY_CYCLES};
use crate::usage::storage::{payment_str, usage_type_str};
use chrono::NaiveDate;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::Deserialize;
use std::borrow::Cow;

/// A line's plan, from the catalogue: its offering, name, prices and per-cycle allowances
/// (`None`: unlimited; roaming `None`: not included).
struct Plan {
    offering_id: String,
    name: String,
    payment: Payment,
    /// Minor units of the country's currency.
    price: i64,
    data: Option<i64>,
    voice: Option<i64>,
    sms: Option<i64>,
    roaming_data: Option<i64>,
}

impl Plan {
    /// The catalogue's offering `id`, named in `lang`.
    fn of(id: &str, lang: &str) -> Plan {
        let o = catalogue::all()
            .iter()
            .find(|o| o.id == id)
            .unwrap_or_else(|| panic!("no offering {id} in the countries' catalogues"));
        Plan {
            offering_id: o.id.clone(),
            name: o.name(lang).to_owned(),
            payment: o.payment,
            price: o.price,
            data: o.data,
            voice: o.voice,
            sms: o.sms,
            roaming_data: Some(o.roaming_data).filter(|r| *r > 0),
        }
    }
}

/// A demo customer as their country's `customers.toml` writes them.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CustomerData {
    pub id: String,
    pub given_name: String,
    pub family_name: String,
    /// One of the country's languages.
    pub locale: String,
    /// The town or district they live in (a place of the country's `towns.tsv`, by its main
    /// name): the assistant tells them of the network incidents near it.
    pub home: String,
    /// What the demo chooser says of them.
    pub description: String,
    /// Overdue bills, in minor units: no new orders until paid.
    #[serde(default)]
    pub overdue: i64,
    /// An add-on of the catalogue all their lines share, and its size.
    #[serde(default)]
    pub shared_data: Option<AddonData>,
    pub line: Vec<LineData>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LineData {
    pub msisdn: String,
    /// A plan of the country's catalogue.
    pub offering: String,
    pub cycle_day: u32,
    /// Share of the data allowance the line uses in a whole cycle at its usual pace.
    pub data_pace: f64,
    #[serde(default)]
    pub commitment_months_left: Option<u32>,
    /// Prepaid credit in minor units.
    #[serde(default)]
    pub balance: Option<i64>,
    /// A roaming add-on bought this cycle.
    #[serde(default)]
    pub addon: Option<AddonData>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AddonData {
    pub offering: String,
    pub gb: i64,
}

/// A demo scratch card (`[[voucher]]` of a country's `customers.toml`): its code as printed,
/// what it credits in minor units of the country's currency, and for how many days.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct VoucherData {
    pub code: String,
    pub amount: i64,
    pub validity_days: u32,
}

/// A country's demo customers and vouchers agree with its data, or what is wrong with whom.
pub fn check_customers(country: &Country) -> Result<(), String> {
    for (i, v) in country.vouchers.iter().enumerate() {
        let digits = crate::usage::topup::code_digits(&v.code)
            .map_err(|_| format!("voucher {:?}: a code is 10 to 20 digits", v.code))?;
        if !(1..=1_000_000_000).contains(&v.amount) || !(1..=365).contains(&v.validity_days) {
            return Err(format!(
                "voucher {:?}: amount is 1 to 1,000,000,000 and validity_days 1 to 365",
                v.code
            ));
        }
        if country.vouchers[..i]
            .iter()
            .any(|w| crate::usage::topup::code_digits(&w.code).is_ok_and(|d| d == digits))
        {
            return Err(format!("voucher {:?}: the code appears twice", v.code));
        }
    }
    let prefix = format!("cust-{}-", country.code.to_ascii_lowercase());
    let offering = |id: &str| country.catalogue.iter().find(|o| o.id == id);
    for c in &country.customers {
        let bad = |what: String| Err(format!("customer {:?}: {what}", c.id));
        if !c.id.starts_with(&prefix)
            || !c
                .id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            return bad(format!(
                "the id starts with {prefix:?} and has lowercase letters, digits and hyphens only"
            ));
        }
        if c.given_name.trim().is_empty()
            || c.family_name.trim().is_empty()
            || c.description.trim().is_empty()
        {
            return bad("given_name, family_name and description are not empty".to_owned());
        }
        if !country.languages.contains(&c.locale) {
            return bad(format!(
                "locale {:?} is not one of the country's languages {:?}",
                c.locale, country.languages
            ));
        }
        if !country
            .towns
            .iter()
            .any(|t| t.kind != "country" && t.names[0] == c.home)
        {
            return bad(format!(
                "home {:?} is not the main name of a town or district of towns.tsv",
                c.home
            ));
        }
        if c.line.is_empty() || !(0..=1_000_000_000).contains(&c.overdue) {
            return bad(
                "a customer has a line at least, and overdue is 0 to 1,000,000,000".to_owned(),
            );
        }
        if let Some(shared) = &c.shared_data {
            if offering(&shared.offering).is_none_or(|o| o.kind != Kind::Addon)
                || !(1..=10_000).contains(&shared.gb)
            {
                return bad(format!(
                    "shared_data {shared:?} is not an add-on of the catalogue with 1 to 10,000 GB"
                ));
            }
        }
        for l in &c.line {
            let Some(plan) = offering(&l.offering).filter(|o| o.kind == Kind::Plan) else {
                return bad(format!(
                    "line {}: {:?} is not a plan of the catalogue",
                    l.msisdn, l.offering
                ));
            };
            let digits = l.msisdn.strip_prefix('+').unwrap_or_default();
            if !digits.starts_with(&country.calling_code)
                || !(8..=15).contains(&digits.len())
                || !digits.bytes().all(|b| b.is_ascii_digit())
            {
                return bad(format!(
                    "line {}: not an E.164 number of the country (+{} and 8 to 15 digits)",
                    l.msisdn, country.calling_code
                ));
            }
            if !(1..=28).contains(&l.cycle_day) || !(0.0..=5.0).contains(&l.data_pace) {
                return bad(format!(
                    "line {}: cycle_day is 1 to 28 and data_pace 0 to 5",
                    l.msisdn
                ));
            }
            if l.commitment_months_left
                .is_some_and(|m| m >= plan.term_months)
            {
                return bad(format!(
                    "line {}: commitment_months_left is less than the plan's term ({} months)",
                    l.msisdn, plan.term_months
                ));
            }
            if l.balance.is_some() != (plan.payment == PaymentWord::Prepaid)
                || l.balance.is_some_and(|b| !(0..=1_000_000_000).contains(&b))
            {
                return bad(format!("line {}: a prepaid line has a balance (0 to 1,000,000,000), a postpaid one none", l.msisdn));
            }
            if let Some(addon) = &l.addon {
                if offering(&addon.offering)
                    .is_none_or(|o| o.kind != Kind::Addon || o.roaming_gb == 0)
                    || !(1..=10_000).contains(&addon.gb)
                {
                    return bad(format!("line {}: addon {addon:?} is not a roaming add-on of the catalogue with 1 to 10,000 GB", l.msisdn));
                }
            }
        }
    }
    Ok(())
}

struct DemoLine {
    msisdn: Cow<'static, str>,
    offering: &'static str,
    cycle_day: u32,
    /// Share of the data allowance the line uses in a whole cycle at its usual pace.
    data_pace: f64,
    commitment_months_left: Option<u32>,
    /// Prepaid balance in minor units.
    balance: Option<i64>,
    /// A roaming add-on bought this cycle: its offering and size.
    addon: Option<(&'static str, i64)>,
}

pub struct DemoCustomer {
    /// As the country's data says for the demo customers, made up for the generated ones.
    pub id: Cow<'static, str>,
    pub given_name: &'static str,
    family_name: &'static str,
    pub country: &'static str,
    pub locale: &'static str,
    currency: &'static str,
    lines: Vec<DemoLine>,
    /// A data allowance all the customer's lines share: the catalogue's (unsold) add-on that
    /// names it, and its size.
    shared_data: Option<(&'static str, i64)>,
    /// What the demo chooser says of them.
    pub description: &'static str,
    /// Overdue bills, in minor units: no new orders until paid.
    overdue: i64,
}

fn line(
    msisdn: impl Into<Cow<'static, str>>,
    offering: &'static str,
    cycle_day: u32,
    data_pace: f64,
) -> DemoLine {
    DemoLine {
        msisdn: msisdn.into(),
        offering,
        cycle_day,
        data_pace,
        commitment_months_left: None,
        balance: None,
        addon: None,
    }
}

/// The demo customers of every country's `customers.toml`. Their ids are the identities the
/// demo's sign-in chooser offers.
pub fn demo_customers() -> Vec<DemoCustomer> {
    let addon = |a: &'static AddonData| (a.offering.as_str(), a.gb * GB);
    countries::all()
        .iter()
        .flat_map(|c| {
            c.customers.iter().map(move |d| DemoCustomer {
                id: d.id.as_str().into(),
                given_name: &d.given_name,
                family_name: &d.family_name,
                country: &c.code,
                locale: &d.locale,
                currency: &c.currency,
                lines: d
                    .line
                    .iter()
                    .map(|l| DemoLine {
                        commitment_months_left: l.commitment_months_left,
                        balance: l.balance,
                        addon: l.addon.as_ref().map(addon),
                        ..line(l.msisdn.as_str(), &l.offering, l.cycle_day, l.data_pace)
                    })
                    .collect(),
                shared_data: d.shared_data.as_ref().map(addon),
                description: &d.description,
                overdue: d.overdue,
            })
        })
        .collect()
}

/// Rows to insert, collected first and written in bulk.
#[derive(Default)]
struct Rows {
    customers: Vec<Vec<Value>>,
    lines: Vec<Vec<Value>>,
    offerings: Vec<Vec<Value>>,
    offering_texts: Vec<Vec<Value>>,
    buckets: Vec<Vec<Value>>,
    bucket_lines: Vec<Vec<Value>>,
    daily: Vec<Vec<Value>>,
}

#[derive(Clone)]
pub(crate) enum Value {
    Text(String),
    Int(i64),
    Float(f64),
    /// NULL of an integer column (PostgreSQL wants the type of a bound NULL to match).
    NullInt,
    NullText,
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Text(s.into())
    }
}
impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Text(s)
    }
}
impl From<f64> for Value {
    fn from(n: f64) -> Self {
        Value::Float(n)
    }
}
impl From<i64> for Value {
    fn from(n: i64) -> Self {
        Value::Int(n)
    }
}
impl From<Option<i64>> for Value {
    fn from(v: Option<i64>) -> Self {
        v.map_or(Value::NullInt, Value::Int)
    }
}
impl From<Option<String>> for Value {
    fn from(v: Option<String>) -> Self {
        v.map_or(Value::NullText, Value::Text)
    }
}

/// Is the database seeded already?
pub async fn is_seeded(db: &Db) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM customers")
        .fetch_one(&db.pool)
        .await?;
    Ok(n > 0)
}

/// Does the database hold a product catalogue (a seed from before it had none does not)?
pub async fn has_catalogue(db: &Db) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM offerings")
        .fetch_one(&db.pool)
        .await?;
    Ok(n > 0)
}

/// Deletes every row (demo databases only: see the server binary), children first.
pub async fn clear(db: &Db) -> Result<(), sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    for table in [
        "otp_challenges",
        "communication_messages",
        "delegations",
        "delegation_codes",
        "partners",
        "service_problem_texts",
        "service_problems",
        "customer_places",
        "trouble_tickets",
        "chat_messages",
        "conversations",
        "advisors",
        "audit_log",
        "order_events",
        "orders",
        "usage_records",
        "usage_daily",
        "bucket_lines",
        "buckets",
        "lines",
        "customers",
        "offering_texts",
        "offerings",
        "country_rules",
        "reservations",
        "stock",
        "skus",
        "products",
        "store_texts",
        "store_exceptions",
        "holidays",
        "stores",
        "places",
    ] {
        sqlx::query(&format!("DELETE FROM {table}"))
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await
}

/// Seeds the demo customers and `scale` generated lines, with usage up to `today`.
pub async fn seed(db: &Db, today: NaiveDate, scale: u32) -> Result<(), sqlx::Error> {
    let mut rows = Rows::default();
    for offering in catalogue::all() {
        add_offering(&mut rows, offering, 0);
    }
    for customer in demo_customers() {
        add_customer(&mut rows, &customer, today);
    }
    for n in 0..scale {
        add_customer(&mut rows, &generated_customer(n), today);
    }
    let mut tx = db.pool.begin().await?;
    write_country_rules(&mut tx).await?;
    insert_offerings(&mut tx, &rows).await?;
    insert(
        &mut tx,
        "customers",
        &[
            "id",
            "given_name",
            "family_name",
            "country",
            "locale",
            "currency",
            "segment",
            "overdue_amount",
        ],
        &rows.customers,
    )
    .await?;
    insert(
        &mut tx,
        "lines",
        &[
            "id",
            "customer_id",
            "msisdn",
            "payment",
            "plan_name",
            "monthly_price",
            "period_price",
            "cycle_day",
            "start_date",
            "commitment_end",
            "balance",
            "balance_expires",
            "offering_id",
        ],
        &rows.lines,
    )
    .await?;
    insert(
        &mut tx,
        "buckets",
        &[
            "id",
            "name",
            "usage_type",
            "allowance",
            "used",
            "is_addon",
            "valid_from",
            "valid_to",
            "plan_line_id",
            "offering_id",
        ],
        &rows.buckets,
    )
    .await?;
    insert(
        &mut tx,
        "bucket_lines",
        &["bucket_id", "line_id"],
        &rows.bucket_lines,
    )
    .await?;
    insert(
        &mut tx,
        "usage_daily",
        &["line_id", "day", "usage_type", "amount"],
        &rows.daily,
    )
    .await?;
    let vouchers: Vec<Vec<Value>> = countries::all()
        .iter()
        .flat_map(|c| {
            c.vouchers.iter().filter_map(move |v| {
                let digits = crate::usage::topup::code_digits(&v.code).ok()?;
                let row: Vec<Value> = vec![
                    crate::usage::topup::code_hash(&digits).into(),
                    c.code.clone().into(),
                    c.currency.clone().into(),
                    v.amount.into(),
                    i64::from(v.validity_days).into(),
                    "available".to_owned().into(),
                ];
                Some(row)
            })
        })
        .collect();
    insert(
        &mut tx,
        "vouchers",
        &[
            "code_hash",
            "country",
            "currency",
            "amount",
            "validity_days",
            "state",
        ],
        &vouchers,
    )
    .await?;
    tx.commit().await?;
    stores::seed_if_empty(db, today, 0, 0).await?;
    advisors::seed_if_empty(db, today).await?;
    partners::seed_missing(db).await?;
    // Fresh statistics for PostgreSQL's planner: without them it plans the first queries
    // after a bulk load as if the tables were empty (measured: 4 `get usage` a second instead
    // of 829 on 50,000 lines). SQLite plans these queries well from the schema alone, and
    // worse after ANALYZE (589 a second instead of 958), so it gets none.
    if db.backend == crate::server::db::Backend::Postgres {
        sqlx::query("ANALYZE").execute(&db.pool).await?;
    }
    Ok(())
}

const OFFERING_COLUMNS: [&str; 20] = [
    "id",
    "country",
    "is_addon",
    "payment",
    "segment",
    "channels",
    "currency",
    "price",
    "promo_price",
    "promo_months",
    "data",
    "voice",
    "sms",
    "roaming_data",
    "term_months",
    "validity_days",
    "download_mbps",
    "upload_mbps",
    "sellable",
    "sort",
];

async fn insert_offerings(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    rows: &Rows,
) -> Result<(), sqlx::Error> {
    insert(tx, "offerings", &OFFERING_COLUMNS, &rows.offerings).await?;
    insert(
        tx,
        "offering_texts",
        &["offering_id", "lang", "name", "description"],
        &rows.offering_texts,
    )
    .await
}

/// The countries' plan-change rules as their data says (`data/countries/<CC>/country.toml`),
/// written again at every start: a changed or added country folder takes effect with the
/// deployment, on a database seeded before it too.
pub async fn sync_country_rules(db: &Db) -> Result<(), sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    write_country_rules(&mut tx).await?;
    tx.commit().await
}

async fn write_country_rules(tx: &mut sqlx::Transaction<'_, sqlx::Any>) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM country_rules")
        .execute(&mut **tx)
        .await?;
    let rules: Vec<Vec<Value>> = crate::countries::all()
        .iter()
        .map(|c| {
            vec![
                c.code.clone().into(),
                i64::from(c.payment_change).into(),
                i64::from(c.days_between_changes).into(),
            ]
        })
        .collect();
    insert(
        tx,
        "country_rules",
        &["country", "payment_change", "min_days_between"],
        &rules,
    )
    .await
}

/// Adds `n` generated French plans to a seeded catalogue (`--seed-catalogue N`), for
/// benchmarks of eligibility on a large catalogue.
pub async fn seed_catalogue(db: &Db, n: u32) -> Result<(), sqlx::Error> {
    let mut rows = Rows::default();
    for (i, offering) in catalogue::generated_catalogue(n).iter().enumerate() {
        add_offering(&mut rows, offering, 1000 + i as i64);
    }
    let mut tx = db.pool.begin().await?;
    insert_offerings(&mut tx, &rows).await?;
    tx.commit().await?;
    if db.backend == crate::server::db::Backend::Postgres {
        sqlx::query("ANALYZE").execute(&db.pool).await?;
    }
    Ok(())
}

fn add_offering(rows: &mut Rows, o: &SeedOffering, sort: i64) {
    rows.offerings.push(vec![
        o.id.clone().into(),
        o.country.clone().into(),
        i64::from(o.is_addon).into(),
        payment_str(o.payment).into(),
        (if o.business { "business" } else { "consumer" }).into(),
        o.channels.clone().into(),
        o.currency.clone().into(),
        o.price.into(),
        o.promo.map(|p| p.0).into(),
        o.promo.map(|p| i64::from(p.1)).into(),
        o.data.into(),
        o.voice.into(),
        o.sms.into(),
        o.roaming_data.into(),
        i64::from(o.term_months).into(),
        o.validity_days.map(i64::from).into(),
        i64::from(o.speeds.0).into(),
        i64::from(o.speeds.1).into(),
        i64::from(o.sellable).into(),
        (if sort == 0 { o.price } else { sort }).into(),
    ]);
    for (lang, name, description) in &o.texts {
        rows.offering_texts.push(vec![
            o.id.clone().into(),
            lang.clone().into(),
            name.clone().into(),
            description.clone().into(),
        ]);
    }
}

fn generated_customer(n: u32) -> DemoCustomer {
    const COUNTRIES: [(&str, &str, &str, &str); 4] = [
        ("FR", "fr-FR", "EUR", "fr-decouverte-100"),
        ("PL", "pl-PL", "PLN", "pl-plan-m"),
        ("EG", "ar-EG", "EGP", "eg-flex-15"),
        ("SN", "fr-SN", "XOF", "sn-pass-mois-10"),
    ];
    let (country, locale, currency, offering) = COUNTRIES[n as usize % COUNTRIES.len()];
    DemoCustomer {
        id: format!("cust-scale-{n}").into(),
        given_name: "Scale",
        family_name: "Test",
        country,
        locale,
        currency,
        lines: vec![line(
            format!("+3360{n:07}"),
            offering,
            1 + n % 28,
            0.3 + f64::from(n % 10) / 10.0,
        )],
        shared_data: None,
        description: "generated",
        overdue: 0,
    }
}

fn add_customer(rows: &mut Rows, c: &DemoCustomer, today: NaiveDate) {
    rows.customers.push(vec![
        c.id.as_ref().into(),
        c.given_name.into(),
        c.family_name.into(),
        c.country.into(),
        c.locale.into(),
        c.currency.into(),
        "consumer".into(),
        c.overdue.into(),
    ]);
    let lang = catalogue::lang(c.locale);
    let mut rng = ChaCha8Rng::seed_from_u64(fnv(&c.id));
    let line_ids: Vec<String> = (1..=c.lines.len())
        .map(|i| format!("line-{}-{i}", c.id.trim_start_matches("cust-")))
        .collect();
    for (line, id) in c.lines.iter().zip(&line_ids) {
        add_line(rows, &mut rng, id, &c.id, line, lang, today);
    }
    if let (Some((offering, allowance)), Some(first)) = (c.shared_data, c.lines.first()) {
        let name = catalogue::all()
            .iter()
            .find(|o| o.id == offering)
            .map_or_else(|| offering.to_owned(), |o| o.name(lang).to_owned());
        // The shared allowance follows the first line's cycles; every line draws on it.
        let current = Cycle::containing(today, first.cycle_day);
        for back in 0..=HISTORY_CYCLES {
            let cycle = current.before(back);
            let bucket_id = format!("{}-shared-{}", c.id, iso(cycle.start));
            let used =
                (allowance as f64 * rng.gen_range(0.2..0.6) * elapsed_share(cycle, today)) as i64;
            rows.buckets.push(bucket_row(
                &bucket_id,
                &name,
                UsageType::Data,
                Some(allowance),
                used,
                false,
                cycle,
                None,
                Some(offering),
            ));
            for line_id in &line_ids {
                rows.bucket_lines
                    .push(vec![bucket_id.clone().into(), line_id.clone().into()]);
            }
        }
    }
}

/// The share of a cycle that has passed by the end of `today` (1 for past cycles).
fn elapsed_share(cycle: Cycle, today: NaiveDate) -> f64 {
    let total = (cycle.end - cycle.start).num_days() + 1;
    let elapsed = ((today.min(cycle.end) - cycle.start).num_days() + 1).clamp(0, total);
    elapsed as f64 / total as f64
}

#[allow(clippy::too_many_arguments)]
fn bucket_row(
    id: &str,
    name: &str,
    t: UsageType,
    allowance: Option<i64>,
    used: i64,
    is_addon: bool,
    cycle: Cycle,
    plan_line: Option<&str>,
    offering: Option<&str>,
) -> Vec<Value> {
    vec![
        id.into(),
        name.into(),
        usage_type_str(t).into(),
        allowance.into(),
        used.into(),
        i64::from(is_addon).into(),
        iso(cycle.start).into(),
        iso(cycle.end).into(),
        plan_line.map(str::to_owned).into(),
        offering.map(str::to_owned).into(),
    ]
}

fn add_line(
    rows: &mut Rows,
    rng: &mut ChaCha8Rng,
    id: &str,
    customer: &str,
    line: &DemoLine,
    lang: &str,
    today: NaiveDate,
) {
    let plan = &Plan::of(line.offering, lang);
    let current = Cycle::containing(today, line.cycle_day);
    let start = current.before(HISTORY_CYCLES + 12).start;
    let commitment_end = line
        .commitment_months_left
        .map(|m| iso(current.start + chrono::Months::new(m)));
    let (monthly, period) = match plan.payment {
        Payment::Postpaid => (Some(plan.price), None),
        Payment::Prepaid => (None, Some(plan.price)),
    };
    rows.lines.push(vec![
        id.into(),
        customer.into(),
        line.msisdn.as_ref().into(),
        payment_str(plan.payment).into(),
        plan.name.as_str().into(),
        monthly.into(),
        period.into(),
        i64::from(line.cycle_day).into(),
        iso(start).into(),
        commitment_end.into(),
        line.balance.into(),
        line.balance.map(|_| iso(current.end)).into(),
        plan.offering_id.as_str().into(),
    ]);
    let allowances = [
        (UsageType::Data, plan.data, line.data_pace, 3 * GB),
        (UsageType::Voice, plan.voice, 0.5, 300 * MINUTE),
        (UsageType::Sms, plan.sms, 0.3, 60),
        (UsageType::RoamingData, plan.roaming_data, 0.0, 0),
    ];
    for back in (0..=HISTORY_CYCLES).rev() {
        let cycle = current.before(back);
        for (t, allowance, pace, unlimited_usual) in allowances {
            // Roaming buckets exist only on plans that include roaming.
            if t == UsageType::RoamingData && allowance.is_none() {
                continue;
            }
            let per_cycle = allowance.map_or(unlimited_usual as f64, |a| a as f64 * pace);
            let days = (cycle.end - cycle.start).num_days() + 1;
            let mut used = 0;
            for day in cycle
                .start
                .iter_days()
                .take(days as usize)
                .take_while(|d| *d <= today)
            {
                let amount = if t == UsageType::RoamingData {
                    0
                } else {
                    (per_cycle / days as f64 * rng.gen_range(0.3..1.7)) as i64
                };
                used += amount;
                if back == 0 && t != UsageType::RoamingData {
                    rows.daily.push(vec![
                        id.into(),
                        iso(day).into(),
                        usage_type_str(t).into(),
                        amount.into(),
                    ]);
                }
            }
            let bucket_id = format!("{id}-{}-{}", usage_type_str(t), iso(cycle.start));
            // Each of the plan's buckets carries its name (the usage view says which plan it is).
            rows.buckets.push(bucket_row(
                &bucket_id,
                &plan.name,
                t,
                allowance,
                used,
                false,
                cycle,
                Some(id),
                Some(&plan.offering_id),
            ));
            rows.bucket_lines.push(vec![bucket_id.into(), id.into()]);
        }
    }
    if let Some((offering, allowance)) = line.addon {
        let bucket_id = format!("{id}-addon-{}", iso(current.start));
        let used = (allowance as f64 * 0.35) as i64;
        // Named as the catalogue names the add-on, in the customer's language.
        let name = catalogue::all()
            .iter()
            .find(|o| o.id == offering)
            .map_or_else(|| offering.to_owned(), |o| o.name(lang).to_owned());
        rows.buckets.push(bucket_row(
            &bucket_id,
            &name,
            UsageType::RoamingData,
            Some(allowance),
            used,
            true,
            current,
            None,
            Some(offering),
        ));
        rows.bucket_lines.push(vec![bucket_id.into(), id.into()]);
    }
}

/// A stable hash (FNV-1a) so seeds do not depend on the standard library's hasher.
pub(crate) fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}

pub(crate) async fn insert(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    table: &str,
    columns: &[&str],
    rows: &[Vec<Value>],
) -> Result<(), sqlx::Error> {
    // About a thousand parameters a statement: SQLite looks up each `$n` parameter's name
    // with a linear search, so a statement with n parameters costs n² (30,000 of them made
    // the 50,000-line seed take half an hour).
    let per_statement = (1_000 / columns.len()).max(1);
    for chunk in rows.chunks(per_statement) {
        let mut sql = format!("INSERT INTO {table} ({}) VALUES ", columns.join(", "));
        let mut n = 0;
        for (i, _) in chunk.iter().enumerate() {
            if i > 0 {
                sql.push_str(", ");
            }
            sql.push('(');
            for c in 0..columns.len() {
                n += 1;
                if c > 0 {
                    sql.push_str(", ");
                }
                sql.push_str(&format!("${n}"));
            }
            sql.push(')');
        }
        let mut query = sqlx::query(&sql);
        for row in chunk {
            for value in row {
                query = match value {
                    Value::Text(s) => query.bind(s.clone()),
                    Value::Int(i) => query.bind(*i),
                    Value::Float(f) => query.bind(*f),
                    Value::NullInt => query.bind(None::<i64>),
                    Value::NullText => query.bind(None::<String>),
                };
            }
        }
        query.execute(&mut **tx).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every country has a demo customer; the generated ones (benchmarks) live where the
    /// countries' data says: its currency, one of its languages.
    #[test]
    fn customers_agree_with_the_countries_data() {
        for country in countries::all() {
            assert!(
                !country.customers.is_empty(),
                "{}: no demo customer",
                country.code
            );
        }
        assert_eq!(
            demo_customers()
                .iter()
                .find(|c| c.id == "cust-fr-camille")
                .map(|c| c.lines.len()),
            Some(2)
        );
        let mut wrong = countries::get("FR").unwrap().clone();
        wrong.customers[0].line[1].addon = Some(AddonData {
            offering: "fr-booster-5".to_owned(),
            gb: 5,
        });
        assert!(check_customers(&wrong)
            .unwrap_err()
            .contains("is not a roaming add-on"));
        wrong.customers[0].line[1].offering = "pl-plan-m".to_owned();
        assert!(check_customers(&wrong)
            .unwrap_err()
            .contains("\"pl-plan-m\" is not a plan of the catalogue"));
        for c in demo_customers()
            .into_iter()
            .chain((0..4).map(generated_customer))
        {
            let country = crate::countries::get(c.country)
                .unwrap_or_else(|| panic!("{}: no data/countries folder", c.country));
            assert_eq!(c.currency, country.currency, "{}", c.id);
            assert!(
                country.languages.iter().any(|l| l == c.locale),
                "{}: {}",
                c.id,
                c.locale
            );
        }
    }
}
