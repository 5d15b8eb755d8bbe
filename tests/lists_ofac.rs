//! OFAC parsers (legacy CSV set and XML) on the real official files (exact counts computed
//! independently with Python's csv and ElementTree modules, chosen entries field by field, the
//! CSV and XML of one list against each other) and on the hand-written fixtures (every tricky
//! case, broken input).
// Reads files: native only (the wasm32 suite is tests/wasm.rs).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{fixture, shared_data};
use sanctions_checker::lists::{self, ofac_csv::Part, InputFile, ListFormat, ParsedList};
use sanctions_checker::model::{BirthDate, Entity, EntityKind, IdKind, ListId, NameKind};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Reads every file of a directory as (name, bytes), sorted by name.
fn read_dir(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let path = e.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&path).unwrap())
        })
        .collect();
    files.sort();
    files
}

/// Parses a batch as `build` and the page do, expecting every result to be a list.
fn parse_batch(files: &[(String, Vec<u8>)]) -> Vec<ParsedList> {
    let inputs: Vec<InputFile<'_>> =
        files.iter().map(|(name, bytes)| InputFile { name, bytes }).collect();
    lists::parse_all(&inputs).into_iter().map(|r| r.unwrap()).collect()
}

fn parse_one_set(dir: PathBuf) -> ParsedList {
    let mut parsed = parse_batch(&read_dir(&dir));
    assert_eq!(parsed.len(), 1, "one list from {}", dir.display());
    parsed.remove(0)
}

fn sdn_2023() -> ParsedList {
    parse_one_set(shared_data("lists/ofac/sdn_2023-12-29_complete"))
}

fn cons_csv() -> ParsedList {
    parse_one_set(shared_data("lists/ofac/cons_2025-12-19"))
}

fn cons_xml() -> ParsedList {
    let path = shared_data("lists/ofac/cons_xml_2026-01-08/consolidated.xml");
    lists::parse(&std::fs::read(path).unwrap(), "consolidated.xml").unwrap()
}

fn find<'a>(parsed: &'a ParsedList, id: &str) -> &'a Entity {
    parsed.entities.iter().find(|e| e.id == id).unwrap_or_else(|| panic!("{id} missing"))
}

fn kinds(parsed: &ParsedList) -> BTreeMap<&'static str, usize> {
    let mut out = BTreeMap::new();
    for e in &parsed.entities {
        *out.entry(e.kind.as_str()).or_default() += 1;
    }
    out
}

fn names(parsed: &ParsedList, kind: NameKind) -> usize {
    parsed.entities.iter().flat_map(|e| &e.names).filter(|n| n.kind == kind).count()
}

fn ids(parsed: &ParsedList, kind: IdKind) -> usize {
    parsed.entities.iter().flat_map(|e| &e.identifiers).filter(|i| i.kind == kind).count()
}

fn total(parsed: &ParsedList, field: impl Fn(&Entity) -> usize) -> usize {
    parsed.entities.iter().map(field).sum()
}

fn id_triples(e: &Entity) -> Vec<(IdKind, &str, Option<&str>)> {
    e.identifiers.iter().map(|i| (i.kind, i.number.as_str(), i.country.as_deref())).collect()
}

fn dates(e: &Entity) -> Vec<String> {
    e.birth_dates.iter().map(BirthDate::to_string).collect()
}

// ---------------------------------------------------------------------------------------------
// Real files. Expected numbers were counted with Python (csv module on the raw files, joining
// sdn_comments.csv by ent_num; regular expressions on the joined Remarks; ElementTree on the
// XML), never with this parser.
// ---------------------------------------------------------------------------------------------

#[test]
fn ofac_sdn_csv_2023_12_29_has_the_exact_counts() {
    let sdn = sdn_2023();
    assert_eq!(sdn.list, ListId::UsOfacSdn);
    assert_eq!(sdn.published, None, "the CSV files carry no publication date");
    assert!(sdn.problems.is_empty(), "{:?}", sdn.problems);
    let files: Vec<_> = sdn.files.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(files, ["sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"], "main file first");

    assert_eq!(sdn.entities.len(), 13_821);
    assert_eq!(
        kinds(&sdn),
        BTreeMap::from([
            ("person", 6_646),
            ("vessel", 764),
            ("aircraft", 378),
            ("organization", 6_033)
        ])
    );
    let ids_unique: BTreeSet<_> = sdn.entities.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids_unique.len(), 13_821);

    // alt.csv: 17,091 rows = 16,507 aka + 17 nka (Alias) and 567 fka (Former).
    assert_eq!(names(&sdn, NameKind::Primary), 13_821);
    assert_eq!(names(&sdn, NameKind::Alias), 16_507 + 17);
    assert_eq!(names(&sdn, NameKind::Former), 567);
    // Remarks: 3,393 `a.k.a./f.k.a./n.k.a. '…'` segments, OFAC's weak aliases.
    assert_eq!(names(&sdn, NameKind::Weak), 3_393);

    // add.csv: 18,990 rows, of which 16,338 distinct per entry are not all `-0-`.
    assert_eq!(total(&sdn, |e| e.addresses.len()), 16_338);

    // sdn_comments.csv: 17 rows, and exactly those 17 Remarks end up longer than 1,000.
    let long = sdn.entities.iter().filter(|e| e.remarks.as_ref().is_some_and(|r| r.len() > 1000));
    assert_eq!(long.count(), 17);

    // Remarks fields, counted per entry as distinct values.
    assert_eq!(total(&sdn, |e| e.birth_dates.len()), 7_311, "DOB segments");
    assert_eq!(
        total(&sdn, |e| e.nationalities.len()),
        4_620,
        "nationality (4,621 less 'possibly …')"
    );
    assert_eq!(total(&sdn, |e| e.citizenships.len()), 1_121, "citizen segments");
    assert_eq!(total(&sdn, |e| e.birth_places.len()), 4_207, "POB segments");
    assert_eq!(total(&sdn, |e| usize::from(e.gender.is_some())), 4_003, "Gender segments");
    assert_eq!(total(&sdn, |e| e.links.len()), 5_968, "Linked To segments");
    assert_eq!(ids(&sdn, IdKind::Imo), 880, "IMO numbers, bare ones included");
    assert_eq!(ids(&sdn, IdKind::Crypto), 578, "(currency, address) pairs");
    assert_eq!(ids(&sdn, IdKind::Mmsi), 94);
    assert_eq!(ids(&sdn, IdKind::Swift), 153);
    assert_eq!(ids(&sdn, IdKind::Lei), 72);
    let vessels_with_imo = sdn
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Vessel)
        .filter(|e| e.identifiers.iter().any(|i| i.kind == IdKind::Imo))
        .count();
    assert_eq!(vessels_with_imo, 764 - 5, "five vessels have no IMO number");
}

#[test]
fn ofac_sdn_csv_real_entries_are_read_field_by_field() {
    let sdn = sdn_2023();

    // A Russian bank whose Remarks overflow into sdn_comments.csv: the INN and OGRN are in
    // the continuation.
    let sber = find(&sdn, "us-ofac-sdn:17018");
    assert_eq!(sber.kind, EntityKind::Organization);
    assert_eq!(sber.primary_name(), "PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA");
    assert_eq!(sber.programs, ["UKRAINE-EO13662", "RUSSIA-EO14024"]);
    assert_eq!(sber.names.len(), 11);
    assert_eq!(sber.names[1].full, "SBERBANK ROSSII");
    assert_eq!(sber.names[2].kind, NameKind::Former);
    assert_eq!(
        id_triples(sber),
        [
            (IdKind::Swift, "SABRRUMM", None),
            (IdKind::Inn, "7707083893", Some("RU")),
            (IdKind::Ogrn, "1027700132195", Some("RU")),
        ]
    );
    assert_eq!(sber.identifiers[1].label, "Tax ID No.");
    assert_eq!(sber.addresses.len(), 1);
    assert_eq!(sber.addresses[0].street.as_deref(), Some("19 ul. Vavilova"));
    assert_eq!(sber.addresses[0].city.as_deref(), Some("Moscow 117312"));
    assert_eq!(sber.addresses[0].country.as_deref(), Some("RU"));
    let remarks = sber.remarks.as_deref().unwrap();
    assert_eq!(remarks.len(), 1301, "1,000 characters plus the continuation");
    assert!(
        remarks.contains("Directive 3): 26 Mar 2022; Tax ID No. 7707083893"),
        "joined seamlessly"
    );

    // A tanker: vessel columns, IMO and MMSI from Remarks, a weak former name, a link.
    let nolan = find(&sdn, "us-ofac-sdn:39691");
    assert_eq!(nolan.kind, EntityKind::Vessel);
    assert_eq!(nolan.programs, ["SDGT"]);
    let v = nolan.vessel.as_ref().unwrap();
    assert_eq!(v.vessel_type.as_deref(), Some("Oil Products Tanker"));
    assert_eq!((v.flag.as_deref(), v.flag_name.as_deref()), (Some("PA"), Some("Panama")));
    assert_eq!(v.call_sign, None);
    assert_eq!(
        id_triples(nolan),
        [(IdKind::Imo, "9179701", None), (IdKind::Mmsi, "354798000", None)]
    );
    assert_eq!((nolan.names[1].full.as_str(), nolan.names[1].kind), ("OSLO", NameKind::Weak));
    assert_eq!(nolan.links, ["PONTUS NAVIGATION CORP."], "the name's own stop is kept");
    let mar_azul = find(&sdn, "us-ofac-sdn:4238").vessel.clone().unwrap();
    assert_eq!(mar_azul.call_sign.as_deref(), Some("CL2192"));
    assert_eq!(mar_azul.gross_registered_tonnage.as_deref(), Some("212"));
    assert_eq!(mar_azul.owner.as_deref(), Some("Samir de Navegacion S.A."));
    assert_eq!(mar_azul.flag.as_deref(), Some("CU"));

    // A person with six birth dates, three passports and two citizenships.
    let wong = find(&sdn, "us-ofac-sdn:9340");
    assert_eq!(wong.kind, EntityKind::Person);
    assert_eq!(wong.primary_name(), "WONG, Moon Chi", "written as listed");
    assert_eq!(wong.names[0].family.as_deref(), Some("WONG"));
    assert_eq!(wong.names[0].given.as_deref(), Some("Moon Chi"));
    assert_eq!(wong.names.len(), 23, "primary, 21 from alt.csv, 1 weak from Remarks");
    assert_eq!(
        dates(wong),
        ["1961-03-18", "1945-04-21", "1947-01-25", "1955-02-08", "1958-08-03", "1958-08-08"]
    );
    assert_eq!(wong.birth_places, ["China"]);
    assert_eq!(wong.nationalities, ["CN"]);
    assert_eq!(wong.citizenships, ["CN", "KH"]);
    assert_eq!(
        id_triples(wong),
        [
            (IdKind::Passport, "611657479", Some("CN")),
            (IdKind::Passport, "2355009C", Some("CN")),
            (IdKind::NationalId, "D489833(9)", Some("HK")),
            (IdKind::Passport, "750200421", Some("GB")),
        ]
    );
    assert_eq!(wong.identifiers[3].label, "British National Overseas Passport");
    let last = wong.names.last().unwrap();
    assert_eq!((last.full.as_str(), last.kind), ("CHI BANG", NameKind::Weak));

    // A passport with issue and expiry dates.
    let amdouni = find(&sdn, "us-ofac-sdn:7828");
    let passport = &amdouni.identifiers[0];
    assert_eq!((passport.kind, passport.number.as_str()), (IdKind::Passport, "G737411"));
    assert_eq!(passport.note.as_deref(), Some("issued 24 Oct 1990; expires 20 Sep 1997"));
    assert_eq!(amdouni.birth_places, ["Tunis, Tunisia", "Naples, Italy", "Algeria"]);

    // An exchange with crypto addresses in three currencies.
    let garantex = find(&sdn, "us-ofac-sdn:36025");
    assert_eq!(
        id_triples(garantex),
        [
            (IdKind::Crypto, "3Lpoy53K625zVeE47ZasiG5jGkAxJ27kh1", None),
            (IdKind::Crypto, "0x7FF9cFad3877F21d41Da833E2F775dB0569eE3D9", None),
            (IdKind::Crypto, "3E6ZCKRrsdPc35chA9Eftp1h3DLW18NFNV", None),
            (IdKind::Registration, "14850239", Some("EE")),
        ]
    );
    assert_eq!(garantex.identifiers[2].label, "Digital Currency Address - USDT");
    assert_eq!(garantex.identifiers[3].note.as_deref(), Some("issued 18 Nov 2019"));
    assert_eq!(garantex.addresses.len(), 4);
    assert_eq!(garantex.addresses[3].city.as_deref(), Some("St. Petersburg"));
}

#[test]
fn ofac_cons_csv_2025_12_19_has_the_exact_counts() {
    let cons = cons_csv();
    assert_eq!(cons.list, ListId::UsOfacCons, "cons_ names mark the consolidated list");
    assert!(cons.problems.is_empty(), "{:?}", cons.problems);
    assert_eq!(cons.files.len(), 4);
    assert_eq!(cons.files[0].name, "cons_prim.csv");
    assert_eq!(cons.entities.len(), 442);
    assert_eq!(kinds(&cons), BTreeMap::from([("person", 79), ("organization", 363)]));
    assert!(cons.entities.iter().all(|e| e.id.starts_with("us-ofac-cons:")));
    // cons_alt.csv: 1,073 rows = 932 aka + 141 fka; Remarks: 72 weak aliases.
    assert_eq!(names(&cons, NameKind::Alias), 932);
    assert_eq!(names(&cons, NameKind::Former), 141);
    assert_eq!(names(&cons, NameKind::Weak), 72);
    // cons_add.csv: 574 rows, 522 distinct non-empty per entry.
    assert_eq!(total(&cons, |e| e.addresses.len()), 522);
    let long = cons.entities.iter().filter(|e| e.remarks.as_ref().is_some_and(|r| r.len() > 1000));
    assert_eq!(long.count(), 10, "the 10 cons_comments.csv rows");
    assert_eq!(total(&cons, |e| e.birth_dates.len()), 74);
    assert_eq!(total(&cons, |e| e.nationalities.len()), 2);
    assert_eq!(total(&cons, |e| e.links.len()), 283);
    assert_eq!(ids(&cons, IdKind::Imo) + ids(&cons, IdKind::Crypto), 0);
}

#[test]
fn ofac_cons_xml_2026_01_08_has_the_exact_counts() {
    let xml = cons_xml();
    assert_eq!(xml.list, ListId::UsOfacCons);
    assert_eq!(xml.published.as_deref(), Some("2026-01-08"), "Publish_Date 01/08/2026");
    assert!(xml.problems.is_empty(), "{:?}", xml.problems);
    assert_eq!(xml.entities.len(), 442, "= Record_Count");
    assert_eq!(kinds(&xml), BTreeMap::from([("person", 79), ("organization", 363)]));
    // 1,144 aka: 931 a.k.a./strong, 141 f.k.a./strong, 69 a.k.a./weak, 3 f.k.a./weak.
    assert_eq!(names(&xml, NameKind::Alias), 931);
    assert_eq!(names(&xml, NameKind::Former), 141);
    assert_eq!(names(&xml, NameKind::Weak), 72);
    assert_eq!(total(&xml, |e| e.addresses.len()), 522);
    assert_eq!(total(&xml, |e| e.birth_dates.len()), 74);
    assert_eq!(total(&xml, |e| e.birth_places.len()), 21);
    assert_eq!(total(&xml, |e| e.nationalities.len()), 2);
    assert_eq!(ids(&xml, IdKind::Swift), 33);
    assert_eq!(ids(&xml, IdKind::Lei), 15);
    // 222 `Tax ID No.` ids: Russian 10/12-digit ones are INNs.
    let tax_ids =
        xml.entities.iter().flat_map(|e| &e.identifiers).filter(|i| i.label == "Tax ID No.");
    assert_eq!(tax_ids.clone().count(), 222);
    assert_eq!(tax_ids.filter(|i| i.kind == IdKind::Inn).count(), ids(&xml, IdKind::Inn));
}

#[test]
fn ofac_cons_xml_real_entries_are_read_field_by_field() {
    let xml = cons_xml();
    let vtb = find(&xml, "us-ofac-cons:17013");
    assert_eq!(vtb.primary_name(), "VTB BANK PUBLIC JOINT STOCK COMPANY");
    assert_eq!(vtb.programs, ["UKRAINE-EO13662", "RUSSIA-EO14024"]);
    assert_eq!(vtb.names.len(), 29);
    assert_eq!((vtb.names[1].full.as_str(), vtb.names[1].kind), ("JSC VTB BANK", NameKind::Former));
    let weak: Vec<_> =
        vtb.names.iter().filter(|n| n.kind == NameKind::Weak).map(|n| n.full.as_str()).collect();
    assert_eq!(weak, ["JSC VTB BANK NEW DELHI BRANCH"]);
    assert_eq!(
        id_triples(vtb),
        [
            (IdKind::Ogrn, "1027739609391", Some("RU")),
            (IdKind::Registration, "00032520", Some("RU")),
            (IdKind::Inn, "7702070139", Some("RU")),
            (IdKind::Other, "1000", Some("RU")),
            (IdKind::Lei, "253400V1H6ART1UQ0N98", None),
            (IdKind::Other, "044030707", None),
            (IdKind::Other, "044525187", None),
            (IdKind::Swift, "VTBRRUMM", None),
        ]
    );
    assert_eq!(vtb.identifiers[1].label, "Government Gazette Number");
    assert_eq!(vtb.addresses.len(), 12);
    let first = &vtb.addresses[0];
    assert_eq!(first.street.as_deref(), Some("29, Bolshaya Morskaya str."));
    assert_eq!(first.city.as_deref(), Some("St. Petersburg"));
    assert_eq!(first.postal_code.as_deref(), Some("190000"));
    assert_eq!(first.country.as_deref(), Some("RU"));
    // idList facts that are not identifiers stay readable in the remarks.
    let remarks = vtb.remarks.as_deref().unwrap();
    assert!(remarks.starts_with("For more information on directives"), "{remarks}");
    assert!(remarks.contains("; Website www.vtb.com"), "{remarks}");
    assert!(remarks.contains("; Organization Established Date 17 Oct 1990"), "{remarks}");

    let zahhar = find(&xml, "us-ofac-cons:9647");
    assert_eq!(zahhar.kind, EntityKind::Person);
    assert_eq!(zahhar.primary_name(), "Mahmoud Khaled ZAHHAR", "given names first");
    assert_eq!(zahhar.names[0].family.as_deref(), Some("ZAHHAR"));
    assert_eq!(zahhar.names[1].full, "Mahmoud Khaled AL ZAHAR");
    // Weak aliases of people come as `SURNAME, Given` in lastName alone.
    assert_eq!(zahhar.names[2].full, "ZAHAR, Mahmoud");
    assert_eq!(zahhar.names[2].given.as_deref(), Some("Mahmoud"));
    assert_eq!(zahhar.names[2].kind, NameKind::Weak);
    assert_eq!(dates(zahhar), ["1945"]);
    assert_eq!(zahhar.birth_places, ["Gaza Strip"]);
    assert_eq!(zahhar.nationalities, ["PS"], "OFAC's 'Palestinian'");
    assert_eq!(zahhar.gender.as_deref(), Some("Male"), "from idList");
    assert_eq!(zahhar.links, ["HAMAS"], "from the remarks '(Linked To: HAMAS)'");
    assert_eq!(zahhar.addresses[0].country.as_deref(), Some("PS"), "'Region: Gaza'");
}

/// The CSV (2025-12-19) and the XML (2026-01-08) of the consolidated list describe the same
/// 442 parties three weeks apart. The Remarks parser and the XML element parser share their
/// date and identifier code, so they must agree on nearly everything.
#[test]
fn ofac_cons_csv_and_xml_agree_entry_by_entry() {
    let (csv, xml) = (cons_csv(), cons_xml());
    let by_id: BTreeMap<&str, &Entity> = xml.entities.iter().map(|e| (e.id.as_str(), e)).collect();
    let mut differ = Vec::new();
    for c in &csv.entities {
        let x = by_id[c.id.as_str()];
        let sorted = |v: &[String]| v.iter().cloned().collect::<BTreeSet<_>>();
        let name_parts = |e: &Entity| {
            let mut v: Vec<_> = e
                .names
                .iter()
                .map(|n| match (&n.family, &n.given) {
                    (Some(f), Some(g)) => (format!("{:?}", n.kind), format!("{f}|{g}")),
                    _ => (format!("{:?}", n.kind), n.full.clone()),
                })
                .collect();
            v.sort();
            v
        };
        let idset = |e: &Entity| {
            e.identifiers
                .iter()
                .map(|i| (format!("{:?}", i.kind), i.number.clone(), i.country.clone()))
                .collect::<BTreeSet<_>>()
        };
        let same = c.kind == x.kind
            && sorted(&c.programs) == sorted(&x.programs)
            && c.birth_dates == x.birth_dates
            && c.birth_places == x.birth_places
            && c.nationalities == x.nationalities
            && c.gender == x.gender
            && c.links == x.links
            && name_parts(c) == name_parts(x)
            && idset(c) == idset(x)
            && c.addresses.len() == x.addresses.len();
        if !same {
            differ.push(c.id.clone());
        }
    }
    // Both differences are in the files, not in the parsers: 18721 lost the alias "VTB BANK
    // BELARUS CLOSED JOINT STOCK COMPANY" between the two publications, and the CSV writes
    // the double quotes of an alias of 22391 as single quotes ('OIL TRUNK PIPELINES
    // 'DRUZHBA'' against "OIL TRUNK PIPELINES 'DRUZHBA'").
    assert_eq!(differ, ["us-ofac-cons:18721", "us-ofac-cons:22391"]);
}

#[test]
fn ofac_older_and_partial_real_sets_parse_or_name_what_is_missing() {
    // 2021-07-07: another complete set.
    let old = parse_one_set(shared_data("lists/ofac/sdn_2021-07-07_matched"));
    assert_eq!(old.entities.len(), 8_976);
    assert!(old.problems.is_empty(), "{:?}", old.problems);
    assert_eq!(names(&old, NameKind::Alias) + names(&old, NameKind::Former), 11_910);
    assert_eq!(total(&old, |e| usize::from(e.remarks.as_ref().is_some_and(|r| r.len() > 1000))), 5);

    // 2024-07-02: sdn.csv alone is a list without aliases and addresses.
    let path = shared_data("lists/ofac/sdn_2024-07-02/sdn.csv");
    let alone = lists::parse(&std::fs::read(path).unwrap(), "sdn.csv").unwrap();
    assert_eq!(alone.entities.len(), 15_443);
    assert_eq!(
        kinds(&alone),
        BTreeMap::from([
            ("person", 6_927),
            ("vessel", 872),
            ("aircraft", 374),
            ("organization", 7_270)
        ])
    );

    // 2025-12-24: the parts without their sdn.csv, each an error naming the file.
    let files = read_dir(&shared_data("lists/ofac/sdn_2025-12-24_partial"));
    let inputs: Vec<InputFile<'_>> =
        files.iter().map(|(name, bytes)| InputFile { name, bytes }).collect();
    let errors: Vec<String> =
        lists::parse_all(&inputs).into_iter().map(|r| r.unwrap_err().to_string()).collect();
    assert_eq!(errors.len(), 3);
    assert!(errors[0].starts_with("add.csv: OFAC address file without its sdn.csv"), "{errors:?}");
    assert!(errors[1].starts_with("alt.csv: OFAC alias file without its sdn.csv"), "{errors:?}");
    assert!(
        errors[2].starts_with("sdn_comments.csv: OFAC remarks continuation file"),
        "{errors:?}"
    );

    // The LF-normalised comments of 2023-11-30 join the 2023-12-29 sdn.csv (16 of its rows).
    let main = shared_data("lists/ofac/sdn_2023-12-29_complete/sdn.csv");
    let comments = shared_data("lists/ofac/sdn_comments_2023-11-30/sdn_comments.csv");
    let files = vec![
        ("sdn.csv".to_string(), std::fs::read(main).unwrap()),
        ("sdn_comments.csv".to_string(), std::fs::read(comments).unwrap()),
    ];
    let joined = parse_batch(&files).remove(0);
    assert!(joined.problems.is_empty(), "{:?}", joined.problems);
    let long =
        joined.entities.iter().filter(|e| e.remarks.as_ref().is_some_and(|r| r.len() > 1000));
    assert_eq!(long.count(), 16);
}

#[test]
fn ofac_real_parts_are_recognised_by_content_whatever_their_names() {
    let files = read_dir(&shared_data("lists/ofac/sdn_2023-12-29_complete"));
    let expected = [
        ("add.csv", Part::Addresses),
        ("alt.csv", Part::Aliases),
        ("sdn.csv", Part::Main),
        ("sdn_comments.csv", Part::Comments),
    ];
    for ((name, bytes), (want_name, part)) in files.iter().zip(expected) {
        assert_eq!(name, want_name);
        assert_eq!(lists::detect(bytes), Some(ListFormat::OfacCsv(part)), "{name}");
    }
    // Renamed to meaningless names, the parts still join their main file by ent_num.
    let renamed: Vec<(String, Vec<u8>)> =
        files.into_iter().enumerate().map(|(i, (_, b))| (format!("file{i}.bin"), b)).collect();
    let parsed = parse_batch(&renamed).remove(0);
    assert_eq!(parsed.list, ListId::UsOfacSdn);
    assert_eq!(parsed.files[0].name, "file2.bin", "the main file comes first");
    assert_eq!(names(&parsed, NameKind::Alias) + names(&parsed, NameKind::Former), 17_091);
    assert_eq!(total(&parsed, |e| e.addresses.len()), 16_338);
    let xml =
        std::fs::read(shared_data("lists/ofac/cons_xml_2026-01-08/consolidated.xml")).unwrap();
    assert_eq!(lists::detect(&xml), Some(ListFormat::OfacXml));
}

#[test]
fn ofac_sdn_and_consolidated_sets_in_one_batch_stay_apart() {
    let mut files = read_dir(&shared_data("lists/ofac/sdn_2023-12-29_complete"));
    files.extend(read_dir(&shared_data("lists/ofac/cons_2025-12-19")));
    let parsed = parse_batch(&files);
    assert_eq!(parsed.len(), 2);
    let (sdn, cons) = (&parsed[0], &parsed[1]);
    assert_eq!((cons.list, cons.entities.len(), cons.files.len()), (ListId::UsOfacCons, 442, 4));
    assert_eq!((sdn.list, sdn.entities.len(), sdn.files.len()), (ListId::UsOfacSdn, 13_821, 4));
    assert!(cons.problems.is_empty() && sdn.problems.is_empty());
}

// ---------------------------------------------------------------------------------------------
// Fixtures (invented parties, see tests/data/README.md).
// ---------------------------------------------------------------------------------------------

fn csv_fixture() -> Vec<(String, Vec<u8>)> {
    read_dir(&fixture("lists/ofac_csv"))
}

fn parse_csv_fixture(files: &[(String, Vec<u8>)]) -> ParsedList {
    let mut parsed = parse_batch(files);
    assert_eq!(parsed.len(), 1);
    parsed.remove(0)
}

#[test]
fn ofac_csv_fixture_keeps_every_tricky_case() {
    let parsed = parse_csv_fixture(&csv_fixture());
    assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
    assert_eq!(parsed.list, ListId::UsOfacSdn);
    assert_eq!(parsed.entities.len(), 6);

    let kovalenko = &parsed.entities[0];
    assert_eq!(kovalenko.id, "us-ofac-sdn:90001");
    assert_eq!(kovalenko.kind, EntityKind::Person);
    assert_eq!(kovalenko.primary_name(), "KOVALENKO, Andrei Petrovich");
    assert_eq!(kovalenko.names[0].given.as_deref(), Some("Andrei Petrovich"));
    assert_eq!(kovalenko.names[1].full, "KOVALENKO, Andrey Petrovich");
    assert_eq!(kovalenko.names[1].kind, NameKind::Alias);
    assert_eq!(
        (kovalenko.names[2].full.as_str(), kovalenko.names[2].kind),
        ("KOVALENKO, Andrey", NameKind::Weak)
    );
    assert_kovalenko_details(kovalenko);
    assert_eq!(kovalenko.addresses.len(), 1);
    assert_eq!(kovalenko.addresses[0].city.as_deref(), Some("Moscow 125009"));

    // Remarks of exactly 1,000 characters continued in sdn_comments.csv, cut right before the
    // space in front of a crypto address.
    let northwind = &parsed.entities[1];
    assert_eq!(northwind.kind, EntityKind::Organization);
    assert_eq!(northwind.remarks.as_deref().map(str::len), Some(1000 + 180));
    assert!(northwind
        .remarks
        .as_ref()
        .unwrap()
        .contains("; Digital Currency Address - XBT 1InVeNtEd"));
    assert_eq!(
        id_triples(northwind),
        [
            (IdKind::Inn, "7701234567", Some("RU")),
            (IdKind::Ogrn, "1027700000017", Some("RU")),
            (IdKind::Swift, "NWTRRUMM", None),
            (IdKind::Lei, "2534000XXXXXXXXXXX00", Some("RU")),
            (IdKind::Crypto, "1InVeNtEdXbTaDdReSs000000000000000", None),
            (IdKind::Crypto, "0x00000000000000000000000000000000000000aa", None),
        ]
    );
    assert_eq!(northwind.identifiers[5].label, "Digital Currency Address - ETH");
    let kinds: Vec<_> = northwind.names.iter().map(|n| (n.full.as_str(), n.kind)).collect();
    assert_eq!(
        kinds,
        [
            ("NORTHWIND TRADE LLC", NameKind::Primary),
            ("NORTHWIND TRADING COMPANY", NameKind::Former),
            ("NW TRADE LLC", NameKind::Alias),
            ("OOO NORTHWIND", NameKind::Weak),
        ]
    );
    assert_eq!(northwind.links, ["KOVALENKO, Andrei Petrovich"]);
    assert_eq!(northwind.addresses.len(), 2);
    assert_eq!(northwind.addresses[0].street.as_deref(), Some("12 Naberezhnaya St., Office 4"));
    assert_eq!(northwind.addresses[0].note.as_deref(), Some("as of 2023"));
    assert_eq!(northwind.addresses[1].country.as_deref(), Some("CY"));

    let polar = &parsed.entities[2];
    assert_eq!(polar.kind, EntityKind::Vessel);
    let v = polar.vessel.as_ref().unwrap();
    assert_eq!(v.call_sign.as_deref(), Some("HPNK7"));
    assert_eq!(v.vessel_type.as_deref(), Some("Crude Oil Tanker"));
    assert_eq!(
        (v.tonnage.as_deref(), v.gross_registered_tonnage.as_deref()),
        (Some("5,000"), Some("2,999"))
    );
    assert_eq!((v.flag.as_deref(), v.owner.as_deref()), (Some("PA"), Some("Polar Star Maritime")));
    assert_eq!(v.build_year, Some(1999));
    assert_eq!(
        id_triples(polar),
        [(IdKind::Imo, "9123456", None), (IdKind::Mmsi, "352001234", None)]
    );
    assert!(polar.addresses.is_empty(), "an all -0- address row adds nothing");

    let aircraft = &parsed.entities[3];
    assert_eq!(aircraft.kind, EntityKind::Aircraft);
    assert_eq!(aircraft.vessel, None);
    assert_eq!(aircraft.identifiers[0].label, "Aircraft Tail Number");
    assert_eq!(aircraft.identifiers[1].number, "1000000001");

    let banco = &parsed.entities[4];
    assert_eq!(banco.primary_name(), "BANCO EJEMPLO, S.A.");
    assert_eq!(banco.names[0].family, None, "organisation names keep their commas");
    assert_eq!(
        (banco.remarks.as_ref(), banco.positions.len(), banco.vessel.as_ref()),
        (None, 0, None)
    );
    assert_eq!(banco.names[1].full, "BEJ");

    let oneil = &parsed.entities[5];
    assert_eq!(oneil.names[0].family.as_deref(), Some("O'NEIL"));
    assert_eq!(oneil.names[0].given.as_deref(), Some("Patrick"), "Jr. is not a given name");
    assert_eq!(dates(oneil), ["1961-03"]);
    assert_eq!(oneil.nationalities, ["IE"]);
}

#[test]
fn ofac_csv_fixture_reads_the_same_with_any_line_ends_marks_and_names() {
    type Rewrite = fn(&[u8]) -> Vec<u8>;
    let reference = parse_csv_fixture(&csv_fixture());
    // Every file with LF, with CRLF, with and without Ctrl-Z, and with a BOM: same entities.
    let variants: [Rewrite; 4] = [
        |b| String::from_utf8_lossy(b).replace("\r\n", "\n").into_bytes(),
        |b| String::from_utf8_lossy(b).replace("\r\n", "\n").replace('\n', "\r\n").into_bytes(),
        |b| b.iter().copied().filter(|&c| c != 0x1A).collect(),
        |b| [b"\xEF\xBB\xBF".as_slice(), b].concat(),
    ];
    for (i, variant) in variants.iter().enumerate() {
        let files: Vec<_> = csv_fixture().into_iter().map(|(n, b)| (n, variant(&b))).collect();
        let parsed = parse_csv_fixture(&files);
        assert!(parsed.problems.is_empty(), "variant {i}: {:?}", parsed.problems);
        assert_eq!(parsed.entities, reference.entities, "variant {i}");
    }
    // Given in another order, under other names, the set joins the same way.
    let mut shuffled: Vec<_> = csv_fixture()
        .into_iter()
        .rev()
        .enumerate()
        .map(|(i, (_, b))| (format!("part{i}"), b))
        .collect();
    shuffled.rotate_left(1);
    assert_eq!(parse_csv_fixture(&shuffled).entities, reference.entities);
    // The consolidated twins' names give consolidated ids.
    let cons: Vec<_> = csv_fixture()
        .into_iter()
        .map(|(n, b)| (format!("cons_{}", n.replace("sdn_", "")), b))
        .collect();
    let parsed = parse_csv_fixture(&cons);
    assert_eq!(parsed.list, ListId::UsOfacCons);
    assert_eq!(parsed.entities[0].id, "us-ofac-cons:90001");
    assert_eq!(parsed.entities[1].remarks, reference.entities[1].remarks);
}

fn replace_file(files: &mut [(String, Vec<u8>)], name: &str, bytes: Vec<u8>) {
    files.iter_mut().find(|(n, _)| n == name).unwrap().1 = bytes;
}

fn text_of(files: &[(String, Vec<u8>)], name: &str) -> String {
    String::from_utf8(files.iter().find(|(n, _)| n == name).unwrap().1.clone()).unwrap()
}

#[test]
fn broken_ofac_csv_rows_are_reported_with_file_record_and_field() {
    // A main row with 11 columns and an alias row for an unknown ent_num.
    let mut files = csv_fixture();
    let sdn = text_of(&files, "sdn.csv").replace(",\"Director General\",", ",");
    replace_file(&mut files, "sdn.csv", sdn.into_bytes());
    let alt = text_of(&files, "alt.csv") + "99999,299,\"aka\",\"NOBODY\",-0- \r\n";
    replace_file(&mut files, "alt.csv", alt.into_bytes());
    let parsed = parse_csv_fixture(&files);
    assert_eq!(parsed.entities.len(), 5, "only the broken row is skipped");
    let problems: Vec<String> = parsed.problems.iter().map(ToString::to_string).collect();
    assert_eq!(problems.len(), 4, "{problems:?}");
    assert!(
        problems[0].starts_with("sdn.csv, record 1, field row: 11 columns, expected 12"),
        "{problems:?}"
    );
    // The rows that pointed at the skipped entry are reported too, by their own file.
    assert!(
        problems[1].starts_with("add.csv, record 1, field ent_num: no entry 90001 in sdn.csv"),
        "{problems:?}"
    );
    assert!(
        problems[2].starts_with("alt.csv, record 1, field ent_num: no entry 90001"),
        "{problems:?}"
    );
    assert!(
        problems[3].starts_with("alt.csv, record 6, field ent_num: no entry 99999"),
        "{problems:?}"
    );
    assert!(parsed.problems.iter().all(|p| p.is_record_error()));
}

#[test]
fn a_truncated_ofac_csv_loses_only_its_cut_record() {
    let files = csv_fixture();
    let sdn = &files.iter().find(|(n, _)| n == "sdn.csv").unwrap().1;
    // Cut in the middle of NORTHWIND's quoted Remarks.
    let cut = sdn.windows(14).position(|w| w == b"Tax ID No. 770").unwrap();
    let truncated = &sdn[..cut];
    let parsed = lists::parse(truncated, "sdn.csv").unwrap();
    assert_eq!(parsed.entities.len(), 1);
    assert_eq!(parsed.problems.len(), 1);
    let problem = parsed.problems[0].to_string();
    assert!(
        problem.starts_with("sdn.csv, record 2, field row: the file ends inside a quoted field"),
        "{problem}"
    );
    // Cut between two fields of a row: the row has too few columns.
    let cut = sdn.windows(12).position(|w| w == b",\"DPRK3\",-0-").unwrap();
    let parsed = lists::parse(&sdn[..cut], "sdn.csv").unwrap();
    assert_eq!(parsed.entities.len(), 2);
    assert!(parsed.problems[0].to_string().contains("record 3, field row: 3 columns, expected 12"));
}

#[test]
fn ofac_csv_in_latin1_keeps_its_records_and_names() {
    // A spreadsheet re-save writes Latin-1: 0xDC is Ü.
    let mut sdn = b"90101,\"M\xdcLLER, J\xfcrgen\",\"individual\",\"SDGT\",".to_vec();
    sdn.extend_from_slice(b"-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"nationality Germany.\"\r\n");
    assert_eq!(lists::detect(&sdn), Some(ListFormat::OfacCsv(Part::Main)));
    let parsed = lists::parse(&sdn, "sdn.csv").unwrap();
    assert!(parsed.problems.is_empty());
    assert_eq!(parsed.entities[0].primary_name(), "MÜLLER, Jürgen");
    assert_eq!(parsed.entities[0].nationalities, ["DE"]);
}

#[test]
fn empty_or_foreign_files_and_lone_parts_are_clear_errors_naming_the_file() {
    for (name, bytes) in [("sdn.csv", &b""[..]), ("sdn.csv", b"\x1a"), ("sdn.csv", b"\r\n\r\n")] {
        let err = lists::parse(bytes, name).unwrap_err().to_string();
        assert!(err.starts_with("sdn.csv: not a sanctions list"), "{err}");
    }
    let files = csv_fixture();
    let alt = &files.iter().find(|(n, _)| n == "alt.csv").unwrap().1;
    let err = lists::parse(alt, "alt.csv").unwrap_err().to_string();
    assert!(err.starts_with("alt.csv: OFAC alias file without its sdn.csv"), "{err}");
    let err = lists::parse(alt, "cons_alt.csv").unwrap_err().to_string();
    assert!(err.starts_with("cons_alt.csv: OFAC alias file without its cons_prim.csv"), "{err}");
    // In a batch, the lone part is an error and the other lists still load.
    let un = std::fs::read(fixture("lists/un_mini.xml")).unwrap();
    let batch =
        [InputFile { name: "alt.csv", bytes: alt }, InputFile { name: "un.xml", bytes: &un }];
    let results = lists::parse_all(&batch);
    assert_eq!(results.len(), 2);
    assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 1);
}

// ---------------------------------------------------------------------------------------------
// XML fixture.
// ---------------------------------------------------------------------------------------------

fn xml_fixture() -> Vec<u8> {
    std::fs::read(fixture("lists/ofac_xml/SDN.XML")).unwrap()
}

#[test]
fn ofac_xml_fixture_keeps_every_tricky_case() {
    let bytes = xml_fixture();
    assert_eq!(lists::detect(&bytes), Some(ListFormat::OfacXml));
    let parsed = lists::parse(&bytes, "SDN.XML").unwrap();
    assert_eq!(parsed.list, ListId::UsOfacSdn);
    assert_eq!(parsed.published.as_deref(), Some("2026-03-15"));
    assert_eq!(parsed.entities.len(), 5);
    assert_eq!(parsed.problems.len(), 1);
    let problem = parsed.problems[0].to_string();
    assert!(problem.starts_with("SDN.XML, record 4, field uid: missing"), "{problem}");

    let kovalenko = &parsed.entities[0];
    assert_eq!(kovalenko.id, "us-ofac-sdn:90001");
    assert_eq!(kovalenko.primary_name(), "Andrei Petrovich KOVALENKO");
    let names: Vec<_> = kovalenko.names.iter().map(|n| (n.full.as_str(), n.kind)).collect();
    assert_eq!(
        names,
        [
            ("Andrei Petrovich KOVALENKO", NameKind::Primary),
            ("Andrey Petrovich KOVALENKO", NameKind::Alias),
            ("KOVALENKO, Andrey", NameKind::Weak),
            ("Andreas KOWALENKO", NameKind::Former),
        ]
    );
    assert_eq!(kovalenko.names[2].given.as_deref(), Some("Andrey"));
    assert_kovalenko_details(kovalenko);
    assert_eq!(
        kovalenko.remarks.as_deref(),
        Some(
            "Invented for tests & nothing else; (Linked To: NORTHWIND TRADE LLC); Secondary \
             sanctions risk: section 1(b) of Executive Order 13224"
        )
    );
    assert_eq!(kovalenko.addresses[0].postal_code.as_deref(), Some("125009"));

    let northwind = &parsed.entities[1];
    assert_eq!(
        id_triples(northwind),
        [
            (IdKind::Ogrn, "1027700000017", Some("RU")),
            (IdKind::Inn, "7701234567", Some("RU")),
            (IdKind::Swift, "NWTRRUMM", None),
            (IdKind::Crypto, "1InVeNtEdXbTaDdReSs000000000000000", None),
            (IdKind::Lei, "2534000XXXXXXXXXXX00", None),
        ]
    );
    assert_eq!(northwind.remarks.as_deref(), Some("Website www.northwind-trade.example"));
    assert_eq!(northwind.names[2].kind, NameKind::Weak, "a weak f.k.a. is weak");
    assert_eq!(northwind.addresses.len(), 2, "the empty address is dropped");
    assert_eq!(northwind.addresses[0].street.as_deref(), Some("12 Naberezhnaya St., Office 4"));
    assert_eq!(northwind.addresses[1].country.as_deref(), Some("UA"), "'Region: Crimea'");

    let polar = &parsed.entities[2];
    let v = polar.vessel.as_ref().unwrap();
    assert_eq!((v.call_sign.as_deref(), v.flag.as_deref()), (Some("HPNK7"), Some("PA")));
    assert_eq!(
        (v.tonnage.as_deref(), v.gross_registered_tonnage.as_deref()),
        (Some("5000"), Some("2999"))
    );
    assert_eq!(v.build_year, Some(1999));
    assert_eq!(
        id_triples(polar),
        [(IdKind::Imo, "9123456", None), (IdKind::Mmsi, "352001234", None)]
    );

    assert_eq!(parsed.entities[3].kind, EntityKind::Aircraft);
    let oneil = &parsed.entities[4];
    assert_eq!(oneil.primary_name(), "Patrick O'NEIL");
    assert_eq!(dates(oneil), ["1961-03"]);
}

#[test]
fn ofac_xml_reads_the_same_in_the_new_namespace_and_names_the_consolidated_list() {
    let old = xml_fixture();
    let text = String::from_utf8(old.clone()).unwrap();
    let new = text.replace(
        "http://tempuri.org/sdnList.xsd",
        "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML",
    );
    let a = lists::parse(&old, "SDN.XML").unwrap();
    let b = lists::parse(new.as_bytes(), "SDN.XML").unwrap();
    assert_eq!(a.entities, b.entities);
    // A namespace prefix instead of a default namespace, CRLF and a BOM change nothing either.
    let prefixed = format!(
        "\u{feff}{}",
        text.replace(
            "<sdnList xmlns:xsi",
            "<o:sdnList xmlns:o=\"http://tempuri.org/sdnList.xsd\" xmlns:xsi"
        )
        .replace("</sdnList>", "</o:sdnList>")
        .replace('\n', "\r\n")
    );
    assert_eq!(lists::detect(prefixed.as_bytes()), Some(ListFormat::OfacXml));
    assert_eq!(lists::parse(prefixed.as_bytes(), "SDN.XML").unwrap().entities, a.entities);

    let cons = lists::parse(&old, "CONSOLIDATED.XML").unwrap();
    assert_eq!(cons.list, ListId::UsOfacCons);
    assert_eq!(cons.entities[0].id, "us-ofac-cons:90001");
}

#[test]
fn broken_ofac_xml_files_are_clear_errors_naming_the_file() {
    let good = xml_fixture();
    let err = lists::parse(&good[..good.len() / 2], "SDN.XML").unwrap_err().to_string();
    assert!(err.starts_with("SDN.XML: "), "{err}");
    let mismatched = String::from_utf8(good.clone()).unwrap().replace("</akaList>", "</aka>");
    let err = lists::parse(mismatched.as_bytes(), "SDN.XML").unwrap_err().to_string();
    assert!(err.starts_with("SDN.XML: not well-formed XML"), "{err}");
    // Latin-1 bytes in a file that declares no encoding: still read, not a crash.
    let latin1 = String::from_utf8(good).unwrap().replace("O'NEIL", "O'N\u{c9}IL");
    let latin1: Vec<u8> = latin1.chars().map(|c| c as u32 as u8).collect();
    match lists::parse(&latin1, "SDN.XML") {
        Ok(parsed) => assert_eq!(parsed.entities.len(), 5),
        Err(e) => assert!(e.to_string().starts_with("SDN.XML: "), "{e}"),
    }
}

// ---------------------------------------------------------------------------------------------
// Every parser survives arbitrary input (STYLE.md §2.9).
// ---------------------------------------------------------------------------------------------

mod survives_arbitrary_input {
    use super::*;
    use proptest::prelude::*;

    /// Remarks made of OFAC's own labels followed by random text, so that every branch of the
    /// segment parser sees strange values.
    fn remarks() -> impl Strategy<Value = String> {
        let label = prop_oneof![
            Just("DOB "),
            Just("alt. DOB circa "),
            Just("POB "),
            Just("nationality "),
            Just("citizen "),
            Just("Gender "),
            Just("a.k.a. '"),
            Just("f.k.a. '"),
            Just("Linked To: "),
            Just("Passport "),
            Just("Tax ID No. "),
            Just("Registration Number "),
            Just("Vessel Registration Identification IMO "),
            Just("Digital Currency Address - "),
            Just("Vessel Year of Build "),
            Just(""),
        ];
        let segment = (label, "\\PC{0,24}").prop_map(|(l, v)| format!("{l}{v}"));
        prop::collection::vec(segment, 0..8).prop_map(|s| s.join("; "))
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

        #[test]
        fn remarks_never_panic_and_are_kept_whole(text in remarks()) {
            let quoted = text.replace('"', "\"\"");
            let row = format!(
                "1,\"DOE, John\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"{quoted}\"\r\n"
            );
            let parsed = lists::parse(row.as_bytes(), "sdn.csv").unwrap();
            prop_assert_eq!(parsed.entities.len(), 1);
            let kept = text.trim();
            let expected = (!kept.is_empty() && kept != "-0-").then(|| kept.to_string());
            prop_assert_eq!(parsed.entities[0].remarks.clone(), expected);
        }

        #[test]
        fn damaged_fixture_files_never_panic(
            which in 0usize..5,
            cut in any::<prop::sample::Index>(),
            at in any::<prop::sample::Index>(),
            byte in any::<u8>(),
        ) {
            let mut files = csv_fixture();
            files.push(("SDN.XML".to_string(), xml_fixture()));
            let bytes = &mut files[which].1;
            let i = at.index(bytes.len());
            bytes[i] = byte;
            let end = cut.index(bytes.len() + 1);
            bytes.truncate(end);
            let name = files[which].0.clone();
            let _ = lists::parse(&files[which].1, &name);
            let inputs: Vec<InputFile<'_>> =
                files.iter().map(|(name, bytes)| InputFile { name, bytes }).collect();
            let _ = lists::parse_all(&inputs);
        }

        #[test]
        fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
            let _ = lists::parse(&bytes, "sdn.csv");
            let mut csvish = b"1,".to_vec();
            csvish.extend_from_slice(&bytes);
            let _ = lists::parse(&csvish, "sdn.csv");
        }
    }
}

/// The invented person KOVALENKO is written into both the CSV and the XML fixture with the same
/// details; both formats must read them the same way.
fn assert_kovalenko_details(kovalenko: &Entity) {
    assert_eq!(kovalenko.programs, ["RUSSIA-EO14024", "CYBER2"]);
    assert_eq!(kovalenko.positions, ["Director General"]);
    assert_eq!(dates(kovalenko), ["1968-03-14", "circa 1966", "1960–1962"]);
    assert_eq!(kovalenko.birth_places, ["Tula, Russia"]);
    assert_eq!(
        (kovalenko.nationalities.as_slice(), kovalenko.citizenships.as_slice()),
        (&["RU".to_string()][..], &["CY".to_string()][..])
    );
    assert_eq!(kovalenko.gender.as_deref(), Some("Male"));
    assert_eq!(
        id_triples(kovalenko),
        [(IdKind::Passport, "720000123", Some("RU")), (IdKind::Inn, "771234567890", Some("RU"))]
    );
    assert_eq!(
        kovalenko.identifiers[0].note.as_deref(),
        Some("issued 04 May 2012; expires 04 May 2022")
    );
    assert_eq!(kovalenko.links, ["NORTHWIND TRADE LLC"]);
}
