//! `/follow-up`: the chair's chase list, the night itself and months later
//! (serve the same data dir, no plan needed). Every commitment, each ask
//! put to each power-holder, grouped by ask: the answer on the night, where
//! it stands now, who chases it and by when (overdue drawn against today),
//! every step with its day and notes, a form to record the next step and
//! one to set the owner and the due day. Filters by status, owner and
//! overdue are GET parameters, so they work without JavaScript.
//!
//! The forms are plain POSTs to `/follow-up` (the chair cookie, same-origin
//! like every chair change; `form=commitment` says which) that redirect
//! back to the commitment with a confirmation, so they work without
//! JavaScript; `follow_up.js` sends a step over `/api/command` and redraws
//! from this page, live.

use axum::extract::{Form, Query, State};
use axum::http::header::CACHE_CONTROL;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use maud::{Markup, html};
use serde::Deserialize;

use super::chair::ChairPage;
use super::layout;
use crate::domain::{ChairCommand, Command, FollowUpStatus, State as Live};
use crate::hub::now_ms;
use crate::i18n::english;
use crate::plan::Zone;
use crate::record::{self, Commitment, SCORECARD};
use cards::{commitment, filter_form};

mod cards;
use crate::report::{long_day, status_class};
use crate::view::Role;
use crate::web::AppState;
use crate::web::api::ApiError;

#[derive(Debug, Default, Deserialize)]
pub struct FollowUpQuery {
    // `key` is read by `ChairPage`.
    /// Show only the commitments at this status.
    status: Option<String>,
    /// Show only the commitments this owner chases (as set: free text or
    /// an institution id).
    owner: Option<String>,
    /// Any non-empty value: show only the overdue commitments.
    overdue: Option<String>,
    /// The anchor of the commitment a step was just recorded for.
    saved: Option<String>,
    /// The anchor of the commitment whose owner and due day were just set.
    chased: Option<String>,
}

/// The step form, as a browser posts it.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct StepForm {
    /// `commitment` for the owner and due day form; empty for a step.
    form: String,
    ask: String,
    holder: String,
    status: String,
    note: String,
    public_note: String,
    /// Who chases it (the `commitment` form).
    owner: String,
    /// The day it is due, "YYYY-MM-DD"; empty for none (the `commitment` form).
    due: String,
    /// The day it happened, "YYYY-MM-DD"; empty for today.
    at: String,
    /// Set when the chair has said a day before the assembly is meant.
    confirm: String,
    /// Fresh per page, so a form sent twice records one step.
    token: String,
}

/// A step that was not recorded, to show at its form with what was typed.
struct Failed<'a> {
    form: &'a StepForm,
    message: String,
    /// Refused as dated before the assembly: the form offers to confirm.
    early: bool,
}

impl Failed<'_> {
    /// The owner and due day form failed, not a step's.
    fn chase(&self) -> bool {
        self.form.form == "commitment"
    }
}

/// What this view of the page shows besides the commitments.
#[derive(Default)]
struct Shown<'a> {
    filter: Option<FollowUpStatus>,
    owner: Option<&'a str>,
    overdue: bool,
    saved: Option<&'a str>,
    chased: Option<&'a str>,
    failed: Option<Failed<'a>>,
}

impl Shown<'_> {
    /// This view's address with the status filter `status`, the others kept.
    fn with_status(&self, status: Option<FollowUpStatus>) -> String {
        let mut query = Vec::new();
        if let Some(s) = status {
            query.push(format!("status={}", s.as_str()));
        }
        if let Some(owner) = self.owner {
            query.push(format!("owner={}", encode(owner)));
        }
        if self.overdue {
            query.push("overdue=1".to_owned());
        }
        if query.is_empty() {
            "/follow-up".to_owned()
        } else {
            format!("/follow-up?{}", query.join("&"))
        }
    }

    fn filtered(&self) -> bool {
        self.filter.is_some() || self.owner.is_some() || self.overdue
    }
}

/// Text as a query value: everything but unreserved ASCII percent-encoded.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn status_code(text: &str) -> Option<FollowUpStatus> {
    SCORECARD.into_iter().find(|s| s.as_str() == text)
}

/// `GET /follow-up`.
pub async fn follow_up(
    State(app): State<AppState>,
    _chair: ChairPage,
    Query(query): Query<FollowUpQuery>,
) -> Response {
    let shown = Shown {
        filter: query.status.as_deref().and_then(status_code),
        owner: (query.owner.as_deref().map(str::trim)).filter(|o| !o.is_empty()),
        overdue: query.overdue.as_deref().is_some_and(|o| !o.is_empty()),
        saved: query.saved.as_deref(),
        chased: query.chased.as_deref(),
        failed: None,
    };
    let state = app.hub.state();
    answer(StatusCode::OK, page(&state, &shown))
}

/// `POST /follow-up`: record one step (or, with `form=commitment`, set the
/// owner and due day) from the form, then back to the commitment with a
/// confirmation; or the page again, with what went wrong at the form and
/// what was typed still in it.
pub async fn record_step(
    State(app): State<AppState>,
    _chair: ChairPage,
    Form(form): Form<StepForm>,
) -> Response {
    let fail = |status: StatusCode, message: String, early: bool| {
        let shown = Shown {
            failed: Some(Failed {
                form: &form,
                message,
                early,
            }),
            ..Shown::default()
        };
        let state = app.hub.state();
        answer(status, page(&state, &shown))
    };
    let anchor = format!("c.{}.{}", form.ask.trim(), form.holder.trim());
    let token = Some(form.token.clone()).filter(|t| !t.is_empty());
    if form.form == "commitment" {
        let command = ChairCommand::Commitment {
            ask: form.ask.trim().to_owned(),
            holder: form.holder.trim().to_owned(),
            owner: Some(form.owner.clone()).filter(|o| !o.trim().is_empty()),
            due: Some(form.due.trim().to_owned()).filter(|d| !d.is_empty()),
        };
        return match app.hub.submit(Command::Chair(command), None, token).await {
            Ok(_) => Redirect::to(&format!("/follow-up?chased={anchor}#{anchor}")).into_response(),
            Err(rejection) => {
                let error = ApiError::from(rejection);
                fail(error.status, error.message.replace(" (`due`)", ""), false)
            }
        };
    }
    let Some(status) = status_code(form.status.trim()) else {
        return fail(
            StatusCode::BAD_REQUEST,
            "pick where the commitment stands: achieved, in progress, not started or broken".into(),
            false,
        );
    };
    let command = ChairCommand::FollowUp {
        assembly: None,
        ask: form.ask.trim().to_owned(),
        holder: form.holder.trim().to_owned(),
        status,
        note: Some(form.note.clone()).filter(|n| !n.trim().is_empty()),
        public_note: Some(form.public_note.clone()).filter(|n| !n.trim().is_empty()),
        at: Some(form.at.trim().to_owned()).filter(|d| !d.is_empty()),
        confirm: !form.confirm.is_empty(),
    };
    match app.hub.submit(Command::Chair(command), None, token).await {
        Ok(_) => Redirect::to(&format!("/follow-up?saved={anchor}#{anchor}")).into_response(),
        Err(rejection) => {
            let error = ApiError::from(rejection);
            let early = (error.reason.as_deref()).is_some_and(|r| r.code == "step_before_assembly");
            // The form names the field by its label, not the API's name.
            fail(error.status, error.message.replace(" (`at`)", ""), early)
        }
    }
}

/// A message as a sentence: ending in a full stop.
fn sentence(text: &str) -> String {
    if text.ends_with(['.', '!', '?']) {
        text.to_owned()
    } else {
        format!("{text}.")
    }
}

/// The page, never cached: it carries the chair's notes.
fn answer(status: StatusCode, page: Markup) -> Response {
    (
        status,
        [(CACHE_CONTROL, HeaderValue::from_static("no-store"))],
        page,
    )
        .into_response()
}

fn page(state: &Live, shown: &Shown<'_>) -> Markup {
    let plan = &state.plan;
    let zone = Zone::of(&plan.assembly);
    let now = now_ms();
    let today = zone.day(now);
    let commitments = record::commitments(state, &zone);
    let counts = record::counts(&commitments);
    let failed_anchor = shown
        .failed
        .as_ref()
        .map(|f| format!("c.{}.{}", f.form.ask.trim(), f.form.holder.trim()));
    let visible = |c: &&Commitment<'_>| {
        (shown.filter.is_none_or(|f| c.status() == f)
            && shown.owner.is_none_or(|o| c.owner == Some(o))
            && (!shown.overdue || c.overdue(today)))
            || failed_anchor.as_deref() == Some(c.anchor().as_str())
    };
    // Every owner named, once, in the order first met, for the filter.
    let mut owners: Vec<(&str, &str)> = Vec::new();
    for c in &commitments {
        if let (Some(owner), Some(name)) = (c.owner, c.owner_name)
            && !owners.iter().any(|(o, _)| *o == owner)
        {
            owners.push((owner, name));
        }
    }
    layout(
        &format!("Follow-up: {}", plan.assembly.title),
        Some(Role::Chair),
        state.seq,
        &["follow_up.css", "live.js", "follow_up.js"],
        html! {
            header .bar {
                h1 { "Follow-up" span .visually-hidden { ": " } span .title { (plan.assembly.title) } }
                nav aria-label="Other pages" {
                    a href="/chair" { "Chair" }
                    a href="/report" { "Record" }
                }
            }
            main #follow-up .follow-up data-follow-up-seq=(state.follow_up_seq) {
                p .intro {
                    "Every ask put to every power-holder, whatever they answered on the night. "
                    "Record each step as it happens; the " a href="/report#follow-up" { "record" }
                    " publishes where each stands (statuses, days, owners, due dates and public notes; private notes stay with the chair). "
                    "Days are in " (zone.name()) "; today is " (long_day(&today.to_string())) "."
                }
                @if let Some(failed) = &shown.failed {
                    div .problem role="alert" {
                        p { strong { (if failed.chase() { "Not saved: " } else { "Not recorded: " }) } (sentence(&failed.message)) }
                        @if let Some(anchor) = &failed_anchor {
                            p { a href={ "#" (anchor) } { "Back to the form" } }
                        }
                    }
                }
                nav .filters #filters aria-label="Show commitments by status" {
                    a href=(shown.with_status(None)) aria-current=[shown.filter.is_none().then_some("page")] {
                        "All " span .count { (commitments.len()) }
                    }
                    @for (status, n) in counts {
                        a href=(shown.with_status(Some(status)))
                            class=(status_class(status))
                            aria-current=[(shown.filter == Some(status)).then_some("page")] {
                            (english().family("followup-", status.as_str())) " " span .count { (n) }
                        }
                    }
                }
                (filter_form(shown, &owners))
                datalist #institutions {
                    @for i in &plan.institutions { option value=(i.id) { (i.name) } }
                }
                div #commitments {
                    @if plan.asks.is_empty() {
                        p .muted { "This plan puts no asks to anyone, so there is nothing to follow up." }
                    }
                    @for ask in &plan.asks {
                        @let here: Vec<&Commitment<'_>> = commitments.iter().filter(|c| c.ask.id == ask.id).filter(visible).collect();
                        @if !here.is_empty() {
                            section .ask aria-labelledby={ "ask-" (ask.id) } {
                                h2 id={ "ask-" (ask.id) } { (ask.title) }
                                p .asktext { (ask.text) }
                                @for c in here {
                                    (commitment(c, shown, today))
                                }
                            }
                        }
                    }
                    @if shown.filtered() && !commitments.iter().any(|c| visible(&c)) {
                        p .muted {
                            @if shown.owner.is_none() && !shown.overdue { "No commitment stands there now. " }
                            @else { "No commitment matches these filters now. " }
                            a href="/follow-up" { "Show them all" } "."
                        }
                    }
                }
            }
        },
    )
}
