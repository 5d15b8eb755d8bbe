//! Australia's DFAT Consolidated List, XLSX (`regulation8_consolidated.xlsx`).
//!
//! One sheet; row 1 holds the headers `Reference`, `Name of Individual or Entity`, `Type`,
//! `Name Type`, `Date of Birth`, `Place of Birth`, `Citizenship`, `Address`, `Additional
//! Information`, `Listing Information`, `Committees`, `Control Date`.
//!
//! * **One row per name**: a party's primary name has a numeric `Reference` (`2`); its aliases
//!   add letters and digits (`2a`, `2b`, `34c1`). Rows are grouped on the leading number, the
//!   entity id is `au-dfat:<number>`, and the other columns (repeated on every row) are
//!   de-duplicated.
//! * Values are typed by hand and messy (`Entity `, `individual`, `Aka `, `Primary name`), so
//!   they are trimmed and compared in lower case. `Name Type` `Original Script` marks an
//!   original-script name; a name in non-Latin characters counts as one whatever its label.
//!   `Formerly known as` and `Previously listed as` give former names.
//! * `Date of Birth` is a real date cell, a year number, or text in a dozen forms (`a) 12 Dec.
//!   1960 b) 1962`, `Approximately 1955- 1958`): see [`sheet::dates_in`]. `Citizenship` goes to
//!   [`Entity::citizenships`] and is often an adjective (`Russian`, `Afghan`).
//! * `Address` is free text (`Tehran, Iran`; lettered when several): the last comma part is
//!   the country when it names one, the part before it the town, the rest the street.
//! * `Additional Information` and `Listing Information` are kept in `remarks`; IMO numbers
//!   in them become identifiers (passport numbers and designations are not extracted yet).
//!   `Committees` are the programmes.
//! * The file has no publication date: `published` is the newest `Control Date` (the date a
//!   row was last changed).

use std::collections::HashMap;

use super::sheet::{self, clean, push_unique, Cell, Columns};
use super::ParsedList;
use crate::countries;
use crate::error::{Error, Result};
use crate::model::{
    Address, BirthDate, Entity, EntityKind, IdKind, Identifier, ListId, Name, NameKind,
};

const LIST: &str = "Australia DFAT list";

/// True when the first rows are the DFAT header.
pub fn sniff(rows: &[Vec<String>]) -> bool {
    rows.iter().take(5).any(|r| sheet::row_has(r, &["Reference", "Name of Individual or Entity"]))
}

/// Parses the DFAT consolidated list workbook.
pub fn parse(bytes: &[u8], file: &str) -> Result<ParsedList> {
    let rows = sheet::read_workbook(bytes).map_err(|e| Error::list_file(file, e))?;
    let header_at = rows
        .iter()
        .take(5)
        .position(|r| {
            let c = Columns::new(r);
            c.has("Reference") && c.has("Name of Individual or Entity")
        })
        .ok_or_else(|| {
            Error::list_file(file, "not a DFAT consolidated list (no Reference / Name header)")
        })?;
    let cols = Columns::new(&rows[header_at]);

    let mut problems = Vec::new();
    let mut order: Vec<u32> = Vec::new();
    let mut groups: HashMap<u32, Vec<usize>> = HashMap::new();
    let mut published: Option<String> = None;
    for (i, row) in rows.iter().enumerate().skip(header_at + 1) {
        if row.iter().all(|c| c.text().is_none()) {
            continue; // formatted but empty rows at the end of the sheet
        }
        if let Some(d) = cols.cell(row, "Control Date").date() {
            let d = d.to_string();
            if published.as_ref().is_none_or(|p| d > *p) {
                published = Some(d);
            }
        }
        let reference = cols.get(row, "Reference").unwrap_or_default();
        let digits: String = reference.chars().take_while(char::is_ascii_digit).collect();
        let Ok(base) = digits.parse::<u32>() else {
            let reason = if reference.is_empty() {
                "missing".to_string()
            } else {
                format!("{reference:?} does not start with a number")
            };
            problems.push(Error::list_record(LIST, i + 1, "Reference", reason));
            continue;
        };
        groups
            .entry(base)
            .or_insert_with(|| {
                order.push(base);
                Vec::new()
            })
            .push(i);
    }
    let mut entities = Vec::with_capacity(order.len());
    for base in order {
        let members = &groups[&base];
        let member_rows: Vec<&[Cell]> = members.iter().map(|&i| rows[i].as_slice()).collect();
        match entity(base, &member_rows, &cols) {
            Some(e) => entities.push(e),
            None => problems.push(Error::list_record(
                LIST,
                members[0] + 1,
                "Name of Individual or Entity",
                "no name",
            )),
        }
    }
    Ok(ParsedList { list: ListId::AuDfat, published, entities, problems, files: Vec::new() })
}

fn lower(s: Option<String>) -> String {
    s.map(|s| s.to_lowercase()).unwrap_or_default()
}

/// "na", "NA", "n/a", "unknown": the list's ways of saying nothing.
fn is_blank(s: &str) -> bool {
    matches!(s.trim().to_lowercase().as_str(), "" | "na" | "n/a" | "unknown" | "-")
}

fn entity(base: u32, rows: &[&[Cell]], cols: &Columns) -> Option<Entity> {
    let kind_of = |row: &[Cell]| match lower(cols.get(row, "Type")).as_str() {
        "individual" => EntityKind::Person,
        "entity" => EntityKind::Organization,
        "vessel" | "ship" => EntityKind::Vessel,
        _ => EntityKind::Unknown,
    };
    let kind = rows.iter().map(|r| kind_of(r)).find(|k| *k != EntityKind::Unknown);
    let mut e = Entity::new(ListId::AuDfat, &base.to_string(), kind.unwrap_or_default());
    let mut names: Vec<Name> = Vec::new();
    let mut remarks: Vec<String> = Vec::new();
    for &row in rows {
        let get = |name: &str| cols.get(row, name);
        if let Some(full) = get("Name of Individual or Entity") {
            let name_type = lower(get("Name Type"));
            let script = sheet::script_of(&full);
            let labelled_original = name_type.starts_with("original");
            let kind = match name_type.as_str() {
                "primary name" => NameKind::Primary,
                t if t.starts_with("formerly") || t.starts_with("previously") => NameKind::Former,
                _ => NameKind::Alias,
            };
            if !names.iter().any(|n| n.full == full) {
                names.push(Name {
                    original_script: labelled_original || script.is_some(),
                    lang: script.map(str::to_string),
                    ..Name::new(full, kind)
                });
            }
        }
        for d in birth_dates(cols.cell(row, "Date of Birth")) {
            push_unique(&mut e.birth_dates, d);
        }
        if let Some(places) = get("Place of Birth") {
            for p in sheet::split_enumerated(&places).into_iter().filter(|p| !is_blank(p)) {
                push_unique(&mut e.birth_places, p);
            }
        }
        if let Some(c) = get("Citizenship") {
            for code in sheet::country_codes(&c) {
                push_unique(&mut e.citizenships, code);
            }
        }
        if let Some(a) = get("Address") {
            for item in sheet::split_enumerated(&a).into_iter().filter(|p| !is_blank(p)) {
                push_unique(&mut e.addresses, free_address(&item));
            }
        }
        if let Some(c) = get("Committees") {
            push_unique(&mut e.programs, c);
        }
        for field in ["Additional Information", "Listing Information"] {
            if let Some(text) = get(field).filter(|t| !is_blank(t)) {
                for imo in sheet::imo_numbers(&text) {
                    push_unique(
                        &mut e.identifiers,
                        Identifier {
                            kind: IdKind::Imo,
                            label: "IMO number".into(),
                            number: imo,
                            country: None,
                            note: None,
                        },
                    );
                }
                push_unique(&mut remarks, text);
            }
        }
    }
    e.names = super::uk::order_names(names)?;
    e.remarks = (!remarks.is_empty()).then(|| remarks.join("\n"));
    Some(e)
}

fn birth_dates(cell: &Cell) -> Vec<BirthDate> {
    match cell {
        Cell::Date(..) => cell.date().into_iter().collect(),
        Cell::Number(n) if n.fract() == 0.0 && (1800.0..=2100.0).contains(n) => {
            vec![BirthDate::year(*n as u16)]
        }
        _ => cell.text().map(|t| sheet::dates_in(&t)).unwrap_or_default(),
    }
}

/// A free-text address: `street, town, country`, with the country recognised only when the
/// last part names one.
fn free_address(text: &str) -> Address {
    let parts: Vec<&str> = text.split(',').map(str::trim).filter(|p| !p.is_empty()).collect();
    let (rest, country) = match parts.split_last() {
        Some((last, rest)) => match countries::code_for(last) {
            Some(code) => (rest, Some((code, *last))),
            None => (&parts[..], None),
        },
        None => (&parts[..], None),
    };
    let (street, city) = match rest {
        [] => (None, None),
        [only] if country.is_some() => (None, Some(only.to_string())),
        [only] => (Some(only.to_string()), None),
        [street @ .., city] if country.is_some() => {
            (Some(street.join(", ")), Some(city.to_string()))
        }
        all => (Some(all.join(", ")), None),
    };
    Address {
        street: street.and_then(|s| clean(&s)),
        city,
        country: country.map(|(c, _)| c.to_string()),
        country_name: country.map(|(_, n)| n.to_string()),
        ..Address::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn free_addresses_find_town_and_country() {
        let a = free_address("Tehran, Iran");
        assert_eq!((a.city.as_deref(), a.country.as_deref()), (Some("Tehran"), Some("IR")));
        let a = free_address("12 Main St, Block 4, Donetsk, Ukraine");
        assert_eq!(a.street.as_deref(), Some("12 Main St, Block 4"));
        assert_eq!(a.city.as_deref(), Some("Donetsk"));
        let a = free_address("Somalia");
        assert_eq!((a.street, a.country.as_deref()), (None, Some("SO")));
        let a = free_address("Gaza Strip area");
        assert_eq!((a.street.as_deref(), a.country), (Some("Gaza Strip area"), None));
    }

    #[test]
    fn birth_dates_come_from_date_cells_numbers_and_text() {
        assert_eq!(
            birth_dates(&Cell::Date(1960, 12, 1)),
            [BirthDate::parse_iso("1960-12-01").unwrap()]
        );
        assert_eq!(birth_dates(&Cell::Number(1955.0)), [BirthDate::year(1955)]);
        assert_eq!(birth_dates(&Cell::Text("Approximately 1963".into())).len(), 1);
        assert!(birth_dates(&Cell::Number(12.5)).is_empty());
    }
}
