//! Identity: the customer is whoever a verified bearer token names.
//!
//! Tokens are JWTs signed with ES256 or RS256. The server verifies signature, issuer, audience
//! and expiry against the public keys of a JWKS file. In demo mode only, the server holds an
//! ES256 key of its own (created once in the data directory), publishes its public half as the
//! JWKS and issues tokens for the seeded demo customers.

use crate::api::ErrorId;
use crate::server::error::Error;
use axum::http::{header::AUTHORIZATION, HeaderMap};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use jsonwebtoken::jwk::{Jwk, JwkSet};
use jsonwebtoken::{
    decode, decode_header, encode, Algorithm, DecodingKey, EncodingKey, Header, Validation,
};
use p256::pkcs8::{DecodePrivateKey, EncodePrivateKey, LineEnding};
use serde::{Deserialize, Serialize};
use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

#[derive(Debug, Serialize, Deserialize)]
pub struct Claims {
    pub sub: String,
    /// A partner acting for the customer (portal mode), as the identity provider asserts it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner: Option<String>,
    /// `advisor` for the advisors' console; none for a customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// An advisor's skills: the language tags and countries they serve, space-separated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub languages: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub countries: Option<String>,
    /// The shops an advisor works in (their in-shop queues), space-separated store ids.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stores: Option<String>,
    /// A partner's granted scopes (OAuth 2.0 `scope`), space-separated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    pub iss: String,
    pub aud: Audience,
    pub exp: u64,
    pub iat: u64,
}

/// A token's `aud`: one audience, or several (RFC 7519 §4.1.3 allows both; `jsonwebtoken`
/// checks that ours is among them).
#[derive(Debug, Serialize, Deserialize, Clone, PartialEq)]
#[serde(untagged)]
pub enum Audience {
    One(String),
    Many(Vec<String>),
}

impl From<&str> for Audience {
    fn from(audience: &str) -> Self {
        Audience::One(audience.to_owned())
    }
}

#[derive(Debug, thiserror::Error)]
pub enum AuthSetupError {
    #[error("cannot read the JWKS {0}: {1}")]
    Read(String, std::io::Error),
    #[error("invalid JWKS: {0}")]
    Jwks(String),
    #[error("demo signing key: {0}")]
    DemoKey(String),
}

struct VerifyingKey {
    kid: Option<String>,
    key: DecodingKey,
    algorithm: Algorithm,
}

pub struct Auth {
    keys: Vec<VerifyingKey>,
    issuer: String,
    audience: String,
    jwks: JwkSet,
    demo_signer: Option<(String, EncodingKey)>,
    /// The server's own key outside demo mode, for the tokens it issues to partners.
    server_signer: Option<(String, EncodingKey)>,
}

impl Auth {
    /// Verifies against the keys of a JWKS document (RFC 7517).
    pub fn from_jwks(jwks: JwkSet, issuer: &str, audience: &str) -> Result<Auth, AuthSetupError> {
        let mut keys = Vec::new();
        for jwk in &jwks.keys {
            let algorithm = match &jwk.algorithm {
                jsonwebtoken::jwk::AlgorithmParameters::EllipticCurve(_) => Algorithm::ES256,
                jsonwebtoken::jwk::AlgorithmParameters::RSA(_) => Algorithm::RS256,
                _ => continue,
            };
            let key =
                DecodingKey::from_jwk(jwk).map_err(|e| AuthSetupError::Jwks(e.to_string()))?;
            keys.push(VerifyingKey {
                kid: jwk.common.key_id.clone(),
                key,
                algorithm,
            });
        }
        if keys.is_empty() {
            return Err(AuthSetupError::Jwks("no ES256 or RS256 key".into()));
        }
        Ok(Auth {
            keys,
            issuer: issuer.into(),
            audience: audience.into(),
            jwks,
            demo_signer: None,
            server_signer: None,
        })
    }

    pub fn from_jwks_file(
        path: &Path,
        issuer: &str,
        audience: &str,
    ) -> Result<Auth, AuthSetupError> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| AuthSetupError::Read(path.display().to_string(), e))?;
        let jwks: JwkSet =
            serde_json::from_str(&text).map_err(|e| AuthSetupError::Jwks(e.to_string()))?;
        Auth::from_jwks(jwks, issuer, audience)
    }

    /// Demo mode: loads the demo key from `data_dir`, creating it on first start.
    pub fn demo(data_dir: &Path, issuer: &str, audience: &str) -> Result<Auth, AuthSetupError> {
        let (jwk, kid, signing) = Self::own_key(&data_dir.join("demo-signing-key.pem"), "demo")?;
        let mut auth = Auth::from_jwks(JwkSet { keys: vec![jwk] }, issuer, audience)?;
        auth.demo_signer = Some((kid, signing));
        Ok(auth)
    }

    /// Outside demo mode: the server's own key (in `data_dir`, created on first start; every
    /// process sharing the data folder or the file uses the same) signs the partners' tokens
    /// it issues, and is trusted beside the identity provider's keys.
    pub fn with_server_key(mut self, data_dir: &Path) -> Result<Auth, AuthSetupError> {
        let (jwk, kid, signing) =
            Self::own_key(&data_dir.join("server-signing-key.pem"), "server")?;
        let key = DecodingKey::from_jwk(&jwk).map_err(|e| AuthSetupError::Jwks(e.to_string()))?;
        self.keys.push(VerifyingKey {
            kid: Some(kid.clone()),
            key,
            algorithm: Algorithm::ES256,
        });
        self.jwks.keys.push(jwk);
        self.server_signer = Some((kid, signing));
        Ok(self)
    }

    /// An ES256 key kept in `path` (created on first use): its public JWK, kid and signer.
    fn own_key(path: &Path, prefix: &str) -> Result<(Jwk, String, EncodingKey), AuthSetupError> {
        let err = |e: &dyn std::fmt::Display| AuthSetupError::DemoKey(e.to_string());
        let data_dir = path.parent().unwrap_or(Path::new("."));
        let secret = match std::fs::read_to_string(path) {
            Ok(pem) => p256::SecretKey::from_pkcs8_pem(&pem).map_err(|e| err(&e))?,
            Err(_) => {
                let secret = p256::SecretKey::random(&mut rand::rngs::OsRng);
                let pem = secret.to_pkcs8_pem(LineEnding::LF).map_err(|e| err(&e))?;
                std::fs::create_dir_all(data_dir).map_err(|e| err(&e))?;
                std::fs::write(path, pem.as_bytes()).map_err(|e| err(&e))?;
                secret
            }
        };
        let pem = secret.to_pkcs8_pem(LineEnding::LF).map_err(|e| err(&e))?;
        let signing = EncodingKey::from_ec_pem(pem.as_bytes()).map_err(|e| err(&e))?;
        let point = p256::elliptic_curve::sec1::ToEncodedPoint::to_encoded_point(
            &secret.public_key(),
            false,
        );
        let (x, y) = (
            point.x().ok_or_else(|| err(&"no x"))?,
            point.y().ok_or_else(|| err(&"no y"))?,
        );
        let kid = format!("{prefix}-{}", &URL_SAFE_NO_PAD.encode(x)[..8]);
        let jwk: Jwk = serde_json::from_value(serde_json::json!({
            "kty": "EC", "crv": "P-256", "use": "sig", "alg": "ES256", "kid": kid,
            "x": URL_SAFE_NO_PAD.encode(x), "y": URL_SAFE_NO_PAD.encode(y),
        }))
        .map_err(|e| err(&e))?;
        Ok((jwk, kid, signing))
    }

    /// The public keys, as a JWKS document.
    pub fn jwks(&self) -> &JwkSet {
        &self.jwks
    }

    /// The customer named by the request's `Authorization: Bearer` token.
    pub fn customer_from_headers(&self, headers: &HeaderMap) -> Result<String, Error> {
        Ok(self.claims_from_headers(headers)?.sub)
    }

    /// The verified claims of the request's `Authorization: Bearer` token.
    pub fn claims_from_headers(&self, headers: &HeaderMap) -> Result<Claims, Error> {
        let value = headers
            .get(AUTHORIZATION)
            .ok_or(Error::from(ErrorId::Unauthenticated))?;
        let token = value
            .to_str()
            .ok()
            .and_then(|v| v.strip_prefix("Bearer "))
            .ok_or(Error::from(ErrorId::Unauthenticated))?;
        self.verify(token)
    }

    pub fn verify(&self, token: &str) -> Result<Claims, Error> {
        let unauthenticated = || Error::from(ErrorId::Unauthenticated);
        let header = decode_header(token).map_err(|_| unauthenticated())?;
        let key = self
            .keys
            .iter()
            .find(|k| k.algorithm == header.alg && (header.kid.is_none() || k.kid == header.kid))
            .ok_or_else(unauthenticated)?;
        let mut validation = Validation::new(key.algorithm);
        validation.set_issuer(&[&self.issuer]);
        validation.set_audience(&[&self.audience]);
        validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
        // A token not valid yet (`nbf` ahead, beyond the leeway for clock skew) is refused.
        validation.validate_nbf = true;
        validation.leeway = 30;
        match decode::<Claims>(token, &key.key, &validation) {
            Ok(data) if !data.claims.sub.is_empty() => Ok(data.claims),
            Ok(_) => Err(unauthenticated()),
            Err(e) if matches!(e.kind(), jsonwebtoken::errors::ErrorKind::ExpiredSignature) => {
                Err(ErrorId::TokenExpired.into())
            }
            Err(_) => Err(unauthenticated()),
        }
    }

    /// Demo mode only: a token for `customer` valid for `ttl_seconds`.
    pub fn issue_demo_token(&self, customer: &str, ttl_seconds: u64) -> Option<String> {
        self.issue_demo_token_as(customer, None, ttl_seconds)
    }

    /// Claims for `sub` valid `ttl_seconds` from now, with nothing else asserted.
    fn claims(&self, sub: &str, ttl_seconds: u64) -> Option<Claims> {
        // wall clock: a token's `iat` and `exp` are checked by `jsonwebtoken` (and by every
        // other party that reads our tokens) against the real time, never the business clock;
        // its lifetime is all that the business sets.
        let now = SystemTime::now().duration_since(UNIX_EPOCH).ok()?.as_secs();
        Some(Claims {
            sub: sub.into(),
            partner: None,
            role: None,
            languages: None,
            countries: None,
            stores: None,
            scope: None,
            iss: self.issuer.clone(),
            aud: Audience::One(self.audience.clone()),
            iat: now,
            exp: now + ttl_seconds,
        })
    }

    /// `claims` signed ES256 with `signer`.
    fn sign(signer: Option<&(String, EncodingKey)>, claims: &impl Serialize) -> Option<String> {
        let (kid, key) = signer?;
        let mut header = Header::new(Algorithm::ES256);
        header.kid = Some(kid.clone());
        encode(&header, claims, key).ok()
    }

    /// The key of the tokens the server issues itself: its own, else the demo key.
    fn server_key(&self) -> Option<&(String, EncodingKey)> {
        self.server_signer.as_ref().or(self.demo_signer.as_ref())
    }

    /// A customer's token the server issues itself (a kiosk sign-in): `scope` says where it
    /// may be used (`kiosk`), for `ttl_seconds`.
    pub fn issue_customer_token(
        &self,
        customer: &str,
        scope: &str,
        ttl_seconds: u64,
    ) -> Option<String> {
        let claims = Claims {
            scope: Some(scope.into()),
            ..self.claims(customer, ttl_seconds)?
        };
        Self::sign(self.server_key(), &claims)
    }

    /// A partner's access token (OAuth 2.0 client credentials): `role: partner`, its scopes.
    /// Signed with the server's key (the demo key in demo mode); `None` without one.
    pub fn issue_partner_token(
        &self,
        partner: &str,
        scope: &str,
        ttl_seconds: u64,
    ) -> Option<String> {
        let claims = Claims {
            role: Some("partner".into()),
            scope: Some(scope.into()),
            ..self.claims(partner, ttl_seconds)?
        };
        Self::sign(self.server_key(), &claims)
    }

    /// Demo mode only: a token for `customer`, acting through `partner` if given.
    pub fn issue_demo_token_as(
        &self,
        customer: &str,
        partner: Option<&str>,
        ttl_seconds: u64,
    ) -> Option<String> {
        let claims = Claims {
            partner: partner.map(str::to_owned),
            ..self.claims(customer, ttl_seconds)?
        };
        Self::sign(self.demo_signer.as_ref(), &claims)
    }

    /// Demo mode only: an advisor's token with their skills, valid for `ttl_seconds`.
    pub fn issue_demo_advisor_token(
        &self,
        advisor: &str,
        skills: &crate::advisor::domain::Skills<'_>,
        ttl_seconds: u64,
    ) -> Option<String> {
        let claims = Claims {
            role: Some("advisor".into()),
            languages: Some(skills.languages.into()),
            countries: Some(skills.countries.into()),
            stores: Some(skills.stores.into()).filter(|s: &String| !s.is_empty()),
            ..self.claims(advisor, ttl_seconds)?
        };
        Self::sign(self.demo_signer.as_ref(), &claims)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo(dir: &Path) -> Auth {
        Auth::demo(dir, "selfcare-demo", "selfcare-widget").unwrap()
    }

    #[test]
    fn demo_tokens_verify_and_tampering_fails() {
        let dir = std::env::temp_dir().join(format!("selfcare-auth-{}", std::process::id()));
        let auth = demo(&dir);
        let token = auth.issue_demo_token("cust-fr-1", 60).unwrap();
        assert_eq!(auth.verify(&token).unwrap().sub, "cust-fr-1");
        // The key persists: a restarted server accepts the same token.
        assert_eq!(demo(&dir).verify(&token).unwrap().sub, "cust-fr-1");

        // Another key (another deployment) is refused.
        let other_dir = dir.join("other");
        let other = demo(&other_dir).issue_demo_token("cust-fr-1", 60).unwrap();
        assert_eq!(
            auth.verify(&other).unwrap_err().id(),
            ErrorId::Unauthenticated
        );

        // Changing the claims breaks the signature.
        let mut parts: Vec<String> = token.split('.').map(String::from).collect();
        parts[1] = URL_SAFE_NO_PAD.encode(
            serde_json::to_vec(
                &serde_json::json!({"sub": "cust-pl-1", "iss": "selfcare-demo",
                "aud": "selfcare-widget", "exp": u64::MAX / 2, "iat": 0}),
            )
            .unwrap(),
        );
        assert_eq!(
            auth.verify(&parts.join(".")).unwrap_err().id(),
            ErrorId::Unauthenticated
        );

        // Wrong audience.
        let strict = Auth::from_jwks(auth.jwks().clone(), "selfcare-demo", "someone-else").unwrap();
        assert_eq!(
            strict.verify(&token).unwrap_err().id(),
            ErrorId::Unauthenticated
        );
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn not_yet_valid_tokens_are_refused_and_an_audience_may_be_a_list() {
        let dir = std::env::temp_dir().join(format!("selfcare-auth-nbf-{}", std::process::id()));
        let auth = demo(&dir);
        // wall clock: the token's times, as `jsonwebtoken` checks them.
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_secs();
        let token =
            |claims: serde_json::Value| Auth::sign(auth.demo_signer.as_ref(), &claims).unwrap();
        let claims = |nbf: u64, aud: serde_json::Value| serde_json::json!({"sub": "cust-fr-1", "iss": "selfcare-demo", "aud": aud, "iat": now, "nbf": nbf, "exp": now + 300});
        // Valid from in ten minutes: not now. Valid from now (or within the leeway): yes.
        let later = token(claims(now + 600, "selfcare-widget".into()));
        assert_eq!(
            auth.verify(&later).unwrap_err().id(),
            ErrorId::Unauthenticated
        );
        assert_eq!(
            auth.verify(&token(claims(now + 10, "selfcare-widget".into())))
                .unwrap()
                .sub,
            "cust-fr-1"
        );
        // Several audiences, ours among them: accepted; without ours: refused.
        let many = token(claims(
            now,
            serde_json::json!(["billing", "selfcare-widget"]),
        ));
        let verified = auth.verify(&many).unwrap();
        assert_eq!(
            verified.aud,
            Audience::Many(vec!["billing".into(), "selfcare-widget".into()])
        );
        let others = token(claims(now, serde_json::json!(["billing", "crm"])));
        assert_eq!(
            auth.verify(&others).unwrap_err().id(),
            ErrorId::Unauthenticated
        );
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn expired_tokens_say_so() {
        let dir = std::env::temp_dir().join(format!("selfcare-auth-exp-{}", std::process::id()));
        let auth = demo(&dir);
        let claims = Claims {
            sub: "c".into(),
            partner: None,
            role: None,
            languages: None,
            countries: None,
            stores: None,
            scope: None,
            iss: "selfcare-demo".into(),
            aud: "selfcare-widget".into(),
            iat: 1,
            exp: 2,
        };
        let token = Auth::sign(auth.demo_signer.as_ref(), &claims).unwrap();
        assert_eq!(auth.verify(&token).unwrap_err().id(), ErrorId::TokenExpired);
        let mut headers = HeaderMap::new();
        assert_eq!(
            auth.customer_from_headers(&headers).unwrap_err().id(),
            ErrorId::Unauthenticated
        );
        headers.insert(AUTHORIZATION, "Basic abc".parse().unwrap());
        assert_eq!(
            auth.customer_from_headers(&headers).unwrap_err().id(),
            ErrorId::Unauthenticated
        );
        std::fs::remove_dir_all(&dir).ok();
    }
}
