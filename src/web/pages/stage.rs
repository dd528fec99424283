//! `/stage`: the speaker's timer at the lectern.

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
            p .kind #current-kind { }
            h1 .title #current-title { (current_title(&state)) }
            p .countdown #countdown role="timer" aria-live="off" { "–:––" }
            p .status #status aria-live="polite" { }
            p .message #stage-message role="alert" hidden { }
            p .next { "Next: " span #next-title { "—" } }
        },
    )
}
