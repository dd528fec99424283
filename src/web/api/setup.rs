//! What `/setup` needs besides the plan routes: a plan file read into a
//! draft for the form (`POST /api/plan/draft-from-toml`), so an uploaded
//! file is reviewed in the form before anything is saved.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;

use super::ApiError;
use crate::plan::{self, Draft};
use crate::web::access::Chair;

/// `POST /api/plan/draft-from-toml` (chair only; body: a plan file): the
/// draft to load into the form, or every problem at its line and column
/// (the API's error, with `problems`). Nothing is saved.
pub async fn draft_from_toml(_chair: Chair, body: String) -> Result<Response, ApiError> {
    let err = match plan::parse(&body) {
        Ok(plan) => return Ok(Json(json!({ "draft": Draft::from_plan(&plan) })).into_response()),
        Err(err) => err,
    };
    let problems: Vec<_> = err
        .diagnostics
        .iter()
        .map(|d| {
            json!({
                "line": d.line,
                "column": d.column,
                "message": d.message,
                "help": d.help,
            })
        })
        .collect();
    let n = problems.len() as u64;
    let mut error = ApiError::new(
        StatusCode::BAD_REQUEST,
        format!(
            "the file has {n} {} to fix before it can be loaded",
            crate::web::pages::plural(n, "problem", "problems")
        ),
    );
    error.extra = Some(serde_json::Map::from_iter([(
        "problems".to_owned(),
        problems.into(),
    )]));
    Err(error)
}
