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
use crate::domain::command::{NOTE_MAX, OWNER_MAX};
use crate::domain::{ChairCommand, Command, FollowUpStatus, State as Live};
use crate::hub::now_ms;
use crate::i18n::english;
use crate::plan::Zone;
use crate::record::{self, Commitment, SCORECARD};
use crate::report::{long_day, status_class};
use crate::view::Role;
use crate::web::AppState;
use crate::web::api::ApiError;
use crate::web::auth::random_hex;

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

/// Partial: the owner and overdue filters, a plain GET form that keeps the
/// status picked above.
fn filter_form(shown: &Shown<'_>, owners: &[(&str, &str)]) -> Markup {
    html! {
        form .filter-form #filter-form method="get" action="/follow-up" aria-label="Filter commitments" {
            @if let Some(status) = shown.filter {
                input type="hidden" name="status" value=(status.as_str());
            }
            div .filter-owner {
                label for="filter-owner" { "Owner" }
                select #filter-owner name="owner" {
                    option value="" selected[shown.owner.is_none()] { "Anyone" }
                    @for (owner, name) in owners {
                        option value=(owner) selected[shown.owner == Some(*owner)] { (name) }
                    }
                    // An owner in the address no commitment has now.
                    @if let Some(owner) = shown.owner.filter(|o| !owners.iter().any(|(x, _)| x == o)) {
                        option value=(owner) selected { (owner) }
                    }
                }
            }
            label .filter-overdue {
                input type="checkbox" name="overdue" value="1" checked[shown.overdue];
                " Overdue only"
            }
            button type="submit" { "Show" }
        }
    }
}

/// Partial: one commitment, where it stands and its forms.
fn commitment(c: &Commitment<'_>, shown: &Shown<'_>, today: jiff::civil::Date) -> Markup {
    let anchor = c.anchor();
    let failed_here = shown
        .failed
        .as_ref()
        .filter(|f| c.ask.id == f.form.ask.trim() && c.holder.id == f.form.holder.trim());
    let failed = failed_here.filter(|f| !f.chase());
    let failed_chase = failed_here.filter(|f| f.chase());
    let status = c.status();
    // The next step most likely keeps the status it has, or starts it.
    let picked = match failed {
        Some(f) => status_code(f.form.status.trim()),
        None if status == FollowUpStatus::NotStarted => Some(FollowUpStatus::InProgress),
        None => Some(status),
    };
    let day = failed.map_or(today.to_string(), |f| f.form.at.trim().to_owned());
    let tomorrow = today.tomorrow().unwrap_or(today);
    let field = |name: &str| format!("{anchor}.{name}");
    let overdue = c.overdue(today);
    let owner_typed = failed_chase.map_or(c.owner.unwrap_or(""), |f| f.form.owner.as_str());
    let due_typed = failed_chase.map_or(c.due.unwrap_or(""), |f| f.form.due.trim());
    html! {
        article .commitment .overdue[overdue] id=(anchor) data-status=(status.as_str()) aria-labelledby=(field("name")) {
            div .now {
                h3 id=(field("name")) { (c.holder.name) }
                p .role { (c.holder.role) }
                dl .facts {
                    dt { "Answer on the night" }
                    dd { @match c.answer {
                        Some(r) => span class={ "answer answer-" (r.answer.as_str()) } { (english().family("answer-", r.answer.as_str()).to_uppercase()) },
                        None => span .muted { "No answer recorded" },
                    } }
                    dt { "Owner" }
                    dd .owner { @match c.owner_name {
                        Some(name) => bdi { (name) },
                        None => span .muted { "Nobody named yet" },
                    } }
                    dt { "Due" }
                    dd .due {
                        @match c.due {
                            Some(due) => (long_day(due)),
                            None => span .muted { "No due date" },
                        }
                        @if overdue { " " strong .badge-overdue { "Overdue" } }
                    }
                    dt { "Now" }
                    dd .latest {
                        span class={ "status " (status_class(status)) } { (english().family("followup-", status.as_str())) }
                        @match c.latest() {
                            Some(step) => { " since " (long_day(&step.on)) }
                            None => { ": no step recorded yet" }
                        }
                    }
                }
                @if shown.saved == Some(anchor.as_str()) {
                    p .saved role="status" tabindex="-1" {
                        "Recorded. "
                        @if let Some(step) = c.latest() {
                            "Now: " (english().family("followup-", step.status.as_str())) " since " (long_day(&step.on)) "."
                        }
                    }
                }
                @if shown.chased == Some(anchor.as_str()) {
                    p .saved role="status" tabindex="-1" { "Owner and due date saved." }
                }
                @if !c.steps.is_empty() {
                    ol .history reversed aria-label={ "Steps with " (c.holder.name) } {
                        @for step in c.steps.iter().rev() {
                            li {
                                span .when { (long_day(&step.on)) }
                                " "
                                span class={ "status " (status_class(step.status)) } { (english().family("followup-", step.status.as_str())) }
                                @if let Some(public) = step.public_note { p .public-note { span .tag { "Public: " } (public) } }
                                @if let Some(note) = step.note { p .note { span .tag { "Private: " } (note) } }
                            }
                        }
                    }
                }
            }
            div .forms {
                details .record open[failed.is_some()] {
                    summary { "Record a step" }
                    // Back at this commitment when the answer is the page again.
                    form .step method="post" action={ "/follow-up#" (anchor) } {
                        // First in the form, so a refusal is seen where the
                        // form opens.
                        p .form-error role="alert" {
                            @if let Some(f) = failed { "Not recorded: " (sentence(&f.message)) }
                        }
                        input type="hidden" name="ask" value=(c.ask.id);
                        input type="hidden" name="holder" value=(c.holder.id);
                        input type="hidden" name="token" value=(random_hex(16));
                        fieldset .statuses {
                            legend { "Where it stands" }
                            @for s in SCORECARD {
                                label class=(status_class(s)) {
                                    input type="radio" name="status" value=(s.as_str()) checked[picked == Some(s)] required;
                                    " " (english().family("followup-", s.as_str()))
                                }
                            }
                        }
                        label .field for=(field("at")) { "The day it happened" }
                        input id=(field("at")) type="date" name="at" value=(day) min="2000-01-01" max=(tomorrow.to_string());
                        label .field for=(field("public_note")) { "Public note (published on the public record; optional, up to " (NOTE_MAX) " characters)" }
                        textarea id=(field("public_note")) name="public_note" rows="3" maxlength=(NOTE_MAX) {
                            (failed.map_or("", |f| f.form.public_note.as_str()))
                        }
                        label .field for=(field("note")) { "Private note (for organisers only, never published; optional, up to " (NOTE_MAX) " characters)" }
                        textarea id=(field("note")) name="note" rows="3" maxlength=(NOTE_MAX) {
                            (failed.map_or("", |f| f.form.note.as_str()))
                        }
                        // Without the script's "Save anyway?": a box to say so.
                        @if failed.is_some_and(|f| f.early) {
                            label .confirm-early-box {
                                input type="checkbox" name="confirm" value="yes";
                                " Yes, this step was taken before the assembly: record it with this day"
                            }
                        }
                        button .primary type="submit" { "Record this step" }
                    }
                }
                details .chase open[failed_chase.is_some()] {
                    summary { "Set owner and due date" }
                    form .chase method="post" action={ "/follow-up#" (anchor) } {
                        p .form-error role="alert" {
                            @if let Some(f) = failed_chase { "Not saved: " (sentence(&f.message)) }
                        }
                        input type="hidden" name="form" value="commitment";
                        input type="hidden" name="ask" value=(c.ask.id);
                        input type="hidden" name="holder" value=(c.holder.id);
                        input type="hidden" name="token" value=(random_hex(16));
                        label .field for=(field("owner")) { "Who chases it (a name, or an institution; up to " (OWNER_MAX) " characters; published)" }
                        input id=(field("owner")) type="text" name="owner" value=(owner_typed) maxlength=(OWNER_MAX) list="institutions" autocomplete="off";
                        label .field for=(field("due")) { "Due date (published; leave empty for none)" }
                        input id=(field("due")) type="date" name="due" value=(due_typed) min="2000-01-01";
                        button .primary type="submit" { "Save owner and due date" }
                    }
                }
            }
        }
    }
}
