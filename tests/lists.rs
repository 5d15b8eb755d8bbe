//! List parsers on the real official files (exact counts, chosen entries field by field) and on
//! the hand-written fixtures (every tricky case, broken input).
// Reads files and spawns processes: native only (the wasm32 suite is tests/wasm.rs).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{fixture, un_real};
use sanctions_checker::lists::{self, ListFormat};
use sanctions_checker::model::{BirthDate, EntityKind, IdKind, ListId, NameKind};

fn names_of_kind(e: &sanctions_checker::model::Entity, kind: NameKind) -> Vec<&str> {
    e.names
        .iter()
        .filter(|n| n.kind == kind && !n.original_script)
        .map(|n| n.full.as_str())
        .collect()
}

#[test]
fn un_real_file_has_the_exact_counts() {
    let bytes = std::fs::read(un_real()).unwrap();
    assert_eq!(lists::detect(&bytes), Some(ListFormat::UnXml));
    let parsed = lists::parse(&bytes, "consolidated.xml").unwrap();
    assert_eq!(parsed.list, ListId::UnSc);
    assert_eq!(parsed.published.as_deref(), Some("2026-02-27"));
    assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
    let persons: Vec<_> = parsed.entities.iter().filter(|e| e.kind == EntityKind::Person).collect();
    let orgs: Vec<_> =
        parsed.entities.iter().filter(|e| e.kind == EntityKind::Organization).collect();
    assert_eq!((persons.len(), orgs.len()), (730, 273));
    // Counted independently from the XML (non-empty ALIAS_NAME elements).
    let aliases = |es: &[&sanctions_checker::model::Entity]| -> usize {
        es.iter()
            .flat_map(|e| &e.names)
            .filter(|n| n.kind != NameKind::Primary && !n.original_script)
            .count()
    };
    assert_eq!(aliases(&persons), 2139);
    assert_eq!(aliases(&orgs), 613);
    let weak: usize = persons.iter().map(|e| names_of_kind(e, NameKind::Weak).len()).sum();
    assert_eq!(weak, 615, "aliases of QUALITY Low");
    let former: usize = orgs.iter().map(|e| names_of_kind(e, NameKind::Former).len()).sum();
    assert_eq!(former, 19, "entity aliases f.k.a.");
    let original = parsed.entities.iter().flat_map(|e| &e.names).filter(|n| n.original_script);
    assert_eq!(original.count(), 378);
    let mut ids: Vec<_> = parsed.entities.iter().map(|e| e.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 1003, "entity ids are unique");
}

#[test]
fn un_real_entry_qdi_001_is_read_field_by_field() {
    let bytes = std::fs::read(un_real()).unwrap();
    let parsed = lists::parse(&bytes, "consolidated.xml").unwrap();
    let e = parsed.entities.iter().find(|e| e.id == "un-sc:QDi.001").unwrap();
    assert_eq!(e.kind, EntityKind::Person);
    assert_eq!(e.primary_name(), "MOHAMMED SALAHALDIN ABD EL HALIM ZIDANE");
    assert_eq!(e.names[1].full, "محمد صلاح الدين عبدالحليم زيدان");
    assert!(e.names[1].original_script);
    assert_eq!(names_of_kind(e, NameKind::Alias), ["Sayf-Al Adl", "Muhamad Ibrahim Makkawi"]);
    assert_eq!(
        names_of_kind(e, NameKind::Weak),
        ["Ibrahim al-Madani", "Saif Al-'Adil", "Seif al Adel"]
    );
    assert_eq!(
        e.birth_dates,
        [BirthDate::parse_iso("1963-04-11").unwrap(), BirthDate::parse_iso("1960-04-11").unwrap()]
    );
    assert_eq!(e.birth_places, ["Monufia Governate, Egypt"]);
    assert_eq!(e.nationalities, ["EG"]);
    assert_eq!(e.programs, ["Al-Qaida"]);
    assert_eq!(e.listed_on.as_deref(), Some("2001-01-25"));
    assert!(e.remarks.as_deref().unwrap().starts_with("Responsible for Usama bin Laden"));
    assert!(e.identifiers.is_empty());
}

#[test]
fn un_real_entries_with_ranges_documents_and_entities() {
    let bytes = std::fs::read(un_real()).unwrap();
    let parsed = lists::parse(&bytes, "consolidated.xml").unwrap();
    let find = |id: &str| parsed.entities.iter().find(|e| e.id == id).unwrap();

    let ri = find("un-sc:KPi.033");
    assert_eq!(ri.primary_name(), "RI WON HO");
    assert_eq!(ri.nationalities, ["KP"]);
    assert_eq!(ri.identifiers.len(), 1);
    assert_eq!(ri.identifiers[0].kind, IdKind::Passport);
    assert_eq!(ri.identifiers[0].number, "381310014", "number is trimmed");
    assert_eq!(ri.positions, ["DPRK Ministry of State Security Official"]);

    let hidayatullah = find("un-sc:TAi.014");
    assert_eq!(hidayatullah.birth_dates.len(), 1);
    let dob = hidayatullah.birth_dates[0];
    assert_eq!((dob.year_from, dob.year_to, dob.approximate), (1968, 1968, true));
    assert_eq!(
        hidayatullah.positions,
        ["Deputy Minister of Civil Aviation and Tourism under the Taliban regime"],
        "line breaks inside values fold to spaces"
    );

    // A BETWEEN range: FROM_YEAR 1973, TO_YEAR 1974 in the source.
    let ranged = parsed
        .entities
        .iter()
        .filter(|e| e.birth_dates.iter().any(|d| (d.year_from, d.year_to) == (1973, 1974)))
        .count();
    assert!(ranged >= 1);

    let fdlr = find("un-sc:CDe.005");
    assert_eq!(fdlr.kind, EntityKind::Organization);
    assert_eq!(fdlr.primary_name(), "FORCES DEMOCRATIQUES DE LIBERATION DU RWANDA (FDLR)");
    assert_eq!(
        names_of_kind(fdlr, NameKind::Alias),
        [
            "FDLR",
            "Force Combattante Abacunguzi",
            "Combatant Force for the Liberation of Rwanda",
            "FOCA"
        ]
    );
    assert_eq!(fdlr.addresses.len(), 2);
    assert_eq!(fdlr.addresses[0].city.as_deref(), Some("North Kivu"));
    assert_eq!(fdlr.addresses[0].country.as_deref(), Some("CD"));
}

#[test]
fn un_fixture_keeps_every_tricky_case() {
    let bytes = std::fs::read(fixture("lists/un_mini.xml")).unwrap();
    let parsed = lists::parse(&bytes, "un_mini.xml").unwrap();
    assert_eq!(parsed.published.as_deref(), Some("2026-01-15"));
    assert_eq!(parsed.entities.len(), 5);
    assert_eq!(parsed.problems.len(), 1, "the record without REFERENCE_NUMBER is reported");
    let problem = parsed.problems[0].to_string();
    assert!(problem.contains("record 4") && problem.contains("REFERENCE_NUMBER"), "{problem}");

    let ivanov = &parsed.entities[0];
    assert_eq!(ivanov.id, "un-sc:KPi.901");
    assert_eq!(ivanov.primary_name(), "SERGEI PETROVICH IVANOV");
    assert_eq!(
        ivanov.names.len(),
        4,
        "primary, original script, good and low alias; empty skipped"
    );
    assert_eq!(ivanov.names[1].full, "Сергей Петрович Иванов");
    assert_eq!(ivanov.names[3].kind, NameKind::Weak);
    assert_eq!(ivanov.birth_dates, [BirthDate::parse_iso("1968-03-14").unwrap()]);
    assert_eq!(ivanov.nationalities, ["RU"]);
    assert_eq!(ivanov.positions, ["Director", "Representative of a trading company"]);
    assert_eq!(ivanov.identifiers[0].number, "720000123");
    assert_eq!(ivanov.identifiers[0].country.as_deref(), Some("RU"));
    assert_eq!(ivanov.identifiers[0].note.as_deref(), Some("issued 2012-05-04"));
    assert_eq!(ivanov.addresses[0].street.as_deref(), Some("12 Naberezhnaya St."));
    assert_eq!(
        ivanov.remarks.as_deref(),
        Some("Arranged shipments of refined petroleum & coal. Invented for tests.")
    );

    let qasimi = &parsed.entities[1];
    assert_eq!(qasimi.primary_name(), "ABDUL RAHIM MOHAMMAD QASIMI");
    let dobs: Vec<_> = qasimi.birth_dates.iter().map(|d| d.to_string()).collect();
    assert_eq!(dobs, ["1961-07-01", "1958–1962", "circa 1960"]);
    assert_eq!(qasimi.identifiers[0].kind, IdKind::NationalId);
    assert_eq!(qasimi.identifiers[0].label, "National Identification Number / Tazkira");
    assert!(qasimi.addresses.is_empty(), "an address with only an empty COUNTRY is dropped");

    let nkurunziza = &parsed.entities[2];
    assert!(nkurunziza.birth_dates.is_empty());
    assert_eq!(nkurunziza.names.len(), 1);

    let shipping = &parsed.entities[3];
    assert_eq!(shipping.kind, EntityKind::Organization);
    assert_eq!(names_of_kind(shipping, NameKind::Former), ["Polar Star Maritime"]);
    assert_eq!(shipping.addresses[0].country.as_deref(), Some("KP"));

    assert_eq!(parsed.entities[4].primary_name(), "ТОО «АЛЬФА ТРЕЙД»");
}

#[test]
fn broken_un_files_are_clear_errors_naming_the_file() {
    let good = std::fs::read(fixture("lists/un_mini.xml")).unwrap();
    let truncated = &good[..good.len() / 2];
    let err = lists::parse(truncated, "half.xml").unwrap_err().to_string();
    assert!(err.starts_with("half.xml: "), "{err}");

    let mismatched = String::from_utf8(good.clone()).unwrap().replace("</ENTITIES>", "</ENTITY>");
    let err = lists::parse(mismatched.as_bytes(), "bad.xml").unwrap_err().to_string();
    assert!(err.starts_with("bad.xml: not well-formed XML"), "{err}");

    let err = lists::parse(b"", "empty.xml").unwrap_err().to_string();
    assert!(err.starts_with("empty.xml: not a sanctions list"), "{err}");
}

#[test]
fn un_fixture_parses_the_same_with_crlf_and_a_bom() {
    let good = std::fs::read(fixture("lists/un_mini.xml")).unwrap();
    let text = String::from_utf8(good.clone()).unwrap();
    let variant = format!("\u{feff}{}", text.replace('\n', "\r\n"));
    let a = lists::parse(&good, "a.xml").unwrap();
    let b = lists::parse(variant.as_bytes(), "b.xml").unwrap();
    assert_eq!(a.entities, b.entities);
}
