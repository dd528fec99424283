//! What `/setup` reads: the plan as a draft with what the record holds on
//! to, a draft checked as the organiser types, and a TOML file read into a
//! draft for the form.
//!
//! `GET /api/plan/draft` and `POST /api/plan/check` here are stand-ins
//! until plan changes are events: the plan `seq` is 0 and nothing is
//! refused yet. `POST /api/plan/draft-from-toml` is the form's own.

use std::collections::BTreeSet;

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use serde_json::json;

use super::AppState;
use super::api::{ApiError, chair_only};
use super::client::ClientAddr;
use super::guard;
use crate::domain::State as Live;
use crate::plan::{self, Draft};

/// The largest body these routes read: a draft of the largest plan the
/// project supports, with every text at its longest, fits well inside.
pub const DRAFT_LIMIT: usize = 2 * 1024 * 1024;

/// Ids the record refers to, which a plan change may not remove or re-id.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Locked {
    pub institutions: BTreeSet<String>,
    pub asks: BTreeSet<String>,
    pub pledges: BTreeSet<String>,
    pub power_holders: BTreeSet<String>,
    pub items: BTreeSet<String>,
}

impl Locked {
    pub fn of(state: &Live) -> Locked {
        let plan = &state.plan;
        let chair = &state.chair;
        let mut locked = Locked::default();
        for (n, institution) in plan.institutions.iter().enumerate() {
            let checked_in = state.audience.checked_in.get(n).is_some_and(|&c| c > 0);
            if checked_in || chair.turnout.contains_key(&institution.id) {
                locked.institutions.insert(institution.id.clone());
            }
        }
        for (ask, holders) in &chair.responses {
            locked.asks.insert(ask.clone());
            locked.power_holders.extend(holders.keys().cloned());
        }
        for (n, pledge) in plan.pledges.iter().enumerate() {
            let tally = state.audience.tallies.get(n).copied().unwrap_or_default();
            if tally.yes + tally.no > 0 {
                locked.pledges.insert(pledge.id.clone());
            }
        }
        let run = chair.runs.iter().map(|r| r.item).chain(chair.current);
        for n in run {
            if let Some(item) = plan.items.get(n) {
                locked.items.insert(item.id.clone());
            }
        }
        locked
    }
}

/// The seq of the last plan change.
pub fn plan_seq(_state: &Live) -> u64 {
    0
}

fn guarded(app: &AppState, client: std::net::IpAddr, headers: &HeaderMap) -> Result<(), ApiError> {
    if !guard::same_origin(headers, &app.public_url) {
        return Err(ApiError::cross_site());
    }
    chair_only(app, client, headers, None)
}

/// `GET /api/plan/draft` (chair only).
pub async fn draft(
    State(app): State<AppState>,
    ClientAddr(client): ClientAddr,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    guarded(&app, client, &headers)?;
    let state = app.hub.state();
    let body = json!({
        "seq": plan_seq(&state),
        "draft": Draft::from_plan(&state.plan),
        "locked": Locked::of(&state),
    });
    Ok(Json(body).into_response())
}

/// `POST /api/plan/check` (chair only; body: a draft as JSON).
pub async fn check(
    State(app): State<AppState>,
    ClientAddr(client): ClientAddr,
    headers: HeaderMap,
    body: String,
) -> Result<Response, ApiError> {
    guarded(&app, client, &headers)?;
    let draft: Draft = serde_json::from_str(&body).map_err(|e| {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            format!("the draft is not the JSON /setup sends: {e}"),
        )
    })?;
    let checked = tokio::task::spawn_blocking(move || draft.check())
        .await
        .map_err(|_| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "the check failed"))?;
    Ok(Json(json!({
        "toml": checked.toml,
        "problems": checked.problems,
        "warnings": checked.warnings,
        "refused": [],
        "changes": [],
    }))
    .into_response())
}

/// `POST /api/plan/draft-from-toml` (chair only; body: a plan file): the
/// draft to load into the form, or every problem at its line and column.
pub async fn draft_from_toml(
    State(app): State<AppState>,
    ClientAddr(client): ClientAddr,
    headers: HeaderMap,
    body: String,
) -> Result<Response, ApiError> {
    guarded(&app, client, &headers)?;
    match plan::parse(&body) {
        Ok(plan) => Ok(Json(json!({ "draft": Draft::from_plan(&plan) })).into_response()),
        Err(err) => {
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
            let n = problems.len();
            let error = format!(
                "the file has {n} {} to fix before it can be loaded",
                crate::web::pages::plural(n as u64, "problem", "problems")
            );
            Ok((
                StatusCode::BAD_REQUEST,
                Json(json!({ "error": error, "problems": problems })),
            )
                .into_response())
        }
    }
}
