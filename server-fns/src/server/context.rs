//! What a server function knows about the request it serves: the application state and the
//! customer the verified token names.

use crate::api::ErrorId;
use crate::server::app::AppState;
use crate::server::error::Error;
use crate::usage::storage::Storage;
use leptos::prelude::use_context;

/// The application state and the request being served.
fn served() -> Result<(AppState, axum::http::request::Parts), Error> {
    let state = use_context::<AppState>().ok_or(Error::from(ErrorId::Internal))?;
    let parts =
        use_context::<axum::http::request::Parts>().ok_or(Error::from(ErrorId::Internal))?;
    Ok((state, parts))
}

/// The application state, the request being served and its bearer token's verified claims.
fn verified() -> Result<
    (
        AppState,
        axum::http::request::Parts,
        crate::server::auth::Claims,
    ),
    Error,
> {
    let (state, parts) = served()?;
    let claims = state.auth.claims_from_headers(&parts.headers)?;
    Ok((state, parts, claims))
}

/// A request made by a signed-in customer. The only way to build one is from a verified
/// token, so a server function that takes a customer from here cannot take it from a parameter.
pub struct CustomerRequest {
    state: AppState,
    pub customer: String,
    /// The partner the token says acts for the customer (portal mode).
    pub partner: Option<String>,
    /// The channel the token itself is for, whatever the request says: a partner's is the
    /// portal, a kiosk session's the kiosk (their catalogue and channel rules apply).
    channel: Option<crate::api::Channel>,
}

impl CustomerRequest {
    /// Reads the application state and the `Authorization` header of the request being served,
    /// for an action in `scope` (`usage:read`, `tariffs:read`, `tariffs:order`,
    /// `stores:reserve`). A customer's token may do everything of their own. A partner's token
    /// (`role: partner`) acts for the customer named in `X-Selfcare-Customer` only when its
    /// token's scopes and the customer's delegation both include `scope`; anything else
    /// (an advisor's token, no delegation) is `forbidden`.
    pub async fn current(scope: &str) -> Result<Self, Error> {
        let (state, parts, claims) = verified()?;
        match claims.role.as_deref() {
            None => {
                use crate::api::Channel;
                let channel = if claims.partner.is_some() {
                    Some(Channel::Portal)
                } else {
                    (claims.scope.as_deref() == Some("kiosk")).then_some(Channel::Kiosk)
                };
                Ok(CustomerRequest {
                    state,
                    customer: claims.sub,
                    partner: claims.partner,
                    channel,
                })
            }
            Some("partner") => {
                let forbidden = || Error::from(ErrorId::Forbidden);
                let customer = parts
                    .headers
                    .get("x-selfcare-customer")
                    .and_then(|v| v.to_str().ok())
                    .ok_or_else(forbidden)?;
                let customer = crate::server::validate::id(customer)
                    .map_err(|_| forbidden())?
                    .to_owned();
                let in_token = claims
                    .scope
                    .as_deref()
                    .unwrap_or_default()
                    .split_whitespace()
                    .any(|s| s == scope);
                if !in_token
                    || !crate::partners::domain::allowed(
                        &state.db,
                        &claims.sub,
                        &customer,
                        scope,
                        state.clock.now(),
                    )
                    .await?
                {
                    return Err(forbidden());
                }
                Ok(CustomerRequest {
                    state,
                    customer,
                    partner: Some(claims.sub),
                    channel: Some(crate::api::Channel::Portal),
                })
            }
            Some(_) => Err(ErrorId::Forbidden.into()),
        }
    }

    /// The customer themselves on their own device: never a partner acting for them, never a
    /// kiosk session (`scope: kiosk`) — granting a delegation, approving a kiosk's sign-in.
    pub async fn own() -> Result<Self, Error> {
        let (state, _, claims) = verified()?;
        if claims.role.is_some()
            || claims.partner.is_some()
            || claims.scope.as_deref() == Some("kiosk")
        {
            return Err(ErrorId::Forbidden.into());
        }
        Ok(CustomerRequest {
            state,
            customer: claims.sub,
            partner: None,
            channel: None,
        })
    }

    /// A kiosk session's own token (`scope: kiosk`), and nothing else: renewing it.
    pub fn kiosk() -> Result<Self, Error> {
        let (state, _, claims) = verified()?;
        if claims.role.is_some()
            || claims.partner.is_some()
            || claims.scope.as_deref() != Some("kiosk")
        {
            return Err(ErrorId::Forbidden.into());
        }
        Ok(CustomerRequest {
            state,
            customer: claims.sub,
            partner: None,
            channel: Some(crate::api::Channel::Kiosk),
        })
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    pub fn db(&self) -> &crate::server::db::Db {
        &self.state.db
    }

    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.state.clock.now()
    }

    pub fn storage(&self) -> &dyn Storage {
        &*self.state.storage
    }

    pub fn shops(&self) -> &dyn crate::stores::storage::Shops {
        &*self.state.shops
    }

    /// Who asks, through `channel` (unless the token is for one channel), today and now.
    pub fn caller(&self, channel: crate::api::Channel) -> crate::tariff::domain::Caller<'_> {
        let channel = self.channel.unwrap_or(channel);
        // One reading of the clock: the day is the instant's day.
        let now = self.now();
        crate::tariff::domain::Caller {
            customer: &self.customer,
            partner: self.partner.as_deref(),
            channel,
            today: now.date_naive(),
            now,
        }
    }
}

/// A request that needs no customer (store search, stock): the application state only. A
/// token, if the widget sends one, is not even read.
pub struct PublicRequest {
    state: AppState,
}

impl PublicRequest {
    /// The deployment's map tiles, if it configured a tile server.
    pub fn map_tiles(&self) -> Option<crate::api::MapTiles> {
        let config = &self.state.config;
        config
            .map_tiles
            .clone()
            .map(|template| crate::api::MapTiles {
                template,
                attribution: config.map_attribution.clone(),
            })
    }

    pub fn current() -> Result<Self, Error> {
        let state = use_context::<AppState>().ok_or(Error::from(ErrorId::Internal))?;
        Ok(PublicRequest { state })
    }

    pub fn db(&self) -> &crate::server::db::Db {
        &self.state.db
    }

    pub fn shops(&self) -> &dyn crate::stores::storage::Shops {
        &*self.state.shops
    }

    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.state.clock.now()
    }
}

/// A chat request: the signed-in customer when a token is sent (verified like any other; an
/// expired one says so), an anonymous visitor when none is, and the client's address for the
/// rate limits.
pub struct ChatRequest {
    state: AppState,
    pub customer: Option<String>,
    /// The partner whose portal the customer's token was issued through, if any.
    pub partner: Option<String>,
    /// The channel the token is for, when it is for one: a partner's portal, a kiosk session.
    pub channel: Option<crate::api::Channel>,
    pub address: String,
}

impl ChatRequest {
    pub fn current() -> Result<Self, Error> {
        let (state, parts) = served()?;
        let (customer, partner, channel) = match parts
            .headers
            .contains_key(axum::http::header::AUTHORIZATION)
        {
            true => {
                let claims = state.auth.claims_from_headers(&parts.headers)?;
                if claims.role.is_some() {
                    return Err(ErrorId::Forbidden.into());
                }
                // As `CustomerRequest::current` decides it.
                use crate::api::Channel;
                let channel = if claims.partner.is_some() {
                    Some(Channel::Portal)
                } else {
                    (claims.scope.as_deref() == Some("kiosk")).then_some(Channel::Kiosk)
                };
                (Some(claims.sub), claims.partner, channel)
            }
            false => (None, None, None),
        };
        Ok(ChatRequest {
            address: client_address(&parts.extensions),
            state,
            customer,
            partner,
            channel,
        })
    }

    pub fn db(&self) -> &crate::server::db::Db {
        &self.state.db
    }

    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.state.clock.now()
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Who asks about a conversation: the customer, else whoever holds its key.
    pub fn party<'a>(
        &'a self,
        key: Option<&'a str>,
    ) -> Result<crate::chat::domain::Party<'a>, Error> {
        match (&self.customer, key) {
            (Some(c), _) => Ok(crate::chat::domain::Party::Customer(c)),
            (None, Some(key)) => Ok(crate::chat::domain::Party::Anonymous { key }),
            (None, None) => Err(ErrorId::ConversationNotFound.into()),
        }
    }

    /// Counts one request against the address's limit (and the conversation's, if given).
    pub fn limit(&self, conversation: Option<&str>) -> Result<(), Error> {
        let (limiter, config) = (&self.state.limiter, &self.state.config);
        let address_ok = limiter.allow(
            &format!("a:{}", self.address),
            config.chat_requests_per_minute,
        );
        let conversation_ok = conversation
            .is_none_or(|c| limiter.allow(&format!("c:{c}"), config.chat_messages_per_minute));
        if address_ok && conversation_ok {
            Ok(())
        } else {
            Err(ErrorId::RateLimited.into())
        }
    }
}

/// The address the request came from (the TCP peer; behind a proxy, configure the proxy to
/// limit by the client's address).
pub fn client_address(extensions: &axum::http::Extensions) -> String {
    extensions
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|c| c.0.ip().to_string())
        .unwrap_or_else(|| "local".into())
}

/// A request from the advisors' console: an advisor's verified token (`role: advisor`) with
/// the languages, countries and shops they serve. Any other token is refused (`forbidden`).
pub struct AdvisorRequest {
    state: AppState,
    pub advisor: String,
    pub languages: Vec<String>,
    pub countries: Vec<String>,
    pub stores: Vec<String>,
}

impl AdvisorRequest {
    pub fn current() -> Result<Self, Error> {
        let (state, _, claims) = verified()?;
        if claims.role.as_deref() != Some("advisor") {
            return Err(ErrorId::Forbidden.into());
        }
        let list = |v: Option<String>| {
            v.unwrap_or_default()
                .split_whitespace()
                .map(str::to_owned)
                .collect()
        };
        Ok(AdvisorRequest {
            advisor: claims.sub,
            languages: list(claims.languages),
            countries: list(claims.countries),
            stores: list(claims.stores),
            state,
        })
    }

    /// Who acts, with the skills their token gives them.
    pub fn advisor(&self) -> crate::advisor::domain::Advisor<'_> {
        crate::advisor::domain::Advisor {
            id: &self.advisor,
            languages: &self.languages,
            countries: &self.countries,
            stores: &self.stores,
        }
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.state.clock.now()
    }
}

/// A request with a partner's token (`role: partner`).
pub struct PartnerRequest {
    state: AppState,
    pub partner: String,
}

impl PartnerRequest {
    pub fn current() -> Result<Self, Error> {
        let (state, _, claims) = verified()?;
        if claims.role.as_deref() != Some("partner") {
            return Err(ErrorId::Forbidden.into());
        }
        Ok(PartnerRequest {
            partner: claims.sub,
            state,
        })
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }
}

/// The server's public origin for links (`public_url`), else `http://` and the `Host` the
/// request came to (a demo on one machine).
pub fn public_base(state: &AppState) -> Result<String, Error> {
    if let Some(url) = &state.config.public_url {
        return Ok(url.trim_end_matches('/').to_owned());
    }
    let parts = leptos::prelude::use_context::<axum::http::request::Parts>()
        .ok_or(Error::from(ErrorId::Internal))?;
    let host = parts
        .headers
        .get(axum::http::header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| {
            h.chars()
                .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c))
        });
    Ok(format!(
        "http://{}",
        host.ok_or(Error::from(ErrorId::BadRequest))?
    ))
}
