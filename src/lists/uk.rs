//! UK lists: the OFSI Consolidated List (ConList, as XLSX or CSV) and the FCDO UK Sanctions
//! List search-service export (ODS).
//!
//! # OFSI ConList
//!
//! Row 1 is `Last Updated, dd/mm/yyyy` (the publication date); row 2 holds 36 headers; every
//! further row is **one name variant** of one party, repeating the party's other fields, and
//! rows are grouped into a party by `Group ID` (entity id `uk-ofsi:<Group ID>`). Because each
//! row also repeats one birth date and one address, a party with two birth dates has every
//! name twice: names, dates, addresses and documents are therefore de-duplicated.
//!
//! * Names: `Name 6` is the surname (or the whole name of an entity or ship), `Name 1`–`Name 5`
//!   the given names; the full name is written given names first. `Alias Type` gives the kind
//!   (`Primary name` → primary, `Primary name variation` and `AKA` → alias, `FKA` → former)
//!   and `Alias Quality` `Low quality` makes an alias weak. A party with several distinct
//!   "Primary name" rows (4 in 2025-04) keeps the first as primary and the others as aliases,
//!   so that `names[0]` is always the one primary name; a party with none (2 in 2025-04) gets
//!   its first name promoted.
//! * `Name Non-Latin Script` is a further name on the same row (an alias in original script,
//!   `lang` from `Non-Latin Script Language`). Whether it is original script is decided from
//!   its characters: the Script Type column is spelled `Cyrillic`, `Cryillic`, `Cyrilic`,
//!   `Russian` or left empty.
//! * Numbered cells (`(1) … (2) …`) carry several nationalities, passports or positions;
//!   passport and national-id numbers are paired with the matching numbered details.
//! * `Address 1`–`Address 5` are street lines, `Address 6` the town (as the rows show: `7`,
//!   `Yablochkova Street`, …, `St Petersburg`).
//! * `Other Information` is kept whole in `remarks` and also read for its labelled parts:
//!   `(UK Sanctions List Ref):RUS0001` and `(UN Ref):…` (kept as identifiers of kind
//!   [`IdKind::Other`], so that the FCDO export and UN entries can be matched up),
//!   `(Gender):Male`, `(IMO number):…`, the ship details, `(Business Reg No):…` and
//!   `(Parent company):…` (a link).
//!
//! # FCDO search-service export
//!
//! Read from any workbook with its columns, ODS as published or XLSX. **The ODS export of
//! 2025-08-11 cannot be read**: Excel wrote its `content.xml` indented, and calamine (0.32 to
//! 0.38) rejects white space between cells; the parser says so and asks for an XLSX copy.
//!
//! Eight columns (`Unique ID`, `OFSI Group ID`, `Name`, `Regime Name`, `Type`, `Designation
//! source`, `Date Designated`, `Sanctions Imposed`), one row per designation, **primary names
//! only**: no aliases, birth dates, addresses or original-script names. It has no list id of its
//! own, so its entities are `uk-ofsi:<Unique ID>` (e.g. `uk-ofsi:RUS0001`, which cannot collide
//! with the numeric ConList Group IDs). It has no publication date; `published` is the newest
//! `Date Designated`, a lower bound.

use std::collections::HashMap;

use super::sheet::{self, clean, push_unique, Cell, Columns, Rows};
use super::ParsedList;
use crate::countries;
use crate::error::{Error, Result};
use crate::model::{
    Address, Entity, EntityKind, IdKind, Identifier, ListId, Name, NameKind, Vessel,
};

const LIST: &str = "UK OFSI list";

/// True when the first rows are an OFSI ConList header (`Last Updated` row, then the 36
/// headers with `Name 6` and `Group ID`).
pub fn sniff_conlist(rows: &[Vec<String>]) -> bool {
    rows.iter().take(5).any(|r| sheet::row_has(r, &["Name 6", "Group ID", "Alias Type"]))
}

/// True when the first line of a CSV file is the ConList's `Last Updated` line or its header.
pub fn sniff_conlist_csv(head: &str) -> bool {
    let mut lines = head.lines();
    let first = lines.next().unwrap_or("");
    let second = lines.next().unwrap_or("");
    let looks = |l: &str| l.contains("Name 6") && l.contains("Group ID");
    (first.trim_start_matches('"').starts_with("Last Updated") && looks(second)) || looks(first)
}

/// True when the first row is the FCDO export header.
pub fn sniff_fcdo(rows: &[Vec<String>]) -> bool {
    rows.iter().take(3).any(|r| sheet::row_has(r, &["Unique ID", "OFSI Group ID", "Regime Name"]))
}

/// Parses the OFSI ConList as XLSX.
pub fn parse_xlsx(bytes: &[u8], file: &str) -> Result<ParsedList> {
    let rows = sheet::read_workbook(bytes).map_err(|e| Error::list_file(file, e))?;
    parse_conlist_rows(&rows, file)
}

/// Parses the OFSI ConList as CSV (UTF-8, with or without a byte-order mark, any line ends).
pub fn parse_csv(bytes: &[u8], file: &str) -> Result<ParsedList> {
    let text = sheet::decode_text(bytes).map_err(|e| Error::list_file(file, e))?;
    let rows = sheet::read_csv(&text).map_err(|e| Error::list_file(file, e))?;
    parse_conlist_rows(&rows, file)
}

/// Parses ConList rows, whichever file they came from.
pub fn parse_conlist_rows(rows: &Rows, file: &str) -> Result<ParsedList> {
    let header_at = rows
        .iter()
        .take(5)
        .position(|r| {
            let c = Columns::new(r);
            c.has("Name 6") && c.has("Group ID")
        })
        .ok_or_else(|| {
            Error::list_file(
                file,
                "not an OFSI consolidated list (no header with Name 6, Group ID)",
            )
        })?;
    let cols = Columns::new(&rows[header_at]);
    // "Last Updated" is the first cell of a row above the header; the date is the next cell.
    let published = rows[..header_at].iter().find_map(|r| {
        let first = r.first()?.text()?;
        if !first.eq_ignore_ascii_case("Last Updated") {
            return None;
        }
        r.get(1).and_then(Cell::text).and_then(|d| sheet::dmy_to_iso(&d))
    });

    let mut problems = Vec::new();
    // Groups in order of first appearance, each with its rows' 1-based spreadsheet numbers.
    let mut order: Vec<String> = Vec::new();
    let mut groups: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, row) in rows.iter().enumerate().skip(header_at + 1) {
        if row.iter().all(|c| c.text().is_none()) {
            continue; // blank line, e.g. at the end of a CSV saved by a spreadsheet program
        }
        match cols.get(row, "Group ID") {
            Some(gid) => {
                let members = groups.entry(gid.clone()).or_insert_with(|| {
                    order.push(gid);
                    Vec::new()
                });
                members.push(i);
            }
            None => problems.push(Error::list_record(LIST, i + 1, "Group ID", "missing")),
        }
    }
    let mut entities = Vec::with_capacity(order.len());
    for gid in order {
        let members = &groups[&gid];
        let member_rows: Vec<&[Cell]> = members.iter().map(|&i| rows[i].as_slice()).collect();
        match conlist_entity(&gid, &member_rows, &cols) {
            Some(e) => entities.push(e),
            None => problems.push(Error::list_record(LIST, members[0] + 1, "Name 6", "no name")),
        }
    }
    Ok(ParsedList { list: ListId::UkOfsi, published, entities, problems, files: Vec::new() })
}

fn kind_rank(kind: NameKind) -> u8 {
    match kind {
        NameKind::Primary => 0,
        NameKind::Alias => 1,
        NameKind::Former => 2,
        NameKind::Weak => 3,
    }
}

/// Adds a name unless the same text (in the same script role) is already there; a repeat in a
/// stronger role (an AKA row that is also a primary variation) upgrades the kept one.
fn add_name(names: &mut Vec<Name>, name: Name) {
    match names
        .iter_mut()
        .find(|n| n.full == name.full && n.original_script == name.original_script)
    {
        Some(existing) if kind_rank(name.kind) < kind_rank(existing.kind) => {
            existing.kind = name.kind
        }
        Some(_) => {}
        None => names.push(name),
    }
}

fn conlist_entity(gid: &str, rows: &[&[Cell]], cols: &Columns) -> Option<Entity> {
    let first = rows[0];
    let kind = match cols.get(first, "Group Type").map(|t| t.to_lowercase()).as_deref() {
        Some("individual") => EntityKind::Person,
        Some("entity") => EntityKind::Organization,
        Some("ship") => EntityKind::Vessel,
        _ => EntityKind::Unknown,
    };
    let mut e = Entity::new(ListId::UkOfsi, gid, kind);
    let mut names: Vec<Name> = Vec::new();
    let mut listed_on: Option<String> = None;
    for &row in rows {
        let get = |name: &str| cols.get(row, name);
        let name_kind = match get("Alias Type").map(|t| t.to_lowercase()).as_deref() {
            Some("primary name") => NameKind::Primary,
            Some("fka") => NameKind::Former,
            _ => NameKind::Alias,
        };
        let low = get("Alias Quality").is_some_and(|q| q.to_lowercase().starts_with("low"));
        let name_kind =
            if low && name_kind != NameKind::Primary { NameKind::Weak } else { name_kind };
        let given: Vec<String> = ["Name 1", "Name 2", "Name 3", "Name 4", "Name 5"]
            .iter()
            .filter_map(|c| get(c))
            .collect();
        let family = get("Name 6");
        let full = given.iter().cloned().chain(family.clone()).collect::<Vec<_>>().join(" ");
        if !full.is_empty() {
            let mut name = Name::new(full, name_kind);
            if kind == EntityKind::Person {
                name.given = (!given.is_empty()).then(|| given.join(" "));
                name.family = family;
            }
            name.original_script = sheet::script_of(&name.full).is_some();
            add_name(&mut names, name);
        }
        if let Some(original) = get("Name Non-Latin Script") {
            let script = sheet::script_of(&original);
            let lang = get("Non-Latin Script Language").or_else(|| script.map(str::to_string));
            // The non-Latin name is the row's name written in another script: never the
            // primary (names[0] stays the Latin primary) but as strong as the row otherwise.
            let kind = if name_kind == NameKind::Primary { NameKind::Alias } else { name_kind };
            add_name(
                &mut names,
                Name { original_script: script.is_some(), lang, ..Name::new(original, kind) },
            );
        }
        if let Some(title) = get("Title") {
            push_unique(&mut e.positions, title);
        }
        for p in get("Position").map(|p| sheet::split_enumerated(&p)).unwrap_or_default() {
            push_unique(&mut e.positions, p);
        }
        for d in get("DOB").map(|d| sheet::dates_in(&d)).unwrap_or_default() {
            push_unique(&mut e.birth_dates, d);
        }
        let towns = get("Town of Birth").map(|t| sheet::split_enumerated(&t)).unwrap_or_default();
        let countries_of_birth =
            get("Country of Birth").map(|t| sheet::split_enumerated(&t)).unwrap_or_default();
        for place in birth_places(&towns, &countries_of_birth) {
            push_unique(&mut e.birth_places, place);
        }
        for code in get("Nationality").map(|n| sheet::country_codes(&n)).unwrap_or_default() {
            push_unique(&mut e.nationalities, code);
        }
        for id in documents(get("Passport Number"), get("Passport Details"), IdKind::Passport) {
            push_unique(&mut e.identifiers, id);
        }
        for id in documents(
            get("National Identification Number"),
            get("National Identification Details"),
            IdKind::NationalId,
        ) {
            push_unique(&mut e.identifiers, id);
        }
        let street = ["Address 1", "Address 2", "Address 3", "Address 4", "Address 5"]
            .iter()
            .filter_map(|c| get(c))
            .collect::<Vec<_>>()
            .join(", ");
        let country_name = get("Country");
        let address = Address {
            street: (!street.is_empty()).then_some(street),
            city: get("Address 6"),
            postal_code: get("Post/Zip Code"),
            country: country_name.as_deref().and_then(countries::code_for).map(str::to_string),
            country_name,
            ..Address::default()
        };
        if address != Address::default() {
            push_unique(&mut e.addresses, address);
        }
        if let Some(regime) = get("Regime") {
            push_unique(&mut e.programs, regime);
        }
        let listed = get("Listed On")
            .or_else(|| get("UK Sanctions List Date Designated"))
            .and_then(|d| sheet::dmy_to_iso(&d));
        if let Some(d) = listed {
            // The earliest listing: a party added to a second regime later was listed first
            // on the earlier date.
            if listed_on.as_ref().is_none_or(|l| d < *l) {
                listed_on = Some(d);
            }
        }
        if e.remarks.is_none() {
            if let Some(info) = get("Other Information") {
                other_information(&mut e, &info);
                e.remarks = Some(info);
            }
        }
    }
    e.listed_on = listed_on;
    e.names = order_names(names)?;
    Some(e)
}

/// Puts the first primary name first, turns any further primary names into aliases and, when
/// the list gave no primary name, promotes the first Latin-script one.
pub(crate) fn order_names(mut names: Vec<Name>) -> Option<Vec<Name>> {
    if names.is_empty() {
        return None;
    }
    let primary = names
        .iter()
        .position(|n| n.kind == NameKind::Primary)
        .or_else(|| names.iter().position(|n| !n.original_script))
        .unwrap_or(0);
    let mut first = names.remove(primary);
    first.kind = NameKind::Primary;
    for n in &mut names {
        if n.kind == NameKind::Primary {
            n.kind = NameKind::Alias;
        }
    }
    names.insert(0, first);
    Some(names)
}

/// Pairs numbered towns with numbered countries of birth (`(1) Kampala (2) Gulu` with
/// `(1) Uganda (2) Uganda`); when the counts differ, each is kept alone.
fn birth_places(towns: &[String], countries: &[String]) -> Vec<String> {
    if towns.len() == countries.len() {
        return towns.iter().zip(countries).map(|(t, c)| format!("{t}, {c}")).collect();
    }
    match (towns, countries) {
        ([], cs) => cs.to_vec(),
        (ts, [c]) => ts.iter().map(|t| format!("{t}, {c}")).collect(),
        (ts, cs) => ts.iter().chain(cs).cloned().collect(),
    }
}

/// Document numbers with their details, pairing `(1) …` numbers with `(1) …` details.
fn documents(numbers: Option<String>, details: Option<String>, kind: IdKind) -> Vec<Identifier> {
    let Some(numbers) = numbers else { return Vec::new() };
    let numbers = sheet::split_enumerated(&numbers);
    let details = details.map(|d| sheet::split_enumerated(&d)).unwrap_or_default();
    let label = match kind {
        IdKind::Passport => "Passport Number",
        _ => "National Identification Number",
    };
    numbers
        .iter()
        .enumerate()
        // "-" stands for "no number" in the numbered lists.
        .filter(|(_, n)| n.chars().any(|c| c.is_alphanumeric()))
        .map(|(i, n)| {
            let note = if details.len() == numbers.len() {
                details.get(i).cloned()
            } else if details.is_empty() {
                None
            } else {
                Some(details.join("; "))
            };
            Identifier { kind, label: label.into(), number: n.clone(), country: None, note }
        })
        .collect()
}

/// `(Label):value` parts of the Other Information text. A value runs to the next label.
pub(crate) fn labelled_parts(text: &str) -> Vec<(String, String)> {
    let mut marks: Vec<(usize, usize, &str)> = Vec::new(); // (label start, value start, label)
    let bytes = text.as_bytes();
    for (open, _) in text.match_indices('(') {
        let Some(close) = text[open..].find(')').map(|c| open + c) else { continue };
        let label = &text[open + 1..close];
        let starts_upper = label.chars().next().is_some_and(char::is_uppercase);
        if bytes.get(close + 1) == Some(&b':') && starts_upper && label.len() <= 60 {
            marks.push((open, close + 2, label));
        }
    }
    let mut parts = Vec::new();
    for (k, &(_, value_start, label)) in marks.iter().enumerate() {
        let end = marks.get(k + 1).map_or(text.len(), |m| m.0);
        if let Some(value) = clean(&text[value_start.min(end)..end]) {
            parts.push((label.to_string(), value));
        }
    }
    parts
}

fn other_information(e: &mut Entity, text: &str) {
    let mut vessel = Vessel::default();
    for (label, value) in labelled_parts(text) {
        // Values before the next label often end with ". " from the prose around them.
        let value = value.trim_end_matches(['.', ';', ',']).trim().to_string();
        match label.as_str() {
            "UK Sanctions List Ref" | "UN Ref" => {
                let number = value.split_whitespace().next().unwrap_or("");
                let number = number.trim_end_matches(['.', ',', ';']).to_string();
                if !number.is_empty() {
                    push_unique(&mut e.identifiers, other_id(&label, number));
                }
            }
            "Gender" => e.gender = Some(value),
            "IMO number" => {
                let digits: String = value.chars().filter(char::is_ascii_digit).collect();
                if !digits.is_empty() {
                    push_unique(
                        &mut e.identifiers,
                        Identifier {
                            kind: IdKind::Imo,
                            label: label.clone(),
                            number: digits,
                            country: None,
                            note: None,
                        },
                    );
                }
            }
            "Business Reg No" => {
                for item in sheet::split_enumerated(&value) {
                    push_unique(&mut e.identifiers, registration(&item));
                }
            }
            "Parent company" => push_unique(&mut e.links, value),
            "Type of ship" => vessel.vessel_type = Some(value),
            "Flag of ship" => {
                vessel.flag = countries::code_for(&value).map(str::to_string);
                vessel.flag_name = Some(value);
            }
            "Tonnage of ship" => vessel.tonnage = Some(value),
            "Current owners" => vessel.owner = Some(value),
            "Year built" => vessel.build_year = value.get(..4).and_then(|y| y.parse().ok()),
            _ => {}
        }
    }
    if vessel != Vessel::default() || e.kind == EntityKind::Vessel {
        e.vessel = Some(vessel);
    }
}

fn other_id(label: &str, number: String) -> Identifier {
    Identifier { kind: IdKind::Other, label: label.into(), number, country: None, note: None }
}

/// One business registration item (`Russian TIN: 7718763393`, `Kazakhstan BIN - 170440031562`,
/// `BR: 69987857`, `2971193`): the kind from the words before the number, which is the last
/// word.
fn registration(item: &str) -> Identifier {
    // Trimmed first, so that the number is a true suffix and the slice below stays on a
    // character boundary.
    let item = item.trim_end_matches([' ', ':']);
    let number = item.rsplit([' ', ':']).next().unwrap_or(item).to_string();
    let words = item[..item.len() - number.len()].trim().trim_end_matches([':', '-']).trim();
    let upper = words.to_uppercase();
    let has = |w: &str| upper.split(|c: char| !c.is_alphanumeric()).any(|x| x == w);
    let kind = if has("INN") || (has("TIN") && upper.contains("RUSSIA")) {
        IdKind::Inn
    } else if has("OGRN") || has("PSRN") {
        IdKind::Ogrn
    } else if has("BIN") {
        IdKind::Bin
    } else if has("TIN") || upper.contains("TAX") {
        IdKind::TaxId
    } else {
        IdKind::Registration
    };
    Identifier {
        kind,
        label: if words.is_empty() { "Business Reg No".into() } else { words.to_string() },
        number,
        country: None,
        note: None,
    }
}

/// Parses the FCDO search-service export (ODS, or any workbook with the same columns).
pub fn parse_fcdo(bytes: &[u8], file: &str) -> Result<ParsedList> {
    let rows = sheet::read_workbook(bytes).map_err(|e| {
        // calamine reads only compact ODS XML; Excel indents content.xml (as in the 2025-08-11
        // export), and the reader then stops at the white space between two cells.
        if e.contains("Expecting 'table-cell'") {
            return Error::list_file(
                file,
                "this ODS file was written with indentation (as Excel writes it), which the \
                 spreadsheet reader cannot read yet: open it in a spreadsheet program and save \
                 it as .xlsx, then load that file",
            );
        }
        Error::list_file(file, e)
    })?;
    let header_at =
        rows.iter().take(3).position(|r| Columns::new(r).has("Unique ID")).ok_or_else(|| {
            Error::list_file(file, "not an FCDO sanctions list export (no Unique ID)")
        })?;
    let cols = Columns::new(&rows[header_at]);
    let mut entities = Vec::new();
    let mut problems = Vec::new();
    let mut published: Option<String> = None;
    for (i, row) in rows.iter().enumerate().skip(header_at + 1) {
        if row.iter().all(|c| c.text().is_none()) {
            continue;
        }
        let get = |name: &str| cols.get(row, name);
        let Some(uid) = get("Unique ID") else {
            problems.push(Error::list_record("UK FCDO export", i + 1, "Unique ID", "missing"));
            continue;
        };
        let Some(name) = get("Name") else {
            problems.push(Error::list_record("UK FCDO export", i + 1, "Name", "missing"));
            continue;
        };
        let kind = match get("Type").map(|t| t.to_lowercase()).as_deref() {
            Some("individual") => EntityKind::Person,
            Some("entity") => EntityKind::Organization,
            Some("ship") => EntityKind::Vessel,
            _ => EntityKind::Unknown,
        };
        let mut e = Entity::new(ListId::UkOfsi, &uid, kind);
        e.names.push(Name::new(name, NameKind::Primary));
        e.identifiers.push(other_id("UK Sanctions List Ref", uid.clone()));
        e.programs.extend(get("Regime Name"));
        e.listed_on = get("Date Designated").and_then(|d| sheet::dmy_to_iso(&d));
        if let Some(d) = &e.listed_on {
            if published.as_ref().is_none_or(|p| d > p) {
                published = Some(d.clone());
            }
        }
        let remarks = [
            get("OFSI Group ID").map(|g| format!("OFSI Group ID: {g}")),
            get("Designation source").map(|s| format!("Designation source: {s}")),
            get("Sanctions Imposed").map(|s| format!("Sanctions imposed: {s}")),
        ];
        let remarks = remarks.into_iter().flatten().collect::<Vec<_>>().join("; ");
        e.remarks = (!remarks.is_empty()).then_some(remarks);
        if kind == EntityKind::Vessel {
            e.vessel = Some(Vessel::default());
        }
        entities.push(e);
    }
    if entities.is_empty() && problems.is_empty() {
        return Err(Error::list_file(file, "the FCDO export has a header but no rows"));
    }
    Ok(ParsedList { list: ListId::UkOfsi, published, entities, problems, files: Vec::new() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_information_labels_split_the_text() {
        let parts = labelled_parts(
            "(UK Sanctions List Ref):DPR0100. Listed as asset (OFSI ID: 13635) (IMO number):7408873 \
             (Flag of ship):North Korea (Year built):1975",
        );
        let labels: Vec<_> = parts.iter().map(|(l, _)| l.as_str()).collect();
        assert_eq!(labels, ["UK Sanctions List Ref", "IMO number", "Flag of ship", "Year built"]);
        assert_eq!(parts[0].1, "DPR0100. Listed as asset (OFSI ID: 13635)");
        assert_eq!(parts[1].1, "7408873");
    }

    #[test]
    fn registration_numbers_get_their_kind_from_the_words() {
        let r = registration("Russian TIN: 7718763393");
        assert_eq!((r.kind, r.number.as_str()), (IdKind::Inn, "7718763393"));
        let r = registration("Kazakhstan BIN - 170440031562");
        assert_eq!((r.kind, r.number.as_str()), (IdKind::Bin, "170440031562"));
        let r = registration("Tax №: é:");
        assert_eq!(r.number, "é");
        let r = registration("2971193");
        assert_eq!((r.kind, r.label.as_str()), (IdKind::Registration, "Business Reg No"));
    }

    #[test]
    fn numbered_documents_pair_with_their_details() {
        let ids = documents(
            Some("(1) OR801168 (2) 4117921".into()),
            Some("(1) Afghan number (2) Pakistan number".into()),
            IdKind::Passport,
        );
        assert_eq!(ids.len(), 2);
        assert_eq!(ids[1].number, "4117921");
        assert_eq!(ids[1].note.as_deref(), Some("Pakistan number"));
        assert!(documents(Some("(1) 123 (2) -".into()), None, IdKind::NationalId).len() == 1);
    }
}
