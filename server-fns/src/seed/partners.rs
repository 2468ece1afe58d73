//! The demo's partners (a shop portal acting for customers, a read-only adviser): written by
//! the seed, known to the example pages.

use crate::partners::domain::sha256_hex;
use crate::server::db::Db;

/// The demo partners: id, name, client id, client secret (demo only), scopes.
pub const DEMO_PARTNERS: &[(&str, &str, &str, &str, &str)] = &[
    (
        "partner-souk",
        "Souk Telecom Shop",
        "souk-portal",
        "souk-demo-secret",
        "usage:read tariffs:read tariffs:order stores:reserve",
    ),
    (
        "partner-readonly",
        "Kiosknet Advice",
        "kiosknet-advice",
        "kiosknet-demo-secret",
        "usage:read",
    ),
];

/// Seeds the demo partners once.
pub async fn seed_if_empty(db_: &Db) -> Result<(), sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM partners")
        .fetch_one(&db_.pool)
        .await?;
    if n > 0 {
        return Ok(());
    }
    for (id, name, client, secret, scopes) in DEMO_PARTNERS {
        sqlx::query("INSERT INTO partners (id, name, client_id, secret_hash, scopes) VALUES ($1, $2, $3, $4, $5)")
            .bind(id)
            .bind(name)
            .bind(client)
            .bind(sha256_hex(&[secret]))
            .bind(scopes)
            .execute(&db_.pool)
            .await?;
    }
    Ok(())
}
