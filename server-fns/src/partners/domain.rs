//! Partners acting for customers: OAuth 2.0 client credentials for a partner token, and
//! delegations a customer grants with a consent code — scoped and time-limited. A partner
//! acts for a customer only within the scopes both its token and the customer's delegation
//! give; every action it takes is audited with both (see `tariff::Caller`).

use crate::api::{Delegation, DelegationCode, DelegationGrant, ErrorId, PartnerInfo};
use crate::server::clock::rfc3339;
use crate::server::db::Db;
use crate::server::error::Error;
use chrono::{DateTime, Duration, Utc};
use sha2::{Digest, Sha256};
use sqlx::Row;

/// What a partner may be allowed to do for a customer.
pub const SCOPES: &[&str] = &[
    "usage:read",
    "tariffs:read",
    "tariffs:order",
    "stores:reserve",
];
/// How long a consent code may be redeemed, and how long a delegation lasts.
pub const CODE_MINUTES: i64 = 10;
pub const DELEGATION_DAYS: i64 = 30;

pub fn sha256_hex(parts: &[&str]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update(p.as_bytes());
        h.update([0]);
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Why a token request is refused (RFC 6749 §5.2 error codes).
#[derive(Debug, PartialEq, Eq)]
pub enum GrantError {
    InvalidClient,
    InvalidScope,
}

/// Client credentials → (partner id, granted scopes): the scopes asked for (all the client's
/// when none), each of which the client must have.
pub async fn client_credentials(
    db_: &Db,
    client_id: &str,
    secret: &str,
    scope: Option<&str>,
) -> Result<Result<(String, String), GrantError>, Error> {
    let row = sqlx::query("SELECT id, secret_hash, scopes FROM partners WHERE client_id = $1")
        .bind(client_id)
        .fetch_optional(&db_.pool)
        .await?;
    let Some(row) = row else {
        return Ok(Err(GrantError::InvalidClient));
    };
    let (id, hash, allowed): (String, String, String) = (
        row.try_get("id")?,
        row.try_get("secret_hash")?,
        row.try_get("scopes")?,
    );
    let given = sha256_hex(&[secret]);
    if given.len() != hash.len()
        || given
            .bytes()
            .zip(hash.bytes())
            .fold(0u8, |a, (x, y)| a | (x ^ y))
            != 0
    {
        return Ok(Err(GrantError::InvalidClient));
    }
    let allowed: Vec<&str> = allowed.split_whitespace().collect();
    let asked: Vec<&str> =
        scope.map_or_else(|| allowed.clone(), |s| s.split_whitespace().collect());
    if asked.is_empty() || asked.iter().any(|s| !allowed.contains(s)) {
        return Ok(Err(GrantError::InvalidScope));
    }
    Ok(Ok((id, asked.join(" "))))
}

/// The partners that may act for customers (not the operator's system clients, such as the
/// TMF client), by name.
pub async fn list(db_: &Db) -> Result<Vec<PartnerInfo>, Error> {
    let rows = sqlx::query("SELECT id, name, scopes FROM partners ORDER BY name, id")
        .fetch_all(&db_.pool)
        .await?;
    rows.iter()
        .filter(|r| {
            r.try_get::<String, _>("scopes")
                .is_ok_and(|s| s.split_whitespace().any(|s| SCOPES.contains(&s)))
        })
        .map(|r| {
            Ok(PartnerInfo {
                id: r.try_get("id")?,
                name: r.try_get("name")?,
                scopes: r.try_get("scopes")?,
            })
        })
        .collect()
}

/// The scopes a delegation to a partner allowed `allowed` may carry: known ones the partner
/// may have, at least one, each once.
fn valid_scopes(scopes: &str, allowed: &str) -> Result<String, Error> {
    let mut list: Vec<&str> = Vec::new();
    for s in scopes.split_whitespace() {
        if !list.contains(&s) {
            list.push(s);
        }
    }
    if list.is_empty()
        || list
            .iter()
            .any(|s| !SCOPES.contains(s) || !allowed.split_whitespace().any(|a| a == *s))
    {
        return Err(ErrorId::BadRequest.into());
    }
    Ok(list.join(" "))
}

/// The signed-in customer lets `partner` act for them within `scopes`: a 6-digit code, valid
/// for [`CODE_MINUTES`], that they read out to the partner.
pub async fn create_code(
    db_: &Db,
    customer: &str,
    partner: &str,
    scopes: &str,
    now: DateTime<Utc>,
) -> Result<DelegationCode, Error> {
    let row = sqlx::query("SELECT name, scopes FROM partners WHERE id = $1")
        .bind(partner)
        .fetch_optional(&db_.pool)
        .await?;
    let row = row.ok_or(Error::from(ErrorId::BadRequest))?;
    let (name, allowed): (String, String) = (row.try_get("name")?, row.try_get("scopes")?);
    let scopes = valid_scopes(scopes, &allowed)?;
    let expires = now + Duration::minutes(CODE_MINUTES);
    for _ in 0..5 {
        let code = format!("{:06}", rand::random::<u32>() % 1_000_000);
        let inserted = sqlx::query("INSERT INTO delegation_codes (code_hash, customer_id, partner_id, scopes, expires_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(sha256_hex(&[partner, &code]))
            .bind(customer)
            .bind(partner)
            .bind(&scopes)
            .bind(rfc3339(expires))
            .execute(&db_.pool)
            .await;
        match inserted {
            Ok(_) => {
                return Ok(DelegationCode {
                    code,
                    partner: partner.to_owned(),
                    partner_name: name,
                    scopes,
                    expires_at: rfc3339(expires),
                })
            }
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => continue,
            Err(e) => return Err(e.into()),
        }
    }
    Err(ErrorId::Conflict.into())
}

/// The partner redeems a customer's code: once, before it expires, for itself only. The
/// delegation's scopes are the code's.
pub async fn redeem(
    db_: &Db,
    partner: &str,
    code: &str,
    now: DateTime<Utc>,
) -> Result<Delegation, Error> {
    let invalid = Error::from(ErrorId::DelegationInvalid);
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(invalid);
    }
    let hash = sha256_hex(&[partner, code]);
    let at = rfc3339(now);
    let mut tx = db_.pool.begin().await?;
    // Used once: the guarded update claims it.
    let row = sqlx::query("UPDATE delegation_codes SET used_at = $1 WHERE code_hash = $2 AND used_at IS NULL AND expires_at > $1 RETURNING customer_id, scopes")
        .bind(&at)
        .bind(&hash)
        .fetch_optional(&mut *tx)
        .await?;
    let Some(row) = row else { return Err(invalid) };
    let (customer, scopes): (String, String) =
        (row.try_get("customer_id")?, row.try_get("scopes")?);
    let expires = rfc3339(now + Duration::days(DELEGATION_DAYS));
    sqlx::query("DELETE FROM delegations WHERE partner_id = $1 AND customer_id = $2")
        .bind(partner)
        .bind(&customer)
        .execute(&mut *tx)
        .await?;
    sqlx::query("INSERT INTO delegations (partner_id, customer_id, scopes, granted_at, expires_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(partner)
        .bind(&customer)
        .bind(&scopes)
        .bind(&at)
        .bind(&expires)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(Delegation {
        customer,
        scopes,
        expires_at: expires,
    })
}

/// Whether `partner` may act for `customer` in `scope` now.
pub async fn allowed(
    db_: &Db,
    partner: &str,
    customer: &str,
    scope: &str,
    now: DateTime<Utc>,
) -> Result<bool, Error> {
    let scopes: Option<String> = sqlx::query_scalar("SELECT scopes FROM delegations WHERE partner_id = $1 AND customer_id = $2 AND expires_at > $3")
        .bind(partner)
        .bind(customer)
        .bind(rfc3339(now))
        .fetch_optional(&db_.pool)
        .await?;
    Ok(scopes.is_some_and(|s| s.split_whitespace().any(|x| x == scope)))
}

/// The customer's delegations still in force, newest first.
pub async fn grants(
    db_: &Db,
    customer: &str,
    now: DateTime<Utc>,
) -> Result<Vec<DelegationGrant>, Error> {
    let rows = sqlx::query(
        "SELECT d.partner_id, p.name, d.scopes, d.granted_at, d.expires_at FROM delegations d JOIN partners p ON p.id = d.partner_id
         WHERE d.customer_id = $1 AND d.expires_at > $2 ORDER BY d.granted_at DESC, d.partner_id",
    )
    .bind(customer)
    .bind(rfc3339(now))
    .fetch_all(&db_.pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(DelegationGrant {
                partner: r.try_get("partner_id")?,
                partner_name: r.try_get("name")?,
                scopes: r.try_get("scopes")?,
                granted_at: r.try_get("granted_at")?,
                expires_at: r.try_get("expires_at")?,
            })
        })
        .collect()
}

/// The customer withdraws a partner's delegation, and any code not yet redeemed: at once.
pub async fn revoke(
    db_: &Db,
    customer: &str,
    partner: &str,
) -> Result<Vec<DelegationGrant>, Error> {
    let mut tx = db_.pool.begin().await?;
    sqlx::query("DELETE FROM delegations WHERE customer_id = $1 AND partner_id = $2")
        .bind(customer)
        .bind(partner)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM delegation_codes WHERE customer_id = $1 AND partner_id = $2 AND used_at IS NULL").bind(customer).bind(partner).execute(&mut *tx).await?;
    tx.commit().await?;
    Ok(Vec::new())
}
