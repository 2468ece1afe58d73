//! Signing in at a kiosk: the customer gives their phone number, a six-digit code goes to it
//! by SMS (a TMF681 communication message; the demo backend writes it to the log and to
//! `communication_messages`), and the right code, once, within five minutes, gives a
//! ten-minute token for the kiosk channel. Five wrong codes lock the challenge. The number is
//! never echoed in full, and an unknown number gets the same answer as a known one (its code
//! never works), so numbers cannot be probed.

use super::db::Db;
use super::partners::sha256_hex;
use super::storage::StorageError;
use super::stores::rfc3339;
use crate::api::{ApiError, ErrorId, KioskChallenge};
use chrono::{DateTime, Duration, Utc};
use sqlx::Row;

fn db(err: sqlx::Error) -> ApiError {
    StorageError::Database(err).into()
}

pub const CODE_MINUTES: i64 = 5;
pub const MAX_ATTEMPTS: i64 = 5;
pub const TOKEN_SECONDS: u64 = 10 * 60;

/// The calling code of a demo country.
fn calling_code(country: &str) -> Option<&'static str> {
    Some(match country {
        "FR" => "33",
        "PL" => "48",
        "RO" => "40",
        "EG" => "20",
        "JO" => "962",
        "SN" => "221",
        "CI" => "225",
        _ => return None,
    })
}

/// A number as typed (spaces, dashes, `+`, `00`, or national with a leading 0 in `country`)
/// in E.164, or `None` when it cannot be one.
pub fn e164(typed: &str, country: &str) -> Option<String> {
    let plus = typed.trim_start().starts_with('+');
    if typed.chars().any(|c| !(c.is_ascii_digit() || " +-.()".contains(c))) {
        return None;
    }
    let digits: String = typed.chars().filter(char::is_ascii_digit).collect();
    let full = if plus {
        digits
    } else if let Some(rest) = digits.strip_prefix("00") {
        rest.to_owned()
    } else if let Some(rest) = digits.strip_prefix('0') {
        format!("{}{rest}", calling_code(country)?)
    } else {
        format!("{}{digits}", calling_code(country)?)
    };
    (8..=15).contains(&full.len()).then(|| format!("+{full}"))
}

/// "+33 ••• ••• •78": the country code and the last two digits.
pub fn masked(number: &str) -> String {
    let digits: Vec<char> = number.chars().filter(char::is_ascii_digit).collect();
    let tail: String = digits[digits.len().saturating_sub(2)..].iter().collect();
    let head: String = digits.iter().take(if number.starts_with("+2") || number.starts_with("+9") { 3 } else { 2 }).collect();
    format!("+{head} ••• ••• •{tail}")
}

/// Starts a sign-in: a code to the number's line if it is a customer's.
pub async fn start(db_: &Db, phone: &str, country: &str, store: Option<&str>, now: DateTime<Utc>) -> Result<KioskChallenge, ApiError> {
    let number = e164(phone, country).ok_or(ApiError::from(ErrorId::BadRequest))?;
    let customer: Option<String> = sqlx::query_scalar("SELECT customer_id FROM lines WHERE msisdn = $1 ORDER BY id LIMIT 1").bind(&number).fetch_optional(&db_.pool).await.map_err(db)?;
    let id = uuid::Uuid::new_v4().to_string();
    let code = format!("{:06}", rand::random::<u32>() % 1_000_000);
    let expires = now + Duration::minutes(CODE_MINUTES);
    let mut tx = db_.pool.begin().await.map_err(db)?;
    sqlx::query("INSERT INTO otp_challenges (id, customer_id, store_id, code_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(&id)
        .bind(customer.clone())
        .bind(store)
        .bind(sha256_hex(&[&id, &code]))
        .bind(rfc3339(now))
        .bind(rfc3339(expires))
        .execute(&mut *tx)
        .await
        .map_err(db)?;
    if customer.is_some() {
        let content = format!("Your Selfcare code: {code}. It works for {CODE_MINUTES} minutes. Never share it.");
        sqlx::query("INSERT INTO communication_messages (id, type, receiver, content, state, created_at) VALUES ($1, 'sms', $2, $3, 'sent', $4)")
            .bind(uuid::Uuid::new_v4().to_string())
            .bind(&number)
            .bind(&content)
            .bind(rfc3339(now))
            .execute(&mut *tx)
            .await
            .map_err(db)?;
        tracing::info!(receiver = %masked(&number), "sms sent (demo backend: communication_messages)");
    }
    tx.commit().await.map_err(db)?;
    Ok(KioskChallenge { challenge: id, masked_number: masked(&number), expires_at: rfc3339(expires) })
}

/// Checks a code: the customer it signs in, once. Wrong codes count; the fifth locks it.
pub async fn verify(db_: &Db, challenge: &str, code: &str, now: DateTime<Utc>) -> Result<String, ApiError> {
    let invalid = ApiError::from(ErrorId::CodeInvalid);
    let at = rfc3339(now);
    // One attempt counted first, whatever the code: guessing in parallel gains nothing.
    let row = sqlx::query(
        "UPDATE otp_challenges SET attempts = attempts + 1 WHERE id = $1 AND used_at IS NULL AND expires_at > $2 AND attempts < $3
         RETURNING customer_id, code_hash",
    )
    .bind(challenge)
    .bind(&at)
    .bind(MAX_ATTEMPTS)
    .fetch_optional(&db_.pool)
    .await
    .map_err(db)?;
    let Some(row) = row else {
        let attempts: Option<i64> = sqlx::query_scalar("SELECT attempts FROM otp_challenges WHERE id = $1").bind(challenge).fetch_optional(&db_.pool).await.map_err(db)?;
        return Err(if attempts.is_some_and(|a| a >= MAX_ATTEMPTS) { ErrorId::CodeLocked.into() } else { invalid });
    };
    let (customer, hash): (Option<String>, String) = (row.try_get("customer_id").map_err(db)?, row.try_get("code_hash").map_err(db)?);
    let right = code.len() == 6 && sha256_hex(&[challenge, code]) == hash;
    let Some(customer) = customer.filter(|_| right) else { return Err(invalid) };
    let used = sqlx::query("UPDATE otp_challenges SET used_at = $1 WHERE id = $2 AND used_at IS NULL").bind(&at).bind(challenge).execute(&db_.pool).await.map_err(db)?;
    if used.rows_affected() != 1 {
        return Err(invalid);
    }
    Ok(customer)
}

/// Demo only: the last messages sent to a number.
pub async fn sent_to(db_: &Db, number: &str) -> Result<Vec<String>, ApiError> {
    sqlx::query_scalar("SELECT content FROM communication_messages WHERE receiver = $1 ORDER BY created_at DESC, id LIMIT 5").bind(number).fetch_all(&db_.pool).await.map_err(db)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_as_typed() {
        assert_eq!(e164("06 12 34 56 78", "FR").as_deref(), Some("+33612345678"));
        assert_eq!(e164("+33 6 12 34 56 78", "SN").as_deref(), Some("+33612345678"));
        assert_eq!(e164("0033612345678", "FR").as_deref(), Some("+33612345678"));
        assert_eq!(e164("01001234567", "EG").as_deref(), Some("+201001234567"));
        assert_eq!(e164("77 123 45 67", "SN").as_deref(), Some("+221771234567"));
        assert_eq!(e164("06 12 34", "FR"), None);
        assert_eq!(e164("'; DROP TABLE lines;--", "FR"), None);
        assert_eq!(masked("+33612345678"), "+33 ••• ••• •78");
        assert_eq!(masked("+201001234567"), "+201 ••• ••• •67");
    }
}
