//! EU Consolidated Financial Sanctions List ("FSF"), in both official formats: the XML 1.1
//! export (`xmlFullSanctionsList_1_1`) and the `;`-separated CSV (`csvFullSanctionsList_1_1`).
//!
//! **No real EU file could be tested against.** The full files are over the size the data
//! snapshot could store (see `shared/data/lists/README.md`, "Not obtained"), so everything here
//! is built from the published element, attribute and column names as they appear in genuine
//! excerpts embedded in other public projects, and the fixtures in `tests/data/lists/eu/` are
//! invented. Sources used:
//!
//! * XML: the FSF 1.1 excerpt of export `globalFileId="171703"` (2024-12-11) in
//!   `de.bentzin.reke` `XMLTest.java`, and of export `118887` (2018-12-21) quoted in the
//!   `SanctionsList\Resource\ES` PHP importer (both full `sanctionEntity` records with every
//!   attribute, `regulationSummary` and `publicationUrl` children, `countryIso2Code="00"` /
//!   `countryDescription="UNKNOWN"`); OpenSanctions `zavod/shed/fsf.py` and
//!   `datasets/eu/fsf/eu_fsf.yml` (the `identificationTypeCode` values seen in real files:
//!   `passport`, `id`, `regnumber`, `fiscalcode`, `swiftbic`, `imo`, `other`, `tradelic`,
//!   `ssn`, `birthcert`, …; `nameAlias/remark` "low quality"; `address/contactInfo`).
//! * CSV: moov-io/watchman `pkg/csl_eu` (`csl.go` column indices and `reader_eu_test.go`, which
//!   read the real file: `fileGenerationDate` `28/10/2022`, logical id 13 = `EU.27.28`), a
//!   column-for-column `EUFS_INSERT` procedure that lists every column of the 2021 file, and a
//!   C test (`tests/unit/test_sanctions_scan.c`) holding the real header and two rows of the
//!   2026-08 file.
//!
//! # XML (namespace `http://eu.europa.ec/fpi/fsd/export`; only local names are compared)
//!
//! Root `export generationDate="2024-12-11T21:24:35.826+01:00"` (the date part is
//! [`ParsedList::published`]) holding `sanctionEntity` records. Almost everything is in
//! attributes:
//!
//! | element | attributes read | goes to |
//! |---|---|---|
//! | `sanctionEntity` | `logicalId`, `euReferenceNumber`, `unitedNationId`, `designationDate`, `designationDetails` | id `eu-fsf:<logicalId>`, `listed_on`, `remarks` |
//! | `remark` (text) | — | `remarks` |
//! | `regulation` | `programme` | `programs` |
//! | `subjectType` | `code` (`person`/`enterprise`), `classificationCode` (`P`/`E`) | `kind` |
//! | `nameAlias` | `wholeName`, `firstName`, `middleName`, `lastName`, `nameLanguage`, `strong`, `gender`, `title`, `function`; child `remark` | `names`, `gender`, `positions` |
//! | `citizenship` | `countryIso2Code`, `countryDescription`, `region` | `citizenships` |
//! | `birthdate` | `birthdate`, `dayOfMonth`, `monthOfYear`, `year`, `yearRangeFrom`, `yearRangeTo`, `circa`, `city`, `place`, `region`, `zipCode`, `countryIso2Code`, `countryDescription` | `birth_dates`, `birth_places` |
//! | `address` | `street`, `poBox`, `city`, `zipCode`, `region`, `place`, `countryIso2Code`, `countryDescription`, `asAtListingTime` | `addresses` |
//! | `identification` | `identificationTypeCode`, `identificationTypeDescription`, `number`, `latinNumber`, `countryIso2Code`, `countryDescription`, `issuedBy`, `issueDate`/`issuedDate`, `validFrom`, `validTo`, `nameOnDocument`, `diplomatic`, `knownFalse`, `knownExpired`, `reportedLost`, `revokedByIssuer`; child `remark` | `identifiers` |
//!
//! # CSV
//!
//! A header row, then rows whose first columns repeat the entity (`fileGenerationDate` as
//! `DD/MM/YYYY`, `Entity_LogicalId`, `Entity_EU_ReferenceNumber`, `Entity_UnitedNationId`,
//! `Entity_DesignationDate`, `Entity_DesignationDetails`, `Entity_Remark`, `Entity_SubjectType`,
//! `Entity_SubjectType_ClassificationCode`, `Entity_Regulation_Programme`, …) and whose other
//! columns carry one sub-record each: `NameAlias_*` (`LastName`, `FirstName`, `MiddleName`,
//! `WholeName`, `NameLanguage`, `Gender`, `Title`, `Function`, `Remark`), `Address_*` (`City`,
//! `Street`, `PoBox`, `ZipCode`, `Region`, `Place`, `AsAtListingTime`, `CountryIso2Code`,
//! `CountryDescription`), `BirthDate_*` (`BirthDate`, `Day`, `Month`, `Year`, `YearRangeFrom`,
//! `YearRangeTo`, `Circa`, `ZipCode`, `Region`, `Place`, `City`, `CountryIso2Code`,
//! `CountryDescription`), `Identification_*` (`Number`, `Diplomatic`, `KnownExpired`,
//! `KnownFalse`, `ReportedLost`, `RevokedByIssuer`, `IssuedBy`, `IssuedDate`, `ValidFrom`,
//! `ValidTo`, `LatinNumber`, `NameOnDocument`, `TypeCode`, `TypeDescription`,
//! `CountryIso2Code`, `CountryDescription`, `Remark`) and `Citizenship_*` (`Region`,
//! `CountryIso2Code`, `CountryDescription`). Each group also has `_LogicalId`,
//! `_RegulationLanguage` and `_Regulation_*` columns, which are not needed.
//!
//! Columns are found by header name, never by position, so a column the EU adds or moves does
//! not break the reader (the 2021 column list and a 2026 download both have 118 columns, but
//! other projects pinned to positions have broken before). Only `Entity_LogicalId` is
//! required. No published header seen carries a `NameAlias_Strong` column (the XML's
//! `strong`); it is read when present, and otherwise every CSV alias counts as strong unless
//! its remark says "low quality". So a weak alias is only told apart in the CSV when the EU
//! adds that column or marks the alias in its remark. Note that the CSV
//! puts `P`/`E` in `Entity_SubjectType` and `person`/`enterprise` in
//! `Entity_SubjectType_ClassificationCode` (the XML has them the other way round), so both
//! spellings are accepted in both places.
//!
//! Rows are grouped by `Entity_LogicalId` (rows of one entity need not be adjacent), and every
//! sub-record group that has any value in a row becomes a sub-record; repeated sub-records are
//! dropped. That reads the documented one-sub-record-per-row layout, and also files where a row
//! combines several sub-records.
//!
//! # One model for both
//!
//! Both readers only collect the list's own values into a `RawEntity`; one function
//! (`build`) turns that into an [`Entity`]. So the same content gives the same entities
//! whichever format it came in, which `tests/lists_eu.rs` checks on two fixtures describing the
//! same parties.

use super::xml::{stream_records, Node, RecordSink};
use super::ParsedList;
use crate::countries;
use crate::error::{Error, Result};
use crate::model::{
    Address, BirthDate, Entity, EntityKind, IdKind, Identifier, ListId, Name, NameKind,
};
use std::collections::HashMap;

/// How the list is named in record-level problem reports.
const LIST: &str = "EU list";

/// True when the start of a file looks like the EU FSF XML export: its namespace, or (for a
/// namespace-less copy) an `export` root with `sanctionEntity` records.
pub fn sniff_xml(head: &str) -> bool {
    head.contains("eu.europa.ec/fpi/fsd/export")
        || (head.contains("<export") && head.contains("<sanctionEntity"))
}

/// True when the first line of a file looks like the EU FSF CSV header. A header that has the
/// EU's other columns but lost `Entity_LogicalId` is recognised too, so that it gets a precise
/// error from [`parse_csv`] rather than "not a sanctions list".
pub fn sniff_csv(head: &str) -> bool {
    let first = head.lines().next().unwrap_or("");
    first.contains(';')
        && (first.contains("Entity_LogicalId")
            || (first.contains("fileGenerationDate") && first.contains("NameAlias_WholeName")))
}

/// Parses a whole EU FSF XML 1.1 file. Malformed records are skipped and reported in
/// [`ParsedList::problems`]; a file that is not well-formed UTF-8 XML is an error.
pub fn parse_xml(bytes: &[u8], file: &str) -> Result<ParsedList> {
    utf8(bytes, file)?;
    let mut sink = XmlSink { saw_root: false, published: None, raws: Vec::new() };
    stream_records(bytes, &mut sink).map_err(|e| Error::list_file(file, e))?;
    if !sink.saw_root {
        return Err(Error::list_file(
            file,
            "not an EU financial sanctions XML export (no <export> root element)",
        ));
    }
    Ok(finish(sink.published, sink.raws, Vec::new()))
}

/// Parses a whole EU FSF CSV file (`;`-separated, header row, UTF-8 with or without a BOM).
/// Rows of one entity are joined by `Entity_LogicalId`; a row without one is reported and
/// skipped. A header without an `Entity_LogicalId` column is an error.
pub fn parse_csv(bytes: &[u8], file: &str) -> Result<ParsedList> {
    let text = utf8(bytes, file)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(Error::list_file(file, "the file is empty (expected the EU FSF CSV header)"));
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        // Rows of unequal length happen when a publisher adds a column; they are read by name.
        .flexible(true)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| Error::list_file(file, format!("cannot read the CSV header: {e}")))?
        .clone();
    let cols = Columns::new(&headers);
    if cols.index("Entity_LogicalId").is_none() {
        return Err(Error::list_file(
            file,
            "the CSV header has no Entity_LogicalId column, so its rows cannot be joined into \
             entities; use the unmodified EU file (csvFullSanctionsList_1_1)",
        ));
    }

    let mut published = None;
    let mut raws: Vec<RawEntity> = Vec::new();
    let mut by_id: HashMap<String, usize> = HashMap::new();
    let mut problems = Vec::new();
    for (i, row) in reader.records().enumerate() {
        let row = row.map_err(|e| Error::list_file(file, format!("unreadable CSV: {e}")))?;
        if row.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let get = |name: &str| cols.get(&row, name);
        if published.is_none() {
            published = get("fileGenerationDate").and_then(|d| iso_date(&d));
        }
        let Some(id) = get("Entity_LogicalId") else {
            problems.push(Error::list_record(
                LIST,
                i + 1,
                "Entity_LogicalId",
                format!("empty on data row {}", i + 1),
            ));
            continue;
        };
        let slot = *by_id.entry(id.clone()).or_insert_with(|| {
            raws.push(RawEntity { logical_id: Some(id), ..RawEntity::default() });
            raws.len() - 1
        });
        // The slot was just looked up or created, so it exists.
        let raw = &mut raws[slot];
        csv_row_into(raw, &get);
    }
    Ok(finish(published, raws, problems))
}

/// Turns the collected raw records into the parsed list, reporting those that cannot be used.
fn finish(published: Option<String>, raws: Vec<RawEntity>, mut problems: Vec<Error>) -> ParsedList {
    let mut entities = Vec::with_capacity(raws.len());
    for (i, raw) in raws.iter().enumerate() {
        match build(raw, i + 1) {
            Ok(e) => entities.push(e),
            Err(e) => problems.push(e),
        }
    }
    ParsedList { list: ListId::EuFsf, published, entities, problems, files: Vec::new() }
}

/// Checks that the file is UTF-8, as the EU publishes it. A copy re-saved by a spreadsheet in
/// Latin-1 would otherwise give silently garbled names, which then never match.
fn utf8<'a>(bytes: &'a [u8], file: &str) -> Result<&'a str> {
    std::str::from_utf8(bytes).map_err(|e| {
        Error::list_file(
            file,
            format!(
                "not UTF-8 text (invalid byte at offset {}); the EU publishes its files in \
                 UTF-8, so this copy was probably re-saved in another encoding: download it \
                 again",
                e.valid_up_to()
            ),
        )
    })
}

// ---------------------------------------------------------------------------------------------
// What both formats say, before interpretation.

/// One `sanctionEntity` (XML) or the rows of one `Entity_LogicalId` (CSV), values as written
/// (trimmed, runs of white space folded, empty values as `None`).
#[derive(Debug, Default, Clone, PartialEq)]
struct RawEntity {
    logical_id: Option<String>,
    eu_reference: Option<String>,
    un_id: Option<String>,
    designation_date: Option<String>,
    designation_details: Option<String>,
    remarks: Vec<String>,
    /// `subjectType` code and classification code, in whichever spelling.
    subject: Vec<String>,
    programmes: Vec<String>,
    names: Vec<RawName>,
    citizenships: Vec<RawCitizenship>,
    births: Vec<RawBirth>,
    addresses: Vec<RawAddress>,
    ids: Vec<RawId>,
}

#[derive(Debug, Default, Clone, PartialEq)]
struct RawName {
    whole: Option<String>,
    first: Option<String>,
    middle: Option<String>,
    last: Option<String>,
    language: Option<String>,
    strong: Option<String>,
    gender: Option<String>,
    title: Option<String>,
    function: Option<String>,
    remark: Option<String>,
}

#[derive(Debug, Default, Clone, PartialEq)]
struct RawCitizenship {
    code: Option<String>,
    description: Option<String>,
    region: Option<String>,
}

#[derive(Debug, Default, Clone, PartialEq)]
struct RawBirth {
    date: Option<String>,
    day: Option<String>,
    month: Option<String>,
    year: Option<String>,
    year_from: Option<String>,
    year_to: Option<String>,
    circa: Option<String>,
    city: Option<String>,
    place: Option<String>,
    region: Option<String>,
    zip: Option<String>,
    code: Option<String>,
    description: Option<String>,
}

#[derive(Debug, Default, Clone, PartialEq)]
struct RawAddress {
    street: Option<String>,
    po_box: Option<String>,
    city: Option<String>,
    zip: Option<String>,
    region: Option<String>,
    place: Option<String>,
    as_at_listing: Option<String>,
    code: Option<String>,
    description: Option<String>,
}

#[derive(Debug, Default, Clone, PartialEq)]
struct RawId {
    type_code: Option<String>,
    type_description: Option<String>,
    number: Option<String>,
    latin_number: Option<String>,
    code: Option<String>,
    description: Option<String>,
    issued_by: Option<String>,
    issued_date: Option<String>,
    valid_from: Option<String>,
    valid_to: Option<String>,
    name_on_document: Option<String>,
    diplomatic: Option<String>,
    known_false: Option<String>,
    known_expired: Option<String>,
    reported_lost: Option<String>,
    revoked: Option<String>,
    remark: Option<String>,
}

/// Trims, folds runs of white space (lists wrap long values) and drops empty values.
fn clean(s: &str) -> Option<String> {
    let t = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!t.is_empty()).then_some(t)
}

fn push_unique<T: PartialEq>(v: &mut Vec<T>, item: T) {
    if !v.contains(&item) {
        v.push(item);
    }
}

// ---------------------------------------------------------------------------------------------
// XML reader.

struct XmlSink {
    saw_root: bool,
    published: Option<String>,
    raws: Vec<RawEntity>,
}

impl RecordSink for XmlSink {
    fn is_record(&self, ancestors: &[String], name: &str) -> bool {
        ancestors.len() == 1 && ancestors[0] == "export" && name == "sanctionEntity"
    }

    fn on_header(&mut self, node: &Node) {
        if node.name == "export" {
            self.saw_root = true;
            // generationDate="2024-12-11T21:24:35.826+01:00": the date part, local to Brussels,
            // is the publication date.
            self.published = node.attr("generationDate").and_then(iso_date);
        }
    }

    fn on_record(&mut self, node: Node) {
        self.raws.push(xml_entity(&node));
    }
}

fn xml_entity(node: &Node) -> RawEntity {
    let a = |n: &Node, name: &str| n.attr(name).and_then(clean);
    let remark = |n: &Node| n.children_named("remark").filter_map(Node::trimmed).next();
    let mut raw = RawEntity {
        logical_id: a(node, "logicalId"),
        eu_reference: a(node, "euReferenceNumber"),
        un_id: a(node, "unitedNationId"),
        designation_date: a(node, "designationDate"),
        designation_details: a(node, "designationDetails"),
        ..RawEntity::default()
    };
    for child in &node.children {
        match child.name.as_str() {
            "remark" => raw.remarks.extend(child.trimmed()),
            "regulation" => raw.programmes.extend(a(child, "programme")),
            "subjectType" => {
                raw.subject.extend(a(child, "code"));
                raw.subject.extend(a(child, "classificationCode"));
            }
            "nameAlias" => raw.names.push(RawName {
                whole: a(child, "wholeName"),
                first: a(child, "firstName"),
                middle: a(child, "middleName"),
                last: a(child, "lastName"),
                language: a(child, "nameLanguage"),
                strong: a(child, "strong"),
                gender: a(child, "gender"),
                title: a(child, "title"),
                function: a(child, "function"),
                remark: remark(child),
            }),
            "citizenship" => raw.citizenships.push(RawCitizenship {
                code: a(child, "countryIso2Code"),
                description: a(child, "countryDescription"),
                region: a(child, "region"),
            }),
            "birthdate" => raw.births.push(RawBirth {
                date: a(child, "birthdate"),
                day: a(child, "dayOfMonth"),
                month: a(child, "monthOfYear"),
                year: a(child, "year"),
                year_from: a(child, "yearRangeFrom"),
                year_to: a(child, "yearRangeTo"),
                circa: a(child, "circa"),
                city: a(child, "city"),
                place: a(child, "place"),
                region: a(child, "region"),
                zip: a(child, "zipCode"),
                code: a(child, "countryIso2Code"),
                description: a(child, "countryDescription"),
            }),
            "address" => raw.addresses.push(RawAddress {
                street: a(child, "street"),
                po_box: a(child, "poBox"),
                city: a(child, "city"),
                zip: a(child, "zipCode"),
                region: a(child, "region"),
                place: a(child, "place"),
                as_at_listing: a(child, "asAtListingTime"),
                code: a(child, "countryIso2Code"),
                description: a(child, "countryDescription"),
            }),
            "identification" => raw.ids.push(RawId {
                type_code: a(child, "identificationTypeCode"),
                type_description: a(child, "identificationTypeDescription"),
                number: a(child, "number"),
                latin_number: a(child, "latinNumber"),
                code: a(child, "countryIso2Code"),
                description: a(child, "countryDescription"),
                issued_by: a(child, "issuedBy"),
                // The CSV column is Identification_IssuedDate; no XML excerpt seen carried the
                // attribute, and OpenSanctions reads `issueDate`: accept both spellings.
                issued_date: a(child, "issueDate").or_else(|| a(child, "issuedDate")),
                valid_from: a(child, "validFrom"),
                valid_to: a(child, "validTo"),
                name_on_document: a(child, "nameOnDocument"),
                diplomatic: a(child, "diplomatic"),
                known_false: a(child, "knownFalse"),
                known_expired: a(child, "knownExpired"),
                reported_lost: a(child, "reportedLost"),
                revoked: a(child, "revokedByIssuer"),
                remark: remark(child),
            }),
            _ => {}
        }
    }
    raw
}

// ---------------------------------------------------------------------------------------------
// CSV reader.

/// Every column the reader uses, so that their positions are looked up once per file.
const COLUMNS: &[&str] = &[
    "fileGenerationDate",
    "Entity_LogicalId",
    "Entity_EU_ReferenceNumber",
    "Entity_UnitedNationId",
    "Entity_DesignationDate",
    "Entity_DesignationDetails",
    "Entity_Remark",
    "Entity_SubjectType",
    "Entity_SubjectType_ClassificationCode",
    "Entity_Regulation_Programme",
    "NameAlias_WholeName",
    "NameAlias_FirstName",
    "NameAlias_MiddleName",
    "NameAlias_LastName",
    "NameAlias_NameLanguage",
    "NameAlias_Strong",
    "NameAlias_Gender",
    "NameAlias_Title",
    "NameAlias_Function",
    "NameAlias_Remark",
    "Citizenship_CountryIso2Code",
    "Citizenship_CountryDescription",
    "Citizenship_Region",
    "BirthDate_BirthDate",
    "BirthDate_Day",
    "BirthDate_Month",
    "BirthDate_Year",
    "BirthDate_YearRangeFrom",
    "BirthDate_YearRangeTo",
    "BirthDate_Circa",
    "BirthDate_City",
    "BirthDate_Place",
    "BirthDate_Region",
    "BirthDate_ZipCode",
    "BirthDate_CountryIso2Code",
    "BirthDate_CountryDescription",
    "Address_Street",
    "Address_PoBox",
    "Address_City",
    "Address_ZipCode",
    "Address_Region",
    "Address_Place",
    "Address_AsAtListingTime",
    "Address_CountryIso2Code",
    "Address_CountryDescription",
    "Identification_TypeCode",
    "Identification_TypeDescription",
    "Identification_Number",
    "Identification_LatinNumber",
    "Identification_CountryIso2Code",
    "Identification_CountryDescription",
    "Identification_IssuedBy",
    "Identification_IssuedDate",
    "Identification_ValidFrom",
    "Identification_ValidTo",
    "Identification_NameOnDocument",
    "Identification_Diplomatic",
    "Identification_KnownFalse",
    "Identification_KnownExpired",
    "Identification_ReportedLost",
    "Identification_RevokedByIssuer",
    "Identification_Remark",
];

/// Where each known column is in this file's header.
struct Columns {
    at: HashMap<&'static str, usize>,
}

impl Columns {
    fn new(headers: &csv::StringRecord) -> Columns {
        let mut at = HashMap::new();
        for (i, h) in headers.iter().enumerate() {
            let h = h.trim().trim_start_matches('\u{feff}');
            // Case-insensitive: a publisher's change of capitalisation is not a new column.
            if let Some(name) = COLUMNS.iter().find(|c| c.eq_ignore_ascii_case(h)) {
                at.entry(*name).or_insert(i);
            }
        }
        Columns { at }
    }

    fn index(&self, name: &str) -> Option<usize> {
        self.at.get(name).copied()
    }

    fn get(&self, row: &csv::StringRecord, name: &str) -> Option<String> {
        row.get(self.index(name)?).and_then(clean)
    }
}

fn csv_row_into(raw: &mut RawEntity, get: &dyn Fn(&str) -> Option<String>) {
    // Entity columns repeat on every row of the entity: the first value given is kept.
    let keep = |slot: &mut Option<String>, col: &str| {
        if slot.is_none() {
            *slot = get(col);
        }
    };
    keep(&mut raw.eu_reference, "Entity_EU_ReferenceNumber");
    keep(&mut raw.un_id, "Entity_UnitedNationId");
    keep(&mut raw.designation_date, "Entity_DesignationDate");
    keep(&mut raw.designation_details, "Entity_DesignationDetails");
    if let Some(r) = get("Entity_Remark") {
        push_unique(&mut raw.remarks, r);
    }
    for col in ["Entity_SubjectType", "Entity_SubjectType_ClassificationCode"] {
        if let Some(s) = get(col) {
            push_unique(&mut raw.subject, s);
        }
    }
    if let Some(p) = get("Entity_Regulation_Programme") {
        push_unique(&mut raw.programmes, p);
    }

    let name = RawName {
        whole: get("NameAlias_WholeName"),
        first: get("NameAlias_FirstName"),
        middle: get("NameAlias_MiddleName"),
        last: get("NameAlias_LastName"),
        language: get("NameAlias_NameLanguage"),
        strong: get("NameAlias_Strong"),
        gender: get("NameAlias_Gender"),
        title: get("NameAlias_Title"),
        function: get("NameAlias_Function"),
        remark: get("NameAlias_Remark"),
    };
    // `strong` and the language alone (a column default on other rows) make no name.
    let blank = RawName { strong: None, language: None, ..name.clone() } == RawName::default();
    if !blank {
        push_sub(&mut raw.names, name);
    }
    let citizenship = RawCitizenship {
        code: get("Citizenship_CountryIso2Code"),
        description: get("Citizenship_CountryDescription"),
        region: get("Citizenship_Region"),
    };
    push_sub(&mut raw.citizenships, citizenship);
    let birth = RawBirth {
        date: get("BirthDate_BirthDate"),
        day: get("BirthDate_Day"),
        month: get("BirthDate_Month"),
        year: get("BirthDate_Year"),
        year_from: get("BirthDate_YearRangeFrom"),
        year_to: get("BirthDate_YearRangeTo"),
        circa: get("BirthDate_Circa"),
        city: get("BirthDate_City"),
        place: get("BirthDate_Place"),
        region: get("BirthDate_Region"),
        zip: get("BirthDate_ZipCode"),
        code: get("BirthDate_CountryIso2Code"),
        description: get("BirthDate_CountryDescription"),
    };
    // A lone `circa=false` is the column's default, not a birth date.
    let blank = RawBirth { circa: None, ..birth.clone() } == RawBirth::default();
    if !blank {
        push_sub(&mut raw.births, birth);
    }
    let address = RawAddress {
        street: get("Address_Street"),
        po_box: get("Address_PoBox"),
        city: get("Address_City"),
        zip: get("Address_ZipCode"),
        region: get("Address_Region"),
        place: get("Address_Place"),
        as_at_listing: get("Address_AsAtListingTime"),
        code: get("Address_CountryIso2Code"),
        description: get("Address_CountryDescription"),
    };
    let blank = RawAddress { as_at_listing: None, ..address.clone() } == RawAddress::default();
    if !blank {
        push_sub(&mut raw.addresses, address);
    }
    let id = RawId {
        type_code: get("Identification_TypeCode"),
        type_description: get("Identification_TypeDescription"),
        number: get("Identification_Number"),
        latin_number: get("Identification_LatinNumber"),
        code: get("Identification_CountryIso2Code"),
        description: get("Identification_CountryDescription"),
        issued_by: get("Identification_IssuedBy"),
        issued_date: get("Identification_IssuedDate"),
        valid_from: get("Identification_ValidFrom"),
        valid_to: get("Identification_ValidTo"),
        name_on_document: get("Identification_NameOnDocument"),
        diplomatic: get("Identification_Diplomatic"),
        known_false: get("Identification_KnownFalse"),
        known_expired: get("Identification_KnownExpired"),
        reported_lost: get("Identification_ReportedLost"),
        revoked: get("Identification_RevokedByIssuer"),
        remark: get("Identification_Remark"),
    };
    // Rows of other sub-records may carry the flag columns as "false": only a number, a type
    // or a description makes an identification.
    if id.number.is_some()
        || id.latin_number.is_some()
        || id.type_code.is_some()
        || id.type_description.is_some()
    {
        push_sub(&mut raw.ids, id);
    }
}

/// Adds a sub-record read from one CSV row unless it is empty or already there (the entity
/// columns repeat on every row, and some layouts repeat sub-records too).
fn push_sub<T: PartialEq + Default>(v: &mut Vec<T>, item: T) {
    if item != T::default() {
        push_unique(v, item);
    }
}

// ---------------------------------------------------------------------------------------------
// Interpretation, shared by both formats.

/// Builds one entity from what the list says. `n` numbers the record in problem reports.
fn build(raw: &RawEntity, n: usize) -> Result<Entity> {
    let id = raw
        .logical_id
        .as_deref()
        .ok_or_else(|| Error::list_record(LIST, n, "logicalId", "missing"))?;
    let kind = raw.subject.iter().find_map(|s| subject_kind(s)).unwrap_or(EntityKind::Unknown);
    let person = kind == EntityKind::Person;
    let mut e = Entity::new(ListId::EuFsf, id, kind);
    let mut remarks: Vec<String> = Vec::new();
    for r in &raw.remarks {
        push_unique(&mut remarks, r.clone());
    }

    for alias in &raw.names {
        if let Some(name) = name(alias, e.names.is_empty()) {
            if !e.names.iter().any(|known| known.full == name.full) {
                e.names.push(name);
            }
        }
        if e.gender.is_none() {
            e.gender = alias.gender.as_deref().map(gender);
        }
        for role in [&alias.title, &alias.function].into_iter().flatten().flat_map(|t| lettered(t))
        {
            // The "function" of a company ("front company of …") says what it does, not a
            // position someone holds: it is kept with the remarks.
            if person {
                push_unique(&mut e.positions, role);
            } else {
                push_unique(&mut remarks, role);
            }
        }
    }
    if e.names.is_empty() {
        return Err(Error::list_record(
            LIST,
            n,
            "nameAlias",
            format!("no wholeName and no name parts (logicalId {id})"),
        ));
    }

    for c in &raw.citizenships {
        if let Some(code) = country(c.code.as_deref(), c.description.as_deref()) {
            push_unique(&mut e.citizenships, code);
        }
    }
    for b in &raw.births {
        if let Some(d) = birth_date(b) {
            push_unique(&mut e.birth_dates, d);
        }
        let country_name = b.description.clone().filter(|d| !is_unknown(d)).or_else(|| {
            let code = country(b.code.as_deref(), None)?;
            countries::name_for(&code).map(str::to_string)
        });
        let place = [b.place.clone(), b.city.clone(), b.region.clone(), country_name]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ");
        if !place.is_empty() {
            push_unique(&mut e.birth_places, place);
        }
    }
    for a in &raw.addresses {
        let address = address(a);
        if address != Address::default() {
            push_unique(&mut e.addresses, address);
        }
    }
    for doc in &raw.ids {
        if let Some(id) = identifier(doc) {
            push_unique(&mut e.identifiers, id);
        }
    }
    for p in &raw.programmes {
        push_unique(&mut e.programs, p.clone());
    }
    e.listed_on = raw.designation_date.as_deref().and_then(iso_date);

    // The model has no field for the list's own reference numbers; they are kept in the
    // remarks, where a reviewer can look the entry up on the EU's site or the UN list.
    if let Some(d) = &raw.designation_details {
        push_unique(&mut remarks, format!("Designation details: {d}"));
    }
    if let Some(r) = &raw.eu_reference {
        remarks.push(format!("EU reference number: {r}"));
    }
    if let Some(u) = &raw.un_id {
        remarks.push(format!("UN id: {u}"));
    }
    e.remarks = (!remarks.is_empty()).then(|| remarks.join("; "));
    Ok(e)
}

/// `person`/`P` and `enterprise`/`E`, as written in the XML's `code`/`classificationCode` or the
/// CSV's (swapped) subject type columns. The list has no code for ships or aircraft: they are
/// enterprises.
fn subject_kind(s: &str) -> Option<EntityKind> {
    match s.to_ascii_lowercase().as_str() {
        "person" | "p" => Some(EntityKind::Person),
        "enterprise" | "e" => Some(EntityKind::Organization),
        _ => None,
    }
}

/// One name of the entity. The first usable `nameAlias` is the primary name: the list writes
/// the name it designates first. `strong="false"` marks a weak alias, and so does a remark
/// saying "low quality" (the form the older records use).
fn name(raw: &RawName, first: bool) -> Option<Name> {
    let given = join(&[&raw.first, &raw.middle], " ");
    let full = raw.whole.clone().or_else(|| join(&[&raw.first, &raw.middle, &raw.last], " "))?;
    let weak = raw.strong.as_deref().is_some_and(|s| s.eq_ignore_ascii_case("false"))
        || raw.remark.as_deref().is_some_and(|r| r.to_lowercase().contains("low quality"));
    let kind = if first {
        NameKind::Primary
    } else if weak {
        NameKind::Weak
    } else {
        NameKind::Alias
    };
    Some(Name {
        original_script: mostly_non_latin(&full),
        lang: raw.language.as_deref().map(str::to_ascii_lowercase),
        given,
        family: raw.last.clone(),
        full,
        kind,
    })
}

fn join(parts: &[&Option<String>], sep: &str) -> Option<String> {
    let s = parts.iter().filter_map(|p| p.as_deref()).collect::<Vec<_>>().join(sep);
    (!s.is_empty()).then_some(s)
}

/// True when most letters of `s` are outside the Latin script (Cyrillic, Greek, Arabic, …).
/// The EU writes every name in Latin letters and adds the original script as further aliases
/// with a `nameLanguage`; the language alone does not tell the script (a `RU` name may be
/// transliterated), so the letters decide.
fn mostly_non_latin(s: &str) -> bool {
    let (mut letters, mut foreign) = (0usize, 0usize);
    for c in s.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        let latin = c.is_ascii_alphabetic()
            || ('\u{00C0}'..='\u{024F}').contains(&c)
            || ('\u{1E00}'..='\u{1EFF}').contains(&c);
        if !latin {
            foreign += 1;
        }
    }
    foreign * 2 > letters
}

fn gender(g: &str) -> String {
    match g {
        "M" | "m" => "Male".to_string(),
        "F" | "f" => "Female".to_string(),
        other => other.to_string(),
    }
}

/// Splits the list's lettered enumerations, "(a) Mullah, (b) Maulavi", into their items.
fn lettered(text: &str) -> Vec<String> {
    let t = text.trim();
    if !t.starts_with("(a)") {
        return vec![t.to_string()];
    }
    let mut items = Vec::new();
    let mut rest = &t[3..];
    for letter in 'b'..='z' {
        let marker = format!("({letter})");
        let Some(at) = rest.find(&marker) else { break };
        items.push(&rest[..at]);
        rest = &rest[at + marker.len()..];
    }
    items.push(rest);
    items
        .into_iter()
        .map(|i| i.trim().trim_end_matches([',', ';']).trim().to_string())
        .filter(|i| !i.is_empty())
        .collect()
}

/// `00` / `UNKNOWN` is how the list says it does not know the country.
fn is_unknown(s: &str) -> bool {
    s == "00" || s.eq_ignore_ascii_case("unknown")
}

/// An ISO alpha-2 code from the list's code, or else from its country name.
fn country(code: Option<&str>, description: Option<&str>) -> Option<String> {
    code.filter(|c| !is_unknown(c))
        .and_then(countries::code_for)
        .or_else(|| description.filter(|d| !is_unknown(d)).and_then(countries::code_for))
        .map(str::to_string)
}

fn birth_date(b: &RawBirth) -> Option<BirthDate> {
    let num = |s: &Option<String>| s.as_deref().and_then(|v| v.parse::<u16>().ok());
    let mut date = if let Some(d) = b.date.as_deref().and_then(iso_date) {
        BirthDate::parse_iso(&d)?
    } else if let Some(y) = num(&b.year).filter(|y| (1800..=2100).contains(y)) {
        // Only the parts that exist are kept: a month 13 or day 31 of April is dropped.
        let month = num(&b.month).filter(|m| (1..=12).contains(m)).map(|m| m as u8);
        let iso = match (month, num(&b.day)) {
            (Some(m), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
            (Some(m), None) => format!("{y:04}-{m:02}"),
            _ => format!("{y:04}"),
        };
        BirthDate::parse_iso(&iso)
            .or_else(|| month.and_then(|m| BirthDate::parse_iso(&format!("{y:04}-{m:02}"))))
            .unwrap_or(BirthDate::year(y))
    } else {
        let (from, to) = (num(&b.year_from)?, num(&b.year_to)?);
        BirthDate { year_from: from.min(to), year_to: from.max(to), ..BirthDate::year(from) }
    };
    date.approximate = truthy(&b.circa);
    Some(date)
}

fn truthy(flag: &Option<String>) -> bool {
    flag.as_deref().is_some_and(|f| {
        f.eq_ignore_ascii_case("true") || f == "1" || f.eq_ignore_ascii_case("yes")
    })
}

fn address(a: &RawAddress) -> Address {
    let po_box = a.po_box.as_deref().map(|b| {
        if b.to_ascii_lowercase().contains("box") {
            b.to_string()
        } else {
            format!("P.O. Box {b}")
        }
    });
    let note =
        [a.place.clone(), po_box, truthy(&a.as_at_listing).then(|| "as at listing time".into())]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join("; ");
    Address {
        street: a.street.clone(),
        city: a.city.clone(),
        region: a.region.clone(),
        postal_code: a.zip.clone(),
        country: country(a.code.as_deref(), a.description.as_deref()),
        country_name: a.description.clone().filter(|d| !is_unknown(d)),
        note: (!note.is_empty()).then_some(note),
    }
}

fn identifier(d: &RawId) -> Option<Identifier> {
    let number = d.number.clone().or_else(|| d.latin_number.clone())?;
    let country = country(d.code.as_deref(), d.description.as_deref());
    let label = d
        .type_description
        .clone()
        .or_else(|| d.type_code.clone())
        .unwrap_or_else(|| "Identification".to_string());
    let kind = id_kind(d.type_code.as_deref().unwrap_or(""), &label, &number, country.as_deref());
    let flags = [
        (&d.diplomatic, "diplomatic"),
        (&d.known_false, "known to be false"),
        (&d.known_expired, "known to be expired"),
        (&d.reported_lost, "reported lost"),
        (&d.revoked, "revoked by issuer"),
    ];
    let note = [
        d.latin_number.clone().filter(|l| *l != number).map(|l| format!("in Latin letters {l}")),
        d.issued_by.clone().map(|b| format!("issued by {b}")),
        d.issued_date.clone().map(|t| format!("issued {t}")),
        d.valid_from.clone().map(|t| format!("valid from {t}")),
        d.valid_to.clone().map(|t| format!("valid to {t}")),
        d.name_on_document.clone().map(|n| format!("name on document: {n}")),
    ]
    .into_iter()
    .flatten()
    .chain(flags.iter().filter(|(f, _)| truthy(f)).map(|(_, text)| text.to_string()))
    .chain(d.remark.clone())
    .collect::<Vec<_>>()
    .join("; ");
    Some(Identifier { kind, label, number, country, note: (!note.is_empty()).then_some(note) })
}

/// Decides what an identification is from the list's type code, its description, the number's
/// shape and the issuing country.
///
/// Russian registration and tax numbers have fixed lengths (ОГРН 13 digits, ОГРНИП 15; ИНН 10
/// for companies, 12 for people), so a Russian `regnumber` or tax number of that length is
/// recognised as such. Kazakhstan's BIN (companies) and IIN (people) are both 12 digits, so
/// only the list's description can tell them apart.
fn id_kind(code: &str, label: &str, number: &str, country: Option<&str>) -> IdKind {
    let code = code.to_ascii_lowercase();
    let words: Vec<String> = label
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_uppercase)
        .collect();
    let says = |w: &str| words.iter().any(|x| x == w);
    let lower = label.to_lowercase();
    let compact: String = number.chars().filter(|c| !c.is_whitespace()).collect();
    let digits = compact.bytes().all(|b| b.is_ascii_digit()).then_some(compact.len());
    match code.as_str() {
        "passport" => return IdKind::Passport,
        "swiftbic" => return IdKind::Swift,
        "imo" => return IdKind::Imo,
        _ => {}
    }
    if country == Some("KZ") && digits == Some(12) {
        if says("BIN") || says("БИН") {
            return IdKind::Bin;
        }
        if says("IIN") || says("ИИН") {
            return IdKind::Iin;
        }
    }
    let russian = country == Some("RU");
    if says("OGRN")
        || says("ОГРН")
        || (russian && code == "regnumber" && matches!(digits, Some(13 | 15)))
    {
        return IdKind::Ogrn;
    }
    let tax = matches!(code.as_str(), "fiscalcode" | "tin" | "taxid" | "tax")
        || lower.contains("tax")
        || says("TIN")
        || says("INN")
        || says("ИНН");
    if tax {
        return if says("INN") || says("ИНН") || (russian && matches!(digits, Some(10 | 12))) {
            IdKind::Inn
        } else {
            IdKind::TaxId
        };
    }
    if code == "regnumber" || lower.contains("registration number") {
        return IdKind::Registration;
    }
    if says("LEI") || lower.contains("legal entity identifier") {
        return IdKind::Lei;
    }
    if code == "id" {
        return IdKind::NationalId;
    }
    IdKind::Other
}

/// `YYYY-MM-DD` from the list's dates: ISO (`2024-12-11`, `2024-12-11T21:24:35.826+01:00`) or
/// the CSV's `DD/MM/YYYY` (`28/10/2022`). Anything else gives `None`.
fn iso_date(s: &str) -> Option<String> {
    let s = s.trim();
    let iso = if let Some((d, rest)) = s.split_once('/') {
        let (m, y) = rest.split_once('/')?;
        // A time may follow the year ("28/10/2022 10:00").
        let y = y.split_whitespace().next()?;
        format!("{y:0>4}-{:0>2}-{:0>2}", m.trim(), d.trim())
    } else {
        s.get(..10)?.to_string()
    };
    let d = BirthDate::parse_iso(&iso)?;
    d.day.is_some().then_some(iso)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_read_in_iso_and_day_first_form() {
        assert_eq!(iso_date("2024-12-11T21:24:35.826+01:00").as_deref(), Some("2024-12-11"));
        assert_eq!(iso_date("28/10/2022").as_deref(), Some("2022-10-28"));
        assert_eq!(iso_date("5/8/2026").as_deref(), Some("2026-08-05"));
        assert_eq!(iso_date("28/10/2022 10:00").as_deref(), Some("2022-10-28"));
        assert_eq!(iso_date("2022-13-01"), None);
        assert_eq!(iso_date("31/02/2022"), None);
        assert_eq!(iso_date("soon"), None);
    }

    #[test]
    fn id_kinds_follow_code_label_number_and_country() {
        let k = |code, label, number, country| id_kind(code, label, number, country);
        assert_eq!(k("passport", "National passport", "AD001095", None), IdKind::Passport);
        assert_eq!(k("id", "National identification card", "123", None), IdKind::NationalId);
        assert_eq!(
            k("regnumber", "Registration Number", "1027700123456", Some("RU")),
            IdKind::Ogrn
        );
        assert_eq!(
            k("regnumber", "Registration Number", "102770012345", Some("RU")),
            IdKind::Registration
        );
        assert_eq!(
            k("regnumber", "Registration Number", "HRB 123", Some("DE")),
            IdKind::Registration
        );
        assert_eq!(k("tin", "Tax identification number", "7701234567", Some("RU")), IdKind::Inn);
        assert_eq!(k("fiscalcode", "Fiscal code", "770123456789", Some("RU")), IdKind::Inn);
        assert_eq!(k("fiscalcode", "Fiscal code", "DE123", Some("DE")), IdKind::TaxId);
        assert_eq!(
            k("other", "Business Identification Number (BIN)", "180540012345", Some("KZ")),
            IdKind::Bin
        );
        assert_eq!(k("other", "IIN", "850101300123", Some("KZ")), IdKind::Iin);
        assert_eq!(
            k("regnumber", "Registration Number", "180540012345", Some("KZ")),
            IdKind::Registration
        );
        assert_eq!(k("swiftbic", "SWIFT BIC", "NLIHRUMM", None), IdKind::Swift);
        assert_eq!(k("imo", "IMO number", "9876543", None), IdKind::Imo);
        assert_eq!(k("other", "Driving licence", "X1", None), IdKind::Other);
    }

    #[test]
    fn script_is_told_by_the_letters() {
        assert!(mostly_non_latin("Вадим Аркадьевич Зеленцов"));
        assert!(mostly_non_latin("ТОО «Алтын Дала Трейд»"));
        assert!(!mostly_non_latin("İslami Büyük Doğu Akıncılar Cephesi"));
        assert!(!mostly_non_latin("Vadim ZELENTSOV (Вадим)"));
        assert!(!mostly_non_latin("12345"));
    }

    #[test]
    fn lettered_enumerations_are_split() {
        assert_eq!(lettered("(a) Mullah, (b) Maulavi"), ["Mullah", "Maulavi"]);
        assert_eq!(lettered("Deputy Minister"), ["Deputy Minister"]);
        assert_eq!(lettered("(a) one; (b) two; (c) three"), ["one", "two", "three"]);
    }

    #[test]
    fn birth_dates_at_every_precision() {
        let b = |f: fn(&mut RawBirth)| {
            let mut raw = RawBirth::default();
            f(&mut raw);
            birth_date(&raw)
        };
        let exact = b(|r| r.date = Some("1937-04-28".into())).unwrap();
        assert_eq!(exact.to_string(), "1937-04-28");
        let parts = b(|r| {
            r.year = Some("1937".into());
            r.month = Some("4".into());
            r.day = Some("28".into());
        });
        assert_eq!(parts, Some(exact));
        let circa = b(|r| {
            r.year = Some("1966".into());
            r.circa = Some("true".into());
        });
        assert_eq!(circa.unwrap().to_string(), "circa 1966");
        let range = b(|r| {
            r.year_from = Some("1960".into());
            r.year_to = Some("1958".into());
        });
        assert_eq!(range.unwrap().to_string(), "1958–1960");
        let bad_day = b(|r| {
            r.year = Some("1970".into());
            r.month = Some("2".into());
            r.day = Some("30".into());
        });
        assert_eq!(bad_day.unwrap().to_string(), "1970-02");
        assert_eq!(b(|r| r.circa = Some("false".into())), None);
    }

    #[test]
    fn sniffers_recognise_both_formats_only() {
        assert!(sniff_xml(r#"<export xmlns="http://eu.europa.ec/fpi/fsd/export">"#));
        assert!(!sniff_xml("<CONSOLIDATED_LIST>"));
        assert!(sniff_csv("fileGenerationDate;Entity_LogicalId;Entity_EU_ReferenceNumber\n1;2;3"));
        assert!(!sniff_csv("Entity_LogicalId,Name\n"));
        assert!(!sniff_csv("a;b\nEntity_LogicalId;x"));
    }
}
