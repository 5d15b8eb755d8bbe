//! Golden screening cases from tests/data/matching.toml, each with a name, run against the
//! hand-written UN fixture.
// Reads files and spawns processes: native only (the wasm32 suite is tests/wasm.rs).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{fixture, index_of};
use sanctions_checker::report::Param;
use sanctions_checker::{screen, Query, ScreenOptions};
use serde::Deserialize;

#[derive(Deserialize)]
struct Cases {
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    query: String,
    kind: Option<String>,
    dob: Option<String>,
    country: Option<String>,
    #[serde(default)]
    expect: Vec<Expect>,
    #[serde(default)]
    forbid: Vec<String>,
}

#[derive(Deserialize)]
struct Expect {
    id: String,
    #[serde(default)]
    top: bool,
    min_score: Option<f64>,
}

#[test]
fn golden_matching_cases() {
    let text = std::fs::read_to_string(fixture("matching.toml")).unwrap();
    let cases: Cases = toml::from_str(&text).unwrap();
    let index = index_of(&[fixture("lists/un_mini.xml")]);
    let mut failures = Vec::new();
    for case in &cases.case {
        let query = Query {
            name: case.query.clone(),
            kind: case.kind.clone(),
            dob: case.dob.clone(),
            country: case.country.clone(),
            ..Query::default()
        };
        let report = screen(&index, &query, &ScreenOptions::default()).unwrap();
        let got: Vec<(String, f64)> =
            report.hits.iter().map(|h| (h.entity_id.clone(), h.score)).collect();
        for e in &case.expect {
            let pos = report.hits.iter().position(|h| h.entity_id == e.id);
            let ok = match pos {
                None => false,
                Some(p) => {
                    (!e.top || p == 0) && e.min_score.is_none_or(|m| report.hits[p].score >= m)
                }
            };
            if !ok {
                failures.push(format!(
                    "{}: expected {} (top={}, min={:?}), got {got:?}",
                    case.name, e.id, e.top, e.min_score
                ));
            }
        }
        for id in &case.forbid {
            if report.hits.iter().any(|h| &h.entity_id == id) {
                failures.push(format!("{}: {id} must not hit, got {got:?}", case.name));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}\n", failures.join("\n"));
    assert!(cases.case.len() >= 20);
}

#[test]
fn every_hit_explains_its_score() {
    let index = index_of(&[fixture("lists/un_mini.xml")]);
    let query = Query {
        name: "Sergei Ivanov".into(),
        dob: Some("1968".into()),
        country: Some("Russia".into()),
        ..Query::default()
    };
    let report = screen(&index, &query, &ScreenOptions::default()).unwrap();
    let hit = &report.hits[0];
    let e = &hit.explanation;
    assert!(e.summary.contains("“Sergey Ivanov”") || e.summary.contains("SERGEI"), "{}", e.summary);
    assert!(e
        .tokens
        .iter()
        .any(|t| t.query == "ivanov" && t.listed == "ivanov" && t.similarity == 1.0));
    let reasons: Vec<&str> = e.factors.iter().map(|f| f.reason.as_str()).collect();
    assert!(reasons.iter().any(|r| r.contains("Birth year 1968 agrees")), "{reasons:?}");
    assert!(reasons.iter().any(|r| r.contains("Country RU")), "{reasons:?}");
    // Each sentence also comes as a code and its values, for the page's other languages.
    assert_eq!(e.summary_code, "name_match");
    assert_eq!(e.summary_params["total"], Param::Count(2));
    assert_eq!(e.summary_params["name"], Param::Text(hit.matched_name.clone()));
    let year = e.factors.iter().find(|f| f.code == "dob_year").expect("a dob_year factor");
    assert_eq!(year.params["year"], Param::Text("1968".into()));
    let country =
        e.factors.iter().find(|f| f.code.starts_with("country_")).expect("a country factor");
    assert_eq!(country.params["country"], Param::Text("RU".into()));
    let total: f64 = e.name_score + e.factors.iter().map(|f| f.effect).sum::<f64>();
    assert!((total.min(1.0) - hit.score).abs() < 0.002, "factors add up to the score");
}

#[test]
fn bad_query_fields_are_clear_errors() {
    let index = index_of(&[fixture("lists/un_mini.xml")]);
    let run = |q: Query| screen(&index, &q, &ScreenOptions::default()).unwrap_err().to_string();
    let named = |name: &str| Query { name: name.into(), ..Query::default() };
    assert!(run(named("  ,.- ")).contains("at least one letter"));
    assert!(run(named(&"a".repeat(600))).contains("at most 500"));
    assert!(run(Query { dob: Some("14.03.1968".into()), ..named("Ivanov") }).contains("YYYY-MM-DD"));
    assert!(run(Query { country: Some("Atlantis".into()), ..named("Ivanov") })
        .contains("not a known country"));
    assert!(run(Query { kind: Some("planet".into()), ..named("Ivanov") }).contains("unknown type"));
}

#[test]
fn scores_stay_within_zero_and_one() {
    let index = index_of(&[fixture("lists/un_mini.xml")]);
    let options = ScreenOptions::default().threshold(0.0).limit(100);
    for name in ["Sergei Petrovich Ivanov", "Sergei", "Alpha", "Иванов", "A B C D E F"] {
        for dob in [None, Some("1968-03-14"), Some("1900")] {
            let q = Query { name: name.into(), dob: dob.map(Into::into), ..Query::default() };
            for hit in screen(&index, &q, &options).unwrap().hits {
                assert!((0.0..=1.0).contains(&hit.score), "{name}: {}", hit.score);
            }
        }
    }
}

#[test]
fn a_listed_identifier_confirms_a_name_and_finds_an_entry_on_its_own() {
    let index = index_of(&[fixture("lists/un_mini.xml")]);
    let run = |name: &str, identifier: &str| {
        let query =
            Query { name: name.into(), identifier: Some(identifier.into()), ..Query::default() };
        screen(&index, &query, &ScreenOptions::default()).unwrap()
    };
    // The passport number as typed on a document: spaces and a dash make no difference.
    let report = run("Sergei Ivanov", "72 0000-123");
    let hit = &report.hits[0];
    assert_eq!(hit.entity_id, "un-sc:KPi.901");
    let factor = hit
        .explanation
        .factors
        .iter()
        .find(|f| f.code == "identifier_listed")
        .expect("the identifier is named among the reasons");
    assert!(factor.reason.contains("720000123"), "{}", factor.reason);
    assert!(hit.score >= 0.95, "{}", hit.score);
    let total: f64 =
        hit.explanation.name_score + hit.explanation.factors.iter().map(|f| f.effect).sum::<f64>();
    assert!((total.min(1.0) - hit.score).abs() < 0.002, "factors add up to the score");

    // A different name with the listed number (a new name, the same passport) is still a hit.
    let report = run("Pavel Smirnoff", "720000123");
    assert_eq!(report.hits.len(), 1, "{:?}", report.hits);
    assert_eq!(report.hits[0].entity_id, "un-sc:KPi.901");
    assert!(report.hits[0].score >= 0.95);

    // Another number gives nothing extra: no hit for the different name, no bonus for the name.
    assert!(run("Pavel Smirnoff", "720000124").hits.is_empty());
    let plain = run("Sergei Ivanov", "999999999");
    assert!(plain.hits[0].explanation.factors.iter().all(|f| f.code != "identifier_listed"));

    // Too short to identify anyone: refused with the field named.
    let query =
        Query { name: "Sergei Ivanov".into(), identifier: Some("12-3".into()), ..Query::default() };
    let err = screen(&index, &query, &ScreenOptions::default()).unwrap_err().to_string();
    assert!(err.starts_with("identifier: "), "{err}");
}

/// An embedding portal may screen against some lists only: hits from the others are left out
/// before the limit is applied, so the hits kept are the best of the lists chosen.
#[test]
fn only_lists_keeps_hits_of_the_chosen_lists_and_limits_among_them() {
    use sanctions_checker::model::ListId;
    let index = index_of(&[fixture("lists/un_mini.xml"), fixture("lists/ofac_xml/SDN.XML")]);
    let named = |name: &str| Query { name: name.into(), ..Query::default() };
    let (sdn_name, un_name) = (named("Andrei Petrovich Kovalenko"), named("Jean-Marie Nkurunziza"));
    let un = ScreenOptions::default().only_lists([ListId::UnSc]);
    let sdn = ScreenOptions::default().only_lists([ListId::UsOfacSdn]);

    let all = screen(&index, &sdn_name, &ScreenOptions::default()).unwrap();
    let first_sdn = all.hits.iter().find(|h| h.list == ListId::UsOfacSdn).expect("an SDN hit");
    assert!(screen(&index, &sdn_name, &un).unwrap().hits.is_empty());
    let limited = screen(&index, &sdn_name, &sdn.limit(1)).unwrap();
    assert_eq!(limited.hits.len(), 1);
    assert_eq!(limited.hits[0].entity_id, first_sdn.entity_id);

    let un_hits = screen(&index, &un_name, &un).unwrap().hits;
    assert!(!un_hits.is_empty() && un_hits.iter().all(|h| h.list == ListId::UnSc), "{un_hits:?}");
    assert!(screen(&index, &un_name, &sdn)
        .unwrap()
        .hits
        .iter()
        .all(|h| h.list == ListId::UsOfacSdn));
}
