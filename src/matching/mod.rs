//! Screening: finds the listed parties a query may name, scores them and says why.
//!
//! `screen` runs in four steps: the query is checked and normalised once ([`QueryPlan`]); the
//! candidate names sharing a similar token are looked up (`candidates`); each candidate name
//! is aligned token by token with the query ([`score`]); secondary evidence (birth date,
//! country, kind) then raises or lowers the best name score of each entity (`explain` keeps
//! the reasons). See DESIGN.md for the reasoning behind each constant.

mod candidates;
mod explain;
mod ofac;
pub mod score;

pub use ofac::ofac_score;

pub(crate) use candidates::GramIndex;

use crate::countries;
use crate::error::{Error, Result};
use crate::index::Index;
use crate::model::{BirthDate, Entity, EntityKind, Identifier, ListId, NameKind};
use crate::normalize;
use crate::report::{params, Factor, Hit, Query, Report};
use score::{align_with, Penalties, Weighted};
use std::collections::HashMap;

/// Default minimum score for a hit. 0.85 keeps a full name with one fuzzy token (score ≈ 0.9)
/// and a query that leaves out one of three listed names (≈ 0.87), and drops a shared given
/// name alone (≈ 0.6) or a surname shared with a three-word listed name (≈ 0.5). See
/// DESIGN.md#thresholds.
pub const DEFAULT_THRESHOLD: f64 = 0.85;

/// Default number of hits returned per query.
pub const DEFAULT_LIMIT: usize = 10;

/// Longest name accepted, in characters: the longest listed names are about 300 characters,
/// and a bound keeps a pasted document from tying up the page.
pub const MAX_NAME_CHARS: usize = 500;

/// How unpaired words count when screening (see [`score::Penalties`] and
/// DESIGN.md#name-score). A listed word the query leaves out (a patronymic, a fourth name)
/// costs a quarter of a matched word: lists spell names out in full and users do not. A query
/// word the listed name lacks costs 0.7: the user said something the list does not, and a
/// two-word query with one word matching stays below the threshold. Words
/// left over on both sides contradict each other and cost more than they would have earned.
pub const SCREEN_PENALTIES: Penalties = Penalties {
    extra_query: 0.7,
    extra_listed: 0.25,
    conflict: 1.2,
    minor_conflict: 1.2,
    order: 0.04,
    order_cap: 0.12,
    scale_short_queries: true,
};

/// How unpaired words count when two names are compared with no side being the query
/// (`compare`): the same for both sides.
pub const COMPARE_PENALTIES: Penalties = Penalties {
    extra_query: 0.3,
    extra_listed: 0.3,
    conflict: 1.2,
    minor_conflict: 1.2,
    order: 0.04,
    order_cap: 0.12,
    scale_short_queries: false,
};

/// [`COMPARE_PENALTIES`] for organisations: two organisation words that contradict each other
/// ("works"/"plant", "corporation"/"concern") cost what a missing word costs (0.3 a unit of
/// weight, not 1.2; 0.5 found fewer true pairs and no fewer false ones). Translations of
/// one Russian organisation name choose such words freely; the distinctive words decide.
/// Not for people, whose minor words (particles, honorifics) are few and seldom translated.
pub const COMPARE_ORG_PENALTIES: Penalties = Penalties { minor_conflict: 0.3, ..COMPARE_PENALTIES };

/// A weak (low-quality) alias is a broad name, often shared by many people: an *inexact* match
/// on one counts this much of a strong name's. An exact match is not discounted: the query is
/// that listed alias word for word, and it must rank above every fuzzy match of another party
/// (tests/index.rs checks that every listed name finds its own entity first).
pub const WEAK_ALIAS_FACTOR: f64 = 0.92;

/// Evidence effects on the score (see DESIGN.md#secondary-evidence).
const DOB_EXACT_BONUS: f64 = 0.05;
const DOB_YEAR_BONUS: f64 = 0.03;
const DOB_CONFLICT_PENALTY: f64 = 0.12;
const COUNTRY_BONUS: f64 = 0.02;
const COUNTRY_CONFLICT_PENALTY: f64 = 0.03;
/// Raise for an identifier equal to a listed one (when the name already scores high).
const IDENTIFIER_BONUS: f64 = 0.15;
/// The least score of an entry whose listed identifier the query's agrees with.
const IDENTIFIER_FLOOR: f64 = 0.95;

/// Options for [`screen`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScreenOptions {
    /// Minimum score of a hit, in [0, 1].
    pub threshold: f64,
    /// Most hits returned.
    pub limit: usize,
    /// Compare every vocabulary token with the query instead of using the bigram index: the
    /// yardstick for measuring the index's recall; much slower.
    pub exhaustive: bool,
    /// The lists hits may come from (bit `i` = `ListId::ALL[i]`); every list when all set.
    /// Set through [`ScreenOptions::only_lists`].
    lists: u32,
}

impl Default for ScreenOptions {
    fn default() -> Self {
        ScreenOptions {
            threshold: DEFAULT_THRESHOLD,
            limit: DEFAULT_LIMIT,
            exhaustive: false,
            lists: u32::MAX,
        }
    }
}

impl ScreenOptions {
    /// Sets the threshold (clamped into [0, 1]).
    pub fn threshold(mut self, t: f64) -> Self {
        self.threshold = if t.is_finite() { t.clamp(0.0, 1.0) } else { DEFAULT_THRESHOLD };
        self
    }

    /// Sets the hit limit.
    pub fn limit(mut self, n: usize) -> Self {
        self.limit = n;
        self
    }

    /// Keeps only hits from these lists (an embedding portal that screens against the UN and
    /// EU lists alone). Filtering here rather than on the report means `limit` counts only the
    /// hits kept. An empty set keeps every list.
    ///
    /// ```
    /// use sanctions_checker::matching::ScreenOptions;
    /// use sanctions_checker::model::ListId;
    /// let un_only = ScreenOptions::default().only_lists([ListId::UnSc]);
    /// assert!(un_only.allows(ListId::UnSc) && !un_only.allows(ListId::UsOfacSdn));
    /// assert!(ScreenOptions::default().only_lists([]).allows(ListId::UsOfacSdn));
    /// ```
    pub fn only_lists(mut self, lists: impl IntoIterator<Item = ListId>) -> Self {
        let mask = lists.into_iter().fold(0u32, |m, l| m | Self::bit(l));
        self.lists = if mask == 0 { u32::MAX } else { mask };
        self
    }

    /// Whether hits from `list` are kept.
    pub fn allows(&self, list: ListId) -> bool {
        // Asked for every candidate name: the usual no-filter case skips the lookup.
        self.lists == u32::MAX || self.lists & Self::bit(list) != 0
    }

    fn bit(list: ListId) -> u32 {
        ListId::ALL.iter().position(|&l| l == list).map_or(0, |i| 1 << i)
    }

    /// Turns the exhaustive candidate scan on or off (see [`ScreenOptions::exhaustive`]).
    pub fn exhaustive(mut self, on: bool) -> Self {
        self.exhaustive = on;
        self
    }
}

/// A query checked and normalised once, then compared with many names.
#[derive(Debug, Clone)]
pub struct QueryPlan {
    key: String,
    tokens: Vec<String>,
    kind: Option<EntityKind>,
    dob: Option<BirthDate>,
    country: Option<&'static str>,
    /// The identifier as typed and its comparison keys ([`normalize::identifier_keys`]).
    identifier: Option<(String, Vec<String>)>,
}

impl QueryPlan {
    /// Checks the query's fields and prepares them.
    ///
    /// # Errors
    /// A name with no letters or digits, a name over [`MAX_NAME_CHARS`], an unknown kind, a
    /// birth date that is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or a country that is neither
    /// an ISO code nor a known name.
    pub fn new(query: &Query) -> Result<QueryPlan> {
        let chars = query.name.chars().count();
        if chars > MAX_NAME_CHARS {
            return Err(Error::query(
                "name",
                format!(
                    "the name is {chars} characters long; at most {MAX_NAME_CHARS} are screened"
                ),
            ));
        }
        let key = normalize::key(&query.name);
        if key.is_empty() {
            return Err(Error::query("name", "type a name with at least one letter or digit"));
        }
        let kind = EntityKind::parse_query(query.kind.as_deref().unwrap_or(""))
            .map_err(|e| Error::query("type", e))?;
        let dob = match query.dob.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
            None => None,
            Some(d) => Some(BirthDate::parse_iso(d).ok_or_else(|| {
                Error::query(
                    "date of birth",
                    format!("{d:?} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"),
                )
            })?),
        };
        let country = match query.country.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
            None => None,
            Some(c) => Some(countries::code_for(c).ok_or_else(|| {
                Error::query(
                    "country",
                    format!("{c:?} is not a known country; use an ISO code such as RU or KZ"),
                )
            })?),
        };
        let identifier = match query.identifier.as_deref().map(str::trim).filter(|i| !i.is_empty())
        {
            None => None,
            Some(i) => {
                let keys = normalize::identifier_keys(i);
                if keys.is_empty() {
                    return Err(Error::query(
                        "identifier",
                        format!("{i:?} is too short to identify anyone; give the whole number (at least 5 letters or digits)"),
                    ));
                }
                Some((i.to_string(), keys))
            }
        };
        let tokens = normalize::name_tokens(&key);
        Ok(QueryPlan { key, tokens, kind, dob, country, identifier })
    }

    fn tokens(&self) -> Vec<Weighted<'_>> {
        weighted(&self.tokens)
    }
}

fn weighted(tokens: &[String]) -> Vec<Weighted<'_>> {
    tokens.iter().map(|t| Weighted { text: t, weight: normalize::token_weight(t) }).collect()
}

/// Screens one query against the index.
///
/// # Errors
/// Only for a query that cannot be understood (see [`QueryPlan::new`]).
///
/// # Example
/// ```
/// use sanctions_checker::index::{Index, IndexBuilder};
/// use sanctions_checker::matching::{screen, ScreenOptions};
/// use sanctions_checker::{lists, Query};
///
/// let xml = br#"<CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:00Z"><INDIVIDUALS>
///   <INDIVIDUAL><FIRST_NAME>ERIC</FIRST_NAME><SECOND_NAME>BADEGE</SECOND_NAME>
///   <REFERENCE_NUMBER>CDi.001</REFERENCE_NUMBER></INDIVIDUAL></INDIVIDUALS>
///   <ENTITIES/></CONSOLIDATED_LIST>"#;
/// let mut builder = IndexBuilder::new("2026-11-23T00:00:00Z");
/// builder.add(lists::parse(xml, "un.xml")?);
/// let index = Index::from_bytes(&builder.to_bytes())?;
///
/// let query = Query { name: "Badege, Eric".into(), ..Query::default() };
/// let report = screen(&index, &query, &ScreenOptions::default())?;
/// assert_eq!(report.hits[0].entity_id, "un-sc:CDi.001");
/// # Ok::<(), sanctions_checker::Error>(())
/// ```
pub fn screen(index: &Index, query: &Query, options: &ScreenOptions) -> Result<Report> {
    let plan = QueryPlan::new(query)?;
    let q_tokens = plan.tokens();
    let texts: Vec<&str> = q_tokens.iter().map(|t| t.text).collect();

    // Best hit per entity.
    let mut best: HashMap<u32, Hit> = HashMap::new();
    let weights: Vec<f64> = q_tokens.iter().map(|t| t.weight).collect();
    let need = needed_query_share(options.threshold);
    let found = candidates::candidates(index, &texts, &weights, need, options.exhaustive);
    // Entities whose listed identifier the query's agrees with: found by that alone (a renamed
    // vessel keeps its IMO number; a company its registration number), scored on all names.
    let by_identifier: Vec<u32> = plan.identifier.as_ref().map_or_else(Vec::new, |(_, keys)| {
        let mut ids: Vec<u32> =
            keys.iter().flat_map(|k| index.with_identifier(k).iter().copied()).collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    });
    let identifier_names: Vec<u32> = if by_identifier.is_empty() {
        Vec::new()
    } else {
        index
            .names
            .iter()
            .enumerate()
            .filter(|(_, n)| by_identifier.binary_search(&n.entity).is_ok())
            .map(|(i, _)| i as u32)
            .collect()
    };
    for &name_id in found.names.iter().chain(&identifier_names) {
        let indexed = &index.names[name_id as usize];
        let entity = &index.entities()[indexed.entity as usize];
        if !options.allows(entity.list) {
            continue;
        }
        if let (Some(want), kind) = (plan.kind, entity.kind) {
            if kind != want && kind != EntityKind::Unknown {
                continue;
            }
        }
        let listed: Vec<Weighted<'_>> = indexed
            .tokens
            .iter()
            .map(|&t| Weighted {
                text: index.vocab.token(t as usize),
                weight: index.weights[t as usize],
            })
            .collect();
        let id_found = by_identifier.binary_search(&indexed.entity).is_ok();
        let alignment =
            align_with(&q_tokens, &listed, |i, j| match found.sims[i].get(&indexed.tokens[j]) {
                Some(&sim) => sim,
                // A name reached through its identifier was not among the name candidates, so its
                // similarities were never computed; for any other name a missing pair is 0.
                None if id_found => score::token_similarity(q_tokens[i].text, listed[j].text),
                None => 0.0,
            });
        let matched_kind = index.name_kind(indexed);
        let mut name_score = alignment.score(&SCREEN_PENALTIES);
        if matched_kind == NameKind::Weak && name_score < 1.0 {
            name_score *= WEAK_ALIAS_FACTOR;
        }
        // Secondary evidence cannot lift a weak name match over the line on its own.
        if !id_found && name_score + DOB_EXACT_BONUS + COUNTRY_BONUS < options.threshold {
            continue;
        }
        if best.get(&indexed.entity).is_some_and(|h| h.explanation.name_score >= name_score) {
            continue;
        }
        let mut factors = evidence(&plan, entity);
        let others: f64 =
            factors.iter().filter(|f| f.code != "identifier_listed").map(|f| f.effect).sum();
        if let Some(f) = factors.iter_mut().find(|f| f.code == "identifier_listed") {
            // The same document number as the listed one: enough for a hit on its own, so it
            // lifts the score at least to IDENTIFIER_FLOOR, whatever the name says.
            f.effect = f.effect.max(IDENTIFIER_FLOOR - (name_score + others));
        }
        let score = (name_score + factors.iter().map(|f| f.effect).sum::<f64>()).clamp(0.0, 1.0);
        let matched_name = &entity.names[indexed.name as usize].full;
        let explanation = explain::explain(
            &q_tokens,
            &listed,
            &alignment,
            matched_name,
            matched_kind,
            name_score,
            factors,
        );
        let source = index.source(entity.list);
        best.insert(
            indexed.entity,
            Hit {
                entity_id: entity.id.clone(),
                list: entity.list,
                list_title: entity.list.title().to_string(),
                list_date: source.and_then(|s| s.published.clone()),
                kind: entity.kind,
                name: entity.primary_name().to_string(),
                matched_name: matched_name.clone(),
                matched_kind,
                score: explain::round3(score),
                explanation,
            },
        );
    }
    let mut ranked: Vec<(bool, Hit)> = best
        .into_values()
        .filter(|h| h.score >= options.threshold)
        .map(|h| (normalize::key(&h.matched_name) == plan.key, h))
        .collect();
    ranked.sort_by(|(a_same, a), (b_same, b)| {
        b.score
            .total_cmp(&a.score)
            .then(b_same.cmp(a_same))
            .then(list_rank(a.list).cmp(&list_rank(b.list)))
            .then_with(|| a.entity_id.cmp(&b.entity_id))
    });
    let mut hits: Vec<Hit> = ranked.into_iter().map(|(_, h)| h).collect();
    hits.truncate(options.limit);
    Ok(Report { query: query.clone(), threshold: options.threshold, hits })
}

/// The least share of the query's token weight a listed name must pair with to be able to
/// reach `threshold`, for candidate generation's prefix filtering.
///
/// With a share `x` of the query's weight paired, the name score is at most
/// `2x / (2x + m·(1 - x))` when the listed side's paired words weigh what the query's do, `m`
/// being the cheapest way an unpaired query word is counted ([`SCREEN_PENALTIES`]); secondary
/// evidence adds at most the two bonuses. Solving for `x` gives the bound below. Listed words
/// can weigh more than the query words they pair with, so this is not a proof:
/// tests/recall.rs measures what it keeps against the exhaustive scan.
fn needed_query_share(threshold: f64) -> f64 {
    let t = (threshold - DOB_EXACT_BONUS - COUNTRY_BONUS).clamp(0.0, 0.999);
    let m = SCREEN_PENALTIES.extra_query.min(2.0 * SCREEN_PENALTIES.conflict);
    (t * m / (2.0 * (1.0 - t) + t * m)).max(0.0)
}

/// Order among hits with equal scores. One party is often on several lists with the same
/// names (Australia, the UK and the CSL copy UN and OFAC designations), so ties are common.
/// They go first to a listed name spelled exactly as the query in the same word order (the
/// list the user is most likely reading from), then to the list that originates most
/// designations others copy: the UN Security Council, then OFAC's SDN list, then the EU and the
/// UK, then the lists that mostly restate them.
fn list_rank(list: ListId) -> u8 {
    match list {
        ListId::UnSc => 0,
        ListId::UsOfacSdn => 1,
        ListId::EuFsf => 2,
        ListId::UkOfsi => 3,
        ListId::UsOfacCons => 4,
        ListId::CaSema => 5,
        ListId::AuDfat => 6,
        ListId::UsCsl => 7,
    }
}

/// Secondary evidence: birth date and country, each as a [`Factor`] with its reason.
/// The listed identifier of `entity` that the query's identifier agrees with, if any.
fn identifier_match<'e>(plan: &QueryPlan, entity: &'e Entity) -> Option<&'e Identifier> {
    let (_, keys) = plan.identifier.as_ref()?;
    entity
        .identifiers
        .iter()
        .find(|id| normalize::identifier_keys(&id.number).iter().any(|k| keys.contains(k)))
}

fn evidence(plan: &QueryPlan, entity: &Entity) -> Vec<Factor> {
    let mut factors = Vec::new();
    if let Some(id) = identifier_match(plan, entity) {
        let label = if id.label.is_empty() { "identifier".to_string() } else { id.label.clone() };
        factors.push(Factor {
            effect: IDENTIFIER_BONUS,
            reason: format!("Identifier {} is listed for this entry ({label})", id.number),
            code: "identifier_listed".into(),
            params: params([("number", id.number.as_str().into()), ("label", label.into())]),
        });
    }
    if let (Some(q), false) = (plan.dob, entity.birth_dates.is_empty()) {
        factors.push(dob_factor(q, &entity.birth_dates));
    }
    if let Some(code) = plan.country {
        let listed: Vec<&str> = entity
            .nationalities
            .iter()
            .chain(&entity.citizenships)
            .map(String::as_str)
            .chain(entity.addresses.iter().filter_map(|a| a.country.as_deref()))
            .collect();
        if listed.contains(&code) {
            factors.push(Factor {
                effect: COUNTRY_BONUS,
                reason: format!("Country {code} is among the listed countries"),
                code: "country_listed".into(),
                params: params([("country", code.into())]),
            });
        } else if !listed.is_empty() {
            let mut shown: Vec<&str> = listed.clone();
            shown.sort_unstable();
            shown.dedup();
            factors.push(Factor {
                effect: -COUNTRY_CONFLICT_PENALTY,
                reason: format!(
                    "Country {code} is not among the listed countries ({})",
                    shown.join(", ")
                ),
                code: "country_not_listed".into(),
                params: params([("country", code.into()), ("listed", shown.join(", ").into())]),
            });
        }
    }
    factors
}

fn dob_factor(q: BirthDate, listed: &[BirthDate]) -> Factor {
    let shown = listed.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
    let mut year_agrees = false;
    for d in listed {
        let slack = u16::from(d.approximate);
        let in_range = q.year_from + slack >= d.year_from && q.year_from <= d.year_to + slack;
        if !in_range {
            continue;
        }
        match (q.month, q.day, d.month, d.day) {
            (Some(qm), Some(qd), Some(dm), Some(dd)) if (qm, qd) == (dm, dd) => {
                return Factor {
                    effect: DOB_EXACT_BONUS,
                    reason: format!("Birth date {q} agrees with the listed date ({shown})"),
                    code: "dob_exact".into(),
                    params: params([("date", q.to_string().into()), ("listed", shown.into())]),
                };
            }
            // Same year, different known day: not agreement, but a typo is likelier than
            // a different person born the same year, so it neither raises nor lowers.
            (Some(_), _, Some(_), _) => {}
            _ => year_agrees = true,
        }
    }
    if year_agrees {
        Factor {
            effect: DOB_YEAR_BONUS,
            reason: format!("Birth year {} agrees with the listed date ({shown})", q.year_from),
            code: "dob_year".into(),
            params: params([("year", q.year_from.to_string().into()), ("listed", shown.into())]),
        }
    } else if listed.iter().any(|d| {
        let slack = u16::from(d.approximate);
        q.year_from + slack >= d.year_from && q.year_from <= d.year_to + slack
    }) {
        Factor {
            effect: 0.0,
            reason: format!("Birth date {q}: same year as the listed date ({shown}), other day"),
            code: "dob_other_day".into(),
            params: params([("date", q.to_string().into()), ("listed", shown.into())]),
        }
    } else {
        Factor {
            effect: -DOB_CONFLICT_PENALTY,
            reason: format!("Birth date {q} conflicts with the listed date ({shown})"),
            code: "dob_conflict".into(),
            params: params([("date", q.to_string().into()), ("listed", shown.into())]),
        }
    }
}

/// Compares two names directly, without a dataset: the score in [0, 1] of `b` as a match for
/// `a`. Symmetric, because neither side is "the query" here.
///
/// `kind` is the schema of the pair when known: organisations (and vessels, aircraft) pay less
/// for two contradicting organisation words ([`COMPARE_ORG_PENALTIES`]).
///
/// # Example
/// ```
/// use sanctions_checker::matching::compare;
/// assert!(compare(None, "Vladimir Putin", "PUTIN, Vladimir") > 0.99);
/// assert!(compare(None, "Vladimir Putin", "Vladimir Biliy") < 0.6);
/// ```
pub fn compare(kind: Option<EntityKind>, a: &str, b: &str) -> f64 {
    let whole = compare_whole(kind, a, b);
    if !is_organisation(kind) {
        return whole;
    }
    // An organisation named "Parent, Subsidiary JSC" ("Tactical Missiles Corporation, Severny
    // Press JSC") is also its part after the comma: lists put the group's name in front of the
    // company's own. (For people a comma separates the surname from the given names, so this is
    // for organisations only.)
    // "A/B" gives two names of one organisation ("Al-Qa'ida/Islamic Army").
    let part_scores = |name: &str, other: &str| -> f64 {
        let after_commas = name.split(',').skip(1);
        let alternatives = name.split('/').filter(|_| name.contains('/'));
        // An abbreviation in brackets repeats the name ("Kovrov Mechanical Plant PJSC (KMZ)",
        // "the Institute of State and Law (ISL)"), often in the other language's word order:
        // the name without it is a name too. Only between scripts: between two Latin names a
        // bracket often tells subsidiaries apart ("Bank of China (UK)").
        let translated = has_cyrillic(name) != has_cyrillic(other);
        let unbracketed = translated.then(|| without_bracketed_abbreviations(name)).flatten();
        after_commas
            .chain(alternatives)
            .chain(unbracketed.as_deref())
            .filter(|part| {
                normalize::name_tokens(&normalize::key(part))
                    .iter()
                    .any(|t| normalize::token_weight(t) >= 1.0)
            })
            .map(|part| compare_whole(kind, part, other))
            .fold(0.0, f64::max)
    };
    whole.max(part_scores(a, b)).max(part_scores(b, a))
}

/// `name` without the abbreviations it gives in brackets (a word of three capitals or more:
/// "(KMZ)", "(GosNIIAS)"), or `None` when it gives none.
fn without_bracketed_abbreviations(name: &str) -> Option<String> {
    let mut out = String::with_capacity(name.len());
    let mut rest = name;
    let mut found = false;
    while let Some(open) = rest.find('(') {
        let Some(len) = rest[open..].find(')') else { break };
        let inside = rest[open + 1..open + len].trim();
        let capitals = inside.chars().filter(|c| c.is_uppercase()).count();
        if capitals >= 3 && inside.chars().all(char::is_alphanumeric) {
            out.push_str(&rest[..open]);
            found = true;
        } else {
            out.push_str(&rest[..=open + len]);
        }
        rest = &rest[open + len + 1..];
    }
    out.push_str(rest);
    found.then_some(out)
}

/// Whether `name` has a Cyrillic letter.
fn has_cyrillic(name: &str) -> bool {
    name.chars().any(crate::translit::is_cyrillic)
}

/// Whether `compare` treats a pair of this schema as organisations (vessels and aircraft
/// too): people, and pairs of unknown schema, are not.
fn is_organisation(kind: Option<EntityKind>) -> bool {
    !matches!(kind, Some(EntityKind::Person) | None)
}

fn compare_whole(kind: Option<EntityKind>, a: &str, b: &str) -> f64 {
    let (key_a, key_b) = (normalize::key(a), normalize::key(b));
    if !is_organisation(kind) {
        let (ta, tb) = (normalize::name_tokens(&key_a), normalize::name_tokens(&key_b));
        return compare_tokens(a, b, &ta, &tb, ta.clone(), tb.clone(), &COMPARE_PENALTIES, false);
    }
    let (cyrillic_a, cyrillic_b) = (has_cyrillic(a), has_cyrillic(b));
    let translated = cyrillic_a != cyrillic_b;
    let penalties = if translated { COMPARE_ORG_PENALTIES } else { COMPARE_PENALTIES };
    let (key_a, key_b) = (expand_acronyms(b, &key_a), expand_acronyms(a, &key_b));
    let (raw_a, raw_b) = (normalize::name_tokens(&key_a), normalize::name_tokens(&key_b));
    let (ka, kb) = (organisation_tokens(raw_a.clone()), organisation_tokens(raw_b.clone()));
    let plain =
        compare_tokens(a, b, &raw_a, &raw_b, ka.clone(), kb.clone(), &penalties, translated);
    // A Russian acronym read against the English words it abbreviates, when that scores
    // better: the Russian name may spell the words out beside its acronym ("Липецкий
    // механический завод: ЛМЗ").
    if !translated {
        return plain;
    }
    let (ra, rb) = if cyrillic_a {
        (ka.clone(), read_russian_acronyms(a, kb.clone()))
    } else {
        (read_russian_acronyms(b, ka.clone()), kb.clone())
    };
    if (&ra, &rb) == (&ka, &kb) {
        return plain;
    }
    plain.max(compare_tokens(a, b, &raw_a, &raw_b, ra, rb, &penalties, translated))
}

/// The score of two names' tokens as [`compare`] aligns them: `raw_*` are the names' tokens
/// before the organisation rewrites, `ka`/`kb` after; `translated` says they are an
/// organisation's names in Cyrillic and in Latin letters.
#[allow(clippy::too_many_arguments)]
fn compare_tokens(
    a: &str,
    b: &str,
    raw_a: &[String],
    raw_b: &[String],
    ka: Vec<String>,
    kb: Vec<String>,
    penalties: &Penalties,
    translated: bool,
) -> f64 {
    let (mut ta, mut tb) = (weighted(&ka), weighted(&kb));
    if translated {
        initials_as_joining_words(&mut ta);
        initials_as_joining_words(&mut tb);
    }
    if ta.is_empty() || tb.is_empty() {
        return 0.0;
    }
    // Two names written in Chinese characters or Hangul are compared syllable for syllable:
    // fuzzy matching bridges romanisations, and there are none to bridge here. One character
    // apart is another name ("习近朋" is not "习近平", "김종은" not "김정은").
    let same_script_syllables = is_han_or_hangul(a) && is_han_or_hangul(b);
    // An abbreviation spelt with dots ("A.B.C.") is letters, not a word with a typo: "NABC"
    // is another one.
    let spelt = |t: &str, tokens: &[String], joined: &[String]| {
        joined.iter().any(|j| j == t) && !tokens.iter().any(|k| k == t)
    };
    let exact = |x: &str, y: &str| {
        same_script_syllables
            || spelt(x, raw_a, &ka)
            || spelt(x, raw_b, &kb)
            || spelt(y, raw_a, &ka)
            || spelt(y, raw_b, &kb)
    };
    let align_pair = |q: &[Weighted<'_>], l: &[Weighted<'_>]| {
        align_with(q, l, |i, j| {
            let (x, y) = (q[i].text, l[j].text);
            if x == y {
                1.0
            } else if exact(x, y) {
                0.0
            } else {
                score::token_similarity(x, y)
            }
        })
    };
    // Aligned both ways and averaged, so the greedy pairing cannot make the score depend on
    // which name came first.
    let ab = align_pair(&ta, &tb).score(penalties);
    let ba = align_pair(&tb, &ta).score(penalties);
    explain::round3((ab + ba) / 2.0)
}

/// Gives the initials of an organisation's name the weight of a joining word. In a Russian
/// organisation's name an initial belongs to the person it is named after ("имени С.В.
/// Ильюшина"), whom the translation names by surname alone ("Ilyushin Aviation Complex"): left
/// out, it costs nothing. Initials are letters beside another letter or after "named": a lone
/// letter may be the name itself ("М Инвест").
fn initials_as_joining_words(tokens: &mut [Weighted<'_>]) {
    let letter =
        |i: Option<usize>| i.and_then(|i| tokens.get(i)).is_some_and(|t| is_letter(t.text));
    let initials: Vec<bool> = (0..tokens.len())
        .map(|i| {
            let before = i.checked_sub(1);
            letter(Some(i))
                && (letter(before)
                    || letter(Some(i + 1))
                    || before.is_some_and(|p| tokens[p].text == "named"))
        })
        .collect();
    for (t, initial) in tokens.iter_mut().zip(initials) {
        if initial {
            t.weight = t.weight.min(score::JOINING_WEIGHT);
        }
    }
}

/// Whether a compare-form token is a joining word: a particle, legal form or honorific (see
/// [`score::JOINING_WEIGHT`]).
fn is_joining_word(token: &str) -> bool {
    normalize::token_weight(token) <= score::JOINING_WEIGHT
}

/// Whether a compare-form token is a single letter: an initial, or a letter of an
/// abbreviation spelt with dots.
fn is_letter(token: &str) -> bool {
    token.len() == 1 && token.bytes().all(|b| b.is_ascii_alphabetic())
}

/// Whether most letters of `name` are Chinese characters or Hangul.
fn is_han_or_hangul(name: &str) -> bool {
    let (mut cjk, mut letters) = (0, 0);
    for c in name.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        if matches!(c as u32, 0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0xAC00..=0xD7AF | 0x1100..=0x11FF)
        {
            cjk += 1;
        }
    }
    letters > 0 && cjk * 2 > letters
}

/// English number words an organisation name may spell out ("Three Percenters" for
/// "3 Percenters").
const NUMBER_WORDS: &[(&str, &str)] = &[
    ("one", "1"),
    ("two", "2"),
    ("three", "3"),
    ("four", "4"),
    ("five", "5"),
    ("six", "6"),
    ("seven", "7"),
    ("eight", "8"),
    ("nine", "9"),
    ("ten", "10"),
];

/// The tokens of an organisation's name as `compare` aligns them: a run of three single
/// letters or more is the abbreviation it spells ("A.B.C. Company" is "ABC Company", and not "C.B.A. Company"),
/// and a number word is its digits. Not for people, whose single letters are initials of
/// separate names and whose names are not numbers.
fn organisation_tokens(tokens: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(tokens.len());
    let mut run = String::new();
    // A legal form at the end of the run is its own word ("Fund X L.P." is "x" and "lp").
    let flush = |run: &mut String, out: &mut Vec<String>| {
        let form = (2..=run.len().min(4))
            .rev()
            .find(|&n| normalize::affixes::is_legal_form(&run[run.len() - n..]))
            .unwrap_or(0);
        let (letters, legal) = run.split_at(run.len() - form);
        // Two letters are more often a person's initials ("имени В.В. Тихомирова") than an
        // abbreviation: they stay initials.
        if letters.len() >= 3 {
            out.push(letters.to_string());
        } else {
            out.extend(letters.chars().map(String::from));
        }
        if !legal.is_empty() {
            out.push(legal.to_string());
        }
        run.clear();
    };
    for t in tokens {
        if is_letter(&t) {
            run.push_str(&t);
            continue;
        }
        flush(&mut run, &mut out);
        match NUMBER_WORDS.iter().find(|(word, _)| *word == t) {
            Some((_, digits)) => out.push((*digits).to_string()),
            None => out.push(t),
        }
    }
    flush(&mut run, &mut out);
    out
}

/// The words of `name` written in capitals of two to six letters, as acronyms ("ЦИК",
/// "NITI"), each with the first letter of each of its letters in compare form. When the whole
/// name is in capitals, only names of up to three words ("ОАО МНИПИ") are taken to hold one:
/// "ГРУППА КОМПАНИЙ СТРУКТУРА" is shouted, not abbreviated.
fn acronyms(name: &str) -> Vec<(String, Vec<String>)> {
    let words: Vec<&str> =
        name.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let shouted = !name.chars().any(char::is_lowercase);
    if shouted && words.len() > 3 {
        return Vec::new();
    }
    words
        .iter()
        .filter_map(|w| Some((w, acronym_letters(w)?)))
        .filter(|(_, letters)| (2..=6).contains(&letters.len()))
        .filter_map(|(w, letters)| {
            let initials: Option<Vec<String>> =
                letters.iter().map(|l| Some(normalize::key(l)).filter(|k| !k.is_empty())).collect();
            let k = normalize::key(w);
            // A legal form ("ООО", "JSC") is not an acronym to expand.
            (!normalize::name_tokens(&k).iter().all(|t| normalize::token_weight(t) <= 0.2))
                .then_some((k, initials?))
        })
        .collect()
}

/// The letters of `word` if it is written as an acronym: capitals, where a romanised Russian
/// acronym may write a Cyrillic letter as a capital and a small letter ("FNPTs" for ФНПЦ,
/// "TsAGI" for ЦАГИ). `None` for any other word.
fn acronym_letters(word: &str) -> Option<Vec<&str>> {
    const DIGRAPHS: &[&str] = &["Ts", "Sh", "Kh", "Ch", "Zh", "Yu", "Ya"];
    let mut letters = Vec::new();
    let mut i = 0;
    while i < word.len() {
        let rest = &word[i..];
        let c = rest.chars().next()?;
        if !c.is_uppercase() {
            return None;
        }
        let n = DIGRAPHS.iter().find(|d| rest.starts_with(*d)).map_or(c.len_utf8(), |d| d.len());
        letters.push(&rest[..n]);
        i += n;
    }
    Some(letters)
}

/// Whether `word` starts with the letter whose compare form is `letter` ("ts" for "Ц", "t"
/// for "T"). A romanised Cyrillic letter written with two Latin letters ("tsentr", "shkola",
/// "khimicheskiy") starts with that letter only: "MTS" is not "Московский центр …".
fn starts_with_letter(word: &str, letter: &str) -> bool {
    if letter.len() > 1 {
        word.starts_with(letter)
    } else {
        normalize::first_letter(word) == letter
    }
}

/// `other_key` (the compare-form key of the other name of a pair) with each run of words
/// whose initials spell an acronym of `name` replaced by the acronym: "Центральная
/// избирательная комиссия" against "ЦИК" becomes "tsik", and "NITI" meets "Научно-
/// исследовательский технологический институт". Lists give an organisation by its acronym in
/// one language and spelt out in another; no fuzzy measure pairs the two. Particles and "и"
/// inside the run are skipped, as acronyms skip them. Only for organisations, and only for
/// words in capitals in the original text (see [`acronyms`]).
fn expand_acronyms(name: &str, other_key: &str) -> String {
    let mut tokens: Vec<String> = normalize::tokens(other_key).map(str::to_string).collect();
    for (acronym, initials) in acronyms(name) {
        if tokens.contains(&acronym) {
            continue;
        }
        let skippable = |t: &str| t == "i" || normalize::token_weight(t) == 0.3;
        'start: for start in 0..tokens.len() {
            let (mut n, mut j) = (0, start);
            while j < tokens.len() && n < initials.len() {
                let t = &tokens[j];
                if t.len() >= 3 && starts_with_letter(t, &initials[n]) && (n > 0 || !skippable(t)) {
                    n += 1;
                } else if !(n > 0 && skippable(t)) {
                    continue 'start;
                }
                j += 1;
            }
            if n == initials.len() {
                tokens.splice(start..j, [acronym.clone()]);
                break;
            }
        }
    }
    tokens.join(" ")
}

/// `english` (the tokens of an organisation's English name) with the words that a Russian
/// acronym of `russian` abbreviates replaced by the acronym: "ОАО РЖД" against "Russian
/// Railways" (Российские железные дороги), "МНИПИ" against "Minsk Research Institute of
/// Instrument Engineering". Each English word stands for the Russian word it translates (see
/// [`normalize::russian_initials`]); particles are skipped. The words must spell the acronym
/// in order and side by side, or be every word of the name in some order ("МФТИ", Московский
/// физико-технический институт, is the "Moscow Institute of Physics and Technology").
fn read_russian_acronyms(russian: &str, mut english: Vec<String>) -> Vec<String> {
    for (acronym, letters) in acronyms(russian) {
        if english.contains(&acronym) || letters.len() < 2 {
            continue;
        }
        let options: Vec<Vec<Vec<&str>>> =
            english.iter().map(|t| normalize::russian_initials(t)).collect();
        let skippable = |j: usize| english[j] == "and" || is_joining_word(&english[j]);
        // In order: the end of a run from `j` that spells `letters[n..]`, if any.
        fn spell(
            j: usize,
            n: usize,
            letters: &[String],
            options: &[Vec<Vec<&str>>],
            skippable: &dyn Fn(usize) -> bool,
        ) -> Option<usize> {
            if n == letters.len() {
                return Some(j);
            }
            if j == options.len() {
                return None;
            }
            if n > 0 && skippable(j) {
                if let Some(end) = spell(j + 1, n, letters, options, skippable) {
                    return Some(end);
                }
            }
            options[j].iter().find_map(|option| {
                let fits = option.len() <= letters.len() - n
                    && option.iter().zip(&letters[n..]).all(|(o, l)| o == l);
                fits.then(|| spell(j + 1, n + option.len(), letters, options, skippable)).flatten()
            })
        }
        let run = (0..english.len()).filter(|&j| !skippable(j)).find_map(|start| {
            spell(start, 0, &letters, &options, &skippable).map(|end| (start, end))
        });
        if let Some((start, end)) = run {
            english.splice(start..end, [acronym]);
            continue;
        }
        // In any order, one letter a word, every word of the name that is not a particle or
        // a legal form.
        let words: Vec<usize> = (0..english.len()).filter(|&j| !skippable(j)).collect();
        if words.len() == letters.len() && words.len() <= 6 {
            let mut used = vec![false; letters.len()];
            fn assign(
                k: usize,
                words: &[usize],
                letters: &[String],
                options: &[Vec<Vec<&str>>],
                used: &mut [bool],
            ) -> bool {
                if k == words.len() {
                    return true;
                }
                for (n, letter) in letters.iter().enumerate() {
                    if !used[n] && options[words[k]].iter().any(|o| o.len() == 1 && o[0] == letter)
                    {
                        used[n] = true;
                        if assign(k + 1, words, letters, options, used) {
                            return true;
                        }
                        used[n] = false;
                    }
                }
                false
            }
            if assign(0, &words, &letters, &options, &mut used) {
                english.retain(|t| is_joining_word(t) || t == "and");
                english.push(acronym);
            }
        }
    }
    english
}

#[cfg(test)]
mod acronym_tests {
    use super::*;

    #[test]
    fn an_acronym_in_capitals_meets_its_expansion_for_organisations() {
        // Lists give a body by its acronym in one place and spelt out in another.
        let org = Some(EntityKind::Organization);
        assert!(compare(org, "ЦИК", "Центральная избирательная комиссия") > 0.95);
        assert!(compare(org, "NITI", "Научно-исследовательский технологический институт") > 0.95);
        assert!(compare(org, "PLA", "People's Liberation Army") > 0.95);
        // Not for people, and not for a word that is not in capitals.
        assert!(compare(None, "PLA", "People's Liberation Army") < 0.5);
        assert!(compare(org, "Pla", "People's Liberation Army") < 0.5);
        // A romanised digraph is one letter: "ts" of "tsentr" is not the "T" of "MTS".
        assert!(compare(org, "MTS", "Московский центр SPARC-технологий") < 0.5);
        // Expansions are words: "BD" is not "BP p.l.c." read as "b(p) p(lc)".
        assert!(compare(org, "BD p.l.c.", "BP p.l.c.") < 0.85);
    }
}
