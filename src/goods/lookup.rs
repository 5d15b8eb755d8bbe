//! Code lookup: which listed codes cover a declared code, and what that means for the trader.
//!
//! The comparison rules (DESIGN.md#goods says why):
//! * a listed code covers every code that starts with it (a heading covers its subheadings);
//! * a declared code shorter than a listed one only *may* be covered: the answer asks for the
//!   full code and shows the listed codes below the declared one;
//! * an "ex" entry covers only the goods it describes;
//! * codes an annex note excepts ("except CN 7401 00 00") are taken out;
//! * a 10-digit (EAEU TN VED) code is compared on its first 6 digits only, because the
//!   EAEU's digits 7–10 do not line up with the EU's CN digits 7–8.

use super::hs::{format_digits, HsCode};
use super::tables::{GoodsSourceKind, GoodsTables, Rule};
use crate::error::Result;
use serde::{Deserialize, Serialize};

/// The verdict on a code, from most to least severe.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// A listed code covers it.
    Restricted,
    /// Only an "ex" entry covers it: restricted if the goods are those described.
    RestrictedIfDescribed,
    /// The code is shorter than a listed code (or an EAEU code shares its HS6 with a listed
    /// CN code): the full code decides.
    PossiblyRestricted,
    /// A listed code covers it, but the list's printed exception takes it out.
    Excepted,
    /// No list checked names it.
    NotListed,
}

impl Status {
    /// The words shown to the user.
    pub fn label(self) -> &'static str {
        match self {
            Status::Restricted => "restricted",
            Status::RestrictedIfDescribed => "restricted only for the goods described",
            Status::PossiblyRestricted => "possibly restricted: give the full code",
            Status::Excepted => "excepted from this entry",
            Status::NotListed => "not listed",
        }
    }
}

/// How the declared code and the listed code relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// The listed code is the declared code or a broader one (a heading over a subheading).
    Covers,
    /// The listed code is longer: it may or may not be the declared goods.
    ListedBelow,
    /// A 10-digit EAEU code and a listed CN code share the HS subheading; the national digits
    /// cannot be compared.
    SameHs6Only,
}

/// What a list restricts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Restriction {
    /// Sale, supply, transfer or export to Russia.
    ExportToRussia,
    /// Purchase, import or transfer of goods from Russia.
    ImportFromRussia,
    /// Transit via Russia.
    Transit,
    /// Common high priority items: no-Russia clause and due diligence for exports anywhere.
    NoRussiaClause,
    /// Exporter risk assessment / due diligence.
    DueDiligence,
    /// The Common High Priority List (a guidance list, ranked by tier).
    HighPriority,
    /// Listed, but the operative rule is not in the data.
    Other,
}

impl Restriction {
    /// One line on what is restricted.
    pub fn summary(self) -> &'static str {
        match self {
            Restriction::ExportToRussia => {
                "Export to Russia prohibited (sale, supply, transfer or export, directly or \
                 indirectly, to Russia or for use in Russia)"
            }
            Restriction::ImportFromRussia => {
                "Import from Russia prohibited (purchase, import or transfer of goods \
                 originating in or exported from Russia)"
            }
            Restriction::Transit => "Transit via Russia prohibited (goods exported from the EU)",
            Restriction::NoRussiaClause => {
                "Common high priority item: exports to third countries need a contractual \
                 ban on re-export to Russia and due diligence"
            }
            Restriction::DueDiligence => "Exporters must assess the risk of diversion to Russia",
            Restriction::HighPriority => {
                "Common High Priority List: items found in Russian weapons; highest diversion \
                 risk, enhanced due diligence expected"
            }
            Restriction::Other => {
                "Listed; the operative rule is not in this data, check the Article cited"
            }
        }
    }
}

/// One listed entry that concerns the declared code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RuleMatch {
    /// What this entry means for the declared code.
    pub status: Status,
    /// How the codes relate.
    pub relation: Relation,
    /// The listed code as printed ("ex 8419 89 98", "8482").
    pub listed_code: String,
    /// The digits compared (the listed code without CN zero padding).
    pub listed_digits: String,
    /// The list's code system (`HS4`, `HS6`, `CN8`).
    pub code_system: String,
    /// The sanctions regime ("EU", or the CHPL's partners).
    pub regime: String,
    /// The regime in words.
    pub regime_title: String,
    /// List id (`EU833_ANNEX_XXIII`, `CHPL`).
    pub list_id: String,
    /// The annex or list in words ("Annex XXIII").
    pub list: String,
    /// Annex part, table or luxury category, when the annex has them.
    pub part: Option<String>,
    /// What is restricted.
    pub restriction: Restriction,
    /// [`Restriction::summary`].
    pub restriction_summary: String,
    /// What the source file says is restricted.
    pub restriction_text: Option<String>,
    /// CHPL tier ("1", "3.A").
    pub tier: Option<String>,
    /// What the tier means.
    pub tier_meaning: Option<String>,
    /// The legal citation.
    pub citation: String,
    /// The date the list data is as of.
    pub as_of: Option<String>,
    /// The listed description (for "ex" entries: the only goods covered).
    pub description: String,
    /// An "ex" entry.
    pub ex: bool,
    /// The list's printed exception, as printed.
    pub exception_note: Option<String>,
    /// Codes the exception takes out, written the customs way.
    pub exceptions: Vec<String>,
    /// Further notes: value thresholds, what to check, what the data leaves out.
    pub notes: Vec<String>,
}

/// A listed code below a declared short code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubCode {
    /// The listed code, customs spacing.
    pub code: String,
    /// The list.
    pub list: String,
    /// The listed description.
    pub description: String,
}

/// A list checked, with its date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checked {
    /// The list's title.
    pub title: String,
    /// The date its data is as of.
    pub as_of: Option<String>,
    /// Its file.
    pub file: String,
}

/// The answer to a code lookup.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CodeReport {
    /// The code as typed.
    pub query: String,
    /// Its digits.
    pub code: String,
    /// Customs spacing ("8542 31 90").
    pub formatted: String,
    /// The digits compared with the lists (the first 6 of a 10-digit EAEU code).
    pub compared: String,
    /// The overall verdict: the most severe of the matches.
    pub status: Status,
    /// [`Status::label`].
    pub status_label: String,
    /// One sentence saying what the verdict means and what to do.
    pub summary: String,
    /// The nomenclature's English description of the code, when it has one.
    pub description: Option<String>,
    /// The TN VED's Russian description, when it has one.
    pub description_ru: Option<String>,
    /// Entries that concern the code, most severe first.
    pub matches: Vec<RuleMatch>,
    /// Entries that would cover the code but whose printed exception takes it out.
    pub excepted: Vec<RuleMatch>,
    /// For a short code: the listed codes below it.
    pub sub_codes: Vec<SubCode>,
    /// Notes on the whole answer (EAEU comparison, unknown code, what the data leaves out).
    pub notes: Vec<String>,
    /// The lists checked and their dates.
    pub checked: Vec<Checked>,
}

/// How many entries for longer listed codes a lookup spells out in full.
pub const MAX_BELOW: usize = 20;

/// What the lists do not cover; stated in every answer so "not listed" is never read as
/// "allowed everywhere".
pub const COVERAGE_NOTE: &str = "Checked: EU Regulation 833/2014 goods annexes (Russia) and \
    the Common High Priority List. Not in this data: EU Belarus Regulation 765/2006 annexes, \
    Annex VII Part A and dual-use (Reg. 2021/821) technical lists, UK and US lists, and the \
    Articles' derogations and thresholds. Not legal advice.";

pub(crate) fn regime_title(regime: &str, list_id: &str) -> String {
    if list_id == "CHPL" {
        "Common High Priority List: joint EU/US/UK/Japan export-control guidance on Russia".into()
    } else if regime == "EU" {
        "EU sanctions against Russia: Council Regulation (EU) No 833/2014".into()
    } else {
        regime.to_string()
    }
}

/// "EU833_ANNEX_XXIIIE" → "Annex XXIIIE"; "CHPL" → "Common High Priority List".
pub(crate) fn list_title(list_id: &str) -> String {
    if list_id == "CHPL" {
        return "Common High Priority List".into();
    }
    match list_id.split_once("_ANNEX_") {
        Some((_, annex)) => format!("Annex {annex}"),
        None => list_id.to_string(),
    }
}

fn restriction_of(t: &GoodsTables, rule: &Rule) -> Restriction {
    let kind = t.sources.get(rule.source as usize).map(|s| s.kind);
    if kind == Some(GoodsSourceKind::Chpl) {
        return Restriction::HighPriority;
    }
    let text = t.opt_text(rule.restriction_text).unwrap_or("").to_lowercase();
    match t.text(rule.restriction) {
        "export" => Restriction::ExportToRussia,
        "import" => Restriction::ImportFromRussia,
        _ if text.contains("transit") => Restriction::Transit,
        _ if text.contains("12g") => Restriction::NoRussiaClause,
        _ if text.contains("risk assessment") || text.contains("due-diligence") => {
            Restriction::DueDiligence
        }
        _ => Restriction::Other,
    }
}

impl GoodsTables {
    /// Looks up a code written any usual way ("8542.31", "8542 31 90", "8542310000").
    ///
    /// # Errors
    /// A query error that says what to type, when the text is not a code of 2 to 10 digits
    /// (see [`HsCode::parse`]).
    pub fn lookup_code(&self, text: &str) -> Result<CodeReport> {
        let code = HsCode::parse(text)?;
        Ok(self.lookup(&code, text))
    }

    /// Looks up a parsed code.
    pub fn lookup(&self, code: &HsCode, typed: &str) -> CodeReport {
        let cmp = code.comparable();
        let national = code.is_national_10();
        let mut matches = Vec::new();
        let mut excepted = Vec::new();
        // Entries for longer listed codes: only named (sub_codes) until the first MAX_BELOW
        // are spelled out below, because a chapter lies above hundreds of them.
        let mut below: Vec<(&Rule, Relation)> = Vec::new();
        for rule in &self.rules {
            let p = rule.prefix.as_str();
            let relation = if cmp.starts_with(p) {
                Relation::Covers
            } else if p.starts_with(cmp) {
                below.push((
                    rule,
                    if national { Relation::SameHs6Only } else { Relation::ListedBelow },
                ));
                continue;
            } else {
                continue;
            };
            let mut m = self.rule_match(rule, relation, code);
            if let Some(e) = rule.exceptions.iter().find(|e| cmp.starts_with(e.as_str())) {
                m.status = Status::Excepted;
                m.notes.insert(
                    0,
                    format!(
                        "Your code falls under the printed exception (CN {}): this entry does \
                         not apply to it.",
                        format_digits(e)
                    ),
                );
                excepted.push(m);
                continue;
            }
            for e in rule.exceptions.iter().filter(|e| e.starts_with(cmp)) {
                m.notes.push(format!(
                    "The entry excepts CN {}: if your goods fall under that code, this entry \
                     does not apply.",
                    format_digits(e)
                ));
            }
            matches.push(m);
        }
        // Most severe first; within a status, the order of the lists (stable sort). Entries
        // for longer codes are all "possibly restricted", so they go after these as they are.
        matches.sort_by_key(|m| m.status);
        let mut seen = std::collections::HashSet::new();
        let mut sub_codes: Vec<SubCode> = Vec::new();
        for (rule, _) in &below {
            if seen.insert((rule.code.as_str(), rule.list, rule.description, rule.ex)) {
                let listed = format_digits(&rule.code);
                sub_codes.push(SubCode {
                    code: if rule.ex { format!("ex {listed}") } else { listed },
                    list: list_title(self.text(rule.list)),
                    description: self.text(rule.description).to_string(),
                });
            }
        }
        let omitted = below.len().saturating_sub(MAX_BELOW);
        for (rule, relation) in below.into_iter().take(MAX_BELOW) {
            matches.push(self.rule_match(rule, relation, code));
        }
        let status = matches.first().map_or(Status::NotListed, |m| m.status);
        let mut notes = Vec::new();
        if omitted > 0 {
            notes.push(format!(
                "{omitted} more entries for longer listed codes are not spelled out; their codes \
                 are all in the list of listed codes below this one. Give a longer code to see \
                 them in full."
            ));
        }
        if national {
            notes.push(format!(
                "A 10-digit code is read as an EAEU TN VED code and compared on its HS \
                 subheading {} only: the EAEU's digits 7–10 do not correspond to the EU's CN \
                 digits.",
                format_digits(cmp)
            ));
        }
        if code.len() % 2 == 1 {
            notes.push(format!(
                "{} has an odd number of digits; if a leading zero was lost (spreadsheets drop \
                 it), type the code again with it.",
                code.digits()
            ));
        }
        let (description, description_ru) = self.describe(code);
        if description.is_none() && description_ru.is_none() {
            notes.push(format!(
                "{} is not a code of the nomenclatures in this data (HS 2017/2022, EU CN, EAEU \
                 TN VED, partial); check it against your customs declaration.",
                code.formatted()
            ));
        }
        notes.push(COVERAGE_NOTE.to_string());
        let summary = summary(status, code, &matches, &sub_codes, &excepted);
        CodeReport {
            query: typed.to_string(),
            code: code.digits().to_string(),
            formatted: code.formatted(),
            compared: cmp.to_string(),
            status,
            status_label: status.label().to_string(),
            summary,
            description,
            description_ru,
            matches,
            excepted,
            sub_codes,
            notes,
            checked: self.checked(),
        }
    }

    /// The lists (annex and CHPL sources) and their as-of dates.
    pub fn checked(&self) -> Vec<Checked> {
        self.sources
            .iter()
            .filter(|s| matches!(s.kind, GoodsSourceKind::Annex | GoodsSourceKind::Chpl))
            .map(|s| Checked {
                title: s.title.clone(),
                as_of: s.as_of.clone(),
                file: s.file.clone(),
            })
            .collect()
    }

    fn rule_match(&self, rule: &Rule, relation: Relation, code: &HsCode) -> RuleMatch {
        let list_id = self.text(rule.list).to_string();
        let regime = self.text(rule.regime).to_string();
        let restriction = restriction_of(self, rule);
        let description = self.text(rule.description).to_string();
        let status = match relation {
            Relation::Covers if rule.ex => Status::RestrictedIfDescribed,
            Relation::Covers => Status::Restricted,
            _ => Status::PossiblyRestricted,
        };
        let listed = format_digits(&rule.code);
        let mut notes = Vec::new();
        match relation {
            Relation::Covers => {}
            Relation::ListedBelow => notes.push(format!(
                "The list names the longer code {listed}; give your full code to know whether \
                 this entry covers your goods."
            )),
            Relation::SameHs6Only => notes.push(format!(
                "The EU lists CN {listed} under your HS subheading {}; EAEU national digits \
                 cannot be compared with CN digits, so check whether your goods are those \
                 described.",
                format_digits(code.comparable())
            )),
        }
        if rule.ex {
            notes.push(format!(
                "\"ex\" entry: only the goods described are covered, not everything under the \
                 code: {description}"
            ));
        }
        let part = self.opt_text(rule.part).map(str::to_string);
        if list_id.ends_with("_ANNEX_XVIII") {
            if let Some(p) = part.as_deref().filter(|p| p.contains("EUR") || p.contains("value")) {
                notes.push(format!("Value threshold of this category: {p}."));
            }
            notes.push(
                "Luxury goods (Art. 3h): the ban applies to items worth more than EUR 300 each \
                 unless the category states another threshold (the EUR 300 figure is not \
                 verified in this data)."
                    .into(),
            );
        }
        if list_id == "CHPL" || list_id.ends_with("_ANNEX_XL") {
            notes.push(
                "No-Russia clause (Art. 12g): EU exporters selling this item to a third country \
                 (such as Kazakhstan) must contractually prohibit its re-export to Russia."
                    .into(),
            );
        }
        if list_id == "CHPL" {
            notes.push(
                "The CHPL is a guidance list, not itself a prohibition; these items are also \
                 export-banned to Russia under the partners' own lists (EU Annex VII/XXIII)."
                    .into(),
            );
        }
        let shown_code = if rule.ex { format!("ex {listed}") } else { listed };
        RuleMatch {
            status,
            relation,
            listed_code: shown_code,
            listed_digits: rule.prefix.clone(),
            code_system: self.text(rule.system).to_string(),
            regime_title: regime_title(&regime, &list_id),
            regime,
            list: list_title(&list_id),
            list_id,
            part,
            restriction,
            restriction_summary: restriction.summary().to_string(),
            restriction_text: self.opt_text(rule.restriction_text).map(str::to_string),
            tier: self.opt_text(rule.tier).map(str::to_string),
            tier_meaning: self.opt_text(rule.tier_definition).map(str::to_string),
            citation: self.text(rule.citation).to_string(),
            as_of: self.opt_text(rule.as_of).map(str::to_string),
            description,
            ex: rule.ex,
            exception_note: self.opt_text(rule.note).map(str::to_string),
            exceptions: rule.exceptions.iter().map(|e| format_digits(e)).collect(),
            notes,
        }
    }

    /// The newest line of one kind with exactly this code.
    fn newest_text(&self, code: &str, kinds: &[GoodsSourceKind]) -> Option<&str> {
        self.lines_of(code)
            .iter()
            .filter(|l| self.source_kind_of(l).is_some_and(|k| kinds.contains(&k)))
            // The highest edition bit is the newest edition (sources are sorted by file name).
            .max_by_key(|l| 32 - l.editions.leading_zeros())
            .map(|l| self.text(l.text))
    }

    /// English and Russian descriptions of a code: the HS text of its subheading (or heading,
    /// or chapter), then the CN line's own text for 8 digits; the TN VED heading, then the
    /// TN VED line for 10 digits.
    pub(crate) fn describe(&self, code: &HsCode) -> (Option<String>, Option<String>) {
        use GoodsSourceKind::{Cn, Hs, Tnved};
        let d = code.digits();
        let hs_part = code.comparable().get(..6).unwrap_or(code.comparable());
        let mut en = [6, 4, 2].iter().filter(|&&n| hs_part.len() >= n).find_map(|&n| {
            let c = &hs_part[..n];
            let text = self.newest_text(c, &[Hs]).or_else(|| self.newest_text(c, &[Cn]))?;
            Some((n, text.to_string()))
        });
        if let (Some((6, text)), 8) = (&mut en, d.len()) {
            if let Some(cn) = self.newest_text(d, &[Cn]) {
                text.push_str(" › ");
                text.push_str(cn);
            }
        }
        // A code longer than any line found is not a real code: say nothing rather than give
        // the heading's text as if it described it.
        let en = en.and_then(|(n, text)| {
            let exact = n == hs_part.len()
                && (d.len() <= 6 || code.is_national_10() || self.newest_text(d, &[Cn]).is_some());
            exact.then_some(text)
        });
        let ru_head = self.newest_text(d.get(..4).unwrap_or(d), &[Tnved]).map(str::to_string);
        let ru = if d.len() == 10 {
            self.newest_text(d, &[Tnved]).map(|leaf| match &ru_head {
                Some(h) => format!("{h} › {leaf}"),
                None => leaf.to_string(),
            })
        } else if d.len() <= 4 {
            self.newest_text(d, &[Tnved]).map(str::to_string)
        } else {
            ru_head.filter(|_| en.is_some())
        };
        (en, ru)
    }
}

/// A few words on what a restriction is about, for the summary line.
fn restriction_words(r: Restriction) -> &'static str {
    match r {
        Restriction::ExportToRussia => "export to Russia",
        Restriction::ImportFromRussia => "import from Russia",
        Restriction::Transit => "transit via Russia",
        Restriction::NoRussiaClause => "no-Russia clause",
        Restriction::DueDiligence => "due diligence",
        Restriction::HighPriority => "high priority",
        Restriction::Other => "rule not transcribed",
    }
}

fn summary(
    status: Status,
    code: &HsCode,
    matches: &[RuleMatch],
    subs: &[SubCode],
    excepted: &[RuleMatch],
) -> String {
    let shown = code.formatted();
    // One code can be listed by several annexes: name each once.
    let mut codes: Vec<&str> = Vec::new();
    for s in subs {
        if !codes.contains(&s.code.as_str()) {
            codes.push(&s.code);
        }
    }
    let some_codes = |n: usize| {
        codes.iter().take(n).copied().collect::<Vec<_>>().join(", ")
            + if codes.len() > n { ", …" } else { "" }
    };
    let lists = |s: Status| {
        let mut names: Vec<String> = matches
            .iter()
            .filter(|m| m.status == s)
            .map(|m| format!("{} ({})", m.list, restriction_words(m.restriction)))
            .collect();
        names.sort_unstable();
        names.dedup();
        names.join(", ")
    };
    // A code can be covered by one entry and lie above longer codes of others (8542 is in
    // the import ban as a heading, while the export bans list 8542 31 etc.): say both.
    let also_below = if status < Status::PossiblyRestricted && !codes.is_empty() {
        format!(
            " {} longer listed code(s) lie under it as well ({}): give the full code to know \
             whether they apply too.",
            codes.len(),
            some_codes(6)
        )
    } else {
        String::new()
    };
    match status {
        Status::Restricted => format!(
            "Restricted: {shown} is covered by {}.{also_below} Check each entry below.",
            lists(Status::Restricted)
        ),
        Status::RestrictedIfDescribed => format!(
            "Restricted only for the goods described: {shown} falls under \"ex\" entries of {}. \
             Compare your goods with each description below.{also_below}",
            lists(Status::RestrictedIfDescribed)
        ),
        Status::PossiblyRestricted if code.is_national_10() => format!(
            "Possibly restricted: the EU lists {} CN code(s) under HS {}; EAEU national digits \
             cannot be compared, so check your goods against each description below.",
            codes.len(),
            format_digits(code.comparable())
        ),
        Status::PossiblyRestricted => format!(
            "Possibly restricted: give the full code. {} listed code(s) lie under {shown}: {}.",
            codes.len(),
            some_codes(8)
        ),
        Status::Excepted | Status::NotListed if !excepted.is_empty() => format!(
            "Not listed: {shown} is excepted from {} by its printed exception, and no other \
             entry covers it.",
            excepted.iter().map(|m| m.list.as_str()).collect::<Vec<_>>().join(", ")
        ),
        Status::Excepted | Status::NotListed => format!(
            "Not listed: {shown} is on none of the lists checked. Other rules (the no-Russia \
             clause, end-use controls, other countries' lists) may still apply."
        ),
    }
}
