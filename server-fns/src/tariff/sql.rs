//! SQL for the catalogue (TMF620) and product orders (TMF622): reading offerings with their
//! texts, and writing an order with its effect, state history and audit entry in one
//! transaction.
//!
//! Safe to retry and safe under concurrency by construction:
//! - an order's `(customer, idempotency key)` is unique: a replay inserts nothing and gets the
//!   order the first request wrote;
//! - a tariff change commits only if the line's `version` is still the one eligibility was
//!   checked on, and bumps it: of two changes racing on one line, the second finds the version
//!   moved and is a conflict; a partial unique index allows one scheduled change per line;
//! - a prepaid add-on takes its price from the balance only if the balance covers it, in the
//!   same statement.

use crate::api::{Offering, OrderAction, OrderState, ProductOrder, UsageType, When};
use crate::server::db::Db;
use crate::server::error::Error;
use crate::usage::domain::{iso, Cycle};
use crate::usage::storage::{parse_payment, payment_str, usage_type_str};
use chrono::{Months, NaiveDate};
use sqlx::Row;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CountryRules {
    /// May a line move between prepaid and postpaid?
    pub payment_change: bool,
    pub min_days_between: u32,
}

/// An offering as stored: what the widget sees, and what eligibility needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfferingRow {
    pub offering: Offering,
    pub country: String,
    pub business: bool,
    /// Space-separated channels: `website`, `kiosk`, `portal`, `partner:<id>`.
    pub channels: String,
    pub currency: String,
    pub sellable: bool,
}

/// An order as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderRow {
    pub order: ProductOrder,
    pub customer_id: String,
    /// The request the idempotency key was first used for.
    pub request: String,
    /// RFC 3339, when the order was received.
    pub created_at: String,
}

/// Who did something, through what, when: one audit entry.
#[derive(Debug, Clone)]
pub struct Audit {
    pub actor: String,
    pub customer_id: String,
    pub channel: &'static str,
    pub partner_id: Option<String>,
    /// RFC 3339.
    pub at: String,
}

/// An order to write, checked and priced by `tariff.rs`.
#[derive(Debug, Clone)]
pub struct NewOrder {
    pub id: String,
    pub idempotency_key: String,
    pub request: String,
    pub line_id: String,
    /// The line version eligibility was checked on.
    pub line_version: i64,
    pub action: OrderAction,
    pub when: When,
    pub from_offering: Option<String>,
    pub offering: Offering,
    pub today: NaiveDate,
    pub effective: NaiveDate,
    /// The cycle the effect starts in (plans) — buckets created for a change are this cycle's.
    pub cycle: Cycle,
    pub currency: String,
    pub one_time: i64,
    pub recurring: Option<i64>,
    /// Taken from the prepaid balance at once (prepaid add-ons).
    pub from_balance: Option<i64>,
    pub commitment_end: Option<String>,
    pub audit: Audit,
}

pub enum Placed {
    New(OrderRow),
    /// The idempotency key was used before: the order it made.
    Existing(OrderRow),
    /// Another change of the line went first.
    Conflict,
    InsufficientBalance,
}

pub fn state_str(s: OrderState) -> &'static str {
    match s {
        OrderState::Acknowledged => "acknowledged",
        OrderState::InProgress => "inProgress",
        OrderState::Completed => "completed",
        OrderState::Rejected => "rejected",
        OrderState::Cancelled => "cancelled",
    }
}

fn parse_state(s: &str) -> Result<OrderState, Error> {
    Ok(match s {
        "acknowledged" => OrderState::Acknowledged,
        "inProgress" => OrderState::InProgress,
        "completed" => OrderState::Completed,
        "rejected" => OrderState::Rejected,
        "cancelled" => OrderState::Cancelled,
        other => return Err(Error::Invalid(format!("order state {other:?}"))),
    })
}

/// The TMF622 state machine: the moves an order may make.
pub fn may_move(from: OrderState, to: OrderState) -> bool {
    use OrderState::*;
    matches!(
        (from, to),
        (Acknowledged, InProgress)
            | (Acknowledged, Rejected)
            | (InProgress, Completed)
            | (InProgress, Cancelled)
            | (Acknowledged, Cancelled)
    )
}

pub async fn country_rules(db: &Db, country: &str) -> Result<Option<CountryRules>, Error> {
    let row = sqlx::query(
        "SELECT payment_change, min_days_between FROM country_rules WHERE country = $1",
    )
    .bind(country)
    .fetch_optional(&db.pool)
    .await?;
    row.map(|row| {
        Ok(CountryRules {
            payment_change: row.try_get::<i64, _>("payment_change")? != 0,
            min_days_between: u32::try_from(row.try_get::<i64, _>("min_days_between")?)
                .unwrap_or(u32::MAX),
        })
    })
    .transpose()
}

fn opt_u32(v: Option<i64>) -> Option<u32> {
    v.and_then(|v| u32::try_from(v).ok())
}

/// Offerings of `country` (sellable ones) or the offering `id` (whatever its status).
pub async fn offerings(
    db: &Db,
    country: Option<&str>,
    id: Option<&str>,
    lang: &str,
) -> Result<Vec<OfferingRow>, Error> {
    let filter = if country.is_some() {
        "o.country = $2 AND o.sellable = 1"
    } else {
        "o.id = $2"
    };
    let sql = format!(
        "SELECT o.id, o.country, o.is_addon, o.payment, o.segment, o.channels, o.currency, o.price, o.promo_price, \
                o.promo_months, o.data, o.voice, o.sms, o.roaming_data, o.term_months, o.validity_days, \
                o.download_mbps, o.upload_mbps, o.sellable, \
                COALESCE(t.name, e.name) AS name, COALESCE(t.description, e.description) AS description \
         FROM offerings o \
         LEFT JOIN offering_texts t ON t.offering_id = o.id AND t.lang = $1 \
         LEFT JOIN offering_texts e ON e.offering_id = o.id AND e.lang = 'en' \
         WHERE {filter} ORDER BY o.is_addon, o.sort, o.id"
    );
    let rows = sqlx::query(&sql)
        .bind(lang)
        .bind(country.or(id).unwrap_or(""))
        .fetch_all(&db.pool)
        .await?;
    rows.iter()
        .map(|row| {
            let as_u32 = |name: &str| -> Result<u32, Error> {
                Ok(opt_u32(Some(row.try_get::<i64, _>(name)?)).unwrap_or(0))
            };
            Ok(OfferingRow {
                offering: Offering {
                    id: row.try_get("id")?,
                    name: row
                        .try_get::<Option<String>, _>("name")?
                        .unwrap_or_default(),
                    description: row
                        .try_get::<Option<String>, _>("description")?
                        .unwrap_or_default(),
                    is_addon: row.try_get::<i64, _>("is_addon")? != 0,
                    payment: parse_payment(&row.try_get::<String, _>("payment")?)?,
                    price: row.try_get("price")?,
                    promo_price: row.try_get("promo_price")?,
                    promo_months: opt_u32(row.try_get("promo_months")?),
                    data: row.try_get("data")?,
                    voice: row.try_get("voice")?,
                    sms: row.try_get("sms")?,
                    roaming_data: row.try_get("roaming_data")?,
                    term_months: as_u32("term_months")?,
                    validity_days: opt_u32(row.try_get("validity_days")?),
                    download_mbps: as_u32("download_mbps")?,
                    upload_mbps: as_u32("upload_mbps")?,
                },
                country: row.try_get("country")?,
                business: row.try_get::<String, _>("segment")? == "business",
                channels: row.try_get("channels")?,
                currency: row.try_get("currency")?,
                sellable: row.try_get::<i64, _>("sellable")? != 0,
            })
        })
        .collect()
}

const ORDER_COLUMNS: &str =
    "id, customer_id, request, line_id, action, from_offering, offering_id, offering_name, state, \
     created_at, order_date, effective_date, completion_date, currency, one_time, recurring";

fn order_from_row(row: &sqlx::any::AnyRow) -> Result<OrderRow, Error> {
    Ok(OrderRow {
        order: ProductOrder {
            id: row.try_get("id")?,
            state: parse_state(&row.try_get::<String, _>("state")?)?,
            action: match row.try_get::<String, _>("action")?.as_str() {
                "add" => OrderAction::Add,
                _ => OrderAction::Modify,
            },
            line_id: row.try_get("line_id")?,
            from_offering: row.try_get("from_offering")?,
            offering_id: row.try_get("offering_id")?,
            offering_name: row.try_get("offering_name")?,
            order_date: row.try_get("order_date")?,
            effective_date: row.try_get("effective_date")?,
            completion_date: row.try_get("completion_date")?,
            currency: row.try_get("currency")?,
            one_time: row.try_get("one_time")?,
            recurring: row.try_get("recurring")?,
        },
        customer_id: row.try_get("customer_id")?,
        request: row.try_get("request")?,
        created_at: row.try_get("created_at")?,
    })
}

/// The order matching `condition` on `$1` and `$2`.
pub async fn order_where(
    db: &Db,
    condition: &str,
    a: &str,
    b: &str,
) -> Result<Option<OrderRow>, Error> {
    let sql = format!("SELECT {ORDER_COLUMNS} FROM orders WHERE {condition}");
    let row = sqlx::query(&sql)
        .bind(a)
        .bind(b)
        .fetch_optional(&db.pool)
        .await?;
    row.as_ref().map(order_from_row).transpose()
}

pub async fn open_change(db: &Db, line_id: &str) -> Result<Option<OrderRow>, Error> {
    let sql = format!(
        "SELECT {ORDER_COLUMNS} FROM orders WHERE line_id = $1 AND action = 'modify' \
         AND state IN ('acknowledged', 'inProgress') ORDER BY created_at LIMIT 1"
    );
    let row = sqlx::query(&sql)
        .bind(line_id)
        .fetch_optional(&db.pool)
        .await?;
    row.as_ref().map(order_from_row).transpose()
}

type Tx<'a> = sqlx::Transaction<'a, sqlx::Any>;

async fn event(
    tx: &mut Tx<'_>,
    order_id: &str,
    seq: i64,
    state: OrderState,
    at: &str,
) -> Result<(), Error> {
    sqlx::query("INSERT INTO order_events (order_id, seq, state, at) VALUES ($1, $2, $3, $4)")
        .bind(order_id)
        .bind(seq)
        .bind(state_str(state))
        .bind(at)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Writes an audit entry in the transaction of the change it records (`order_id`: the order's
/// or reservation's id).
pub(crate) async fn audit(
    tx: &mut Tx<'_>,
    a: &Audit,
    action: &str,
    order_id: &str,
    detail: &str,
) -> Result<(), Error> {
    sqlx::query(
        "INSERT INTO audit_log (id, at, actor, customer_id, channel, partner_id, action, order_id, detail) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(uuid::Uuid::new_v4().to_string())
    .bind(&a.at)
    .bind(&a.actor)
    .bind(&a.customer_id)
    .bind(a.channel)
    .bind(&a.partner_id)
    .bind(action)
    .bind(order_id)
    .bind(detail)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

async fn set_state(
    tx: &mut Tx<'_>,
    order_id: &str,
    from: OrderState,
    to: OrderState,
    completion: Option<&str>,
) -> Result<bool, Error> {
    debug_assert!(may_move(from, to), "{from:?} → {to:?}");
    let moved = sqlx::query("UPDATE orders SET state = $1, completion_date = COALESCE($2, completion_date) WHERE id = $3 AND state = $4")
        .bind(state_str(to))
        .bind(completion)
        .bind(order_id)
        .bind(state_str(from))
        .execute(&mut **tx)
        .await?
        .rows_affected();
    Ok(moved == 1)
}

pub async fn place(db: &Db, o: &NewOrder) -> Result<Placed, Error> {
    let mut tx = db.pool.begin().await?;
    // The first statement writes, so that SQLite takes the write lock (waiting for another
    // writer) before anything is read in this transaction.
    let inserted = sqlx::query(
        "INSERT INTO orders (id, customer_id, idempotency_key, request, line_id, action, from_offering, offering_id, \
             offering_name, state, channel, partner_id, created_at, order_date, effective_date, currency, one_time, recurring) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) \
         ON CONFLICT (customer_id, idempotency_key) DO NOTHING",
    )
    .bind(&o.id)
    .bind(&o.audit.customer_id)
    .bind(&o.idempotency_key)
    .bind(&o.request)
    .bind(&o.line_id)
    .bind(match o.action {
        OrderAction::Modify => "modify",
        OrderAction::Add => "add",
    })
    .bind(&o.from_offering)
    .bind(&o.offering.id)
    .bind(&o.offering.name)
    .bind(state_str(OrderState::Acknowledged))
    .bind(o.audit.channel)
    .bind(&o.audit.partner_id)
    .bind(&o.audit.at)
    .bind(iso(o.today))
    .bind(iso(o.effective))
    .bind(&o.currency)
    .bind(o.one_time)
    .bind(o.recurring)
    .execute(&mut *tx)
    .await;
    let inserted = match inserted {
        Ok(done) => done.rows_affected(),
        // The one-scheduled-change-per-line index: another change is already scheduled.
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => return Ok(Placed::Conflict),
        Err(e) => return Err(e.into()),
    };
    if inserted == 0 {
        tx.rollback().await?;
        return Ok(
            match order_where(
                db,
                "customer_id = $1 AND idempotency_key = $2",
                &o.audit.customer_id,
                &o.idempotency_key,
            )
            .await?
            {
                Some(existing) => Placed::Existing(existing),
                None => Placed::Conflict,
            },
        );
    }
    let guarded = match (o.action, o.from_balance) {
        (OrderAction::Modify, _) => sqlx::query("UPDATE lines SET version = version + 1 WHERE id = $1 AND version = $2")
            .bind(&o.line_id)
            .bind(o.line_version)
            .execute(&mut *tx)
            .await?
            .rows_affected(),
        (OrderAction::Add, Some(amount)) => {
            sqlx::query("UPDATE lines SET balance = balance - $1, version = version + 1 WHERE id = $2 AND balance >= $1")
                .bind(amount)
                .bind(&o.line_id)
                .execute(&mut *tx)
                .await?
                .rows_affected()
        }
        (OrderAction::Add, None) => 1,
    };
    if guarded == 0 {
        tx.rollback().await?;
        return Ok(if o.action == OrderAction::Modify {
            Placed::Conflict
        } else {
            Placed::InsufficientBalance
        });
    }
    let at = o.audit.at.as_str();
    event(&mut tx, &o.id, 1, OrderState::Acknowledged, at).await?;
    set_state(
        &mut tx,
        &o.id,
        OrderState::Acknowledged,
        OrderState::InProgress,
        None,
    )
    .await?;
    event(&mut tx, &o.id, 2, OrderState::InProgress, at).await?;
    if o.when == When::Now {
        match o.action {
            OrderAction::Modify => {
                apply_plan(
                    &mut tx,
                    &o.line_id,
                    &o.offering,
                    o.effective,
                    o.cycle,
                    o.commitment_end.as_deref(),
                )
                .await?
            }
            OrderAction::Add => add_bucket(&mut tx, o).await?,
        }
        set_state(
            &mut tx,
            &o.id,
            OrderState::InProgress,
            OrderState::Completed,
            Some(&iso(o.today)),
        )
        .await?;
        event(&mut tx, &o.id, 3, OrderState::Completed, at).await?;
    }
    let detail = format!(
        "{} {} -> {} {} effective {} one-time {} {}",
        if o.action == OrderAction::Add {
            "add"
        } else {
            "modify"
        },
        o.from_offering.as_deref().unwrap_or("-"),
        o.offering.id,
        if o.when == When::Now {
            "now"
        } else {
            "next-cycle"
        },
        iso(o.effective),
        o.one_time,
        o.currency
    );
    audit(&mut tx, &o.audit, "order-placed", &o.id, &detail).await?;
    tx.commit().await?;
    let placed = order_where(
        db,
        "customer_id = $1 AND id = $2",
        &o.audit.customer_id,
        &o.id,
    )
    .await?;
    placed
        .map(Placed::New)
        .ok_or_else(|| Error::Invalid("the order just written is gone".into()))
}

/// The allowance of `t` in an offering: `None` unlimited, `Some(0)` not included.
fn allowance(o: &Offering, t: UsageType) -> Option<i64> {
    match t {
        UsageType::Data => o.data,
        UsageType::Voice => o.voice,
        UsageType::Sms => o.sms,
        UsageType::RoamingData => o.roaming_data,
    }
}

/// Puts the line on `offering` from `effective`: its product, prices and commitment, and its
/// plan buckets of the cycle containing `effective` (changed, added or detached).
async fn apply_plan(
    tx: &mut Tx<'_>,
    line_id: &str,
    o: &Offering,
    effective: NaiveDate,
    cycle: Cycle,
    commitment_end: Option<&str>,
) -> Result<(), Error> {
    let price = o.promo_price.unwrap_or(o.price);
    let (monthly, period) = match o.payment {
        crate::api::Payment::Postpaid => (Some(price), None),
        crate::api::Payment::Prepaid => (None, Some(price)),
    };
    sqlx::query(
        "UPDATE lines SET offering_id = $1, plan_name = $2, payment = $3, monthly_price = $4, period_price = $5, \
             last_change_date = $6, commitment_end = $7 WHERE id = $8",
    )
    .bind(&o.id)
    .bind(&o.name)
    .bind(payment_str(o.payment))
    .bind(monthly)
    .bind(period)
    .bind(iso(effective))
    .bind(commitment_end)
    .bind(line_id)
    .execute(&mut **tx)
    .await?;
    let day = iso(effective);
    for t in [
        UsageType::Data,
        UsageType::Voice,
        UsageType::Sms,
        UsageType::RoamingData,
    ] {
        let kind = usage_type_str(t);
        // The plan's name on each of its buckets (the usage view shows it in the customer's language).
        let name = o.name.as_str();
        match allowance(o, t) {
            Some(0) => {
                // Not in the new plan: the old plan's bucket no longer counts for the line.
                sqlx::query(
                    "DELETE FROM bucket_lines WHERE line_id = $1 AND bucket_id IN (SELECT id FROM buckets \
                     WHERE plan_line_id = $1 AND usage_type = $2 AND valid_from <= $3 AND valid_to >= $3)",
                )
                .bind(line_id)
                .bind(kind)
                .bind(&day)
                .execute(&mut **tx)
                .await?;
                sqlx::query("UPDATE buckets SET plan_line_id = NULL WHERE plan_line_id = $1 AND usage_type = $2 AND valid_from <= $3 AND valid_to >= $3")
                    .bind(line_id)
                    .bind(kind)
                    .bind(&day)
                    .execute(&mut **tx)
                    .await?;
            }
            amount => {
                let changed = sqlx::query(
                    "UPDATE buckets SET allowance = $1, name = $2, offering_id = $6 \
                     WHERE plan_line_id = $3 AND usage_type = $4 AND valid_from <= $5 AND valid_to >= $5",
                )
                .bind(amount)
                .bind(name)
                .bind(line_id)
                .bind(kind)
                .bind(&day)
                .bind(&o.id)
                .execute(&mut **tx)
                .await?
                .rows_affected();
                if changed == 0 {
                    let id = format!("{line_id}-{kind}-{}-{}", iso(cycle.start), o.id);
                    insert_bucket(
                        tx,
                        &id,
                        o,
                        kind,
                        amount,
                        false,
                        &iso(cycle.start),
                        &iso(cycle.end),
                        Some(line_id),
                    )
                    .await?;
                    link(tx, &id, line_id).await?;
                }
            }
        }
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
async fn insert_bucket(
    tx: &mut Tx<'_>,
    id: &str,
    offering: &Offering,
    kind: &str,
    allowance: Option<i64>,
    addon: bool,
    from: &str,
    to: &str,
    plan_line: Option<&str>,
) -> Result<(), Error> {
    let name = offering.name.as_str();
    sqlx::query(
        "INSERT INTO buckets (id, name, usage_type, allowance, used, is_addon, valid_from, valid_to, plan_line_id, offering_id) \
         VALUES ($1, $2, $3, $4, 0, $5, $6, $7, $8, $9) ON CONFLICT (id) DO NOTHING",
    )
    .bind(id)
    .bind(name)
    .bind(kind)
    .bind(allowance)
    .bind(i64::from(addon))
    .bind(from)
    .bind(to)
    .bind(plan_line)
    .bind(&offering.id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

async fn link(tx: &mut Tx<'_>, bucket: &str, line: &str) -> Result<(), Error> {
    sqlx::query(
        "INSERT INTO bucket_lines (bucket_id, line_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
    )
    .bind(bucket)
    .bind(line)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// An add-on's bucket, valid from today for its validity.
async fn add_bucket(tx: &mut Tx<'_>, o: &NewOrder) -> Result<(), Error> {
    let days = o.offering.validity_days.unwrap_or(1).max(1);
    let until = o.today + chrono::Days::new(u64::from(days - 1));
    let (kind, amount) = if o.offering.roaming_data.unwrap_or(0) > 0 {
        (UsageType::RoamingData, o.offering.roaming_data)
    } else {
        (UsageType::Data, o.offering.data)
    };
    let id = format!("{}-addon-{}", o.line_id, o.id);
    insert_bucket(
        tx,
        &id,
        &o.offering,
        usage_type_str(kind),
        amount,
        true,
        &iso(o.today),
        &iso(until),
        None,
    )
    .await?;
    link(tx, &id, &o.line_id).await
}

pub async fn cancel(
    db: &Db,
    customer_id: &str,
    order_id: &str,
    today: &str,
    a: &Audit,
) -> Result<Option<OrderRow>, Error> {
    let mut tx = db.pool.begin().await?;
    let cancelled = sqlx::query(
        "UPDATE orders SET state = 'cancelled' WHERE id = $1 AND customer_id = $2 AND action = 'modify' \
         AND state IN ('acknowledged', 'inProgress') AND effective_date > $3",
    )
    .bind(order_id)
    .bind(customer_id)
    .bind(today)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if cancelled == 0 {
        tx.rollback().await?;
        return Ok(None);
    }
    let seq: i64 = sqlx::query_scalar(
        "SELECT CAST(COALESCE(MAX(seq), 0) + 1 AS BIGINT) FROM order_events WHERE order_id = $1",
    )
    .bind(order_id)
    .fetch_one(&mut *tx)
    .await?;
    event(&mut tx, order_id, seq, OrderState::Cancelled, &a.at).await?;
    audit(
        &mut tx,
        a,
        "order-cancelled",
        order_id,
        "cancelled before it took effect",
    )
    .await?;
    tx.commit().await?;
    order_where(db, "customer_id = $1 AND id = $2", customer_id, order_id).await
}

/// Completes the line's scheduled changes due by `now`'s day, each in its own transaction,
/// stamped `now`; an order another server completed or the customer cancelled meanwhile is
/// left alone.
pub async fn complete_due(
    db: &Db,
    line_id: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<u32, Error> {
    let today = now.date_naive();
    let sql = format!(
        "SELECT {ORDER_COLUMNS} FROM orders WHERE line_id = $1 AND action = 'modify' AND state = 'inProgress' \
         AND effective_date <= $2 ORDER BY effective_date"
    );
    let due: Vec<OrderRow> = sqlx::query(&sql)
        .bind(line_id)
        .bind(iso(today))
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(order_from_row)
        .collect::<Result<_, _>>()?;
    let mut completed = 0;
    for row in due {
        let Some(offering) = offerings(db, None, Some(&row.order.offering_id), "en")
            .await?
            .pop()
        else {
            continue;
        };
        let effective: NaiveDate = row
            .order
            .effective_date
            .parse()
            .map_err(|_| Error::Invalid("effective date".into()))?;
        let line = sqlx::query("SELECT cycle_day, commitment_end FROM lines WHERE id = $1")
            .bind(line_id)
            .fetch_one(&db.pool)
            .await?;
        let cycle_day = u32::try_from(line.try_get::<i64, _>("cycle_day")?).unwrap_or(1);
        let commitment = commitment_after(
            line.try_get("commitment_end")?,
            offering.offering.term_months,
            effective,
        );
        let mut tx = db.pool.begin().await?;
        if !set_state(
            &mut tx,
            &row.order.id,
            OrderState::InProgress,
            OrderState::Completed,
            Some(&iso(today)),
        )
        .await?
        {
            tx.rollback().await?;
            continue;
        }
        let mut o = offering.offering;
        o.name = row.order.offering_name.clone();
        apply_plan(
            &mut tx,
            line_id,
            &o,
            effective,
            Cycle::containing(effective, cycle_day),
            commitment.as_deref(),
        )
        .await?;
        let at = now.to_rfc3339();
        event(&mut tx, &row.order.id, 3, OrderState::Completed, &at).await?;
        let system = Audit {
            actor: "system".into(),
            customer_id: row.customer_id.clone(),
            channel: "system",
            partner_id: None,
            at,
        };
        audit(
            &mut tx,
            &system,
            "order-completed",
            &row.order.id,
            "scheduled change took effect",
        )
        .await?;
        tx.commit().await?;
        completed += 1;
    }
    Ok(completed)
}

/// The commitment after moving to a plan with a `term` from `effective`: a new term starts
/// then; a plan without one keeps the commitment the customer already has.
pub fn commitment_after(
    current: Option<String>,
    term_months: u32,
    effective: NaiveDate,
) -> Option<String> {
    if term_months == 0 {
        return current;
    }
    let new_end = iso(effective + Months::new(term_months));
    Some(match current {
        Some(old) if old > new_end => old,
        _ => new_end,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn state_machine() {
        use OrderState::*;
        assert!(may_move(Acknowledged, InProgress));
        assert!(may_move(InProgress, Completed));
        assert!(may_move(InProgress, Cancelled));
        assert!(!may_move(Completed, Cancelled));
        assert!(!may_move(Cancelled, InProgress));
        assert!(!may_move(Rejected, Completed));
    }

    #[test]
    fn commitment_after_a_change() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        assert_eq!(
            commitment_after(None, 12, day).as_deref(),
            Some("2027-11-26")
        );
        assert_eq!(
            commitment_after(Some("2027-03-05".into()), 0, day).as_deref(),
            Some("2027-03-05")
        );
        assert_eq!(
            commitment_after(Some("2028-03-05".into()), 12, day).as_deref(),
            Some("2028-03-05")
        );
    }
}
