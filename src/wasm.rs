//! The browser boundary: the only file that names `wasm_bindgen`.
//!
//! One class, [`Checker`], with methods that take strings, bytes and plain objects and return
//! plain objects (see the TypeScript types below). Every error becomes a JavaScript `Error`
//! whose message is the core error's text, through [`into_error`].

use crate::index::Index;
use crate::matching::{self, ScreenOptions};
use crate::report::Query;
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = r#"
export interface ScreenQuery {
  name: string;
  kind?: "person" | "organization" | "vessel" | "aircraft" | "any";
  dob?: string;          // YYYY, YYYY-MM or YYYY-MM-DD
  country?: string;      // ISO 3166-1 alpha-2 or an English country name
  threshold?: number;    // 0..1, default DEFAULT_THRESHOLD
  limit?: number;        // default 10
}
export interface TokenPair { query: string; listed: string; similarity: number }
export type Params = Record<string, number | string>;
export interface Factor { effect: number; reason: string;
  code: "dob_exact" | "dob_year" | "dob_other_day" | "dob_conflict" | "country_listed" | "country_not_listed";
  params: Params }
export interface Explanation { summary: string; summary_code: "name_match"; summary_params: Params;
  name_score: number; tokens: TokenPair[]; factors: Factor[] }
export interface Hit {
  entity_id: string; list: string; list_title: string; list_date: string | null;
  kind: string; name: string; matched_name: string; matched_kind: string;
  score: number; explanation: Explanation;
}
export interface Report { query: { name: string; kind: string | null; dob: string | null; country: string | null };
  threshold: number; hits: Hit[] }
export interface SourceInfo { list: string; title: string; published: string | null; sha256: string; file: string;
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
        let request: ScreenRequest = serde_wasm_bindgen::from_value(query)
            .map_err(|e| into_error(format!("the query object is not valid: {e}")))?;
        let mut options = ScreenOptions::default();
        if let Some(t) = request.threshold {
            options = options.threshold(t);
        }
        if let Some(n) = request.limit {
            options = options.limit(n);
        }
        let report = matching::screen(&self.index, &request.query, &options).map_err(into_error)?;
        to_js(&report)
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
