//! The validated plan: who is coming, who is asked what, and the running order.
//!
//! Values of these types have passed `plan::parse`, so every reference
//! resolves and every duration is positive. They are stored as JSON in the
//! event log so a restart never depends on the plan file still existing.

use serde::{Deserialize, Serialize};

/// A whole assembly as the organiser planned it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    pub assembly: AssemblyInfo,
    pub institutions: Vec<Institution>,
    pub power_holders: Vec<PowerHolder>,
    pub asks: Vec<Ask>,
    pub pledges: Vec<Pledge>,
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssemblyInfo {
    pub title: String,
    pub venue: String,
    /// RFC 3339, as written in the plan; `None` when the plan gives no time.
    pub starts: Option<String>,
    /// IANA name, as the tz database spells it; `None`: the server's zone.
    /// Absent from plans saved before it existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
}

/// A member institution that promised to bring people.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Institution {
    pub id: String,
    pub name: String,
    pub promised: u32,
}

/// Someone with power who is asked to answer yes or no on stage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PowerHolder {
    pub id: String,
    pub name: String,
    pub role: String,
}

/// A concrete ask put to one or more power-holders.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ask {
    pub id: String,
    pub title: String,
    pub text: String,
    /// Power-holder ids, in the order they answer.
    pub to: Vec<String>,
}

/// A yes/no put to the audience.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pledge {
    pub id: String,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    Welcome,
    RollCall,
    Testimony,
    Ask,
    Response,
    Pledge,
    Speech,
    Close,
}

impl ItemKind {
    pub const ALL: [ItemKind; 8] = [
        ItemKind::Welcome,
        ItemKind::RollCall,
        ItemKind::Testimony,
        ItemKind::Ask,
        ItemKind::Response,
        ItemKind::Pledge,
        ItemKind::Speech,
        ItemKind::Close,
    ];

    /// The name used in plan files and on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            ItemKind::Welcome => "welcome",
            ItemKind::RollCall => "roll_call",
            ItemKind::Testimony => "testimony",
            ItemKind::Ask => "ask",
            ItemKind::Response => "response",
            ItemKind::Pledge => "pledge",
            ItemKind::Speech => "speech",
            ItemKind::Close => "close",
        }
    }

    pub fn parse(s: &str) -> Option<ItemKind> {
        ItemKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// A label for people: "Roll call", "Testimony".
    pub fn label(self) -> &'static str {
        match self {
            ItemKind::Welcome => "Welcome",
            ItemKind::RollCall => "Roll call",
            ItemKind::Testimony => "Testimony",
            ItemKind::Ask => "Ask",
            ItemKind::Response => "Response",
            ItemKind::Pledge => "Pledge",
            ItemKind::Speech => "Speech",
            ItemKind::Close => "Close",
        }
    }
}

/// One entry of the running order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    pub title: String,
    pub kind: ItemKind,
    /// Planned length in whole seconds, always at least 1.
    pub seconds: u32,
    pub lead: Option<String>,
    /// Ask id, for ask and response items.
    pub ask: Option<String>,
    /// Pledge id, for pledge items.
    pub pledge: Option<String>,
    /// For the chair only; never sent to public pages.
    pub notes: Option<String>,
}

impl Plan {
    pub fn institution(&self, id: &str) -> Option<&Institution> {
        self.institutions.iter().find(|i| i.id == id)
    }

    pub fn power_holder(&self, id: &str) -> Option<&PowerHolder> {
        self.power_holders.iter().find(|p| p.id == id)
    }

    pub fn ask(&self, id: &str) -> Option<&Ask> {
        self.asks.iter().find(|a| a.id == id)
    }

    pub fn pledge(&self, id: &str) -> Option<&Pledge> {
        self.pledges.iter().find(|p| p.id == id)
    }

    pub fn total_promised(&self) -> u64 {
        self.institutions
            .iter()
            .map(|i| u64::from(i.promised))
            .sum()
    }

    /// Sum of planned item lengths, in milliseconds.
    pub fn planned_ms(&self) -> i64 {
        self.items.iter().map(|i| i64::from(i.seconds) * 1000).sum()
    }
}
