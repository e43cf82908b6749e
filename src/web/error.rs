//! The one error type handlers return. Each variant maps to the status a person (and a monitor)
//! should see and a friendly page in the site's layout; details go to the log, never to the
//! browser.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};

use crate::db::DbError;
use crate::storage::StorageError;
use crate::web::views::errors::error_page;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    /// The page needs a signed-in person; carries the path to come back to.
    #[error("sign-in required")]
    SignInRequired(String),
    /// A lead or site admin who has not set up two-step sign-in tried to use that role; carries
    /// the path to come back to.
    #[error("two-step sign-in must be set up first")]
    SecondFactorNeeded(String),
    /// A form came back without the token of the session that showed it.
    #[error("form token missing or wrong")]
    CsrfRejected,
    /// The action does not fit the current state (e.g. deciding a bid twice).
    #[error("conflict: {0}")]
    Conflict(String),
    #[error("bad request: {0}")]
    BadRequest(String),
    #[error("request body too large")]
    PayloadTooLarge,
    #[error("service unavailable: {0}")]
    Unavailable(String),
    #[error("internal error: {0}")]
    Internal(String),
}

impl From<DbError> for AppError {
    fn from(error: DbError) -> Self {
        match error {
            DbError::Unavailable(message) => AppError::Unavailable(message),
            DbError::Query(error) => error.into(),
        }
    }
}

impl From<diesel::result::Error> for AppError {
    fn from(error: diesel::result::Error) -> Self {
        use diesel::result::{DatabaseErrorKind, Error};
        match error {
            Error::NotFound => AppError::NotFound,
            Error::DatabaseError(
                DatabaseErrorKind::ClosedConnection | DatabaseErrorKind::UnableToSendCommand,
                info,
            ) => AppError::Unavailable(info.message().to_string()),
            // SQLite's busy timeout ran out: the database is overloaded, not broken.
            Error::DatabaseError(_, ref info) if info.message().contains("database is locked") => {
                AppError::Unavailable(info.message().to_string())
            }
            other => AppError::Internal(other.to_string()),
        }
    }
}

impl From<StorageError> for AppError {
    fn from(error: StorageError) -> Self {
        match error {
            StorageError::NotFound => AppError::NotFound,
            // The object store is down, hung past its time limit, or refusing: like a database
            // outage, a "try again" page (503), never an error page that looks like a bug.
            StorageError::Backend(message) => AppError::Unavailable(message),
        }
    }
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Forbidden | AppError::CsrfRejected => StatusCode::FORBIDDEN,
            AppError::SignInRequired(_) | AppError::SecondFactorNeeded(_) => StatusCode::SEE_OTHER,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        if let AppError::SignInRequired(next) | AppError::SecondFactorNeeded(next) = self {
            let page = if matches!(self, AppError::SignInRequired(_)) { "/login" } else { "/account/two-factor" };
            let target = crate::web::return_path::with_next(page, next);
            return HttpResponse::SeeOther().insert_header((actix_web::http::header::LOCATION, target)).finish();
        }
        match self {
            AppError::Internal(detail) => tracing::error!(%detail, "internal error"),
            AppError::Unavailable(detail) => tracing::warn!(%detail, "service unavailable"),
            _ => {}
        }
        let message = match self {
            // An error is answered without the request, so in the source language.
            AppError::CsrfRejected => Some(crate::i18n::Tr::source().t("errors-form-expired")),
            AppError::Conflict(message) | AppError::BadRequest(message) => Some(message.clone()),
            _ => None,
        };
        error_page(self.status_code(), message.as_deref())
    }
}
