//! The server's one error type.
//!
//! Everything on the server returns [`Error`]: a request refused with the id the widget
//! translates ([`Error::Refused`]), or a failure behind it (the database, stored data that makes
//! no sense). Storage errors convert into it, so `?` works everywhere. It becomes the wire's
//! [`ApiError`] in one place (`From<Error> for ApiError`), which logs what the answer does not
//! say; the answer's HTTP status and content type are set when that error is encoded
//! ([`respond`], called by `ApiError`'s encoder), through `leptos_axum::ResponseOptions`.

use crate::api::{ApiError, ErrorId};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A request refused, with the id the customer is shown.
    #[error("refused: {0:?}")]
    Refused(ErrorId),
    /// The database failed or could not be reached.
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    /// Stored data that breaks the schema's promises (a bad date, an unknown state).
    #[error("stored data is invalid: {0}")]
    Invalid(String),
    /// The operator's systems (the TMF backend) failed, were too slow or could not be reached;
    /// trying again later may work.
    #[error("operator's systems: {0}")]
    Backend(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// Stored data that makes no sense: `what` says which.
    pub fn invalid(what: impl Into<String>) -> Self {
        Error::Invalid(what.into())
    }

    /// The id the customer is answered with: a refusal's own; `unavailable` when the database
    /// or the operator's systems cannot be reached now (retrying later may work); else
    /// `internal`.
    pub fn id(&self) -> ErrorId {
        match self {
            Error::Refused(id) => *id,
            Error::Database(sqlx::Error::PoolTimedOut | sqlx::Error::Io(_)) | Error::Backend(_) => {
                ErrorId::Unavailable
            }
            Error::Database(_) | Error::Invalid(_) => ErrorId::Internal,
        }
    }

    /// Logs a failure with its details (a refusal is not one): where it becomes an answer,
    /// whatever the route.
    pub fn log(&self) {
        if !matches!(self, Error::Refused(_)) {
            tracing::error!(error = %self, "request failed");
        }
    }

    /// Whether this is the refusal `id`.
    pub fn is(&self, id: ErrorId) -> bool {
        matches!(self, Error::Refused(own) if *own == id)
    }
}

impl From<ErrorId> for Error {
    fn from(id: ErrorId) -> Self {
        Error::Refused(id)
    }
}

/// The one mapping to the wire: a failure is logged here, with its details, and answered with
/// an id only.
impl From<Error> for ApiError {
    fn from(err: Error) -> Self {
        err.log();
        ApiError { error: err.id() }
    }
}

/// Gives the answer being made the status `error`'s id stands for (a refusal is a 4xx that
/// proxies and clients understand, not server functions' default 500) and the JSON content
/// type. Called while the server-function runtime encodes the error, inside the request.
pub fn respond(error: &ApiError) {
    use axum::http::{header, HeaderValue, StatusCode};
    if let Some(response) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
        let status =
            StatusCode::from_u16(error.error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        response.set_status(status);
        response.insert_header(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals_keep_their_id_and_failures_say_nothing_more() {
        assert_eq!(
            ApiError::from(Error::from(ErrorId::OutOfStock)).error,
            ErrorId::OutOfStock
        );
        assert_eq!(
            ApiError::from(Error::from(sqlx::Error::PoolTimedOut)).error,
            ErrorId::Unavailable
        );
        assert_eq!(
            ApiError::from(Error::from(sqlx::Error::RowNotFound)).error,
            ErrorId::Internal
        );
        assert_eq!(
            ApiError::from(Error::invalid("a date")).error,
            ErrorId::Internal
        );
        assert_eq!(
            ApiError::from(Error::Backend("timed out".into())).error,
            ErrorId::Unavailable
        );
        assert!(Error::from(ErrorId::Conflict).is(ErrorId::Conflict));
        assert!(!Error::from(sqlx::Error::RowNotFound).is(ErrorId::Internal));
    }
}
