//! What a server function knows about the request it serves: the application state and the
//! customer the verified token names.

use super::app::AppState;
use super::storage::Storage;
use crate::api::{ApiError, ErrorId};
use chrono::NaiveDate;
use leptos::prelude::use_context;

/// A request made by a signed-in customer. The only way to build one is from a verified
/// token, so a server function that takes a customer from here cannot take it from a parameter.
pub struct CustomerRequest {
    state: AppState,
    pub customer: String,
    /// The partner the token says acts for the customer (portal mode).
    pub partner: Option<String>,
}

impl CustomerRequest {
    /// Reads the application state and the `Authorization` header of the request being served.
    pub async fn current() -> Result<Self, ApiError> {
        let state = use_context::<AppState>().ok_or(ApiError::from(ErrorId::Internal))?;
        let parts = use_context::<axum::http::request::Parts>().ok_or(ApiError::from(ErrorId::Internal))?;
        let claims = state.auth.claims_from_headers(&parts.headers)?;
        Ok(CustomerRequest { state, customer: claims.sub, partner: claims.partner })
    }

    pub fn db(&self) -> &super::db::Db {
        &self.state.db
    }

    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.state.clock.now()
    }

    pub fn storage(&self) -> &dyn Storage {
        &*self.state.storage
    }

    pub fn today(&self) -> NaiveDate {
        self.state.clock.today()
    }

    /// Who asks, through `channel`, today and now.
    pub fn caller(&self, channel: crate::api::Channel) -> super::tariff::Caller<'_> {
        super::tariff::Caller { customer: &self.customer, partner: self.partner.as_deref(), channel, today: self.today(), now: self.now() }
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
        config.map_tiles.clone().map(|template| crate::api::MapTiles { template, attribution: config.map_attribution.clone() })
    }

    pub fn current() -> Result<Self, ApiError> {
        let state = use_context::<AppState>().ok_or(ApiError::from(ErrorId::Internal))?;
        Ok(PublicRequest { state })
    }

    pub fn db(&self) -> &super::db::Db {
        &self.state.db
    }

    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.state.clock.now()
    }
}
