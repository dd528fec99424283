//! `/stage`: the speaker's timer at the lectern, in the plan's screen
//! languages (see [`super::screen`]).
//!
//! A column: what is on (header), the countdown filling whatever height is
//! left (main), the chair's message below it, and what comes next (footer).
//! The page is a shell with the stage's first frame inlined: `stage.js`
//! draws every text from it (and then from the socket) and sizes the texts
//! so the column always fits the screen and the digits take all the room
//! that remains.

use axum::extract::State;
use maud::{Markup, html};

use super::screen::screen_languages;
use super::{first_frame, layout_in};
use crate::view::Role;
use crate::web::AppState;

pub async fn stage(State(app): State<AppState>) -> Markup {
    let plan = app.hub.plan();
    let langs = screen_languages(&plan);
    let lang = langs[0];
    let title = lang.plan_text(&plan, "assembly.title", &plan.assembly.title);
    layout_in(
        &langs,
        &lang.t_with("stage-page-title", &[("title", title.into())]),
        Some(Role::Stage),
        app.hub.latest().seq,
        &["stage.css", "live.js", "stage.js"],
        html! {
            (first_frame(&app, Role::Stage))
            noscript { p { (lang.t("stage-noscript")) } }
            header .stage-head {
                p .kind #current-kind { }
                h1 .title #current-title dir="auto" { }
            }
            main .stage-main {
                div .clock #clock {
                    p .countdown #countdown role="timer" aria-live="off" { }
                }
                p .status #status aria-live="polite" { }
                p .message #stage-message role="alert" dir="auto" hidden { }
            }
            footer .stage-foot {
                p .next #next { }
            }
        },
    )
}
