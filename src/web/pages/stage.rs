//! `/stage`: the speaker's timer at the lectern.
//!
//! A column: what is on (header), the countdown filling whatever height is
//! left (main), the chair's message below it, and what comes next (footer).
//! `stage.js` sizes the texts so the column always fits the screen and the
//! digits take all the room that remains.

use axum::extract::State;
use maud::{Markup, html};

use super::{current_title, layout};
use crate::view::Role;
use crate::web::AppState;

pub async fn stage(State(app): State<AppState>) -> Markup {
    let state = app.hub.state();
    layout(
        &format!("Timer: {}", state.plan.assembly.title),
        Some(Role::Stage),
        state.seq,
        &["stage.css", "live.js", "stage.js"],
        html! {
            header .stage-head {
                p .kind #current-kind { }
                h1 .title #current-title dir="auto" { (current_title(&state, crate::i18n::english())) }
            }
            main .stage-main {
                div .clock #clock {
                    p .countdown #countdown role="timer" aria-live="off" { "–:––" }
                }
                p .status #status aria-live="polite" { }
                p .message #stage-message role="alert" dir="auto" hidden { }
            }
            footer .stage-foot {
                p .next #next { "Next: " span #next-title dir="auto" { "—" } }
            }
        },
    )
}
