//! Ownership and control: screens every party of a partner's ownership structure and decides
//! whether the partner counts as sanctioned because listed parties own or control it.
//!
//! # Overview
//!
//! A [`Structure`] names the partner (the *subject*), its owners and their owners, each link
//! with a share in percent and optional control roles ("director", "right to appoint the
//! board"). [`evaluate`] screens every party with [`matching::screen`], then applies two
//! rules and explains each step:
//!
//! * **OFAC's 50% rule** (2014 revised guidance, FAQs 398–401): an entity owned 50% or more,
//!   directly or indirectly, in the aggregate, by blocked persons is blocked itself. "Indirectly"
//!   means *through entities that are themselves blocked*: a blocked company's holding counts in
//!   full (FAQ 401, example 2: X owns 50% of A, A owns 25% of C, so X "indirectly owns 25% of
//!   C", not 12.5%), and a company owned less than 50% by blocked persons passes nothing on
//!   (FAQ 401, example 3). Control alone never blocks (FAQ 398); it gives a caution.
//! * **EU and UK "owned or controlled"** (Regulation 269/2014 Art. 2 with the Commission's
//!   FAQs and Best Practices; UK OFSI general guidance, chapter 4): an entity is caught when one
//!   listed party holds *more than* 50% (directly, or through entities it owns more than 50% or
//!   controls, whose holdings count as its own), or controls it (control roles). Neither regime
//!   adds up different listed parties unless they act together (OFSI 4.14: "would not simply
//!   aggregate … unless … a joint arrangement"); when only such a sum passes 50%, the verdict is
//!   *cannot rule out*.
//!
//! Every verdict also reports the listed parties' *look-through* interest, the product of the
//! shares along each chain (60% of a company that owns 60% is 36%), as context: neither rule
//! decides by it.
//!
//! # The four cases of the issue
//!
//! * Two listed owners with 25% each: 50% held by blocked persons, OFAC blocked; EU/UK not
//!   caught (no one holds more than 50%, and even together they hold exactly 50%).
//! * 49% direct: not blocked, with OFAC's caution about significant minority stakes.
//! * 60% of a company that owns 100%: the company is blocked (60% ≥ 50%) and its 100% counts;
//!   blocked, and caught under EU/UK (the company is majority-owned, so its holding is the
//!   listed party's).
//! * "A chain 60% × 60% (36%, not blocked)": under OFAC's guidance this structure is
//!   **blocked**. The middle company is 60% owned by a blocked person, so it is blocked itself
//!   and its 60% of the subject counts in full (the situation of FAQ 401 example 1); EU and UK
//!   reach the same result (majority ownership passes down). The 36% is the look-through
//!   figure, which the report shows but no regime decides by. A chain whose look-through
//!   product is 36% and which is *not* blocked is one whose middle company is not blocked
//!   itself: a listed party with 45% of a company that owns 80% of the subject.
//!
//! # Uncertainty
//!
//! Each verdict is computed twice: with what the input establishes (parties treated as listed;
//! known shares) and at worst (possible matches, parties listed only on another regime's lists
//! and unknown owners counted as listed; a missing or unusable share as large as the other
//! owners leave room for; circles of ownership read as holding each other up). Blocked in the
//! first gives *sanctioned*; not blocked in the second gives *not sanctioned*; anything else is
//! *cannot rule out*, with the uncertain parts named. So a possible match changes the answer
//! only where it would change the verdict.
//!
//! # Example
//!
//! ```
//! use sanctions_checker::index::{Index, IndexBuilder};
//! use sanctions_checker::lists;
//! use sanctions_checker::ownership::{self, Outcome, OwnershipOptions};
//!
//! let xml = br#"<CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:00Z"><INDIVIDUALS>
//!   <INDIVIDUAL><FIRST_NAME>ERIC</FIRST_NAME><SECOND_NAME>BADEGE</SECOND_NAME>
//!   <REFERENCE_NUMBER>CDi.001</REFERENCE_NUMBER></INDIVIDUAL></INDIVIDUALS>
//!   <ENTITIES/></CONSOLIDATED_LIST>"#;
//! let mut builder = IndexBuilder::new("2026-11-23T00:00:00Z");
//! builder.add(lists::parse(xml, "un.xml")?);
//! let index = Index::from_bytes(&builder.to_bytes())?;
//!
//! let structure = ownership::parse_csv(
//!     "owner,owner_type,owned,share,control\n\
//!      Eric Badege,person,Steppe Grain LLP,30,director\n\
//!      Aigerim Sarsenova,person,Steppe Grain LLP,70,\n",
//! )?;
//! let report = ownership::evaluate(&index, &structure, &OwnershipOptions::default())?;
//! assert_eq!(report.eu_uk.outcome, Outcome::Sanctioned); // a listed director controls it
//! for step in &report.eu_uk.steps {
//!     println!("{}", step.text);
//! }
//! # Ok::<(), sanctions_checker::Error>(())
//! ```
//!
//! # The CSV format
//!
//! See [`parse_csv`]: one row per relationship, `owner,owner_type,owned,share,control,
//! owner_dob,owner_country`.

mod csv;
mod graph;
mod verdict;

pub use csv::parse_csv;

use crate::error::{Error, Result};
use crate::index::Index;
use crate::matching::{self, ScreenOptions, DEFAULT_THRESHOLD};
use crate::model::{EntityKind, ListId};
use crate::normalize;
use crate::report::{Hit, Query};
use graph::{Edge, Graph, EPS};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// A hit at or above this score counts as the listed party itself (a confirmed-level match:
/// the full name, or the full name less a patronymic, with nothing contradicting it). A hit
/// between the screening threshold and this is a *possible* match.
pub const DEFAULT_LISTED_THRESHOLD: f64 = 0.95;

/// Hits kept per party in the report.
pub const HITS_PER_PARTY: usize = 5;

/// Most parties and links one structure may have, so a pasted file cannot tie up the page.
pub const MAX_PARTIES: usize = 2_000;

/// A partner's ownership structure: the parties and who owns or controls whom.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Structure {
    /// The `id` of the party being checked.
    pub subject: String,
    /// Every party: the subject, its owners, their owners.
    pub parties: Vec<Party>,
    /// Ownership and control links.
    pub links: Vec<Link>,
}

/// One party of a structure.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Party {
    /// Unique within the structure; the CSV reader uses the name as first written.
    pub id: String,
    /// The name as the user knows it, any script. Empty, "unknown" or "?" mark an owner whose
    /// identity is not known.
    pub name: String,
    /// `person`, `organization` or `unknown` (screened against every kind).
    pub kind: EntityKind,
    /// Birth date of a person: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub dob: Option<String>,
    /// Country: ISO alpha-2 or an English name.
    pub country: Option<String>,
    /// The user's decision on the party's hits, which overrides the scores.
    pub decision: Option<Decision>,
    /// The user confirms the party is this listed entity (`un-sc:QDi.001`).
    pub entity_id: Option<String>,
}

/// What the user decided about a party's hits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// It is the listed party (under every regime, when no `entity_id` says which list).
    Listed,
    /// None of the hits is this party.
    NotListed,
}

/// `owner` holds `share` percent of `owned`, or controls it, or both.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Link {
    /// The owning or controlling party's id.
    pub owner: String,
    /// The owned or controlled party's id.
    pub owned: String,
    /// Percent, 0–100. `None` with control roles: control without shares; `None` without:
    /// the share is not known.
    pub share: Option<f64>,
    /// Control roles as written ("director", "right to appoint the board"); any counts as
    /// control under EU/UK rules.
    pub control: Vec<String>,
    /// The CSV line it came from, for messages.
    pub row: Option<usize>,
}

/// Options for [`evaluate`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct OwnershipOptions {
    /// Minimum score of a hit (a possible match), as in [`ScreenOptions::threshold`].
    pub threshold: f64,
    /// Minimum score for treating a party as the listed one.
    pub listed_threshold: f64,
}

impl Default for OwnershipOptions {
    fn default() -> Self {
        OwnershipOptions {
            threshold: DEFAULT_THRESHOLD,
            listed_threshold: DEFAULT_LISTED_THRESHOLD,
        }
    }
}

impl OwnershipOptions {
    /// Sets the hit threshold (clamped into [0, 1]; the listed threshold is kept at least as
    /// high).
    pub fn threshold(mut self, t: f64) -> Self {
        self.threshold = if t.is_finite() { t.clamp(0.0, 1.0) } else { DEFAULT_THRESHOLD };
        self.listed_threshold = self.listed_threshold.max(self.threshold);
        self
    }

    /// Sets the listed threshold (clamped into [threshold, 1]).
    pub fn listed_threshold(mut self, t: f64) -> Self {
        let t = if t.is_finite() { t } else { DEFAULT_LISTED_THRESHOLD };
        self.listed_threshold = t.clamp(self.threshold, 1.0);
        self
    }
}

/// The answer for one structure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OwnershipReport {
    /// The subject's id.
    pub subject: String,
    /// Minimum hit score used.
    pub threshold: f64,
    /// Minimum score for "listed".
    pub listed_threshold: f64,
    /// Every party, in input order, with its screening result.
    pub parties: Vec<PartyResult>,
    /// OFAC's 50% rule.
    pub ofac: Verdict,
    /// EU and UK "owned or controlled".
    pub eu_uk: Verdict,
    /// What is wrong with or missing from the input, and what was assumed.
    pub problems: Vec<Problem>,
    /// Nodes and edges for drawing.
    pub graph: GraphView,
}

/// How a party stands after screening.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartyStatus {
    /// A hit at or above the listed threshold, or the user's decision.
    Listed,
    /// A hit at or above the threshold, below the listed threshold.
    Possible,
    /// No hit, or the user decided none is this party.
    Clear,
    /// The owner's identity is not known or it could not be screened.
    Unknown,
}

/// One party with its screening result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PartyResult {
    /// The party's id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its kind.
    pub kind: EntityKind,
    /// True for the partner being checked.
    pub subject: bool,
    /// Listed, possible, clear or unknown.
    pub status: PartyStatus,
    /// Why, in one sentence.
    pub basis: String,
    /// Lists on which it counts as listed (hits at or above the listed threshold, or the
    /// confirmed entity's list).
    pub lists: Vec<ListId>,
    /// The best hit's score.
    pub best_score: Option<f64>,
    /// Hits, best first, with the links the lists give.
    pub hits: Vec<PartyHit>,
}

/// A screening hit with what the list says the listed party is linked to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PartyHit {
    /// The hit as [`matching::screen`] gives it.
    #[serde(flatten)]
    pub hit: Hit,
    /// Parties the list links the entity to ("Linked To:", parent company), as written.
    pub links: Vec<String>,
    /// Ids of this structure's parties whose names match one of `links`.
    pub linked_parties: Vec<String>,
}

/// The regime a verdict applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Regime {
    /// US OFAC's 50% rule (lists: OFAC SDN).
    Ofac,
    /// EU and UK ownership and control (lists: EU, UK OFSI, UN, whose designations both
    /// adopt).
    EuUk,
}

/// A verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Blocked (OFAC) or owned or controlled by a listed party (EU/UK).
    Sanctioned,
    /// Not, on what the input says.
    NotSanctioned,
    /// Possible matches, unknown owners, missing shares, circles or aggregation decide it.
    CannotRuleOut,
}

/// One regime's verdict with its reasoning.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Verdict {
    /// Which rule.
    pub regime: Regime,
    /// The verdict.
    pub outcome: Outcome,
    /// The verdict in words ("Blocked under OFAC's 50% rule").
    pub label: String,
    /// One or two sentences.
    pub summary: String,
    /// The share the rule compares, in percent: OFAC, held by blocked parties together;
    /// EU/UK, held by the largest single listed party (with what it owns or controls).
    pub share: f64,
    /// Held by all listed parties together (OFAC: equal to `share`).
    pub combined_share: f64,
    /// The most it could be, counting the uncertain parts at worst.
    pub upper_share: f64,
    /// The listed parties' look-through interest: products along chains, summed.
    pub look_through: f64,
    /// Ids of parties treated as listed under this regime.
    pub listed: Vec<String>,
    /// Ids of parties only possibly listed (possible matches, other regimes' lists, unknown).
    pub possible: Vec<String>,
    /// The reasoning, in order.
    pub steps: Vec<Step>,
}

/// What a step does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    /// A party is treated as listed.
    Listed,
    /// A party may be listed.
    Possible,
    /// A company between the listed party and the subject and what it passes on.
    Intermediate,
    /// A direct holding in the subject that counts.
    Holding,
    /// A chain's look-through product.
    Chain,
    /// A control role.
    Control,
    /// The sum compared with the threshold.
    Aggregate,
    /// What is uncertain and how far it could go.
    Uncertain,
    /// A warning that does not change the verdict.
    Caution,
    /// The verdict.
    Conclusion,
}

/// One step of a verdict's reasoning, with the numbers and parties it mentions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Step {
    /// What kind of step.
    pub kind: StepKind,
    /// Plain English.
    pub text: String,
    /// Ids of the parties mentioned, in the order mentioned.
    pub parties: Vec<String>,
    /// The percentages combined (the terms of a sum, the factors of a product).
    pub numbers: Vec<f64>,
    /// Their result, when the step computes one.
    pub result: Option<f64>,
}

/// What kind of problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemKind {
    /// Parties own each other in a circle.
    Cycle,
    /// A share below 0 or above 100, or not a number.
    BadShare,
    /// The owners of one company hold more than 100% together.
    OverAllocated,
    /// A link without a share.
    MissingShare,
    /// An owner whose identity is not known.
    UnknownOwner,
    /// A party without a name.
    NoName,
    /// The owners listed hold less than 100%.
    Undescribed,
    /// A party's details could not be used for screening.
    Screening,
    /// Something else odd (a person owned by someone, an unknown entity id).
    Other,
}

/// A problem with the input and what was assumed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    /// What kind.
    pub kind: ProblemKind,
    /// Plain English, naming the row or parties.
    pub message: String,
    /// Ids of the parties concerned.
    pub parties: Vec<String>,
    /// The CSV line, when known.
    pub row: Option<usize>,
}

/// The structure for drawing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GraphView {
    /// One node per party.
    pub nodes: Vec<GraphNode>,
    /// One edge per link.
    pub edges: Vec<GraphEdge>,
}

/// A party as a node.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GraphNode {
    /// Party id.
    pub id: String,
    /// Party name.
    pub name: String,
    /// Its kind.
    pub kind: EntityKind,
    /// Its screening status.
    pub status: PartyStatus,
    /// True for the subject.
    pub subject: bool,
    /// Blocked under OFAC's rule (listed or 50% owned), as far as the input says.
    pub ofac: Outcome,
    /// Owned or controlled by listed parties under EU/UK rules (listed parties themselves
    /// included).
    pub eu_uk: Outcome,
}

/// A link as an edge.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GraphEdge {
    /// Owner id.
    pub owner: String,
    /// Owned id.
    pub owned: String,
    /// Share in percent, when given.
    pub share: Option<f64>,
    /// Control roles.
    pub control: Vec<String>,
    /// The CSV line.
    pub row: Option<usize>,
}

/// Names that mean "we do not know who this owner is".
fn is_unknown_name(name: &str) -> bool {
    let key = normalize::key(name);
    matches!(
        key.as_str(),
        "" | "unknown"
            | "unknown owner"
            | "unknown shareholder"
            | "n a"
            | "na"
            | "neizvestno"
            | "neizvesten"
            | "neizvestnyi"
            | "neizvestnyy"
    )
}

/// Words in a control cell that mean "no control".
fn is_no_control(role: &str) -> bool {
    matches!(normalize::key(role).as_str(), "" | "no" | "none" | "net" | "n a" | "na")
}

/// The parties and links checked and indexed; what `verdict.rs` works on.
pub(crate) struct Prepared<'a> {
    pub structure: &'a Structure,
    pub subject: usize,
    pub graph: Graph,
    pub parties: Vec<PartyResult>,
    /// Link indices whose share is unknown or unusable.
    pub uncertain_links: Vec<usize>,
    /// Circles of ownership.
    pub cycles: Vec<Vec<usize>>,
}

/// Screens every party of `structure` and applies OFAC's and the EU/UK ownership rules.
///
/// # Errors
/// Only for a structure that cannot be evaluated at all: no parties, no subject, a subject or
/// link naming a party that is not there, two parties with one id, or more than
/// [`MAX_PARTIES`] parties or links. Everything else (circles, bad or missing shares, unknown
/// owners, unscreenable names) becomes a [`Problem`] and a conservative verdict.
pub fn evaluate(
    index: &Index,
    structure: &Structure,
    options: &OwnershipOptions,
) -> Result<OwnershipReport> {
    let prepared = prepare(index, structure, options)?;
    let mut problems = check(&prepared);
    dedup_problems(&mut problems);
    let ofac = verdict::ofac(&prepared);
    let eu_uk = verdict::eu_uk(&prepared);
    let graph = graph_view(&prepared, &ofac.1, &eu_uk.1);
    Ok(OwnershipReport {
        subject: structure.subject.clone(),
        threshold: options.threshold,
        listed_threshold: options.listed_threshold,
        parties: prepared.parties,
        ofac: ofac.0,
        eu_uk: eu_uk.0,
        problems,
        graph,
    })
}

fn dedup_problems(problems: &mut Vec<Problem>) {
    let mut seen = std::collections::HashSet::new();
    problems.retain(|p| seen.insert(p.message.clone()));
}

fn prepare<'a>(
    index: &Index,
    structure: &'a Structure,
    options: &OwnershipOptions,
) -> Result<Prepared<'a>> {
    if structure.parties.is_empty() {
        return Err(Error::structure(None, "it has no parties; name at least the partner"));
    }
    if structure.parties.len() > MAX_PARTIES || structure.links.len() > MAX_PARTIES {
        return Err(Error::structure(
            None,
            format!("it has more than {MAX_PARTIES} parties or links; split it up"),
        ));
    }
    let mut ids: HashMap<&str, usize> = HashMap::new();
    for (i, p) in structure.parties.iter().enumerate() {
        if ids.insert(p.id.as_str(), i).is_some() {
            return Err(Error::structure(None, format!("two parties have the id {:?}", p.id)));
        }
    }
    let subject = *ids.get(structure.subject.as_str()).ok_or_else(|| {
        Error::structure(
            None,
            format!("the subject {:?} is not one of the parties", structure.subject),
        )
    })?;
    let mut edges = Vec::with_capacity(structure.links.len());
    for (i, link) in structure.links.iter().enumerate() {
        let find = |id: &str, role: &str| {
            ids.get(id).copied().ok_or_else(|| {
                Error::structure(link.row, format!("the {role} {id:?} is not one of the parties"))
            })
        };
        let owner = find(&link.owner, "owner")?;
        let owned = find(&link.owned, "owned party")?;
        edges.push(Edge { owner, owned, lo: 0.0, hi: 0.0, control: false, link: i });
    }
    set_share_bounds(structure, &mut edges);
    let uncertain_links =
        edges.iter().filter(|e| (e.hi - e.lo).abs() > EPS).map(|e| e.link).collect();
    let graph = Graph::new(structure.parties.len(), edges);
    let cycles = graph.cycles();
    let parties = structure
        .parties
        .iter()
        .enumerate()
        .map(|(i, p)| screen_party(index, structure, p, i == subject, options))
        .collect();
    Ok(Prepared { structure, subject, graph, parties, uncertain_links, cycles })
}

/// A usable share: a finite number in 0..=100.
fn usable(share: Option<f64>) -> Option<f64> {
    share.filter(|s| s.is_finite() && (-EPS..=100.0 + EPS).contains(s)).map(|s| s.clamp(0.0, 100.0))
}

fn has_control(link: &Link) -> bool {
    link.control.iter().any(|c| !is_no_control(c))
}

/// Lower and upper bound of each share. A known share is both. An unknown or unusable share
/// is 0 at best and, at worst, whatever the other known shares of that company leave; when the
/// known shares of a company already pass 100%, none of them can be trusted and each is 0 to
/// 100. A control-only link holds no shares.
fn set_share_bounds(structure: &Structure, edges: &mut [Edge]) {
    let n = structure.parties.len();
    let mut known = vec![0.0; n];
    for e in edges.iter() {
        if let Some(s) = usable(structure.links[e.link].share) {
            known[e.owned] += s;
        }
    }
    for e in edges.iter_mut() {
        let link = &structure.links[e.link];
        e.control = has_control(link);
        let over = known[e.owned] > 100.0 + EPS;
        (e.lo, e.hi) = match (link.share, usable(link.share)) {
            (None, _) if e.control => (0.0, 0.0),
            (_, Some(s)) if !over => (s, s),
            (_, Some(_)) => (0.0, 100.0),
            (_, None) if over => (0.0, 100.0),
            (_, None) => (0.0, (100.0 - known[e.owned]).max(0.0)),
        };
    }
}

fn screen_party(
    index: &Index,
    structure: &Structure,
    party: &Party,
    subject: bool,
    options: &OwnershipOptions,
) -> PartyResult {
    let mut result = PartyResult {
        id: party.id.clone(),
        name: party.name.clone(),
        kind: party.kind,
        subject,
        status: PartyStatus::Clear,
        basis: String::new(),
        lists: Vec::new(),
        best_score: None,
        hits: Vec::new(),
    };
    if is_unknown_name(&party.name) {
        result.status = PartyStatus::Unknown;
        result.basis = "identity not known: treated as possibly listed".into();
        return result;
    }
    let screen_options =
        ScreenOptions::default().threshold(options.threshold).limit(HITS_PER_PARTY);
    let kind = match party.kind {
        EntityKind::Unknown => None,
        k => Some(k.as_str().to_string()),
    };
    let full = Query {
        name: party.name.clone(),
        kind,
        dob: party.dob.clone().filter(|d| !d.trim().is_empty()),
        country: party.country.clone().filter(|c| !c.trim().is_empty()),
        identifier: None,
    };
    // A date or country the engine cannot read should not hide a listed name: the party is
    // screened on its name alone then (and `check` reports the field).
    let report = matching::screen(index, &full, &screen_options).or_else(|_| {
        let bare = Query { dob: None, country: None, ..full.clone() };
        matching::screen(index, &bare, &screen_options)
    });
    let hits = match report {
        Ok(r) => r.hits,
        Err(e) => {
            result.status = PartyStatus::Unknown;
            result.basis = format!("could not be screened ({e}): treated as possibly listed");
            return result;
        }
    };
    result.hits = hits.into_iter().map(|h| party_hit(index, structure, h)).collect();
    result.best_score = result.hits.first().map(|h| h.hit.score);
    let listed_hits: Vec<&PartyHit> =
        result.hits.iter().filter(|h| h.hit.score >= options.listed_threshold - 1e-9).collect();
    for h in &listed_hits {
        if !result.lists.contains(&h.hit.list) {
            result.lists.push(h.hit.list);
        }
    }
    let confirmed = party.entity_id.as_deref().and_then(|id| index.entity(id));
    match (party.decision, confirmed) {
        (Some(Decision::NotListed), _) => {
            result.status = PartyStatus::Clear;
            result.lists.clear();
            result.basis = "the user decided none of the hits is this party".into();
        }
        (_, Some(entity)) => {
            result.status = PartyStatus::Listed;
            result.lists = vec![entity.list];
            result.basis = format!(
                "confirmed by the user as {} ({}, {})",
                entity.primary_name(),
                entity.list.title(),
                entity.id
            );
        }
        (Some(Decision::Listed), None) => {
            result.status = PartyStatus::Listed;
            result.basis = "confirmed as listed by the user".into();
        }
        (None, None) if !listed_hits.is_empty() => {
            let best = &listed_hits[0].hit;
            result.status = PartyStatus::Listed;
            result.basis = format!(
                "{} ({}, {}), score {}",
                best.name,
                best.list_title,
                best.entity_id,
                percent(best.score * 100.0)
            );
        }
        (None, None) => match result.hits.first() {
            Some(h) => {
                result.status = PartyStatus::Possible;
                result.basis = format!(
                    "possible match {} ({}, {}), score {}: below the {} needed to treat it as \
                     listed; review it",
                    h.hit.name,
                    h.hit.list_title,
                    h.hit.entity_id,
                    percent(h.hit.score * 100.0),
                    percent(options.listed_threshold * 100.0)
                );
            }
            None => {
                result.status = PartyStatus::Clear;
                result.basis = "no hit at or above the threshold".into();
            }
        },
    }
    result
}

fn party_hit(index: &Index, structure: &Structure, hit: Hit) -> PartyHit {
    let links = index.entity(&hit.entity_id).map(|e| e.links.clone()).unwrap_or_default();
    let mut linked_parties = Vec::new();
    for link in &links {
        let want = name_tokens_sorted(link);
        for p in &structure.parties {
            if !want.is_empty()
                && name_tokens_sorted(&p.name) == want
                && !linked_parties.contains(&p.id)
            {
                linked_parties.push(p.id.clone());
            }
        }
    }
    PartyHit { hit, links, linked_parties }
}

/// Name words in order, so "ZARUBIN, Gennady" and "Gennady Zarubin" compare equal.
fn name_tokens_sorted(name: &str) -> Vec<String> {
    let mut tokens = normalize::name_tokens(&normalize::key(name));
    tokens.sort();
    tokens
}

/// Problems with the input that do not depend on the rules.
fn check(p: &Prepared<'_>) -> Vec<Problem> {
    let s = p.structure;
    let name = |i: usize| display_name(&s.parties[i]);
    let mut problems = Vec::new();
    for (i, party) in s.parties.iter().enumerate() {
        if party.name.trim().is_empty() {
            problems.push(Problem {
                kind: ProblemKind::NoName,
                message: format!(
                    "party {:?} has no name: treated as an unknown owner (possibly listed)",
                    party.id
                ),
                parties: vec![party.id.clone()],
                row: None,
            });
        } else if p.parties[i].status == PartyStatus::Unknown {
            problems.push(Problem {
                kind: ProblemKind::UnknownOwner,
                message: format!("{}: {}", name(i), p.parties[i].basis),
                parties: vec![party.id.clone()],
                row: None,
            });
        }
        if let Some(id) = party.entity_id.as_deref().filter(|id| !id.is_empty()) {
            if p.parties[i].status != PartyStatus::Clear && !p.parties[i].basis.contains(id) {
                problems.push(Problem {
                    kind: ProblemKind::Other,
                    message: format!(
                        "{}: the entity id {id:?} is not in this dataset; the scores decide",
                        name(i)
                    ),
                    parties: vec![party.id.clone()],
                    row: None,
                });
            }
        }
        for (field, value, ok) in [
            (
                "birth date",
                party.dob.as_deref(),
                party.dob.as_deref().is_none_or(|d| {
                    d.trim().is_empty() || crate::model::BirthDate::parse_iso(d).is_some()
                }),
            ),
            (
                "country",
                party.country.as_deref(),
                party
                    .country
                    .as_deref()
                    .is_none_or(|c| c.trim().is_empty() || crate::countries::code_for(c).is_some()),
            ),
        ] {
            if !ok {
                problems.push(Problem {
                    kind: ProblemKind::Screening,
                    message: format!(
                        "{}: the {field} {:?} cannot be read (write YYYY-MM-DD and an ISO \
                         country code); screened on the name alone",
                        name(i),
                        value.unwrap_or("")
                    ),
                    parties: vec![party.id.clone()],
                    row: None,
                });
            }
        }
    }
    let mut known = vec![0.0; s.parties.len()];
    let mut any_unknown = vec![false; s.parties.len()];
    for e in &p.graph.edges {
        let link = &s.links[e.link];
        let at = link_label(s, e.link);
        match link.share {
            Some(x) if usable(Some(x)).is_none() => problems.push(Problem {
                kind: ProblemKind::BadShare,
                message: format!(
                    "{at}: share {} is not between 0 and 100; treated as unknown",
                    fmt_number(x)
                ),
                parties: vec![link.owner.clone(), link.owned.clone()],
                row: link.row,
            }),
            None if !e.control => problems.push(Problem {
                kind: ProblemKind::MissingShare,
                message: format!(
                    "{at}: no share given; treated as unknown (anything from 0 up to what the \
                     other owners leave, {})",
                    percent(e.hi)
                ),
                parties: vec![link.owner.clone(), link.owned.clone()],
                row: link.row,
            }),
            _ => {}
        }
        match usable(link.share) {
            Some(x) => known[e.owned] += x,
            None if !e.control => any_unknown[e.owned] = true,
            None => {}
        }
        if e.owner == e.owned {
            problems.push(Problem {
                kind: ProblemKind::Cycle,
                message: format!("{at}: {} owns itself", name(e.owner)),
                parties: vec![link.owner.clone()],
                row: link.row,
            });
        }
        if s.parties[e.owned].kind == EntityKind::Person && e.lo + e.hi > 0.0 {
            problems.push(Problem {
                kind: ProblemKind::Other,
                message: format!("{at}: {} is a person but is owned by someone", name(e.owned)),
                parties: vec![link.owned.clone()],
                row: link.row,
            });
        }
    }
    for i in 0..s.parties.len() {
        let owned_by_someone = p.graph.owners_of(i).iter().any(|&e| {
            let edge = &p.graph.edges[e];
            edge.lo > 0.0 || edge.hi > 0.0
        });
        if known[i] > 100.0 + EPS {
            problems.push(Problem {
                kind: ProblemKind::OverAllocated,
                message: format!(
                    "the owners of {} hold {} together, more than 100%: at least one share is \
                     wrong, so each is treated as unknown",
                    name(i),
                    percent(known[i])
                ),
                parties: vec![s.parties[i].id.clone()],
                row: None,
            });
        } else if owned_by_someone && !any_unknown[i] && known[i] < 100.0 - EPS {
            problems.push(Problem {
                kind: ProblemKind::Undescribed,
                message: format!(
                    "the owners given for {} hold {}; the other {} is not described and is \
                     assumed not to be held by listed parties",
                    name(i),
                    percent(known[i]),
                    percent(100.0 - known[i])
                ),
                parties: vec![s.parties[i].id.clone()],
                row: None,
            });
        }
    }
    for cycle in &p.cycles {
        if cycle.len() < 2 {
            continue; // reported above as "owns itself"
        }
        let names: Vec<String> = cycle.iter().map(|&i| name(i)).collect();
        problems.push(Problem {
            kind: ProblemKind::Cycle,
            message: format!(
                "{} own each other in a circle: how much each really holds cannot be settled, \
                 so the verdicts count the circle at worst",
                join_and(&names)
            ),
            parties: cycle.iter().map(|&i| s.parties[i].id.clone()).collect(),
            row: None,
        });
    }
    problems
}

fn graph_view(p: &Prepared<'_>, ofac: &[Outcome], eu_uk: &[Outcome]) -> GraphView {
    let s = p.structure;
    GraphView {
        nodes: s
            .parties
            .iter()
            .enumerate()
            .map(|(i, party)| GraphNode {
                id: party.id.clone(),
                name: party.name.clone(),
                kind: party.kind,
                status: p.parties[i].status,
                subject: i == p.subject,
                ofac: ofac[i],
                eu_uk: eu_uk[i],
            })
            .collect(),
        edges: s
            .links
            .iter()
            .map(|l| GraphEdge {
                owner: l.owner.clone(),
                owned: l.owned.clone(),
                share: l.share,
                control: l.control.iter().filter(|c| !is_no_control(c)).cloned().collect(),
                row: l.row,
            })
            .collect(),
    }
}

/// The party's name, or a stand-in for an unnamed one.
pub(crate) fn display_name(p: &Party) -> String {
    if p.name.trim().is_empty() {
        format!("the unnamed party {:?}", p.id)
    } else {
        p.name.trim().to_string()
    }
}

/// "row 4 (A → B)" or "link A → B".
pub(crate) fn link_label(s: &Structure, link: usize) -> String {
    let l = &s.links[link];
    let names = |id: &str| {
        s.parties.iter().find(|p| p.id == id).map_or_else(|| id.to_string(), display_name)
    };
    match l.row {
        Some(row) => format!("row {row} ({} → {})", names(&l.owner), names(&l.owned)),
        None => format!("link {} → {}", names(&l.owner), names(&l.owned)),
    }
}

/// 25 → "25%", 33.333 → "33.33%".
pub(crate) fn percent(x: f64) -> String {
    format!("{}%", fmt_number(x))
}

fn fmt_number(x: f64) -> String {
    let r = (x * 100.0).round() / 100.0;
    if (r - r.round()).abs() < 1e-9 {
        format!("{}", r.round() as i64)
    } else {
        let s = format!("{r:.2}");
        s.trim_end_matches('0').to_string()
    }
}

/// "A", "A and B", "A, B and C".
pub(crate) fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_print_without_noise() {
        assert_eq!(percent(25.0), "25%");
        assert_eq!(percent(36.000000001), "36%");
        assert_eq!(percent(33.3333), "33.33%");
        assert_eq!(percent(12.5), "12.5%");
    }

    #[test]
    fn unknown_owner_names_are_recognised() {
        for n in ["", "unknown", " Unknown ", "?", "неизвестно", "n/a"] {
            assert!(is_unknown_name(n), "{n:?}");
        }
        assert!(!is_unknown_name("Other shareholders"));
    }
}
