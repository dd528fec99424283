//! `/screen`: the projector, 16:9, legible from the back of the hall. The
//! server sends a shell (header, main, a corner for checking in and the
//! clock, the message at the foot) with the QR code and the role's first
//! frame in it; `screen.js` alone draws what the assembly is doing (every
//! title, count and word that changes), from that frame at once and then
//! from the socket, and fits it to whatever screen it is on.
//!
//! The projector and the stage speak the plan's screen languages, one or
//! two ([`screen_languages`]): with two, every word shows in both, the
//! second language's line after the first, smaller, in its own `lang` and
//! `dir` (an English page holds Arabic lines right to left, and the other
//! way round).

use axum::extract::State;
use maud::{Markup, Render, html};

use super::{first_frame, join_url, layout_in, qr_svg};
use crate::domain::Plan;
use crate::i18n::{self, Lang};
use crate::view::Role;
use crate::web::AppState;

/// The languages the projector and stage show: the plan's screen
/// languages that are shipped, at most two, English when none is.
pub(super) fn screen_languages(plan: &Plan) -> Vec<Lang> {
    let mut langs: Vec<Lang> = Vec::new();
    for lang in plan.screen_languages().into_iter().filter_map(i18n::find) {
        if !langs.contains(&lang) && langs.len() < 2 {
            langs.push(lang);
        }
    }
    if langs.is_empty() {
        langs.push(i18n::english());
    }
    langs
}

/// Partial: a text in each of the page's languages, as `screen.js` and
/// `stage.js` keep it: the bare text with one language; with two, a span
/// per language, the second in its own `lang` and `dir`, left out when it
/// would only repeat the first.
pub(super) fn both<T: Render>(langs: &[Lang], text: impl Fn(Lang) -> T) -> Markup {
    let render = |l: Lang| html! { (text(l)) };
    let first = langs.first().map(|l| render(*l)).unwrap_or_default();
    let Some(second) = langs.get(1) else {
        return first;
    };
    let other = render(*second);
    let repeats = other.0 == first.0 || other.0.is_empty();
    html! {
        span .l1 { (first) }
        span .l2 lang=(second.code()) dir=(second.dir()) hidden[repeats] { (other) }
    }
}

/// `GET /screen`: the shell the script draws into. Nothing here changes
/// with the state (the QR code, the address, the static hint): what the
/// projector shows of the assembly is drawn by `screen.js` alone, from the
/// first frame inlined in the page and then from the socket.
pub async fn screen(State(app): State<AppState>) -> Markup {
    let plan = app.hub.plan();
    let langs = screen_languages(&plan);
    let lang = langs[0];
    let url = join_url(&app);
    let short = url
        .trim_start_matches("http://")
        .trim_start_matches("https://")
        .to_owned();
    let title = lang.plan_text(&plan, "assembly.title", &plan.assembly.title);
    layout_in(
        &langs,
        &lang.t_with("screen-page-title", &[("title", title.into())]),
        Some(Role::Screen),
        app.hub.latest().seq,
        &["screen.css", "live.js", "screen.js"],
        html! {
            (first_frame(&app, Role::Screen))
            noscript { p .needs-script { (lang.t("page-noscript")) } }
            header {
                h1 #assembly-title dir="auto" { }
            }
            main #stage .stagearea {
                p .kind #current-kind { }
                h2 .title #current-title dir="auto" { }
                p .lead #current-lead dir="auto" { }
                div #board { }
            }
            aside #corner aria-label=(lang.t("screen-check-in")) {
                // Moved into the board, large, while people check in.
                div #join {
                    p .hint #join-hint { (both(&langs, |l| l.t("screen-scan"))) }
                    div .qr #qr { (qr_svg(&url)) }
                    // A line may break before the path, not inside the host.
                    p .address #join-address {
                        @match short.split_once('/') {
                            Some((host, path)) => { (host) wbr; "/" (path) }
                            None => { (short) }
                        }
                    }
                    p .turnoutbox #turnout-box {
                        span .n #turnout-phones { }
                        " "
                        span #turnout-label { }
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
