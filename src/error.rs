//! The crate's one error type.
//!
//! An opaque [`Error`] wraps a private [`ErrorKind`], as aho-corasick and fst do, so that
//! variants can grow without breaking callers. Every message says what went wrong *and* what the
//! reader can do about it, because the same text reaches a trader in the browser.

use std::fmt;

/// A `Result` with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in the core: a bad dataset, a list file that cannot be read, a
/// query that makes no sense.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum ErrorKind {
    /// The bytes do not start with the dataset magic.
    NotADataset,
    /// The dataset was written by another format version.
    Version { expected: u32, got: u32 },
    /// The dataset is shorter than its header says or its checksum does not match.
    Corrupt { reason: String },
    /// A list file could not be read as a whole (not a list, broken XML, unknown format).
    ListFile { file: String, reason: String },
    /// One record of a list file is malformed; the rest of the file can still load.
    ListRecord { list: String, record: usize, field: &'static str, reason: String },
    /// A query field the user typed cannot be understood.
    Query { field: &'static str, reason: String },
    /// A goods query against a dataset built without goods tables.
    NoGoodsData,
    /// A list update was refused as a whole; the dataset in use stays as it was.
    Update { reason: String },
    /// No dataset could be built from the list files given (no dataset was loaded before).
    Build { reason: String },
    /// A user's table (CSV or spreadsheet of partners or goods) cannot be read.
    Table { file: String, reason: String },
    /// An ownership structure that cannot be read or evaluated (`row` is the CSV line).
    Structure { row: Option<usize>, reason: String },
}

impl Error {
    pub(crate) fn not_a_dataset() -> Error {
        Error { kind: ErrorKind::NotADataset }
    }

    pub(crate) fn version(expected: u32, got: u32) -> Error {
        Error { kind: ErrorKind::Version { expected, got } }
    }

    pub(crate) fn corrupt(reason: impl Into<String>) -> Error {
        Error { kind: ErrorKind::Corrupt { reason: reason.into() } }
    }

    pub(crate) fn list_file(file: impl Into<String>, reason: impl Into<String>) -> Error {
        Error { kind: ErrorKind::ListFile { file: file.into(), reason: reason.into() } }
    }

    pub(crate) fn list_record(
        list: impl Into<String>,
        record: usize,
        field: &'static str,
        reason: impl Into<String>,
    ) -> Error {
        Error {
            kind: ErrorKind::ListRecord { list: list.into(), record, field, reason: reason.into() },
        }
    }

    pub(crate) fn query(field: &'static str, reason: impl Into<String>) -> Error {
        Error { kind: ErrorKind::Query { field, reason: reason.into() } }
    }

    pub(crate) fn structure(row: Option<usize>, reason: impl Into<String>) -> Error {
        Error { kind: ErrorKind::Structure { row, reason: reason.into() } }
    }

    pub(crate) fn no_goods_data() -> Error {
        Error { kind: ErrorKind::NoGoodsData }
    }

    pub(crate) fn update(reason: impl Into<String>) -> Error {
        Error { kind: ErrorKind::Update { reason: reason.into() } }
    }

    /// The same refusal as [`Error::update`] when there was no dataset to keep: building a
    /// dataset from list files alone.
    pub(crate) fn into_build(self) -> Error {
        match self.kind {
            ErrorKind::Update { reason } => Error { kind: ErrorKind::Build { reason } },
            kind => Error { kind },
        }
    }

    pub(crate) fn table(file: impl Into<String>, reason: impl Into<String>) -> Error {
        Error { kind: ErrorKind::Table { file: file.into(), reason: reason.into() } }
    }

    /// True when the error concerns a single record of a list, so that the rest of the file can
    /// still be used (the record is reported and skipped).
    pub fn is_record_error(&self) -> bool {
        matches!(self.kind, ErrorKind::ListRecord { .. })
    }

    /// True when the error is about what the user typed rather than about data files.
    pub fn is_query_error(&self) -> bool {
        matches!(self.kind, ErrorKind::Query { .. })
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::NotADataset => write!(
                f,
                "this file is not a sanctions-checker dataset (wrong magic bytes); \
                 build one with `sanctions-checker build --out FILE LIST_FILES...`"
            ),
            ErrorKind::Version { expected, got } => write!(
                f,
                "the dataset has format version {got} but this engine reads version {expected}; \
                 rebuild the dataset with this version of sanctions-checker (`make dataset`)"
            ),
            ErrorKind::Corrupt { reason } => write!(
                f,
                "the dataset is damaged ({reason}); download or rebuild it (`make dataset`)"
            ),
            ErrorKind::ListFile { file, reason } => write!(f, "{file}: {reason}"),
            ErrorKind::ListRecord { list, record, field, reason } => write!(
                f,
                "{list}, record {record}, field {field}: {reason} (the record was skipped; the \
                 publisher may have changed the format)"
            ),
            ErrorKind::Query { field, reason } => write!(f, "{field}: {reason}"),
            ErrorKind::NoGoodsData => write!(
                f,
                "this dataset has no goods data (it was built without goods tables); rebuild it \
                 with `sanctions-checker build --goods DIR ...` or `make dataset` with the \
                 shared goods data in place"
            ),
            ErrorKind::Update { reason } => write!(
                f,
                "the lists were not updated: {reason}; the lists already loaded were kept \
                 unchanged"
            ),
            ErrorKind::Build { reason } => write!(f, "no dataset was built: {reason}"),
            ErrorKind::Table { file, reason } => write!(f, "{file}: {reason}"),
            ErrorKind::Structure { row: Some(row), reason } => {
                write!(f, "ownership structure, row {row}: {reason}")
            }
            ErrorKind::Structure { row: None, reason } => {
                write!(f, "ownership structure: {reason}")
            }
        }
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_error_tells_how_to_fix_it() {
        let msg = Error::version(1, 7).to_string();
        assert!(msg.contains("version 7"), "{msg}");
        assert!(msg.contains("rebuild"), "{msg}");
    }

    #[test]
    fn record_errors_are_recognised_as_skippable() {
        assert!(Error::list_record("un-sc", 3, "FIRST_NAME", "empty").is_record_error());
        assert!(!Error::list_file("a.xml", "not a list").is_record_error());
    }
}
