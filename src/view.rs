//! Projections of the state for each audience: the chair sees everything,
//! the public never sees the chair's notes, the stage's private message or a
//! pledge tally before it is revealed.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::domain::plan::{Ask, Institution, ItemKind, Pledge, PowerHolder};
use crate::domain::state::{Clock, Message, Response};
use crate::domain::{Answer, Millis, Phase, Plan, State, Timing};

/// Who a projection is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Chair,
    Screen,
    Stage,
    Attendee,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Chair, Role::Screen, Role::Stage, Role::Attendee];

    pub fn parse(s: &str) -> Option<Role> {
        match s {
            "chair" => Some(Role::Chair),
            "screen" => Some(Role::Screen),
            "stage" => Some(Role::Stage),
            "attendee" => Some(Role::Attendee),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Chair => "chair",
            Role::Screen => "screen",
            Role::Stage => "stage",
            Role::Attendee => "attendee",
        }
    }
}

/// The plan as a role may see it: notes only for the chair.
#[derive(Debug, Serialize)]
pub struct PlanView<'a> {
    pub assembly: AssemblyView<'a>,
    pub institutions: &'a [Institution],
    pub power_holders: &'a [PowerHolder],
    pub asks: &'a [Ask],
    pub pledges: &'a [Pledge],
    pub items: Vec<ItemView<'a>>,
    pub total_promised: u64,
    pub planned_ms: i64,
    /// The plan's texts in other languages (`I18n.text` in the pages).
    #[serde(skip_serializing_if = "crate::domain::plan::Translations::is_empty")]
    pub translations: &'a crate::domain::plan::Translations,
}

/// The assembly's facts, with the time zone its times are shown in.
#[derive(Debug, Serialize)]
pub struct AssemblyView<'a> {
    pub title: &'a str,
    pub venue: &'a str,
    pub starts: Option<&'a str>,
    /// IANA name, always present: the plan's, or the server's own zone
    /// when the plan names none. Pages format times with it.
    pub timezone: String,
}

#[derive(Debug, Serialize)]
pub struct ItemView<'a> {
    /// What the state's `current_item` names.
    pub id: &'a str,
    pub title: &'a str,
    pub kind: ItemKind,
    pub seconds: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lead: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ask: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pledge: Option<&'a str>,
    /// The power-holder a report-back item is for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub holder: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<&'a str>,
}

pub fn plan_view(plan: &Plan, role: Role) -> PlanView<'_> {
    let info = &plan.assembly;
    PlanView {
        assembly: AssemblyView {
            title: &info.title,
            venue: &info.venue,
            starts: info.starts.as_deref(),
            timezone: crate::plan::Zone::of(info).name().to_owned(),
        },
        institutions: &plan.institutions,
        power_holders: &plan.power_holders,
        asks: &plan.asks,
        pledges: &plan.pledges,
        items: plan
            .items
            .iter()
            .map(|item| ItemView {
                id: &item.id,
                title: &item.title,
                kind: item.kind,
                seconds: item.seconds,
                lead: item.lead.as_deref(),
                ask: item.ask.as_deref(),
                pledge: item.pledge.as_deref(),
                holder: item.holder.as_deref(),
                notes: if role == Role::Chair {
                    item.notes.as_deref()
                } else {
                    None
                },
            })
            .collect(),
        total_promised: plan.total_promised(),
        planned_ms: plan.planned_ms(),
        translations: &plan.translations,
    }
}

/// The plan as a phone's page uses it (`assets/join.js`): the texts it
/// draws and relabels, what tells it the page's shape changed (ids, each
/// institution's promise, each ask's power-holders, each item's kind), and
/// only the translations of those texts into the phone's language. On the
/// six-language stress plan that is a quarter of the plan the projector is
/// sent. `lang` `None` keeps every language (a client that did not say).
#[derive(Debug, Serialize)]
pub struct PhonePlanView<'a> {
    pub assembly: PhoneAssembly<'a>,
    pub institutions: &'a [Institution],
    pub power_holders: Vec<Named<'a>>,
    pub asks: &'a [Ask],
    pub pledges: &'a [Pledge],
    pub items: Vec<PhoneItem<'a>>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<&'a str, BTreeMap<&'a str, &'a str>>,
}

#[derive(Debug, Serialize)]
pub struct PhoneAssembly<'a> {
    pub title: &'a str,
    pub venue: &'a str,
}

#[derive(Debug, Serialize)]
pub struct Named<'a> {
    pub id: &'a str,
    pub name: &'a str,
}

#[derive(Debug, Serialize)]
pub struct PhoneItem<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub kind: ItemKind,
}

/// The texts of the plan a phone's page shows, as `part.field` of their
/// keys (`src/web/pages/join.rs` marks each with `data-text`).
const PHONE_TEXTS: [&str; 8] = [
    "assembly.title",
    "assembly.venue",
    "institution.name",
    "holder.name",
    "ask.title",
    "ask.text",
    "pledge.text",
    "item.title",
];

/// Whether a translation's key (`part.id.field`, or `assembly.field`) is
/// of a text a phone shows.
fn phone_shows(key: &str) -> bool {
    let part = key.split('.').next().unwrap_or_default();
    let field = key.rsplit('.').next().unwrap_or_default();
    PHONE_TEXTS
        .iter()
        .any(|text| text.split_once('.') == Some((part, field)))
}

pub fn phone_plan_view<'a>(plan: &'a Plan, lang: Option<&str>) -> PhonePlanView<'a> {
    let translations = plan
        .translations
        .iter()
        .filter(|(language, _)| lang.is_none_or(|lang| lang == language.as_str()))
        .map(|(language, texts)| {
            let texts = texts
                .iter()
                .filter(|(key, _)| phone_shows(key))
                .map(|(key, text)| (key.as_str(), text.as_str()))
                .collect();
            (language.as_str(), texts)
        })
        .collect();
    PhonePlanView {
        assembly: PhoneAssembly {
            title: &plan.assembly.title,
            venue: &plan.assembly.venue,
        },
        institutions: &plan.institutions,
        power_holders: plan
            .power_holders
            .iter()
            .map(|holder| Named {
                id: &holder.id,
                name: &holder.name,
            })
            .collect(),
        asks: &plan.asks,
        pledges: &plan.pledges,
        items: plan
            .items
            .iter()
            .map(|item| PhoneItem {
                id: &item.id,
                title: &item.title,
                kind: item.kind,
            })
            .collect(),
        translations,
    }
}

/// Earlier answers the chair's frame carries per power-holder and ask.
pub const REPLACED_SHOWN: usize = 5;

/// The live part of the state, sent on every change.
#[derive(Debug, Serialize)]
pub struct Snapshot<'a> {
    pub seq: u64,
    /// The server's clock when this was built; clients correct their offset with it.
    pub server_time: Millis,
    pub phase: Phase,
    /// Position of the current item in the running order as it is now.
    pub current: Option<usize>,
    /// Id of the current item.
    pub current_item: Option<&'a str>,
    /// The last plan change: a page whose plan is older asks for the new one.
    pub plan_seq: u64,
    pub started_at: Option<Millis>,
    pub ended_at: Option<Millis>,
    pub clock: Option<ClockView>,
    pub timing: Option<Timing>,
    pub responses: Vec<ResponseView<'a>>,
    pub turnout: TurnoutView<'a>,
    pub pledges: Vec<PledgeView<'a>>,
    /// The message meant for this role's page, if any.
    pub message: Option<&'a Message>,
    /// What the projector shows besides the current item.
    pub display: crate::domain::state::Display,
    /// On a report-back item: the holder's commitments from the home's
    /// other assemblies and where each stands now (absent otherwise).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub report_back: Vec<RecallView<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chair: Option<ChairExtras<'a>>,
}

/// An earlier commitment of the holder reporting back, as the hall sees
/// it: public facts only (the public note, never a private one).
#[derive(Debug, Serialize)]
pub struct RecallView<'a> {
    pub assembly: &'a str,
    /// The title of the assembly where the ask was put.
    pub title: &'a str,
    pub day: Option<&'a str>,
    pub ask: &'a str,
    pub ask_title: &'a str,
    pub holder: &'a str,
    /// The answer given on the night.
    pub answer: Option<Answer>,
    /// Where it stands: said here last, else the latest step before.
    pub status: Option<crate::domain::FollowUpStatus>,
    pub note: Option<&'a str>,
    /// The status was said on stage at this assembly.
    pub said_here: bool,
}

#[derive(Debug, Serialize)]
pub struct ClockView {
    /// Position of the timed item in the running order as it is now.
    pub item: usize,
    pub started_at: Millis,
    pub paused_at: Option<Millis>,
    pub paused_ms: i64,
    /// Planned length with extensions: the countdown starts here.
    pub planned_ms: i64,
}

#[derive(Debug, Serialize)]
pub struct ResponseView<'a> {
    pub ask: &'a str,
    pub holder: &'a str,
    pub answer: Answer,
    pub note: Option<&'a str>,
    pub at: Millis,
    /// Earlier answers this one replaced, oldest first, the latest
    /// `REPLACED_SHOWN` of them (chair only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replaced: Option<&'a [Response]>,
}

#[derive(Debug, Serialize)]
pub struct TurnoutView<'a> {
    /// Phones checked in, all together.
    pub phones: u64,
    pub on_own: u32,
    /// Phones checked in per institution id.
    pub checked_in: BTreeMap<&'a str, u32>,
    /// Counts announced from the floor per institution id.
    pub announced: BTreeMap<&'a str, u32>,
    pub announced_total: u64,
    pub promised_total: u64,
}

#[derive(Debug, Serialize)]
pub struct PledgeView<'a> {
    pub pledge: &'a str,
    pub open: bool,
    pub revealed: bool,
    /// Counts, present for the chair always and for others once revealed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub yes: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub no: Option<u32>,
}

#[derive(Debug, Serialize)]
pub struct ChairExtras<'a> {
    pub chair_seq: u64,
    /// The last follow-up step, which is not a chair change.
    pub follow_up_seq: u64,
    pub undo_depth: usize,
    pub stage_message: Option<&'a Message>,
    pub screen_message: Option<&'a Message>,
}

pub fn snapshot(state: &State, role: Role, now: Millis) -> Snapshot<'_> {
    let chair = &state.chair;
    let plan = &state.plan;
    let clock = chair.clock.as_ref().map(|c: &Clock| ClockView {
        item: plan.item_index(&c.item).unwrap_or(0),
        started_at: c.started_at,
        paused_at: c.paused_at,
        paused_ms: c.paused_ms,
        planned_ms: plan
            .item(&c.item)
            .map_or(0, |i| i64::from(i.seconds) * 1000)
            + c.extended_ms,
    });
    let responses = responses(state, role);
    let audience = &state.audience;
    let turnout = TurnoutView {
        phones: audience.total(),
        on_own: audience.on_own,
        checked_in: plan
            .institutions
            .iter()
            .zip(&audience.checked_in)
            .map(|(i, &n)| (i.id.as_str(), n))
            .collect(),
        announced: chair
            .turnout
            .iter()
            .map(|(id, a)| (id.as_str(), a.count))
            .collect(),
        announced_total: chair.turnout.values().map(|a| u64::from(a.count)).sum(),
        promised_total: plan.total_promised(),
    };
    let pledges = pledges(state, role);
    let message = match role {
        Role::Chair | Role::Stage => chair.stage_message.as_ref(),
        Role::Screen | Role::Attendee => chair.screen_message.as_ref(),
    };
    Snapshot {
        seq: state.seq,
        server_time: now,
        phase: chair.phase,
        current: state.current_index(),
        current_item: chair.current.as_deref(),
        plan_seq: state.plan_seq,
        started_at: chair.started_at,
        ended_at: chair.ended_at,
        clock,
        timing: state.timing(now),
        responses,
        turnout,
        pledges,
        message,
        display: chair.display,
        report_back: report_back(state),
        chair: (role == Role::Chair).then(|| ChairExtras {
            chair_seq: state.chair_seq,
            follow_up_seq: state.follow_up_seq,
            undo_depth: state.undo_depth(),
            stage_message: chair.stage_message.as_ref(),
            screen_message: chair.screen_message.as_ref(),
        }),
    }
}

/// The earlier commitments of the holder the current report-back item is
/// for, each as it stands now; empty on any other item.
pub fn report_back(state: &State) -> Vec<RecallView<'_>> {
    let Some(item) = state.current_item() else {
        return Vec::new();
    };
    let (ItemKind::ReportBack, Some(holder)) = (item.kind, item.holder.as_deref()) else {
        return Vec::new();
    };
    state
        .recall
        .of_holder(holder)
        .map(|earlier| {
            let of_it = |r: &&crate::domain::state::Reported| {
                let c = &r.report.commitment;
                c.assembly == earlier.assembly && c.ask == earlier.ask && c.holder == holder
            };
            let said_here = state.reported.iter().any(|r| of_it(&r));
            // Said here since the recall was read: newer than its step.
            let said = (state.reported.iter().rev())
                .filter(|r| r.seq > state.recall.seq)
                .find(of_it);
            RecallView {
                assembly: &earlier.assembly,
                title: &earlier.title,
                day: earlier.day.as_deref(),
                ask: &earlier.ask,
                ask_title: &earlier.ask_title,
                holder: &earlier.holder,
                answer: earlier.answer,
                status: said.map(|r| r.report.said).or(earlier.status),
                note: match said {
                    Some(r) => r.report.note.as_deref(),
                    None => earlier.public_note.as_deref(),
                },
                said_here,
            }
        })
        .collect()
}

/// The answers as `role` may see them: notes and replaced answers for
/// the chair only.
fn responses(state: &State, role: Role) -> Vec<ResponseView<'_>> {
    state
        .chair
        .responses
        .iter()
        .flat_map(|(ask, holders)| {
            holders.iter().filter_map(move |(holder, history)| {
                let (last, earlier) = history.split_last()?;
                Some(ResponseView {
                    ask,
                    holder,
                    answer: last.answer,
                    // The screen shows no notes, so they are the chair's.
                    note: last.note.as_deref().filter(|_| role == Role::Chair),
                    at: last.at,
                    // The chair sees the latest few it replaced; the whole
                    // history is in the record. A frame must not grow with
                    // every answer given all night.
                    replaced: (role == Role::Chair)
                        .then(|| &earlier[earlier.len().saturating_sub(REPLACED_SHOWN)..]),
                })
            })
        })
        .collect()
}

/// The pledges as `role` may see them: tallies once revealed (the chair's
/// always).
fn pledges(state: &State, role: Role) -> Vec<PledgeView<'_>> {
    let open = state.open_pledge();
    let revealed = &state.chair.revealed;
    (state.plan.pledges.iter())
        .zip(&state.audience.tallies)
        .map(|(p, tally)| {
            let revealed = revealed.contains(p.id.as_str());
            let show = revealed || role == Role::Chair;
            PledgeView {
                pledge: &p.id,
                open: open == Some(p.id.as_str()),
                revealed,
                yes: show.then_some(tally.yes),
                no: show.then_some(tally.no),
            }
        })
        .collect()
}

/// What a phone shows of the state, and nothing it does not: which item
/// is on, the answers, the pledges, the phones checked in and the counts
/// announced from the floor against the promises. Not the clock, the
/// timing or the check-ins per institution, which change all night and
/// which a phone never draws (on a 500-institution plan the check-ins per
/// institution are nearly all of the projector's 8 KB). A subset of the
/// public state (`/api/state`), key for key.
#[derive(Debug, Serialize)]
pub struct PhoneSnapshot<'a> {
    pub seq: u64,
    pub server_time: Millis,
    pub phase: Phase,
    pub current_item: Option<&'a str>,
    pub plan_seq: u64,
    pub responses: Vec<ResponseView<'a>>,
    pub turnout: PhoneTurnout<'a>,
    pub pledges: Vec<PledgeView<'a>>,
}

/// The turnout a phone shows (see `PhoneSnapshot`).
#[derive(Debug, Serialize)]
pub struct PhoneTurnout<'a> {
    pub phones: u64,
    pub announced: BTreeMap<&'a str, u32>,
    pub announced_total: u64,
    pub promised_total: u64,
}

/// The state as a phone is sent it (see `PhoneSnapshot`).
pub fn phone_snapshot(state: &State, now: Millis) -> PhoneSnapshot<'_> {
    let chair = &state.chair;
    PhoneSnapshot {
        seq: state.seq,
        server_time: now,
        phase: chair.phase,
        current_item: chair.current.as_deref(),
        plan_seq: state.plan_seq,
        responses: responses(state, Role::Attendee),
        turnout: PhoneTurnout {
            phones: state.audience.total(),
            announced: (chair.turnout.iter())
                .map(|(id, a)| (id.as_str(), a.count))
                .collect(),
            announced_total: chair.turnout.values().map(|a| u64::from(a.count)).sum(),
            promised_total: state.plan.total_promised(),
        },
        pledges: pledges(state, Role::Attendee),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::domain::{ChairCommand, Command, Envelope, MessageTarget};

    /// A phone is sent the texts its page shows, in its language alone.
    #[test]
    fn a_phones_plan_has_the_texts_it_shows_in_its_language() {
        let mut plan = crate::plan::demo();
        let texts = [
            ("assembly.title", true),
            ("assembly.venue", true),
            ("institution.a.name", true),
            ("holder.a.name", true),
            ("holder.a.role", false),
            ("ask.a.title", true),
            ("ask.a.text", true),
            ("pledge.a.text", true),
            ("item.a.title", true),
            ("item.a.lead", false),
        ];
        for lang in ["cy", "ar"] {
            plan.translations.insert(
                lang.into(),
                texts
                    .iter()
                    .map(|(key, _)| (key.to_string(), format!("{lang} {key}")))
                    .collect(),
            );
        }
        let welsh = phone_plan_view(&plan, Some("cy"));
        assert_eq!(welsh.translations.keys().collect::<Vec<_>>(), [&"cy"]);
        let shown: Vec<&str> = welsh.translations["cy"].keys().copied().collect();
        let expected: Vec<&str> = texts
            .iter()
            .filter(|(_, shown)| *shown)
            .map(|(key, _)| *key)
            .collect();
        let mut expected = expected;
        expected.sort();
        assert_eq!(shown, expected);
        assert!(phone_plan_view(&plan, Some("en")).translations.is_empty());
        assert_eq!(phone_plan_view(&plan, None).translations.len(), 2);
        // What a page of the projector is sent, a phone is not.
        let json = serde_json::to_string(&welsh).unwrap();
        for absent in ["\"seconds\"", "\"lead\"", "\"role\"", "planned_ms"] {
            assert!(!json.contains(absent), "{absent} in {json}");
        }
    }

    /// The hub serializes the screen's projection once for screen and phones.
    #[test]
    fn screen_and_phones_see_the_same_projection() {
        let mut state = State::new(Arc::new(crate::domain::tests::plan()));
        for command in [
            ChairCommand::Start,
            ChairCommand::Message {
                to: MessageTarget::Screen,
                text: "Seats, please".into(),
                pin: false,
            },
            ChairCommand::Message {
                to: MessageTarget::Stage,
                text: "Wrap up".into(),
                pin: false,
            },
        ] {
            let event = state
                .decide(&Command::Chair(command), None, None)
                .unwrap()
                .unwrap();
            let seq = state.seq + 1;
            state.apply(&Envelope {
                seq,
                at: 1_000,
                id: None,
                event,
            });
        }
        let json = |role| serde_json::to_string(&snapshot(&state, role, 2_000)).unwrap();
        assert_eq!(json(Role::Screen), json(Role::Attendee));
        assert_ne!(json(Role::Screen), json(Role::Stage));
    }
}
