//! How much a spreadsheet may hold, and the [`Refusal`] of one that holds
//! more. Nothing a file declares about itself (a sheet's dimensions, a
//! zip's sizes, a repeat count, a count of strings) is trusted: each is
//! bounded here before anything is allocated for it.
//!
//! The largest supported plan has 500 institutions and 200 items, a few
//! thousand rows in all; a workbook of it unpacks to a few MB. The caps
//! leave room for notes and extra columns, and refuse what no plan needs.

use serde::{Deserialize, Serialize};

/// Most bytes the files of one import may have together, as sent.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;
/// Most bytes one workbook may unpack to, every part of it together,
/// counted while unpacking (never from the sizes the zip declares).
pub const MAX_UNPACKED: u64 = 32 * 1024 * 1024;
/// Most parts in one workbook's zip (a plan's has a few dozen).
pub const MAX_PARTS: usize = 1_000;
/// Most sheets in one workbook (a plan has six kinds).
pub const MAX_SHEETS: usize = 64;
/// Most rows one sheet may span, from its first filled row to its last.
pub const MAX_ROWS: usize = 10_000;
/// Most columns, A to IV (what Excel 2003 had).
pub const MAX_COLUMNS: usize = 256;
/// Most cells every sheet of every file may hold together, counted as
/// rows times columns, empty ones included.
pub const MAX_CELLS: usize = 1_000_000;
/// Most distinct strings a workbook may declare it shares.
pub const MAX_SHARED_STRINGS: u64 = 1_000_000;
/// Most characters in one cell: five times a plan's longest text (an
/// ask's or an item's notes, 2,000).
pub const MAX_CELL_TEXT: usize = 10_000;
/// Most bytes of text every cell together may hold: a shared string is
/// stored once but counted in every cell that shows it.
pub const MAX_TEXT: usize = 16 * 1024 * 1024;

/// Why an import was not read at all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Refusal {
    pub kind: RefusalKind,
    /// What was too big or went wrong, and what to do: for the organiser.
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RefusalKind {
    /// Larger than any plan needs (HTTP 413).
    TooLarge,
    /// Could not be read: the reader ran out of time or memory, or failed
    /// (HTTP 422).
    Unreadable,
}

impl Refusal {
    pub fn too_large(message: impl Into<String>) -> Refusal {
        Refusal {
            kind: RefusalKind::TooLarge,
            message: message.into(),
        }
    }

    pub fn unreadable(message: impl Into<String>) -> Refusal {
        Refusal {
            kind: RefusalKind::Unreadable,
            message: message.into(),
        }
    }

    /// A sheet spanning more rows than a plan needs: `what` is `the sheet
    /// Institutions`, or a CSV file's name.
    pub fn rows(what: &str, told: &str) -> Refusal {
        Refusal::too_large(format!(
            "{what} {told}; a plan needs at most {} rows: delete the empty rows \
             below the table, or copy the table into a new sheet and import that",
            thousands(MAX_ROWS as u64)
        ))
    }

    /// A sheet reaching further right than a plan needs.
    pub fn columns(what: &str, told: &str) -> Refusal {
        Refusal::too_large(format!(
            "{what} {told}; a plan needs at most {} columns: delete the empty \
             columns right of the table, or copy the table into a new sheet and import that",
            thousands(MAX_COLUMNS as u64)
        ))
    }

    /// Every sheet together holding more cells than a plan needs.
    pub fn cells(at: &str) -> Refusal {
        Refusal::too_large(format!(
            "the files hold more than {} cells together (counting to {at}); a plan needs far \
             fewer: import only the sheets of the plan, without empty rows and columns",
            thousands(MAX_CELLS as u64)
        ))
    }
}

/// Count a cell's text against [`MAX_CELL_TEXT`] and, in `total`,
/// against [`MAX_TEXT`]. `what` names the sheet or file, `at` the cell.
pub fn text(
    total: &mut usize,
    what: &str,
    at: impl FnOnce() -> String,
    text: &str,
) -> Result<(), Refusal> {
    if text.len() > MAX_CELL_TEXT && text.chars().count() > MAX_CELL_TEXT {
        return Err(Refusal::too_large(format!(
            "{what} has {} characters in cell {}; a plan's longest text is 2,000: shorten it, \
             or leave that column out of the file",
            thousands(text.chars().count() as u64),
            at()
        )));
    }
    *total += text.len();
    if *total > MAX_TEXT {
        return Err(Refusal::too_large(format!(
            "the sheets hold more than {} MB of text (counting to {what}, cell {}); a plan's \
             hold well under one: import only the plan's sheets, without long notes or pasted \
             documents",
            megabytes(MAX_TEXT as u64),
            at()
        )));
    }
    Ok(())
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Refusal {}

/// `1048576` as `1,048,576`.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Whole MB, for messages.
pub fn megabytes(bytes: u64) -> u64 {
    bytes / (1024 * 1024)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_written_with_thousands_separators() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(10_000), "10,000");
        assert_eq!(thousands(1_048_576), "1,048,576");
    }
}
