//! The result shapes shared by the browser (through `serde-wasm-bindgen`) and the command line
//! (`--output` JSONL). Field names are part of the command-line contract in ARCHITECTURE.md.

use crate::model::{EntityKind, ListId, NameKind};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What the user asked: a name and optional secondary facts.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Query {
    /// The name as typed, in any script.
    pub name: String,
    /// The kind of party the user is checking; `None` (or "any") matches every kind. Read from
    /// `type` too, the column name of the command-line CSV contract.
    #[serde(alias = "type")]
    pub kind: Option<String>,
    /// Birth date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub dob: Option<String>,
    /// Country (nationality or seat): ISO alpha-2 or a country name.
    pub country: Option<String>,
    /// An identifier from the partner's documents: passport or national ID number, company
    /// registration or tax number (INN, BIN), IMO number of a vessel, SWIFT/BIC, etc. Compared
    /// with the listed identifiers on letters and digits only, so `AB 12-34.56` is `AB123456`.
    #[serde(default, alias = "id_number")]
    pub identifier: Option<String>,
}

/// The answer to one query.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// The query as received.
    pub query: Query,
    /// Minimum score a hit needed.
    pub threshold: f64,
    /// Hits, best first.
    pub hits: Vec<Hit>,
}

/// One listed party that may be the one the user is checking.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hit {
    /// `<list id>:<list's own id>`.
    pub entity_id: String,
    /// The list it is on.
    pub list: ListId,
    /// The list's title.
    pub list_title: String,
    /// The list's publication date in this dataset, when known.
    pub list_date: Option<String>,
    /// Person, organization, …
    pub kind: EntityKind,
    /// The entity's primary name.
    pub name: String,
    /// The name (primary or alias) that matched best.
    pub matched_name: String,
    /// Standing of the matched name (primary, alias, former, weak).
    pub matched_kind: NameKind,
    /// Overall score in [0, 1].
    pub score: f64,
    /// Why it matched.
    pub explanation: Explanation,
}

/// Why a hit scored what it did, in pieces a person can check.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Explanation {
    /// One or two plain sentences.
    pub summary: String,
    /// Which sentence `summary` opens with (`name_match`), so a page can say it in the reader's
    /// language; the factors' reasons that `summary` ends with have their own codes.
    #[serde(default)]
    pub summary_code: String,
    /// The values `summary` was made from: `standing` (`primary`, `alias`, `former`, `weak`),
    /// `name`, `exact` and `total` query words, `close`, `missing` listed words, `score` (%).
    #[serde(default)]
    pub summary_params: Params,
    /// The name score before secondary evidence.
    pub name_score: f64,
    /// Query words paired with listed words, with their similarity.
    pub tokens: Vec<TokenPair>,
    /// Each piece of secondary evidence and what it did to the score.
    pub factors: Vec<Factor>,
}

/// A query word aligned with a listed word.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TokenPair {
    /// The query word (compare form); empty when a listed word had no partner.
    pub query: String,
    /// The listed word (compare form); empty when a query word had no partner.
    pub listed: String,
    /// Similarity in [0, 1].
    pub similarity: f64,
}

/// One piece of secondary evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Factor {
    /// Change to the score (positive raises it).
    pub effect: f64,
    /// What was compared, in plain words.
    pub reason: String,
    /// Which sentence `reason` is (`dob_exact`, `dob_year`, `dob_other_day`, `dob_conflict`,
    /// `country_listed`, `country_not_listed`), so a page can say it in the reader's language.
    #[serde(default)]
    pub code: String,
    /// The values `reason` was made from (`date`, `year`, `country`, `listed`).
    #[serde(default)]
    pub params: Params,
}

/// The values a sentence code is filled with; ordered, so output is stable.
pub type Params = BTreeMap<String, Param>;

/// One value of a sentence: a count (a page chooses plural forms by it) or text shown as is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Param {
    /// A count or a whole percentage.
    Count(u64),
    /// A name, date, year or code, shown as is (a year is text: no digit grouping).
    Text(String),
}

impl From<usize> for Param {
    fn from(n: usize) -> Param {
        Param::Count(n as u64)
    }
}

impl From<&str> for Param {
    fn from(s: &str) -> Param {
        Param::Text(s.to_string())
    }
}

impl From<String> for Param {
    fn from(s: String) -> Param {
        Param::Text(s)
    }
}

/// Builds [`Params`] from `(name, value)` pairs.
pub fn params<const N: usize>(pairs: [(&str, Param); N]) -> Params {
    pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect()
}
