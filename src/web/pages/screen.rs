//! `/screen`: the projector, 16:9, legible from the back of the hall.

use axum::extract::State;
use maud::{Markup, html};

use super::{current_title, join_url, layout, qr_svg};
use crate::view::Role;
use crate::web::AppState;

pub async fn screen(State(app): State<AppState>) -> Markup {
    let state = app.hub.state();
    let url = join_url(&app);
    let short = url
        .trim_start_matches("http://")
        .trim_start_matches("https://")
        .to_owned();
    layout(
        &format!("Screen: {}", state.plan.assembly.title),
        Some(Role::Screen),
        state.seq,
        &["screen.css", "live.js", "screen.js"],
        html! {
            header {
                h1 #assembly-title { (state.plan.assembly.title) }
            }
            main .stagearea aria-live="polite" {
                p .kind #current-kind { }
                h2 .title #current-title { (current_title(&state)) }
                p .lead #current-lead { }
                div #board { }
            }
            aside {
                div .qr #qr {
                    (qr_svg(&url))
                    p { (short) }
                }
                div .turnoutbox #turnout-box {
                    span .n #turnout-phones { (state.audience.total()) }
                    span { "phones checked in" }
                }
            }
            footer {
                span .timer #timer role="timer" { }
                p .message #screen-message role="alert" hidden { }
            }
        },
    )
}
