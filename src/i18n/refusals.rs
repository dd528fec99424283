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
