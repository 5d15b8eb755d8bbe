//! The browser boundary: the only file that names `wasm_bindgen`.
//!
//! One class, [`Checker`], with methods that take strings, bytes and plain objects and return
//! plain objects (see the TypeScript types below). Every error becomes a JavaScript `Error`
//! whose message is the core error's text, through [`into_error`].

use crate::index::Index;
use crate::lists::InputFile;
use crate::matching::{self, ScreenOptions};
use crate::ownership::{self, OwnershipOptions, Structure};
use crate::report::Query;
use crate::table::{ColumnGuess, Table};
use js_sys::{Object, Reflect, Uint8Array};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = r#"
export interface ScreenQuery {
  name: string;
  kind?: "person" | "organization" | "vessel" | "aircraft" | "any";
  dob?: string;          // YYYY, YYYY-MM or YYYY-MM-DD
  country?: string;      // ISO 3166-1 alpha-2 or an English country name
  identifier?: string;   // passport, registration, tax or IMO number; letters and digits compared
  threshold?: number;    // 0..1, default DEFAULT_THRESHOLD
  limit?: number;        // default 10
  lists?: ListId[];      // only hits from these lists (all when absent or empty)
}
export type ListId = "us-ofac-sdn" | "us-ofac-cons" | "un-sc" | "eu-fsf" | "uk-ofsi" | "ca-sema" | "au-dfat" | "us-csl";
export interface TokenPair { query: string; listed: string; similarity: number }
export type Params = Record<string, number | string>;
export interface Factor { effect: number; reason: string;
  code: "dob_exact" | "dob_year" | "dob_other_day" | "dob_conflict" | "country_listed" | "country_not_listed";
  params: Params }
export interface Explanation { summary: string; summary_code: "name_match"; summary_params: Params;
  name_score: number; tokens: TokenPair[]; factors: Factor[] }
export interface Hit {
  entity_id: string; list: ListId; list_title: string; list_date: string | null;
  kind: string; name: string; matched_name: string; matched_kind: string;
  score: number; explanation: Explanation;
}
export interface Report { query: { name: string; kind: string | null; dob: string | null; country: string | null };
  threshold: number; hits: Hit[] }
export interface SourceInfo { list: ListId; title: string; published: string | null; sha256: string; file: string;
  entities: number; persons: number; organizations: number; vessels: number; aircraft: number; names: number;
  skipped: number; duplicates: number }
export interface GoodsSource { file: string; sha256: string; kind: "annex" | "chpl" | "hs" | "cn" | "tnved";
  title: string; as_of: string | null; rows: number; skipped: number }
export interface GoodsManifest { sources: GoodsSource[]; listed_codes: number; nomenclature_lines: number;
  left_out: string[] }
export interface Manifest { format: number; engine: string; built: string; entities: number; names: number;
  sources: SourceInfo[]; goods: GoodsManifest | null }
export type GoodsStatus = "restricted" | "restricted_if_described" | "possibly_restricted" | "excepted" | "not_listed";
export type Restriction = "export_to_russia" | "import_from_russia" | "transit" | "no_russia_clause"
  | "due_diligence" | "high_priority" | "other";
export interface RuleMatch {
  status: GoodsStatus; relation: "covers" | "listed_below" | "same_hs6_only";
  listed_code: string; listed_digits: string; code_system: string;
  regime: string; regime_title: string; list_id: string; list: string; part: string | null;
  restriction: Restriction; restriction_summary: string; restriction_text: string | null;
  tier: string | null; tier_meaning: string | null; citation: string; as_of: string | null;
  description: string; ex: boolean; exception_note: string | null; exceptions: string[]; notes: string[];
}
export interface SubCode { code: string; list: string; description: string }
export interface Checked { title: string; as_of: string | null; file: string }
export interface CodeReport {
  query: string; code: string; formatted: string; compared: string;
  status: GoodsStatus; status_label: string; summary: string;
  description: string | null; description_ru: string | null;
  matches: RuleMatch[]; excepted: RuleMatch[]; sub_codes: SubCode[]; notes: string[]; checked: Checked[];
}
export interface Candidate {
  hs6: string; code: string; score: number; description: string; description_ru: string | null;
  matched: string[]; status: GoodsStatus; status_label: string; summary: string;
  matches: RuleMatch[]; excepted: RuleMatch[]; sub_codes: SubCode[];
}
export interface TextReport { query: string; words: string[]; candidates: Candidate[]; notes: string[]; checked: Checked[] }
/** One official list file for `updateLists`: its name (for messages) and its whole content. */
export interface ListFile { name: string; bytes: Uint8Array }
export type ListWarning = "older_than_loaded" | "much_smaller";
export interface ListChange {
  list: ListId; title: string; change: "replaced" | "added";
  old_published: string | null; old_entities: number | null;   // null when added
  new_published: string | null; new_entities: number;
  files: string[]; skipped: number; warnings: ListWarning[];
}
/** What `updateLists` built. The Checker is unchanged: load `dataset` into a new one to use it. */
export interface ListUpdate {
  dataset: Uint8Array; manifest: Manifest; changes: ListChange[];
  problems: number;      // malformed records skipped in the new files
  warnings: string[];    // one sentence each, naming the list; codes are in changes[i].warnings
}
/** Column positions (0-based, into `header`) guessed from the header names; absent when unknown. */
export interface ColumnGuess { name?: number; kind?: number; dob?: number; country?: number; id?: number;
  goods_code?: number; goods_description?: number }
export interface Table {
  sheets: string[];      // workbook sheet names; [] for CSV
  sheet: string;         // the sheet read (first with data); "" for CSV
  header: string[]; rows: string[][];   // every row as wide as the header
  total_rows: number;    // data rows in the file
  truncated: boolean;    // true when total_rows > 100000 and only the first 100000 are in rows
  guess: ColumnGuess;
}
export interface OwnershipParty {
  id: string; name: string;              // an empty name, "unknown" or "?" = an owner whose identity is unknown
  kind?: "person" | "organization" | "unknown";
  dob?: string | null; country?: string | null;
  decision?: "listed" | "not_listed" | null;   // the reviewer's decision; overrides the scores
  entity_id?: string | null;             // the reviewer confirms this listed entity
}
export interface OwnershipLink {
  owner: string; owned: string;          // party ids
  share?: number | null;                 // percent 0..100; null without control = unknown
  control?: string[];                    // "director", "right to appoint the board", ...
  row?: number | null;                   // CSV line, for messages
}
export interface OwnershipStructure {
  subject: string; parties: OwnershipParty[]; links: OwnershipLink[];
  threshold?: number;                    // hit threshold, default DEFAULT_THRESHOLD
  listed_threshold?: number;             // score treated as listed, default 0.95
}
export type PartyStatus = "listed" | "possible" | "clear" | "unknown";
export type Outcome = "sanctioned" | "not_sanctioned" | "cannot_rule_out";
export interface PartyHit extends Hit { links: string[]; linked_parties: string[] }
export interface PartyResult { id: string; name: string; kind: string; subject: boolean; status: PartyStatus;
  basis: string; lists: string[]; best_score: number | null; hits: PartyHit[] }
export type StepKind = "listed" | "possible" | "intermediate" | "holding" | "chain" | "control" | "aggregate"
  | "uncertain" | "caution" | "conclusion";
export interface Step { kind: StepKind; text: string; parties: string[]; numbers: number[]; result: number | null }
export interface Verdict { regime: "ofac" | "eu_uk"; outcome: Outcome; label: string; summary: string;
  share: number; combined_share: number; upper_share: number; look_through: number;
  listed: string[]; possible: string[]; steps: Step[] }
export type ProblemKind = "cycle" | "bad_share" | "over_allocated" | "missing_share" | "unknown_owner" | "no_name"
  | "undescribed" | "screening" | "other";
export interface Problem { kind: ProblemKind; message: string; parties: string[]; row: number | null }
export interface GraphNode { id: string; name: string; kind: string; status: PartyStatus; subject: boolean;
  ofac: Outcome; eu_uk: Outcome }
export interface GraphEdge { owner: string; owned: string; share: number | null; control: string[]; row: number | null }
export interface OwnershipReport { subject: string; threshold: number; listed_threshold: number;
  parties: PartyResult[]; ofac: Verdict; eu_uk: Verdict; problems: Problem[];
  graph: { nodes: GraphNode[]; edges: GraphEdge[] } }
"#;

/// Converts any error into a JavaScript `Error` carrying its `Display` text.
fn into_error<E: std::fmt::Display>(err: E) -> JsError {
    JsError::new(&err.to_string())
}

/// The query object the page sends: the query fields plus screening options.
#[derive(Deserialize)]
struct ScreenRequest {
    #[serde(flatten)]
    query: Query,
    threshold: Option<f64>,
    limit: Option<usize>,
    /// List ids as strings, checked in [`list_ids`] so that a wrong one gets a message naming
    /// the ids there are rather than serde's.
    lists: Option<Vec<String>>,
}

/// The list ids of a query's `lists`, or an error naming the bad one and every good one.
fn list_ids(given: &[String]) -> Result<Vec<crate::model::ListId>, JsError> {
    use crate::model::ListId;
    given
        .iter()
        .map(|id| {
            ListId::parse(id.trim()).ok_or_else(|| {
                let known: Vec<&str> = ListId::ALL.iter().map(|l| l.as_str()).collect();
                into_error(format!(
                    "lists: \"{id}\" is not a list id; use any of {}",
                    known.join(", ")
                ))
            })
        })
        .collect()
}

/// The structure object the page sends: the structure plus screening options.
#[derive(Deserialize)]
struct OwnershipRequest {
    #[serde(flatten)]
    structure: Structure,
    threshold: Option<f64>,
    listed_threshold: Option<f64>,
}

/// A serde_wasm_bindgen error's text without the "Error: " its JavaScript side prefixes.
fn invalid(what: &str, e: serde_wasm_bindgen::Error) -> JsError {
    let text = e.to_string();
    into_error(format!("{what} is not valid: {}", text.strip_prefix("Error: ").unwrap_or(&text)))
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    // Plain objects (not Maps) so the page can read fields directly and JSON.stringify works.
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    value.serialize(&serializer).map_err(into_error)
}

/// Large answers (a goods lookup can name dozens of entries) cross into JavaScript as one JSON
/// string parsed by the engine's `JSON.parse`, which is several times quicker than building
/// the objects property by property; the result is the same plain object.
fn to_js_via_json<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let text = serde_json::to_string(value).map_err(into_error)?;
    js_sys::JSON::parse(&text).map_err(|_| JsError::new("the engine produced unreadable JSON"))
}

/// A loaded dataset that screens names.
#[wasm_bindgen]
pub struct Checker {
    index: Index,
}

#[wasm_bindgen]
impl Checker {
    /// Loads a dataset. Throws an `Error` that says what to do when the bytes are not a
    /// dataset, come from another format version, or are damaged.
    #[wasm_bindgen(constructor)]
    pub fn new(dataset: &[u8]) -> Result<Checker, JsError> {
        #[cfg(feature = "panic-hook")]
        console_error_panic_hook::set_once();
        Ok(Checker { index: Index::from_bytes(dataset).map_err(into_error)? })
    }

    /// The dataset's manifest (`Manifest`).
    #[wasm_bindgen(unchecked_return_type = "Manifest")]
    pub fn manifest(&self) -> Result<JsValue, JsError> {
        to_js(self.index.manifest())
    }

    /// Screens one query (`ScreenQuery`) and returns a `Report`.
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn screen(
        &self,
        #[wasm_bindgen(unchecked_param_type = "ScreenQuery")] query: JsValue,
    ) -> Result<JsValue, JsError> {
        let request: ScreenRequest =
            serde_wasm_bindgen::from_value(query).map_err(|e| invalid("the query object", e))?;
        let mut options = ScreenOptions::default();
        if let Some(t) = request.threshold {
            options = options.threshold(t);
        }
        if let Some(n) = request.limit {
            options = options.limit(n);
        }
        if let Some(lists) = request.lists {
            options = options.only_lists(list_ids(&lists)?);
        }
        let report = matching::screen(&self.index, &request.query, &options).map_err(into_error)?;
        to_js(&report)
    }

    /// Screens every party of an ownership structure (`OwnershipStructure`, e.g. from
    /// `parseOwnershipCsv`) and applies OFAC's 50% rule and the EU/UK "owned or controlled"
    /// test; returns an `OwnershipReport`. Throws only for a structure that cannot be evaluated
    /// (no subject, a link to a missing party); bad shares, circles and unknown owners are
    /// reported in `problems` with a conservative verdict.
    #[wasm_bindgen(unchecked_return_type = "OwnershipReport")]
    pub fn ownership(
        &self,
        #[wasm_bindgen(unchecked_param_type = "OwnershipStructure")] structure: JsValue,
    ) -> Result<JsValue, JsError> {
        let request: OwnershipRequest = serde_wasm_bindgen::from_value(structure)
            .map_err(|e| invalid("the structure object", e))?;
        let mut options = OwnershipOptions::default();
        if let Some(t) = request.threshold {
            options = options.threshold(t);
        }
        if let Some(t) = request.listed_threshold {
            options = options.listed_threshold(t);
        }
        let report =
            ownership::evaluate(&self.index, &request.structure, &options).map_err(into_error)?;
        to_js_via_json(&report)
    }

    /// Looks up an HS, EU CN or EAEU TN VED code (2 to 10 digits, any writing) against the
    /// goods restrictions; returns a `CodeReport`. Throws an `Error` whose message says what
    /// to type for a bad code, or that the dataset has no goods data.
    #[wasm_bindgen(js_name = goodsCode, unchecked_return_type = "CodeReport")]
    pub fn goods_code(&self, code: &str) -> Result<JsValue, JsError> {
        to_js_via_json(&crate::goods::lookup_code(&self.index, code).map_err(into_error)?)
    }

    /// Searches a plain description (English or Russian) and returns a `TextReport` with up
    /// to `limit` (default 10, at most 50) ranked HS6 candidates, each with its restrictions.
    #[wasm_bindgen(js_name = goodsText, unchecked_return_type = "TextReport")]
    pub fn goods_text(&self, text: &str, limit: Option<u32>) -> Result<JsValue, JsError> {
        let limit = limit.map_or(crate::goods::DEFAULT_LIMIT, |n| n as usize);
        to_js_via_json(&crate::goods::search_text(&self.index, text, limit).map_err(into_error)?)
    }

    /// Builds the description search structures ahead of the first `goodsText` (the page
    /// calls it when the Goods tab opens). Does nothing on a dataset without goods.
    #[wasm_bindgen(js_name = goodsPrepare)]
    pub fn goods_prepare(&self) {
        if let Some(goods) = self.index.goods() {
            goods.prepare_search();
        }
    }

    /// Builds a new dataset in which the official list files given (`ListFile[]`) replace the
    /// lists they hold; every other list and the goods tables are carried over unchanged.
    /// Returns a `ListUpdate`; this `Checker` is not changed (the page decides whether to load
    /// the new dataset). `built` is the time to record in the manifest (RFC 3339).
    ///
    /// Throws an `Error` when no files are given, any file cannot be read (the message names
    /// it and says the loaded lists were kept), a file is given twice, or two files hold the
    /// same list.
    #[wasm_bindgen(js_name = updateLists, unchecked_return_type = "ListUpdate")]
    pub fn update_lists(
        &self,
        #[wasm_bindgen(unchecked_param_type = "ListFile[]")] files: js_sys::Array,
        built: &str,
    ) -> Result<JsValue, JsError> {
        let owned = list_files(&files)?;
        let inputs: Vec<InputFile<'_>> =
            owned.iter().map(|(name, bytes)| InputFile { name, bytes }).collect();
        update_to_js(crate::index::update(&self.index, &inputs, built).map_err(into_error)?)
    }

    /// The whole record of one entity by id, or `undefined`.
    pub fn entity(&self, id: &str) -> Result<JsValue, JsError> {
        match self.index.entity(id) {
            Some(e) => to_js(e),
            None => Ok(JsValue::UNDEFINED),
        }
    }

    /// The dataset format version this engine reads.
    #[wasm_bindgen(js_name = formatVersion)]
    pub fn format_version() -> u32 {
        crate::index::format::FORMAT_VERSION
    }

    /// The default score threshold.
    #[wasm_bindgen(js_name = defaultThreshold)]
    pub fn default_threshold() -> f64 {
        crate::matching::DEFAULT_THRESHOLD
    }
}

/// Builds a dataset from official list files alone (`ListFile[]`: UN, EU, OFAC, UK, Canada,
/// Australia or trade.gov CSL files, recognised from their content); returns a `ListUpdate`
/// whose `dataset` a `Checker` loads. `built` is the time to record in the manifest (RFC 3339).
/// The dataset has no goods tables: `updateLists` on a loaded dataset keeps them.
///
/// Throws an `Error` when no files are given, any file cannot be read (the message names it),
/// a file is given twice, or two files hold the same list.
#[wasm_bindgen(js_name = buildDataset, unchecked_return_type = "ListUpdate")]
pub fn build_dataset(
    #[wasm_bindgen(unchecked_param_type = "ListFile[]")] files: js_sys::Array,
    built: &str,
) -> Result<JsValue, JsError> {
    #[cfg(feature = "panic-hook")]
    console_error_panic_hook::set_once();
    let owned = list_files(&files)?;
    let inputs: Vec<InputFile<'_>> =
        owned.iter().map(|(name, bytes)| InputFile { name, bytes }).collect();
    update_to_js(crate::index::build_from_files(&inputs, built).map_err(into_error)?)
}

/// The score in [0, 1] of two names as the same party's, without a dataset (any alphabet;
/// symmetric). The same figure as `sanctions-checker compare`.
#[wasm_bindgen]
pub fn compare(a: &str, b: &str) -> f64 {
    matching::compare(None, a, b)
}

/// A `ListUpdate` object: the dataset bytes as a `Uint8Array` (not an array of numbers), the
/// rest as plain objects.
fn update_to_js(update: crate::index::Update) -> Result<JsValue, JsError> {
    let warnings: Vec<&str> = update.warnings.iter().map(|w| w.message.as_str()).collect();
    let out = Object::new();
    let set = |key: &str, value: &JsValue| {
        // Setting a property on a fresh plain object cannot fail.
        Reflect::set(&out, &JsValue::from_str(key), value).map(|_| ())
    };
    let failed = |_| JsError::new("the engine could not build the update's result object");
    set("dataset", &Uint8Array::from(&update.dataset[..]).into()).map_err(failed)?;
    set("manifest", &to_js(&update.manifest)?).map_err(failed)?;
    set("changes", &to_js(&update.changes)?).map_err(failed)?;
    set("problems", &JsValue::from_f64(update.problems as f64)).map_err(failed)?;
    set("warnings", &to_js(&warnings)?).map_err(failed)?;
    Ok(out.into())
}

/// Every `{name, bytes}` item of a `ListFile[]`, copied out of JavaScript memory.
fn list_files(files: &js_sys::Array) -> Result<Vec<(String, Vec<u8>)>, JsError> {
    files.iter().enumerate().map(|(i, item)| list_file(i, &item)).collect()
}

/// One `{name, bytes}` item of `updateLists`, copied out of JavaScript memory.
fn list_file(i: usize, item: &JsValue) -> Result<(String, Vec<u8>), JsError> {
    let field = |key: &str| Reflect::get(item, &JsValue::from_str(key)).ok();
    let name = field("name").and_then(|v| v.as_string()).ok_or_else(|| {
        JsError::new(&format!("file {} of the list: `name` must be a string", i + 1))
    })?;
    let bytes = field("bytes")
        .filter(|v| v.is_instance_of::<Uint8Array>() || v.is_instance_of::<js_sys::ArrayBuffer>())
        .map(|v| Uint8Array::new(&v).to_vec())
        .ok_or_else(|| JsError::new(&format!("{name}: `bytes` must be a Uint8Array")))?;
    Ok((name, bytes))
}

/// A table and the column guess for its header, as `readTable` returns them.
#[derive(Serialize)]
struct TableView<'a> {
    #[serde(flatten)]
    table: &'a Table,
    guess: ColumnGuess,
}

/// Reads a user's table of partners or goods: CSV (`,` `;` tab or `|`; UTF-8, UTF-16 or
/// Windows-1251), XLSX or ODS, the first sheet with data; returns a `Table` with every cell as
/// text and a guess of which column holds which field. `name` is the file name, for messages.
///
/// Throws an `Error` naming the file when it is over 64 MB, empty, has no rows under its
/// header, or is not a table (binary data, another zip archive, an old `.xls`).
#[wasm_bindgen(js_name = readTable, unchecked_return_type = "Table")]
pub fn read_table(bytes: &[u8], name: &str) -> Result<JsValue, JsError> {
    #[cfg(feature = "panic-hook")]
    console_error_panic_hook::set_once();
    let table = crate::table::read_table(bytes, name).map_err(into_error)?;
    let guess = crate::table::guess_columns(&table.header);
    // Up to 100,000 rows: JSON.parse builds them far quicker than one property at a time.
    to_js_via_json(&TableView { table: &table, guess })
}

/// Reads an ownership structure CSV (`owner,owner_type,owned,share,control,owner_dob,
/// owner_country`; see the README) into the `OwnershipStructure` that `Checker.ownership`
/// takes. Throws an `Error` naming the row for a share that is not a number, a missing
/// column or an unknown owner type.
#[wasm_bindgen(js_name = parseOwnershipCsv, unchecked_return_type = "OwnershipStructure")]
pub fn parse_ownership_csv(text: &str) -> Result<JsValue, JsError> {
    to_js(&ownership::parse_csv(text).map_err(into_error)?)
}
