//! Signing in at a kiosk: the customer gives their phone number, a six-digit code goes to it
//! by SMS (a TMF681 communication message; the demo backend writes it to the log and to
//! `communication_messages`), and the right code, once, within five minutes, gives a
//! ten-minute token for the kiosk channel. Five wrong codes lock the challenge. The number is
//! never echoed in full, and an unknown number gets the same answer as a known one (its code
//! never works), so numbers cannot be probed.

use crate::api::{ErrorId, KioskChallenge};
use crate::partners::domain::sha256_hex;
use crate::server::clock::rfc3339;
use crate::server::db::Db;
use crate::server::error::Error;
use chrono::{DateTime, Duration, Utc};
use sqlx::Row;

pub const CODE_MINUTES: i64 = 5;
pub const MAX_ATTEMPTS: i64 = 5;

/// A kiosk session for `customer`: a token for the kiosk channel (`scope: kiosk`), lasting
/// `kiosk_token_seconds`.
pub fn session(
    auth: &crate::server::auth::Auth,
    seconds: u32,
    customer: &str,
) -> Result<crate::api::KioskSession, Error> {
    let token = auth
        .issue_customer_token(customer, "kiosk", u64::from(seconds))
        .ok_or(Error::from(ErrorId::Unavailable))?;
    Ok(crate::api::KioskSession {
        token,
        expires_in: i64::from(seconds),
    })
}

/// The calling code of a country served (`data/countries/<CC>/country.toml`).
fn calling_code(country: &str) -> Option<&'static str> {
    crate::countries::get(country).map(|c| c.calling_code.as_str())
}

/// A number as typed (spaces, dashes, `+`, `00`, or national with a leading 0 in `country`)
/// in E.164, or `None` when it cannot be one.
pub fn e164(typed: &str, country: &str) -> Option<String> {
    let plus = typed.trim_start().starts_with('+');
    if typed
        .chars()
        .any(|c| !(c.is_ascii_digit() || " +-.()".contains(c)))
    {
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

/// "+33 ••• ••• •78": the country's calling code (the longest of the countries' data that
/// starts the number; its first two digits if none does) and the last two digits.
pub fn masked(number: &str) -> String {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    let tail = &digits[digits.len().saturating_sub(2)..];
    let code = crate::countries::all()
        .iter()
        .map(|c| c.calling_code.as_str())
        .filter(|code| digits.starts_with(code))
        .max_by_key(|code| code.len())
        .unwrap_or(&digits[..digits.len().min(2)]);
    format!("+{code} ••• ••• •{tail}")
}

/// A shop and a product (a product or one of its variants) that exist, when given: nothing
/// is stored that names what is not there.
pub async fn known(db_: &Db, store: Option<&str>, product: Option<&str>) -> Result<(), Error> {
    if let Some(store) = store {
        let found: Option<String> = sqlx::query_scalar("SELECT id FROM stores WHERE id = $1")
            .bind(store)
            .fetch_optional(&db_.pool)
            .await?;
        if found.is_none() {
            return Err(ErrorId::StoreNotFound.into());
        }
    }
    if let Some(product) = product {
        let found: Option<String> = sqlx::query_scalar(
            "SELECT id FROM skus WHERE id = $1 UNION SELECT id FROM products WHERE id = $1",
        )
        .bind(product)
        .fetch_optional(&db_.pool)
        .await?;
        if found.is_none() {
            return Err(ErrorId::ProductNotFound.into());
        }
    }
    Ok(())
}

/// How long a sign-in takes to answer, whether the number is a customer's or not (far more
/// than the text message's few milliseconds of difference).
pub const SIGN_IN_ANSWER_AFTER: std::time::Duration = std::time::Duration::from_millis(150);

/// Starts a sign-in: a code to the number's line if it is a customer's.
pub async fn start(
    db_: &Db,
    assistant: &crate::chat::domain::Assistant,
    phone: &str,
    country: &str,
    store: Option<&str>,
    now: DateTime<Utc>,
) -> Result<KioskChallenge, Error> {
    let number = e164(phone, country).ok_or(Error::from(ErrorId::BadRequest))?;
    let found: Option<(String, String)> = sqlx::query_as(
        "SELECT l.customer_id, c.locale FROM lines l JOIN customers c ON c.id = l.customer_id WHERE l.msisdn = $1 ORDER BY l.id LIMIT 1",
    )
    .bind(&number)
    .fetch_optional(&db_.pool)
    .await?;
    let (customer, locale) = found.unzip();
    let id = uuid::Uuid::new_v4().to_string();
    let code = format!("{:06}", rand::random::<u32>() % 1_000_000);
    let expires = now + Duration::minutes(CODE_MINUTES);
    let mut tx = db_.pool.begin().await?;
    sqlx::query("INSERT INTO otp_challenges (id, customer_id, store_id, code_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(&id)
        .bind(customer.clone())
        .bind(store)
        .bind(sha256_hex(&[&id, &code]))
        .bind(rfc3339(now))
        .bind(rfc3339(expires))
        .execute(&mut *tx)
        .await?;
    if let Some(locale) = locale {
        // In the customer's own language (the server's sentences, `data/chat/<language>/`).
        let lang = locale.split(['-', '_']).next().unwrap_or("");
        let content = assistant.text(
            lang,
            "kiosk-code-sms",
            &[
                ("code", code.as_str().into()),
                ("minutes", CODE_MINUTES.into()),
            ],
        );
        // Fluent's bidi isolation marks would show as boxes on a basic phone.
        let content = content.replace(['\u{2068}', '\u{2069}'], "");
        // When it was handed over for sending, to the microsecond, so the latest is the latest.
        let sent_at = now.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string();
        sqlx::query("INSERT INTO communication_messages (id, type, receiver, content, state, created_at) VALUES ($1, 'sms', $2, $3, 'sent', $4)")
            .bind(uuid::Uuid::new_v4().to_string())
            .bind(&number)
            .bind(&content)
            .bind(sent_at)
            .execute(&mut *tx)
            .await?;
        tracing::info!(receiver = %masked(&number), "sms sent (demo backend: communication_messages)");
    }
    tx.commit().await?;
    Ok(KioskChallenge {
        challenge: id,
        masked_number: masked(&number),
        expires_at: rfc3339(expires),
    })
}

/// Checks a code: the customer it signs in, once. Wrong codes count; the fifth locks it.
pub async fn verify(
    db_: &Db,
    challenge: &str,
    code: &str,
    now: DateTime<Utc>,
) -> Result<String, Error> {
    let invalid = Error::from(ErrorId::CodeInvalid);
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
    .await?;
    let Some(row) = row else {
        let attempts: Option<i64> =
            sqlx::query_scalar("SELECT attempts FROM otp_challenges WHERE id = $1")
                .bind(challenge)
                .fetch_optional(&db_.pool)
                .await?;
        return Err(if attempts.is_some_and(|a| a >= MAX_ATTEMPTS) {
            ErrorId::CodeLocked.into()
        } else {
            invalid
        });
    };
    let (customer, hash): (Option<String>, String) =
        (row.try_get("customer_id")?, row.try_get("code_hash")?);
    let right = code.len() == 6 && sha256_hex(&[challenge, code]) == hash;
    let Some(customer) = customer.filter(|_| right) else {
        return Err(invalid);
    };
    let used =
        sqlx::query("UPDATE otp_challenges SET used_at = $1 WHERE id = $2 AND used_at IS NULL")
            .bind(&at)
            .bind(challenge)
            .execute(&db_.pool)
            .await?;
    if used.rows_affected() != 1 {
        return Err(invalid);
    }
    Ok(customer)
}

/// Demo only: the last messages sent to a number.
pub async fn sent_to(db_: &Db, number: &str) -> Result<Vec<String>, Error> {
    Ok(sqlx::query_scalar("SELECT content FROM communication_messages WHERE receiver = $1 ORDER BY created_at DESC, id LIMIT 5").bind(number).fetch_all(&db_.pool).await?)
}

/// How long a "continue on your phone" link works, and a kiosk waits for a phone's approval.
pub const LINK_MINUTES: i64 = 15;
pub const PAIRING_MINUTES: i64 = 2;

/// A random id for a link: 16 characters of `a-z0-9` (82 bits), short enough for a small QR
/// code, too many to guess.
fn link_id() -> String {
    use rand::Rng;
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let mut rng = rand::thread_rng();
    (0..16)
        .map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char)
        .collect()
}

/// What a link opens.
pub struct LinkTarget {
    pub view: String,
    pub store: Option<String>,
    pub product: Option<String>,
}

/// Stores a link to `view` (`stores`, `plans`, `reservations`, `chat`); its id.
pub async fn create_link(
    db_: &Db,
    target: &LinkTarget,
    now: DateTime<Utc>,
) -> Result<(String, String), Error> {
    if !["stores", "plans", "reservations", "chat"].contains(&target.view.as_str()) {
        return Err(ErrorId::BadRequest.into());
    }
    known(db_, target.store.as_deref(), target.product.as_deref()).await?;
    let id = link_id();
    let expires = rfc3339(now + Duration::minutes(LINK_MINUTES));
    sqlx::query("INSERT INTO phone_links (id, view, store_id, product_id, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(&id)
        .bind(&target.view)
        .bind(target.store.clone())
        .bind(target.product.clone())
        .bind(rfc3339(now))
        .bind(&expires)
        .execute(&db_.pool)
        .await?;
    Ok((id, expires))
}

/// The view a link opens, while it works.
pub async fn open_link(
    db_: &Db,
    id: &str,
    now: DateTime<Utc>,
) -> Result<Option<LinkTarget>, Error> {
    let row = sqlx::query(
        "SELECT view, store_id, product_id FROM phone_links WHERE id = $1 AND expires_at > $2",
    )
    .bind(id)
    .bind(rfc3339(now))
    .fetch_optional(&db_.pool)
    .await?;
    row.map(|r| {
        Ok(LinkTarget {
            view: r.try_get("view")?,
            store: r.try_get("store_id")?,
            product: r.try_get("product_id")?,
        })
    })
    .transpose()
}

/// A link with its QR code.
pub fn phone_link(url: &str, expires_at: String) -> crate::api::PhoneLink {
    let (qr_path, qr_size) = crate::stores::domain::qr(url);
    crate::api::PhoneLink {
        url: url.to_owned(),
        qr_path,
        qr_size,
        expires_at,
    }
}

/// A kiosk starts waiting for a phone: the pairing's id (in the QR code) and the secret only
/// the kiosk knows (to collect the session).
pub async fn start_pairing(
    db_: &Db,
    store: Option<&str>,
    now: DateTime<Utc>,
) -> Result<(String, String, String), Error> {
    known(db_, store, None).await?;
    let (id, secret) = (link_id(), uuid::Uuid::new_v4().simple().to_string());
    let expires = rfc3339(now + Duration::minutes(PAIRING_MINUTES));
    sqlx::query("INSERT INTO kiosk_pairings (id, secret_hash, store_id, state, created_at, expires_at) VALUES ($1, $2, $3, 'waiting', $4, $5)")
        .bind(&id)
        .bind(sha256_hex(&[&id, &secret]))
        .bind(store)
        .bind(rfc3339(now))
        .bind(&expires)
        .execute(&db_.pool)
        .await?;
    Ok((id, secret, expires))
}

/// What the phone shows before approving: the kiosk's shop. A used, expired or unknown
/// pairing is `pairing-not-found` (the phone says to scan the kiosk's code again).
pub async fn pairing_info(
    db_: &Db,
    id: &str,
    now: DateTime<Utc>,
) -> Result<crate::api::PairingInfo, Error> {
    let row = sqlx::query(
        "SELECT s.name AS store_name, p.expires_at FROM kiosk_pairings p LEFT JOIN stores s ON s.id = p.store_id
         WHERE p.id = $1 AND p.state = 'waiting' AND p.expires_at > $2",
    )
    .bind(id)
    .bind(rfc3339(now))
    .fetch_optional(&db_.pool)
    .await?
    .ok_or(Error::from(ErrorId::PairingNotFound))?;
    Ok(crate::api::PairingInfo {
        store_name: row.try_get("store_name")?,
        expires_at: row.try_get("expires_at")?,
    })
}

/// The signed-in phone approves: the first approval wins, once, before it expires.
pub async fn approve_pairing(
    db_: &Db,
    id: &str,
    customer: &str,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    let done = sqlx::query("UPDATE kiosk_pairings SET state = 'approved', customer_id = $1 WHERE id = $2 AND state = 'waiting' AND expires_at > $3")
        .bind(customer)
        .bind(id)
        .bind(rfc3339(now))
        .execute(&db_.pool)
        .await?;
    if done.rows_affected() == 1 {
        Ok(())
    } else {
        Err(ErrorId::PairingNotFound.into())
    }
}

/// The kiosk asks: `None` while waiting, the customer once approved (and never again).
pub async fn collect_pairing(
    db_: &Db,
    id: &str,
    secret: &str,
    now: DateTime<Utc>,
) -> Result<Option<String>, Error> {
    let hash = sha256_hex(&[id, secret]);
    let row = sqlx::query(
        "UPDATE kiosk_pairings SET state = 'used' WHERE id = $1 AND secret_hash = $2 AND state = 'approved' AND expires_at > $3 RETURNING customer_id",
    )
    .bind(id)
    .bind(&hash)
    .bind(rfc3339(now))
    .fetch_optional(&db_.pool)
    .await?;
    if let Some(row) = row {
        return Ok(Some(row.try_get("customer_id")?));
    }
    let waiting: Option<i64> = sqlx::query_scalar("SELECT 1 FROM kiosk_pairings WHERE id = $1 AND secret_hash = $2 AND state = 'waiting' AND expires_at > $3")
        .bind(id)
        .bind(&hash)
        .bind(rfc3339(now))
        .fetch_optional(&db_.pool)
        .await?;
    match waiting {
        Some(_) => Ok(None),
        None => Err(ErrorId::PairingNotFound.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_as_typed() {
        assert_eq!(
            e164("06 12 34 56 78", "FR").as_deref(),
            Some("+33612345678")
        );
        assert_eq!(
            e164("+33 6 12 34 56 78", "SN").as_deref(),
            Some("+33612345678")
        );
        assert_eq!(e164("0033612345678", "FR").as_deref(), Some("+33612345678"));
        assert_eq!(e164("01001234567", "EG").as_deref(), Some("+201001234567"));
        assert_eq!(e164("77 123 45 67", "SN").as_deref(), Some("+221771234567"));
        assert_eq!(e164("06 12 34", "FR"), None);
        assert_eq!(e164("'; DROP TABLE lines;--", "FR"), None);
        assert_eq!(masked("+33612345678"), "+33 ••• ••• •78");
        assert_eq!(masked("+201001234567"), "+20 ••• ••• •67");
        assert_eq!(masked("+962791234567"), "+962 ••• ••• •67");
        assert_eq!(masked("+221771234567"), "+221 ••• ••• •67");
    }
}
