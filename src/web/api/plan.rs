//! Changing the plan over HTTP: read it as a draft, check a draft as it is
//! typed, and save a whole plan (TOML or a draft) as one change.
//!
//! Every route here is the chair's. A save goes through the hub like any
//! chair command, so the record refuses what it must (see
//! `domain::plan_change`) and every page picks the new plan up live.

use axum::Json;
use axum::extract::{Query, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE, ETAG, IF_MATCH};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::json;

use super::ApiError;
use crate::domain::plan::Id;
use crate::domain::plan_change::{LockReason, Locked, Part};
use crate::domain::{Command, Plan, Refusal, State as Live};
use crate::hub::Rejection;
use crate::plan::{self, Draft, FieldProblem};
use crate::web::AppState;
use crate::web::access::Chair;

/// What the record refers to, by part: these cannot be removed or re-id'd.
pub(crate) fn locked_ids(state: &Live) -> serde_json::Value {
    let plan = &state.plan;
    let locked = |part, ids: Vec<&Id>| -> Vec<String> {
        ids.into_iter()
            .filter(|id| state.removal_lock(part, id).is_some())
            .map(ToString::to_string)
            .collect()
    };
    let institutions = plan.institutions.iter().map(|i| &i.id).collect();
    let power_holders = plan.power_holders.iter().map(|p| &p.id).collect();
    let asks = plan.asks.iter().map(|a| &a.id).collect();
    let pledges = plan.pledges.iter().map(|p| &p.id).collect();
    let items = plan.items.iter().map(|i| &i.id).collect();
    json!({
        "institutions": locked(Part::Institution, institutions),
        "power_holders": locked(Part::PowerHolder, power_holders),
        "asks": locked(Part::Ask, asks),
        "pledges": locked(Part::Pledge, pledges),
        "items": locked(Part::Item, items),
    })
}

/// `GET /api/plan/draft`: the plan as a draft for `/setup`, the `seq` to
/// send back as `If-Match`, and what the record will not let go.
pub async fn draft(State(app): State<AppState>, _chair: Chair) -> Result<Response, ApiError> {
    let state = app.hub.state();
    let body = json!({
        "seq": state.plan_seq,
        "draft": Draft::from_plan(&state.plan),
        "locked": locked_ids(&state),
    });
    let etag = format!("\"{}\"", state.plan_seq);
    drop(state);
    let mut response = Json(body).into_response();
    let headers = response.headers_mut();
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Ok(value) = HeaderValue::from_str(&etag) {
        headers.insert(ETAG, value);
    }
    Ok(response)
}

/// Where in a draft a lock belongs, for a form to show it beside.
fn lock_field(plan: &Plan, lock: &Locked) -> String {
    let index = |ids: Vec<&str>| ids.iter().position(|id| *id == lock.id);
    let (section, at) = match lock.part {
        Part::Assembly => return "assembly".into(),
        Part::Institution => (
            "institutions",
            index(plan.institutions.iter().map(|i| i.id.as_str()).collect()),
        ),
        Part::PowerHolder => (
            "power_holders",
            index(plan.power_holders.iter().map(|p| p.id.as_str()).collect()),
        ),
        Part::Ask => (
            "asks",
            index(plan.asks.iter().map(|a| a.id.as_str()).collect()),
        ),
        Part::Pledge => (
            "pledges",
            index(plan.pledges.iter().map(|p| p.id.as_str()).collect()),
        ),
        Part::Item => (
            "items",
            index(plan.items.iter().map(|i| i.id.as_str()).collect()),
        ),
    };
    let field = match lock.reason {
        LockReason::RunKind => ".kind",
        LockReason::RunLink => "",
        LockReason::HolderAnswered => ".to",
        _ => "",
    };
    match at {
        Some(n) => format!("{section}.{n}{field}"),
        // Removed from the new plan: the section is where it was.
        None => section.into(),
    }
}

fn refused(plan: &Plan, locked: &[Locked]) -> Vec<serde_json::Value> {
    locked
        .iter()
        .map(|l| {
            json!({
                "field": lock_field(plan, l),
                "part": l.part,
                "id": l.id,
                "message": l.to_string(),
            })
        })
        .collect()
}

/// `POST /api/plan/check`: a draft checked as the plan file is, what the
/// record would refuse, and what a save would change. Nothing is saved.
pub async fn check(
    State(app): State<AppState>,
    _chair: Chair,
    Json(draft): Json<Draft>,
) -> Result<Response, ApiError> {
    let mut checked = draft.check();
    for p in checked
        .problems
        .iter_mut()
        .chain(checked.warnings.iter_mut())
    {
        in_words(p);
    }
    let (refused, changes) = match &checked.plan {
        Some(plan) => {
            let state = app.hub.state();
            let locked = state.plan_locks(plan);
            let changes: Vec<String> = crate::domain::plan_change::diff(&state.plan, plan)
                .iter()
                .map(ToString::to_string)
                .collect();
            (refused(plan, &locked), changes)
        }
        None => (Vec::new(), Vec::new()),
    };
    let body = json!({
        "toml": checked.toml,
        "problems": checked.problems,
        "warnings": checked.warnings,
        "refused": refused,
        "changes": changes,
    });
    Ok(Json(body).into_response())
}

#[derive(Debug, Deserialize)]
pub struct SaveQuery {
    expect: Option<u64>,
}

/// The `seq` an editor started from: `If-Match: "12"` (or `12`), or `?expect=12`.
fn expected(headers: &HeaderMap, query: &SaveQuery) -> Result<Option<u64>, ApiError> {
    let Some(value) = headers.get(IF_MATCH) else {
        return Ok(query.expect);
    };
    let text = value.to_str().unwrap_or("").trim();
    let text = text.strip_prefix("W/").unwrap_or(text).trim_matches('"');
    text.parse().map(Some).map_err(|_| {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            format!(
                "If-Match must be the plan's seq, as GET /api/plan/draft gives it (its ETag), not {text:?}"
            ),
        )
    })
}

/// A draft's problem as /setup shows it, beside a labelled field: in the
/// form's words, not the plan file's.
fn in_words(p: &mut FieldProblem) {
    let (message, help) = plan::plain(&p.message, p.help.as_deref());
    p.message = message;
    p.help = help;
}

fn problems_error(problems: Vec<FieldProblem>) -> ApiError {
    let count = problems.len();
    let mut error = ApiError::new(
        StatusCode::BAD_REQUEST,
        format!(
            "the plan has {count} {}; nothing was changed",
            crate::web::pages::plural(count as u64, "problem", "problems")
        ),
    );
    let mut extra = serde_json::Map::new();
    extra.insert(
        "problems".into(),
        serde_json::to_value(problems).expect("problems serialize"),
    );
    error.extra = Some(extra);
    error
}

/// The plan in a save's body: TOML, or a draft as JSON.
fn plan_of(headers: &HeaderMap, body: &str) -> Result<Plan, ApiError> {
    let json = headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if json {
        let draft: Draft = serde_json::from_str(body).map_err(|e| {
            ApiError::new(
                StatusCode::BAD_REQUEST,
                format!("the body is not a plan draft as JSON: {e}"),
            )
        })?;
        let mut checked = draft.check();
        checked.problems.iter_mut().for_each(in_words);
        return checked.plan.ok_or_else(|| problems_error(checked.problems));
    }
    plan::parse(body).map_err(|err| {
        problems_error(
            err.diagnostics
                .into_iter()
                .map(|d| FieldProblem {
                    field: String::new(),
                    line: d.line,
                    column: d.column,
                    message: d.message,
                    help: d.help,
                })
                .collect(),
        )
    })
}

/// `PUT /api/plan`: save a whole plan as one change.
pub async fn save(
    State(app): State<AppState>,
    _chair: Chair,
    Query(query): Query<SaveQuery>,
    headers: HeaderMap,
    body: String,
) -> Result<Response, ApiError> {
    let expect = expected(&headers, &query)?;
    let plan = plan_of(&headers, &body)?;
    // Refusals are pinned to fields of the plan as sent.
    let sent = plan.clone();
    let outcome = app
        .hub
        .submit(Command::ChangePlan(Box::new(plan)), expect, None)
        .await
        .map_err(|rejection| match rejection {
            Rejection::Refused(Refusal::Locked(locked)) => {
                let reasons = refused(&sent, &locked);
                let mut error = ApiError::from(Rejection::Refused(Refusal::Locked(locked)));
                error.extra = Some(serde_json::Map::from_iter([(
                    "refused".to_owned(),
                    reasons.into(),
                )]));
                error
            }
            other => ApiError::from(other),
        })?;
    // What the change applied changed, as the record keeps it.
    let (plan_seq, changes) = {
        let state = app.hub.state();
        // Only while this change is the latest: one saved since tells its own.
        let changes: Vec<String> = if outcome.applied && state.plan_seq == outcome.seq {
            (state.plan_history.last_changes(&state.plan).iter())
                .map(ToString::to_string)
                .collect()
        } else {
            Vec::new()
        };
        (state.plan_seq, changes)
    };
    let body = json!({
        "ok": true,
        "seq": outcome.seq,
        "plan_seq": plan_seq,
        "applied": outcome.applied,
        "changes": changes,
    });
    let mut response = Json(body).into_response();
    if let Ok(value) = HeaderValue::from_str(&format!("\"{plan_seq}\"")) {
        response.headers_mut().insert(ETAG, value);
    }
    Ok(response)
}

/// `GET /export/plan.toml`: the plan as it is now, as a plan file (with
/// the chair's notes, so the chair's only).
pub async fn toml(State(app): State<AppState>, _chair: Chair) -> Result<Response, ApiError> {
    let plan = app.hub.plan();
    let text = format!(
        "# {}\n# The plan as it is now, written by assembly. Check it with `assembly check`.\n\n{}",
        plan.assembly.title.replace('\n', " "),
        plan::to_toml(&plan)
    );
    Ok(super::download(
        "application/toml; charset=utf-8",
        "plan.toml",
        text.into_bytes(),
    ))
}
