//! The US trade.gov Consolidated Screening List (CSL), CSV (`consolidated.csv`).
//!
//! One header row of 29 columns (`_id`, `source`, `entity_number`, `type`, `programs`, `name`,
//! `title`, `addresses`, …, `alt_names`, `citizenships`, `dates_of_birth`, `nationalities`,
//! `places_of_birth`, …, `ids`), read by name: the 2022 file quotes only where needed, the 2023
//! layout quotes every field, and neither order nor quoting is relied on.
//!
//! * Id `us-csl:<entity_number>`, or `us-csl:<_id>` for lists without entity numbers (the BIS
//!   and State lists). A party on several source lists has one row per list with the same id
//!   (71 ids, 112 extra rows in 2022-04, e.g. a bank on the SDN, SSI and CAPTA lists): those
//!   rows are **merged** into one entity whose programmes name every source list.
//! * `programs` holds the source list's name (the part of `source` before ` - `, e.g.
//!   `Entity List (EL)`) followed by the `; `-separated programme codes.
//! * Individuals' names are written OFAC-style, `SURNAME, Given`; they are turned round to
//!   `Given SURNAME` with `given`/`family` set. `name` sometimes ends in `; and any successor,
//!   sub-unit, or subsidiary thereof`, which is cut off.
//! * `ids` items are `; `-separated, each a comma-separated label, number and country. The 2022
//!   file writes `country, number, label` and the 2023 layout `label, number, country`: the
//!   order is decided per file by which end holds known labels. `Gender` items set the gender;
//!   descriptive items (websites, directive notes, dates) are not identifiers and are dropped.
//! * `addresses` are `; `-separated (`; and` in the Entity List), each ending in an ISO country
//!   code.
//! * `published` is the newest `start_date`.

use std::collections::HashMap;

use super::sheet::{self, clean, push_unique, Columns, Rows};
use super::ParsedList;
use crate::countries;
use crate::error::{Error, Result};
use crate::model::{
    Address, Entity, EntityKind, IdKind, Identifier, ListId, Name, NameKind, Vessel,
};

const LIST: &str = "US CSL";

/// The CSL's source lists that OFAC itself publishes (SDN and the non-SDN consolidated lists),
/// by the short name this parser puts first in `programs`.
const OFAC_SOURCES: &[&str] = &[
    "Specially Designated Nationals (SDN)",
    "Sectoral Sanctions Identifications List (SSI)",
    "Palestinian Legislative Council List (PLC)",
    "Non-SDN Chinese Military-Industrial Complex Companies List (CMIC)",
    "Capta List (CAP)",
    "Non-SDN Menu-Based Sanctions List (NS-MBS List)",
    "Foreign Sanctions Evaders (FSE)",
];

/// The other source lists of the CSL (Commerce and State), as they appear in `programs`.
const OTHER_SOURCES: &[&str] = &[
    "Entity List (EL)",
    "ITAR Debarred (DTC)",
    "Denied Persons List (DPL)",
    "Unverified List (UVL)",
    "Nonproliferation Sanctions (ISN)",
    "Military End User (MEU) List",
];

/// True when a CSL entity comes only from lists OFAC publishes itself, so that a dataset with
/// OFAC's own files already has it (see `IndexBuilder`). An entity also on a Commerce or State
/// list, or on a source this table does not know, is never called redundant.
pub fn only_on_ofac_lists(entity: &Entity) -> bool {
    let mut any_ofac = false;
    for p in &entity.programs {
        if OFAC_SOURCES.contains(&p.as_str()) {
            any_ofac = true;
        } else if OTHER_SOURCES.contains(&p.as_str()) {
            return false;
        }
    }
    any_ofac
}

/// True when the first line is the CSL header (quoted or not).
pub fn sniff(head: &str) -> bool {
    let first = head.lines().next().unwrap_or("");
    ["_id", "source", "entity_number", "alt_names"].iter().all(|h| first.contains(h))
}

/// Parses a CSL CSV file.
pub fn parse(bytes: &[u8], file: &str) -> Result<ParsedList> {
    let text = sheet::decode_text(bytes).map_err(|e| Error::list_file(file, e))?;
    let rows = sheet::read_csv(&text).map_err(|e| Error::list_file(file, e))?;
    parse_rows(&rows, file)
}

fn parse_rows(rows: &Rows, file: &str) -> Result<ParsedList> {
    let header = rows.first().ok_or_else(|| Error::list_file(file, "empty file"))?;
    let cols = Columns::new(header);
    if !(cols.has("source") && cols.has("name") && (cols.has("_id") || cols.has("entity_number"))) {
        return Err(Error::list_file(
            file,
            "not a Consolidated Screening List (no source, name and _id columns)",
        ));
    }
    let label_first = ids_label_first(rows, &cols);
    let mut entities: Vec<Entity> = Vec::new();
    let mut by_id: HashMap<String, usize> = HashMap::new();
    let mut problems = Vec::new();
    let mut published: Option<String> = None;
    for (i, row) in rows.iter().enumerate().skip(1) {
        if row.iter().all(|c| c.text().is_none()) {
            continue;
        }
        let get = |name: &str| cols.get(row, name);
        let Some(own_id) = get("entity_number").or_else(|| get("_id")) else {
            problems.push(Error::list_record(LIST, i + 1, "_id", "missing"));
            continue;
        };
        let Some(name) = get("name") else {
            problems.push(Error::list_record(LIST, i + 1, "name", "missing"));
            continue;
        };
        let kind = match get("type").map(|t| t.to_lowercase()).as_deref() {
            Some("individual") => EntityKind::Person,
            Some("entity") => EntityKind::Organization,
            Some("vessel") => EntityKind::Vessel,
            Some("aircraft") => EntityKind::Aircraft,
            _ => EntityKind::Unknown,
        };
        let mut e = Entity::new(ListId::UsCsl, &own_id, kind);
        e.names.push(person_name(&cut_successors(&name), kind, NameKind::Primary));
        for alt in get("alt_names").map(|a| multi(&a)).unwrap_or_default() {
            let alt = person_name(&alt, kind, NameKind::Alias);
            if !e.names.iter().any(|n| n.full == alt.full) {
                e.names.push(alt);
            }
        }
        if let Some(source) = get("source") {
            e.programs.push(source.split(" - ").next().unwrap_or(&source).trim().to_string());
        }
        for p in get("programs").map(|p| multi(&p)).unwrap_or_default() {
            push_unique(&mut e.programs, p);
        }
        e.positions.extend(get("title"));
        for a in get("addresses").map(|a| multi(&a)).unwrap_or_default() {
            push_unique(&mut e.addresses, address(&a));
        }
        for field in ["citizenships", "nationalities"] {
            for c in get(field).map(|c| multi(&c)).unwrap_or_default() {
                if let Some(code) = countries::code_for(&c) {
                    let target = if field == "citizenships" {
                        &mut e.citizenships
                    } else {
                        &mut e.nationalities
                    };
                    push_unique(target, code.to_string());
                }
            }
        }
        for d in get("dates_of_birth").map(|d| sheet::dates_in(&d)).unwrap_or_default() {
            push_unique(&mut e.birth_dates, d);
        }
        e.birth_places = get("places_of_birth").map(|p| multi(&p)).unwrap_or_default();
        for item in get("ids").map(|i| multi(&i)).unwrap_or_default() {
            id_item(&mut e, &item, label_first);
        }
        let vessel = Vessel {
            call_sign: get("call_sign"),
            vessel_type: get("vessel_type"),
            flag: get("vessel_flag").and_then(|f| countries::code_for(&f)).map(str::to_string),
            flag_name: get("vessel_flag"),
            tonnage: get("gross_tonnage"),
            gross_registered_tonnage: get("gross_registered_tonnage"),
            owner: get("vessel_owner"),
            build_year: None,
        };
        if vessel != Vessel::default() || kind == EntityKind::Vessel {
            e.vessel = Some(vessel);
        }
        e.remarks = get("remarks");
        if let Some(r) = &e.remarks {
            e.links.extend(linked_to(r));
        }
        e.listed_on = get("start_date").and_then(|d| sheet::dmy_to_iso(&d));
        if let Some(d) = &e.listed_on {
            if published.as_ref().is_none_or(|p| d > p) {
                published = Some(d.clone());
            }
        }
        match by_id.get(&e.id) {
            Some(&k) => merge(&mut entities[k], e),
            None => {
                by_id.insert(e.id.clone(), entities.len());
                entities.push(e);
            }
        }
    }
    Ok(ParsedList { list: ListId::UsCsl, published, entities, problems, files: Vec::new() })
}

/// `; `-separated values, with the Entity List's `and` before the last one removed.
fn multi(s: &str) -> Vec<String> {
    s.split(';')
        .filter_map(clean)
        .map(|v| v.strip_prefix("and ").map(str::to_string).unwrap_or(v))
        .filter(|v| !v.is_empty())
        .collect()
}

fn cut_successors(name: &str) -> String {
    match name.to_lowercase().find("; and any successor") {
        Some(i) => name[..i].trim().to_string(),
        None => name.to_string(),
    }
}

/// A name, turned round from `SURNAME, Given` for individuals.
fn person_name(s: &str, kind: EntityKind, name_kind: NameKind) -> Name {
    if kind == EntityKind::Person {
        if let [family, given] = s.split(", ").collect::<Vec<_>>()[..] {
            let (family, given) = (family.trim(), given.trim());
            if !family.is_empty() && !given.is_empty() {
                return Name {
                    given: Some(given.to_string()),
                    family: Some(family.to_string()),
                    ..Name::new(format!("{given} {family}"), name_kind)
                };
            }
        }
    }
    Name::new(s.trim(), name_kind)
}

fn address(s: &str) -> Address {
    let parts: Vec<&str> = s.split(',').map(str::trim).filter(|p| !p.is_empty()).collect();
    match parts.split_last() {
        Some((last, rest)) if countries::code_for(last).is_some() => Address {
            street: clean(&rest.join(", ")),
            country: countries::code_for(last).map(str::to_string),
            country_name: Some(last.to_string()),
            ..Address::default()
        },
        _ => Address { street: clean(s), ..Address::default() },
    }
}

/// `(Linked To: X)` parts of OFAC-style remarks.
fn linked_to(remarks: &str) -> Vec<String> {
    remarks
        .match_indices("Linked To:")
        .filter_map(|(i, m)| {
            let rest = &remarks[i + m.len()..];
            let end = rest.find(')').unwrap_or(rest.len());
            clean(&rest[..end])
        })
        .collect()
}

/// Identifier kinds by the CSL's own labels (lower case). Labels not listed here are kept as
/// [`IdKind::Other`] when their value looks like a number, and dropped when they describe
/// rather than identify (websites, directive notes, dates).
fn id_kind(label: &str) -> Option<IdKind> {
    let l = label.to_lowercase();
    let l = l.trim();
    let kind = match l {
        _ if l.contains("passport") => IdKind::Passport,
        "national id no."
        | "cedula no."
        | "c.u.r.p."
        | "identification number"
        | "d.n.i."
        | "personal id card"
        | "national foreign id number"
        | "citizen's card number" => IdKind::NationalId,
        "tax id no." | "r.f.c." | "nit #" | "ruc #" | "v.a.t. number" | "c.u.i.t." | "rif #" => {
            IdKind::TaxId
        }
        "registration number"
        | "registration id"
        | "company number"
        | "commercial registry number"
        | "folio mercantil no."
        | "matricula mercantil no"
        | "business registration number"
        | "public registration number"
        | "business number"
        | "government gazette number"
        | "chinese commercial code"
        | "trade license no."
        | "certificate of incorporation number" => IdKind::Registration,
        "swift/bic" => IdKind::Swift,
        "legal entity number" => IdKind::Lei,
        "mmsi" => IdKind::Mmsi,
        "vessel registration identification" => IdKind::Imo,
        _ if l.starts_with("digital currency address") => IdKind::Crypto,
        _ => return None,
    };
    Some(kind)
}

/// Labels that describe rather than identify.
fn is_descriptive(label: &str) -> bool {
    let l = label.to_lowercase();
    l.ends_with(':')
        || l.ends_with('-')
        || ["website", "email", "date", "type", "model", "operator", "phone", "ticker", "flag"]
            .iter()
            .any(|w| l.contains(w))
        || l == "issuer name"
        || l == "gender"
}

/// Decides whether this file writes `label, number, country` (2023) or `country, number,
/// label` (2022) by counting which end of the items holds a label this parser knows.
fn ids_label_first(rows: &Rows, cols: &Columns) -> bool {
    let (mut first, mut last) = (0usize, 0usize);
    for row in rows.iter().skip(1).take(5000) {
        for item in cols.get(row, "ids").map(|i| multi(&i)).unwrap_or_default() {
            let parts: Vec<&str> = item.split(", ").collect();
            let known = |p: &str| id_kind(p).is_some() || p.eq_ignore_ascii_case("gender");
            if parts.first().is_some_and(|p| known(p)) {
                first += 1;
            }
            if parts.last().is_some_and(|p| known(p)) {
                last += 1;
            }
        }
    }
    first > last
}

fn is_country_code(s: &str) -> bool {
    s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase())
}

fn id_item(e: &mut Entity, item: &str, label_first: bool) {
    let mut parts: Vec<&str> = item.split(", ").map(str::trim).collect();
    if parts.len() < 2 {
        return;
    }
    let label = if label_first { parts.remove(0) } else { parts.pop().unwrap_or_default() };
    if label.eq_ignore_ascii_case("gender") {
        e.gender = parts.first().map(|g| g.to_string());
        return;
    }
    // The country sits at the other end from the label.
    let country = if label_first {
        parts.last().filter(|p| parts.len() >= 2 && is_country_code(p)).map(|c| c.to_string())
    } else {
        parts.first().filter(|p| parts.len() >= 2 && is_country_code(p)).map(|c| c.to_string())
    };
    if country.is_some() {
        if label_first {
            parts.pop();
        } else {
            parts.remove(0);
        }
    }
    // Issue and expiry dates travel with passports in the 2022 layout.
    let (dates, rest): (Vec<&str>, Vec<&str>) =
        parts.into_iter().partition(|p| sheet::dmy_to_iso(p).is_some());
    let number = rest.join(", ");
    let kind = match id_kind(label) {
        Some(k) => k,
        None if is_descriptive(label) => return,
        None if number.chars().any(|c| c.is_ascii_digit()) && number.len() <= 40 => IdKind::Other,
        None => return,
    };
    let number = match kind {
        IdKind::Imo => number.trim_start_matches("IMO").trim().to_string(),
        _ => number,
    };
    if number.is_empty() {
        return;
    }
    let note = (!dates.is_empty()).then(|| dates.join(", "));
    push_unique(
        &mut e.identifiers,
        Identifier { kind, label: label.to_string(), number, country, note },
    );
}

/// Folds a further row of the same party (another source list) into the entity.
fn merge(into: &mut Entity, from: Entity) {
    if into.kind == EntityKind::Unknown {
        into.kind = from.kind;
    }
    for n in from.names {
        if !into.names.iter().any(|m| m.full == n.full) {
            into.names.push(Name {
                kind: if n.kind == NameKind::Primary { NameKind::Alias } else { n.kind },
                ..n
            });
        }
    }
    macro_rules! union {
        ($($field:ident),*) => {$(
            for x in from.$field {
                push_unique(&mut into.$field, x);
            }
        )*};
    }
    union!(
        birth_dates,
        birth_places,
        nationalities,
        citizenships,
        addresses,
        identifiers,
        programs,
        positions,
        links
    );
    into.gender = into.gender.take().or(from.gender);
    into.remarks = into.remarks.take().or(from.remarks);
    into.vessel = into.vessel.take().or(from.vessel);
    into.listed_on = match (into.listed_on.take(), from.listed_on) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_read_in_both_orders() {
        let mut e = Entity::new(ListId::UsCsl, "1", EntityKind::Person);
        id_item(&mut e, "JO, 2014-08-30, 2009-08-31, K475336, Passport", false);
        id_item(&mut e, "Male, Gender", false);
        id_item(&mut e, "www.vtb.ao, Website", false);
        assert_eq!(e.identifiers.len(), 1);
        assert_eq!(e.identifiers[0].number, "K475336");
        assert_eq!(e.identifiers[0].country.as_deref(), Some("JO"));
        assert_eq!(e.identifiers[0].note.as_deref(), Some("2014-08-30, 2009-08-31"));
        assert_eq!(e.gender.as_deref(), Some("Male"));

        let mut f = Entity::new(ListId::UsCsl, "2", EntityKind::Vessel);
        id_item(&mut f, "Passport, 836238033, KP", true);
        id_item(&mut f, "Vessel Registration Identification, IMO 8898831", true);
        id_item(&mut f, "Secondary sanctions risk:, North Korea Sanctions Regulations", true);
        assert_eq!(f.identifiers.len(), 2);
        assert_eq!(
            (f.identifiers[0].number.as_str(), f.identifiers[0].country.as_deref()),
            ("836238033", Some("KP"))
        );
        assert_eq!(
            (f.identifiers[1].kind, f.identifiers[1].number.as_str()),
            (IdKind::Imo, "8898831")
        );
    }

    #[test]
    fn individuals_are_turned_round() {
        let n = person_name("'ABBAS, Rim", EntityKind::Person, NameKind::Primary);
        assert_eq!((n.full.as_str(), n.family.as_deref()), ("Rim 'ABBAS", Some("'ABBAS")));
        let n = person_name("BANK, LTD", EntityKind::Organization, NameKind::Primary);
        assert_eq!(n.full, "BANK, LTD");
    }

    #[test]
    fn addresses_end_in_a_country_code() {
        let a = address("79 ul. Sadovnicheskaya, Moscow, 115035, RU");
        assert_eq!(a.street.as_deref(), Some("79 ul. Sadovnicheskaya, Moscow, 115035"));
        assert_eq!(a.country.as_deref(), Some("RU"));
        assert_eq!(multi("113 Hezuo Road, CN; and 21 Changsheng Street, CN").len(), 2);
    }
}
