//! UN Security Council Consolidated List, XML (`consolidated.xml`).
//!
//! Schema (no namespace): `CONSOLIDATED_LIST dateGenerated=…` holds `INDIVIDUALS/INDIVIDUAL`
//! and `ENTITIES/ENTITY`. Individuals split their name over FIRST_NAME … FOURTH_NAME (joined in
//! order); entities keep the whole name in FIRST_NAME. Aliases carry a QUALITY of `Good`,
//! `Low`, `a.k.a.`, `f.k.a.` or nothing. Dates of birth come as an exact DATE, a YEAR, or a
//! FROM_YEAR/TO_YEAR range, with TYPE_OF_DATE saying EXACT, APPROXIMATELY or BETWEEN.

use super::xml::{stream_records, Node, RecordSink};
use super::ParsedList;
use crate::countries;
use crate::error::{Error, Result};
use crate::model::NameKind;
use crate::model::{Address, BirthDate, Entity, EntityKind, IdKind, Identifier, ListId, Name};

/// True when the start of a file looks like the UN consolidated list.
pub fn sniff(head: &str) -> bool {
    head.contains("<CONSOLIDATED_LIST")
}

/// Parses a whole UN consolidated.xml file. Malformed records are skipped and reported in
/// [`ParsedList::problems`]; a file that is not well-formed XML is an error.
pub fn parse(bytes: &[u8], file: &str) -> Result<ParsedList> {
    let mut sink = UnSink { published: None, entities: Vec::new(), problems: Vec::new(), n: 0 };
    stream_records(bytes, &mut sink).map_err(|e| Error::list_file(file, e))?;
    if sink.published.is_none() && sink.n == 0 {
        return Err(Error::list_file(file, "not a UN consolidated list (no CONSOLIDATED_LIST)"));
    }
    Ok(ParsedList {
        list: ListId::UnSc,
        published: sink.published,
        entities: sink.entities,
        problems: sink.problems,
        files: Vec::new(),
    })
}

struct UnSink {
    published: Option<String>,
    entities: Vec<Entity>,
    problems: Vec<Error>,
    /// Records seen, for error messages (1-based).
    n: usize,
}

impl RecordSink for UnSink {
    fn is_record(&self, ancestors: &[String], name: &str) -> bool {
        ancestors.len() == 2 && (name == "INDIVIDUAL" || name == "ENTITY")
    }

    fn on_header(&mut self, node: &Node) {
        if node.name == "CONSOLIDATED_LIST" {
            // dateGenerated="2026-02-27T00:00:09.554Z": the date part is the publication date.
            self.published =
                node.attr("dateGenerated").map(|d| d.chars().take(10).collect::<String>());
        }
    }

    fn on_record(&mut self, node: Node) {
        self.n += 1;
        match record(&node, self.n) {
            Ok(entity) => self.entities.push(entity),
            Err(e) => self.problems.push(e),
        }
    }
}

fn record(node: &Node, n: usize) -> Result<Entity> {
    let person = node.name == "INDIVIDUAL";
    let kind = if person { EntityKind::Person } else { EntityKind::Organization };
    let reference = node
        .text_of("REFERENCE_NUMBER")
        .ok_or_else(|| Error::list_record("UN list", n, "REFERENCE_NUMBER", "missing"))?;
    let mut e = Entity::new(ListId::UnSc, &reference, kind);

    let primary = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"]
        .iter()
        .filter_map(|f| node.text_of(f))
        .collect::<Vec<_>>()
        .join(" ");
    if primary.is_empty() {
        return Err(Error::list_record("UN list", n, "FIRST_NAME", "no name"));
    }
    e.names.push(Name::new(primary, NameKind::Primary));
    if let Some(original) = node.text_of("NAME_ORIGINAL_SCRIPT") {
        e.names.push(Name { original_script: true, ..Name::new(original, NameKind::Alias) });
    }
    let alias_tag = if person { "INDIVIDUAL_ALIAS" } else { "ENTITY_ALIAS" };
    for alias in node.children_named(alias_tag) {
        let Some(text) = alias.text_of("ALIAS_NAME") else { continue };
        let kind = match alias.text_of("QUALITY").as_deref() {
            Some("Low") => NameKind::Weak,
            Some("f.k.a.") => NameKind::Former,
            _ => NameKind::Alias,
        };
        e.names.push(Name::new(text, kind));
        // Some aliases carry the birth date used with that identity.
        if let Some(d) = alias.text_of("DATE_OF_BIRTH").and_then(|d| BirthDate::parse_iso(&d)) {
            push_unique(&mut e.birth_dates, d);
        }
    }

    for dob in node.children_named("INDIVIDUAL_DATE_OF_BIRTH") {
        if let Some(d) = birth_date(dob) {
            push_unique(&mut e.birth_dates, d);
        }
    }
    for pob in node.children_named("INDIVIDUAL_PLACE_OF_BIRTH") {
        let place = ["CITY", "STATE_PROVINCE", "COUNTRY"]
            .iter()
            .filter_map(|f| pob.text_of(f))
            .collect::<Vec<_>>()
            .join(", ");
        if !place.is_empty() {
            e.birth_places.push(place);
        }
    }
    for nat in node.children_named("NATIONALITY") {
        for value in nat.children_named("VALUE").filter_map(Node::trimmed) {
            if let Some(code) = countries::code_for(&value) {
                push_unique(&mut e.nationalities, code.to_string());
            }
        }
    }
    let address_tag = if person { "INDIVIDUAL_ADDRESS" } else { "ENTITY_ADDRESS" };
    for a in node.children_named(address_tag) {
        let country_name = a.text_of("COUNTRY");
        let address = Address {
            street: a.text_of("STREET"),
            city: a.text_of("CITY"),
            region: a.text_of("STATE_PROVINCE"),
            postal_code: a.text_of("ZIP_CODE"),
            country: country_name.as_deref().and_then(countries::code_for).map(str::to_string),
            country_name,
            note: a.text_of("NOTE"),
        };
        if address != Address::default() {
            e.addresses.push(address);
        }
    }
    for doc in node.children_named("INDIVIDUAL_DOCUMENT") {
        if let Some(id) = document(doc) {
            e.identifiers.push(id);
        }
    }
    e.programs.extend(node.text_of("UN_LIST_TYPE"));
    for field in ["TITLE", "DESIGNATION"] {
        for group in node.children_named(field) {
            e.positions.extend(group.children_named("VALUE").filter_map(Node::trimmed));
        }
    }
    e.gender = node.text_of("GENDER");
    e.listed_on = node.text_of("LISTED_ON");
    e.remarks = node.text_of("COMMENTS1");
    Ok(e)
}

fn birth_date(node: &Node) -> Option<BirthDate> {
    let approximate = node.text_of("TYPE_OF_DATE").as_deref() == Some("APPROXIMATELY");
    let year = |f: &str| node.text_of(f).and_then(|y| y.parse::<u16>().ok());
    let mut date = if let Some(d) = node.text_of("DATE").and_then(|d| BirthDate::parse_iso(&d)) {
        d
    } else if let Some(y) = year("YEAR") {
        BirthDate::year(y)
    } else {
        let (from, to) = (year("FROM_YEAR")?, year("TO_YEAR")?);
        BirthDate { year_from: from.min(to), year_to: from.max(to), ..BirthDate::year(from) }
    };
    date.approximate = approximate;
    Some(date)
}

fn document(node: &Node) -> Option<Identifier> {
    let number = node.text_of("NUMBER")?;
    let label = [node.text_of("TYPE_OF_DOCUMENT"), node.text_of("TYPE_OF_DOCUMENT2")]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" / ");
    let kind = match node.text_of("TYPE_OF_DOCUMENT").as_deref() {
        Some(t) if t.to_ascii_lowercase().contains("passport") => IdKind::Passport,
        Some(t) if t.to_ascii_lowercase().contains("national identification") => IdKind::NationalId,
        _ => IdKind::Other,
    };
    let country = node
        .text_of("ISSUING_COUNTRY")
        .or_else(|| node.text_of("COUNTRY_OF_ISSUE"))
        .and_then(|c| countries::code_for(&c))
        .map(str::to_string);
    let note = [
        node.text_of("DATE_OF_ISSUE").map(|d| format!("issued {d}")),
        node.text_of("CITY_OF_ISSUE").map(|c| format!("in {c}")),
        node.text_of("NOTE"),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join("; ");
    Some(Identifier { kind, label, number, country, note: (!note.is_empty()).then_some(note) })
}

fn push_unique<T: PartialEq>(v: &mut Vec<T>, item: T) {
    if !v.contains(&item) {
        v.push(item);
    }
}
