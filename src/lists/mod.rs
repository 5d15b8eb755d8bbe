//! Parsers for the official list files, each yielding [`Entity`] records.
//!
//! They are part of the core (no I/O: they take bytes), so the page can parse fresh official
//! files a user drops on it, exactly as the command-line `build` does.
//!
//! A file is recognised by its content, never by its name ([`detect`]). A file that cannot be
//! read at all is an error naming the file; a malformed record is skipped and reported in
//! [`ParsedList::problems`], so one bad record never hides a whole list.

pub mod un;
pub mod xml;

use crate::error::{Error, Result};
use crate::model::{Entity, ListId};

/// The file formats the parsers understand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListFormat {
    /// UN Security Council Consolidated List XML.
    UnXml,
}

impl ListFormat {
    /// Short human name of the format.
    pub fn describe(self) -> &'static str {
        match self {
            ListFormat::UnXml => "UN Security Council consolidated XML",
        }
    }
}

/// Everything one list file gave.
#[derive(Debug, Clone)]
pub struct ParsedList {
    /// Which list it is.
    pub list: ListId,
    /// Publication date printed inside the file (`YYYY-MM-DD`), when it has one.
    pub published: Option<String>,
    /// The records that could be read.
    pub entities: Vec<Entity>,
    /// Records that were skipped, each with file, record and field.
    pub problems: Vec<Error>,
}

/// Recognises a list file from its first bytes. Returns `None` for anything else.
pub fn detect(bytes: &[u8]) -> Option<ListFormat> {
    let head = &bytes[..bytes.len().min(4096)];
    let head = String::from_utf8_lossy(head);
    let head = head.trim_start_matches('\u{feff}');
    if un::sniff(head) {
        return Some(ListFormat::UnXml);
    }
    None
}

/// Detects the format of `bytes` and parses them. `file` names the file in error messages.
pub fn parse(bytes: &[u8], file: &str) -> Result<ParsedList> {
    match detect(bytes) {
        Some(ListFormat::UnXml) => un::parse(bytes, file),
        None => Err(Error::list_file(
            file,
            "not a sanctions list this tool can read (supported: UN Security Council \
             consolidated XML)",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detection_ignores_a_byte_order_mark() {
        let with_bom = "\u{feff}<?xml version=\"1.0\"?><CONSOLIDATED_LIST/>".as_bytes();
        assert_eq!(detect(with_bom), Some(ListFormat::UnXml));
    }

    #[test]
    fn a_file_that_is_not_a_list_names_the_file() {
        let err = parse(b"name,dob\nPutin,1952\n", "partners.csv").unwrap_err();
        assert!(err.to_string().starts_with("partners.csv: not a sanctions list"), "{err}");
    }
}
