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
    /// The file or files the list was read from, main file first.
    pub files: Vec<SourceFile>,
}

/// One file a list was read from.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SourceFile {
    /// File name.
    pub name: String,
    /// SHA-256 of its bytes, lowercase hex.
    pub sha256: String,
}

impl SourceFile {
    /// Names a file and fingerprints its bytes.
    pub fn of(name: &str, bytes: &[u8]) -> SourceFile {
        use sha2::{Digest, Sha256};
        SourceFile { name: name.to_string(), sha256: crate::index::hex(&Sha256::digest(bytes)) }
    }
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

/// One input file: its name (for messages and as a hint where content cannot tell two lists of
/// one format apart) and its bytes.
#[derive(Debug, Clone, Copy)]
pub struct InputFile<'a> {
    /// File name, without directories.
    pub name: &'a str,
    /// Whole file content.
    pub bytes: &'a [u8],
}

/// Parses a batch of files given together (one directory, or the files a user dropped on the
/// page). Returns one result per list: a list published as several files is joined across the
/// batch, and a file that cannot be read gives an error naming it, without stopping the rest.
pub fn parse_all(files: &[InputFile<'_>]) -> Vec<Result<ParsedList>> {
    files.iter().map(|f| parse(f.bytes, f.name)).collect()
}

/// Detects the format of `bytes` and parses them. `file` names the file in error messages.
pub fn parse(bytes: &[u8], file: &str) -> Result<ParsedList> {
    let mut parsed = match detect(bytes) {
        Some(ListFormat::UnXml) => un::parse(bytes, file)?,
        None => Err(Error::list_file(
            file,
            "not a sanctions list this tool can read (supported: UN Security Council \
             consolidated XML)",
        ))?,
    };
    parsed.files = vec![SourceFile::of(file, bytes)];
    Ok(parsed)
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
