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
    // Not a partner of customers: the client of this server's TMF Open APIs, as the widget's
    // server on the `tmf` backend uses them (`cargo xtask demo --tmf`, the tests' TMF pair).
    (
        "client-selfcare-tmf",
        "Selfcare widget (TMF client)",
        "selfcare-tmf",
        "selfcare-tmf-demo-secret",
        "tmf",
    ),
];

/// Seeds the demo partners a database lacks.
pub async fn seed_missing(db_: &Db) -> Result<(), sqlx::Error> {
    for (id, name, client, secret, scopes) in DEMO_PARTNERS {
        let known: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM partners WHERE id = $1")
            .bind(id)
            .fetch_one(&db_.pool)
            .await?;
        if known > 0 {
            continue;
        }
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
