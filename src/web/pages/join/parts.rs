//! The parts of `/join`: the language switcher, the check-in form, the
//! roll call, the pledge results, and every word and figure the live page
//! switches between. These are the phone's only templates: the page
//! without JavaScript is drawn from them, and `join.js` only fills what
//! they drew (see [`words`] and [`figure`]).

use maud::{Markup, html};

use crate::domain::plan::TextKey;
use crate::domain::{Answer, ItemKind, Phase, State as Live};
use crate::i18n::Lang;

/// `n` written in the language's digits and grouping, as `I18n.num`
/// writes it, so a page drawn without JavaScript reads the same.
pub fn count(l: Lang, n: u64) -> String {
    l.number(i64::try_from(n).unwrap_or(i64::MAX))
}

/// A figure in a sentence: `n` in the language's digits, in the element
/// the sentence places it in. `slot` is the message's name for it
/// (`count`, `promised`): `join.js` finds the element by it, writes the
/// new number in and keeps it when the words around it change.
pub fn figure(l: Lang, n: u64, slot: &str, id: Option<&str>, class: Option<&str>) -> Markup {
    html! { strong id=[id] class=[class] data-slot=(slot) { (count(l, n)) } }
}

/// The kind of the item on now, as the page says it.
pub fn kind_word(l: Lang, kind: ItemKind) -> String {
    l.family("kind-", kind.as_str())
}

/// What the page says is on before the first item and after the last.
pub fn phase_title(l: Lang, phase: Phase) -> String {
    match phase {
        Phase::Ended => l.t("phase-ended"),
        _ => l.t("phase-not_started"),
    }
}

/// The heading of the asks: what is asked, or once ended what was.
pub fn asks_heading(l: Lang, ended: bool) -> String {
    if ended {
        l.t("join-asks-heading-ended")
    } else {
        l.t("join-asks-heading")
    }
}

/// What a power-holder answered, in capitals as `live.js` writes it on
/// the other screens, or why there is no answer.
pub fn answer_word(l: Lang, answer: Option<Answer>, ended: bool) -> String {
    match answer {
        Some(a) => l.family("answer-", a.as_str()).to_uppercase(),
        None if ended => l.t("join-no-answer"),
        None => l.t("join-not-yet"),
    }
}

/// The phone's own answer to the open pledge.
pub fn answered(l: Lang, yes: bool) -> Markup {
    let word = if yes { l.t("join-yes") } else { l.t("join-no") };
    l.rich(
        "join-answered",
        &[],
        &[("answer", html! { strong { (word) } })],
    )
}

/// Every word the live page switches between by a code in the frame
/// (`data-word`), each drawn by the function that draws it in the page,
/// and a spare of each figure a sentence may come to need (`data-slot`).
/// `join.js` copies the one it needs: it never writes a word or an element
/// itself, so what a phone shows is changed here, once.
pub fn words(state: &Live, l: Lang) -> Markup {
    let plan = &state.plan;
    let kinds: Vec<ItemKind> = ItemKind::ALL
        .into_iter()
        .filter(|k| plan.items.iter().any(|i| i.kind == *k))
        .collect();
    html! {
        template #join-words {
            @for kind in kinds {
                span data-word={ "kind-" (kind.as_str()) } { (kind_word(l, kind)) }
            }
            span data-word="title-not_started" { (phase_title(l, Phase::NotStarted)) }
            span data-word="title-ended" { (phase_title(l, Phase::Ended)) }
            @if !plan.asks.is_empty() {
                span data-word="asks" { (asks_heading(l, false)) }
                span data-word="asks-ended" { (asks_heading(l, true)) }
                @for answer in Answer::ALL {
                    span data-word={ "answer-" (answer.as_str()) } { (answer_word(l, Some(answer), false)) }
                }
                span data-word="answer-none" { (answer_word(l, None, false)) }
                span data-word="answer-none-ended" { (answer_word(l, None, true)) }
            }
            @if !plan.pledges.is_empty() {
                span data-word="answered-yes" { (answered(l, true)) }
                span data-word="answered-no" { (answered(l, false)) }
            }
            (figure(l, 0, "count", None, None))
        }
    }
}

/// Every shipped language by its own name, as plain links: the choice
/// works without JavaScript and is remembered (see `choose_language`).
pub fn switcher(l: Lang) -> Markup {
    html! {
        nav .langs aria-label=(l.t("language-label")) {
            ul {
                @for other in crate::i18n::all() {
                    li {
                        a href={ "/join?lang=" (other.code()) } lang=(other.code()) hreflang=(other.code())
                            dir=(other.dir()) aria-current=[(other == l).then_some("true")] {
                            (other.name())
                        }
                    }
                }
            }
        }
    }
}

/// The check-in form: a searchable list of institutions, or "on my own".
/// Each name shows in the page's language; search also finds it by the
/// plan's own name (`data-also`).
pub fn check_in_form(state: &Live, l: Lang, current: Option<Option<usize>>) -> Markup {
    let plan = &state.plan;
    html! {
        form method="post" action="/join" #check-in {
            label for="search" .visually-hidden { (l.t("join-search")) }
            input #search .search type="search" dir="auto" placeholder=(l.t("join-search")) autocomplete="off" hidden;
            fieldset {
                legend { (l.t("join-who")) }
                @for (i, institution) in plan.institutions.iter().enumerate() {
                    @let key = TextKey::of("institution", &institution.id, "name");
                    @let name = l.plan_text(plan, &key, &institution.name);
                    label .choice data-also=[(name != institution.name).then_some(institution.name.as_str())] {
                        input type="radio" name="institution" value=(institution.id)
                            checked[current == Some(Some(i))] required;
                        bdi data-text=(key) { (name) }
                    }
                }
                label .choice.own {
                    input type="radio" name="institution" value="" checked[current == Some(None)] required;
                    span { (l.t("join-own")) }
                }
            }
            // Always there, empty until a search finds nothing, so screen
            // readers hear the notice when it is filled in.
            p #no-match .nomatch role="status" aria-live="polite" { }
            button #check-in-submit .primary.submit type="submit" {
                @if current.is_some() { (l.t("join-change-group")) } @else { (l.t("join-check-in")) }
            }
        }
    }
}

/// What the floor announced in the roll call: the total against what was
/// promised, and the phone's own institution. Hidden until a count is in.
/// `join.js` writes new figures into these elements and, as the words
/// hang on the number ("1 person", "2 people"), the words around them from
/// the same messages.
pub fn turnout_summary(state: &Live, l: Lang, checked_in: Option<Option<usize>>) -> Markup {
    let plan = &state.plan;
    let announced = &state.chair.turnout;
    let total: u64 = announced.values().map(|a| u64::from(a.count)).sum();
    let mine = checked_in.flatten().and_then(|i| plan.institutions.get(i));
    let mine_count = mine
        .and_then(|i| announced.get(i.id.as_str()))
        .map(|a| u64::from(a.count));
    let total_figure = figure(l, total, "count", Some("announced-total"), None);
    let promised =
        html! { span #promised-total data-slot="promised" { (count(l, plan.total_promised())) } };
    html! {
        section #roll-call aria-labelledby="roll-call-heading" hidden[announced.is_empty()] {
            h2 #roll-call-heading { (l.t("join-roll-call-heading")) }
            p .bignumber #announced {
                // With nothing promised in the hall, never "of 0 promised".
                @let key = if plan.total_promised() > 0 { "join-announced" } else { "join-announced-unpromised" };
                (l.rich(key, &[("n", total.into())], &[("count", total_figure), ("promised", promised)]))
            }
            @if let Some(institution) = mine {
                @let key = TextKey::of("institution", &institution.id, "name");
                @let name = html! { bdi data-text=(key) data-slot="name" { (l.plan_text(plan, &key, &institution.name)) } };
                @let promised = count(l, institution.promised.into());
                p #announced-mine data-institution=(institution.id) data-promised=(institution.promised) {
                    // A blank promise is "no number promised", never "of 0".
                    @let none = institution.promised == 0;
                    @match mine_count {
                        Some(n) if none => {
                            (l.rich("join-group-announced-unpromised", &[], &[("name", name), ("count", figure(l, n, "count", None, None))]))
                        }
                        Some(n) => {
                            @let mine_figure = figure(l, n, "count", None, None);
                            (l.rich("join-group-announced", &[("n", n.into()), ("promised", promised.into())], &[("name", name), ("count", mine_figure)]))
                        }
                        None if none => {
                            (l.rich("join-group-waiting-unpromised", &[], &[("name", name)]))
                        }
                        None => {
                            (l.rich("join-group-waiting", &[("promised", promised.into())], &[("name", name)]))
                        }
                    }
                }
            }
        }
    }
}

/// Every pledge the chair has revealed, with its yes and no counts.
pub fn pledge_results(state: &Live, l: Lang) -> Markup {
    let plan = &state.plan;
    html! {
        section #pledge-results aria-labelledby="pledge-results-heading" hidden[state.chair.revealed.is_empty()] {
            h2 #pledge-results-heading { (l.t("join-results-heading")) }
            ul .tallies #tallies {
                @for (pledge, tally) in plan.pledges.iter().zip(&state.audience.tallies) {
                    @let key = TextKey::of("pledge", &pledge.id, "text");
                    @let (yes, no) = (u64::from(tally.yes), u64::from(tally.no));
                    li data-pledge=(pledge.id) hidden[!state.chair.revealed.contains(pledge.id.as_str())] {
                        p dir="auto" data-text=(key) { (l.plan_text(plan, &key, &pledge.text)) }
                        p .tally {
                            span .yes-said {
                                (l.rich("join-said-yes", &[("n", yes.into())], &[("count", figure(l, yes, "count", None, Some("yes-count")))]))
                            }
                            " · "
                            span .no-said {
                                (l.rich("join-said-no", &[("n", no.into())], &[("count", figure(l, no, "count", None, Some("no-count")))]))
                            }
                        }
                    }
                }
            }
        }
    }
}
