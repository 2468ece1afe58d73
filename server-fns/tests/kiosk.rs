//! Signing in at a kiosk with a one-time code by SMS, on SQLite and PostgreSQL: the number is
//! never echoed whole, an unknown number looks like a known one, the code works once and
//! only in time, wrong codes lock the challenge, requests are limited per number.

mod common;

use axum::http::StatusCode;
use common::*;
use selfcare_server_fns::api::{KioskChallenge, KioskSession, UsageResponse};

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
    (a.status, a.json["error"].as_str().unwrap_or_default().to_owned())
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

        // Five wrong codes lock the challenge: the right one is refused after them.
        let again: KioskChallenge = serde_json::from_value(s.kiosk_call("kiosk-sign-in", "phone=%2B33612345678&country=SN").await.json).unwrap();
        let code = s.sms_code("+33612345678").await.unwrap();
        let wrong = if code == "999999" { "999998" } else { "999999" };
        for _ in 0..5 {
            assert_eq!(error(&s.kiosk_call("kiosk-verify", &format!("challenge={}&code={wrong}", again.challenge)).await).1, "code-invalid");
        }
        let locked = s.kiosk_call("kiosk-verify", &format!("challenge={}&code={code}", again.challenge)).await;
        assert_eq!(error(&locked), (StatusCode::TOO_MANY_REQUESTS, "code-locked".into()));

        // Expired codes do not work.
        let late: KioskChallenge = serde_json::from_value(s.kiosk_call("kiosk-sign-in", "phone=0033612345678&country=FR").await.json).unwrap();
        let code = s.sms_code("+33612345678").await.unwrap();
        sqlx::query("UPDATE otp_challenges SET expires_at = '2000-01-01T00:00:00Z' WHERE id = $1").bind(&late.challenge).execute(&s.db.pool).await.unwrap();
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
        let unknown = s.kiosk_call("kiosk-sign-in", "phone=06+00+00+00+01&country=FR").await;
        assert_eq!(unknown.status, StatusCode::OK, "same answer as a customer's number");
        let c: KioskChallenge = serde_json::from_value(unknown.json).unwrap();
        assert_eq!(c.masked_number, "+33 ••• ••• •01");
        assert_eq!(s.count("communication_messages").await, sent_before, "no SMS to a stranger");
        for code in ["000000", "123456", "999999"] {
            assert_eq!(error(&s.kiosk_call("kiosk-verify", &format!("challenge={}&code={code}", c.challenge)).await).1, "code-invalid");
        }
        assert_eq!(error(&s.kiosk_call("kiosk-sign-in", "phone=abc&country=FR").await), (StatusCode::BAD_REQUEST, "bad-request".into()));
        assert_eq!(error(&s.kiosk_call("kiosk-sign-in", "phone=0612345678&country=france").await), (StatusCode::BAD_REQUEST, "bad-request".into()));
        assert_eq!(error(&s.kiosk_call("kiosk-verify", "challenge=nope&code=123456").await).1, "code-invalid");
    })
    .await;
}
