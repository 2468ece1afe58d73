//! Tariff change and add-ons at the HTTP boundary, on SQLite and PostgreSQL: the eligibility
//! matrix, proration, ordering now and at the next cycle, cancelling, idempotent replay,
//! concurrent conflicting orders, the re-check at order time, authorisation and bad input.

mod common;

use axum::http::StatusCode;
use common::*;
use selfcare_server_fns::api::{
    Channel, OffersResponse, OrderState, ProductOrder, Qualification, ReasonId, UsageResponse,
    UsageType, When,
};
use std::time::Duration;

const LINE: &str = "line-fr-camille-1";
const KEY: &str = "7d8e3c52-0b7a-4a8e-9e55-3f4b6c1d2e01";

fn offers_body(line: &str, channel: &str, lang: &str) -> String {
    format!("line_id={line}&channel={channel}&lang={lang}")
}

fn order_body(
    line: &str,
    offering: &str,
    when: When,
    key: &str,
    one_time: i64,
    recurring: i64,
) -> String {
    let when = if when == When::Now {
        "now"
    } else {
        "next-cycle"
    };
    format!(
        "line_id={line}&offering_id={offering}&when={when}&idempotency_key={key}&expected_one_time={one_time}\
         &expected_recurring={recurring}&consent=true&channel=website&lang=en"
    )
}

fn find<'a>(offers: &'a OffersResponse, id: &str) -> &'a Qualification {
    offers
        .plans
        .iter()
        .chain(&offers.addons)
        .find(|q| q.offering.id == id)
        .unwrap_or_else(|| panic!("{id} not offered"))
}

fn reasons(q: &Qualification) -> Vec<ReasonId> {
    q.reasons.iter().map(|r| r.code).collect()
}

impl TestServer {
    async fn offers(&self, customer: &str, line: &str) -> OffersResponse {
        self.as_customer(customer, "offers", &offers_body(line, "website", "en"))
            .await
    }

    /// Orders `offering` `when` at the price the offers quote.
    async fn order(
        &self,
        customer: &str,
        line: &str,
        offering: &str,
        when: When,
        key: &str,
    ) -> ProductOrder {
        let offers = self.offers(customer, line).await;
        let quote = find(&offers, offering)
            .quotes
            .iter()
            .find(|q| q.when == when)
            .cloned()
            .expect("a quote");
        self.as_customer(
            customer,
            "order",
            &order_body(line, offering, when, key, quote.one_time, quote.recurring),
        )
        .await
    }

    async fn scalar(&self, sql: &str) -> i64 {
        sqlx::query_scalar(sql)
            .fetch_one(&self.db.pool)
            .await
            .unwrap()
    }

    async fn text(&self, sql: &str) -> String {
        sqlx::query_scalar(sql)
            .fetch_one(&self.db.pool)
            .await
            .unwrap()
    }
}

#[tokio::test]
async fn eligibility_follows_commitment_segment_channel_country_bills_and_payment_rules() {
    each_backend_and_tmf(|s| async move {
        // Camille: committed until 5 March 2027 on Découverte 100 Go at 24.99 €.
        let offers = s.offers(CAMILLE, LINE).await;
        assert_eq!(offers.current.id, "fr-decouverte-100");
        assert_eq!(offers.commitment_end.as_deref(), Some("2027-03-05"));
        let ids: Vec<&str> = offers
            .plans
            .iter()
            .map(|q| q.offering.id.as_str())
            .collect();
        assert!(
            !ids.contains(&"fr-decouverte-100"),
            "the current plan is not offered"
        );
        assert!(
            !ids.contains(&"fr-partenaire-40"),
            "a partner's own plan is not shown elsewhere"
        );
        assert!(
            ids.iter().all(|id| id.starts_with("fr-")),
            "only the customer's country: {ids:?}"
        );
        let cheaper = find(&offers, "fr-essentiel-20");
        assert!(!cheaper.qualified && cheaper.quotes.is_empty());
        assert_eq!(cheaper.reasons[0].code, ReasonId::Commitment);
        assert_eq!(cheaper.reasons[0].date.as_deref(), Some("2027-03-05"));
        assert_eq!(
            reasons(find(&offers, "fr-pro-150")),
            [ReasonId::BusinessOnly]
        );
        let premium = find(&offers, "fr-premium");
        assert!(premium.qualified && premium.reasons.is_empty());
        assert_eq!(
            premium.quotes.iter().map(|q| q.when).collect::<Vec<_>>(),
            [When::Now, When::NextCycle]
        );
        // A plan on promotion at a list price above the current one is an upgrade.
        assert!(find(&offers, "fr-decouverte-200").qualified);
        // Add-ons of the line's kind only (postpaid), with their one-time price.
        let addon_ids: Vec<&str> = offers
            .addons
            .iter()
            .map(|q| q.offering.id.as_str())
            .collect();
        assert_eq!(
            addon_ids,
            [
                "fr-booster-5",
                "fr-pass-europe-5",
                "fr-booster-20",
                "fr-pass-monde-2"
            ]
        );
        assert_eq!(find(&offers, "fr-booster-5").quotes[0].one_time, 500);

        // In a shop, the web-only plan says so.
        let kiosk: OffersResponse = s
            .as_customer(CAMILLE, "offers", &offers_body(LINE, "kiosk", "en"))
            .await;
        assert_eq!(
            reasons(find(&kiosk, "fr-essentiel-web-60")),
            [ReasonId::NotInShops, ReasonId::Commitment]
        );
        // A partner sees its own plan, and the portal's rules whatever channel the request
        // names: its token is for the portal.
        let token = s
            .auth
            .issue_demo_token_as(CAMILLE, Some("partner-souk"), 300)
            .unwrap();
        for channel in ["portal", "website"] {
            let answer = s
                .call("offers", Some(&token), &offers_body(LINE, channel, "en"))
                .await;
            let portal: OffersResponse = serde_json::from_value(answer.json).unwrap();
            assert!(find(&portal, "fr-partenaire-40")
                .reasons
                .iter()
                .all(|r| r.code != ReasonId::NotWithPartner));
            assert_eq!(
                reasons(find(&portal, "fr-premium")),
                [ReasonId::NotWithPartner]
            );
        }
        // Another partner does not see it at all.
        let other = s
            .auth
            .issue_demo_token_as(CAMILLE, Some("partner-readonly"), 300)
            .unwrap();
        let answer = s
            .call("offers", Some(&other), &offers_body(LINE, "portal", "en"))
            .await;
        let theirs: OffersResponse = serde_json::from_value(answer.json).unwrap();
        assert!(theirs
            .plans
            .iter()
            .all(|q| q.offering.id != "fr-partenaire-40"));
        // A kiosk session is at the kiosk, whatever the request says.
        let kiosk_token = s.auth.issue_customer_token(CAMILLE, "kiosk", 300).unwrap();
        let answer = s
            .call(
                "offers",
                Some(&kiosk_token),
                &offers_body(LINE, "website", "en"),
            )
            .await;
        let at_kiosk: OffersResponse = serde_json::from_value(answer.json).unwrap();
        assert_eq!(
            reasons(find(&at_kiosk, "fr-essentiel-web-60")),
            [ReasonId::NotInShops, ReasonId::Commitment]
        );

        // Texts in the language asked for.
        let arabic: OffersResponse = s
            .as_customer(CAMILLE, "offers", &offers_body(LINE, "website", "ar"))
            .await;
        assert_eq!(
            find(&arabic, "fr-premium").offering.name,
            "Premium غير محدود"
        );

        // Kouassi has an unpaid bill: nothing can be ordered.
        let ci = s.offers("cust-ci-kouassi", "line-ci-kouassi-1").await;
        assert!(ci
            .plans
            .iter()
            .chain(&ci.addons)
            .all(|q| q.reasons.iter().any(|r| r.code == ReasonId::UnpaidBill)));
        // Romania does not move lines between prepaid and postpaid.
        let ro = s.offers("cust-ro-ioana", "line-ro-ioana-1").await;
        assert_eq!(
            reasons(find(&ro, "ro-prepay-10")),
            [ReasonId::PaymentChange]
        );
        // Egypt does: a prepaid line may go postpaid, at the next cycle only.
        let eg = s.offers("cust-eg-ahmed", "line-eg-ahmed-1").await;
        let red = find(&eg, "eg-red-30");
        assert!(red.qualified);
        assert_eq!(
            red.quotes.iter().map(|q| q.when).collect::<Vec<_>>(),
            [When::NextCycle]
        );
        // A prepaid add-on above the balance (120.50 EGP) is refused with the reason.
        assert!(find(&eg, "eg-booster-2").qualified);
        assert_eq!(
            reasons(find(&eg, "eg-roaming-1")),
            [ReasonId::InsufficientBalance]
        );
        assert!(eg
            .addons
            .iter()
            .all(|q| q.offering.payment == selfcare_server_fns::api::Payment::Prepaid));

        // A business customer sees business plans and not consumer ones.
        sqlx::query("UPDATE customers SET segment = 'business' WHERE id = $1")
            .bind(TOMASZ)
            .execute(&s.db.pool)
            .await
            .unwrap();
        let pl = s.offers(TOMASZ, "line-pl-tomasz-1").await;
        assert!(find(&pl, "pl-firma").qualified);
        assert!(reasons(find(&pl, "pl-plan-l")).contains(&ReasonId::ConsumerOnly));
    })
    .await;
}

#[tokio::test]
async fn a_change_now_is_prorated_applied_at_once_and_audited() {
    each_backend_and_tmf(|s| async move {
        let offers = s.offers(CAMILLE, LINE).await;
        let now = find(&offers, "fr-premium").quotes[0].clone();
        // 24.99 € → 49.99 €, 9 of the cycle's 30 days left (26 Nov – 4 Dec): 25.00 × 9/30.
        assert_eq!(
            (
                now.effective_date.as_str(),
                now.days_charged,
                now.cycle_days
            ),
            (TODAY, 9, 30)
        );
        assert_eq!(
            (now.one_time, now.recurring, now.difference),
            (750, 4999, 2500)
        );

        let order = s.order(CAMILLE, LINE, "fr-premium", When::Now, KEY).await;
        assert_eq!(order.state, OrderState::Completed);
        assert_eq!(
            (
                order.one_time,
                order.recurring,
                order.effective_date.as_str()
            ),
            (750, Some(4999), TODAY)
        );
        assert_eq!(order.from_offering.as_deref(), Some("fr-decouverte-100"));
        assert!(order.id.starts_with("ORD-"));

        // The usage view shows the new plan's allowances at once (named in the language asked for).
        let usage: UsageResponse = s
            .as_customer(CAMILLE, "usage", &format!("line_id={LINE}&locale=en"))
            .await;
        let line = usage.line.unwrap();
        assert_eq!(line.contract.plan_name, "Premium Unlimited");
        assert_eq!(line.contract.monthly_price, Some(4999));
        // A 24-month term starts today.
        assert_eq!(line.contract.commitment_end.as_deref(), Some("2028-11-26"));
        let data = line
            .cycle
            .buckets
            .iter()
            .find(|b| b.usage_type == UsageType::Data && !b.is_shared)
            .unwrap();
        assert_eq!(data.allowance, None, "unlimited data");
        let roaming = line
            .cycle
            .buckets
            .iter()
            .find(|b| b.usage_type == UsageType::RoamingData)
            .unwrap();
        assert_eq!(roaming.allowance, Some(50_000_000_000));
        assert!(line.pending_change.is_none());

        // State history and audit trail.
        let states: Vec<String> =
            sqlx::query_scalar("SELECT state FROM order_events WHERE order_id = $1 ORDER BY seq")
                .bind(&order.id)
                .fetch_all(&s.db.pool)
                .await
                .unwrap();
        assert_eq!(states, ["acknowledged", "inProgress", "completed"]);
        let audit = sqlx::query_as::<_, (String, String, String, String)>(
            "SELECT actor, channel, action, detail FROM audit_log WHERE order_id = $1",
        )
        .bind(&order.id)
        .fetch_all(&s.db.pool)
        .await
        .unwrap();
        assert_eq!(audit.len(), 1);
        assert_eq!(
            (
                audit[0].0.as_str(),
                audit[0].1.as_str(),
                audit[0].2.as_str()
            ),
            (CAMILLE, "website", "order-placed")
        );
        assert!(
            audit[0].3.contains("fr-decouverte-100 -> fr-premium"),
            "{}",
            audit[0].3
        );

        // The state is visible through `get-order`.
        let read: ProductOrder = s
            .as_customer(CAMILLE, "get-order", &format!("order_id={}", order.id))
            .await;
        assert_eq!(read, order);

        // The next change has to wait 30 days (France's rule).
        let after = s.offers(CAMILLE, LINE).await;
        let q = find(&after, "fr-decouverte-100");
        assert!(q
            .reasons
            .iter()
            .any(|r| r.code == ReasonId::RecentChange && r.date.as_deref() == Some("2026-12-26")));
    })
    .await;
}

#[tokio::test]
async fn a_next_cycle_change_is_pending_cancellable_and_takes_effect_on_its_day() {
    each_backend_and_tmf(|s| async move {
        let order = s
            .order(CAMILLE, LINE, "fr-decouverte-200", When::NextCycle, KEY)
            .await;
        assert_eq!(
            (order.state, order.effective_date.as_str(), order.one_time),
            (OrderState::InProgress, "2026-12-05", 0)
        );
        // Promotion: 19.99 € for the first months.
        assert_eq!(order.recurring, Some(1999));
        let usage: UsageResponse = s
            .as_customer(CAMILLE, "usage", &format!("line_id={LINE}"))
            .await;
        assert_eq!(
            usage.line.unwrap().pending_change.map(|o| o.id),
            Some(order.id.clone())
        );
        // While it is pending, no other change.
        let offers = s.offers(CAMILLE, LINE).await;
        assert_eq!(
            offers.pending_change.as_ref().map(|o| o.id.as_str()),
            Some(order.id.as_str())
        );
        assert!(offers
            .plans
            .iter()
            .all(|q| q.reasons.iter().any(|r| r.code == ReasonId::PendingChange)));

        // Cancelled before it takes effect; cancelling again is the same.
        let cancelled: ProductOrder = s
            .as_customer(
                CAMILLE,
                "cancel-order",
                &format!("order_id={}&channel=website", order.id),
            )
            .await;
        assert_eq!(cancelled.state, OrderState::Cancelled);
        let again: ProductOrder = s
            .as_customer(
                CAMILLE,
                "cancel-order",
                &format!("order_id={}&channel=website", order.id),
            )
            .await;
        assert_eq!(again, cancelled);
        let usage: UsageResponse = s
            .as_customer(CAMILLE, "usage", &format!("line_id={LINE}"))
            .await;
        assert!(usage.line.unwrap().pending_change.is_none());
        assert_eq!(
            s.scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'order-cancelled'")
                .await,
            1
        );

        // Ordered again, it takes effect on 5 December: nine days later the line is next
        // read, and the change is completed with the new cycle's allowances, stamped then.
        let order = s
            .order(
                CAMILLE,
                LINE,
                "fr-decouverte-200",
                When::NextCycle,
                "second-key-0000000001",
            )
            .await;
        s.advance(Duration::from_secs(8 * 24 * 3600));
        let usage: UsageResponse = s
            .as_customer(CAMILLE, "usage", &format!("line_id={LINE}"))
            .await;
        assert_eq!(
            usage.line.unwrap().pending_change.map(|o| o.id),
            Some(order.id.clone()),
            "still pending on 4 December"
        );
        s.advance(Duration::from_secs(24 * 3600));
        let later = &s;
        let usage: UsageResponse = later
            .as_customer(CAMILLE, "usage", &format!("line_id={LINE}&locale=en"))
            .await;
        let line = usage.line.unwrap();
        assert_eq!(line.contract.plan_name, "Découverte 200 GB");
        assert_eq!(line.contract.monthly_price, Some(1999));
        assert!(line.pending_change.is_none());
        let data = line
            .cycle
            .buckets
            .iter()
            .find(|b| b.usage_type == UsageType::Data && !b.is_shared)
            .unwrap();
        assert_eq!(
            (data.allowance, data.valid_from.as_str()),
            (Some(200_000_000_000), "2026-12-05")
        );
        let read: ProductOrder = later
            .as_customer(CAMILLE, "get-order", &format!("order_id={}", order.id))
            .await;
        assert_eq!(
            (read.state, read.completion_date.as_deref()),
            (OrderState::Completed, Some("2026-12-05"))
        );
        let completed_at: String = sqlx::query_scalar(
            "SELECT at FROM order_events WHERE order_id = $1 AND state = 'completed'",
        )
        .bind(&order.id)
        .fetch_one(&s.db.pool)
        .await
        .unwrap();
        assert!(
            completed_at.starts_with("2026-12-05T10:0"),
            "stamped by the business clock: {completed_at}"
        );
        // Too late to cancel now.
        let (status, error) = later
            .refused(
                CAMILLE,
                "cancel-order",
                &format!("order_id={}&channel=website", order.id),
            )
            .await;
        assert_eq!(
            (status, error.as_str()),
            (StatusCode::CONFLICT, "order-not-cancellable")
        );
    })
    .await;
}

#[tokio::test]
async fn replaying_an_idempotency_key_returns_the_same_order_and_changes_nothing_more() {
    each_backend_and_tmf(|s| async move {
        let first = s
            .order(CAMILLE, "line-fr-camille-2", "fr-booster-5", When::Now, KEY)
            .await;
        let body = order_body("line-fr-camille-2", "fr-booster-5", When::Now, KEY, 500, 0);
        let body_first = body.clone();
        for _ in 0..3 {
            let replay: ProductOrder = s.as_customer(CAMILLE, "order", &body).await;
            assert_eq!(replay, first);
        }
        assert_eq!(s.scalar("SELECT COUNT(*) FROM orders").await, 1);
        assert_eq!(
            s.scalar("SELECT COUNT(*) FROM buckets WHERE is_addon = 1 AND name LIKE 'Booster%'")
                .await,
            1
        );
        assert_eq!(s.scalar("SELECT COUNT(*) FROM audit_log").await, 1);

        // The same key for another request is refused.
        let other = order_body(
            "line-fr-camille-2",
            "fr-booster-20",
            When::Now,
            KEY,
            1000,
            0,
        );
        assert_eq!(
            s.refused(CAMILLE, "order", &other).await,
            (StatusCode::CONFLICT, "idempotency-key-reused".into())
        );
        // Many identical requests at once (a double click, two tabs): one order.
        let body = order_body(
            "line-fr-camille-2",
            "fr-booster-20",
            When::Now,
            "parallel-key-000000001",
            1000,
            0,
        );
        let results = parallel(&s, CAMILLE, vec![body; 8]).await;
        let ids: Vec<String> = results
            .iter()
            .map(|(status, json)| {
                assert_eq!(*status, StatusCode::OK, "{json}");
                json["id"].as_str().unwrap().to_owned()
            })
            .collect();
        assert!(ids.iter().all(|id| *id == ids[0]), "{ids:?}");
        assert_eq!(s.scalar("SELECT COUNT(*) FROM orders").await, 2);
        assert_eq!(
            s.scalar("SELECT COUNT(*) FROM buckets WHERE is_addon = 1 AND name LIKE 'Booster 20%'")
                .await,
            1
        );

        // Within the replay window (23 hours later) the key still answers the first order;
        // after it (24 hours and a second), it is refused rather than taken for a new order.
        s.advance(Duration::from_secs(23 * 3600));
        let replay: ProductOrder = s.as_customer(CAMILLE, "order", &body_first).await;
        assert_eq!(replay, first);
        s.advance(Duration::from_secs(3600 + 1));
        assert_eq!(
            s.refused(CAMILLE, "order", &body_first).await,
            (
                StatusCode::UNPROCESSABLE_ENTITY,
                "idempotency-key-expired".into()
            )
        );
        assert_eq!(s.scalar("SELECT COUNT(*) FROM orders").await, 2);
    })
    .await;
}

/// Sends the requests at the same moment, each on its own task.
async fn parallel(
    s: &TestServer,
    customer: &str,
    bodies: Vec<String>,
) -> Vec<(StatusCode, serde_json::Value)> {
    let token = s.token(customer);
    let barrier = std::sync::Arc::new(tokio::sync::Barrier::new(bodies.len()));
    let tasks: Vec<_> = bodies
        .into_iter()
        .map(|body| {
            let (app, token, barrier) = (s.app.clone(), token.clone(), barrier.clone());
            tokio::spawn(async move {
                use http_body_util::BodyExt;
                use tower::ServiceExt;
                barrier.wait().await;
                let response = app
                    .oneshot(server_fn_request("order", Some(&token), &body))
                    .await
                    .unwrap();
                let status = response.status();
                let bytes = response.into_body().collect().await.unwrap().to_bytes();
                (status, serde_json::from_slice(&bytes).unwrap_or_default())
            })
        })
        .collect();
    let mut out = Vec::new();
    for task in tasks {
        out.push(task.await.unwrap());
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn of_concurrent_conflicting_changes_exactly_one_succeeds() {
    each_backend_and_tmf(|s| async move {
        let offers = s.offers(CAMILLE, LINE).await;
        let mut bodies = Vec::new();
        for (i, id) in ["fr-premium", "fr-decouverte-200"].iter().enumerate() {
            for (j, quote) in find(&offers, id).quotes.iter().enumerate() {
                bodies.push(order_body(
                    LINE,
                    id,
                    quote.when,
                    &format!("conflict-key-{i}-{j}-000000"),
                    quote.one_time,
                    quote.recurring,
                ));
            }
        }
        assert_eq!(bodies.len(), 4);
        let results = parallel(&s, CAMILLE, bodies).await;
        let won: Vec<&serde_json::Value> = results
            .iter()
            .filter(|(status, _)| status.is_success())
            .map(|(_, json)| json)
            .collect();
        assert_eq!(won.len(), 1, "{results:?}");
        for (status, json) in results.iter().filter(|(status, _)| !status.is_success()) {
            // Refused as a conflict, or, having read the line after the winner committed, as
            // no longer eligible (a change is pending or was just made).
            let error = json["error"].as_str().unwrap();
            assert!(
                (*status == StatusCode::CONFLICT && error == "conflict")
                    || (*status == StatusCode::UNPROCESSABLE_ENTITY && error == "not-eligible"),
                "{status} {json}"
            );
        }
        // The line is consistent with the one order that went through.
        assert_eq!(s.scalar("SELECT COUNT(*) FROM orders").await, 1);
        assert_eq!(
            s.scalar("SELECT version FROM lines WHERE id = 'line-fr-camille-1'")
                .await,
            1
        );
        let winner = won[0]["offering_id"].as_str().unwrap();
        let state = won[0]["state"].as_str().unwrap();
        let offering = s
            .text("SELECT offering_id FROM lines WHERE id = 'line-fr-camille-1'")
            .await;
        if state == "completed" {
            assert_eq!(offering, winner);
        } else {
            assert_eq!(
                (offering.as_str(), state),
                ("fr-decouverte-100", "inProgress")
            );
        }
    })
    .await;
}

#[tokio::test]
async fn eligibility_and_prices_are_checked_again_at_order_time() {
    each_backend_and_tmf(|s| async move {
        let offers = s.offers(CAMILLE, LINE).await;
        let quote = find(&offers, "fr-premium").quotes[0].clone();
        let body = order_body(
            LINE,
            "fr-premium",
            When::Now,
            KEY,
            quote.one_time,
            quote.recurring,
        );
        // The catalogue's price changed after the customer saw it: refused, nothing ordered.
        sqlx::query("UPDATE offerings SET price = 5499 WHERE id = 'fr-premium'")
            .execute(&s.db.pool)
            .await
            .unwrap();
        assert_eq!(
            s.refused(CAMILLE, "order", &body).await,
            (StatusCode::UNPROCESSABLE_ENTITY, "price-changed".into())
        );
        sqlx::query("UPDATE offerings SET price = 4999 WHERE id = 'fr-premium'")
            .execute(&s.db.pool)
            .await
            .unwrap();
        // A bill became overdue between display and confirmation.
        sqlx::query("UPDATE customers SET overdue_amount = 3000 WHERE id = $1")
            .bind(CAMILLE)
            .execute(&s.db.pool)
            .await
            .unwrap();
        assert_eq!(
            s.refused(CAMILLE, "order", &body).await,
            (StatusCode::UNPROCESSABLE_ENTITY, "not-eligible".into())
        );
        assert_eq!(s.scalar("SELECT COUNT(*) FROM orders").await, 0);
        assert_eq!(
            s.text("SELECT offering_id FROM lines WHERE id = 'line-fr-camille-1'")
                .await,
            "fr-decouverte-100"
        );
    })
    .await;
}

#[tokio::test]
async fn bad_input_and_other_customers_lines_are_refused_with_an_error_id_and_no_order() {
    each_backend_and_tmf(|s| async move {
        let before = s.counts().await;
        let cases: Vec<(&str, String, StatusCode, &str)> = vec![
            (
                "unknown offering",
                order_body(LINE, "fr-nope", When::Now, KEY, 0, 0),
                StatusCode::NOT_FOUND,
                "offering-not-found",
            ),
            (
                "another country's",
                order_body(LINE, "pl-plan-s", When::Now, KEY, 0, 3000),
                StatusCode::NOT_FOUND,
                "offering-not-found",
            ),
            (
                "tampered price",
                order_body(LINE, "fr-premium", When::Now, KEY, 1, 1),
                StatusCode::UNPROCESSABLE_ENTITY,
                "price-changed",
            ),
            (
                "no consent",
                order_body(LINE, "fr-premium", When::Now, KEY, 750, 4999)
                    .replace("consent=true", "consent=false"),
                StatusCode::UNPROCESSABLE_ENTITY,
                "consent-required",
            ),
            (
                "not eligible",
                order_body(LINE, "fr-essentiel-20", When::Now, KEY, 0, 999),
                StatusCode::UNPROCESSABLE_ENTITY,
                "not-eligible",
            ),
            (
                "current plan",
                order_body(LINE, "fr-decouverte-100", When::Now, KEY, 0, 2499),
                StatusCode::UNPROCESSABLE_ENTITY,
                "not-eligible",
            ),
            (
                "prepaid-only add-on",
                order_body(LINE, "fr-mobicarte-booster-5", When::Now, KEY, 500, 0),
                StatusCode::NOT_FOUND,
                "offering-not-found",
            ),
            (
                "short key",
                order_body(LINE, "fr-premium", When::Now, "abc", 750, 4999),
                StatusCode::BAD_REQUEST,
                "bad-request",
            ),
            (
                "bad when",
                order_body(LINE, "fr-premium", When::Now, KEY, 750, 4999)
                    .replace("when=now", "when=yesterday"),
                StatusCode::BAD_REQUEST,
                "bad-request",
            ),
            (
                "bad amount",
                order_body(LINE, "fr-premium", When::Now, KEY, 750, 4999).replace("=750", "=lots"),
                StatusCode::BAD_REQUEST,
                "bad-request",
            ),
            (
                "bad channel",
                order_body(LINE, "fr-premium", When::Now, KEY, 750, 4999)
                    .replace("channel=website", "channel=fax"),
                StatusCode::BAD_REQUEST,
                "bad-request",
            ),
            (
                "injected id",
                order_body("x'%3B--", "fr-premium", When::Now, KEY, 750, 4999),
                StatusCode::BAD_REQUEST,
                "bad-request",
            ),
            (
                "another customer's line",
                order_body("line-pl-tomasz-1", "pl-plan-l", When::Now, KEY, 0, 6000),
                StatusCode::NOT_FOUND,
                "line-not-found",
            ),
        ];
        for (what, body, status, error) in cases {
            assert_eq!(
                s.refused(CAMILLE, "order", &body).await,
                (status, error.to_owned()),
                "{what}"
            );
        }
        assert_eq!(
            s.refused(
                CAMILLE,
                "offers",
                &offers_body("line-pl-tomasz-1", "website", "en")
            )
            .await,
            (StatusCode::NOT_FOUND, "line-not-found".into())
        );
        let answer = s
            .call(
                "order",
                None,
                &order_body(LINE, "fr-premium", When::Now, KEY, 750, 4999),
            )
            .await;
        assert_eq!(answer.status, StatusCode::UNAUTHORIZED);

        // Another customer cannot read or cancel Camille's order.
        let order = s
            .order(
                CAMILLE,
                LINE,
                "fr-decouverte-200",
                When::NextCycle,
                "camille-key-00000000001",
            )
            .await;
        assert_eq!(
            s.refused(TOMASZ, "get-order", &format!("order_id={}", order.id))
                .await,
            (StatusCode::NOT_FOUND, "order-not-found".into())
        );
        assert_eq!(
            s.refused(
                TOMASZ,
                "cancel-order",
                &format!("order_id={}&channel=website", order.id)
            )
            .await,
            (StatusCode::NOT_FOUND, "order-not-found".into())
        );
        let read: ProductOrder = s
            .as_customer(CAMILLE, "get-order", &format!("order_id={}", order.id))
            .await;
        assert_eq!(read.state, OrderState::InProgress);
        assert_eq!(s.scalar("SELECT COUNT(*) FROM orders").await, 1);
        assert_eq!(s.counts().await, before, "refused requests changed nothing");
    })
    .await;
}

#[tokio::test]
async fn add_ons_appear_as_buckets_at_once_and_prepaid_ones_are_paid_from_the_balance() {
    each_backend_and_tmf(|s| async move {
        let order = s
            .order(CAMILLE, "line-fr-camille-2", "fr-booster-5", When::Now, KEY)
            .await;
        assert_eq!(
            (order.state, order.one_time, order.recurring),
            (OrderState::Completed, 500, None)
        );
        let usage: UsageResponse = s
            .as_customer(CAMILLE, "usage", "line_id=line-fr-camille-2")
            .await;
        let booster = usage
            .line
            .unwrap()
            .cycle
            .buckets
            .into_iter()
            .find(|b| b.is_addon && b.usage_type == UsageType::Data)
            .unwrap();
        assert_eq!((booster.allowance, booster.used), (Some(5_000_000_000), 0));
        assert_eq!(
            (booster.valid_from.as_str(), booster.valid_to.as_str()),
            (TODAY, "2026-12-02")
        );

        // Ahmed pays 25.00 EGP from his 120.50 EGP balance.
        let order = s
            .order(
                "cust-eg-ahmed",
                "line-eg-ahmed-1",
                "eg-booster-2",
                When::Now,
                KEY,
            )
            .await;
        assert_eq!(order.one_time, 2500);
        let usage: UsageResponse = s.as_customer("cust-eg-ahmed", "usage", "").await;
        assert_eq!(
            usage.line.unwrap().contract.prepaid_balance.unwrap().amount,
            9550
        );
        let body = order_body(
            "line-eg-ahmed-1",
            "eg-roaming-1",
            When::Now,
            "ahmed-key-000000000002",
            20_000,
            0,
        );
        assert_eq!(
            s.refused("cust-eg-ahmed", "order", &body).await,
            (StatusCode::UNPROCESSABLE_ENTITY, "not-eligible".into())
        );
    })
    .await;
}

#[tokio::test]
async fn proration_in_three_decimal_and_zero_decimal_currencies() {
    each_backend_and_tmf(|s| async move {
        // Lina, Jordan (3 decimals): 15.500 → 22.500 JD, 5 of 30 days left (1–30 Nov).
        let jo = s.offers("cust-jo-lina", "line-jo-lina-1").await;
        let q = &find(&jo, "jo-sahl-100").quotes[0];
        assert_eq!((q.days_charged, q.cycle_days, q.one_time), (5, 30, 1167));
        // Kouassi's country, CFA francs without decimals, on a customer without unpaid bills.
        sqlx::query("UPDATE customers SET overdue_amount = 0 WHERE id = 'cust-ci-kouassi'")
            .execute(&s.db.pool)
            .await
            .unwrap();
        let ci = s.offers("cust-ci-kouassi", "line-ci-kouassi-1").await;
        let q = &find(&ci, "ci-liberte-60").quotes[0];
        // 10 000 → 20 000 F, 5 of 30 days: 1 666.67 → 1 667 F.
        assert_eq!((q.days_charged, q.cycle_days, q.one_time), (5, 30, 1667));
        let order = s
            .order(
                "cust-ci-kouassi",
                "line-ci-kouassi-1",
                "ci-liberte-60",
                When::Now,
                KEY,
            )
            .await;
        assert_eq!((order.currency.as_str(), order.one_time), ("XOF", 1667));
        // A downgrade now is a credit.
        let later = s.offers("cust-jo-lina", "line-jo-lina-1").await;
        assert!(find(&later, "jo-sahl-20")
            .reasons
            .iter()
            .any(|r| r.code == ReasonId::Commitment));
        let _ = Channel::Website;
    })
    .await;
}
