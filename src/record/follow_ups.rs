//! Commitments and their follow-up: every ask put to every power-holder,
//! with the answer given on the night (if any) and each step taken since.
//! The chase list the organiser works from, and the scorecard an alliance
//! publishes.
//!
//! Statuses, days, owners, due days and the public notes on steps are
//! public; the (private) notes on steps are the chair's.

use serde::Serialize;

use super::Access;
use crate::domain::plan::{Ask, Plan, PowerHolder};
use crate::domain::state::{Response, overdue};
use crate::domain::{Answer, FollowUpStatus, Millis, State};
use crate::plan::Zone;

/// The order the scorecard counts and groups statuses in.
pub const SCORECARD: [FollowUpStatus; 4] = [
    FollowUpStatus::Achieved,
    FollowUpStatus::InProgress,
    FollowUpStatus::NotStarted,
    FollowUpStatus::Broken,
];

/// An ask put to a power-holder: what they answered on the night, and what
/// became of it since.
pub struct Commitment<'a> {
    pub ask: &'a Ask,
    pub holder: &'a PowerHolder,
    /// The last answer given on the night; `None` if they never answered.
    pub answer: Option<&'a Response>,
    /// Earlier answers the last one replaced, oldest first.
    pub earlier: &'a [Response],
    /// Every step, in the order of the day each happened (steps of the same
    /// day in the order they were recorded): a step recorded late for an
    /// earlier day does not become the latest.
    pub steps: Vec<Step<'a>>,
    /// Who chases it, as set: free text or an institution id.
    pub owner: Option<&'a str>,
    /// The owner as people read it: an institution id as its name.
    pub owner_name: Option<&'a str>,
    /// The day it is due, "YYYY-MM-DD".
    pub due: Option<&'a str>,
}

/// One step in chasing a commitment.
pub struct Step<'a> {
    pub status: FollowUpStatus,
    /// The chair's; never in anything public.
    pub note: Option<&'a str>,
    /// Published beside the step.
    pub public_note: Option<&'a str>,
    /// The day it happened, "YYYY-MM-DD".
    pub on: String,
    /// When it was recorded.
    pub recorded_at: Millis,
}

impl Commitment<'_> {
    /// The step that says where it stands now.
    pub fn latest(&self) -> Option<&Step<'_>> {
        self.steps.last()
    }

    /// Where it stands now: not started before the first step.
    pub fn status(&self) -> FollowUpStatus {
        self.latest()
            .map_or(FollowUpStatus::NotStarted, |step| step.status)
    }

    /// Due before `today` (the assembly's date now) and not achieved.
    pub fn overdue(&self, today: jiff::civil::Date) -> bool {
        overdue(self.due, self.status(), today)
    }

    /// The anchor of this commitment on the follow-up page. Ids are slugs,
    /// which never hold a dot, so the pair is unambiguous.
    pub fn anchor(&self) -> String {
        format!("c.{}.{}", self.ask.id, self.holder.id)
    }
}

/// An owner as people read it: an institution id of the plan is that
/// institution's name, anything else is as written.
pub fn owner_name<'a>(plan: &'a Plan, owner: &'a str) -> &'a str {
    (plan.institutions.iter())
        .find(|i| i.id == owner)
        .map_or(owner, |i| i.name.as_str())
}

/// Every ask put to every power-holder, in plan order, answered or not.
pub fn commitments<'a>(state: &'a State, zone: &Zone) -> Vec<Commitment<'a>> {
    let plan = &state.plan;
    let chair = &state.chair;
    let mut out = Vec::new();
    for ask in &plan.asks {
        for id in &ask.to {
            let Some(holder) = plan.power_holder(id) else {
                continue;
            };
            let (answer, earlier) = match chair
                .responses
                .get(ask.id.as_str())
                .and_then(|h| h.get(id.as_str()))
                .and_then(|history| history.split_last())
            {
                Some((last, earlier)) => (Some(last), earlier),
                None => (None, &[][..]),
            };
            let mut steps: Vec<Step<'a>> = state
                .follow_ups
                .get(ask.id.as_str())
                .and_then(|h| h.get(id.as_str()))
                .map_or(&[][..], Vec::as_slice)
                .iter()
                .map(|f| Step {
                    status: f.status,
                    note: f.note.as_deref(),
                    public_note: f.public_note.as_deref(),
                    // Logged before steps were dated: the day it was recorded.
                    on: if f.on.is_empty() {
                        zone.day(f.at).to_string()
                    } else {
                        f.on.clone()
                    },
                    recorded_at: f.at,
                })
                .collect();
            // Stable: the same day keeps the order of recording.
            steps.sort_by(|a, b| a.on.cmp(&b.on));
            let chase = (state.chases.get(ask.id.as_str())).and_then(|h| h.get(id.as_str()));
            let owner = chase.and_then(|c| c.owner.as_deref());
            out.push(Commitment {
                ask,
                holder,
                answer,
                earlier,
                steps,
                owner,
                owner_name: owner.map(|o| owner_name(plan, o)),
                due: chase.and_then(|c| c.due.as_deref()),
            });
        }
    }
    out
}

/// How many commitments stand at each status, in [`SCORECARD`] order.
pub fn counts(commitments: &[Commitment<'_>]) -> [(FollowUpStatus, usize); 4] {
    SCORECARD.map(|status| {
        let n = commitments.iter().filter(|c| c.status() == status).count();
        (status, n)
    })
}

/// A commitment in `record.json`.
#[derive(Serialize)]
pub(super) struct FollowUpRecord<'a> {
    ask: &'a str,
    ask_title: &'a str,
    holder: &'a str,
    holder_name: &'a str,
    /// The last answer given on the night; `null` if none was.
    answer: Option<Answer>,
    /// The latest step's; `not_started` before the first step.
    status: FollowUpStatus,
    /// The day of the latest step, "YYYY-MM-DD"; `null` before the first.
    on: Option<String>,
    /// Who chases it, as set (free text or an institution id); `null` if
    /// nobody is named.
    owner: Option<&'a str>,
    /// The owner as people read it: an institution id as its name.
    owner_name: Option<&'a str>,
    /// The day it is due, "YYYY-MM-DD"; `null` if none is set.
    due: Option<&'a str>,
    /// Due before the day the record was made and not achieved.
    overdue: bool,
    history: Vec<StepRecord<'a>>,
}

#[derive(Serialize)]
struct StepRecord<'a> {
    status: FollowUpStatus,
    on: String,
    /// Published beside the step; `null` when none was written.
    public_note: Option<&'a str>,
    /// The full record only (`null` there when none was written).
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<Option<&'a str>>,
    recorded_at: String,
}

/// The scorecard's counts in `record.json`.
#[derive(Serialize)]
pub(super) struct Counts {
    achieved: usize,
    in_progress: usize,
    not_started: usize,
    broken: usize,
}

pub(super) fn records<'a>(
    commitments: Vec<Commitment<'a>>,
    access: Access,
    zone: &Zone,
    today: jiff::civil::Date,
) -> Vec<FollowUpRecord<'a>> {
    commitments
        .into_iter()
        .map(|c| FollowUpRecord {
            overdue: c.overdue(today),
            owner: c.owner,
            owner_name: c.owner_name,
            due: c.due,
            ask: &c.ask.id,
            ask_title: &c.ask.title,
            holder: &c.holder.id,
            holder_name: &c.holder.name,
            answer: c.answer.map(|r| r.answer),
            status: c.status(),
            on: c.latest().map(|s| s.on.clone()),
            history: c
                .steps
                .into_iter()
                .map(|s| StepRecord {
                    status: s.status,
                    on: s.on,
                    public_note: s.public_note,
                    note: access.is_chair().then_some(s.note),
                    recorded_at: zone.rfc3339(s.recorded_at),
                })
                .collect(),
        })
        .collect()
}

pub(super) fn count_record(commitments: &[Commitment<'_>]) -> Counts {
    let n = |status| commitments.iter().filter(|c| c.status() == status).count();
    Counts {
        achieved: n(FollowUpStatus::Achieved),
        in_progress: n(FollowUpStatus::InProgress),
        not_started: n(FollowUpStatus::NotStarted),
        broken: n(FollowUpStatus::Broken),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::domain::{Envelope, Event};

    fn step(seq: u64, at: Millis, status: FollowUpStatus, on: &str) -> Envelope {
        Envelope {
            seq,
            at,
            id: None,
            event: Event::FollowUpRecorded {
                ask: "wage".into(),
                holder: "leader".into(),
                status,
                note: None,
                public_note: None,
                on: on.into(),
            },
        }
    }

    #[test]
    fn steps_go_by_their_day_and_undated_ones_by_the_day_they_were_recorded() {
        // 2026-06-03 23:30 UTC is already 4 June in Tokyo.
        let recorded = 1_780_529_400_000;
        let log = [
            step(1, recorded, FollowUpStatus::Achieved, ""),
            // Recorded later, for an earlier day: history, not the latest.
            step(2, recorded + 1, FollowUpStatus::InProgress, "2026-05-01"),
            // Recorded later still, the same day as the first: the latest.
            step(3, recorded + 2, FollowUpStatus::Broken, "2026-06-04"),
        ];
        let state = State::replay(Arc::new(crate::domain::tests::plan()), &log);
        let zone = Zone::named("Asia/Tokyo").unwrap();
        let all = commitments(&state, &zone);
        assert_eq!(all.len(), 2, "the ask is put to two holders");
        let leader = &all[0];
        let days: Vec<(&str, FollowUpStatus)> = leader
            .steps
            .iter()
            .map(|s| (s.on.as_str(), s.status))
            .collect();
        assert_eq!(
            days,
            [
                ("2026-05-01", FollowUpStatus::InProgress),
                ("2026-06-04", FollowUpStatus::Achieved),
                ("2026-06-04", FollowUpStatus::Broken),
            ]
        );
        assert_eq!(leader.status(), FollowUpStatus::Broken);
        assert!(leader.answer.is_none());
        let mayor = &all[1];
        assert_eq!(mayor.status(), FollowUpStatus::NotStarted);
        assert!(mayor.latest().is_none());
        let counts = counts(&all);
        assert_eq!(counts[3], (FollowUpStatus::Broken, 1));
        assert_eq!(counts[2], (FollowUpStatus::NotStarted, 1));
        // In UTC the undated step is still 3 June.
        let utc = commitments(&state, &Zone::utc());
        assert_eq!(utc[0].steps[1].on, "2026-06-03");
    }
}
