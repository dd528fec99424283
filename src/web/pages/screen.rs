//! `/screen`: the projector, 16:9, legible from the back of the hall. The
//! page is a frame (header, main, a corner for checking in and the clock,
//! the message at the foot); `screen.js` builds each item's board and fits
//! it to whatever screen it is on.

use axum::extract::State;
use maud::{Markup, html};

use super::{current_title, join_url, layout, plural, qr_svg};
use crate::view::Role;
use crate::web::AppState;

pub async fn screen(State(app): State<AppState>) -> Markup {
    let state = app.hub.state();
    let url = join_url(&app);
    let short = url
        .trim_start_matches("http://")
        .trim_start_matches("https://")
        .to_owned();
    let phones = state.audience.total();
    layout(
        &format!("Screen: {}", state.plan.assembly.title),
        Some(Role::Screen),
        state.seq,
        &["screen.css", "live.js", "screen.js"],
        html! {
            header {
                h1 #assembly-title dir="auto" { (state.plan.assembly.title) }
            }
            main #stage .stagearea {
                p .kind #current-kind { }
                h2 .title #current-title dir="auto" { (current_title(&state, crate::i18n::english())) }
                p .lead #current-lead dir="auto" { }
                div #board { }
            }
            aside #corner aria-label="Check in" {
                // Moved into the board, large, while people check in.
                div #join {
                    p .hint #join-hint { "Scan to check in" }
                    div .qr #qr { (qr_svg(&url)) }
                    // A line may break before the path, not inside the host.
                    p .address #join-address {
                        @match short.split_once('/') {
                            Some((host, path)) => { (host) wbr; "/" (path) }
                            None => { (short) }
                        }
                    }
                    p .turnoutbox #turnout-box {
                        span .n #turnout-phones { (phones) }
                        " "
                        span #turnout-label {
                            (plural(phones, "phone checked in", "phones checked in"))
                        }
                    }
                }
                span .timer #timer role="timer" hidden { }
            }
            footer {
                p .message #screen-message role="alert" hidden { }
            }
        },
    )
}
