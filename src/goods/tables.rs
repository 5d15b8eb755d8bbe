//! The goods tables stored in a dataset, and the parsers that build them from the shared CSV
//! files (EU 833/2014 annexes, the Common High Priority List, HS, EU CN and EAEU TN VED
//! nomenclatures).
//!
//! Every string is stored once in a string table (`texts`) and referred to by position: the
//! three CN editions repeat almost every line, HS 2017 repeats most of HS 2022, and annex rows
//! of one annex share their citation and restriction text. That keeps the goods section of the
//! default dataset small (see DESIGN.md#goods).

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// What kind of file a goods source is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GoodsSourceKind {
    /// EU Regulation 833/2014 goods annexes (one row per listed code).
    Annex,
    /// The Common High Priority List (HS6 codes with tiers).
    Chpl,
    /// Harmonized System nomenclature (English, Comtrade texts).
    Hs,
    /// EU Combined Nomenclature (English).
    Cn,
    /// EAEU TN VED nomenclature (Russian).
    Tnved,
}

/// One goods source file in a dataset, recorded in the manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoodsSource {
    /// The file's name.
    pub file: String,
    /// SHA-256 of the file, lowercase hex.
    pub sha256: String,
    /// Which kind of table it is.
    pub kind: GoodsSourceKind,
    /// Edition or title ("HS 2022", "EU CN 2025", "EU Regulation 833/2014 annexes").
    pub title: String,
    /// The date the data is as of (`YYYY-MM-DD`), when the file says or its name does.
    pub as_of: Option<String>,
    /// Data rows read.
    pub rows: usize,
    /// Rows skipped (malformed or not a commodity code).
    pub skipped: usize,
}

/// One listed code of a sanctions list (an annex row or a CHPL row).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct Rule {
    /// Position of the source in [`GoodsTables::sources`].
    pub source: u16,
    /// The code as listed (digits, possibly zero-padded: "87080000").
    pub code: String,
    /// The digits a declared code is compared against: the listed code without the CN
    /// padding that stands for "the whole heading" ("8708 00 00" → "8708").
    pub prefix: String,
    /// `HS4`, `HS6`, `CN8`, … (text id).
    pub system: u32,
    /// The list id (`EU833_ANNEX_XXIII`, `CHPL`) (text id).
    pub list: u32,
    /// Regime (`EU`, …) (text id).
    pub regime: u32,
    /// `export`, `import`, `other`, or the CHPL's label (text id).
    pub restriction: u32,
    /// What is restricted, in the file's words (text id).
    pub restriction_text: Option<u32>,
    /// CHPL tier ("1", "3.A"), text id.
    pub tier: Option<u32>,
    /// What the tier means (text id).
    pub tier_definition: Option<u32>,
    /// Legal citation (text id).
    pub citation: u32,
    /// The listed description (text id).
    pub description: u32,
    /// An "ex" entry: only the goods described are covered, not the whole code.
    pub ex: bool,
    /// The annex's printed exception note, as printed (text id).
    pub note: Option<u32>,
    /// Code prefixes the note excepts ("except CN 2825 20 00" → "282520").
    pub exceptions: Vec<String>,
    /// Annex part or luxury category (text id).
    pub part: Option<u32>,
    /// As-of date of the row (text id).
    pub as_of: Option<u32>,
}

/// One line of a nomenclature: a code and its text in one or more editions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct NomenLine {
    /// The digits (2, 4, 6, 8 or 10).
    pub code: String,
    /// The line's text (text id). For CN and TN VED lines below the heading this is the
    /// line's *own* text, often just "Other"; full texts are built by walking up.
    pub text: u32,
    /// Bit `i` set: the line is in source `i` (of [`GoodsTables::sources`]), so one line
    /// stands for every edition that has the same code and text.
    pub editions: u32,
}

/// The goods part of a dataset: listed codes, nomenclatures, sources.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct GoodsTables {
    pub(crate) sources: Vec<GoodsSource>,
    pub(crate) texts: Vec<String>,
    pub(crate) rules: Vec<Rule>,
    /// Sorted by (code, source order), so a code's lines are found by binary search.
    pub(crate) lines: Vec<NomenLine>,
    /// Files given to the builder but left out, with the reason ("superseded by …").
    pub(crate) left_out: Vec<String>,
    /// The search structures, derived on first use (never stored: like name keys, they are
    /// always derived by the engine that searches).
    #[serde(skip)]
    pub(crate) search: std::sync::OnceLock<super::search::SearchIndex>,
}

impl PartialEq for GoodsTables {
    fn eq(&self, other: &Self) -> bool {
        self.sources == other.sources
            && self.texts == other.texts
            && self.rules == other.rules
            && self.lines == other.lines
            && self.left_out == other.left_out
    }
}

/// What the manifest says about the goods part.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoodsManifest {
    /// Every source file built in.
    pub sources: Vec<GoodsSource>,
    /// Listed codes (annex and CHPL rows).
    pub listed_codes: usize,
    /// Nomenclature lines after merging editions.
    pub nomenclature_lines: usize,
    /// Files that were given but left out, with why (e.g. superseded by a newer rebuild).
    pub left_out: Vec<String>,
}

impl GoodsTables {
    /// The source files the tables were built from.
    pub fn sources(&self) -> &[GoodsSource] {
        &self.sources
    }

    /// The manifest entry for these tables.
    pub fn manifest(&self) -> GoodsManifest {
        GoodsManifest {
            sources: self.sources.clone(),
            listed_codes: self.rules.len(),
            nomenclature_lines: self.lines.len(),
            left_out: self.left_out.clone(),
        }
    }

    pub(crate) fn text(&self, id: u32) -> &str {
        self.texts.get(id as usize).map_or("", String::as_str)
    }

    pub(crate) fn opt_text(&self, id: Option<u32>) -> Option<&str> {
        id.map(|i| self.text(i)).filter(|s| !s.is_empty())
    }

    /// The nomenclature lines with exactly this code.
    pub(crate) fn lines_of(&self, code: &str) -> &[NomenLine] {
        let start = self.lines.partition_point(|l| l.code.as_str() < code);
        let end = start + self.lines[start..].partition_point(|l| l.code == code);
        &self.lines[start..end]
    }

    pub(crate) fn source_kind_of(&self, line: &NomenLine) -> Option<GoodsSourceKind> {
        // The lowest set bit names the first source; all editions of a line are one kind.
        let i = line.editions.trailing_zeros() as usize;
        self.sources.get(i).map(|s| s.kind)
    }
}

// ---------------------------------------------------------------------------------------------
// Building

/// A goods file read but not yet merged.
struct Parsed {
    source: GoodsSource,
    /// Family of files where a newer one replaces an older one ("eu_833_2014_annexes_").
    family: String,
    rows: Vec<HashMap<&'static str, String>>,
}

/// Collects goods files and builds [`GoodsTables`].
///
/// Files are recognised by their CSV header (see `/shared/data/goods/README.md` for the
/// formats). Of several annex or CHPL files of one family (the file name without its date),
/// only the newest is used: the shared data holds the 2023 consolidated annexes *and* their
/// 2025 rebuild, and the rebuild supersedes it.
///
/// # Example
/// ```
/// use sanctions_checker::goods::GoodsBuilder;
/// let annex = "code,code_system,list_id,regime,restriction,tier,citation,description,ex_entry,\
/// note,annex_part,restriction_text,description_source,as_of,nomenclature_check,match_prefix\n\
/// 8482,HS4,EU833_ANNEX_XXIII,EU,export,,\"Reg. 833/2014, Annex XXIII\",Ball or roller bearings,,,,\
/// Export to Russia prohibited,annex,2025-10-23,HS2022 heading,8482\n";
/// let mut builder = GoodsBuilder::new();
/// builder.add_file("eu_833_2014_annexes_20251023.csv", annex.as_bytes())?;
/// let tables = builder.build()?;
/// let report = tables.lookup_code("8482 10 90")?;
/// assert_eq!(report.matches[0].list_id, "EU833_ANNEX_XXIII");
/// # Ok::<(), sanctions_checker::Error>(())
/// ```
#[derive(Default)]
pub struct GoodsBuilder {
    parsed: Vec<Parsed>,
}

/// Column names of each format, in the order of the official header.
const ANNEX_COLUMNS: &[&str] = &[
    "code",
    "code_system",
    "list_id",
    "regime",
    "restriction",
    "tier",
    "citation",
    "description",
    "ex_entry",
    "note",
    "annex_part",
    "restriction_text",
    "description_source",
    "as_of",
    "nomenclature_check",
    "match_prefix",
];
const CHPL_COLUMNS: &[&str] = &[
    "code",
    "code_system",
    "list_id",
    "regime",
    "restriction",
    "tier",
    "citation",
    "description",
    "tier_definition",
];
const HS_COLUMNS: &[&str] = &["section", "hscode", "description", "parent", "level"];
const CN_COLUMNS: &[&str] = &["level", "code", "raw_code", "name", "parent", "chapter"];
const TNVED_COLUMNS: &[&str] = &["level", "code", "name_ru", "parent"];

impl GoodsBuilder {
    /// An empty builder.
    pub fn new() -> GoodsBuilder {
        GoodsBuilder::default()
    }

    /// Reads one file. Returns `Ok(false)` for a file that is not a goods table this engine
    /// reads (a README, the HS sections list), so a whole directory can be given.
    ///
    /// # Errors
    /// A goods table whose rows cannot be read as CSV, or one without usable rows.
    pub fn add_file(&mut self, name: &str, bytes: &[u8]) -> Result<bool> {
        let Some(kind) = detect(bytes) else {
            return Ok(false);
        };
        let columns = match kind {
            GoodsSourceKind::Annex => ANNEX_COLUMNS,
            GoodsSourceKind::Chpl => CHPL_COLUMNS,
            GoodsSourceKind::Hs => HS_COLUMNS,
            GoodsSourceKind::Cn => CN_COLUMNS,
            GoodsSourceKind::Tnved => TNVED_COLUMNS,
        };
        let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(bytes);
        let headers = reader
            .headers()
            .map_err(|e| Error::list_file(name, format!("unreadable CSV header: {e}")))?
            .clone();
        let positions: Vec<(&'static str, Option<usize>)> = columns
            .iter()
            .map(|c| (*c, headers.iter().position(|h| clean_header(h) == *c)))
            .collect();
        let mut rows = Vec::new();
        for (i, record) in reader.records().enumerate() {
            let record = record.map_err(|e| {
                Error::list_file(name, format!("row {}: not readable as CSV: {e}", i + 2))
            })?;
            let row: HashMap<&'static str, String> = positions
                .iter()
                .map(|(c, p)| (*c, p.and_then(|p| record.get(p)).unwrap_or("").trim().to_string()))
                .collect();
            rows.push(row);
        }
        if rows.is_empty() {
            return Err(Error::list_file(name, "the goods table has a header but no rows"));
        }
        let as_of = match kind {
            GoodsSourceKind::Annex => rows.iter().map(|r| r["as_of"].clone()).max(),
            _ => None,
        }
        .filter(|d| is_iso_date(d))
        .or_else(|| date_in(name));
        let source = GoodsSource {
            file: name.to_string(),
            sha256: sha256_hex(bytes),
            kind,
            title: title(kind, name),
            as_of,
            rows: 0,
            skipped: 0,
        };
        self.parsed.push(Parsed { source, family: family(name), rows });
        Ok(true)
    }

    /// Merges the files read into tables.
    ///
    /// # Errors
    /// When no file held listed codes (annex or CHPL): goods screening without any list would
    /// answer "not listed" to everything, which is worse than no answer.
    pub fn build(self) -> Result<GoodsTables> {
        let mut parsed = self.parsed;
        // Keep the newest file of each annex/CHPL family; nomenclature editions all stay.
        let mut left_out = Vec::new();
        let mut keep = vec![true; parsed.len()];
        for i in 0..parsed.len() {
            if !matches!(parsed[i].source.kind, GoodsSourceKind::Annex | GoodsSourceKind::Chpl) {
                continue;
            }
            for j in 0..parsed.len() {
                let newer = parsed[j].source.as_of > parsed[i].source.as_of
                    || (parsed[j].source.as_of == parsed[i].source.as_of && j > i);
                if i != j
                    && parsed[j].source.kind == parsed[i].source.kind
                    && parsed[j].family == parsed[i].family
                    && newer
                {
                    keep[i] = false;
                    left_out.push(format!(
                        "{} (superseded by {})",
                        parsed[i].source.file, parsed[j].source.file
                    ));
                    break;
                }
            }
        }
        let mut kept: Vec<Parsed> =
            parsed.drain(..).zip(keep).filter(|(_, k)| *k).map(|(p, _)| p).collect();
        // A stable order whatever order the files came in: lists first, then nomenclatures
        // by kind and name (so HS 2022 comes after HS 2017 and wins as the newer text).
        kept.sort_by(|a, b| {
            (a.source.kind as u8, &a.source.file).cmp(&(b.source.kind as u8, &b.source.file))
        });
        if !kept
            .iter()
            .any(|p| matches!(p.source.kind, GoodsSourceKind::Annex | GoodsSourceKind::Chpl))
        {
            return Err(Error::list_file(
                "goods",
                "no annex or CHPL file among the goods files; give the directory that holds \
                 sanctions/eu_833_2014_annexes_*.csv and sanctions/chpl_*.csv",
            ));
        }
        if kept.len() > 32 {
            return Err(Error::list_file(
                "goods",
                "more than 32 goods files; give one file per edition",
            ));
        }
        let mut t = TextTable::default();
        let mut rules = Vec::new();
        let mut lines: Vec<NomenLine> = Vec::new();
        let mut line_at: HashMap<(String, u32), usize> = HashMap::new();
        let mut sources = Vec::new();
        for (si, p) in kept.iter().enumerate() {
            let mut source = p.source.clone();
            for row in &p.rows {
                let ok = match source.kind {
                    GoodsSourceKind::Annex | GoodsSourceKind::Chpl => {
                        rule_of(row, si as u16, source.kind, &source, &mut t).map(|r| rules.push(r))
                    }
                    kind => line_of(row, kind, &mut t).map(|(code, text)| {
                        // Same code and text in another edition: one line, two bits.
                        match line_at.get(&(code.clone(), text)) {
                            Some(&at) => lines[at].editions |= 1 << si,
                            None => {
                                line_at.insert((code.clone(), text), lines.len());
                                lines.push(NomenLine { code, text, editions: 1 << si });
                            }
                        }
                    }),
                };
                if ok.is_some() {
                    source.rows += 1;
                } else {
                    source.skipped += 1;
                }
            }
            sources.push(source);
        }
        lines.sort_by(|a, b| {
            a.code.cmp(&b.code).then(a.editions.trailing_zeros().cmp(&b.editions.trailing_zeros()))
        });
        Ok(GoodsTables {
            sources,
            texts: t.texts,
            rules,
            lines,
            left_out,
            search: Default::default(),
        })
    }
}

/// Strings stored once each.
#[derive(Default)]
struct TextTable {
    texts: Vec<String>,
    ids: HashMap<String, u32>,
}

impl TextTable {
    fn id(&mut self, s: &str) -> u32 {
        if let Some(&id) = self.ids.get(s) {
            return id;
        }
        let id = self.texts.len() as u32;
        self.texts.push(s.to_string());
        self.ids.insert(s.to_string(), id);
        id
    }

    fn opt(&mut self, s: &str) -> Option<u32> {
        (!s.is_empty()).then(|| self.id(s))
    }
}

fn clean_header(h: &str) -> &str {
    h.trim().trim_start_matches('\u{feff}').trim()
}

/// Which goods table a file is, from its header line.
pub fn detect(bytes: &[u8]) -> Option<GoodsSourceKind> {
    let first = bytes.split(|&b| b == b'\n').next()?;
    let header = std::str::from_utf8(first).ok()?;
    let cols: Vec<&str> = header.split(',').map(clean_header).collect();
    let has = |wanted: &[&str]| wanted.iter().all(|w| cols.contains(w));
    if has(&["code", "list_id", "match_prefix", "ex_entry"]) {
        Some(GoodsSourceKind::Annex)
    } else if has(&["code", "list_id", "tier", "tier_definition"]) {
        Some(GoodsSourceKind::Chpl)
    } else if has(HS_COLUMNS) {
        Some(GoodsSourceKind::Hs)
    } else if has(&["level", "code", "raw_code", "name", "parent"]) {
        Some(GoodsSourceKind::Cn)
    } else if has(TNVED_COLUMNS) {
        Some(GoodsSourceKind::Tnved)
    } else {
        None
    }
}

fn title(kind: GoodsSourceKind, name: &str) -> String {
    let year = year_in(name);
    match kind {
        GoodsSourceKind::Annex => "EU Regulation 833/2014 goods annexes (Russia)".into(),
        GoodsSourceKind::Chpl => "Common High Priority List (EU/US/UK/Japan)".into(),
        GoodsSourceKind::Hs => {
            format!("Harmonized System {}", year.unwrap_or_default()).trim().into()
        }
        GoodsSourceKind::Cn => {
            format!("EU Combined Nomenclature {}", year.unwrap_or_default()).trim().into()
        }
        GoodsSourceKind::Tnved => {
            format!("EAEU TN VED {} (Russian, partial)", year.unwrap_or_default())
                .replace("  ", " ")
        }
    }
}

/// The first plausible year (19xx/20xx) in a file name: "cn2025_en.csv" → "2025".
fn year_in(name: &str) -> Option<String> {
    let b = name.as_bytes();
    (0..b.len().saturating_sub(3)).find_map(|i| {
        let w = &name[i..i + 4];
        let ok = w.bytes().all(|c| c.is_ascii_digit())
            && (w.starts_with("19") || w.starts_with("20"))
            && !b.get(i + 4).is_some_and(u8::is_ascii_digit)
            && (i == 0 || !b[i - 1].is_ascii_digit());
        ok.then(|| w.to_string())
    })
}

/// A date in a file name, as `YYYY-MM-DD`: "chpl_2024-02-23.csv", "…_20251023.csv".
fn date_in(name: &str) -> Option<String> {
    let digits_runs = name.split(|c: char| !c.is_ascii_digit() && c != '-');
    for run in digits_runs {
        let d: String = run.chars().filter(char::is_ascii_digit).collect();
        if d.len() == 8 && (d.starts_with("19") || d.starts_with("20")) {
            let iso = format!("{}-{}-{}", &d[..4], &d[4..6], &d[6..]);
            if is_iso_date(&iso) {
                return Some(iso);
            }
        }
    }
    None
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && (1..=12).contains(&s[5..7].parse::<u8>().unwrap_or(0))
        && (1..=31).contains(&s[8..].parse::<u8>().unwrap_or(0))
}

/// The file name without dates and extension: files of one family replace each other.
fn family(name: &str) -> String {
    name.trim_end_matches(".csv")
        .chars()
        .filter(|c| !c.is_ascii_digit() && *c != '-')
        .collect::<String>()
        .trim_end_matches('_')
        .to_string()
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    crate::index::hex(&Sha256::digest(bytes))
}

fn digits_only(s: &str) -> Option<String> {
    let d: String = s.chars().filter(|c| !c.is_whitespace() && *c != '.').collect();
    (!d.is_empty() && d.len() <= 10 && d.bytes().all(|c| c.is_ascii_digit())).then_some(d)
}

/// The prefix a CN code stands for when its trailing pairs are zero padding: "8708 00 00"
/// means all of heading 8708. Only used where the file gives no `match_prefix` (the CHPL and
/// exception notes): CN writes "00" exactly when a level has no subdivision.
fn unpadded(code: &str) -> &str {
    let mut c = code;
    while c.len() > 4 && c.ends_with("00") {
        c = &c[..c.len() - 2];
    }
    c
}

fn rule_of(
    row: &HashMap<&'static str, String>,
    source: u16,
    kind: GoodsSourceKind,
    info: &GoodsSource,
    t: &mut TextTable,
) -> Option<Rule> {
    let code = digits_only(&row["code"])?;
    if code.len() < 2 {
        return None;
    }
    let prefix = match row.get("match_prefix").and_then(|p| digits_only(p)) {
        Some(p) if code.starts_with(&p) => p,
        _ if kind == GoodsSourceKind::Annex => code.clone(),
        _ => unpadded(&code).to_string(),
    };
    let note = row.get("note").map(String::as_str).unwrap_or("");
    let restriction = row["restriction"].as_str();
    let as_of = row.get("as_of").filter(|d| is_iso_date(d)).cloned().or_else(|| info.as_of.clone());
    Some(Rule {
        source,
        system: t.id(&row["code_system"]),
        list: t.id(if row["list_id"].is_empty() { "unknown" } else { &row["list_id"] }),
        regime: t.id(&row["regime"]),
        restriction: t.id(restriction),
        // The CHPL has no restriction_text column (its restriction column is a label that
        // points at its README); its meaning is given by the tier instead.
        restriction_text: row.get("restriction_text").and_then(|r| t.opt(r)),
        tier: t.opt(&row["tier"]),
        tier_definition: row.get("tier_definition").and_then(|d| t.opt(d)),
        citation: t.id(&row["citation"]),
        description: t.id(&row["description"]),
        ex: row.get("ex_entry").is_some_and(|e| e.eq_ignore_ascii_case("ex")),
        note: t.opt(note),
        exceptions: exception_codes(note),
        part: row.get("annex_part").and_then(|p| t.opt(p)),
        as_of: as_of.and_then(|d| t.opt(&d)),
        code,
        prefix,
    })
}

/// The codes an annex note excepts: "except CN 2825 20 00 and 2825 30 00" → ["282520",
/// "282530"]; "except CN 8471 80 and CN 8471 70 98" → ["847180", "84717098"]. Only digits
/// that follow "CN" are read, grouped the customs way (four, then pairs), so quantities in the
/// same note ("<= 1 900 cm3") are never taken for codes.
pub(crate) fn exception_codes(note: &str) -> Vec<String> {
    let lower = note.to_lowercase();
    if !(lower.contains("except") || lower.contains("excl")) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let words: Vec<&str> = note.split_whitespace().collect();
    let mut i = 0;
    let mut after_cn = false;
    while i < words.len() {
        let w = words[i].trim_matches(|c: char| c == ',' || c == ';' || c == ')' || c == '(');
        if w.eq_ignore_ascii_case("cn") {
            after_cn = true;
            i += 1;
            continue;
        }
        if after_cn && w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) {
            let mut code = w.to_string();
            let mut j = i + 1;
            while j < words.len() && code.len() < 8 {
                let p = words[j].trim_end_matches([',', ';']);
                if p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()) {
                    code.push_str(p);
                    j += 1;
                } else {
                    break;
                }
            }
            out.push(unpadded(&code).to_string());
            i = j;
            continue;
        }
        if !(w.eq_ignore_ascii_case("and") || w.eq_ignore_ascii_case("code") || w == "codes") {
            after_cn = false;
        }
        i += 1;
    }
    out
}

/// A nomenclature row as (code, text id), or `None` for rows that are not a commodity code
/// (sections, Comtrade's "TOTAL"/"9999" rows). Parents are not stored: in all three
/// nomenclatures a line's parent is a prefix of its code.
fn line_of(
    row: &HashMap<&'static str, String>,
    kind: GoodsSourceKind,
    t: &mut TextTable,
) -> Option<(String, u32)> {
    let (code, text) = match kind {
        GoodsSourceKind::Hs => {
            let level = row["level"].as_str();
            if !matches!(level, "2" | "4" | "6") {
                return None;
            }
            (row["hscode"].as_str(), row["description"].as_str())
        }
        GoodsSourceKind::Cn => {
            if row["level"] == "section" {
                return None;
            }
            (row["code"].as_str(), row["name"].as_str())
        }
        GoodsSourceKind::Tnved => {
            if row["level"] == "section" {
                return None;
            }
            (row["code"].as_str(), row["name_ru"].as_str())
        }
        _ => return None,
    };
    let code = digits_only(code)?;
    if code.len() < 2 || code.len() % 2 == 1 || code == "9999" || text.is_empty() {
        return None;
    }
    let text = clean_text(text, kind);
    if text.is_empty() {
        return None;
    }
    Some((code, t.id(&text)))
}

/// Tidies a line's text: TN VED leaf texts start with dashes for their depth ("- - - прочие")
/// and carry footnote marks ("агрегатов5)"); neither is part of the description.
fn clean_text(text: &str, kind: GoodsSourceKind) -> String {
    let mut s = text.trim();
    if kind == GoodsSourceKind::Tnved {
        s = s.trim_start_matches(['-', ' ', '\u{2013}']);
        let mut out = String::with_capacity(s.len());
        let chars: Vec<char> = s.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            // A footnote mark: digits glued to the end of a word, then ")".
            if chars[i].is_ascii_digit() && i > 0 && chars[i - 1].is_alphabetic() {
                let mut j = i;
                while j < chars.len() && chars[j].is_ascii_digit() {
                    j += 1;
                }
                if j < chars.len() && chars[j] == ')' {
                    i = j + 1;
                    continue;
                }
            }
            out.push(chars[i]);
            i += 1;
        }
        return out.trim().to_string();
    }
    s.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exception_notes_give_codes_and_never_quantities() {
        assert_eq!(exception_codes("except CN 2825 20 00 and 2825 30 00"), ["282520", "282530"]);
        assert_eq!(exception_codes("except CN 8471 80 and CN 8471 70 98"), ["847180", "84717098"]);
        assert_eq!(
            exception_codes("except CN 8704 21 91 and 8704 21 99 <= 1 900 cm3"),
            ["87042191", "87042199"]
        );
        assert_eq!(exception_codes("except CN 7401 00 00"), ["7401"]);
        assert_eq!(
            exception_codes("except CN 7314 12 endless bands for machinery of stainless steel"),
            ["731412"]
        );
        assert!(exception_codes("excluding ambulances").is_empty());
        assert!(exception_codes("ex: not luminophores").is_empty());
    }

    #[test]
    fn dates_and_families_come_from_file_names() {
        assert_eq!(date_in("chpl_2024-02-23.csv").as_deref(), Some("2024-02-23"));
        assert_eq!(date_in("eu_833_2014_annexes_20251023.csv").as_deref(), Some("2025-10-23"));
        assert_eq!(date_in("cn2025_en.csv"), None);
        assert_eq!(
            family("eu_833_2014_annexes_20251023.csv"),
            family("eu_833_2014_annexes_20230427.csv")
        );
        assert_ne!(family("chpl_2024-02-23.csv"), family("eu_833_2014_annexes_20230427.csv"));
        assert_eq!(year_in("hs2017_datasets-harmonized-system.csv").as_deref(), Some("2017"));
    }

    #[test]
    fn tnved_texts_lose_depth_dashes_and_footnote_marks() {
        assert_eq!(
            clean_text("- - - для производства авиационных двигателей5)", GoodsSourceKind::Tnved),
            "для производства авиационных двигателей"
        );
        assert_eq!(clean_text("- - прочие", GoodsSourceKind::Tnved), "прочие");
    }
}
