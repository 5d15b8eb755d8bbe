//! The two verdicts and their steps: OFAC's 50% rule and EU/UK ownership or control. The
//! arithmetic is in `graph.rs`; this file decides who counts as listed under which regime and
//! puts the reasoning into words.

use super::graph::{Bound, Chain, EPS};
use super::{
    display_name, join_and, link_label, percent, Outcome, PartyStatus, Prepared, Regime, Step,
    StepKind, Verdict,
};
use crate::model::ListId;

/// Most look-through chains spelt out as steps (the total counts all of them).
const CHAIN_STEPS: usize = 10;
/// Most uncertain items named in one step.
const UNCERTAIN_NAMED: usize = 8;

fn regime_lists(regime: Regime) -> &'static [ListId] {
    match regime {
        Regime::Ofac => &[ListId::UsOfacSdn],
        Regime::EuUk => &[ListId::EuFsf, ListId::UkOfsi, ListId::UnSc],
    }
}

fn regime_list_names(regime: Regime) -> &'static str {
    match regime {
        Regime::Ofac => "OFAC's SDN list",
        Regime::EuUk => "the EU, UK or UN lists",
    }
}

/// Who counts as listed under `regime`: established (`lo`) and at worst (`hi`).
///
/// A party treated as listed counts where one of its listed-level hits is on the regime's
/// lists (or the user confirmed it without saying which list). A party listed only elsewhere,
/// a possible match and an unknown owner count at worst only: OFAC's rule concerns the persons
/// OFAC blocks, and the EU and UK rules their own (and the UN's) designations.
fn standings(p: &Prepared<'_>, regime: Regime) -> (Vec<bool>, Vec<bool>) {
    let wanted = regime_lists(regime);
    let lo: Vec<bool> = p
        .parties
        .iter()
        .map(|r| {
            r.status == PartyStatus::Listed
                && (r.lists.is_empty() || r.lists.iter().any(|l| wanted.contains(l)))
        })
        .collect();
    let hi = p
        .parties
        .iter()
        .zip(&lo)
        .map(|(r, &lo)| {
            lo || matches!(
                r.status,
                PartyStatus::Listed | PartyStatus::Possible | PartyStatus::Unknown
            )
        })
        .collect();
    (lo, hi)
}

fn step(
    kind: StepKind,
    text: String,
    parties: Vec<String>,
    numbers: Vec<f64>,
    result: Option<f64>,
) -> Step {
    Step { kind, text, parties, numbers, result }
}

struct Ctx<'p, 'a> {
    p: &'p Prepared<'a>,
    regime: Regime,
    lo: Vec<bool>,
    hi: Vec<bool>,
    /// Ancestors of the subject, farthest first, then input order.
    order: Vec<usize>,
    anc: Vec<bool>,
}

impl<'p, 'a> Ctx<'p, 'a> {
    fn new(p: &'p Prepared<'a>, regime: Regime) -> Self {
        let (lo, hi) = standings(p, regime);
        let anc = p.graph.ancestors(p.subject);
        let dist = p.graph.distance_to(p.subject);
        let mut order: Vec<usize> = (0..p.graph.n).filter(|&i| anc[i]).collect();
        order.sort_by_key(|&i| (std::cmp::Reverse(dist[i].unwrap_or(0)), i));
        Ctx { p, regime, lo, hi, order, anc }
    }

    fn name(&self, i: usize) -> String {
        display_name(&self.p.structure.parties[i])
    }

    fn id(&self, i: usize) -> String {
        self.p.structure.parties[i].id.clone()
    }

    fn owner_id(&self, e: usize) -> String {
        self.id(self.p.graph.edges[e].owner)
    }

    /// Steps naming the parties treated as listed and those only possibly listed.
    fn party_steps(&self, steps: &mut Vec<Step>) {
        for &i in &self.order {
            let r = &self.p.parties[i];
            if self.lo[i] {
                // Name the hit on this regime's lists, which is what makes it count here.
                let wanted = regime_lists(self.regime);
                let basis = match r.hits.iter().find(|h| wanted.contains(&h.hit.list)) {
                    Some(h) if !r.basis.starts_with("confirmed") => format!(
                        "{} ({}, {}), score {}",
                        h.hit.name,
                        h.hit.list_title,
                        h.hit.entity_id,
                        percent(h.hit.score * 100.0)
                    ),
                    _ => r.basis.clone(),
                };
                steps.push(step(
                    StepKind::Listed,
                    format!("{} is treated as listed: {basis}.", self.name(i)),
                    vec![self.id(i)],
                    r.best_score.map(|s| s * 100.0).into_iter().collect(),
                    None,
                ));
            } else if self.hi[i] {
                steps.push(step(
                    StepKind::Possible,
                    format!("{} may be listed: {}.", self.name(i), self.why_possible(i)),
                    vec![self.id(i)],
                    r.best_score.map(|s| s * 100.0).into_iter().collect(),
                    None,
                ));
            }
        }
    }

    fn why_possible(&self, i: usize) -> String {
        let r = &self.p.parties[i];
        if r.status == PartyStatus::Listed {
            let lists: Vec<String> = r.lists.iter().map(|l| l.title().to_string()).collect();
            format!(
                "{}; it is on {} but not on {} in this dataset, so it counts only at worst",
                r.basis,
                join_and(&lists),
                regime_list_names(self.regime)
            )
        } else {
            format!("{}; not counted as listed, only at worst", r.basis)
        }
    }

    /// "A (25%) + B (25%)" with the numbers, for the edges into `node` from `set`.
    fn terms(&self, node: usize, set: &[bool]) -> (Vec<String>, Vec<f64>, Vec<String>) {
        let mut words = Vec::new();
        let mut numbers = Vec::new();
        let mut ids = Vec::new();
        for &e in self.p.graph.owners_of(node) {
            let edge = self.p.graph.edges[e];
            if set[edge.owner] && edge.lo > 0.0 {
                words.push(format!("{} {}", self.name(edge.owner), percent(edge.lo)));
                numbers.push(edge.lo);
                ids.push(self.owner_id(e));
            }
        }
        (words, numbers, ids)
    }

    fn chain_steps(&self, chains: &[Chain], complete: bool, steps: &mut Vec<Step>) {
        let long: Vec<&Chain> = chains.iter().filter(|c| c.edges.len() > 1).collect();
        for c in long.iter().take(CHAIN_STEPS) {
            let g = &self.p.graph;
            let mut names = vec![self.name(g.edges[c.edges[0]].owner)];
            let mut ids = vec![self.id(g.edges[c.edges[0]].owner)];
            let mut factors = Vec::new();
            for &e in &c.edges {
                names.push(self.name(g.edges[e].owned));
                ids.push(self.id(g.edges[e].owned));
                factors.push(g.edges[e].lo);
            }
            let product: Vec<String> = factors.iter().map(|&f| percent(f)).collect();
            steps.push(step(
                StepKind::Chain,
                format!(
                    "Chain {}: {} = {} look-through (the product along the chain).",
                    names.join(" → "),
                    product.join(" × "),
                    percent(c.product)
                ),
                ids,
                factors,
                Some(c.product),
            ));
        }
        if long.len() > CHAIN_STEPS {
            steps.push(step(
                StepKind::Chain,
                format!("… and {} more chains.", long.len() - CHAIN_STEPS),
                vec![],
                vec![],
                None,
            ));
        }
        if !complete {
            steps.push(step(
                StepKind::Caution,
                "The structure has too many chains to follow them all: the look-through figure \
                 is a lower bound (the verdict does not depend on it)."
                    .into(),
                vec![],
                vec![],
                None,
            ));
        }
    }

    /// What is uncertain in the subject's ownership, for a "cannot rule out" step.
    fn uncertain(&self) -> (Vec<String>, Vec<String>) {
        let mut items = Vec::new();
        let mut ids = Vec::new();
        for &i in &self.order {
            if self.hi[i] && !self.lo[i] {
                let what = match self.p.parties[i].status {
                    PartyStatus::Possible => "a possible match",
                    PartyStatus::Unknown => "an unknown owner",
                    _ => "listed on another regime's lists",
                };
                items.push(format!("{} ({what})", self.name(i)));
                ids.push(self.id(i));
            }
        }
        for &l in &self.p.uncertain_links {
            let edge = self.p.graph.edges.iter().find(|e| e.link == l);
            if edge.is_some_and(|e| self.anc[e.owned] && self.hi_reaches(e.owner)) {
                items.push(format!(
                    "{} (share unknown or unusable)",
                    link_label(self.p.structure, l)
                ));
            }
        }
        for cycle in &self.p.cycles {
            if cycle.iter().any(|&i| self.anc[i]) {
                let names: Vec<String> = cycle.iter().map(|&i| self.name(i)).collect();
                items.push(format!("the circle {}", names.join(" ↔ ")));
                ids.extend(cycle.iter().map(|&i| self.id(i)));
            }
        }
        if items.len() > UNCERTAIN_NAMED {
            let more = items.len() - UNCERTAIN_NAMED;
            items.truncate(UNCERTAIN_NAMED);
            items.push(format!("{more} more"));
        }
        (items, ids)
    }

    /// True when a possibly listed party sits at or above `node`.
    fn hi_reaches(&self, node: usize) -> bool {
        let up = self.p.graph.ancestors(node);
        (0..self.p.graph.n).any(|i| up[i] && self.hi[i])
    }

    fn listed_ids(&self) -> (Vec<String>, Vec<String>) {
        let listed = self.order.iter().filter(|&&i| self.lo[i]).map(|&i| self.id(i)).collect();
        let possible = self
            .order
            .iter()
            .filter(|&&i| self.hi[i] && !self.lo[i])
            .map(|&i| self.id(i))
            .collect();
        (listed, possible)
    }
}

fn outcome_of(lo: bool, hi: bool) -> Outcome {
    if lo {
        Outcome::Sanctioned
    } else if hi {
        Outcome::CannotRuleOut
    } else {
        Outcome::NotSanctioned
    }
}

/// OFAC's 50% rule: the verdict, problems the rule met, and each party's blocked status.
pub(crate) fn ofac(p: &Prepared<'_>) -> (Verdict, Vec<Outcome>) {
    let c = Ctx::new(p, Regime::Ofac);
    let g = &p.graph;
    let s = p.subject;
    let blocked_lo = g.blocked_least(&c.lo);
    let blocked_hi = g.blocked_greatest(&c.hi);
    let nodes: Vec<Outcome> = (0..g.n).map(|i| outcome_of(blocked_lo[i], blocked_hi[i])).collect();
    let share = g.held(s, &blocked_lo, Bound::Lo);
    let upper = g.held(s, &blocked_hi, Bound::Hi);
    let (look, chains, complete) = g.look_through(&c.lo, s);
    let outcome = nodes[s];
    let subject = c.name(s);
    let mut steps = Vec::new();
    c.party_steps(&mut steps);

    if c.lo[s] {
        steps.push(step(
            StepKind::Conclusion,
            format!("{subject} is itself on {}: blocked.", regime_list_names(Regime::Ofac)),
            vec![c.id(s)],
            vec![],
            None,
        ));
        return finish(&c, outcome, 100.0, 100.0, 100.0, look, steps, nodes);
    }

    for &i in &c.order {
        if i == s || c.lo[i] {
            continue;
        }
        let (words, numbers, ids) = c.terms(i, &blocked_lo);
        if words.is_empty() {
            continue;
        }
        let held: f64 = numbers.iter().sum();
        let text = if blocked_lo[i] {
            format!(
                "{} is owned {} by blocked parties ({}), 50% or more: it is blocked itself, \
                 and what it owns counts in full (OFAC FAQ 401).",
                c.name(i),
                percent(held),
                words.join(" + ")
            )
        } else {
            format!(
                "{} is owned {} by blocked parties ({}), less than 50%: it is not blocked, so \
                 its holdings do not count (OFAC FAQ 401).",
                c.name(i),
                percent(held),
                words.join(" + ")
            )
        };
        let mut parties = vec![c.id(i)];
        parties.extend(ids);
        steps.push(step(StepKind::Intermediate, text, parties, numbers, Some(held)));
    }

    let (words, numbers, ids) = c.terms(s, &blocked_lo);
    for &e in g.owners_of(s) {
        let edge = g.edges[e];
        if blocked_lo[edge.owner] && edge.lo > 0.0 {
            let how = if c.lo[edge.owner] { "listed" } else { "blocked, see above" };
            steps.push(step(
                StepKind::Holding,
                format!(
                    "{} ({how}) owns {} of {subject} directly.",
                    c.name(edge.owner),
                    percent(edge.lo)
                ),
                vec![c.owner_id(e), c.id(s)],
                vec![edge.lo],
                None,
            ));
        }
    }
    c.chain_steps(&chains, complete, &mut steps);
    let verdict_words = if share >= 50.0 - EPS {
        "50% or more: blocked under OFAC's 50% rule"
    } else {
        "less than 50%: not blocked under OFAC's 50% rule"
    };
    let text = if words.is_empty() {
        format!("No blocked party owns any share of {subject}: 0%, {verdict_words}.")
    } else {
        let terms: Vec<String> = numbers.iter().map(|&x| percent(x)).collect();
        format!(
            "Held by blocked parties together: {} = {}, {verdict_words}.",
            terms.join(" + "),
            percent(share)
        )
    };
    steps.push(step(StepKind::Aggregate, text, ids, numbers, Some(share)));
    if (look - share).abs() > EPS && look > 0.0 {
        steps.push(step(
            StepKind::Caution,
            format!(
                "The listed parties' look-through interest is {}; OFAC does not decide by it: a \
                 blocked company's holding counts in full and an unblocked one's not at all.",
                percent(look)
            ),
            vec![],
            vec![look],
            Some(look),
        ));
    }
    if outcome == Outcome::CannotRuleOut {
        uncertain_step(&c, upper, "blocked parties could hold", "50% or more", &mut steps);
    }
    // Control and minority stakes do not block but call for caution (FAQ 398).
    for &e in g.owners_of(s) {
        let edge = g.edges[e];
        if edge.control && (blocked_hi[edge.owner]) {
            let roles = p.structure.links[edge.link].control.join(", ");
            let who = if blocked_lo[edge.owner] { "blocked" } else { "possibly blocked" };
            steps.push(step(
                StepKind::Caution,
                format!(
                    "{} ({who}) has control of {subject} ({roles}). OFAC's 50% rule concerns \
                     ownership only, so control alone does not block {subject}; but OFAC urges \
                     caution (FAQ 398): such entities may be designated, and dealings must not \
                     involve the blocked person.",
                    c.name(edge.owner)
                ),
                vec![c.owner_id(e), c.id(s)],
                vec![],
                None,
            ));
        }
    }
    if outcome == Outcome::NotSanctioned && share > 0.0 {
        steps.push(step(
            StepKind::Caution,
            format!(
                "Blocked parties hold {} of {subject}: a significant minority stake. OFAC urges \
                 caution (FAQ 398).",
                percent(share)
            ),
            vec![c.id(s)],
            vec![share],
            None,
        ));
    }
    let conclusion = match outcome {
        Outcome::Sanctioned => format!("{subject} is blocked under OFAC's 50% rule."),
        Outcome::NotSanctioned => format!("{subject} is not blocked under OFAC's 50% rule."),
        Outcome::CannotRuleOut => {
            format!("Cannot rule out that {subject} is blocked under OFAC's 50% rule.")
        }
    };
    steps.push(step(StepKind::Conclusion, conclusion, vec![c.id(s)], vec![], None));
    finish(&c, outcome, share, share, upper.max(share), look, steps, nodes)
}

fn uncertain_step(
    c: &Ctx<'_, '_>,
    upper: f64,
    could: &str,
    threshold: &str,
    steps: &mut Vec<Step>,
) {
    let (items, ids) = c.uncertain();
    let what =
        if items.is_empty() { String::new() } else { format!(" Uncertain: {}.", items.join("; ")) };
    steps.push(step(
        StepKind::Uncertain,
        format!(
            "Counting the uncertain parts at worst, {could} {} of {} ({threshold}): cannot rule \
             out.{what}",
            percent(upper),
            c.name(c.p.subject)
        ),
        ids,
        vec![],
        Some(upper),
    ));
}

#[allow(clippy::too_many_arguments)] // the verdict's fields, named at the call
fn finish(
    c: &Ctx<'_, '_>,
    outcome: Outcome,
    share: f64,
    combined: f64,
    upper: f64,
    look: f64,
    steps: Vec<Step>,
    nodes: Vec<Outcome>,
) -> (Verdict, Vec<Outcome>) {
    let (listed, possible) = c.listed_ids();
    let label = match (c.regime, outcome) {
        (Regime::Ofac, Outcome::Sanctioned) => "Blocked under OFAC's 50% rule",
        (Regime::Ofac, Outcome::NotSanctioned) => "Not blocked under OFAC's 50% rule",
        (Regime::EuUk, Outcome::Sanctioned) => "Owned or controlled by a listed party (EU/UK)",
        (Regime::EuUk, Outcome::NotSanctioned) => {
            "Not owned or controlled by a listed party (EU/UK)"
        }
        (_, Outcome::CannotRuleOut) => "Cannot rule out",
    };
    let summary = steps
        .iter()
        .rev()
        .find(|s| s.kind == StepKind::Conclusion)
        .map(|s| s.text.clone())
        .unwrap_or_default();
    (
        Verdict {
            regime: c.regime,
            outcome,
            label: label.to_string(),
            summary,
            share,
            combined_share: combined,
            upper_share: upper,
            look_through: look,
            listed,
            possible,
            steps,
        },
        nodes,
    )
}

/// EU and UK ownership or control: the verdict, problems, and each party's status.
pub(crate) fn eu_uk(p: &Prepared<'_>) -> (Verdict, Vec<Outcome>) {
    let c = Ctx::new(p, Regime::EuUk);
    let g = &p.graph;
    let s = p.subject;
    let n = g.n;
    let subject = c.name(s);

    // What each listed party owns or controls, alone.
    let singles: Vec<(usize, Vec<bool>)> = (0..n)
        .filter(|&i| c.lo[i])
        .map(|i| {
            let mut seed = vec![false; n];
            seed[i] = true;
            (i, g.controlled_least(&seed))
        })
        .collect();
    let group_lo = g.controlled_least(&c.lo);
    let group_hi = g.controlled_greatest(&c.hi);
    let nodes: Vec<Outcome> = (0..n)
        .map(|i| {
            let caught = c.lo[i] || singles.iter().any(|(_, set)| set[i]);
            outcome_of(caught, group_hi[i])
        })
        .collect();
    let outcome = nodes[s];
    let combined = g.held(s, &group_lo, Bound::Lo);
    let upper = g.held(s, &group_hi, Bound::Hi).max(combined);
    let (look, chains, complete) = g.look_through(&c.lo, s);
    let mut steps = Vec::new();
    c.party_steps(&mut steps);

    if c.lo[s] {
        steps.push(step(
            StepKind::Conclusion,
            format!(
                "{subject} is itself on {}: its assets are frozen.",
                regime_list_names(Regime::EuUk)
            ),
            vec![c.id(s)],
            vec![],
            None,
        ));
        return finish(&c, outcome, 100.0, 100.0, 100.0, look, steps, nodes);
    }

    let mut best = 0.0f64;
    let mut holders = 0;
    let mut controllers = Vec::new();
    let mut single_caught = Vec::new();
    for (who, set) in singles.iter().filter(|(i, _)| c.anc[*i]) {
        let who = *who;
        // Companies between the listed party and the subject that count as its own.
        for &x in &c.order {
            if x == who || x == s || !set[x] {
                continue;
            }
            let held = g.held(x, set, Bound::Lo);
            let roles: Vec<String> = g
                .owners_of(x)
                .iter()
                .filter(|&&e| set[g.edges[e].owner] && g.edges[e].control)
                .flat_map(|&e| p.structure.links[g.edges[e].link].control.clone())
                .collect();
            let how = if held > 50.0 + EPS {
                format!("holds {} of {}, more than 50%", percent(held), c.name(x))
            } else {
                format!("controls {} ({})", c.name(x), roles.join(", "))
            };
            steps.push(step(
                StepKind::Intermediate,
                format!(
                    "{} {how} (directly or through companies it owns or controls): what {} \
                     holds counts as {}'s (indirect ownership).",
                    c.name(who),
                    c.name(x),
                    c.name(who)
                ),
                vec![c.id(who), c.id(x)],
                vec![held],
                Some(held),
            ));
        }
        let (words, numbers, mut ids) = c.terms(s, set);
        let held: f64 = numbers.iter().sum();
        if held > 0.0 {
            holders += 1;
            best = best.max(held);
            let through: Vec<String> = g
                .owners_of(s)
                .iter()
                .filter(|&&e| set[g.edges[e].owner] && g.edges[e].lo > 0.0)
                .map(|&e| {
                    let edge = g.edges[e];
                    if edge.owner == who {
                        format!("{} directly", percent(edge.lo))
                    } else {
                        format!("{} through {}", percent(edge.lo), c.name(edge.owner))
                    }
                })
                .collect();
            ids.insert(0, c.id(who));
            let verdict_words =
                if held > 50.0 + EPS { "more than 50%" } else { "not more than 50%" };
            steps.push(step(
                StepKind::Holding,
                format!(
                    "{} holds {} of {subject} ({}): {verdict_words}.",
                    c.name(who),
                    percent(held),
                    if words.len() > 1 { through.join(" + ") } else { through.join("") }
                ),
                ids,
                numbers,
                Some(held),
            ));
        }
        for &e in g.owners_of(s) {
            let edge = g.edges[e];
            if set[edge.owner] && edge.control {
                let roles = p.structure.links[edge.link].control.join(", ");
                let by = if edge.owner == who {
                    c.name(who)
                } else {
                    format!("{} (which {} owns or controls)", c.name(edge.owner), c.name(who))
                };
                steps.push(step(
                    StepKind::Control,
                    format!("{by} has control of {subject} ({roles}): control by a listed party."),
                    vec![c.id(who), c.owner_id(e), c.id(s)],
                    vec![],
                    None,
                ));
                controllers.push(who);
            }
        }
        if set[s] {
            single_caught.push(who);
        }
    }
    c.chain_steps(&chains, complete, &mut steps);
    if holders > 1 || (holders == 1 && (combined - best).abs() > EPS) {
        steps.push(step(
            StepKind::Aggregate,
            format!(
                "Listed parties together hold {} of {subject}; the largest single holding is {}.",
                percent(combined),
                percent(best)
            ),
            vec![c.id(s)],
            vec![best, combined],
            Some(combined),
        ));
    }
    let conclusion = if !single_caught.is_empty() {
        let names: Vec<String> = single_caught.iter().map(|&i| c.name(i)).collect();
        let how = if best > 50.0 + EPS && controllers.is_empty() {
            "owns more than 50% of"
        } else if best > 50.0 + EPS {
            "owns more than 50% of, or controls,"
        } else {
            "controls"
        };
        format!(
            "{} {how} {subject}: {subject} is owned or controlled by a listed party and is \
             treated as listed (EU Regulation 269/2014 Art. 2 and the Commission's guidance; UK \
             OFSI ownership and control).",
            join_and(&names)
        )
    } else if group_lo[s] {
        format!(
            "No single listed party owns more than 50% of {subject} or controls it, but together \
             they hold {}. The EU and UK do not add up different listed owners unless they act \
             together (a joint arrangement): cannot rule out; check how the owners are related.",
            percent(combined)
        )
    } else {
        match outcome {
            Outcome::CannotRuleOut => {
                uncertain_step(
                    &c,
                    upper,
                    "listed parties could hold or control",
                    "more than 50%, or control",
                    &mut steps,
                );
                format!("Cannot rule out that {subject} is owned or controlled by a listed party.")
            }
            _ => format!(
                "No listed party owns more than 50% of {subject} or controls it: not owned or \
                 controlled by a listed party (EU/UK)."
            ),
        }
    };
    steps.push(step(StepKind::Conclusion, conclusion, vec![c.id(s)], vec![], None));
    finish(&c, outcome, best, combined, upper, look, steps, nodes)
}
