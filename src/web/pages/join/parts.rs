//! The parts of `/join` that `join.js` redraws: the language switcher,
//! the check-in form, the roll call and the pledge results.

use maud::{Markup, html};

use crate::domain::State as Live;
use crate::domain::plan::TextKey;
use crate::i18n::Lang;

/// `n` written in the language's digits and grouping, as `I18n.num`
/// writes it, so a page drawn without JavaScript reads the same.
pub fn count(l: Lang, n: u64) -> String {
    l.number(i64::try_from(n).unwrap_or(i64::MAX))
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
/// `join.js` redraws the sentences from the same messages.
pub fn turnout_summary(state: &Live, l: Lang, checked_in: Option<Option<usize>>) -> Markup {
    let plan = &state.plan;
    let announced = &state.chair.turnout;
    let total: u64 = announced.values().map(|a| u64::from(a.count)).sum();
    let mine = checked_in.flatten().and_then(|i| plan.institutions.get(i));
    let mine_count = mine
        .and_then(|i| announced.get(i.id.as_str()))
        .map(|a| u64::from(a.count));
    let figure = html! { strong #announced-total { (count(l, total)) } };
    let promised = html! { span #promised-total { (count(l, plan.total_promised())) } };
    html! {
        section #roll-call aria-labelledby="roll-call-heading" hidden[announced.is_empty()] {
            h2 #roll-call-heading { (l.t("join-roll-call-heading")) }
            p .bignumber #announced {
                // With nothing promised in the hall, never "of 0 promised".
                @let key = if plan.total_promised() > 0 { "join-announced" } else { "join-announced-unpromised" };
                (l.rich(key, &[("n", total.into())], &[("count", figure), ("promised", promised)]))
            }
            @if let Some(institution) = mine {
                @let key = TextKey::of("institution", &institution.id, "name");
                @let name = html! { bdi data-text=(key) { (l.plan_text(plan, &key, &institution.name)) } };
                @let promised = count(l, institution.promised.into());
                p #announced-mine data-institution=(institution.id) data-promised=(institution.promised) {
                    // A blank promise is "no number promised", never "of 0".
                    @let none = institution.promised == 0;
                    @match mine_count {
                        Some(n) if none => {
                            @let figure = html! { strong { (count(l, n)) } };
                            (l.rich("join-group-announced-unpromised", &[], &[("name", name), ("count", figure)]))
                        }
                        Some(n) => {
                            @let figure = html! { strong { (count(l, n)) } };
                            (l.rich("join-group-announced", &[("n", n.into()), ("promised", promised.into())], &[("name", name), ("count", figure)]))
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
                                (l.rich("join-said-yes", &[("n", yes.into())], &[("count", html! { strong .yes-count { (count(l, yes)) } })]))
                            }
                            " · "
                            span .no-said {
                                (l.rich("join-said-no", &[("n", no.into())], &[("count", html! { strong .no-count { (count(l, no)) } })]))
                            }
                        }
                    }
                }
            }
        }
    }
}
