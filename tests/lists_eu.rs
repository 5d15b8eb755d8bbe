//! The EU Consolidated Financial Sanctions List parsers (FSF XML 1.1 and CSV) on the
//! hand-written fixtures `tests/data/lists/eu/fsf_mini.{xml,csv}`, which describe the same
//! invented parties in both formats: field-by-field checks, XML ≡ CSV, broken input, and a
//! large synthetic file. No official EU file was available (see `src/lists/eu.rs`).
// Reads files: native only (the wasm32 suite is tests/wasm.rs).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::fixture;
use sanctions_checker::lists::{self, eu, ListFormat, ParsedList};
use sanctions_checker::model::{BirthDate, Entity, EntityKind, IdKind, ListId, NameKind};

fn xml_bytes() -> Vec<u8> {
    std::fs::read(fixture("lists/eu/fsf_mini.xml")).unwrap()
}

fn csv_bytes() -> Vec<u8> {
    std::fs::read(fixture("lists/eu/fsf_mini.csv")).unwrap()
}

fn find<'a>(parsed: &'a ParsedList, id: &str) -> &'a Entity {
    parsed.entities.iter().find(|e| e.id == id).unwrap_or_else(|| panic!("{id} missing"))
}

fn kinds(e: &Entity) -> Vec<(NameKind, &str)> {
    e.names.iter().map(|n| (n.kind, n.full.as_str())).collect()
}

/// Rewrites a `;` CSV through a function over its rows (header included), quoting as needed.
fn rewrite_csv(bytes: &[u8], f: impl Fn(Vec<String>) -> Vec<String>) -> Vec<u8> {
    let mut reader =
        csv::ReaderBuilder::new().delimiter(b';').has_headers(false).from_reader(bytes);
    let mut writer = csv::WriterBuilder::new().delimiter(b';').from_writer(Vec::new());
    for row in reader.records() {
        let row: Vec<String> = row.unwrap().iter().map(str::to_string).collect();
        writer.write_record(f(row)).unwrap();
    }
    writer.into_inner().unwrap()
}

fn column(bytes: &[u8], name: &str) -> usize {
    let header = std::str::from_utf8(bytes).unwrap().lines().next().unwrap().to_string();
    header.split(';').position(|h| h == name).unwrap()
}

#[test]
fn eu_xml_fixture_is_detected_and_read_field_by_field() {
    let bytes = xml_bytes();
    assert_eq!(lists::detect(&bytes), Some(ListFormat::EuXml));
    let parsed = lists::parse(&bytes, "fsf_mini.xml").unwrap();
    assert_eq!(parsed.list, ListId::EuFsf);
    assert_eq!(parsed.published.as_deref(), Some("2026-01-20"));
    assert_eq!(parsed.files[0].name, "fsf_mini.xml");
    let ids: Vec<_> = parsed.entities.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["eu-fsf:900101", "eu-fsf:900102", "eu-fsf:900103", "eu-fsf:900104"]);
    assert_eq!(parsed.problems.len(), 1, "{:?}", parsed.problems);
    let problem = parsed.problems[0].to_string();
    assert!(parsed.problems[0].is_record_error());
    assert!(
        problem.contains("record 5") && problem.contains("nameAlias") && problem.contains("900105"),
        "{problem}"
    );

    // A Russian person: Latin primary name with name parts, Cyrillic alias, two birth dates.
    let p = find(&parsed, "eu-fsf:900101");
    assert_eq!(p.kind, EntityKind::Person);
    assert_eq!(
        kinds(p),
        [
            (NameKind::Primary, "Vadim Arkadyevich ZELENTSOV"),
            (NameKind::Alias, "Вадим Аркадьевич Зеленцов"),
            (NameKind::Alias, "Vadim Zelentsov"),
        ]
    );
    let primary = &p.names[0];
    assert!(!primary.original_script);
    assert_eq!(primary.lang, None);
    assert_eq!(primary.given.as_deref(), Some("Vadim Arkadyevich"));
    assert_eq!(primary.family.as_deref(), Some("ZELENTSOV"));
    let cyrillic = &p.names[1];
    assert!(cyrillic.original_script);
    assert_eq!(cyrillic.lang.as_deref(), Some("ru"));
    assert_eq!(cyrillic.family.as_deref(), Some("Зеленцов"));
    assert!(!p.names[2].original_script);
    assert_eq!(p.names[2].lang.as_deref(), Some("en"));
    let circa_1966 = BirthDate { approximate: true, ..BirthDate::year(1966) };
    assert_eq!(p.birth_dates, [BirthDate::parse_iso("1968-03-14").unwrap(), circa_1966]);
    assert_eq!(p.birth_places, ["Leningrad, RUSSIAN FEDERATION"], "UNKNOWN places are dropped");
    assert_eq!(p.citizenships, ["RU"], "country 00 (unknown) is dropped");
    assert!(p.nationalities.is_empty());
    assert_eq!(p.gender.as_deref(), Some("Male"));
    assert_eq!(p.positions, ["Deputy Director General of Example Trading JSC"], "deduplicated");
    assert_eq!(p.programs, ["UKR"]);
    assert_eq!(p.listed_on.as_deref(), Some("2022-03-15"));
    assert_eq!(
        p.remarks.as_deref(),
        Some(
            "Deputy head of a trading company supplying the armed forces. Invented for tests.; \
             EU reference number: EU.9001.01"
        )
    );
    assert_eq!(p.identifiers.len(), 2);
    let passport = &p.identifiers[0];
    assert_eq!(passport.kind, IdKind::Passport);
    assert_eq!(passport.number, "750123456");
    assert_eq!(passport.label, "National passport");
    assert_eq!(passport.country.as_deref(), Some("RU"));
    assert_eq!(
        passport.note.as_deref(),
        Some("issued by Ministry of Internal Affairs; (passport)")
    );
    assert_eq!(p.identifiers[1].kind, IdKind::Inn, "Russian 12-digit tax number");
    assert_eq!(p.identifiers[1].label, "Tax identification number");
    let home = &p.addresses[0];
    assert_eq!(home.street.as_deref(), Some("Tverskaya Street 1, apt. 5"));
    assert_eq!(
        (home.city.as_deref(), home.postal_code.as_deref()),
        (Some("Moscow"), Some("125009"))
    );
    assert_eq!(home.country.as_deref(), Some("RU"));
    assert_eq!(home.country_name.as_deref(), Some("RUSSIAN FEDERATION"));
    assert_eq!(home.note, None, "asAtListingTime=false adds nothing");

    // A Kazakh company: BIN, Almaty address, Cyrillic alias with a legal form and « ».
    let kz = find(&parsed, "eu-fsf:900102");
    assert_eq!(kz.kind, EntityKind::Organization);
    assert_eq!(
        kinds(kz),
        [(NameKind::Primary, "ALTYN DALA TRADE LLP"), (NameKind::Alias, "ТОО «Алтын Дала Трейд»")]
    );
    assert!(kz.names[1].original_script);
    assert_eq!(kz.identifiers[0].kind, IdKind::Bin);
    assert_eq!(kz.identifiers[0].number, "180540012345");
    assert_eq!(kz.identifiers[0].country.as_deref(), Some("KZ"));
    assert_eq!(kz.addresses.len(), 1);
    let almaty = &kz.addresses[0];
    assert_eq!(almaty.street.as_deref(), Some("Abay Avenue 150, office 12"));
    assert_eq!(almaty.city.as_deref(), Some("Almaty"));
    assert_eq!(almaty.postal_code.as_deref(), Some("050000"), "leading zero kept");
    assert_eq!(almaty.country.as_deref(), Some("KZ"));
    assert_eq!(kz.programs, ["RUS"]);
    assert!(kz.birth_dates.is_empty() && kz.positions.is_empty() && kz.gender.is_none());

    // An enterprise with weak aliases (strong="false", and a "low quality" remark), two
    // regulations, Russian registration numbers, a SWIFT code and a P.O. box.
    let nl = find(&parsed, "eu-fsf:900103");
    assert_eq!(
        kinds(nl),
        [
            (NameKind::Primary, "NORTHERN LIGHT INDUSTRIAL HOLDING JSC"),
            (NameKind::Alias, "Severny Svet Holding"),
            (NameKind::Weak, "NLIH"),
            (NameKind::Weak, "Northern Light"),
        ]
    );
    let id_kinds: Vec<_> = nl.identifiers.iter().map(|i| (i.kind, i.number.as_str())).collect();
    assert_eq!(
        id_kinds,
        [(IdKind::Ogrn, "1027700123456"), (IdKind::Inn, "7701234567"), (IdKind::Swift, "NLIHRUMM")]
    );
    assert_eq!(nl.identifiers[2].country, None, "country 00 is unknown");
    assert_eq!(nl.programs, ["RUS", "UKR"]);
    assert_eq!(nl.listed_on, None, "no designationDate; a regulation date may be an amendment");
    assert_eq!(nl.addresses[0].note.as_deref(), Some("P.O. Box 1024; as at listing time"));
    assert!(nl.positions.is_empty(), "a company's function is not a position");
    assert_eq!(
        nl.remarks.as_deref(),
        Some(
            "Invented for tests.; Manufacturer of dual-use electronic components; \
             EU reference number: EU.9001.03"
        )
    );

    // A ship: no subject type of its own, so an organization; IMO number; UN id kept.
    let ship = find(&parsed, "eu-fsf:900104");
    assert_eq!(ship.kind, EntityKind::Organization);
    assert_eq!(ship.vessel, None);
    assert_eq!(ship.identifiers[0].kind, IdKind::Imo);
    assert_eq!(ship.identifiers[0].number, "9876543");
    assert_eq!(ship.identifiers[0].label, "IMO number");
    assert_eq!(ship.programs, ["PRK"]);
    assert!(ship
        .remarks
        .as_deref()
        .unwrap()
        .ends_with("EU reference number: EU.9001.04; UN id: KPe.901"));
}

#[test]
fn eu_csv_fixture_gives_the_same_entities_as_the_xml() {
    let bytes = csv_bytes();
    assert_eq!(lists::detect(&bytes), Some(ListFormat::EuCsv));
    let from_csv = lists::parse(&bytes, "fsf_mini.csv").unwrap();
    let from_xml = lists::parse(&xml_bytes(), "fsf_mini.xml").unwrap();
    assert_eq!(from_csv.list, ListId::EuFsf);
    assert_eq!(from_csv.published, from_xml.published);
    assert_eq!(from_csv.entities.len(), 4);
    for (c, x) in from_csv.entities.iter().zip(&from_xml.entities) {
        assert_eq!(c, x, "{} differs between CSV and XML", x.id);
    }
    assert_eq!(from_csv.entities, from_xml.entities);
    let problems = |p: &ParsedList| p.problems.iter().map(|e| e.to_string()).collect::<Vec<_>>();
    assert_eq!(problems(&from_csv), problems(&from_xml));
}

#[test]
fn eu_csv_columns_are_read_by_name_not_position() {
    let good = csv_bytes();
    // Reverse the column order and add a column the parser does not know, at the front.
    let shuffled = rewrite_csv(&good, |mut row| {
        let first = row[0] == "fileGenerationDate";
        row.reverse();
        row.insert(0, if first { "Entity_NewColumn2027".into() } else { "x;y".into() });
        row
    });
    let a = eu::parse_csv(&good, "a.csv").unwrap();
    let b = lists::parse(&shuffled, "b.csv").unwrap();
    assert_eq!(a.entities, b.entities);
    assert_eq!(a.published, b.published);
}

#[test]
fn eu_csv_without_a_strong_column_keeps_only_low_quality_remarks_weak() {
    // The published CSV headers seen have no NameAlias_Strong; the fixture adds it at the end.
    let good = csv_bytes();
    let strong = column(&good, "NameAlias_Strong");
    let without = rewrite_csv(&good, |mut row| {
        row.remove(strong);
        row
    });
    let parsed = lists::parse(&without, "no_strong.csv").unwrap();
    let nl = find(&parsed, "eu-fsf:900103");
    assert_eq!(
        kinds(nl)[2..],
        [(NameKind::Alias, "NLIH"), (NameKind::Weak, "Northern Light")],
        "without the column only the remark can mark a weak alias"
    );
}

#[test]
fn eu_csv_repeated_interleaved_and_combined_rows_give_the_same_entities() {
    let good = csv_bytes();
    let text = String::from_utf8(good.clone()).unwrap();
    let mut lines: Vec<&str> = text.lines().collect();
    let header = lines.remove(0);
    // Every row twice, the second copy after all others: rows of one entity are not adjacent.
    let doubled = format!("{header}\n{}\n{}\n", lines.join("\n"), lines.join("\n"));
    let a = lists::parse(&good, "a.csv").unwrap();
    let b = lists::parse(doubled.as_bytes(), "b.csv").unwrap();
    assert_eq!(a.entities, b.entities);

    // A layout that puts several sub-records on one row, repeating them across rows.
    let combined = "fileGenerationDate;Entity_LogicalId;Entity_SubjectType;\
        Entity_SubjectType_ClassificationCode;Entity_Regulation_Programme;NameAlias_WholeName;\
        NameAlias_NameLanguage;BirthDate_BirthDate;Citizenship_CountryIso2Code\n\
        01/02/2026;7;P;person;IRQ;Ahmed Example;;1970-01-02;IQ\n\
        01/02/2026;7;P;person;IRQ;Ahmed Example;;1971-05-06;IQ\n\
        01/02/2026;7;P;person;IRQ;أحمد;AR;1970-01-02;IQ\n";
    let parsed = lists::parse(combined.as_bytes(), "combined.csv").unwrap();
    assert_eq!(parsed.published.as_deref(), Some("2026-02-01"));
    let e = &parsed.entities[0];
    assert_eq!(e.id, "eu-fsf:7");
    assert_eq!(kinds(e), [(NameKind::Primary, "Ahmed Example"), (NameKind::Alias, "أحمد")]);
    assert!(e.names[1].original_script);
    assert_eq!(e.birth_dates.len(), 2);
    assert_eq!(e.citizenships, ["IQ"]);
    assert_eq!(e.programs, ["IRQ"]);
}

#[test]
fn eu_csv_row_without_a_logical_id_is_reported_and_skipped() {
    let text = "fileGenerationDate;Entity_LogicalId;Entity_SubjectType;NameAlias_WholeName\n\
                01/02/2026;1;E;First Company\n\
                01/02/2026;;E;Orphan Row\n\
                01/02/2026;2;E;Second Company\n";
    let parsed = lists::parse(text.as_bytes(), "gap.csv").unwrap();
    assert_eq!(parsed.entities.len(), 2);
    assert_eq!(parsed.entities[1].primary_name(), "Second Company");
    assert_eq!(parsed.problems.len(), 1);
    let problem = parsed.problems[0].to_string();
    assert!(problem.contains("Entity_LogicalId") && problem.contains("row 2"), "{problem}");
}

#[test]
fn eu_xml_record_without_a_logical_id_is_reported_and_skipped() {
    let xml = r#"<export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2026-02-01">
        <sanctionEntity euReferenceNumber="EU.1.1"><nameAlias wholeName="No Id"/></sanctionEntity>
        <sanctionEntity logicalId="2"><subjectType code="vessel"/><nameAlias wholeName="Kept"/>
        </sanctionEntity></export>"#;
    let parsed = lists::parse(xml.as_bytes(), "noid.xml").unwrap();
    assert_eq!(parsed.published.as_deref(), Some("2026-02-01"));
    assert_eq!(parsed.entities.len(), 1);
    assert_eq!(parsed.entities[0].kind, EntityKind::Unknown, "an unknown subject type");
    let problem = parsed.problems[0].to_string();
    assert!(problem.contains("record 1") && problem.contains("logicalId"), "{problem}");
}

#[test]
fn eu_xml_with_a_namespace_prefix_reads_the_same() {
    let text = String::from_utf8(xml_bytes()).unwrap();
    let prefixed = text
        .replace("<export xmlns=", "<fsd:export xmlns:fsd=")
        .replace("</export>", "</fsd:export>")
        .replace("<sanctionEntity ", "<fsd:sanctionEntity ")
        .replace("</sanctionEntity>", "</fsd:sanctionEntity>")
        .replace("<nameAlias ", "<fsd:nameAlias ")
        .replace("</nameAlias>", "</fsd:nameAlias>");
    assert_eq!(lists::detect(prefixed.as_bytes()), Some(ListFormat::EuXml));
    let a = lists::parse(text.as_bytes(), "a.xml").unwrap();
    let b = lists::parse(prefixed.as_bytes(), "b.xml").unwrap();
    assert_eq!(a.entities, b.entities);
}

#[test]
fn broken_eu_files_are_one_line_errors_naming_the_file() {
    let one_line = |e: sanctions_checker::Error| {
        let s = e.to_string();
        assert!(!s.contains('\n'), "{s}");
        s
    };

    let xml = xml_bytes();
    let err = one_line(lists::parse(&xml[..xml.len() / 2], "half.xml").unwrap_err());
    assert!(err.starts_with("half.xml: "), "{err}");
    let mismatched =
        String::from_utf8(xml.clone()).unwrap().replacen("</sanctionEntity>", "</address>", 1);
    let err = one_line(lists::parse(mismatched.as_bytes(), "bad.xml").unwrap_err());
    assert!(err.starts_with("bad.xml: not well-formed XML"), "{err}");

    let csv = csv_bytes();
    let id_col = column(&csv, "Entity_LogicalId");
    let no_id = rewrite_csv(&csv, |mut row| {
        row.remove(id_col);
        row
    });
    assert_eq!(lists::detect(&no_id), Some(ListFormat::EuCsv), "still recognised as EU");
    let err = one_line(lists::parse(&no_id, "no_id.csv").unwrap_err());
    assert!(err.starts_with("no_id.csv: the CSV header has no Entity_LogicalId column"), "{err}");

    // Latin-1 bytes (é = 0xE9), as a spreadsheet re-save would leave them.
    let mut latin1_csv =
        b"fileGenerationDate;Entity_LogicalId;NameAlias_WholeName\n01/02/2026;1;Soci".to_vec();
    latin1_csv.extend_from_slice(b"\xe9t\xe9 G\xe9n\xe9rale\n");
    let first_bad = latin1_csv.iter().position(|&b| b == 0xE9).unwrap();
    let err = one_line(lists::parse(&latin1_csv, "latin1.csv").unwrap_err());
    let expected = format!("latin1.csv: not UTF-8 text (invalid byte at offset {first_bad})");
    assert!(err.starts_with(&expected), "{err}");
    // "Léningrad" with a Latin-1 é in an otherwise UTF-8 XML file.
    let mut latin1_xml = xml;
    let at = latin1_xml.windows(9).position(|w| w == b"Leningrad").unwrap();
    latin1_xml[at + 1] = 0xE9;
    let err = one_line(lists::parse(&latin1_xml, "latin1.xml").unwrap_err());
    assert!(err.starts_with("latin1.xml: not UTF-8 text"), "{err}");

    let err = one_line(lists::parse(b"", "empty.csv").unwrap_err());
    assert!(err.starts_with("empty.csv: not a sanctions list"), "{err}");
    let err = one_line(eu::parse_csv(b"\xef\xbb\xbf\r\n", "bom_only.csv").unwrap_err());
    assert!(err.starts_with("bom_only.csv: the file is empty"), "{err}");
    let err = one_line(eu::parse_xml(b"<CONSOLIDATED_LIST/>", "un.xml").unwrap_err());
    assert!(err.starts_with("un.xml: not an EU financial sanctions XML export"), "{err}");

    // A header with no rows is a valid, empty list.
    let header_only = String::from_utf8(csv_bytes()).unwrap().lines().next().unwrap().to_string();
    let parsed = lists::parse(header_only.as_bytes(), "header.csv").unwrap();
    assert!(parsed.entities.is_empty() && parsed.problems.is_empty());
}

#[test]
fn eu_fixtures_parse_the_same_with_crlf_and_a_bom() {
    for (name, good) in [("x.xml", xml_bytes()), ("x.csv", csv_bytes())] {
        let text = String::from_utf8(good.clone()).unwrap();
        let variant = format!("\u{feff}{}", text.replace('\n', "\r\n"));
        let a = lists::parse(&good, name).unwrap();
        let b = lists::parse(variant.as_bytes(), name).unwrap();
        assert_eq!(a.entities, b.entities, "{name}");
        assert_eq!(a.published, b.published, "{name}");
        assert_eq!(a.problems.len(), b.problems.len(), "{name}");
    }
}

/// 20,000 entities of each format, built from a template: the parsers stream records and join
/// CSV rows through a hash map, so this stays linear (the count is asserted, not the time).
#[test]
fn large_synthetic_eu_files_parse_completely() {
    const N: usize = 20_000;
    let mut xml = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2026-01-20T10:00:00+01:00">"#,
    );
    let mut csv = String::from(
        "fileGenerationDate;Entity_LogicalId;Entity_SubjectType;Entity_Regulation_Programme;\
         NameAlias_WholeName;NameAlias_NameLanguage;BirthDate_BirthDate;Identification_Number;\
         Identification_TypeCode\n",
    );
    for i in 0..N {
        xml.push_str(&format!(
            r#"<sanctionEntity logicalId="{i}"><regulation programme="RUS"/><subjectType code="person" classificationCode="P"/><nameAlias wholeName="Person Number {i}" strong="true"/><nameAlias wholeName="Персона {i}" nameLanguage="RU" strong="true"/><birthdate birthdate="1970-01-02" year="1970"/><identification number="P{i}" identificationTypeCode="passport"/></sanctionEntity>"#
        ));
        csv.push_str(&format!(
            "20/01/2026;{i};P;RUS;Person Number {i};;;;\n\
             20/01/2026;{i};P;RUS;Персона {i};RU;;;\n\
             20/01/2026;{i};P;RUS;;;1970-01-02;;\n\
             20/01/2026;{i};P;RUS;;;;P{i};passport\n"
        ));
    }
    xml.push_str("</export>");
    let from_xml = lists::parse(xml.as_bytes(), "big.xml").unwrap();
    let from_csv = lists::parse(csv.as_bytes(), "big.csv").unwrap();
    assert_eq!(from_xml.entities.len(), N);
    assert_eq!(from_csv.entities.len(), N);
    assert!(from_xml.problems.is_empty() && from_csv.problems.is_empty());
    let last = &from_xml.entities[N - 1];
    assert_eq!(last.id, format!("eu-fsf:{}", N - 1));
    assert_eq!(last.names.len(), 2);
    assert_eq!(last.identifiers[0].kind, IdKind::Passport);
    assert_eq!(from_xml.entities, from_csv.entities);
}
