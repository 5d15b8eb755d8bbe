//! Description search: a plain description ("ball bearings", "станок фрезерный") → ranked HS
//! subheadings (HS6), each with its restrictions.
//!
//! Every HS6 subheading is one *document*. Its words come from every text that speaks about
//! it, with a weight for how closely the text describes it (DESIGN.md#goods gives the table):
//! its own HS text (1.0), the annex descriptions listed under it (0.9), its EU CN and EAEU
//! TN VED lines (0.85), its heading (0.7) and its chapter (0.3). Words are compared in the
//! compare form of [`crate::normalize::key`], stemmed ([`super::lexicon::stem`]).
//!
//! A query word finds vocabulary words that are equal (1.0), a prefix of each other within
//! three letters (0.9: "bearing"/"bearings", "stanok"/"stank"), the end of a compound (0.75:
//! "microcontroller" → "controller"), or a typo away (Jaro-Winkler ≥ 0.88, scaled by 0.85).
//! Each query word is a *group*: the word itself and its trade-term or Russian-glossary
//! expansions ([`super::lexicon`]), of which the best counts. A document's score is the
//! IDF-weighted mean over the groups of the best (similarity × text weight) it offers, so a
//! document that says every query word in its own text scores 1.

use super::hs::{format_digits, HsCode};
use super::lexicon;
use super::lookup::{RuleMatch, Status, SubCode, COVERAGE_NOTE};
use super::tables::{GoodsSourceKind, GoodsTables};
use crate::error::{Error, Result};
use crate::normalize;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Candidates returned when the caller does not say.
pub const DEFAULT_LIMIT: usize = 10;
/// The most candidates a search returns.
pub const MAX_LIMIT: usize = 50;
/// The longest description accepted, in characters: a description is a few words, and the
/// search's cost grows with every word.
pub const MAX_TEXT_CHARS: usize = 300;

/// How closely a text describes an HS6 document.
const W_OWN: f32 = 1.0;
const W_ANNEX: f32 = 0.9;
const W_LINE: f32 = 0.85;
const W_HEADING: f32 = 0.7;
const W_CHAPTER: f32 = 0.3;

/// The search structures over one [`GoodsTables`], derived on first use.
#[derive(Debug, Clone, Default)]
pub(crate) struct SearchIndex {
    /// HS6 codes, sorted.
    docs: Vec<String>,
    /// Vocabulary (stemmed compare-form words), sorted, so words with a prefix form a range.
    vocab: Vec<String>,
    ids: HashMap<String, u32>,
    /// For each vocabulary word: (document, text weight), by document.
    postings: Vec<Vec<(u32, f32)>>,
    /// Padded character bigrams → vocabulary words, for typo candidates.
    grams: HashMap<(u8, u8), Vec<u32>>,
    /// Distinct words of each document's own HS text, for the specificity tie-break.
    own_len: Vec<u16>,
}

fn grams(word: &str) -> Vec<(u8, u8)> {
    let b = word.as_bytes();
    let mut out = Vec::with_capacity(b.len() + 1);
    let mut prev = b'^';
    for &c in b {
        out.push((prev, c));
        prev = c;
    }
    out.push((prev, b'$'));
    out.sort_unstable();
    out.dedup();
    out
}

/// Words that start what a text leaves out: "(excl. unmanned aircraft of heading 8806)",
/// "other than pure-bred", "кроме". The goods named after them are *not* that line's goods,
/// so they are not indexed for it (or "drone" would find the heading that excludes drones).
const EXCLUSION_MARKERS: &[&str] =
    &["excl.", "excluding", "except", "other than", "кроме", "за исключением"];

/// A text without its exclusion clauses: from a marker to the closing parenthesis when the
/// marker is inside one, else to the next semicolon or the end.
pub(crate) fn strip_exclusions(text: &str) -> String {
    let mut s = text.to_string();
    // Each pass removes one clause; a text has a handful at most.
    for _ in 0..8 {
        let lower = s.to_lowercase();
        // Lowercasing keeps byte offsets for the scripts these markers are written in
        // (ASCII and Cyrillic letters keep their UTF-8 length), checked below anyway.
        if lower.len() != s.len() {
            return s;
        }
        let Some(pos) = EXCLUSION_MARKERS.iter().filter_map(|m| lower.find(m)).min() else {
            return s;
        };
        let before = &s[..pos];
        let open = before.matches('(').count() > before.matches(')').count();
        let end = if open {
            s[pos..].find(')').map_or(s.len(), |e| pos + e)
        } else {
            s[pos..].find(';').map_or(s.len(), |e| pos + e)
        };
        s.replace_range(pos..end, " ");
    }
    s
}

/// The stemmed compare-form words of a text, without stop words. Numbers glued to units are
/// split off ("800cc" → "800", "cc"); numbers of two digits or more are kept, because they
/// tell subheadings apart ("exceeding 800cc"), single digits and one-letter units are not.
pub(crate) fn terms(text: &str) -> Vec<String> {
    let key = normalize::key(text);
    let mut out = Vec::new();
    for token in normalize::tokens(&key) {
        let bytes = token.as_bytes();
        let mut start = 0;
        for i in 1..=bytes.len() {
            let boundary =
                i == bytes.len() || bytes[i].is_ascii_digit() != bytes[i - 1].is_ascii_digit();
            if boundary {
                let part = &token[start..i];
                start = i;
                if part.len() >= 2 && !lexicon::is_stop_word(part) {
                    out.push(lexicon::stem(part));
                }
            }
        }
    }
    out
}

fn is_number(word: &str) -> bool {
    word.bytes().all(|b| b.is_ascii_digit())
}

impl SearchIndex {
    pub(crate) fn new(t: &GoodsTables) -> SearchIndex {
        let mut docs: Vec<String> = t
            .lines
            .iter()
            .filter(|l| l.code.len() == 6)
            .filter(|l| {
                matches!(t.source_kind_of(l), Some(GoodsSourceKind::Hs | GoodsSourceKind::Cn))
            })
            .map(|l| l.code.clone())
            .collect();
        docs.dedup();
        let doc_range = |prefix: &str| -> std::ops::Range<u32> {
            let start = docs.partition_point(|d| d.as_str() < prefix);
            let end = start + docs[start..].partition_point(|d| d.starts_with(prefix));
            start as u32..end as u32
        };
        // (word id, doc, weight) triples; reduced to the best weight per (word, doc) below.
        // Words are interned as they are met and renumbered in sorted order at the end: this
        // runs once per page load, in the browser, so it avoids cloning strings per posting.
        let mut interned: HashMap<String, u32> = HashMap::new();
        let mut triples: Vec<(u32, u32, f32)> = Vec::new();
        // Each distinct text is tokenised once: the editions share most of them.
        let mut words_of: HashMap<u32, Vec<u32>> = HashMap::new();
        let mut own_len = vec![0u16; docs.len()];
        let mut add = |text: u32, range: std::ops::Range<u32>, w: f32| {
            let words = words_of.entry(text).or_insert_with(|| {
                let mut ids: Vec<u32> = terms(&strip_exclusions(t.text(text)))
                    .into_iter()
                    .map(|word| {
                        let next = interned.len() as u32;
                        *interned.entry(word).or_insert(next)
                    })
                    .collect();
                ids.sort_unstable();
                ids.dedup();
                ids
            });
            for d in range {
                for &word in words.iter() {
                    triples.push((word, d, w));
                }
            }
            words.len()
        };
        for line in &t.lines {
            let (prefix, w) = match line.code.len() {
                2 => (line.code.as_str(), W_CHAPTER),
                4 => (line.code.as_str(), W_HEADING),
                6 => (line.code.as_str(), W_OWN),
                _ => (&line.code[..6], W_LINE),
            };
            let range = doc_range(prefix);
            let is_hs6 = line.code.len() == 6 && range.len() == 1;
            let at = range.start as usize;
            let n = add(line.text, range, w);
            // The newest HS text comes last among a code's lines: its length counts.
            if is_hs6 && t.source_kind_of(line) == Some(GoodsSourceKind::Hs) {
                own_len[at] = n.min(u16::MAX as usize) as u16;
            }
        }
        for rule in &t.rules {
            let p = rule.prefix.as_str();
            let (prefix, w) = match p.len() {
                0..=3 => continue,
                4 | 5 => (&p[..4], W_HEADING),
                _ => (&p[..6], W_ANNEX),
            };
            add(rule.description, doc_range(prefix), w);
        }
        // Sorted vocabulary: words with a common prefix form a range (see `similar`).
        let mut vocab: Vec<String> = vec![String::new(); interned.len()];
        for (word, id) in interned {
            vocab[id as usize] = word;
        }
        let mut order: Vec<u32> = (0..vocab.len() as u32).collect();
        order.sort_unstable_by(|&a, &b| vocab[a as usize].cmp(&vocab[b as usize]));
        let mut rank = vec![0u32; vocab.len()];
        for (r, &id) in order.iter().enumerate() {
            rank[id as usize] = r as u32;
        }
        let vocab: Vec<String> =
            order.iter().map(|&id| std::mem::take(&mut vocab[id as usize])).collect();
        for t in &mut triples {
            t.0 = rank[t.0 as usize];
        }
        triples.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
        let mut postings: Vec<Vec<(u32, f32)>> = vec![Vec::new(); vocab.len()];
        for (word, doc, w) in triples {
            let list = &mut postings[word as usize];
            match list.last_mut() {
                Some((d, best)) if *d == doc => *best = best.max(w),
                _ => list.push((doc, w)),
            }
        }
        let ids = vocab.iter().enumerate().map(|(i, w)| (w.clone(), i as u32)).collect();
        let mut grams_index: HashMap<(u8, u8), Vec<u32>> = HashMap::new();
        for (i, w) in vocab.iter().enumerate() {
            if w.is_ascii() && w.len() >= 4 {
                for g in grams(w) {
                    grams_index.entry(g).or_default().push(i as u32);
                }
            }
        }
        SearchIndex { docs, vocab, ids, postings, grams: grams_index, own_len }
    }

    fn idf(&self, word: u32) -> f32 {
        let df = self.postings[word as usize].len() as f32;
        (1.0 + self.docs.len() as f32 / df.max(1.0)).ln()
    }

    fn max_idf(&self) -> f32 {
        (1.0 + self.docs.len() as f32).ln()
    }

    /// The vocabulary words each part of a query word finds: the word itself
    /// ([`SearchIndex::similar`]), or for a word the vocabulary does not know at all, its two
    /// halves when both are words ("crankshaft" → "crank" + "shaft"; "lipstick" → "lip" +
    /// "stick"), at 0.8 each, to be found together like the words of a phrase.
    fn parts(&self, q: &str) -> Vec<Vec<(u32, f32)>> {
        let found = self.similar(q);
        if !found.is_empty() || !q.is_ascii() || q.len() < 7 {
            return vec![found];
        }
        for cut in 3..=q.len() - 3 {
            let (a, b) = (&q[..cut], lexicon::stem(&q[cut..]));
            if let (Some(&x), Some(&y)) = (self.ids.get(a), self.ids.get(&b)) {
                return vec![vec![(x, 0.8)], vec![(y, 0.8)]];
            }
        }
        vec![found]
    }

    /// Vocabulary words similar to a query word, with their similarity.
    fn similar(&self, q: &str) -> Vec<(u32, f32)> {
        let mut out: HashMap<u32, f32> = HashMap::new();
        let mut put = |id: u32, s: f32| {
            let e = out.entry(id).or_insert(0.0);
            *e = e.max(s);
        };
        if let Some(&id) = self.ids.get(q) {
            put(id, 1.0);
        }
        if !q.is_ascii() || q.len() < 4 {
            return out.into_iter().collect();
        }
        // Vocabulary words that are a prefix of the query word, within three letters.
        for cut in (q.len().saturating_sub(3)).max(4)..q.len() {
            if let Some(&id) = self.ids.get(&q[..cut]) {
                put(id, 0.9);
            }
        }
        // Vocabulary words that start with the query word, within three letters.
        let start = self.vocab.partition_point(|w| w.as_str() < q);
        for (i, w) in self.vocab[start..].iter().enumerate() {
            if !w.starts_with(q) {
                break;
            }
            if w.len() - q.len() <= 3 && w.len() > q.len() {
                put((start + i) as u32, 0.9);
            }
        }
        // The end of a compound: "microcontroller" ends with "controller". At least seven
        // letters, or "microcontroller" would also find "roller".
        for cut in 3..q.len().saturating_sub(6) {
            if let Some(&id) = self.ids.get(&q[cut..]) {
                put(id, 0.75);
            }
        }
        // Typos: words sharing at least half of the query's bigrams, then Jaro-Winkler.
        let qg = grams(q);
        let need = qg.len().div_ceil(2);
        let mut shared: HashMap<u32, u16> = HashMap::new();
        for g in &qg {
            if let Some(list) = self.grams.get(g) {
                for &id in list {
                    *shared.entry(id).or_insert(0) += 1;
                }
            }
        }
        for (id, n) in shared {
            if (n as usize) < need {
                continue;
            }
            let w = &self.vocab[id as usize];
            if w.len().abs_diff(q.len()) > 3 {
                continue;
            }
            let jw = strsim::jaro_winkler(q, w) as f32;
            if jw >= 0.88 {
                put(id, 0.85 * jw);
            }
        }
        out.into_iter().collect()
    }
}

/// One way a query word can be read: the word itself, or the words of a trade term or of
/// the Russian glossary (all of which must be found, so their scores are averaged).
struct Alternative {
    words: Vec<String>,
    factor: f32,
}

/// One query word with its alternatives.
struct Group {
    typed: String,
    alternatives: Vec<Alternative>,
}

fn plan(text: &str) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    let lower = text.to_lowercase();
    for raw in lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        let own = terms(raw);
        if own.is_empty() {
            continue;
        }
        if groups.iter().any(|g| g.typed == raw) {
            continue;
        }
        let mut alternatives = vec![Alternative { words: own.clone(), factor: 1.0 }];
        // Russian words reach English texts through the glossary at a small discount, so a
        // subheading whose own Russian text says the word still ranks first.
        let expansion = lexicon::ru_glossary(raw)
            .map(|en| (en, 0.95))
            .or_else(|| own.first().and_then(|w| lexicon::trade_term(w)).map(|en| (en, 1.0)));
        if let Some((en, factor)) = expansion {
            for phrase in en.split('|') {
                let words = terms(phrase);
                if !words.is_empty() {
                    alternatives.push(Alternative { words, factor });
                }
            }
        }
        groups.push(Group { typed: raw.to_string(), alternatives });
    }
    groups
}

/// Checks a description and plans its words.
///
/// # Errors
/// See [`GoodsTables::search_text`].
fn validate(text: &str) -> Result<(&str, Vec<Group>)> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(Error::query(
            "text",
            "no description given; type what the goods are, e.g. \"ball bearings\" or \
                 \"подшипники шариковые\"",
        ));
    }
    let chars = trimmed.chars().count();
    if chars > MAX_TEXT_CHARS {
        return Err(Error::query(
            "text",
            format!(
                "the description has {chars} characters; use a few words (at most \
                     {MAX_TEXT_CHARS}), e.g. \"milling machine\""
            ),
        ));
    }
    let groups = plan(trimmed);
    if groups.is_empty() {
        return Err(Error::query(
            "text",
            format!(
                "\"{trimmed}\" has no words to search for; describe the goods in a few \
                 words, e.g. \"ball bearings\" (a code goes in the code search)"
            ),
        ));
    }
    if groups.iter().all(|g| g.alternatives[0].words.iter().all(|w| is_number(w))) {
        return Err(Error::query(
            "text",
            format!(
                "\"{trimmed}\" is only numbers; to check a customs code, use the code lookup; \
                 to search, describe the goods in words"
            ),
        ));
    }
    Ok((trimmed, groups))
}

/// Checks a description without searching (for datasets without goods tables, so a bad
/// input still gets its own message first).
pub(crate) fn check_text(text: &str) -> Result<()> {
    validate(text).map(|_| ())
}

/// One candidate subheading.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Candidate {
    /// The HS6 digits.
    pub hs6: String,
    /// Customs spacing ("8482 10").
    pub code: String,
    /// Score in [0, 1]: the weighted share of the query's words this subheading's texts say.
    pub score: f64,
    /// HS text of the subheading.
    pub description: String,
    /// Russian TN VED heading text, when the data has it.
    pub description_ru: Option<String>,
    /// The query words found in this subheading's texts.
    pub matched: Vec<String>,
    /// The verdict for the subheading as a declared code.
    pub status: Status,
    /// [`Status::label`].
    pub status_label: String,
    /// One sentence on the verdict.
    pub summary: String,
    /// The listed entries concerning it (as in a code lookup).
    pub matches: Vec<RuleMatch>,
    /// Entries whose exception takes it out.
    pub excepted: Vec<RuleMatch>,
    /// Listed codes below it.
    pub sub_codes: Vec<SubCode>,
}

/// The answer to a description search.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TextReport {
    /// The text as typed.
    pub query: String,
    /// The query's words as read (lowercased, stop words left out), for transparency.
    pub words: Vec<String>,
    /// Candidates, best first.
    pub candidates: Vec<Candidate>,
    /// Notes on the answer.
    pub notes: Vec<String>,
    /// The lists checked and their dates.
    pub checked: Vec<super::lookup::Checked>,
}

impl GoodsTables {
    /// Builds the description search structures now rather than on the first search (about
    /// a third of a second in the browser), e.g. while the user is still typing.
    pub fn prepare_search(&self) {
        self.search.get_or_init(|| SearchIndex::new(self));
    }

    /// Searches the nomenclature and annex texts for a plain description, English or Russian,
    /// and returns up to `limit` ranked HS6 candidates, each with its restrictions.
    ///
    /// # Errors
    /// A query error (field `text`) for an empty description, one with no searchable words,
    /// or one longer than [`MAX_TEXT_CHARS`].
    pub fn search_text(&self, text: &str, limit: usize) -> Result<TextReport> {
        let (_, groups) = validate(text)?;
        let index = self.search.get_or_init(|| SearchIndex::new(self));
        let limit = limit.clamp(1, MAX_LIMIT);
        let n = index.docs.len();
        let mut total = vec![0f32; n];
        let mut matched: Vec<Vec<u16>> = vec![Vec::new(); n];
        let mut weight_sum = 0f32;
        let mut best = vec![0f32; n];
        let mut touched: Vec<u32> = Vec::new();
        for (gi, group) in groups.iter().enumerate() {
            let mut group_weight: Option<f32> = None;
            for alt in &group.alternatives {
                // An alternative's words must all be found: its score is their mean.
                let mut alt_score: HashMap<u32, f32> = HashMap::new();
                let mut alt_weight = 0f32;
                let parts: Vec<Vec<(u32, f32)>> =
                    alt.words.iter().flat_map(|w| index.parts(w)).collect();
                for similar in parts.iter().cloned() {
                    let w = similar
                        .iter()
                        .max_by(|a, b| a.1.total_cmp(&b.1))
                        .map_or(index.max_idf(), |&(id, _)| index.idf(id));
                    alt_weight += w;
                    let mut word_best: HashMap<u32, f32> = HashMap::new();
                    for (id, sim) in similar {
                        for &(doc, tw) in &index.postings[id as usize] {
                            let e = word_best.entry(doc).or_insert(0.0);
                            *e = e.max(sim * tw);
                        }
                    }
                    for (doc, s) in word_best {
                        *alt_score.entry(doc).or_insert(0.0) += s / parts.len() as f32;
                    }
                }
                let alt_weight = alt_weight / parts.len().max(1) as f32;
                // The typed word's own weight decides, when it is known at all.
                if group_weight.is_none() && !alt_score.is_empty() {
                    group_weight = Some(alt_weight);
                }
                for (doc, s) in alt_score {
                    let s = s * alt.factor;
                    let b = &mut best[doc as usize];
                    if *b == 0.0 {
                        touched.push(doc);
                    }
                    *b = b.max(s);
                }
            }
            let mut w = group_weight.unwrap_or_else(|| index.max_idf());
            // A number tells subheadings of one heading apart but says little about which
            // goods: it counts half.
            if group.alternatives[0].words.iter().all(|w| is_number(w)) {
                w *= 0.5;
            }
            weight_sum += w;
            for &doc in &touched {
                total[doc as usize] += w * best[doc as usize];
                matched[doc as usize].push(gi as u16);
                best[doc as usize] = 0.0;
            }
            touched.clear();
        }
        // Specificity: among subheadings that say the same words, the one whose own text says
        // little else is the better answer ("Bearings; ball bearings" before "Bearings; n.e.c.
        // in heading 8482, including combined ball/roller bearings"). It moves scores by at
        // most 8%, so it orders ties and near-ties only.
        let mut ranked: Vec<(u32, f32)> = total
            .iter()
            .enumerate()
            .filter(|(_, &s)| s > 0.0)
            .map(|(d, &s)| {
                let own = f32::from(index.own_len[d].max(1));
                let density = (matched[d].len() as f32 / own).min(1.0);
                (d as u32, s / weight_sum.max(f32::EPSILON) * (0.92 + 0.08 * density))
            })
            .collect();
        // Best score first; ties in code order (a heading lists its goods in subheading order).
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked.truncate(limit);
        let candidates = ranked
            .into_iter()
            .map(|(doc, score)| {
                let hs6 = &index.docs[doc as usize];
                let code = HsCode::parse(hs6).expect("documents are 6-digit codes");
                let report = self.lookup(&code, hs6);
                let (en, ru) = self.describe(&code);
                Candidate {
                    hs6: hs6.clone(),
                    code: format_digits(hs6),
                    score: f64::from((score * 1000.0).round() / 1000.0).clamp(0.0, 1.0),
                    description: en.unwrap_or_default(),
                    description_ru: ru,
                    matched: matched[doc as usize]
                        .iter()
                        .map(|&g| groups[g as usize].typed.clone())
                        .collect(),
                    status: report.status,
                    status_label: report.status_label,
                    summary: report.summary,
                    matches: report.matches,
                    excepted: report.excepted,
                    sub_codes: report.sub_codes,
                }
            })
            .collect::<Vec<_>>();
        let mut notes = Vec::new();
        if candidates.is_empty() {
            notes.push(
                "No subheading's text has these words; try other words, the English or Russian \
                 customs term, or the code."
                    .to_string(),
            );
        } else {
            notes.push(
                "Candidates come from the nomenclature and annex texts; confirm the code \
                 against your customs declaration before relying on its verdict."
                    .to_string(),
            );
        }
        notes.push(COVERAGE_NOTE.to_string());
        Ok(TextReport {
            query: text.to_string(),
            words: groups.iter().map(|g| g.typed.clone()).collect(),
            candidates,
            notes,
            checked: self.checked(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exclusion_clauses_are_cut_to_their_parenthesis_or_semicolon() {
        assert_eq!(
            strip_exclusions("Aircraft (excl. unmanned aircraft of heading 8806); parts").trim(),
            "Aircraft ( ); parts"
        );
        let s = strip_exclusions("Horses; live, other than pure-bred breeding animals");
        assert!(!s.contains("breeding"), "{s}");
        assert!(s.contains("Horses"));
        let s = strip_exclusions("Машины, кроме машин товарной позиции 8471; части");
        assert!(s.contains("части") && !s.contains("8471"), "{s}");
        assert_eq!(strip_exclusions("Ball bearings"), "Ball bearings");
    }

    #[test]
    fn terms_split_numbers_from_units_and_drop_stop_words() {
        assert_eq!(terms("exceeding 800cc"), ["800", "cc"]);
        assert_eq!(terms("Other, of 1W or more"), Vec::<String>::new());
        assert_eq!(terms("Подшипники шариковые"), ["podshipnik", "sharikov"]);
    }

    #[test]
    fn a_query_word_has_its_trade_term_and_glossary_alternatives() {
        let groups = plan("drone подшипник");
        assert_eq!(groups.len(), 2);
        let drone: Vec<&Vec<String>> = groups[0].alternatives.iter().map(|a| &a.words).collect();
        assert!(drone.iter().any(|w| w.as_slice() == ["unmann", "aircraft"]), "{drone:?}");
        let ru: Vec<&Vec<String>> = groups[1].alternatives.iter().map(|a| &a.words).collect();
        assert!(ru.iter().any(|w| w.as_slice() == ["bear"]), "{ru:?}");
    }
}
