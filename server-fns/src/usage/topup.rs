//! Prepaid top-up by voucher (TMF654 `topupBalance`): the scratch cards sold in shops across
//! West Africa. A code is checked by the server, credited once to one prepaid line of the
//! customer's country, audited, and safe to retry (an idempotency key); a customer who has
//! tried too many wrong codes in a day is refused further tries.
//!
//! Safe under concurrency by construction: the voucher's state moves from `available` to
//! `used` in the statement that starts the transaction crediting the balance, only if it was
//! `available` (two customers racing on one code: one is credited, the other told it is used);
//! a top-up's `(customer, idempotency key)` and its code are unique.

use crate::api::{ErrorId, Payment, PrepaidBalance, TopupBalance};
use crate::server::db::Db;
use crate::server::error::Error;
use crate::tariff::domain::Caller;
use crate::tariff::sql::Audit;
use crate::usage::storage::Storage;
use sqlx::Row;

/// Wrong codes a customer may try in 24 hours of the business clock before being refused.
pub const MAX_FAILURES_PER_DAY: i64 = 5;

/// A voucher code as printed: 10 to 20 digits, grouped with spaces or hyphens ("1234 5678
/// 9012 34"). Returns the digits, or `voucher-invalid`.
pub fn code_digits(code: &str) -> Result<String, Error> {
    let digits: String = code
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '\u{a0}'))
        .collect();
    if (10..=20).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()) {
        Ok(digits)
    } else {
        Err(ErrorId::VoucherInvalid.into())
    }
}

/// How a code is stored: its SHA-256 digest, in hex.
pub fn code_hash(digits: &str) -> String {
    crate::partners::domain::sha256_hex(&["voucher", digits])
}

/// A top-up as stored, with what its idempotency key was first used for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopupRow {
    pub topup: TopupBalance,
    pub request: String,
}

/// A top-up to make, checked by [`redeem`].
#[derive(Debug, Clone)]
pub struct NewTopup {
    pub id: String,
    pub idempotency_key: String,
    pub request: String,
    pub line_id: String,
    pub country: String,
    pub code_hash: String,
    pub code_end: String,
    pub today: chrono::NaiveDate,
    pub audit: Audit,
}

pub enum Redeemed {
    New(TopupRow),
    /// The idempotency key was used before: the top-up it made.
    Existing(TopupRow),
    /// No voucher of the country has this code.
    NotFound,
    /// The voucher was credited before.
    Used,
    /// The line is not a prepaid line of the customer (any more).
    NotPrepaid,
}

const TOPUP_COLUMNS: &str =
    "id, line_id, code_end, amount, currency, balance_after, expires_on, created_at, request";

fn topup_from_row(row: &sqlx::any::AnyRow) -> Result<TopupRow, Error> {
    Ok(TopupRow {
        topup: TopupBalance {
            id: row.try_get("id")?,
            line_id: row.try_get("line_id")?,
            voucher: format!("…{}", row.try_get::<String, _>("code_end")?),
            amount: row.try_get("amount")?,
            currency: row.try_get("currency")?,
            balance: PrepaidBalance {
                amount: row.try_get("balance_after")?,
                expires_on: row.try_get("expires_on")?,
            },
            requested_date: row.try_get("created_at")?,
        },
        request: row.try_get("request")?,
    })
}

pub async fn by_key(db: &Db, customer_id: &str, key: &str) -> Result<Option<TopupRow>, Error> {
    let sql = format!(
        "SELECT {TOPUP_COLUMNS} FROM topups WHERE customer_id = $1 AND idempotency_key = $2"
    );
    let row = sqlx::query(&sql)
        .bind(customer_id)
        .bind(key)
        .fetch_optional(&db.pool)
        .await?;
    row.as_ref().map(topup_from_row).transpose()
}

pub async fn failures_since(db: &Db, customer_id: &str, since: &str) -> Result<i64, Error> {
    Ok(sqlx::query_scalar(
        "SELECT CAST(COUNT(*) AS BIGINT) FROM voucher_failures WHERE customer_id = $1 AND at > $2",
    )
    .bind(customer_id)
    .bind(since)
    .fetch_one(&db.pool)
    .await?)
}

pub async fn record_failure(db: &Db, customer_id: &str, at: &str) -> Result<(), Error> {
    sqlx::query("INSERT INTO voucher_failures (id, customer_id, at) VALUES ($1, $2, $3)")
        .bind(uuid::Uuid::new_v4().to_string())
        .bind(customer_id)
        .bind(at)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Credits the voucher to the line, with the top-up and its audit entry, in one transaction;
/// nothing is written unless all of it is.
pub async fn credit(db: &Db, t: &NewTopup) -> Result<Redeemed, Error> {
    let mut tx = db.pool.begin().await?;
    // The first statement writes, so that SQLite takes the write lock (waiting for another
    // writer) before anything is read in this transaction; on PostgreSQL the row lock makes a
    // second redemption of the code wait, then find it used.
    let taken = sqlx::query("UPDATE vouchers SET state = 'used', topup_id = $1 WHERE code_hash = $2 AND country = $3 AND state = 'available'")
        .bind(&t.id)
        .bind(&t.code_hash)
        .bind(&t.country)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if taken == 0 {
        let state: Option<String> =
            sqlx::query_scalar("SELECT state FROM vouchers WHERE code_hash = $1 AND country = $2")
                .bind(&t.code_hash)
                .bind(&t.country)
                .fetch_optional(&mut *tx)
                .await?;
        tx.rollback().await?;
        return Ok(if state.is_some() {
            Redeemed::Used
        } else {
            Redeemed::NotFound
        });
    }
    let voucher =
        sqlx::query("SELECT amount, currency, validity_days FROM vouchers WHERE code_hash = $1")
            .bind(&t.code_hash)
            .fetch_one(&mut *tx)
            .await?;
    let (amount, currency, days): (i64, String, i64) = (
        voucher.try_get("amount")?,
        voucher.try_get("currency")?,
        voucher.try_get("validity_days")?,
    );
    let valid_to =
        crate::usage::domain::iso(t.today + chrono::Days::new(days.clamp(1, 3650) as u64));
    // A later expiry than the voucher's is kept.
    let credited = sqlx::query(
        "UPDATE lines SET balance = COALESCE(balance, 0) + $1, \
             balance_expires = CASE WHEN balance_expires IS NULL OR balance_expires < $2 THEN $2 ELSE balance_expires END, \
             version = version + 1 \
         WHERE id = $3 AND customer_id = $4 AND payment = 'prepaid'",
    )
    .bind(amount)
    .bind(&valid_to)
    .bind(&t.line_id)
    .bind(&t.audit.customer_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if credited == 0 {
        tx.rollback().await?;
        return Ok(Redeemed::NotPrepaid);
    }
    let line = sqlx::query("SELECT balance, balance_expires FROM lines WHERE id = $1")
        .bind(&t.line_id)
        .fetch_one(&mut *tx)
        .await?;
    let (balance, expires_on): (i64, String) =
        (line.try_get("balance")?, line.try_get("balance_expires")?);
    let inserted = sqlx::query(
        "INSERT INTO topups (id, customer_id, idempotency_key, request, line_id, code_hash, code_end, amount, currency, \
             balance_after, expires_on, channel, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) \
         ON CONFLICT (customer_id, idempotency_key) DO NOTHING",
    )
    .bind(&t.id)
    .bind(&t.audit.customer_id)
    .bind(&t.idempotency_key)
    .bind(&t.request)
    .bind(&t.line_id)
    .bind(&t.code_hash)
    .bind(&t.code_end)
    .bind(amount)
    .bind(&currency)
    .bind(balance)
    .bind(&expires_on)
    .bind(t.audit.channel)
    .bind(&t.audit.at)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if inserted == 0 {
        // The same key, sent twice at once with another code: the first one's top-up stands.
        tx.rollback().await?;
        return Ok(
            match by_key(db, &t.audit.customer_id, &t.idempotency_key).await? {
                Some(existing) => Redeemed::Existing(existing),
                None => Redeemed::Used,
            },
        );
    }
    let detail = format!(
        "voucher …{} +{amount} {currency} on {}",
        t.code_end, t.line_id
    );
    crate::tariff::sql::audit(&mut tx, &t.audit, "top-up", &t.id, &detail).await?;
    tx.commit().await?;
    // What was just written, as `by_key` reads it back.
    let topup = TopupBalance {
        id: t.id.clone(),
        line_id: t.line_id.clone(),
        voucher: format!("…{}", t.code_end),
        amount,
        currency,
        balance: PrepaidBalance {
            amount: balance,
            expires_on,
        },
        requested_date: t.audit.at.clone(),
    };
    Ok(Redeemed::New(TopupRow {
        topup,
        request: t.request.clone(),
    }))
}

/// Tops up `line_id` with the voucher `code` for the caller, once per `idempotency_key`.
pub async fn redeem(
    storage: &dyn Storage,
    caller: Caller<'_>,
    line_id: &str,
    code: &str,
    idempotency_key: &str,
) -> Result<TopupBalance, Error> {
    let digits = code_digits(code)?;
    let hash = code_hash(&digits);
    let fingerprint = format!("{line_id}|{hash}");
    let replay = |row: TopupRow| {
        if row.request == fingerprint {
            Ok(row.topup)
        } else {
            Err(Error::from(ErrorId::IdempotencyKeyReused))
        }
    };
    if let Some(existing) = storage
        .topup_by_key(caller.customer, idempotency_key)
        .await?
    {
        return replay(existing);
    }
    let since = (caller.now - chrono::Duration::hours(24)).to_rfc3339();
    if storage
        .voucher_failures_since(caller.customer, &since)
        .await?
        >= MAX_FAILURES_PER_DAY
    {
        return Err(ErrorId::VoucherAttempts.into());
    }
    let customer = storage
        .customer(caller.customer)
        .await?
        .ok_or(Error::from(ErrorId::Unauthenticated))?;
    let line = storage
        .lines_of(caller.customer)
        .await?
        .into_iter()
        .find(|l| l.id == line_id)
        .ok_or(Error::from(ErrorId::LineNotFound))?;
    if line.payment != Payment::Prepaid {
        return Err(ErrorId::LineNotPrepaid.into());
    }
    let topup = NewTopup {
        id: format!(
            "TU-{}",
            uuid::Uuid::new_v4().simple().to_string()[..12].to_ascii_uppercase()
        ),
        idempotency_key: idempotency_key.to_owned(),
        request: fingerprint.clone(),
        line_id: line.id.clone(),
        country: customer.country.clone(),
        code_hash: hash,
        code_end: digits[digits.len() - 4..].to_owned(),
        today: caller.today,
        audit: caller.audit(),
    };
    match storage.redeem_voucher(&topup).await? {
        Redeemed::New(row) => {
            tracing::info!(topup = %row.topup.id, line = %row.topup.line_id, amount = row.topup.amount, "voucher credited");
            Ok(row.topup)
        }
        Redeemed::Existing(row) => replay(row),
        Redeemed::NotPrepaid => Err(ErrorId::LineNotPrepaid.into()),
        wrong @ (Redeemed::NotFound | Redeemed::Used) => {
            // The same key sent twice at once with the same code: the first made the top-up.
            if let Some(existing) = storage
                .topup_by_key(caller.customer, idempotency_key)
                .await?
            {
                return replay(existing);
            }
            storage
                .record_voucher_failure(caller.customer, &caller.now.to_rfc3339())
                .await?;
            tracing::warn!(customer = %caller.customer, "wrong voucher code");
            Err(if matches!(wrong, Redeemed::Used) {
                ErrorId::VoucherUsed
            } else {
                ErrorId::VoucherNotFound
            }
            .into())
        }
    }
}
