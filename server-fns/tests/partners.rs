//! Partners at the HTTP boundary, on SQLite and PostgreSQL: OAuth 2.0 client credentials,
//! delegations granted with a consent code (once, before expiry, for that partner only), and
//! the server enforcing both the token's scopes and the customer's delegation — a partner
//! without `tariffs:read` or without a delegation for that customer is refused — with every
//! action audited with both the partner and the customer.

mod common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::*;
use selfcare_server_fns::api::{
    Delegation, DelegationCode, DelegationGrant, OffersResponse, PartnerInfo, ReasonId,
    Reservation, UsageResponse,
};
use std::time::Duration;

impl TestServer {
    async fn oauth(&self, body: &str, basic: Option<&str>) -> Answer {
        let mut r = Request::post("/oauth/token")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        if let Some(b) = basic {
            r = r.header(header::AUTHORIZATION, format!("Basic {b}"));
        }
        self.send(r.body(Body::from(body.to_owned())).unwrap())
            .await
    }

    async fn partner_token(&self, client: &str, secret: &str, scope: Option<&str>) -> String {
        let scope = scope
            .map(|s| format!("&scope={}", s.replace(' ', "+")))
            .unwrap_or_default();
        let a = self.oauth(&format!("grant_type=client_credentials&client_id={client}&client_secret={secret}{scope}"), None).await;
        assert_eq!(a.status, StatusCode::OK, "{}", a.body);
        assert_eq!(a.headers[header::CACHE_CONTROL], "no-store");
        a.json["access_token"].as_str().unwrap().to_owned()
    }

    /// A server function as a partner acting for `customer`.
    async fn for_customer(
        &self,
        token: &str,
        customer: Option<&str>,
        name: &str,
        body: &str,
    ) -> Answer {
        let mut r = Request::post(format!("/api/v1/{name}"))
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ACCEPT, "application/json")
            .header(header::AUTHORIZATION, format!("Bearer {token}"));
        if let Some(c) = customer {
            r = r.header("x-selfcare-customer", c);
        }
        self.send(r.body(Body::from(body.to_owned())).unwrap())
            .await
    }
}

fn error(a: &Answer) -> (StatusCode, String) {
    (
        a.status,
        a.json["error"].as_str().unwrap_or_default().to_owned(),
    )
}

const SOUK: (&str, &str) = ("souk-portal", "souk-demo-secret");
const READONLY: (&str, &str) = ("kiosknet-advice", "kiosknet-demo-secret");

#[tokio::test]
async fn client_credentials_give_a_partner_token_with_the_scopes_asked_for() {
    each_backend(|s| async move {
        let wrong = s.oauth("grant_type=client_credentials&client_id=souk-portal&client_secret=nope", None).await;
        assert_eq!(error(&wrong), (StatusCode::UNAUTHORIZED, "invalid_client".into()));
        let unknown = s.oauth("grant_type=client_credentials&client_id=nobody&client_secret=x", None).await;
        assert_eq!(error(&unknown), (StatusCode::UNAUTHORIZED, "invalid_client".into()));
        let grant = s.oauth("grant_type=password&client_id=souk-portal&client_secret=souk-demo-secret", None).await;
        assert_eq!(error(&grant), (StatusCode::BAD_REQUEST, "unsupported_grant_type".into()));
        // A scope the client does not have.
        let scope = s.oauth("grant_type=client_credentials&client_id=kiosknet-advice&client_secret=kiosknet-demo-secret&scope=tariffs:order", None).await;
        assert_eq!(error(&scope), (StatusCode::BAD_REQUEST, "invalid_scope".into()));
        // HTTP Basic, as RFC 6749 prefers; all the client's scopes when none is asked for.
        use base64::Engine;
        let basic = base64::engine::general_purpose::STANDARD.encode("souk-portal:souk-demo-secret");
        let ok = s.oauth("grant_type=client_credentials", Some(&basic)).await;
        assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
        assert_eq!(ok.json["scope"], "usage:read tariffs:read tariffs:order stores:reserve");
        assert_eq!(ok.json["token_type"], "Bearer");
        let claims = s.auth.verify(ok.json["access_token"].as_str().unwrap()).unwrap();
        assert_eq!((claims.sub.as_str(), claims.role.as_deref()), ("partner-souk", Some("partner")));
    })
    .await;
}

#[tokio::test]
async fn a_partner_acts_only_with_a_delegation_and_within_both_scopes() {
    each_backend(|s| async move {
        let souk = s.partner_token(SOUK.0, SOUK.1, None).await;
        let readonly = s.partner_token(READONLY.0, READONLY.1, None).await;
        let forbidden = (StatusCode::FORBIDDEN, "forbidden".to_owned());
        // No delegation yet, or no customer named.
        assert_eq!(error(&s.for_customer(&souk, Some(CAMILLE), "usage", "").await), forbidden);
        assert_eq!(error(&s.for_customer(&souk, None, "usage", "").await), forbidden);
        // The customer sees whom she may let act for her, and what each may be allowed.
        let partners: Vec<PartnerInfo> = s.as_customer(CAMILLE, "delegation-partners", "").await;
        let listed: Vec<(&str, &str)> = partners.iter().map(|p| (p.id.as_str(), p.scopes.as_str())).collect();
        assert_eq!(listed, [("partner-readonly", "usage:read"), ("partner-souk", "usage:read tariffs:read tariffs:order stores:reserve")]);
        assert_eq!(error(&s.for_customer(&souk, Some(CAMILLE), "delegation-partners", "").await), forbidden);
        // A partner cannot make codes for customers; a customer cannot redeem them.
        let grant = "partner=partner-souk&scopes=usage:read+tariffs:read+stores:reserve";
        assert_eq!(error(&s.for_customer(&souk, Some(CAMILLE), "delegation-code", grant).await), forbidden);
        let code: DelegationCode = s.as_customer(CAMILLE, "delegation-code", grant).await;
        assert_eq!((code.code.len(), code.partner_name.as_str()), (6, "Souk Telecom Shop"));
        assert_eq!(s.refused(CAMILLE, "delegation-redeem", &format!("code={}", code.code)).await, forbidden);
        // Wrong code, another partner's code: refused, and nothing granted.
        let bad = if code.code == "000000" { "000001" } else { "000000" };
        assert_eq!(error(&s.for_customer(&souk, None, "delegation-redeem", &format!("code={bad}")).await), (StatusCode::BAD_REQUEST, "delegation-invalid".into()));
        assert_eq!(error(&s.for_customer(&readonly, None, "delegation-redeem", &format!("code={}", code.code)).await), (StatusCode::BAD_REQUEST, "delegation-invalid".into()));
        let redeemed = s.for_customer(&souk, None, "delegation-redeem", &format!("code={}", code.code)).await;
        assert_eq!(redeemed.status, StatusCode::OK, "{}", redeemed.body);
        let d: Delegation = serde_json::from_value(redeemed.json).unwrap();
        assert_eq!((d.customer.as_str(), d.scopes.as_str()), (CAMILLE, "usage:read tariffs:read stores:reserve"));
        // Once only.
        assert_eq!(error(&s.for_customer(&souk, None, "delegation-redeem", &format!("code={}", code.code)).await).0, StatusCode::BAD_REQUEST);

        // Now the partner reads her usage — and only hers.
        let usage = s.for_customer(&souk, Some(CAMILLE), "usage", "").await;
        assert_eq!(usage.status, StatusCode::OK, "{}", usage.body);
        let usage: UsageResponse = serde_json::from_value(usage.json).unwrap();
        assert_eq!(usage.profile.given_name, "Camille");
        assert_eq!(error(&s.for_customer(&souk, Some(TOMASZ), "usage", "").await), forbidden);
        // Not beyond the delegation: she did not grant tariffs:order.
        let line = usage.line.unwrap().cycle.line_id;
        let cancel = "order_id=ord-none&channel=portal";
        assert_eq!(error(&s.for_customer(&souk, Some(CAMILLE), "cancel-order", cancel).await), forbidden);
        // Not beyond the token: a partner whose token lacks tariffs:read, with a delegation that has it.
        // (The customer cannot grant a partner what its client may never ask for, so the
        // delegation is written as an older grant would be.)
        assert_eq!(s.refused(CAMILLE, "delegation-code", "partner=partner-readonly&scopes=usage:read+tariffs:read").await.0, StatusCode::BAD_REQUEST);
        let code: DelegationCode = s.as_customer(CAMILLE, "delegation-code", "partner=partner-readonly&scopes=usage:read+usage:read").await;
        assert_eq!(code.scopes, "usage:read");
        assert_eq!(s.for_customer(&readonly, None, "delegation-redeem", &format!("code={}", code.code)).await.status, StatusCode::OK);
        sqlx::query("UPDATE delegations SET scopes = 'usage:read tariffs:read' WHERE partner_id = 'partner-readonly'").execute(&s.db.pool).await.unwrap();
        assert_eq!(s.for_customer(&readonly, Some(CAMILLE), "usage", "").await.status, StatusCode::OK);
        let offers = format!("line_id={line}&channel=portal&lang=fr");
        assert_eq!(error(&s.for_customer(&readonly, Some(CAMILLE), "offers", &offers).await), forbidden);
        // The partner's catalogue and the portal's channel rules, even when it names another channel.
        for channel in ["portal", "website", "kiosk"] {
            let answer = s.for_customer(&souk, Some(CAMILLE), "offers", &format!("line_id={line}&channel={channel}&lang=fr")).await;
            assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
            let offers: OffersResponse = serde_json::from_value(answer.json).unwrap();
            let codes = |id: &str| offers.plans.iter().find(|q| q.offering.id == id).map(|q| q.reasons.iter().map(|r| r.code).collect::<Vec<_>>());
            assert!(codes("fr-partenaire-40").is_some_and(|c| !c.contains(&ReasonId::NotWithPartner)), "its own plan ({channel})");
            assert!(codes("fr-essentiel-web-60").is_some_and(|c| c.contains(&ReasonId::NotWithPartner)), "a web-only plan ({channel})");
        }

        // What the partner does is audited with both the partner and the customer.
        let (store, sku): (String, String) = sqlx::query_as("SELECT store_id, sku FROM stock WHERE available >= 2 ORDER BY store_id, sku LIMIT 1").fetch_one(&s.db.pool).await.unwrap();
        let body = format!("store_id={store}&sku={sku}&quantity=1&idempotency_key=partner-reservation-0001&channel=portal");
        let reserved = s.for_customer(&souk, Some(CAMILLE), "reserve", &body).await;
        assert_eq!(reserved.status, StatusCode::OK, "{}", reserved.body);
        let r: Reservation = serde_json::from_value(reserved.json).unwrap();
        let (actor, customer, partner): (String, String, Option<String>) =
            sqlx::query_as("SELECT actor, customer_id, partner_id FROM audit_log WHERE order_id = $1").bind(&r.id).fetch_one(&s.db.pool).await.unwrap();
        assert_eq!((actor.as_str(), customer.as_str(), partner.as_deref()), ("partner:partner-souk", CAMILLE, Some("partner-souk")));

        // The customer sees whom she let act for her, and withdraws one at once.
        let grants: Vec<DelegationGrant> = s.as_customer(CAMILLE, "delegations", "").await;
        let mut partners: Vec<&str> = grants.iter().map(|g| g.partner.as_str()).collect();
        partners.sort_unstable();
        assert_eq!(partners, ["partner-readonly", "partner-souk"]);
        assert_eq!(error(&s.for_customer(&souk, Some(CAMILLE), "delegations", "").await), forbidden, "a partner cannot list them");
        let left: Vec<DelegationGrant> = s.as_customer(CAMILLE, "revoke-delegation", "partner=partner-readonly").await;
        assert_eq!(left.iter().map(|g| g.partner.as_str()).collect::<Vec<_>>(), ["partner-souk"]);
        assert_eq!(error(&s.for_customer(&readonly, Some(CAMILLE), "usage", "").await), forbidden, "revoked at once");

        // Delegations end after 30 days (the partner's token, on the wall clock, still valid).
        s.advance(Duration::from_secs(29 * 24 * 3600));
        assert_eq!(s.for_customer(&souk, Some(CAMILLE), "usage", "").await.status, StatusCode::OK, "still granted on day 29");
        s.advance(Duration::from_secs(24 * 3600 + 1));
        assert_eq!(error(&s.for_customer(&souk, Some(CAMILLE), "usage", "").await), forbidden);
        // Codes expire after ten minutes.
        let code: DelegationCode = s.as_customer(CAMILLE, "delegation-code", grant).await;
        s.advance(Duration::from_secs(10 * 60 + 1));
        assert_eq!(error(&s.for_customer(&souk, None, "delegation-redeem", &format!("code={}", code.code)).await).0, StatusCode::BAD_REQUEST);
        // Unknown scopes are refused when granting.
        assert_eq!(s.refused(CAMILLE, "delegation-code", "partner=partner-souk&scopes=everything").await.0, StatusCode::BAD_REQUEST);
        // A partner's token is nobody in the chat or the console.
        assert_eq!(error(&s.for_customer(&souk, None, "chat-open", "lang=en&channel=portal").await), forbidden);
        assert_eq!(error(&s.for_customer(&souk, None, "advisor-desk", "").await), forbidden);
    })
    .await;
}

/// `POST /oauth/token` as it arrives from `address` (a loopback address: the request never
/// leaves the process), with this content type.
fn oauth_from(
    address: &str,
    body: Vec<u8>,
    basic: Option<&str>,
    content_type: &str,
) -> Request<Body> {
    let mut r = Request::post("/oauth/token").header(header::CONTENT_TYPE, content_type);
    if let Some(b) = basic {
        r = r.header(header::AUTHORIZATION, format!("Basic {b}"));
    }
    let mut request = r.body(Body::from(body)).unwrap();
    let peer: std::net::SocketAddr = format!("{address}:40000").parse().unwrap();
    request
        .extensions_mut()
        .insert(axum::extract::ConnectInfo(peer));
    request
}

#[tokio::test]
async fn wrong_secrets_slow_down_their_address_and_never_lock_the_rightful_client_out() {
    each_backend(|s| async move {
        const FORM: &str = "application/x-www-form-urlencoded";
        let wrong = |i: u32| {
            format!("grant_type=client_credentials&client_id=souk-portal&client_secret=wrong-{i}")
                .into_bytes()
        };
        let right =
            "grant_type=client_credentials&client_id=souk-portal&client_secret=souk-demo-secret"
                .as_bytes()
                .to_vec();
        // Thirty wrong secrets for the partner's client from three addresses: each address is
        // told the truth ten times, then slowed down, whatever it sends next.
        for attacker in ["127.0.0.2", "127.0.0.3", "127.0.0.4"] {
            for i in 0..10 {
                assert_eq!(
                    error(&s.send(oauth_from(attacker, wrong(i), None, FORM)).await),
                    (StatusCode::UNAUTHORIZED, "invalid_client".into())
                );
            }
            assert_eq!(
                error(&s.send(oauth_from(attacker, wrong(11), None, FORM)).await),
                (StatusCode::TOO_MANY_REQUESTS, "slow_down".into())
            );
            assert_eq!(
                error(
                    &s.send(oauth_from(attacker, right.clone(), None, FORM))
                        .await
                )
                .1,
                "slow_down"
            );
        }
        // The partner's own backend, which has not failed, gets its token at once.
        let ok = s
            .send(oauth_from("127.0.0.9", right.clone(), None, FORM))
            .await;
        assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
        assert!(ok.json["access_token"].is_string());

        // Malformed requests are RFC 6749's `invalid_request`, in JSON, never plain text.
        use base64::Engine;
        let basic =
            base64::engine::general_purpose::STANDARD.encode("souk-portal:souk-demo-secret");
        let malformed = [
            // Basic and form credentials together (RFC 6749 §2.3).
            oauth_from("127.0.0.10", right.clone(), Some(&basic), FORM),
            // Not a form.
            oauth_from(
                "127.0.0.10",
                br#"{"grant_type":"client_credentials"}"#.to_vec(),
                Some(&basic),
                "application/json",
            ),
            // No grant type.
            oauth_from(
                "127.0.0.10",
                b"client_id=souk-portal".to_vec(),
                Some(&basic),
                FORM,
            ),
            // A body of 3 MB.
            oauth_from("127.0.0.10", vec![b'a'; 3 << 20], Some(&basic), FORM),
            // A Basic header that is not base64.
            oauth_from(
                "127.0.0.10",
                b"grant_type=client_credentials".to_vec(),
                Some("%%%"),
                FORM,
            ),
        ];
        for (i, request) in malformed.into_iter().enumerate() {
            let answer = s.send(request).await;
            assert_eq!(
                error(&answer),
                (StatusCode::BAD_REQUEST, "invalid_request".into()),
                "case {i}: {}",
                answer.body
            );
            assert_eq!(answer.headers[header::CONTENT_TYPE], "application/json");
        }
    })
    .await;
}
