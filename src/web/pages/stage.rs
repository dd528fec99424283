//! `/stage`: the speaker's timer at the lectern, in the plan's screen
//! languages (see [`super::screen`]).
//!
//! A column: what is on (header), the countdown filling whatever height is
//! left (main), the chair's message below it, and what comes next (footer).
//! `stage.js` sizes the texts so the column always fits the screen and the
//! digits take all the room that remains.

use axum::extract::State;
use maud::{Markup, html};

use super::screen::{both, screen_languages};
use super::{current_title, layout_in};
use crate::view::Role;
use crate::web::AppState;

pub async fn stage(State(app): State<AppState>) -> Markup {
    let state = app.hub.state();
    let plan = &state.plan;
    let langs = screen_languages(plan);
    let lang = langs[0];
    let title = lang.plan_text(plan, "assembly.title", &plan.assembly.title);
    layout_in(
        &langs,
        &lang.t_with("stage-page-title", &[("title", title.into())]),
        Some(Role::Stage),
        state.seq,
        &["stage.css", "live.js", "stage.js"],
        html! {
            header .stage-head {
                p .kind #current-kind { }
                h1 .title #current-title dir="auto" { (both(&langs, |l| current_title(&state, l))) }
            }
            main .stage-main {
                div .clock #clock {
                    p .countdown #countdown role="timer" aria-live="off" { "–:––" }
                }
                p .status #status aria-live="polite" { }
                p .message #stage-message role="alert" dir="auto" hidden { }
            }
            footer .stage-foot {
                p .next #next {
                    (both(&langs, |l| l.rich("stage-next", &[], &[("title", html! { bdi { "—" } })])))
                }
            }
        },
    )
}
