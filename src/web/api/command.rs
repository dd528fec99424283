//! `POST /api/command`: one chair command, as the chair's socket sends it,
//! for scripts and the rehearsal.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;

use super::{ApiError, outcome};
use crate::domain::Command;
use crate::protocol;
use crate::web::AppState;
use crate::web::access::Chair;

/// `POST /api/command`: one chair command.
pub async fn command(
    State(app): State<AppState>,
    _chair: Chair,
    body: String,
) -> Result<Json<serde_json::Value>, ApiError> {
    let request =
        protocol::parse_chair(&body).map_err(|e| ApiError::new(StatusCode::BAD_REQUEST, e.0))?;
    let result = app
        .hub
        .submit(Command::Chair(request.command), request.expect, request.id)
        .await?;
    Ok(outcome(result))
}
