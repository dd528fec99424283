//! The wire format: chair commands as they arrive over HTTP or a socket, and
//! the messages the server sends on a socket.
//!
//! Commands are flat JSON objects named by `cmd`, with two optional fields
//! any command may carry: `expect` (the `seq` the sender last saw) and `id`
//! (an idempotency key).

use serde::Serialize;
use serde_json::Value;

use crate::domain::ChairCommand;
use crate::domain::command::EXTEND_MAX_SECONDS;
use crate::domain::state::{Reason, Refusal};

/// The largest request body or socket message the server accepts.
pub const MESSAGE_LIMIT: usize = 16 * 1024;

/// A chair command with its envelope fields taken off.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub command: ChairCommand,
    pub expect: Option<u64>,
    pub id: Option<String>,
}

/// A command that could not be read, with a message for the person who sent it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadRequest(pub String);

impl std::fmt::Display for BadRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

const COMMANDS: &str = "start, next, back, goto, pause, resume, extend, respond, turnout, reveal, message, display, follow_up, commitment, undo, end";

/// Read one chair command from JSON text.
pub fn parse_chair(text: &str) -> Result<Request, BadRequest> {
    let value: Value = serde_json::from_str(text).map_err(|e| {
        BadRequest(format!(
            "the command is not valid JSON ({e}); send an object such as {{\"cmd\": \"next\"}}"
        ))
    })?;
    let Value::Object(mut object) = value else {
        return Err(BadRequest(
            "a command must be a JSON object such as {\"cmd\": \"next\"}".into(),
        ));
    };
    let expect = match object.remove("expect") {
        None | Some(Value::Null) => None,
        Some(Value::Number(n)) if n.as_u64().is_some() => n.as_u64(),
        Some(_) => {
            return Err(BadRequest(
                "`expect` must be the whole number `seq` you last saw, such as 12".into(),
            ));
        }
    };
    let id = match object.remove("id") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s),
        Some(_) => {
            return Err(BadRequest(
                "`id` must be a string, fresh for every command you send".into(),
            ));
        }
    };
    let name = match object.get("cmd") {
        Some(Value::String(s)) => s.clone(),
        Some(_) => {
            return Err(BadRequest(format!(
                "`cmd` must be a string, one of: {COMMANDS}"
            )));
        }
        None => {
            return Err(BadRequest(format!(
                "the command has no `cmd`; name one of: {COMMANDS}"
            )));
        }
    };
    if name == "extend" {
        check_seconds(object.get("seconds"))?;
    }
    if name == "follow_up" {
        check_day(object.get("at"))?;
    }
    if name == "commitment" {
        check_due(object.get("due"))?;
    }
    // serde's `deny_unknown_fields` refuses extra keys on commands with
    // fields, but not on those without any: check those here.
    if UNIT_COMMANDS.contains(&name.as_str())
        && let Some(extra) = object.keys().find(|k| k.as_str() != "cmd")
    {
        return Err(BadRequest(format!(
            "`{name}` does not take `{extra}`; remove it (see docs/api.md for each command's fields)"
        )));
    }
    let command: ChairCommand =
        serde_json::from_value(Value::Object(object)).map_err(|e| explain(&name, &e))?;
    Ok(Request {
        command,
        expect,
        id,
    })
}

/// Commands that take no fields.
const UNIT_COMMANDS: [&str; 7] = ["start", "next", "back", "pause", "resume", "undo", "end"];

/// `extend`'s `seconds`, read plainly: a whole number within the limit,
/// whatever JSON arrives (huge, fractional, quoted).
fn check_seconds(seconds: Option<&Value>) -> Result<(), BadRequest> {
    let max = i64::from(EXTEND_MAX_SECONDS);
    let within = match seconds {
        None => return Ok(()),
        Some(Value::Number(n)) => n
            .as_i64()
            .is_some_and(|s| s != 0 && s.unsigned_abs() <= max.unsigned_abs()),
        Some(_) => false,
    };
    if within {
        return Ok(());
    }
    Err(BadRequest(format!(
        "`extend`: `seconds` must be a whole number of seconds from -{max} to {max}, not 0 \
         (negative takes time away), such as {{\"cmd\": \"extend\", \"seconds\": 60}}"
    )))
}

/// `commitment`'s `due`: text (the domain reads the day in it), or left
/// out (or empty) for no due day.
fn check_due(due: Option<&Value>) -> Result<(), BadRequest> {
    match due {
        None | Some(Value::Null | Value::String(_)) => Ok(()),
        Some(_) => Err(BadRequest(
            "`commitment`: `due` is the day it is due, as text written YYYY-MM-DD \
             such as {\"due\": \"2026-09-30\"}; leave it out (or empty) for no due day"
                .into(),
        )),
    }
}

/// `follow_up`'s `at`: text (the domain reads the day in it), or left
/// out for today; a number or anything else gets a plain answer.
fn check_day(at: Option<&Value>) -> Result<(), BadRequest> {
    match at {
        None | Some(Value::Null | Value::String(_)) => Ok(()),
        Some(_) => Err(BadRequest(
            "`follow_up`: `at` is the day the step happened, as text written YYYY-MM-DD \
             such as {\"at\": \"2026-06-03\"}; leave it out for today"
                .into(),
        )),
    }
}

fn explain(name: &str, error: &serde_json::Error) -> BadRequest {
    let text = error.to_string();
    if !COMMANDS.split(", ").any(|known| known == name) {
        return BadRequest(format!(
            "there is no command `{name}`; use one of: {COMMANDS}"
        ));
    }
    let text = text.split(" at line ").next().unwrap_or(&text).to_string();
    BadRequest(format!("`{name}`: {}", text.replace("variant", "value")))
}

/// A message an attendee's phone may send on its socket.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[serde(tag = "cmd", rename_all = "snake_case", deny_unknown_fields)]
pub enum AttendeeMessage {
    /// Yes or no to the open audience pledge.
    Pledge {
        pledge: String,
        yes: bool,
        #[serde(default)]
        id: Option<String>,
    },
}

/// Refusals that come from the server rather than the assembly's rules
/// (`domain::state::Why`), which a phone can meet too: each has its
/// `refusal-<code>` message like the domain's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Turned {
    /// A phone changed its answer too often in a short while.
    TooManyChanges,
    /// Too many new phones from one network at once.
    TooManyPhones,
    /// A pledge answer that is neither yes nor no.
    BadAnswer,
    /// A request from a page that is not the assembly's own.
    WrongAddress,
    /// The hub cannot take changes (stopped, or the log cannot be written).
    Unavailable,
    /// A relay has lost its link to the hall: nothing was sent.
    Reconnecting,
}

impl Turned {
    pub const ALL: [Turned; 6] = [
        Turned::TooManyChanges,
        Turned::TooManyPhones,
        Turned::BadAnswer,
        Turned::WrongAddress,
        Turned::Unavailable,
        Turned::Reconnecting,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Turned::TooManyChanges => "too_many_changes",
            Turned::TooManyPhones => "too_many_phones",
            Turned::BadAnswer => "bad_answer",
            Turned::WrongAddress => "wrong_address",
            Turned::Unavailable => "unavailable",
            Turned::Reconnecting => "reconnecting",
        }
    }

    pub fn reason(self) -> Reason {
        Reason::new(self.code())
    }
}

/// Every code a reply's `refusal` can hold: the domain's and the server's.
pub fn refusal_codes() -> impl Iterator<Item = &'static str> {
    Refusal::codes().chain(Turned::ALL.into_iter().map(Turned::code))
}

/// The answer to a command sent on a socket.
#[derive(Debug, Serialize)]
#[serde(tag = "type", rename = "result")]
pub struct Reply<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<&'a str>,
    pub ok: bool,
    /// HTTP-style status: 200, 400, 401, 409 or 503.
    pub status: u16,
    pub seq: u64,
    /// Whether this command changed anything (false for a repeated `id`).
    pub applied: bool,
    /// In English, for API clients and logs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<&'a str>,
    /// Why, as a code a page renders in its language (`refusal-<code>`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refusal: Option<&'static str>,
    /// The code's named values.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub args: Option<serde_json::Map<String, Value>>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Answer;

    #[test]
    fn reads_a_command_with_expect_and_id() {
        let r = parse_chair(r#"{"cmd":"next","expect":4,"id":"a1"}"#).unwrap();
        assert_eq!(r.command, ChairCommand::Next);
        assert_eq!(r.expect, Some(4));
        assert_eq!(r.id.as_deref(), Some("a1"));
    }

    #[test]
    fn reads_respond_with_and_without_note() {
        let r =
            parse_chair(r#"{"cmd":"respond","ask":"a","holder":"h","answer":"waffle"}"#).unwrap();
        assert_eq!(
            r.command,
            ChairCommand::Respond {
                ask: "a".into(),
                holder: "h".into(),
                answer: Answer::Waffle,
                note: None
            }
        );
        let r =
            parse_chair(r#"{"cmd":"respond","ask":"a","holder":"h","answer":"yes","note":null}"#)
                .unwrap();
        assert!(matches!(
            r.command,
            ChairCommand::Respond { note: None, .. }
        ));
    }

    #[test]
    fn reads_follow_up_with_and_without_its_day() {
        let r = parse_chair(
            r#"{"cmd":"follow_up","ask":"a","holder":"h","status":"broken","at":"2026-06-03"}"#,
        )
        .unwrap();
        assert_eq!(
            r.command,
            ChairCommand::FollowUp {
                assembly: None,
                ask: "a".into(),
                holder: "h".into(),
                status: crate::domain::FollowUpStatus::Broken,
                note: None,
                public_note: None,
                at: Some("2026-06-03".into()),
                confirm: false,
            }
        );
        for text in [
            r#"{"cmd":"follow_up","ask":"a","holder":"h","status":"achieved"}"#,
            r#"{"cmd":"follow_up","ask":"a","holder":"h","status":"achieved","at":null}"#,
        ] {
            assert!(matches!(
                parse_chair(text).unwrap().command,
                ChairCommand::FollowUp { at: None, .. }
            ));
        }
        for at in ["20260603", "[2026,6,3]", "{}", "true"] {
            let text = format!(
                r#"{{"cmd":"follow_up","ask":"a","holder":"h","status":"achieved","at":{at}}}"#
            );
            let e = parse_chair(&text).unwrap_err();
            assert!(e.0.contains("YYYY-MM-DD"), "{text}: {e}");
        }
        // Every status a person may pick, by its code.
        for status in ["not_started", "in_progress", "achieved", "broken"] {
            let text =
                format!(r#"{{"cmd":"follow_up","ask":"a","holder":"h","status":"{status}"}}"#);
            assert!(parse_chair(&text).is_ok(), "{status}");
        }
        let e = parse_chair(r#"{"cmd":"follow_up","ask":"a","holder":"h","status":"done"}"#)
            .unwrap_err();
        assert!(e.0.contains("`done`") && e.0.contains("achieved"), "{e}");
    }

    #[test]
    fn refuses_unknown_fields_even_on_plain_commands() {
        let e = parse_chair(r#"{"cmd":"next","item":3}"#).unwrap_err();
        assert!(e.0.contains("`next` does not take `item`"), "{e}");
        let e = parse_chair(r#"{"cmd":"goto","item":3,"itme":4}"#).unwrap_err();
        assert!(e.0.contains("itme"), "{e}");
    }

    #[test]
    fn refuses_a_note_on_commands_that_take_none() {
        for text in [
            r#"{"cmd":"start","note":"x"}"#,
            r#"{"cmd":"next","note":null}"#,
            r#"{"cmd":"extend","seconds":30,"note":"x"}"#,
            r#"{"cmd":"reveal","pledge":"p","note":"x"}"#,
        ] {
            let e = parse_chair(text).unwrap_err();
            assert!(e.0.contains("note"), "{text}: {e}");
        }
        for text in [
            r#"{"cmd":"respond","ask":"a","holder":"h","answer":"yes","note":"x"}"#,
            r#"{"cmd":"follow_up","ask":"a","holder":"h","status":"achieved","note":"x"}"#,
            r#"{"cmd":"display","qr":null,"timer":false}"#,
        ] {
            assert!(parse_chair(text).is_ok(), "{text}");
        }
    }

    #[test]
    fn every_command_refuses_a_field_it_does_not_take() {
        for name in COMMANDS.split(", ") {
            let text = format!(r#"{{"cmd":"{name}","zzz":1}}"#);
            let e = parse_chair(&text).unwrap_err();
            assert!(e.0.contains("zzz"), "{text}: {e}");
        }
        for name in UNIT_COMMANDS {
            assert!(
                parse_chair(&format!(r#"{{"cmd":"{name}"}}"#)).is_ok(),
                "{name}"
            );
        }
    }

    #[test]
    fn refuses_extend_seconds_that_are_not_a_sane_whole_number() {
        for seconds in [
            "9223372036854775807",
            "-9223372036854775808",
            "18446744073709551615",
            "1e300",
            "1.5",
            "\"60\"",
            "null",
            "0",
            "3601",
            "-3601",
            "2147483648",
            "-2147483648",
        ] {
            let text = format!(r#"{{"cmd":"extend","seconds":{seconds}}}"#);
            let e = parse_chair(&text).unwrap_err();
            assert!(
                e.0.contains("whole number of seconds from -3600 to 3600"),
                "{text}: {e}"
            );
        }
        for seconds in [-3600, -1, 1, 3600] {
            let text = format!(r#"{{"cmd":"extend","seconds":{seconds}}}"#);
            assert_eq!(
                parse_chair(&text).unwrap().command,
                ChairCommand::Extend { seconds }
            );
        }
    }

    #[test]
    fn explains_bad_input() {
        for (text, needle) in [
            ("not json", "not valid JSON"),
            ("[1]", "JSON object"),
            ("{}", "has no `cmd`"),
            (r#"{"cmd":"jump"}"#, "no command `jump`"),
            (r#"{"cmd":7}"#, "must be a string"),
            (r#"{"cmd":"goto"}"#, "missing field `item`"),
            (r#"{"cmd":"next","expect":-1}"#, "`expect`"),
            (r#"{"cmd":"next","id":5}"#, "`id`"),
            (
                r#"{"cmd":"respond","ask":"a","holder":"h","answer":"maybe"}"#,
                "maybe",
            ),
        ] {
            let e = parse_chair(text).unwrap_err();
            assert!(e.0.contains(needle), "{text}: {e}");
        }
    }

    use proptest::prelude::*;

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]

        /// Any text a socket or the API can receive gets an answer, never a panic.
        #[test]
        fn any_text_is_read_or_refused_plainly(text in ".{0,200}") {
            if let Err(e) = parse_chair(&text) {
                proptest::prop_assert!(!e.0.is_empty());
            }
            let _ = serde_json::from_str::<AttendeeMessage>(&text);
        }

        /// Commands with the right name and random fields are read or refused plainly.
        #[test]
        fn any_fields_are_read_or_refused_plainly(
            name in proptest::sample::select(COMMANDS.split(", ").collect::<Vec<_>>()),
            fields in proptest::collection::btree_map(
                "(item|seconds|ask|holder|answer|note|institution|count|pledge|to|text|expect|id|qr|status|at|[a-z]{1,6})",
                proptest::prop_oneof![
                    proptest::prelude::any::<i64>().prop_map(|n| n.to_string()),
                    "\"[a-z ]{0,10}\"",
                    proptest::prelude::Just("null".to_string()),
                    proptest::prelude::Just("true".to_string()),
                    proptest::prelude::Just("[1,2]".to_string()),
                    proptest::prelude::Just("{}".to_string()),
                ],
                0..5,
            ),
        ) {
            let mut text = format!("{{\"cmd\":\"{name}\"");
            for (k, v) in fields {
                text.push_str(&format!(",\"{k}\":{v}"));
            }
            text.push('}');
            match parse_chair(&text) {
                Ok(request) => proptest::prop_assert_eq!(request.command.name(), name),
                Err(e) => proptest::prop_assert!(!e.0.contains("panicked")),
            }
        }
    }
}
