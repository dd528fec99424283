//! The pages. A page that must work without JavaScript (`/join`, the
//! record, the organiser's forms) is complete HTML from the current state,
//! and its script, if any, keeps it live over the websocket. A live page
//! that needs no such fallback (`/chair`, `/stage`, `/screen`, `/overlay`:
//! devices the organisers run) is drawn once, by its script: the server sends a shell (landmarks,
//! empty containers, labels that never change) and the role's first frame
//! ([`first_frame`]), never a word the script also writes. No inline
//! scripts or styles: configuration travels in `data-` attributes and JSON
//! data blocks, so a strict Content-Security-Policy holds.

mod assets;
mod chair;
mod follow_up;
mod import;
mod join;
mod overlay;
mod screen;
mod setup;
mod stage;

use axum::extract::State;
use axum::http::header::{CACHE_CONTROL, VARY};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use maud::{DOCTYPE, Markup, PreEscaped, html};
use qrcode::QrCode;
use qrcode::render::svg;

use super::AppState;
use crate::domain::{Answer, State as Live};
use crate::i18n::Lang;
use crate::view::Role;

pub mod desk;

pub use assets::{asset, favicon};
pub use chair::chair;
pub use follow_up::{follow_up, record_step};
pub use import::{BODY_LIMIT as IMPORT_LIMIT, api as import_api, page as import_page};
pub use join::{join, join_error, poster};
pub use overlay::overlay;
pub use screen::screen;
pub use setup::setup;
pub use stage::stage;

/// The frame of an organiser's page, in English (see [`layout_in`]).
fn layout(title: &str, role: Option<Role>, seq: u64, assets: &[&str], body: Markup) -> Markup {
    layout_in(&[crate::i18n::english()], title, role, seq, assets, body)
}

/// The frame of every page: its language and direction on `<html>` (the
/// first of `langs`), the role on `<body>` for the scripts and tests, the
/// connection notice, and the page's own assets: each `*.css` in `assets`
/// is linked as a stylesheet after `app.css`, each `*.js` deferred. When
/// the scripts use messages, those of every language in `langs` travel in
/// the page (`#i18n`, read by `i18n.js`), so frames stay free of words.
fn layout_in(
    langs: &[Lang],
    title: &str,
    role: Option<Role>,
    seq: u64,
    assets: &[&str],
    body: Markup,
) -> Markup {
    let lang = langs.first().copied().unwrap_or_else(crate::i18n::english);
    let scripts: Vec<(&str, &str)> = assets
        .iter()
        .filter(|a| a.ends_with(".js"))
        .filter_map(|name| assets::script(name))
        .collect();
    let messages = crate::i18n::Lang::script_messages(langs, &scripts);
    html! {
        (DOCTYPE)
        html lang=(lang.code()) dir=(lang.dir()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) }
                // No favicon request, so no 404 in the console.
                link rel="icon" href="/assets/favicon.svg" type="image/svg+xml";
                link rel="stylesheet" href="/assets/app.css";
                @for sheet in assets.iter().filter(|a| a.ends_with(".css")) {
                    link rel="stylesheet" href={ "/assets/" (sheet) };
                }
                @if let Some(messages) = &messages {
                    // JSON in a non-script type: data, not code, so the
                    // Content-Security-Policy holds; `</` cannot end it.
                    script type="application/json" #i18n { (PreEscaped(messages.replace("</", "<\\/"))) }
                    script src="/assets/i18n.js" defer {}
                }
                @for script in assets.iter().filter(|a| a.ends_with(".js")) {
                    script src={ "/assets/" (script) } defer {}
                }
            }
            body class=[role.map(Role::as_str)]
                data-role=[role.map(Role::as_str)]
                data-seq=(seq)
                data-live="no" {
                @if role.is_some() {
                    p #connection .connection role="status" hidden { }
                }
                (body)
            }
        }
    }
}

/// The first frame of `role`, for a page its script draws: the messages
/// the role's socket sends first (`hello`, then `state`), the very bytes
/// the hub serialised for every socket of the role, in a JSON list in
/// `<script type="application/json" id="first">`. The script draws the
/// whole page from it before the socket opens, so nothing is blank at
/// first paint and nothing moves when the socket's frames arrive. Data,
/// not code, so the Content-Security-Policy holds; every `<` is escaped
/// (`\u003c`, the same character to JSON) so no text in the plan can end
/// the element or open a comment that would swallow the page.
///
/// Between the two, the server's clock now (`{"type":"clock"}`): the frame
/// was made at the last change, maybe minutes ago, and a page that took
/// its `server_time` for now would run the countdown that much behind.
///
/// A phone's page carries the plan as a phone is sent it, in `lang` (see
/// `view::PhonePlanView`): gzipped with the page it costs a sixth of the
/// bytes the socket would send (on the 500-institution plan 6 KB against
/// 45 KB), and the socket then opens with the state alone.
fn first_frame(app: &AppState, role: Role) -> Markup {
    first_frame_in(app, role, None)
}

fn first_frame_in(app: &AppState, role: Role, lang: Option<&str>) -> Markup {
    let published = app.hub.subscribe(role).borrow().clone();
    let frames = format!(
        r#"[{},{{"type":"clock","server_time":{}}},{}]"#,
        published.hello_in(role, lang).as_str(),
        crate::hub::now_ms(),
        published.frame(role).as_str()
    );
    html! {
        script type="application/json" #first { (PreEscaped(frames.replace('<', "\\u003c"))) }
    }
}

/// The join address as an inline SVG QR code.
pub fn qr_svg(url: &str) -> Markup {
    let Ok(code) = QrCode::new(url.as_bytes()) else {
        return html! {};
    };
    let image = code
        .render::<svg::Color<'_>>()
        .quiet_zone(true)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build();
    // Drop the XML prolog so the SVG can sit inside HTML.
    let image = match image.find("<svg") {
        Some(start) => image[start..].to_owned(),
        None => image,
    };
    let labelled = image.replacen(
        "<svg",
        "<svg role=\"img\" aria-label=\"QR code for the check-in page\"",
        1,
    );
    PreEscaped(labelled)
}

/// The address attendees type or scan.
pub fn join_url(app: &AppState) -> String {
    format!("{}/join", app.public_url)
}

/// The current answer of a power-holder to an ask, if given.
pub fn answer_of(state: &Live, ask: &str, holder: &str) -> Option<Answer> {
    state
        .chair
        .responses
        .get(ask)?
        .get(holder)?
        .last()
        .map(|r| r.answer)
}

/// The word for `n` things: `one` for exactly one, else `many`.
pub fn plural(n: u64, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 { one } else { many }
}

/// `GET /report`: the record so far, printable: the full record with the
/// chair key (the chair page's link carries the cookie), the public one
/// without a key; a wrong key is refused (and counted by the key brake). Never cached, so a proxy cannot hand the chair's to anyone.
/// In the language `?lang=` names (any shipped one), else the reader's
/// (`i18n::negotiate`); what it shows depends on the access alone.
pub async fn report(
    State(app): State<AppState>,
    access: super::access::Access,
    headers: HeaderMap,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
) -> Response {
    let access = access.record();
    let lang = crate::report::lang_query(query.as_deref())
        .unwrap_or_else(|| crate::i18n::negotiate(&headers, app.hub.plan().language()));
    // Built off the lock, shared by every reader of this report at this seq.
    let key = format!("/report {access:?} {}", lang.code());
    let page = app
        .hub
        .built(key, move |state, now| {
            let page = crate::report::render(state, now, crate::report::Mode::Live, access, lang);
            axum::body::Bytes::from(page.into_string())
        })
        .await;
    let page = (
        [(
            axum::http::header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        )],
        axum::body::Bytes::clone(&page),
    );
    (
        [
            (CACHE_CONTROL, HeaderValue::from_static("no-store")),
            (
                VARY,
                HeaderValue::from_static("Cookie, Authorization, Accept-Language"),
            ),
        ],
        page,
    )
        .into_response()
}

/// `GET /`: where each page is, in the visitor's language.
/// `GET /` on a relay: the public's way in is the join page.
pub async fn relay_home() -> axum::response::Redirect {
    axum::response::Redirect::to("/join")
}

pub async fn home(State(app): State<AppState>, headers: HeaderMap) -> Markup {
    let plan = app.hub.plan();
    let l = crate::i18n::negotiate(&headers, plan.language());
    let title = l.plan_text(&plan, "assembly.title", &plan.assembly.title);
    let venue = l.plan_text(&plan, "assembly.venue", &plan.assembly.venue);
    layout_in(
        &[l],
        title,
        None,
        0,
        &[],
        html! {
            main .plain {
                h1 dir="auto" { (title) }
                p dir="auto" { (venue) }
                ul {
                    li { a href="/join" { (l.t("home-join")) } " " (l.t("home-join-note")) }
                    li { a href="/screen" { (l.t("home-screen")) } }
                    li { a href="/stage" { (l.t("home-stage")) } }
                    li { a href="/join/poster" { (l.t("home-poster")) } }
                    li { a href="/report" { (l.t("home-report")) } " " (l.t("home-report-note")) }
                    li { a href="/chair" { (l.t("home-chair")) } " " (l.t("home-chair-note")) }
                    li { a href="/setup" { (l.t("home-setup")) } " " (l.t("home-setup-note")) }
                }
            }
        },
    )
}

/// The fallback: no page at this address, in the visitor's language.
pub async fn missing(headers: HeaderMap) -> Response {
    not_found_in(crate::i18n::negotiate(&headers, crate::i18n::FALLBACK))
}

fn not_found_in(l: Lang) -> Response {
    (
        StatusCode::NOT_FOUND,
        layout_in(
            &[l],
            &l.t("notfound-title"),
            None,
            0,
            &[],
            html! {
                main .plain {
                    h1 { (l.t("notfound-title")) }
                    p { (l.t("notfound-text")) " " a href="/" { (l.t("notfound-home")) } }
                }
            },
        ),
    )
        .into_response()
}
