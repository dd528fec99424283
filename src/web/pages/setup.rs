//! `/setup`: the organiser edits the whole plan in the browser. The page
//! is the current plan as a form, whole on first paint; `setup.js` checks
//! it as it is typed (`POST /api/plan/check`) and saves it as one plan
//! change (`PUT /api/plan`).

mod rows;

use std::collections::{BTreeSet, HashMap};

use axum::extract::State;
use axum::http::HeaderValue;
use axum::http::header::CACHE_CONTROL;
use axum::response::{IntoResponse, Response};
use maud::{Markup, html};
use serde::{Deserialize, Serialize};

use super::chair::ChairPage;
use super::layout;
use crate::plan::{Draft, DraftAsk, DraftHolder, DraftInstitution, DraftItem, DraftPledge};
use crate::web::AppState;
use crate::web::plan_api::locked_ids;
use rows::{At, Links};

/// Rows beyond which a list is drawn only as it is scrolled to (`.many`).
const MANY: usize = 60;

/// Why Remove is off, per section: what in the record refers to the entry.
const INSTITUTION_KEPT: &str = "Phones checked in or a count announced: it stays, with its id";
const HOLDER_KEPT: &str = "Answered on stage: they stay, with their id";
const ASK_KEPT: &str = "Answered on stage: it stays, with its id";
const PLEDGE_KEPT: &str = "The audience answered it: it stays, with its id";
const ITEM_KEPT: &str = "Run already: it stays, in its place";

/// Ids the record refers to, by section, as `GET /api/plan/draft` gives them.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
struct Locked {
    institutions: BTreeSet<String>,
    power_holders: BTreeSet<String>,
    asks: BTreeSet<String>,
    pledges: BTreeSet<String>,
    items: BTreeSet<String>,
}

/// `GET /setup` (chair only): the key from the chair's link works here too,
/// and anyone without it gets what `/chair` gives them.
pub async fn setup(State(app): State<AppState>, _chair: ChairPage) -> Response {
    let (draft, locked, seq, home) = {
        let state = app.hub.state();
        let locked = serde_json::from_value(locked_ids(&state)).unwrap_or_default();
        (
            Draft::from_plan(&state.plan),
            locked,
            state.plan_seq,
            home_people(&state),
        )
    };
    (
        [(CACHE_CONTROL, HeaderValue::from_static("no-store"))],
        page(&draft, &locked, seq, &home),
    )
        .into_response()
}

/// The home's institutions and power-holders this plan does not have yet,
/// offered by name when one is added (see `Recall`).
fn home_people(state: &crate::domain::State) -> Markup {
    let plan = &state.plan;
    let recall = &state.recall;
    let institutions: Vec<_> = (recall.institutions.iter())
        .filter(|i| !plan.institutions.iter().any(|p| p.id == i.id))
        .collect();
    let holders: Vec<_> = (recall.power_holders.iter())
        .filter(|h| !plan.power_holders.iter().any(|p| p.id == h.id))
        .collect();
    html! {
        @if !institutions.is_empty() || !holders.is_empty() {
            p .hint #home-hint {
                "Adding an institution or a power-holder, type its name: those of this \
                 alliance's earlier assemblies are offered, and choosing one keeps its id, \
                 so it is the same one across assemblies."
            }
        }
        @if !institutions.is_empty() {
            datalist #home-institutions {
                @for i in &institutions {
                    option value=(i.name) data-id=(i.id) data-promised=(i.promised) {}
                }
            }
        }
        @if !holders.is_empty() {
            datalist #home-power_holders {
                @for h in &holders {
                    option value=(h.name) data-id=(h.id) data-role=(h.role) { (h.role) }
                }
            }
        }
    }
}

/// The languages a plan's texts are translated into: all but its first.
fn translated_into(draft: &Draft) -> Vec<String> {
    let mut codes: Vec<String> = Vec::new();
    for code in draft
        .assembly
        .languages
        .split([',', ' ', ';'])
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .skip(1)
    {
        // Only what looks like a code gets boxes, as `setup-rows.js` asks.
        let shaped = (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase());
        if shaped && !codes.iter().any(|c| c == code) {
            codes.push(code.to_owned());
        }
    }
    codes
}

fn page(draft: &Draft, locked: &Locked, seq: u64, home: &Markup) -> Markup {
    let locked_json = serde_json::to_string(locked).unwrap_or_default();
    // What the script labels a translation's input with.
    let names: HashMap<&str, &str> = crate::i18n::all().map(|l| (l.code(), l.name())).collect();
    let names = serde_json::to_string(&names).unwrap_or_default();
    let languages = translated_into(draft);
    let title = &draft.assembly.title;
    layout(
        &format!("Set up: {title}"),
        None,
        seq,
        &["setup.css", "setup-rows.js", "setup.js"],
        html! {
            header .bar {
                h1 { "Set up " span .title { (title) } }
                nav aria-label="Other pages" {
                    a href="/chair" { "Chair" }
                    a href="/report" { "Record" }
                }
            }
            div .toolbar {
                button #save .primary type="button" { "Save" }
                p #dirty .dirty { "No unsaved changes" }
                a .button href="/export/plan.toml" download="plan.toml" { "Download TOML" }
                div .upload {
                    label for="upload" { "Upload TOML" }
                    input #upload type="file" accept=".toml,text/plain,application/toml";
                }
            }
            p #announce .visually-hidden role="status" aria-live="polite" {}
            main #setup data-seq=(seq) data-locked=(locked_json) data-names=(names) {
                noscript {
                    p .result {
                        "This page needs JavaScript to check and save the plan. Without it, "
                        "download the plan file, edit it, check it with " code { "assembly check" }
                        ", and serve it again."
                    }
                }
                div #result .result tabindex="-1" hidden {}
                section #summary .summary aria-labelledby="summary-heading" hidden {
                    h2 #summary-heading tabindex="-1" {}
                    ul #problems {}
                    h3 #warnings-heading hidden { "Warnings" }
                    ul #warnings {}
                }
                nav .jump aria-label="Sections" {
                    a href="#assembly" { "Assembly" }
                    a href="#institutions-heading" { "Institutions" }
                    a href="#power_holders-heading" { "Power-holders" }
                    a href="#asks-heading" { "Asks" }
                    a href="#pledges-heading" { "Pledges" }
                    a href="#items-heading" { "Running order" }
                }
                (home)
                form #plan novalidate {
                    (assembly(draft, &languages))
                    (sections(draft, locked, &languages))
                }
                // A long plan is saved from where it was finished, too.
                div .toolbar.bottom {
                    button #save-bottom .primary type="button" { "Save" }
                    p .hint { "Ctrl+S (⌘S on a Mac) saves from anywhere on the page." }
                }
                (templates(&languages))
            }
        },
    )
}

fn assembly(draft: &Draft, languages: &[String]) -> Markup {
    let a = &draft.assembly;
    let translations = |f: &str, label: &str| {
        html! {
            @for code in rows::codes_for(languages, f, &a.translations) {
                @let key = format!("{f}_{code}");
                @let value = a.translations.get(&key).map_or("", String::as_str);
                div .field.tr data-f=(key) data-tr=(code) {
                    label {
                        (label) " (" (rows::language_name(code)) ")"
                        input id={ "assembly." (key) } value=(value) dir="auto" lang=(code);
                    }
                }
            }
        }
    };
    let field = |f: &str, label: &str, value: &str, hint: Option<&str>| {
        let path = format!("assembly.{f}");
        let hint_id = format!("{path}-hint");
        html! {
            div .field data-f=(f) {
                label { (label) input id=(path) value=(value) dir="auto" aria-describedby=[hint.map(|_| &hint_id)]; }
                @if let Some(hint) = hint { p .hint id=(hint_id) { (hint) } }
            }
        }
    };
    html! {
        section #assembly .section aria-labelledby="assembly-heading" {
            h2 #assembly-heading { "The assembly" }
            div .assembly-fields {
                (field("title", "Title", &a.title, None))
                (translations("title", "Title"))
                (field("venue", "Venue", &a.venue, None))
                (translations("venue", "Venue"))
                (field("starts", "Starts", &a.starts,
                    Some("Date and time, e.g. 14/03/2026 18:30 or 2026-03-14 18:30, in the time zone \
                          below; blank for none")))
                (field("timezone", "Time zone", &a.timezone,
                    Some("As the tz database names it, e.g. Europe/London; blank for the server's")))
                (field("languages", "Languages", &a.languages,
                    Some("Codes, commas between, the plain texts' language first, e.g. en, cy, ar; \
                          each other one gets its own box beside every text; blank for English only")))
                (field("screen_languages", "Projector languages", &a.screen_languages,
                    Some("One or two of the languages, e.g. en, cy; blank for the first two")))
            }
        }
    }
}

/// The rows of each section, drawn with the keys the script goes on using.
fn sections(draft: &Draft, locked: &Locked, languages: &[String]) -> Markup {
    let key = |prefix: &str, n: usize| format!("{prefix}{n}");
    let keyed = |prefix: &str, ids: Vec<&str>| -> HashMap<String, String> {
        let mut out = HashMap::new();
        for (n, id) in ids.into_iter().enumerate() {
            out.entry(id.to_owned()).or_insert_with(|| key(prefix, n));
        }
        out
    };
    let holder_keys = keyed(
        "h",
        draft.power_holders.iter().map(|h| h.id.as_str()).collect(),
    );
    let ask_keys = keyed("a", draft.asks.iter().map(|a| a.id.as_str()).collect());
    let pledge_keys = keyed("p", draft.pledges.iter().map(|p| p.id.as_str()).collect());
    let ask_choices: Vec<(String, String)> = draft
        .asks
        .iter()
        .enumerate()
        .map(|(n, a)| (key("a", n), choice(&a.title, &a.id)))
        .collect();
    let pledge_choices: Vec<(String, String)> = draft
        .pledges
        .iter()
        .enumerate()
        .map(|(n, p)| (key("p", n), choice(&p.text, &p.id)))
        .collect();
    let holder_choices: Vec<(String, String)> = draft
        .power_holders
        .iter()
        .enumerate()
        .map(|(n, h)| (key("h", n), choice(&h.name, &h.id)))
        .collect();
    let reference = |keys: &HashMap<String, String>, id: &str| match id.trim() {
        "" => String::new(),
        id => keys.get(id).cloned().unwrap_or_else(|| format!("={id}")),
    };
    let at = |section: &'static str,
              noun: &'static str,
              prefix: &str,
              n: usize,
              kept: Option<&'static str>| At {
        section,
        n,
        noun,
        key: key(prefix, n),
        locked: kept,
        languages,
    };
    let kept =
        |set: &BTreeSet<String>, id: &str, why: &'static str| set.contains(id).then_some(why);
    html! {
        (section(Section { name: "institutions", heading: "Institutions", noun: "Institution", add: "Add institution",
            hint: "Who promised to bring people, and how many.", kept: INSTITUTION_KEPT },
            html! { @for (n, i) in draft.institutions.iter().enumerate() {
                (rows::institution(&at("institutions", "Institution", "i", n, kept(&locked.institutions, &i.id, INSTITUTION_KEPT)), i))
            } }, draft.institutions.len()))
        (section(Section { name: "power_holders", heading: "Power-holders", noun: "Power-holder", add: "Add power-holder",
            hint: "Who is asked to answer yes or no on stage.", kept: HOLDER_KEPT },
            html! { @for (n, h) in draft.power_holders.iter().enumerate() {
                (rows::holder(&at("power_holders", "Power-holder", "h", n, kept(&locked.power_holders, &h.id, HOLDER_KEPT)), h))
            } }, draft.power_holders.len()))
        (section(Section { name: "asks", heading: "Asks", noun: "Ask", add: "Add ask",
            hint: "What each power-holder is asked, and who answers first.", kept: ASK_KEPT },
            html! { @for (n, a) in draft.asks.iter().enumerate() {
                @let at = at("asks", "Ask", "a", n, kept(&locked.asks, &a.id, ASK_KEPT));
                (rows::ask(&at, a, &rows::targets(a, &draft.power_holders, &holder_keys)))
            } }, draft.asks.len()))
        (section(Section { name: "pledges", heading: "Pledges", noun: "Pledge", add: "Add pledge",
            hint: "Yes-or-no questions put to the audience's phones.", kept: PLEDGE_KEPT },
            html! { @for (n, p) in draft.pledges.iter().enumerate() {
                (rows::pledge(&at("pledges", "Pledge", "p", n, kept(&locked.pledges, &p.id, PLEDGE_KEPT)), p))
            } }, draft.pledges.len()))
        (section(Section { name: "items", heading: "Running order", noun: "Item", add: "Add item",
            hint: "The items in the order they run.", kept: ITEM_KEPT },
            html! { @for (n, i) in draft.items.iter().enumerate() {
                @let links = Links {
                    asks: &ask_choices,
                    pledges: &pledge_choices,
                    holders: &holder_choices,
                    ask: reference(&ask_keys, &i.ask),
                    pledge: reference(&pledge_keys, &i.pledge),
                    holder: reference(&holder_keys, &i.holder),
                };
                (rows::item(&at("items", "Item", "t", n, kept(&locked.items, &i.id, ITEM_KEPT)), i, &links))
            } }, draft.items.len()))
    }
}

/// How an ask or pledge is offered in an item's select.
fn choice(text: &str, id: &str) -> String {
    let text = text.trim();
    if text.is_empty() {
        return id.to_owned();
    }
    let short: String = text.chars().take(60).collect();
    if short.len() < text.len() {
        format!("{}…", short.trim_end())
    } else {
        short
    }
}

/// One section of rows. `name` is the draft's name for it, also the list's
/// id; `kept` says why Remove is off on a row the record refers to.
struct Section<'a> {
    name: &'a str,
    heading: &'a str,
    noun: &'a str,
    add: &'a str,
    hint: &'a str,
    kept: &'a str,
}

fn section(s: Section<'_>, rows: Markup, count: usize) -> Markup {
    let Section {
        name,
        heading,
        noun,
        add,
        hint,
        kept,
    } = s;
    html! {
        section .section aria-labelledby={ (name) "-heading" } {
            h2 id={ (name) "-heading" } tabindex="-1" {
                (heading) " " span .count { "(" (count) ")" }
            }
            p .hint { (hint) }
            ol .rows.many[count > MANY] id=(name) data-section=(name) data-noun=(noun) data-kept=(kept) { (rows) }
            button type="button" data-add=(name) { (add) }
        }
    }
}

/// Blank rows for "Add": the same partials, cloned and renumbered.
fn templates(languages: &[String]) -> Markup {
    let at = |section: &'static str, noun: &'static str| At {
        section,
        n: 0,
        noun,
        key: String::new(),
        locked: None,
        languages,
    };
    let links = Links {
        asks: &[],
        pledges: &[],
        holders: &[],
        ask: String::new(),
        pledge: String::new(),
        holder: String::new(),
    };
    let target = rows::Target {
        reference: String::new(),
        name: "",
        chosen: false,
    };
    let blank_item = DraftItem {
        kind: "speech".into(),
        ..DraftItem::default()
    };
    html! {
        template #tpl-institutions { (rows::institution(&at("institutions", "Institution"), &DraftInstitution::default())) }
        template #tpl-power_holders { (rows::holder(&at("power_holders", "Power-holder"), &DraftHolder::default())) }
        template #tpl-asks { (rows::ask(&at("asks", "Ask"), &DraftAsk::default(), &[])) }
        template #tpl-pledges { (rows::pledge(&at("pledges", "Pledge"), &DraftPledge::default())) }
        template #tpl-items { (rows::item(&at("items", "Item"), &blank_item, &links)) }
        template #tpl-target { (rows::target(&at("asks", "Ask"), &target)) }
    }
}
