//! Prepaid top-up by voucher (TMF654 `topupBalance`) at the HTTP boundary, on SQLite and
//! PostgreSQL: a scratch card's code credited once to the customer's own prepaid line and
//! audited, a retry with the same key answered with the same top-up, wrong codes refused and
//! counted until the customer is locked out for a day (of the business clock), concurrent
//! redemptions of one code, and bad input.

mod common;

use axum::http::StatusCode;
use common::*;
use selfcare_server_fns::api::TopupBalance;
use selfcare_server_fns::countries;

const AWA: &str = "cust-sn-awa";
const AWA_LINE: &str = "line-sn-awa-1";
const KEY: &str = "5c0f2d7e-1a4b-4c8d-9e2f-6a7b8c9d0e11";

/// Senegal's demo scratch cards, as printed: (code, amount, validity in days).
fn senegal_vouchers() -> Vec<(String, i64, u32)> {
    countries::get("SN")
        .expect("Senegal")
        .vouchers
        .iter()
        .map(|v| (v.code.clone(), v.amount, v.validity_days))
        .collect()
}

fn body(line: &str, code: &str, key: &str) -> String {
    let code: String = code
        .bytes()
        .map(|b| {
            if b == b' ' {
                "+".to_owned()
            } else {
                (b as char).to_string()
            }
        })
        .collect();
    format!("line_id={line}&code={code}&idempotency_key={key}&channel=website")
}

impl TestServer {
    async fn balance(&self, customer: &str, line: &str) -> (i64, String) {
        let b = self
            .line(customer, line)
            .await
            .contract
            .prepaid_balance
            .expect("a prepaid balance");
        (b.amount, b.expires_on)
    }
}

#[tokio::test]
async fn a_voucher_is_credited_once_to_the_line_and_audited() {
    each_backend_and_tmf(|s| async move {
        let (code, amount, days) = senegal_vouchers().remove(0);
        let (before, expires_before) = s.balance(AWA, AWA_LINE).await;
        // The code as printed, with its spaces.
        let topup: TopupBalance = s.as_customer(AWA, "top-up", &body(AWA_LINE, &code, KEY)).await;
        assert_eq!(topup.line_id, AWA_LINE);
        assert_eq!((topup.amount, topup.currency.as_str()), (amount, "XOF"));
        assert_eq!(topup.balance.amount, before + amount);
        assert_eq!(topup.voucher, format!("…{}", &code.replace(' ', "")[code.replace(' ', "").len() - 4..]));
        let valid_to = (TODAY.parse::<chrono::NaiveDate>().unwrap() + chrono::Days::new(u64::from(days))).to_string();
        assert_eq!(topup.balance.expires_on, valid_to.clone().max(expires_before));
        // The usage view shows the new balance.
        assert_eq!(s.balance(AWA, AWA_LINE).await, (before + amount, topup.balance.expires_on.clone()));

        // The same request again (a lost answer): the same top-up, credited once.
        let again: TopupBalance = s.as_customer(AWA, "top-up", &body(AWA_LINE, &code, KEY)).await;
        assert_eq!(again, topup);
        assert_eq!(s.balance(AWA, AWA_LINE).await.0, before + amount);
        assert_eq!(s.count("topups").await, 1);

        // The card again under another key: used. The key with another code: refused.
        assert_eq!(s.refused(AWA, "top-up", &body(AWA_LINE, &code, "5c0f2d7e-1a4b-4c8d-9e2f-000000000002")).await, (StatusCode::CONFLICT, "voucher-used".into()));
        let (other, ..) = senegal_vouchers().remove(1);
        assert_eq!(s.refused(AWA, "top-up", &body(AWA_LINE, &other, KEY)).await, (StatusCode::CONFLICT, "idempotency-key-reused".into()));
        assert_eq!(s.balance(AWA, AWA_LINE).await.0, before + amount);

        // Audited once, with the card's last digits only.
        let audited: i64 = sqlx::query_scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM audit_log WHERE customer_id = $1 AND action = 'top-up'")
            .bind(AWA)
            .fetch_one(&s.db.pool)
            .await
            .unwrap();
        assert_eq!(audited, 1);
        let detail: String = sqlx::query_scalar("SELECT detail FROM audit_log WHERE action = 'top-up'").fetch_one(&s.db.pool).await.unwrap();
        assert!(!detail.contains(&code.replace(' ', "")), "the audit keeps no whole code: {detail}");
        // The table keeps digests, never codes.
        let stored: Vec<String> = sqlx::query_scalar("SELECT code_hash FROM vouchers").fetch_all(&s.db.pool).await.unwrap();
        assert!(stored.iter().all(|h| h.len() == 64 && !h.contains(&code.replace(' ', ""))));
    })
    .await;
}

#[tokio::test]
async fn wrong_codes_are_refused_and_counted_until_the_next_day() {
    each_backend_and_tmf(|s| async move {
        let (before, _) = s.balance(AWA, AWA_LINE).await;
        // Not a code at all: said so, and not counted.
        for bad in ["12ab 5678 9012", "123", "1234567890123456789012", ""] {
            assert_eq!(
                s.refused(AWA, "top-up", &body(AWA_LINE, bad, KEY)).await,
                (StatusCode::BAD_REQUEST, "voucher-invalid".into()),
                "{bad:?}"
            );
        }
        // Five wrong codes of the right shape, then even a good one is refused for a day.
        for n in 0..5 {
            let wrong = format!("9999 0000 1111 {n:02}");
            assert_eq!(
                s.refused(AWA, "top-up", &body(AWA_LINE, &wrong, KEY)).await,
                (StatusCode::NOT_FOUND, "voucher-not-found".into())
            );
        }
        let (good, amount, _) = senegal_vouchers().remove(2);
        assert_eq!(
            s.refused(AWA, "top-up", &body(AWA_LINE, &good, KEY)).await,
            (StatusCode::TOO_MANY_REQUESTS, "voucher-attempts".into())
        );
        assert_eq!(s.balance(AWA, AWA_LINE).await.0, before, "nothing credited");
        assert_eq!(s.count("topups").await, 0);
        // A day later (the business clock), the card is credited.
        s.advance(std::time::Duration::from_secs(24 * 3600 + 60));
        let topup: TopupBalance = s
            .as_customer(AWA, "top-up", &body(AWA_LINE, &good, KEY))
            .await;
        assert_eq!(topup.balance.amount, before + amount);
    })
    .await;
}

#[tokio::test]
async fn only_the_customers_own_prepaid_line_and_their_countrys_cards() {
    each_backend_and_tmf(|s| async move {
        let (code, ..) = senegal_vouchers().remove(0);
        // Another customer's line is not found; a postpaid line takes no voucher.
        assert_eq!(
            s.refused(AWA, "top-up", &body("line-eg-ahmed-1", &code, KEY))
                .await,
            (StatusCode::NOT_FOUND, "line-not-found".into())
        );
        assert_eq!(
            s.refused(
                "cust-fr-camille",
                "top-up",
                &body("line-fr-camille-1", &code, KEY)
            )
            .await,
            (StatusCode::CONFLICT, "line-not-prepaid".into())
        );
        // A Senegalese card does not top up an Egyptian line.
        assert_eq!(
            s.refused(
                "cust-eg-ahmed",
                "top-up",
                &body("line-eg-ahmed-1", &code, KEY)
            )
            .await,
            (StatusCode::NOT_FOUND, "voucher-not-found".into())
        );
        // Nobody signed in; a malformed key or line.
        assert_eq!(
            s.call("top-up", None, &body(AWA_LINE, &code, KEY))
                .await
                .status,
            StatusCode::UNAUTHORIZED
        );
        assert_eq!(
            s.refused(AWA, "top-up", &body(AWA_LINE, &code, "short"))
                .await,
            (StatusCode::BAD_REQUEST, "bad-request".into())
        );
        assert_eq!(
            s.refused(AWA, "top-up", &body("line'; DROP", &code, KEY))
                .await
                .0,
            StatusCode::BAD_REQUEST
        );
        assert_eq!(s.count("topups").await, 0);
        // The card is still good for Awa.
        let _: TopupBalance = s
            .as_customer(AWA, "top-up", &body(AWA_LINE, &code, KEY))
            .await;
    })
    .await;
}

#[tokio::test]
async fn one_card_redeemed_twice_at_once_is_credited_once() {
    each_backend_and_tmf(|s| async move {
        let (code, amount, _) = senegal_vouchers().remove(1);
        let (before, _) = s.balance(AWA, AWA_LINE).await;
        let token = s.token(AWA);
        let first = body(AWA_LINE, &code, "5c0f2d7e-1a4b-4c8d-9e2f-00000000000a");
        let second = body(AWA_LINE, &code, "5c0f2d7e-1a4b-4c8d-9e2f-00000000000b");
        let (a, b) = tokio::join!(
            s.call("top-up", Some(&token), &first),
            s.call("top-up", Some(&token), &second)
        );
        let mut statuses = vec![a.status, b.status];
        statuses.sort();
        assert_eq!(
            statuses,
            vec![StatusCode::OK, StatusCode::CONFLICT],
            "{} / {}",
            a.body,
            b.body
        );
        assert_eq!(s.balance(AWA, AWA_LINE).await.0, before + amount);
        assert_eq!(s.count("topups").await, 1);
    })
    .await;
}
