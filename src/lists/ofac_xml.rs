//! OFAC XML: `SDN.XML` and `CONSOLIDATED.XML` (same schema).
//!
//! Root `sdnList` (namespace `http://tempuri.org/sdnList.xsd` until 2023/24, then
//! `https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML`; only local
//! names are compared, so both read the same) → `publshInformation` (sic) with `Publish_Date`
//! (`MM/DD/YYYY`) and `Record_Count`, then one `sdnEntry` per party: uid, firstName, lastName,
//! title, sdnType (`Individual`/`Entity`/`Vessel`/`Aircraft`), remarks,
//! programList/program, akaList/aka (type `a.k.a.`/`f.k.a.`/`n.k.a.`, category
//! `strong`/`weak`, firstName, lastName), idList/id (idType, idNumber, idCountry, issueDate,
//! expirationDate), nationalityList/nationality/country, citizenshipList/citizenship/country,
//! dateOfBirthList/dateOfBirthItem/dateOfBirth, placeOfBirthList/placeOfBirthItem/placeOfBirth,
//! addressList/address (address1–3, city, stateOrProvince, postalCode, country),
//! vesselInfo (callSign, vesselType, vesselFlag, vesselOwner, tonnage,
//! grossRegisteredTonnage).
//!
//! # Mapping
//!
//! * Names: people get `full` = `firstName lastName` (given names first, as the model asks
//!   where a list separates them) with `given`/`family` set; other parties `lastName`.
//!   Aliases of category `weak` are Weak; otherwise `f.k.a.` is Former and the rest Alias.
//! * Ids and dates go through the same functions as the CSV Remarks
//!   (`remarks::apply_id`, `remarks::date`), so an SDN entry reads the same
//!   from either format. `idList` also carries facts that are not identifiers (`Gender`,
//!   `Secondary sanctions risk:`, `Website`, `Email Address`, `Organization Established
//!   Date`, …): `Gender` fills `gender`, `Vessel Year of Build` the build year, and the others
//!   are appended to `remarks` as `label value`, the way the CSV writes them, so nothing the
//!   list says is lost.
//! * `remarks` is read like the CSV Remarks too: it is where the XML keeps `(Linked To: …)`.
//!
//! # SDN or consolidated
//!
//! Both files have the same root, namespace and fields, and their content cannot tell them
//! apart (the consolidated list carries SDGT and RUSSIA-EO14024 entries, the SDN list NS-PLC
//! ones; `Record_Count` is just a number). So the file name decides, as the documented
//! exception to detection by content: a name containing `cons` (`CONSOLIDATED.XML`,
//! `consolidated.xml`, `cons.xml`) gives ids `us-ofac-cons:<uid>`, any other
//! `us-ofac-sdn:<uid>`.

use super::remarks::{self, apply_id, apply_remarks, person_name, push_unique};
use super::xml::{stream_records, Node, RecordSink};
use super::ParsedList;
use crate::error::{Error, Result};
use crate::model::{Address, Entity, EntityKind, ListId, Name, NameKind, Vessel};

/// True when the start of a file looks like OFAC's XML (root `sdnList`, with or without a
/// namespace prefix).
pub fn sniff(head: &str) -> bool {
    head.contains("<sdnList") || head.contains(":sdnList")
}

/// Parses a whole SDN.XML / CONSOLIDATED.XML. `file` names the file in messages and decides
/// between the SDN and the consolidated list (see the module doc).
pub fn parse(bytes: &[u8], file: &str) -> Result<ParsedList> {
    let list = if file.to_ascii_lowercase().contains("cons") {
        ListId::UsOfacCons
    } else {
        ListId::UsOfacSdn
    };
    let mut sink = Sink {
        list,
        file: file.to_string(),
        root: false,
        published: None,
        entities: Vec::new(),
        problems: Vec::new(),
        n: 0,
    };
    stream_records(bytes, &mut sink).map_err(|e| Error::list_file(file, e))?;
    if !sink.root {
        return Err(Error::list_file(file, "not an OFAC XML list (no sdnList element)"));
    }
    Ok(ParsedList {
        list,
        published: sink.published,
        entities: sink.entities,
        problems: sink.problems,
        files: Vec::new(),
    })
}

struct Sink {
    list: ListId,
    file: String,
    root: bool,
    published: Option<String>,
    entities: Vec<Entity>,
    problems: Vec<Error>,
    /// Records seen, for messages (1-based).
    n: usize,
}

impl RecordSink for Sink {
    fn is_record(&self, ancestors: &[String], name: &str) -> bool {
        ancestors.len() == 1 && name == "sdnEntry"
    }

    fn on_header(&mut self, node: &Node) {
        if node.name == "sdnList" {
            self.root = true;
        }
    }

    fn on_header_end(&mut self, node: &Node) {
        if node.name == "Publish_Date" {
            self.published = node.trimmed().as_deref().and_then(us_date);
        }
    }

    fn on_record(&mut self, node: Node) {
        self.n += 1;
        match entry(&node, self.list, &self.file, self.n) {
            Ok(e) => self.entities.push(e),
            Err(e) => self.problems.push(e),
        }
    }
}

/// `01/08/2026` (US order) → `2026-01-08`; `None` for anything that is not a real date.
fn us_date(s: &str) -> Option<String> {
    let mut parts = s.split('/');
    let (m, d, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || m.len() > 2 || d.len() > 2 {
        return None;
    }
    let iso = format!("{y}-{:0>2}-{:0>2}", m, d);
    crate::model::BirthDate::parse_iso(&iso).filter(|b| b.day.is_some()).map(|_| iso)
}

fn entry(node: &Node, list: ListId, file: &str, n: usize) -> Result<Entity> {
    let uid = node.text_of("uid").ok_or_else(|| Error::list_record(file, n, "uid", "missing"))?;
    let kind = match node.text_of("sdnType").as_deref() {
        Some("Individual") => EntityKind::Person,
        Some("Entity") => EntityKind::Organization,
        Some("Vessel") => EntityKind::Vessel,
        Some("Aircraft") => EntityKind::Aircraft,
        // A new type is still a listed party: keep it rather than miss it.
        _ => EntityKind::Unknown,
    };
    let person = kind == EntityKind::Person;
    let mut e = Entity::new(list, &uid, kind);
    let primary = name(node, NameKind::Primary, person)
        .ok_or_else(|| Error::list_record(file, n, "lastName", "no name"))?;
    e.names.push(primary);
    for aka in node.children_named("akaList").flat_map(|l| l.children_named("aka")) {
        let weak = aka.text_of("category").is_some_and(|c| c.eq_ignore_ascii_case("weak"));
        let kind = match aka.text_of("type").as_deref() {
            _ if weak => NameKind::Weak,
            Some("f.k.a.") => NameKind::Former,
            _ => NameKind::Alias,
        };
        e.names.extend(name(aka, kind, person));
    }
    e.positions.extend(node.text_of("title"));
    for list in node.children_named("programList") {
        e.programs.extend(list.children_named("program").filter_map(Node::trimmed));
    }
    let mut extra = Vec::new();
    for id in node.children_named("idList").flat_map(|l| l.children_named("id")) {
        let (Some(label), Some(number)) = (id.text_of("idType"), id.text_of("idNumber")) else {
            continue;
        };
        let note = remarks::id_note(id.text_of("issueDate"), id.text_of("expirationDate"));
        let country = id.text_of("idCountry");
        if !apply_id(&mut e, &label, &number, country.as_deref(), note) {
            other_fact(&mut e, &label, &number, &mut extra);
        }
    }
    for item in node.children_named("dateOfBirthList").flat_map(|l| l.children.iter()) {
        if let Some(d) = item.text_of("dateOfBirth").as_deref().and_then(remarks::date) {
            push_unique(&mut e.birth_dates, d);
        }
    }
    for item in node.children_named("placeOfBirthList").flat_map(|l| l.children.iter()) {
        if let Some(place) = item.text_of("placeOfBirth") {
            push_unique(&mut e.birth_places, place);
        }
    }
    for (list, into) in
        [("nationalityList", &mut e.nationalities), ("citizenshipList", &mut e.citizenships)]
    {
        for item in node.children_named(list).flat_map(|l| l.children.iter()) {
            if let Some(code) = item.text_of("country").as_deref().and_then(remarks::country) {
                push_unique(into, code.to_string());
            }
        }
    }
    for a in node.children_named("addressList").flat_map(|l| l.children_named("address")) {
        let street = ["address1", "address2", "address3"]
            .iter()
            .filter_map(|f| a.text_of(f))
            .collect::<Vec<_>>()
            .join(", ");
        let country_name = a.text_of("country");
        let address = Address {
            street: (!street.is_empty()).then_some(street),
            city: a.text_of("city"),
            region: a.text_of("stateOrProvince"),
            postal_code: a.text_of("postalCode"),
            country: country_name.as_deref().and_then(remarks::country).map(str::to_string),
            country_name,
            note: None,
        };
        if address != Address::default() {
            push_unique(&mut e.addresses, address);
        }
    }
    if let Some(v) = node.child("vesselInfo") {
        let flag_name = v.text_of("vesselFlag");
        let vessel = e.vessel.get_or_insert_with(Vessel::default);
        vessel.call_sign = v.text_of("callSign");
        vessel.vessel_type = v.text_of("vesselType");
        vessel.flag = flag_name.as_deref().and_then(remarks::country).map(str::to_string);
        vessel.flag_name = flag_name;
        vessel.tonnage = v.text_of("tonnage");
        vessel.gross_registered_tonnage = v.text_of("grossRegisteredTonnage");
        vessel.owner = v.text_of("vesselOwner");
    } else if kind == EntityKind::Vessel {
        e.vessel.get_or_insert_with(Vessel::default);
    }
    if let Some(text) = node.text_of("remarks") {
        apply_remarks(&mut e, &text);
    }
    if !extra.is_empty() {
        let extra = extra.join("; ");
        e.remarks = Some(match e.remarks.take() {
            Some(r) => format!("{r}; {extra}"),
            None => extra,
        });
    }
    Ok(e)
}

/// An `idList` entry that is not an identifier: a few fill model fields, the rest is kept as
/// remarks text (`Website www.example.com`).
fn other_fact(e: &mut Entity, label: &str, value: &str, extra: &mut Vec<String>) {
    let label = label.trim();
    match label.trim_end_matches(':') {
        "Gender" => e.gender = Some(value.to_string()),
        "Vessel Year of Build" if value.parse::<u16>().is_ok() => {
            e.vessel.get_or_insert_with(Vessel::default).build_year = value.parse().ok();
        }
        // As the CSV writes it: "Secondary sanctions risk: section 1(b) …".
        _ => extra.push(format!("{label} {value}")),
    }
}

/// A name from `firstName` / `lastName` (see the module doc).
fn name(node: &Node, kind: NameKind, person: bool) -> Option<Name> {
    let last = node.text_of("lastName");
    let first = node.text_of("firstName");
    let full = [first.as_deref(), last.as_deref()].into_iter().flatten().collect::<Vec<_>>();
    if full.is_empty() {
        return None;
    }
    if person && first.is_none() {
        // Weak aliases of people come as one `SURNAME, Given` in lastName, as in the CSV.
        return last.map(|l| person_name(&l, kind, true));
    }
    let mut n = Name::new(full.join(" "), kind);
    if person {
        n.given = first;
        n.family = last;
    }
    Some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn publish_dates_are_read_in_us_order() {
        assert_eq!(us_date("01/08/2026").as_deref(), Some("2026-01-08"));
        assert_eq!(us_date("1/8/2026").as_deref(), Some("2026-01-08"));
        assert_eq!(us_date("13/08/2026"), None);
        assert_eq!(us_date("2026-01-08"), None);
    }

    #[test]
    fn both_namespaces_and_a_prefix_are_recognised() {
        assert!(sniff(r#"<sdnList xmlns="http://tempuri.org/sdnList.xsd">"#));
        assert!(sniff(r#"<o:sdnList xmlns:o="https://sanctionslistservice.ofac.treas.gov/">"#));
        assert!(!sniff("<CONSOLIDATED_LIST>"));
    }
}
