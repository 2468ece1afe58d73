//! The storage the domain logic runs on: a trait, so that another backend (an operator's TM
//! Forum Open APIs) can be plugged in without touching the server functions or the widget, and
//! its SQL implementation over [`Db`].
//!
//! Lines are only ever found through their customer (`lines_of`): the domain logic picks a
//! line among the customer's own, so a line of another customer is simply not found.

use crate::api::{Payment, UsageType};
use crate::server::db::Db;
use crate::server::error::Error;
use async_trait::async_trait;
use sqlx::Row;

pub use crate::tariff::sql::{Audit, CountryRules, NewOrder, OfferingRow, OrderRow, Placed};
pub use crate::usage::topup::{NewTopup, Redeemed, TopupRow};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomerRow {
    pub id: String,
    pub given_name: String,
    pub family_name: String,
    pub country: String,
    pub locale: String,
    pub currency: String,
    /// TMF620 market segment: `consumer` or `business`.
    pub segment: String,
    /// Overdue bills, minor units.
    pub overdue_amount: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineRow {
    pub id: String,
    pub customer_id: String,
    pub msisdn: String,
    pub payment: Payment,
    pub plan_name: String,
    pub monthly_price: Option<i64>,
    pub period_price: Option<i64>,
    /// Day of the month a postpaid cycle starts (1–28); for prepaid, the day a period starts.
    pub cycle_day: u32,
    pub start_date: String,
    pub commitment_end: Option<String>,
    pub balance: Option<i64>,
    pub balance_expires: Option<String>,
    pub offering_id: Option<String>,
    pub last_change_date: Option<String>,
    /// Bumped by every change: a change commits only against the version it was checked on.
    pub version: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BucketRow {
    pub id: String,
    pub name: String,
    pub usage_type: UsageType,
    pub allowance: Option<i64>,
    pub used: i64,
    pub is_addon: bool,
    pub valid_from: String,
    pub valid_to: String,
    /// How many lines the bucket is attached to.
    pub shared_lines: u32,
    /// The offering it comes from, whose name in the customer's language it shows.
    pub offering_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DailyRow {
    pub day: String,
    pub usage_type: UsageType,
    pub amount: i64,
}

/// One rated usage event (TMF635), as the network's mediation delivers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageRecord {
    /// The mediation's own id: delivering a record twice counts it once.
    pub id: String,
    pub line_id: String,
    pub day: String,
    pub usage_type: UsageType,
    pub amount: i64,
}

#[async_trait]
pub trait Storage: Send + Sync {
    async fn ping(&self) -> Result<(), Error>;
    async fn customer(&self, customer_id: &str) -> Result<Option<CustomerRow>, Error>;
    async fn lines_of(&self, customer_id: &str) -> Result<Vec<LineRow>, Error>;
    /// The line's buckets whose validity overlaps `[from, to]`, ordered by start then id.
    async fn buckets(&self, line_id: &str, from: &str, to: &str) -> Result<Vec<BucketRow>, Error>;
    /// The line's daily roll-ups for days in `[from, to]`.
    async fn daily_usage(
        &self,
        line_id: &str,
        from: &str,
        to: &str,
    ) -> Result<Vec<DailyRow>, Error>;
    /// Records usage: each new record updates the daily roll-up and the bucket it falls in, in
    /// one transaction. Returns how many records were new.
    async fn ingest(&self, records: &[UsageRecord]) -> Result<u64, Error>;

    // Catalogue and orders: see `orders.rs`.
    async fn country_rules(&self, country: &str) -> Result<Option<CountryRules>, Error>;
    /// The sellable offerings of a country, with texts in `lang` (else English), in
    /// catalogue order.
    async fn offerings(&self, country: &str, lang: &str) -> Result<Vec<OfferingRow>, Error>;
    async fn offering(&self, id: &str, lang: &str) -> Result<Option<OfferingRow>, Error>;
    /// The line's tariff change that is ordered and not yet in effect.
    async fn open_change(&self, line_id: &str) -> Result<Option<OrderRow>, Error>;
    async fn order(&self, customer_id: &str, order_id: &str) -> Result<Option<OrderRow>, Error>;
    async fn order_by_key(&self, customer_id: &str, key: &str) -> Result<Option<OrderRow>, Error>;
    /// Writes an order and, for what takes effect now, its effect, in one transaction.
    async fn place_order(&self, order: &NewOrder) -> Result<Placed, Error>;
    /// Cancels a scheduled change not yet in effect on `today`. `None` when there is no
    /// such order to cancel.
    async fn cancel_order(
        &self,
        customer_id: &str,
        order_id: &str,
        today: &str,
        audit: &Audit,
    ) -> Result<Option<OrderRow>, Error>;
    /// Completes the line's scheduled changes that are due on `today`.
    async fn complete_due(
        &self,
        line_id: &str,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<u32, Error>;

    // Prepaid top-up by voucher (TMF654): see `topup.rs`.
    async fn topup_by_key(&self, customer_id: &str, key: &str) -> Result<Option<TopupRow>, Error>;
    /// The customer's wrong voucher codes since `since` (RFC 3339).
    async fn voucher_failures_since(&self, customer_id: &str, since: &str) -> Result<i64, Error>;
    async fn record_voucher_failure(&self, customer_id: &str, at: &str) -> Result<(), Error>;
    /// Credits a voucher to a line with its top-up and audit entry, in one transaction.
    async fn redeem_voucher(&self, topup: &NewTopup) -> Result<Redeemed, Error>;
}

pub fn usage_type_str(t: UsageType) -> &'static str {
    match t {
        UsageType::Data => "data",
        UsageType::Voice => "voice",
        UsageType::Sms => "sms",
        UsageType::RoamingData => "roaming-data",
    }
}

fn parse_usage_type(s: &str) -> Result<UsageType, Error> {
    Ok(match s {
        "data" => UsageType::Data,
        "voice" => UsageType::Voice,
        "sms" => UsageType::Sms,
        "roaming-data" => UsageType::RoamingData,
        other => return Err(Error::Invalid(format!("usage type {other:?}"))),
    })
}

pub fn parse_payment(s: &str) -> Result<Payment, Error> {
    match s {
        "prepaid" => Ok(Payment::Prepaid),
        "postpaid" => Ok(Payment::Postpaid),
        other => Err(Error::Invalid(format!("payment {other:?}"))),
    }
}

pub fn payment_str(p: Payment) -> &'static str {
    match p {
        Payment::Prepaid => "prepaid",
        Payment::Postpaid => "postpaid",
    }
}

const LINE_COLUMNS: &str = "id, customer_id, msisdn, payment, plan_name, monthly_price, period_price, \
     cycle_day, start_date, commitment_end, balance, balance_expires, offering_id, last_change_date, version";

fn line_from_row(row: &sqlx::any::AnyRow) -> Result<LineRow, Error> {
    let cycle_day: i64 = row.try_get("cycle_day")?;
    Ok(LineRow {
        id: row.try_get("id")?,
        customer_id: row.try_get("customer_id")?,
        msisdn: row.try_get("msisdn")?,
        payment: parse_payment(&row.try_get::<String, _>("payment")?)?,
        plan_name: row.try_get("plan_name")?,
        monthly_price: row.try_get("monthly_price")?,
        period_price: row.try_get("period_price")?,
        cycle_day: u32::try_from(cycle_day).map_err(|_| Error::Invalid("cycle_day".into()))?,
        start_date: row.try_get("start_date")?,
        commitment_end: row.try_get("commitment_end")?,
        balance: row.try_get("balance")?,
        balance_expires: row.try_get("balance_expires")?,
        offering_id: row.try_get("offering_id")?,
        last_change_date: row.try_get("last_change_date")?,
        version: row.try_get("version")?,
    })
}

/// [`Storage`] over the project's own database.
pub struct SqlStorage {
    db: Db,
}

impl SqlStorage {
    pub fn new(db: Db) -> Self {
        SqlStorage { db }
    }
}

#[async_trait]
impl Storage for SqlStorage {
    async fn ping(&self) -> Result<(), Error> {
        sqlx::query("SELECT 1").execute(&self.db.pool).await?;
        Ok(())
    }

    async fn customer(&self, customer_id: &str) -> Result<Option<CustomerRow>, Error> {
        let row = sqlx::query(
            "SELECT id, given_name, family_name, country, locale, currency, segment, overdue_amount FROM customers WHERE id = $1",
        )
        .bind(customer_id)
        .fetch_optional(&self.db.pool)
        .await?;
        row.map(|row| {
            Ok(CustomerRow {
                id: row.try_get("id")?,
                given_name: row.try_get("given_name")?,
                family_name: row.try_get("family_name")?,
                country: row.try_get("country")?,
                locale: row.try_get("locale")?,
                currency: row.try_get("currency")?,
                segment: row.try_get("segment")?,
                overdue_amount: row.try_get("overdue_amount")?,
            })
        })
        .transpose()
    }

    async fn lines_of(&self, customer_id: &str) -> Result<Vec<LineRow>, Error> {
        let sql = format!("SELECT {LINE_COLUMNS} FROM lines WHERE customer_id = $1 ORDER BY id");
        let rows = sqlx::query(&sql)
            .bind(customer_id)
            .fetch_all(&self.db.pool)
            .await?;
        rows.iter().map(line_from_row).collect()
    }

    async fn buckets(&self, line_id: &str, from: &str, to: &str) -> Result<Vec<BucketRow>, Error> {
        let rows = sqlx::query(
            "SELECT b.id, b.name, b.usage_type, b.allowance, b.used, b.is_addon, b.valid_from, b.valid_to, b.offering_id, \
                    (SELECT COUNT(*) FROM bucket_lines s WHERE s.bucket_id = b.id) AS shared_lines \
             FROM bucket_lines bl JOIN buckets b ON b.id = bl.bucket_id \
             WHERE bl.line_id = $1 AND b.valid_to >= $2 AND b.valid_from <= $3 \
             ORDER BY b.valid_from, b.is_addon, b.id",
        )
        .bind(line_id)
        .bind(from)
        .bind(to)
        .fetch_all(&self.db.pool)
        .await?;
        rows.iter()
            .map(|row| {
                let shared: i64 = row.try_get("shared_lines")?;
                Ok(BucketRow {
                    id: row.try_get("id")?,
                    name: row.try_get("name")?,
                    usage_type: parse_usage_type(&row.try_get::<String, _>("usage_type")?)?,
                    allowance: row.try_get("allowance")?,
                    used: row.try_get("used")?,
                    is_addon: row.try_get::<i64, _>("is_addon")? != 0,
                    valid_from: row.try_get("valid_from")?,
                    valid_to: row.try_get("valid_to")?,
                    shared_lines: u32::try_from(shared).unwrap_or(u32::MAX),
                    offering_id: row.try_get("offering_id")?,
                })
            })
            .collect()
    }

    async fn daily_usage(
        &self,
        line_id: &str,
        from: &str,
        to: &str,
    ) -> Result<Vec<DailyRow>, Error> {
        let rows = sqlx::query(
            "SELECT day, usage_type, amount FROM usage_daily \
             WHERE line_id = $1 AND day >= $2 AND day <= $3 ORDER BY day",
        )
        .bind(line_id)
        .bind(from)
        .bind(to)
        .fetch_all(&self.db.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(DailyRow {
                    day: row.try_get("day")?,
                    usage_type: parse_usage_type(&row.try_get::<String, _>("usage_type")?)?,
                    amount: row.try_get("amount")?,
                })
            })
            .collect()
    }

    async fn ingest(&self, records: &[UsageRecord]) -> Result<u64, Error> {
        let mut tx = self.db.pool.begin().await?;
        let mut new_records = 0;
        for record in records {
            let kind = usage_type_str(record.usage_type);
            // The bucket the usage counts against: the plan's before add-ons, the first with
            // something left, else the last one (the excess is out-of-bucket usage on it).
            let bucket: Option<String> = sqlx::query_scalar(
                "SELECT b.id FROM bucket_lines bl JOIN buckets b ON b.id = bl.bucket_id \
                 WHERE bl.line_id = $1 AND b.usage_type = $2 AND b.valid_from <= $3 AND b.valid_to >= $3 \
                 ORDER BY CASE WHEN b.allowance IS NULL OR b.used < b.allowance THEN 0 ELSE 1 END, \
                          b.is_addon, b.valid_to, b.id \
                 LIMIT 1",
            )
            .bind(&record.line_id)
            .bind(kind)
            .bind(&record.day)
            .fetch_optional(&mut *tx)
            .await?;
            let inserted = sqlx::query(
                "INSERT INTO usage_records (id, line_id, usage_date, usage_type, amount, bucket_id) \
                 VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING",
            )
            .bind(&record.id)
            .bind(&record.line_id)
            .bind(&record.day)
            .bind(kind)
            .bind(record.amount)
            .bind(&bucket)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if inserted == 0 {
                continue;
            }
            new_records += 1;
            sqlx::query(
                "INSERT INTO usage_daily (line_id, day, usage_type, amount) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (line_id, day, usage_type) DO UPDATE SET amount = usage_daily.amount + excluded.amount",
            )
            .bind(&record.line_id)
            .bind(&record.day)
            .bind(kind)
            .bind(record.amount)
            .execute(&mut *tx)
            .await?;
            if let Some(bucket) = bucket {
                sqlx::query("UPDATE buckets SET used = used + $1 WHERE id = $2")
                    .bind(record.amount)
                    .bind(bucket)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        tx.commit().await?;
        Ok(new_records)
    }

    async fn country_rules(&self, country: &str) -> Result<Option<CountryRules>, Error> {
        crate::tariff::sql::country_rules(&self.db, country).await
    }
    async fn offerings(&self, country: &str, lang: &str) -> Result<Vec<OfferingRow>, Error> {
        crate::tariff::sql::offerings(&self.db, Some(country), None, lang).await
    }
    async fn offering(&self, id: &str, lang: &str) -> Result<Option<OfferingRow>, Error> {
        Ok(
            crate::tariff::sql::offerings(&self.db, None, Some(id), lang)
                .await?
                .pop(),
        )
    }
    async fn open_change(&self, line_id: &str) -> Result<Option<OrderRow>, Error> {
        crate::tariff::sql::open_change(&self.db, line_id).await
    }
    async fn order(&self, customer_id: &str, order_id: &str) -> Result<Option<OrderRow>, Error> {
        crate::tariff::sql::order_where(
            &self.db,
            "customer_id = $1 AND id = $2",
            customer_id,
            order_id,
        )
        .await
    }
    async fn order_by_key(&self, customer_id: &str, key: &str) -> Result<Option<OrderRow>, Error> {
        crate::tariff::sql::order_where(
            &self.db,
            "customer_id = $1 AND idempotency_key = $2",
            customer_id,
            key,
        )
        .await
    }
    async fn place_order(&self, order: &NewOrder) -> Result<Placed, Error> {
        crate::tariff::sql::place(&self.db, order).await
    }
    async fn cancel_order(
        &self,
        customer_id: &str,
        order_id: &str,
        today: &str,
        audit: &Audit,
    ) -> Result<Option<OrderRow>, Error> {
        crate::tariff::sql::cancel(&self.db, customer_id, order_id, today, audit).await
    }
    async fn complete_due(
        &self,
        line_id: &str,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<u32, Error> {
        crate::tariff::sql::complete_due(&self.db, line_id, now).await
    }
    async fn topup_by_key(&self, customer_id: &str, key: &str) -> Result<Option<TopupRow>, Error> {
        crate::usage::topup::by_key(&self.db, customer_id, key).await
    }
    async fn voucher_failures_since(&self, customer_id: &str, since: &str) -> Result<i64, Error> {
        crate::usage::topup::failures_since(&self.db, customer_id, since).await
    }
    async fn record_voucher_failure(&self, customer_id: &str, at: &str) -> Result<(), Error> {
        crate::usage::topup::record_failure(&self.db, customer_id, at).await
    }
    async fn redeem_voucher(&self, topup: &NewTopup) -> Result<Redeemed, Error> {
        crate::usage::topup::credit(&self.db, topup).await
    }
}
