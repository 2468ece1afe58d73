//! Signing in at a kiosk with a one-time code by SMS, on SQLite and PostgreSQL: the number is
//! never echoed whole, an unknown number looks like a known one, the code works once and
//! only in time, wrong codes lock the challenge, requests are limited per number.

mod common;

use axum::http::StatusCode;
use common::*;
use selfcare_server_fns::api::{
    KioskChallenge, KioskPairing, KioskSession, PairingInfo, PairingStatus, PhoneLink,
    UsageResponse,
};
use std::time::Duration;

impl TestServer {
    async fn kiosk_call(&self, name: &str, body: &str) -> Answer {
        self.call(name, None, body).await
    }

    /// The code the demo backend "sent" to `number` (the latest).
    async fn sms_code(&self, number: &str) -> Option<String> {
        let text: Option<String> = sqlx::query_scalar("SELECT content FROM communication_messages WHERE receiver = $1 ORDER BY created_at DESC, id DESC LIMIT 1")
            .bind(number)
            .fetch_optional(&self.db.pool)
            .await
            .unwrap();
        text.map(|t| t.chars().filter(char::is_ascii_digit).take(6).collect())
    }
}

fn error(a: &Answer) -> (StatusCode, String) {
    (
        a.status,
        a.json["error"].as_str().unwrap_or_default().to_owned(),
    )
}

#[tokio::test]
async fn a_code_by_sms_signs_in_once_and_wrong_codes_lock() {
    each_backend(|s| async move {
        let start = s.kiosk_call("kiosk-sign-in", "phone=06+12+34+56+78&country=FR&store=store-fr-paris-1").await;
        assert_eq!(start.status, StatusCode::OK, "{}", start.body);
        let c: KioskChallenge = serde_json::from_value(start.json.clone()).unwrap();
        assert_eq!(c.masked_number, "+33 ••• ••• •78");
        assert!(!start.body.contains("612345678") && !start.body.contains("12 34 56"), "never the whole number: {}", start.body);
        let code = s.sms_code("+33612345678").await.expect("an SMS was sent");
        assert_eq!(code.len(), 6);
        // The text is in the customer's language: Camille's French, Ahmed's Arabic.
        let text = |number: &'static str| {
            let pool = s.db.pool.clone();
            async move {
                let t: String = sqlx::query_scalar("SELECT content FROM communication_messages WHERE receiver = $1 ORDER BY created_at DESC, id DESC LIMIT 1")
                    .bind(number)
                    .fetch_one(&pool)
                    .await
                    .unwrap();
                t
            }
        };
        assert!(text("+33612345678").await.starts_with("Votre code Selfcare : "), "{}", text("+33612345678").await);
        let ahmed = s.kiosk_call("kiosk-sign-in", "phone=0100+123+4567&country=EG&store=store-fr-paris-1").await;
        assert_eq!(ahmed.status, StatusCode::OK, "{}", ahmed.body);
        assert!(text("+201001234567").await.starts_with("رمز Selfcare الخاص بك: "), "{}", text("+201001234567").await);

        // Wrong codes count; the right one after them still works while under five tries.
        let wrong = if code == "000000" { "000001" } else { "000000" };
        let verify = |code: &str| format!("challenge={}&code={code}", c.challenge);
        assert_eq!(error(&s.kiosk_call("kiosk-verify", &verify(wrong)).await), (StatusCode::BAD_REQUEST, "code-invalid".into()));
        let ok = s.kiosk_call("kiosk-verify", &verify(&code)).await;
        assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
        let session: KioskSession = serde_json::from_value(ok.json).unwrap();
        let claims = s.auth.verify(&session.token).unwrap();
        assert_eq!((claims.sub.as_str(), claims.scope.as_deref()), (CAMILLE, Some("kiosk")));
        assert!(claims.exp - claims.iat <= 600, "short-lived");
        // The token is the customer's at the kiosk.
        let usage = s.call("usage", Some(&session.token), "").await;
        assert_eq!(usage.status, StatusCode::OK);
        assert_eq!(serde_json::from_value::<UsageResponse>(usage.json).unwrap().profile.given_name, "Camille");
        // Once only.
        assert_eq!(error(&s.kiosk_call("kiosk-verify", &verify(&code)).await).1, "code-invalid");
        // While the customer is there the kiosk renews its session with the session's own
        // token — no other (the customer's own, a partner's, none).
        let renewed = s.call("kiosk-renew", Some(&session.token), "").await;
        assert_eq!(renewed.status, StatusCode::OK, "{}", renewed.body);
        let renewed: KioskSession = serde_json::from_value(renewed.json).unwrap();
        let again = s.auth.verify(&renewed.token).unwrap();
        assert_eq!((again.sub.as_str(), again.scope.as_deref(), renewed.expires_in), (CAMILLE, Some("kiosk"), 600));
        assert_eq!(error(&s.call("kiosk-renew", Some(&s.token(CAMILLE)), "").await), (StatusCode::FORBIDDEN, "forbidden".into()));
        let partner = s.auth.issue_partner_token("partner-souk", "usage:read", 60).unwrap();
        assert_eq!(error(&s.call("kiosk-renew", Some(&partner), "").await).0, StatusCode::FORBIDDEN);
        assert_eq!(error(&s.call("kiosk-renew", None, "").await).0, StatusCode::UNAUTHORIZED);

        // Five wrong codes lock the challenge: the right one is refused after them.
        let again: KioskChallenge = serde_json::from_value(s.kiosk_call("kiosk-sign-in", "phone=%2B33612345678&country=SN").await.json).unwrap();
        let code = s.sms_code("+33612345678").await.unwrap();
        let wrong = if code == "999999" { "999998" } else { "999999" };
        for _ in 0..5 {
            assert_eq!(error(&s.kiosk_call("kiosk-verify", &format!("challenge={}&code={wrong}", again.challenge)).await).1, "code-invalid");
        }
        let locked = s.kiosk_call("kiosk-verify", &format!("challenge={}&code={code}", again.challenge)).await;
        assert_eq!(error(&locked), (StatusCode::TOO_MANY_REQUESTS, "code-locked".into()));

        // Expired codes do not work: five minutes and a second later.
        let late: KioskChallenge = serde_json::from_value(s.kiosk_call("kiosk-sign-in", "phone=0033612345678&country=FR").await.json).unwrap();
        let code = s.sms_code("+33612345678").await.unwrap();
        s.advance(Duration::from_secs(5 * 60 + 1));
        assert_eq!(error(&s.kiosk_call("kiosk-verify", &format!("challenge={}&code={code}", late.challenge)).await).1, "code-invalid");

        // A fourth code for the same number within the minute is refused.
        assert_eq!(error(&s.kiosk_call("kiosk-sign-in", "phone=06+12+34+56+78&country=FR").await), (StatusCode::TOO_MANY_REQUESTS, "rate-limited".into()));
    })
    .await;
}

#[tokio::test]
async fn unknown_numbers_look_like_known_ones_and_bad_input_is_refused() {
    each_backend(|s| async move {
        let sent_before = s.count("communication_messages").await;
        let unknown = s
            .kiosk_call("kiosk-sign-in", "phone=06+00+00+00+01&country=FR")
            .await;
        assert_eq!(
            unknown.status,
            StatusCode::OK,
            "same answer as a customer's number"
        );
        let c: KioskChallenge = serde_json::from_value(unknown.json).unwrap();
        assert_eq!(c.masked_number, "+33 ••• ••• •01");
        assert_eq!(
            s.count("communication_messages").await,
            sent_before,
            "no SMS to a stranger"
        );
        for code in ["000000", "123456", "999999"] {
            assert_eq!(
                error(
                    &s.kiosk_call(
                        "kiosk-verify",
                        &format!("challenge={}&code={code}", c.challenge)
                    )
                    .await
                )
                .1,
                "code-invalid"
            );
        }
        assert_eq!(
            error(&s.kiosk_call("kiosk-sign-in", "phone=abc&country=FR").await),
            (StatusCode::BAD_REQUEST, "bad-request".into())
        );
        assert_eq!(
            error(
                &s.kiosk_call("kiosk-sign-in", "phone=0612345678&country=france")
                    .await
            ),
            (StatusCode::BAD_REQUEST, "bad-request".into())
        );
        assert_eq!(
            error(
                &s.kiosk_call("kiosk-verify", "challenge=nope&code=123456")
                    .await
            )
            .1,
            "code-invalid"
        );
    })
    .await;
}

impl TestServer {
    /// A call as a kiosk served from `kiosk.test` makes it (links are built on its `Host`).
    async fn at_kiosk(&self, name: &str, token: Option<&str>, body: &str) -> Answer {
        let mut request = server_fn_request(name, token, body);
        request
            .headers_mut()
            .insert(axum::http::header::HOST, "kiosk.test:8080".parse().unwrap());
        self.send(request).await
    }

    async fn get(&self, path: &str) -> Answer {
        self.send(
            axum::http::Request::get(path)
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await
    }
}

#[tokio::test]
async fn continue_on_your_phone_links_hold_nothing_personal_and_expire() {
    each_backend(|s| async move {
        let link = s.at_kiosk("phone-link", Some(&s.token(CAMILLE)), "view=stores&store=store-fr-paris-1&product=samsung-galaxy-a55-5g-128-navy").await;
        assert_eq!(link.status, StatusCode::OK, "{}", link.body);
        let link: PhoneLink = serde_json::from_value(link.json).unwrap();
        let id = link.url.strip_prefix("http://kiosk.test:8080/go/").expect("a link on the kiosk's server").to_owned();
        assert_eq!(id.len(), 16);
        assert!(link.qr_size > 20 && link.qr_path.starts_with('M'), "a QR code of the link");
        // Nothing of the customer's is stored with it.
        let row: (String, Option<String>, Option<String>) = sqlx::query_as("SELECT view, store_id, product_id FROM phone_links WHERE id = $1").bind(&id).fetch_one(&s.db.pool).await.unwrap();
        assert_eq!(row, ("stores".into(), Some("store-fr-paris-1".into()), Some("samsung-galaxy-a55-5g-128-navy".into())));
        assert!(!link.url.contains(CAMILLE));

        // The phone lands on the site with the view.
        let opened = s.get(&format!("/go/{id}")).await;
        assert_eq!(opened.status, StatusCode::SEE_OTHER);
        assert_eq!(
            opened.headers[axum::http::header::LOCATION],
            "/examples/website/?selfcare-view=stores&selfcare-store=store-fr-paris-1&selfcare-product=samsung-galaxy-a55-5g-128-navy"
        );
        // Still there 14 minutes later; expired after 15 minutes, and unknown links, say so.
        s.advance(Duration::from_secs(14 * 60));
        assert_eq!(s.get(&format!("/go/{id}")).await.status, StatusCode::SEE_OTHER);
        s.advance(Duration::from_secs(60 + 1));
        assert_eq!(s.get(&format!("/go/{id}")).await.status, StatusCode::GONE);
        assert_eq!(s.get("/go/nosuchlink000000").await.status, StatusCode::GONE);
        assert_eq!(s.get("/go/..%2Fetc").await.status, StatusCode::GONE);

        // Bad input changes nothing.
        let before = s.count("phone_links").await;
        for body in ["view=settings", "view=stores&store=a%20b", "view=stores&product=%3Cx%3E"] {
            assert_eq!(error(&s.at_kiosk("phone-link", None, body).await), (StatusCode::BAD_REQUEST, "bad-request".into()), "{body}");
        }
        // A shop or a product that does not exist is named as such and nothing is stored.
        let unknown = [
            ("phone-link", "view=stores&store=store-xx-nowhere-1", "store-not-found"),
            ("phone-link", "view=stores&store=store-fr-paris-1&product=sku-nothing-at-all", "product-not-found"),
            ("kiosk-pair", "store=NaN", "store-not-found"),
        ];
        let pairings = s.count("kiosk_pairings").await;
        for (name, body, id) in unknown {
            assert_eq!(error(&s.at_kiosk(name, None, body).await), (StatusCode::NOT_FOUND, id.into()), "{name}({body})");
        }
        assert_eq!(s.count("phone_links").await, before);
        assert_eq!(s.count("kiosk_pairings").await, pairings);
        // Signing in at a kiosk of a shop that does not exist: refused before any code is made.
        let challenges = s.count("otp_challenges").await;
        let sign_in = s.kiosk_call("kiosk-sign-in", "phone=%2B33612345678&country=FR&store=NaN").await;
        assert_eq!(error(&sign_in), (StatusCode::NOT_FOUND, "store-not-found".into()));
        assert_eq!(s.count("otp_challenges").await, challenges);
    })
    .await;
}

#[tokio::test]
async fn a_phone_signs_the_kiosk_in_once_and_only_its_own_customer() {
    each_backend(|s| async move {
        let (store, name): (String, String) =
            sqlx::query_as("SELECT id, name FROM stores ORDER BY id LIMIT 1")
                .fetch_one(&s.db.pool)
                .await
                .expect("seeded shops");
        let start = s
            .at_kiosk("kiosk-pair", None, &format!("store={store}"))
            .await;
        assert_eq!(start.status, StatusCode::OK, "{}", start.body);
        let pairing: KioskPairing = serde_json::from_value(start.json).unwrap();
        assert_eq!(
            pairing.link.url,
            format!("http://kiosk.test:8080/pair/{}", pairing.pairing)
        );
        let poll = |secret: &str| format!("pairing={}&secret={secret}", pairing.pairing);
        // Waiting: no session yet.
        let waiting = s
            .at_kiosk("kiosk-pair-poll", None, &poll(&pairing.secret))
            .await;
        assert_eq!(
            (waiting.status, waiting.json["session"].is_null()),
            (StatusCode::OK, true),
            "{}",
            waiting.body
        );
        // The link lands on the site with the pairing.
        let opened = s.get(&format!("/pair/{}", pairing.pairing)).await;
        assert_eq!(
            opened.headers[axum::http::header::LOCATION],
            format!("/examples/website/?selfcare-pair={}", pairing.pairing)
        );

        // Approving needs the customer's own token: not anonymous, not a kiosk session, not a partner.
        let body = format!("pairing={}", pairing.pairing);
        assert_eq!(
            s.at_kiosk("kiosk-pair-approve", None, &body).await.status,
            StatusCode::UNAUTHORIZED
        );
        let kiosk_token = s.auth.issue_customer_token(CAMILLE, "kiosk", 600).unwrap();
        assert_eq!(
            error(
                &s.at_kiosk("kiosk-pair-approve", Some(&kiosk_token), &body)
                    .await
            ),
            (StatusCode::FORBIDDEN, "forbidden".into())
        );
        // The phone sees which shop asks, then approves.
        let info: PairingInfo = s.as_customer(CAMILLE, "kiosk-pair-info", &body).await;
        assert_eq!(info.store_name, Some(name));
        let approved = s
            .at_kiosk("kiosk-pair-approve", Some(&s.token(CAMILLE)), &body)
            .await;
        assert_eq!(approved.status, StatusCode::OK, "{}", approved.body);
        // A second approval (another customer) is refused: the first one wins.
        assert_eq!(
            error(
                &s.at_kiosk("kiosk-pair-approve", Some(&s.token(TOMASZ)), &body)
                    .await
            )
            .1,
            "pairing-not-found"
        );

        // Only the kiosk that holds the secret collects the session, and once.
        assert_eq!(
            error(
                &s.at_kiosk(
                    "kiosk-pair-poll",
                    None,
                    &poll("0123456789abcdef0123456789abcdef")
                )
                .await
            )
            .1,
            "pairing-not-found"
        );
        let done = s
            .at_kiosk("kiosk-pair-poll", None, &poll(&pairing.secret))
            .await;
        let status: PairingStatus = serde_json::from_value(done.json).unwrap();
        let claims = s
            .auth
            .verify(&status.session.expect("approved").token)
            .unwrap();
        assert_eq!(
            (claims.sub.as_str(), claims.scope.as_deref()),
            (CAMILLE, Some("kiosk"))
        );
        assert_eq!(
            error(
                &s.at_kiosk("kiosk-pair-poll", None, &poll(&pairing.secret))
                    .await
            )
            .1,
            "pairing-not-found"
        );

        // An expired pairing can be neither approved nor collected.
        let late: KioskPairing =
            serde_json::from_value(s.at_kiosk("kiosk-pair", None, "").await.json).unwrap();
        s.advance(Duration::from_secs(2 * 60 + 1));
        assert_eq!(
            error(
                &s.at_kiosk(
                    "kiosk-pair-approve",
                    Some(&s.token(CAMILLE)),
                    &format!("pairing={}", late.pairing)
                )
                .await
            )
            .1,
            "pairing-not-found"
        );
        assert_eq!(
            error(
                &s.at_kiosk(
                    "kiosk-pair-poll",
                    None,
                    &format!("pairing={}&secret={}", late.pairing, late.secret)
                )
                .await
            )
            .1,
            "pairing-not-found"
        );
        // A pairing that never existed: its own id (not a code's), 404.
        assert_eq!(
            error(
                &s.call(
                    "kiosk-pair-info",
                    Some(&s.token(CAMILLE)),
                    "pairing=0123456789abcdef"
                )
                .await
            ),
            (StatusCode::NOT_FOUND, "pairing-not-found".into())
        );
        // A kiosk session cannot grant a partner a delegation either.
        let grant = s
            .at_kiosk(
                "delegation-code",
                Some(&kiosk_token),
                "partner=souk-portal&scopes=usage%3Aread",
            )
            .await;
        assert_eq!(error(&grant), (StatusCode::FORBIDDEN, "forbidden".into()));
    })
    .await;
}
