//! Ownership and control: hand-built structures with known answers, screened against the
//! invented owners of tests/data/ownership (an OFAC SDN XML and a UN XML fixture).
// Reads files: native only (the wasm32 suite is tests/wasm.rs).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{fixture, index_of};
use proptest::prelude::*;
use sanctions_checker::ownership::{
    self, Decision, Link, Outcome, OwnershipOptions, OwnershipReport, Party, PartyStatus,
    ProblemKind, StepKind, Structure, Verdict,
};
use sanctions_checker::{model::EntityKind, Index};
use std::sync::OnceLock;

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        index_of(&[fixture("ownership/sdn_owners.xml"), fixture("ownership/un_owners.xml")])
    })
}

/// Listed on the SDN and UN fixtures.
const ZARUBIN: &str = "Gennady Pavlovich Zarubin";
const TARASENKO: &str = "Oleg Ivanovich Tarasenko";
const MELNICHUK: &str = "Ruslan Yurievich Melnichuk";
/// On the UN fixture only.
const SHEVCHUK: &str = "Pavel Nikolaevich Shevchuk";
/// Not listed.
const SARSENOVA: &str = "Aigerim Sarsenova";
const SUBJECT: &str = "Steppe Grain Trading LLP";

fn eval(csv: &str) -> OwnershipReport {
    let structure = ownership::parse_csv(csv).unwrap();
    ownership::evaluate(index(), &structure, &OwnershipOptions::default()).unwrap()
}

/// A CSV with the header and rows `owner,owner_type,owned,share,control`.
fn csv(rows: &[(&str, &str, &str, &str, &str)]) -> String {
    let mut text = format!("owner,owner_type,owned,share,control\n{SUBJECT},subject,,,\n");
    for (owner, kind, owned, share, control) in rows {
        text.push_str(&format!("{owner},{kind},{owned},{share},{control}\n"));
    }
    text
}

fn texts(v: &Verdict) -> String {
    v.steps.iter().map(|s| format!("[{:?}] {}", s.kind, s.text)).collect::<Vec<_>>().join("\n")
}

fn assert_close(got: f64, want: f64) {
    assert!((got - want).abs() < 1e-6, "got {got}, want {want}");
}

#[test]
fn two_listed_owners_with_25_percent_each_are_blocked_under_ofac() {
    let r = eval(&csv(&[
        (ZARUBIN, "person", SUBJECT, "25", ""),
        (TARASENKO, "person", SUBJECT, "25", ""),
        (SARSENOVA, "person", SUBJECT, "50", ""),
    ]));
    assert_eq!(r.ofac.outcome, Outcome::Sanctioned, "{}", texts(&r.ofac));
    assert_close(r.ofac.share, 50.0);
    let steps = texts(&r.ofac);
    assert!(steps.contains("25% + 25% = 50%, 50% or more: blocked"), "{steps}");
    assert!(
        steps.contains(&format!("{ZARUBIN} (listed) owns 25% of {SUBJECT} directly")),
        "{steps}"
    );
    assert!(steps.contains("OFAC Specially Designated Nationals"), "{steps}");
    assert_eq!(r.ofac.listed.len(), 2);
    // EU/UK: neither holds more than 50%, and together they hold exactly 50%, not more.
    assert_eq!(r.eu_uk.outcome, Outcome::NotSanctioned, "{}", texts(&r.eu_uk));
    assert_close(r.eu_uk.combined_share, 50.0);
    let sarsenova = r.parties.iter().find(|p| p.name == SARSENOVA).unwrap();
    assert_eq!(sarsenova.status, PartyStatus::Clear);
}

#[test]
fn a_49_percent_direct_holding_is_not_blocked_but_calls_for_caution() {
    let r = eval(&csv(&[
        (ZARUBIN, "person", SUBJECT, "49", ""),
        (SARSENOVA, "person", SUBJECT, "51", ""),
    ]));
    assert_eq!(r.ofac.outcome, Outcome::NotSanctioned, "{}", texts(&r.ofac));
    assert_close(r.ofac.share, 49.0);
    assert!(r.ofac.steps.iter().any(|s| s.kind == StepKind::Caution && s.text.contains("FAQ 398")));
    assert_eq!(r.eu_uk.outcome, Outcome::NotSanctioned);
}

/// The "chain 60% × 60% (36%, not blocked)": a chain whose look-through product is 36%
/// and which is not blocked is one whose middle company is not blocked itself.
#[test]
fn a_chain_with_a_36_percent_look_through_through_an_unblocked_company_is_not_blocked() {
    let r = eval(&csv(&[
        (ZARUBIN, "person", "Aral Logistics LLP", "45", ""),
        (SARSENOVA, "person", "Aral Logistics LLP", "55", ""),
        ("Aral Logistics LLP", "organization", SUBJECT, "80", ""),
        ("Caspian Bridge Capital Ltd", "organization", SUBJECT, "20", ""),
    ]));
    assert_close(r.ofac.look_through, 36.0);
    assert_eq!(r.ofac.outcome, Outcome::NotSanctioned, "{}", texts(&r.ofac));
    assert_close(r.ofac.share, 0.0);
    let steps = texts(&r.ofac);
    assert!(steps.contains("45% × 80% = 36% look-through"), "{steps}");
    assert!(
        steps.contains("less than 50%: it is not blocked, so its holdings do not count"),
        "{steps}"
    );
    assert_eq!(r.eu_uk.outcome, Outcome::NotSanctioned, "{}", texts(&r.eu_uk));
}

/// The literal 60% × 60% chain: the look-through product is 36%, but the middle company is
/// 60% owned by a blocked person, hence blocked, and its 60% counts in full (OFAC FAQ 401,
/// example 1). EU and UK agree: majority ownership passes down the chain.
#[test]
fn a_chain_60_x_60_is_blocked_because_the_middle_company_is_blocked_itself() {
    let r = eval(&csv(&[
        (ZARUBIN, "person", "Aral Logistics LLP", "60", ""),
        (SARSENOVA, "person", "Aral Logistics LLP", "40", ""),
        ("Aral Logistics LLP", "organization", SUBJECT, "60", ""),
        ("Caspian Bridge Capital Ltd", "organization", SUBJECT, "40", ""),
    ]));
    assert_close(r.ofac.look_through, 36.0);
    assert_eq!(r.ofac.outcome, Outcome::Sanctioned, "{}", texts(&r.ofac));
    assert_close(r.ofac.share, 60.0);
    let steps = texts(&r.ofac);
    assert!(steps.contains("60% × 60% = 36% look-through"), "{steps}");
    assert!(steps.contains("Aral Logistics LLP is owned 60% by blocked parties"), "{steps}");
    assert_eq!(r.eu_uk.outcome, Outcome::Sanctioned, "{}", texts(&r.eu_uk));
    assert_close(r.eu_uk.share, 60.0);
}

#[test]
fn sixty_percent_of_a_company_that_owns_100_percent_is_blocked() {
    let r = eval(&csv(&[
        (ZARUBIN, "person", "Aral Logistics LLP", "60", ""),
        (SARSENOVA, "person", "Aral Logistics LLP", "40", ""),
        ("Aral Logistics LLP", "organization", SUBJECT, "100", ""),
    ]));
    assert_eq!(r.ofac.outcome, Outcome::Sanctioned, "{}", texts(&r.ofac));
    assert_close(r.ofac.share, 100.0);
    assert_close(r.ofac.look_through, 60.0);
    assert_eq!(r.eu_uk.outcome, Outcome::Sanctioned, "{}", texts(&r.eu_uk));
    let node = r.graph.nodes.iter().find(|n| n.id == "Aral Logistics LLP").unwrap();
    assert_eq!(node.ofac, Outcome::Sanctioned);
}

#[test]
fn a_listed_director_controls_under_eu_uk_but_does_not_block_under_ofac() {
    let r = eval(&csv(&[
        (MELNICHUK, "person", SUBJECT, "", "director"),
        (SARSENOVA, "person", SUBJECT, "100", ""),
    ]));
    assert_eq!(r.eu_uk.outcome, Outcome::Sanctioned, "{}", texts(&r.eu_uk));
    let steps = texts(&r.eu_uk);
    assert!(steps.contains(&format!("{MELNICHUK} has control of {SUBJECT} (director)")), "{steps}");
    assert_eq!(r.ofac.outcome, Outcome::NotSanctioned, "{}", texts(&r.ofac));
    assert!(texts(&r.ofac).contains("control alone does not block"));
    // A control-only row is not a missing share.
    assert!(r.problems.iter().all(|p| p.kind != ProblemKind::MissingShare), "{:?}", r.problems);
}

#[test]
fn control_through_a_majority_owned_company_passes_down_under_eu_uk() {
    let r = eval(&csv(&[
        (TARASENKO, "person", "Aral Logistics LLP", "51", ""),
        (SARSENOVA, "person", "Aral Logistics LLP", "49", ""),
        ("Aral Logistics LLP", "organization", SUBJECT, "10", "right to appoint the board"),
        (SARSENOVA, "person", SUBJECT, "90", ""),
    ]));
    assert_eq!(r.eu_uk.outcome, Outcome::Sanctioned, "{}", texts(&r.eu_uk));
    assert_eq!(r.ofac.outcome, Outcome::NotSanctioned, "{}", texts(&r.ofac));
}

#[test]
fn only_adding_up_different_listed_owners_gives_cannot_rule_out_under_eu_uk() {
    let r = eval(&csv(&[
        (ZARUBIN, "person", SUBJECT, "30", ""),
        (TARASENKO, "person", SUBJECT, "30", ""),
        (SARSENOVA, "person", SUBJECT, "40", ""),
    ]));
    assert_eq!(r.ofac.outcome, Outcome::Sanctioned);
    assert_eq!(r.eu_uk.outcome, Outcome::CannotRuleOut, "{}", texts(&r.eu_uk));
    assert_close(r.eu_uk.share, 30.0);
    assert_close(r.eu_uk.combined_share, 60.0);
    assert!(r.eu_uk.summary.contains("joint arrangement"), "{}", r.eu_uk.summary);
}

#[test]
fn a_circle_is_reported_and_gives_cannot_rule_out() {
    let r = eval(&csv(&[
        (ZARUBIN, "person", "Aral Logistics LLP", "40", ""),
        ("Caspian Bridge Capital Ltd", "organization", "Aral Logistics LLP", "60", ""),
        ("Aral Logistics LLP", "organization", "Caspian Bridge Capital Ltd", "100", ""),
        ("Aral Logistics LLP", "organization", SUBJECT, "60", ""),
        (SARSENOVA, "person", SUBJECT, "40", ""),
    ]));
    let cycle = r.problems.iter().find(|p| p.kind == ProblemKind::Cycle).expect("a cycle problem");
    assert!(
        cycle.message.contains("Aral Logistics LLP and Caspian Bridge Capital Ltd own each other"),
        "{}",
        cycle.message
    );
    assert_eq!(r.ofac.outcome, Outcome::CannotRuleOut, "{}", texts(&r.ofac));
    assert!(texts(&r.ofac).contains("the circle"), "{}", texts(&r.ofac));
    assert_eq!(r.eu_uk.outcome, Outcome::CannotRuleOut, "{}", texts(&r.eu_uk));
}

#[test]
fn a_circle_without_listed_parties_changes_nothing() {
    let r = eval(&csv(&[
        ("Caspian Bridge Capital Ltd", "organization", "Aral Logistics LLP", "100", ""),
        ("Aral Logistics LLP", "organization", "Caspian Bridge Capital Ltd", "100", ""),
        ("Aral Logistics LLP", "organization", SUBJECT, "100", ""),
    ]));
    assert!(r.problems.iter().any(|p| p.kind == ProblemKind::Cycle));
    assert_eq!(r.ofac.outcome, Outcome::NotSanctioned);
    assert_eq!(r.eu_uk.outcome, Outcome::NotSanctioned);
}

#[test]
fn bad_percentages_are_reported_with_their_row_and_never_give_a_clean_verdict() {
    // A share over 100: unusable, so at worst it is what the other owners leave (60%).
    let r = eval(&csv(&[
        (ZARUBIN, "person", SUBJECT, "150", ""),
        (SARSENOVA, "person", SUBJECT, "40", ""),
    ]));
    let bad = r.problems.iter().find(|p| p.kind == ProblemKind::BadShare).unwrap();
    assert_eq!(bad.row, Some(3));
    assert!(bad.message.starts_with("row 3 (") && bad.message.contains("150"), "{}", bad.message);
    assert_eq!(r.ofac.outcome, Outcome::CannotRuleOut, "{}", texts(&r.ofac));
    assert_close(r.ofac.upper_share, 60.0);

    let r = eval(&csv(&[
        (ZARUBIN, "person", SUBJECT, "-5", ""),
        (SARSENOVA, "person", SUBJECT, "40", ""),
    ]));
    assert!(r.problems.iter().any(|p| p.kind == ProblemKind::BadShare && p.message.contains("-5")));

    // Owners holding 130% together: no share of that company can be trusted.
    let r = eval(&csv(&[
        (ZARUBIN, "person", SUBJECT, "30", ""),
        (SARSENOVA, "person", SUBJECT, "100", ""),
    ]));
    let over = r.problems.iter().find(|p| p.kind == ProblemKind::OverAllocated).unwrap();
    assert!(over.message.contains("130%"), "{}", over.message);
    assert_eq!(r.ofac.outcome, Outcome::CannotRuleOut);

    // Not a number at all: the CSV is refused, naming the row.
    let err =
        ownership::parse_csv(&csv(&[(ZARUBIN, "person", SUBJECT, "twenty", "")])).unwrap_err();
    assert_eq!(err.to_string(), "ownership structure, row 3: share \"twenty\" is not a number; write a percentage such as 25");
}

#[test]
fn a_missing_percentage_is_treated_as_unknown_and_conservatively() {
    let r = eval(&csv(&[
        (ZARUBIN, "person", SUBJECT, "", ""),
        (SARSENOVA, "person", SUBJECT, "40", ""),
    ]));
    let missing = r.problems.iter().find(|p| p.kind == ProblemKind::MissingShare).unwrap();
    assert!(
        missing.message.contains("up to what the other owners leave, 60%"),
        "{}",
        missing.message
    );
    assert_eq!(r.ofac.outcome, Outcome::CannotRuleOut);
    assert_eq!(r.eu_uk.outcome, Outcome::CannotRuleOut);
    // When the other owners leave too little, the unknown share cannot change the verdict.
    let r = eval(&csv(&[
        (ZARUBIN, "person", SUBJECT, "", ""),
        (SARSENOVA, "person", SUBJECT, "70", ""),
    ]));
    assert_eq!(r.ofac.outcome, Outcome::NotSanctioned, "{}", texts(&r.ofac));
}

#[test]
fn unknown_owners_count_at_worst_and_undescribed_shares_are_noted() {
    let r = eval(&csv(&[
        (ZARUBIN, "person", SUBJECT, "25", ""),
        ("unknown", "", SUBJECT, "30", ""),
        (SARSENOVA, "person", SUBJECT, "45", ""),
    ]));
    assert!(r.problems.iter().any(|p| p.kind == ProblemKind::UnknownOwner));
    assert_eq!(r.ofac.outcome, Outcome::CannotRuleOut, "{}", texts(&r.ofac));
    assert_close(r.ofac.upper_share, 55.0);
    // Shares that simply do not add up to 100% are noted, not held against the partner.
    let r = eval(&csv(&[
        (ZARUBIN, "person", SUBJECT, "25", ""),
        (SARSENOVA, "person", SUBJECT, "30", ""),
    ]));
    let note = r.problems.iter().find(|p| p.kind == ProblemKind::Undescribed).unwrap();
    assert!(note.message.contains("the other 45% is not described"), "{}", note.message);
    assert_eq!(r.ofac.outcome, Outcome::NotSanctioned);
}

fn structure(parties: Vec<Party>, links: Vec<(&str, &str, Option<f64>)>) -> Structure {
    Structure {
        subject: SUBJECT.into(),
        parties,
        links: links
            .into_iter()
            .map(|(owner, owned, share)| Link {
                owner: owner.into(),
                owned: owned.into(),
                share,
                ..Link::default()
            })
            .collect(),
    }
}

fn party(name: &str, kind: EntityKind) -> Party {
    Party { id: name.into(), name: name.into(), kind, ..Party::default() }
}

#[test]
fn a_possible_match_gives_cannot_rule_out_only_where_it_would_change_the_verdict() {
    let mut possible = party(SARSENOVA, EntityKind::Person);
    possible.decision = None;
    // A lower listed threshold is not needed: a misspelt name scores below 0.95.
    let near = party("Genadiy Zarubin", EntityKind::Person);
    let build = |near_share: f64| {
        structure(
            vec![
                party(SUBJECT, EntityKind::Organization),
                near.clone(),
                party(TARASENKO, EntityKind::Person),
                possible.clone(),
            ],
            vec![
                ("Genadiy Zarubin", SUBJECT, Some(near_share)),
                (TARASENKO, SUBJECT, Some(25.0)),
                (SARSENOVA, SUBJECT, Some(75.0 - near_share)),
            ],
        )
    };
    let r = ownership::evaluate(index(), &build(30.0), &OwnershipOptions::default()).unwrap();
    let p = r.parties.iter().find(|p| p.id == "Genadiy Zarubin").unwrap();
    assert_eq!(p.status, PartyStatus::Possible, "{p:?}");
    assert_eq!(r.ofac.outcome, Outcome::CannotRuleOut, "{}", texts(&r.ofac));
    assert!(r.ofac.possible.contains(&"Genadiy Zarubin".to_string()));
    assert!(r.ofac.summary.contains("Cannot rule out"));
    let r = ownership::evaluate(index(), &build(10.0), &OwnershipOptions::default()).unwrap();
    assert_eq!(r.ofac.outcome, Outcome::NotSanctioned, "{}", texts(&r.ofac));
}

#[test]
fn user_decisions_override_the_scores() {
    let mut zarubin = party(ZARUBIN, EntityKind::Person);
    zarubin.decision = Some(Decision::NotListed);
    let mut sarsenova = party(SARSENOVA, EntityKind::Person);
    sarsenova.entity_id = Some("un-sc:RUi.804".into());
    let s = structure(
        vec![party(SUBJECT, EntityKind::Organization), zarubin, sarsenova],
        vec![(ZARUBIN, SUBJECT, Some(50.0)), (SARSENOVA, SUBJECT, Some(50.0))],
    );
    let r = ownership::evaluate(index(), &s, &OwnershipOptions::default()).unwrap();
    assert_eq!(r.parties[1].status, PartyStatus::Clear);
    assert_eq!(r.parties[2].status, PartyStatus::Listed);
    assert!(r.parties[2].basis.contains("confirmed by the user"), "{}", r.parties[2].basis);
    // Confirmed as a UN-listed party: caught under EU/UK (50% is not more than 50%, so not
    // by ownership) and only possibly blocked under OFAC.
    assert_eq!(r.eu_uk.outcome, Outcome::NotSanctioned, "{}", texts(&r.eu_uk));
    assert_eq!(r.ofac.outcome, Outcome::CannotRuleOut, "{}", texts(&r.ofac));
}

#[test]
fn a_party_listed_only_by_the_un_counts_for_eu_uk_and_only_at_worst_for_ofac() {
    let r = eval(&csv(&[
        (SHEVCHUK, "person", SUBJECT, "60", ""),
        (SARSENOVA, "person", SUBJECT, "40", ""),
    ]));
    assert_eq!(r.eu_uk.outcome, Outcome::Sanctioned, "{}", texts(&r.eu_uk));
    assert_eq!(r.ofac.outcome, Outcome::CannotRuleOut, "{}", texts(&r.ofac));
    assert!(texts(&r.ofac).contains("not on OFAC's SDN list"), "{}", texts(&r.ofac));
}

#[test]
fn the_subject_itself_listed_is_sanctioned_under_both() {
    let text = "owner,owner_type,owned,share\nKrasnoyar Holding Limited,subject,,\nAigerim Sarsenova,person,Krasnoyar Holding Limited,100\n";
    let r = eval(text);
    assert_eq!(r.ofac.outcome, Outcome::Sanctioned);
    assert_eq!(r.eu_uk.outcome, Outcome::Sanctioned);
}

#[test]
fn links_the_lists_give_are_shown_on_hits() {
    let r = eval(&csv(&[
        (ZARUBIN, "person", "Krasnoyar Holding Limited", "60", ""),
        ("Krasnoyar Holding Limited", "organization", SUBJECT, "10", ""),
        (SARSENOVA, "person", SUBJECT, "90", ""),
    ]));
    let z = r.parties.iter().find(|p| p.name == ZARUBIN).unwrap();
    let sdn = z.hits.iter().find(|h| h.hit.entity_id == "us-ofac-sdn:70001").unwrap();
    assert_eq!(sdn.links, ["KRASNOYAR HOLDING LIMITED"]);
    assert_eq!(sdn.linked_parties, ["Krasnoyar Holding Limited"]);
    let k = r.parties.iter().find(|p| p.name == "Krasnoyar Holding Limited").unwrap();
    let sdn = k.hits.iter().find(|h| h.hit.entity_id == "us-ofac-sdn:70004").unwrap();
    assert_eq!(sdn.linked_parties, [ZARUBIN]);
    // Serialised, the hit's fields and its links sit side by side.
    let json = serde_json::to_value(&r).unwrap();
    let hit = &json["parties"][1]["hits"][0];
    assert!(hit["entity_id"].is_string() && hit["links"].is_array(), "{hit}");
}

#[test]
fn the_example_file_evaluates() {
    let text = std::fs::read_to_string(fixture("ownership/structure.csv")).unwrap();
    let r = eval(&text);
    assert_eq!(r.subject, SUBJECT);
    assert_eq!(r.ofac.outcome, Outcome::Sanctioned, "{}", texts(&r.ofac));
    assert_eq!(r.eu_uk.outcome, Outcome::Sanctioned, "{}", texts(&r.eu_uk));
    assert_eq!(r.graph.nodes.len(), r.parties.len());
    assert_eq!(r.graph.edges.len(), 5);
}

#[test]
fn structures_that_cannot_be_evaluated_are_refused_with_a_reason() {
    let s = structure(vec![party("A", EntityKind::Person)], vec![]);
    let err = ownership::evaluate(index(), &s, &OwnershipOptions::default()).unwrap_err();
    assert!(err.to_string().contains("subject"), "{err}");
    let s = structure(
        vec![party(SUBJECT, EntityKind::Organization)],
        vec![("Nobody", SUBJECT, Some(5.0))],
    );
    let err = ownership::evaluate(index(), &s, &OwnershipOptions::default()).unwrap_err();
    assert!(err.to_string().contains("\"Nobody\" is not one of the parties"), "{err}");
}

const NAMES: [&str; 8] =
    [ZARUBIN, TARASENKO, MELNICHUK, SHEVCHUK, SARSENOVA, "unknown", "", "Aral Logistics LLP"];

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// Any graph, with circles, bad shares and unknown owners, gives a verdict and never
    /// panics; the worst case is never below what is established.
    #[test]
    fn verdicts_never_panic_on_random_graphs(
        names in proptest::collection::vec(0..NAMES.len(), 1..7),
        links in proptest::collection::vec(
            (0usize..7, 0usize..7, prop_oneof![
                Just(None), Just(Some(-5.0)), Just(Some(0.0)), Just(Some(25.0)), Just(Some(49.99)),
                Just(Some(50.0)), Just(Some(60.0)), Just(Some(100.0)), Just(Some(150.0)),
                Just(Some(f64::NAN)),
            ], any::<bool>()),
            0..14),
    ) {
        let parties: Vec<Party> = names.iter().enumerate().map(|(i, &n)| Party {
            id: format!("p{i}"),
            name: NAMES[n].to_string(),
            kind: if i == 0 { EntityKind::Organization } else { EntityKind::Unknown },
            ..Party::default()
        }).collect();
        let n = parties.len();
        let links = links.into_iter().map(|(a, b, share, control)| Link {
            owner: format!("p{}", a % n),
            owned: format!("p{}", b % n),
            share,
            control: if control { vec!["director".into()] } else { vec![] },
            row: None,
        }).collect();
        let s = Structure { subject: "p0".into(), parties, links };
        let r = ownership::evaluate(index(), &s, &OwnershipOptions::default()).unwrap();
        for v in [&r.ofac, &r.eu_uk] {
            prop_assert!(v.upper_share + 1e-6 >= v.share, "{v:?}");
            prop_assert!(v.share.is_finite() && v.look_through.is_finite());
            prop_assert!(v.steps.iter().any(|s| s.kind == StepKind::Conclusion));
        }
        prop_assert_eq!(r.graph.nodes.len(), n);
        prop_assert!(serde_json::to_string(&r).is_ok());
    }
}
