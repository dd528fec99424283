//! `/overlay`: the livestream's lower third, for a browser source in OBS
//! Studio, vMix or Streamlabs laid over the camera at 1920x1080. The page
//! is transparent; `overlay.js` fills fixed panels (the item and its
//! speaker; the ask and each holder's answer; the turnout against
//! promised; a revealed pledge's tally) from the public screen frame, so
//! the chair's "what the projector shows" toggles apply here too. The
//! server draws only the empty panels: the first frame travels in the page
//! (`first_frame` in `pages`), so the stream shows the item at once.
//!
//! Options in the query, each ignored when it is not understood (a
//! misspelt option never leaves the stream blank): `parts` (a comma list
//! of `item`, `answers`, `turnout`, `pledge`; all of them when none is
//! known), `lang` (any shipped language; else the plan's first screen
//! language) and `scale` (0.5 to 2, for a canvas other than 1080p or a
//! bigger lower third).

use axum::extract::{RawQuery, State};
use maud::{Markup, html};

use super::screen::screen_languages;
use super::{first_frame, layout_in};
use crate::i18n::Lang;
use crate::view::Role;
use crate::web::AppState;

/// What the overlay can show, in the order its panels are drawn.
pub const PARTS: [&str; 4] = ["item", "answers", "turnout", "pledge"];

/// The smallest and largest `scale`: smaller is unreadable on a stream,
/// larger covers the speaker.
const SCALE: (f64, f64) = (0.5, 2.0);

/// The overlay's options, read from the query.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    pub parts: Vec<&'static str>,
    pub lang: Option<Lang>,
    pub scale: f64,
}

impl Options {
    /// Reads `parts`, `lang` and `scale`; anything else, or a value it
    /// does not understand, is left at its default.
    pub fn from_query(query: Option<&str>) -> Options {
        let mut parts: Vec<&'static str> = Vec::new();
        let mut scale = 1.0;
        for (name, value) in query
            .unwrap_or("")
            .split('&')
            .filter_map(|pair| pair.split_once('='))
        {
            match name {
                "parts" => {
                    // `%2C` is how some tools write the comma.
                    for part in value.split(',').flat_map(|p| p.split("%2C")) {
                        let part = part.trim().to_ascii_lowercase();
                        if let Some(known) = PARTS.iter().find(|p| **p == part)
                            && !parts.contains(known)
                        {
                            parts.push(known);
                        }
                    }
                }
                "scale" => {
                    if let Ok(n) = value.parse::<f64>()
                        && n.is_finite()
                    {
                        scale = n.clamp(SCALE.0, SCALE.1);
                    }
                }
                _ => {}
            }
        }
        if parts.is_empty() {
            parts = PARTS.to_vec();
        }
        Options {
            parts,
            lang: crate::report::lang_query(query),
            scale,
        }
    }
}

pub async fn overlay(State(app): State<AppState>, RawQuery(query): RawQuery) -> Markup {
    let options = Options::from_query(query.as_deref());
    let plan = app.hub.plan();
    let lang = options.lang.unwrap_or_else(|| screen_languages(&plan)[0]);
    let title = lang.plan_text(&plan, "assembly.title", &plan.assembly.title);
    let shows = |part: &str| options.parts.contains(&part);
    layout_in(
        &[lang],
        &lang.t_with("overlay-page-title", &[("title", title.into())]),
        // No role: a stream shows no connection notice; the script opens
        // the public screen socket itself and keeps the last state shown.
        None,
        app.hub.latest().seq,
        &["overlay.css", "live.js", "overlay.js"],
        html! {
            // The projector's frame: the overlay shows what it shows.
            (first_frame(&app, Role::Screen))
            noscript { p .needs-script { (lang.t("page-noscript")) } }
            div .overlay #overlay data-parts=(options.parts.join(" ")) data-scale=(format!("{:.2}", options.scale)) {
                @if shows("turnout") {
                    section .panel.turnout #ov-turnout aria-live="polite" {
                        p .figure #ov-turnout-text { }
                    }
                }
                @if shows("item") {
                    section .panel.lower #ov-item aria-live="polite" {
                        p .kind #ov-kind { }
                        h1 .title #ov-title dir="auto" { }
                        p .lead #ov-lead dir="auto" { }
                    }
                }
                @if shows("answers") {
                    section .panel.answers #ov-answers aria-live="polite" {
                        h2 .ask #ov-ask dir="auto" { }
                        ul .holders #ov-holders role="list" { }
                    }
                }
                @if shows("pledge") {
                    section .panel.pledge #ov-pledge aria-live="polite" {
                        p .text #ov-pledge-text dir="auto" { }
                        p .tally #ov-tally { }
                    }
                }
            }
        },
    )
}

#[cfg(test)]
mod tests {
    use super::{Options, PARTS};

    #[test]
    fn options_are_read_and_anything_unknown_is_ignored() {
        let all = Options::from_query(None);
        assert_eq!(all.parts, PARTS.to_vec());
        assert_eq!(all.scale, 1.0);
        assert!(all.lang.is_none());

        let some = Options::from_query(Some("parts=answers,Turnout,bogus&lang=cy&scale=1.2"));
        assert_eq!(some.parts, vec!["answers", "turnout"]);
        assert_eq!(some.lang.map(|l| l.code()), Some("cy"));
        assert_eq!(some.scale, 1.2);

        // Nothing known: everything, never a blank page.
        let none = Options::from_query(Some("parts=nothing,,&scale=huge&lang=xx&x=1"));
        assert_eq!(none.parts, PARTS.to_vec());
        assert_eq!(none.scale, 1.0);
        assert!(none.lang.is_none());

        assert_eq!(Options::from_query(Some("scale=40")).scale, 2.0);
        assert_eq!(Options::from_query(Some("scale=-3")).scale, 0.5);
        assert_eq!(Options::from_query(Some("scale=NaN")).scale, 1.0);
        assert_eq!(
            Options::from_query(Some("parts=pledge%2Citem")).parts,
            vec!["pledge", "item"]
        );
    }
}
