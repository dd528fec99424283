//! Refusals in words: the domain and the server give a code with named
//! values ([`Reason`]); the message is `refusal-<code>` in each catalogue.
//! The English message is what API clients and logs read (`Display`).

use super::{Arg, Lang, english};
use crate::domain::state::{Param, Reason, Refusal};

impl Lang {
    /// The message of a code with its named values:
    /// `family_with("refusal-", "no_such_item", &args)`.
    pub fn family_with(self, prefix: &str, code: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.t_with(&format!("{prefix}{code}"), args)
    }
}

/// Why a command was not done, in `lang`.
pub fn refusal_text(lang: Lang, refusal: &Refusal) -> String {
    reason_text(lang, &refusal.reason())
}

/// A refusal's code and values (the domain's or the server's), in `lang`.
pub fn reason_text(lang: Lang, reason: &Reason) -> String {
    let args: Vec<(&str, Arg<'_>)> = reason
        .params
        .iter()
        .map(|(name, value)| {
            let value = match value {
                Param::Number(n) => Arg::from(*n),
                Param::Text(text) => Arg::from(text.as_str()),
            };
            (*name, value)
        })
        .collect();
    lang.family_with("refusal-", reason.code, &args)
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&refusal_text(english(), self))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::domain::plan_change::{LockReason, Locked, Part};
    use crate::domain::state::{Field, Why};
    use crate::protocol::Turned;

    /// One refusal of every kind, with values to find in the messages.
    fn every_refusal() -> Vec<Reason> {
        let ids = |ids: &[&str]| ids.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let whys = vec![
            Why::BadCommandId { max: 100 },
            Why::NotStarted,
            Why::Ended,
            Why::AlreadyRunning,
            Why::CannotRestart,
            Why::LastItem,
            Why::FirstItem,
            Why::NoSuchItem { item: 42, last: 17 },
            Why::AlreadyCurrent { item: 23 },
            Why::AlreadyPaused,
            Why::NotPaused,
            Why::BadExtension { max: 3600 },
            Why::BelowZero {
                title: "Ymateb y Cyngor".into(),
                left: 80,
            },
            Why::NoSuchAsk {
                ask: "homes".into(),
                asks: ids(&["wage", "rent"]),
            },
            Why::NotPutTo {
                ask: "wage".into(),
                holder: "chief".into(),
                holders: ids(&["leader", "mayor"]),
            },
            Why::NoSuchInstitution {
                institution: "st-mary".into(),
            },
            Why::BadTurnout { max: 100_000 },
            Why::NoSuchPledge {
                pledge: "teams".into(),
                pledges: ids(&["action-teams"]),
            },
            Why::AlreadyRevealed {
                pledge: "action-teams".into(),
            },
            Why::NoMessage,
            Why::DisplayUnchanged,
            Why::UndoExhausted { depth: 1000 },
            Why::NothingToUndo,
            Why::ControlCharacter {
                field: Field::Note,
                character: "U+001B (ESC)".into(),
                at: 7,
            },
            Why::TooLong {
                field: Field::Message,
                length: 300,
                max: 280,
            },
            Why::StepDayFormat {
                text: "3 June".into(),
            },
            Why::StepNotADay {
                text: "2026-02-30".into(),
            },
            Why::StepTooEarly {
                text: "0226-06-03".into(),
                first: "2000-01-01".into(),
            },
            Why::StepInFuture {
                day: "2027-01-01".into(),
                today: "2026-06-03".into(),
            },
            Why::StepBeforeAssembly {
                day: "2025-03-20".into(),
                assembly: "2026-03-14".into(),
            },
            Why::BadDevice,
            Why::UnknownGroup {
                institution: "Masjid Al-Noor".into(),
            },
            Why::UnknownPledge {
                pledge: "teams".into(),
            },
            Why::NotCheckedIn,
            Why::PledgeClosed,
            Why::TurnoutUnlikely {
                institution: "st-mary".into(),
                name: "St Mary’s".into(),
                count: 850,
                promised: 80,
                phones: 12,
            },
            Why::TurnoutUnlikely {
                institution: "st-mary".into(),
                name: "St Mary’s".into(),
                count: 850,
                promised: 0,
                phones: 12,
            },
            Why::TooLong {
                field: Field::Owner,
                length: 201,
                max: 200,
            },
            Why::ControlCharacter {
                field: Field::PublicNote,
                character: "U+0007 (BEL)".into(),
                at: 3,
            },
            Why::DueDayFormat {
                text: "30 Sept".into(),
            },
            Why::NotEarlier {
                assembly: "spring-2026".into(),
                ask: "wage".into(),
                holder: "leader".into(),
            },
            Why::DueNotADay {
                text: "2026-09-31".into(),
            },
            Why::DueTooEarly {
                text: "0226-09-30".into(),
                first: "2000-01-01".into(),
            },
        ];
        let locked = Locked {
            part: Part::Institution,
            id: "st-mary".into(),
            name: "St Mary's".into(),
            reason: LockReason::CheckedIn { phones: 3 },
        };
        let mut all: Vec<Reason> = whys.iter().map(Why::reason).collect();
        all.push(
            Refusal::Conflict {
                expected: 12,
                latest: 15,
            }
            .reason(),
        );
        all.push(
            Refusal::StalePlan {
                expected: 4,
                latest: 6,
            }
            .reason(),
        );
        all.push(Refusal::Locked(vec![locked.clone(), locked.clone(), locked]).reason());
        all.extend(Turned::ALL.iter().map(|t| t.reason()));
        all
    }

    #[test]
    fn every_code_has_an_example_and_codes_are_distinct() {
        let codes: Vec<&str> = crate::protocol::refusal_codes().collect();
        let distinct: BTreeSet<&str> = codes.iter().copied().collect();
        assert_eq!(distinct.len(), codes.len(), "a code is given twice");
        let examples: BTreeSet<&str> = every_refusal().iter().map(|r| r.code).collect();
        assert_eq!(examples, distinct, "every code needs an example here");
    }

    #[test]
    fn every_refusal_reads_whole_in_every_language() {
        for lang in crate::i18n::all() {
            for reason in every_refusal() {
                let text = reason_text(lang, &reason);
                let code = reason.code;
                assert!(
                    !text.is_empty() && !text.starts_with("refusal-"),
                    "{lang:?} has no message for {code}"
                );
                assert!(
                    !text.contains('{') && !text.contains('$'),
                    "{lang:?} {code}: a value is not filled in: {text}"
                );
                // Every value the message is for is said, in the
                // language's digits; `n` and `field` only choose words.
                for (name, value) in &reason.params {
                    let said = match value {
                        _ if *name == "n" || *name == "field" => continue,
                        // A phone is told to reload, not given an id.
                        _ if code == "unknown_pledge" => continue,
                        // Change numbers are for programs (in `args`); a
                        // person is told to look again, not given a seq.
                        _ if code == "conflict" || code == "stale_plan" => continue,
                        Param::Number(n) => lang.number(*n),
                        Param::Text(text) => text.clone(),
                    };
                    assert!(
                        text.contains(&said),
                        "{lang:?} {code}: ${name} ({said}) is not in {text:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_english_is_what_the_api_and_logs_read() {
        let refusal = Refusal::Invalid(Why::NoSuchItem { item: 9, last: 5 });
        assert_eq!(
            refusal.to_string(),
            "there is no item 9: items are numbered 0 to 5"
        );
        let ar = crate::i18n::find("ar").unwrap();
        assert_eq!(
            refusal_text(ar, &refusal),
            "لا يوجد بند رقم ٩: البنود مرقّمة من ٠ إلى ٥"
        );
        let none = Refusal::Invalid(Why::NoSuchAsk {
            ask: "homes".into(),
            asks: Vec::new(),
        });
        assert_eq!(
            none.to_string(),
            "there is no ask `homes`; the plan has no asks"
        );
    }
}
