//! A workbook's zip, unpacked once through a counting reader before any
//! spreadsheet reader sees it: the parts' real sizes, not the sizes the
//! zip declares, are held to [`MAX_UNPACKED`]; an xlsx file's declared
//! string count is read and bounded too (an ODS file's repeat counts in
//! [`super::ods`]).
//! Only then does calamine read the same bytes, which now unpack to what
//! was counted.

use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};

use super::limits::{MAX_PARTS, MAX_SHARED_STRINGS, MAX_UNPACKED, Refusal, megabytes, thousands};

/// How much of the shared strings is kept to read the count it declares.
const SHARED_HEAD: u64 = 64 * 1024;

/// What a workbook's zip holds, once its size is known to be bounded.
#[derive(Debug, Default)]
pub struct Package {
    /// An ODS file's `content.xml`, every sheet of it.
    pub ods_content: Option<Vec<u8>>,
    /// The start of an xlsx file's shared strings.
    shared_head: Option<Vec<u8>>,
}

/// Unpack every part of `bytes` through a counting reader. `Ok(None)`:
/// not a zip that can be read (the spreadsheet reader says why).
pub fn unpack(file: &str, bytes: &[u8]) -> Result<Option<Package>, Refusal> {
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(None);
    };
    if archive.len() > MAX_PARTS {
        return Err(Refusal::too_large(format!(
            "{file} is made of {} parts; a plan's workbook has a few dozen: save the plan's \
             sheets into a new workbook and import that",
            thousands(archive.len() as u64)
        )));
    }
    let mut package = Package::default();
    let mut unpacked = 0u64;
    for i in 0..archive.len() {
        let Ok(mut part) = archive.by_index(i) else {
            return Ok(None);
        };
        let shown = part.name().map(|n| n.into_owned()).unwrap_or_default();
        let name = shown.to_ascii_lowercase();
        let left = MAX_UNPACKED - unpacked;
        // One byte more than is left tells a part that is too big.
        let mut limited = (&mut part).take(left + 1);
        let read = if name == "content.xml" {
            let mut content = Vec::new();
            let n = limited.read_to_end(&mut content);
            package.ods_content = Some(content);
            n.map(|n| n as u64)
        } else if name.ends_with("sharedstrings.xml") {
            let mut head = Vec::new();
            let kept = (&mut limited).take(SHARED_HEAD).read_to_end(&mut head);
            let rest = std::io::copy(&mut limited, &mut std::io::sink());
            package.shared_head = Some(head);
            kept.and_then(|k| rest.map(|r| k as u64 + r))
        } else {
            std::io::copy(&mut limited, &mut std::io::sink())
        };
        let Ok(read) = read else {
            // A broken part: the spreadsheet reader tells what it is.
            return Ok(None);
        };
        unpacked += read;
        if unpacked > MAX_UNPACKED {
            return Err(Refusal::too_large(format!(
                "{file} unpacks to more than {} MB (reaching it in its part {}); a plan's \
                 workbook unpacks to a few MB: delete pictures and other sheets, or save each \
                 sheet as a CSV file and import those",
                megabytes(MAX_UNPACKED),
                shown
            )));
        }
    }
    Ok(Some(package))
}

impl Package {
    /// The count of strings the workbook declares it shares, bounded:
    /// the reader reserves room for that many before reading one.
    pub fn check_shared_strings(&self, file: &str) -> Result<(), Refusal> {
        let Some(head) = &self.shared_head else {
            return Ok(());
        };
        let mut reader = quick_xml::Reader::from_reader(&head[..]);
        let mut buf = Vec::new();
        loop {
            match reader.read_event_into(&mut buf) {
                Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == "sst" => {
                    for name in ["uniqueCount", "count"] {
                        let declared = number(&e, name).unwrap_or(0);
                        if declared > MAX_SHARED_STRINGS {
                            return Err(Refusal::too_large(format!(
                                "{file} declares {} shared strings; a plan needs far fewer \
                                 than {}: save the plan's sheets into a new workbook and \
                                 import that",
                                thousands(declared),
                                thousands(MAX_SHARED_STRINGS)
                            )));
                        }
                    }
                    return Ok(());
                }
                Ok(Event::Eof) | Err(_) => return Ok(()),
                _ => {}
            }
            buf.clear();
        }
    }
}

/// An attribute as a whole number; `None` when absent or not one.
pub(super) fn number(e: &BytesStart<'_>, name: &str) -> Option<u64> {
    let attr = e.try_get_attribute(name).ok().flatten()?;
    attr.value.trim().parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_declared_count_of_shared_strings_is_bounded() {
        let package = Package {
            ods_content: None,
            shared_head: Some(
                br#"<?xml version="1.0"?><sst xmlns="x" count="5" uniqueCount="999999999999">"#
                    .to_vec(),
            ),
        };
        let refused = package.check_shared_strings("t.xlsx").unwrap_err();
        assert!(
            refused.message.contains("999,999,999,999 shared strings"),
            "{refused}"
        );
    }
}
