//! Parsers for the official list files, each yielding [`Entity`] records.
//!
//! They are part of the core (no I/O: they take bytes), so the page can parse fresh official
//! files a user drops on it, exactly as the command-line `build` does.
//!
//! A file is recognised by its content, never by its name ([`detect`]). A file that cannot be
//! read at all is an error naming the file; a malformed record is skipped and reported in
//! [`ParsedList::problems`], so one bad record never hides a whole list.

pub mod australia;
pub mod canada;
pub mod csl;
pub mod eu;
pub mod ofac_csv;
pub mod ofac_xml;
mod remarks;
pub mod sheet;
pub mod uk;
pub mod un;
pub mod xml;

use crate::error::{Error, Result};
use crate::model::{Entity, ListId};

/// The file formats the parsers understand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListFormat {
    /// UN Security Council Consolidated List XML.
    UnXml,
    /// EU Consolidated Financial Sanctions List, FSF XML 1.1.
    EuXml,
    /// EU Consolidated Financial Sanctions List, FSF CSV 1.1 (`;`-separated).
    EuCsv,
    /// One file of OFAC's legacy CSV set (sdn.csv and its parts, or the cons_ twins).
    OfacCsv(ofac_csv::Part),
    /// OFAC SDN.XML / CONSOLIDATED.XML.
    OfacXml,
    /// UK OFSI Consolidated List (ConList), XLSX.
    UkOfsiXlsx,
    /// UK OFSI Consolidated List (ConList), CSV.
    UkOfsiCsv,
    /// UK FCDO sanctions list search-service export, ODS or XLSX (primary names only).
    UkFcdoExport,
    /// Canada SEMA consolidated list, XML.
    CaSemaXml,
    /// Australia DFAT consolidated list, XLSX.
    AuDfatXlsx,
    /// US trade.gov Consolidated Screening List, CSV.
    UsCslCsv,
}

impl ListFormat {
    /// Short human name of the format.
    pub fn describe(self) -> &'static str {
        match self {
            ListFormat::UnXml => "UN Security Council consolidated XML",
            ListFormat::EuXml => "EU financial sanctions XML (FSF 1.1)",
            ListFormat::EuCsv => "EU financial sanctions CSV (FSF 1.1)",
            ListFormat::OfacCsv(part) => part.describe(),
            ListFormat::OfacXml => "OFAC SDN / consolidated XML",
            ListFormat::UkOfsiXlsx => "UK OFSI consolidated list XLSX",
            ListFormat::UkOfsiCsv => "UK OFSI consolidated list CSV",
            ListFormat::UkFcdoExport => "UK FCDO sanctions list export (primary names only)",
            ListFormat::CaSemaXml => "Canada SEMA consolidated list XML",
            ListFormat::AuDfatXlsx => "Australia DFAT consolidated list XLSX",
            ListFormat::UsCslCsv => "US trade.gov Consolidated Screening List CSV",
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
    // A gzip download is recognised by what it unpacks to (one level deep: a gzip inside a
    // gzip is no list), and parse() unpacks it the same way.
    if sheet::is_gzip(bytes) {
        let inner = sheet::gunzip(bytes).ok().filter(|inner| !sheet::is_gzip(inner))?;
        return detect(&inner);
    }
    if sheet::is_ods(bytes) {
        // The only ODS list is the FCDO export; parse() checks its header.
        return Some(ListFormat::UkFcdoExport);
    }
    // XLSX: only the first rows are read here, to find the header. Other zip files fall
    // through to the checks below.
    if let Some(rows) = sheet::is_zip(bytes).then(|| sheet::peek_xlsx(bytes, 5)).flatten() {
        if uk::sniff_conlist(&rows) {
            return Some(ListFormat::UkOfsiXlsx);
        }
        if australia::sniff(&rows) {
            return Some(ListFormat::AuDfatXlsx);
        }
        if uk::sniff_fcdo(&rows) {
            return Some(ListFormat::UkFcdoExport);
        }
    }
    let head = &bytes[..bytes.len().min(4096)];
    let head = String::from_utf8_lossy(head);
    let head = head.trim_start_matches('\u{feff}');
    if un::sniff(head) {
        return Some(ListFormat::UnXml);
    }
    if eu::sniff_xml(head) {
        return Some(ListFormat::EuXml);
    }
    if eu::sniff_csv(head) {
        return Some(ListFormat::EuCsv);
    }
    if ofac_xml::sniff(head) {
        return Some(ListFormat::OfacXml);
    }
    if canada::sniff(head) {
        return Some(ListFormat::CaSemaXml);
    }
    if uk::sniff_conlist_csv(head) {
        return Some(ListFormat::UkOfsiCsv);
    }
    if csl::sniff(head) {
        return Some(ListFormat::UsCslCsv);
    }
    if let Some(part) = ofac_csv::sniff(bytes) {
        return Some(ListFormat::OfacCsv(part));
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
    // OFAC's CSV set is one list in up to four files: its files are joined first. (A gzipped
    // part is read on its own by parse(), which unpacks it.)
    let is_ofac_csv = |f: &&InputFile<'_>| {
        matches!(detect(f.bytes), Some(ListFormat::OfacCsv(_)))
            && ofac_csv::sniff(f.bytes).is_some()
    };
    let csv_set: Vec<InputFile<'_>> = files.iter().filter(is_ofac_csv).copied().collect();
    let mut out = ofac_csv::parse_set(&csv_set);
    out.extend(files.iter().filter(|f| !is_ofac_csv(f)).map(|f| parse(f.bytes, f.name)));
    out
}

/// The month number of an English month name as lists write it: `Jan` … `Dec`, the full
/// name, or a longer abbreviation such as `Sept`, in any case, with or without a final dot.
/// Shared by every parser that reads dates in words (OFAC remarks, spreadsheet cells).
pub(crate) fn month_number(word: &str) -> Option<u8> {
    const FULL: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    // Any prefix of a full name from three letters on: "Sept" is September, "Marx" is nothing.
    FULL.iter().position(|m| m.starts_with(w.as_str())).map(|n| n as u8 + 1)
}

/// Detects the format of `bytes` and parses them. `file` names the file in error messages.
pub fn parse(bytes: &[u8], file: &str) -> Result<ParsedList> {
    if sheet::is_gzip(bytes) {
        let inner = sheet::gunzip(bytes).map_err(|e| Error::list_file(file, e))?;
        if sheet::is_gzip(&inner) {
            return Err(Error::list_file(file, "a gzip file inside a gzip file is not a list"));
        }
        // The fingerprint is of the file as given, so that it matches the download.
        let mut parsed = parse(&inner, file)?;
        parsed.files = vec![SourceFile::of(file, bytes)];
        return Ok(parsed);
    }
    let mut parsed = match detect(bytes) {
        Some(ListFormat::UnXml) => un::parse(bytes, file)?,
        Some(ListFormat::EuXml) => eu::parse_xml(bytes, file)?,
        Some(ListFormat::EuCsv) => eu::parse_csv(bytes, file)?,
        Some(ListFormat::OfacCsv(_)) => ofac_csv::parse(bytes, file)?,
        Some(ListFormat::OfacXml) => ofac_xml::parse(bytes, file)?,
        Some(ListFormat::UkOfsiXlsx) => uk::parse_xlsx(bytes, file)?,
        Some(ListFormat::UkOfsiCsv) => uk::parse_csv(bytes, file)?,
        Some(ListFormat::UkFcdoExport) => uk::parse_fcdo(bytes, file)?,
        Some(ListFormat::CaSemaXml) => canada::parse(bytes, file)?,
        Some(ListFormat::AuDfatXlsx) => australia::parse(bytes, file)?,
        Some(ListFormat::UsCslCsv) => csl::parse(bytes, file)?,
        None => Err(Error::list_file(
            file,
            "not a sanctions list this tool can read (supported: UN Security Council \
             consolidated XML, EU financial sanctions XML and CSV, OFAC SDN/consolidated XML \
             and legacy CSV, UK OFSI XLSX/CSV, UK FCDO export, Canada SEMA XML, Australia DFAT \
             XLSX, US trade.gov CSL CSV; any of them gzip-compressed)",
        ))?,
    };
    parsed.files = vec![SourceFile::of(file, bytes)];
    Ok(parsed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_names_are_read_in_every_written_form() {
        assert_eq!(month_number("Mar"), Some(3));
        assert_eq!(month_number("sept."), Some(9));
        assert_eq!(month_number("DECEMBER"), Some(12));
        assert_eq!(month_number("Marx"), None);
        assert_eq!(month_number("ma"), None);
        assert_eq!(month_number(""), None);
    }

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
