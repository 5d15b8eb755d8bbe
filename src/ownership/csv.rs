//! Reads an ownership structure from CSV text (see [`parse_csv`] for the format).

use super::{is_unknown_name, Decision, Link, Party, Structure, MAX_PARTIES};
use crate::error::{Error, Result};
use crate::model::EntityKind;
use std::collections::HashMap;

/// The columns, each with the header names accepted for it (compared case-insensitively, with
/// spaces and hyphens read as underscores).
const COLUMNS: [(&str, &[&str]); 9] = [
    ("owner", &["owner", "shareholder", "владелец", "участник", "акционер"]),
    ("owner_type", &["owner_type", "type", "тип", "тип_владельца"]),
    ("owned", &["owned", "company", "компания", "объект", "кем_владеет"]),
    ("share", &["share", "percent", "доля", "процент"]),
    ("control", &["control", "role", "контроль", "роль"]),
    ("owner_dob", &["owner_dob", "dob", "дата_рождения"]),
    ("owner_country", &["owner_country", "country", "страна"]),
    ("decision", &["decision", "решение"]),
    ("entity_id", &["entity_id", "listed_id"]),
];

/// Reads an ownership structure from CSV: one row per relationship.
///
/// ```text
/// owner,owner_type,owned,share,control,owner_dob,owner_country
/// Steppe Grain LLP,subject,,,,,KZ
/// Gennady Zarubin,person,Krasnoyar Holding Limited,60,,1961,RU
/// Krasnoyar Holding Limited,organization,Steppe Grain LLP,60,,,CY
/// Aigerim Sarsenova,person,Steppe Grain LLP,40,director,,KZ
/// ```
///
/// * `owner` holds `share` percent of `owned` (0–100; `25`, `25%`, `25,5`), and/or has the
///   `control` roles (`director`, `right to appoint the board`, `shareholder agreement`, …;
///   several separated by `;` or `|`; any role counts as control). An empty share with a
///   control role means control without shares; an empty share (or `?`) without one means the
///   share is not known.
/// * The subject (the partner being checked) is the `owner` of a row whose `owner_type` is
///   `subject` (with `owned` empty); without such a row it is the `owned` party of the first
///   row.
/// * `owner_type`: `person` or `organization` (`individual`, `company`, `entity` and the
///   Russian `физлицо`, `юрлицо` too); empty means unknown (screened against every kind). A
///   party that only appears as `owned` is an organization.
/// * `owner_dob` (`YYYY`, `YYYY-MM-DD`) and `owner_country` (ISO code or English name)
///   sharpen the owner's screening; optional `decision` (`listed` / `not_listed`) and
///   `entity_id` (`un-sc:QDi.001`) record a reviewer's decision.
/// * Parties are the same party when their names are the same, ignoring case and spacing.
///   An owner named `unknown` (or `?`, `неизвестно`, or left empty) is an unknown owner, a
///   separate one on each row.
/// * Only `owner` and `owned` are required. The Russian headers `владелец`, `тип`,
///   `компания`, `доля`, `контроль`, `дата_рождения`, `страна` are accepted, and `;` as the
///   separator (as spreadsheet programs in Russian write it).
///
/// # Errors
/// No header or no `owner`/`owned` column, a share that is not a number, an unknown
/// `owner_type` or `decision`, no subject, or more than [`MAX_PARTIES`] rows; the message
/// names the row. Shares outside 0–100 are read as written: [`super::evaluate`] reports them.
pub fn parse_csv(text: &str) -> Result<Structure> {
    let text = text.trim_start_matches('\u{feff}');
    let first_line = text.lines().next().unwrap_or("");
    let delimiter = if first_line.contains(';') && !first_line.contains(',') { b';' } else { b',' };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| Error::structure(Some(1), format!("cannot read the header: {e}")))?
        .clone();
    let mut col: HashMap<&str, usize> = HashMap::new();
    for (i, h) in headers.iter().enumerate() {
        let h = h.trim().to_lowercase().replace([' ', '-'], "_");
        if let Some((name, _)) = COLUMNS.iter().find(|(_, names)| names.contains(&h.as_str())) {
            col.entry(name).or_insert(i);
        }
    }
    if !col.contains_key("owner") || !col.contains_key("owned") {
        return Err(Error::structure(
            Some(1),
            "the header needs at least the columns owner,owned (in full: \
             owner,owner_type,owned,share,control,owner_dob,owner_country)",
        ));
    }
    let mut b = Builder::default();
    let mut subject: Option<String> = None;
    let mut first_owned: Option<String> = None;
    for (n, record) in reader.records().enumerate() {
        let row = n + 2;
        let record = record.map_err(|e| Error::structure(Some(row), e.to_string()))?;
        let row = record.position().map_or(row, |p| p.line() as usize);
        if n >= MAX_PARTIES {
            return Err(Error::structure(
                Some(row),
                format!("more than {MAX_PARTIES} rows; split the structure up"),
            ));
        }
        let get = |name: &str| col.get(name).and_then(|&i| record.get(i)).unwrap_or("").trim();
        let (owner, owned) = (get("owner"), get("owned"));
        if owner.is_empty() && owned.is_empty() && record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let type_cell = get("owner_type");
        let is_subject_row = matches!(
            type_cell.to_lowercase().as_str(),
            "subject" | "partner" | "партнер" | "партнёр" | "субъект"
        );
        let kind =
            if is_subject_row { EntityKind::Organization } else { owner_kind(type_cell, row)? };
        let decision = match get("decision").to_lowercase().as_str() {
            "" => None,
            "listed" | "yes" | "да" | "в списке" => Some(Decision::Listed),
            "not_listed" | "not listed" | "no" | "нет" | "не в списке" => {
                Some(Decision::NotListed)
            }
            other => {
                return Err(Error::structure(
                    Some(row),
                    format!("decision {other:?} is not listed or not_listed"),
                ))
            }
        };
        let owner_id = b.party(owner, kind, row);
        {
            let party = &mut b.parties[owner_id];
            for (field, value) in
                [(&mut party.dob, get("owner_dob")), (&mut party.country, get("owner_country"))]
            {
                if field.is_none() && !value.is_empty() {
                    *field = Some(value.to_string());
                }
            }
            if party.decision.is_none() {
                party.decision = decision;
            }
            if party.entity_id.is_none() && !get("entity_id").is_empty() {
                party.entity_id = Some(get("entity_id").to_string());
            }
        }
        if is_subject_row {
            if !owned.is_empty() {
                return Err(Error::structure(
                    Some(row),
                    "a subject row names the partner in `owner` and leaves `owned` empty",
                ));
            }
            if subject.is_some() {
                return Err(Error::structure(Some(row), "a second subject row; name one partner"));
            }
            subject = Some(b.parties[owner_id].id.clone());
            continue;
        }
        if owned.is_empty() {
            continue; // a row that only describes a party
        }
        let owned_id = b.party(owned, EntityKind::Organization, row);
        first_owned.get_or_insert_with(|| b.parties[owned_id].id.clone());
        let control: Vec<String> = get("control")
            .split([';', '|'])
            .map(str::trim)
            .filter(|r| !r.is_empty())
            .map(str::to_string)
            .collect();
        let link = Link {
            owner: b.parties[owner_id].id.clone(),
            owned: b.parties[owned_id].id.clone(),
            share: parse_share(get("share"), row)?,
            control,
            row: Some(row),
        };
        b.links.push(link);
    }
    let subject = subject.or(first_owned).ok_or_else(|| {
        Error::structure(None, "no relationships and no subject row; nothing to check")
    })?;
    Ok(Structure { subject, parties: b.parties, links: b.links })
}

#[derive(Default)]
struct Builder {
    parties: Vec<Party>,
    by_key: HashMap<String, usize>,
    links: Vec<Link>,
}

impl Builder {
    /// The party with this name, created on first sight; an owner's type set on a later row
    /// fills in an unknown one.
    fn party(&mut self, name: &str, kind: EntityKind, row: usize) -> usize {
        let clean = name.split_whitespace().collect::<Vec<_>>().join(" ");
        if is_unknown_name(&clean) {
            let id = if clean.is_empty() {
                format!("(no name, row {row})")
            } else {
                format!("{clean} (row {row})")
            };
            self.parties.push(Party { id, name: clean, kind, ..Party::default() });
            return self.parties.len() - 1;
        }
        let key = clean.to_lowercase();
        if let Some(&i) = self.by_key.get(&key) {
            let party = &mut self.parties[i];
            if party.kind == EntityKind::Unknown
                || (party.kind == EntityKind::Organization && kind == EntityKind::Person)
            {
                // A party first seen as `owned` (assumed organization) declared a person later.
                if kind != EntityKind::Unknown {
                    party.kind = kind;
                }
            }
            return i;
        }
        self.by_key.insert(key, self.parties.len());
        self.parties.push(Party { id: clean.clone(), name: clean, kind, ..Party::default() });
        self.parties.len() - 1
    }
}

fn owner_kind(cell: &str, row: usize) -> Result<EntityKind> {
    let kind = match cell.to_lowercase().replace(['.', '-'], " ").trim() {
        "физлицо" | "физ лицо" | "физическое лицо" | "человек" => {
            Some(EntityKind::Person)
        }
        "юрлицо" | "юр лицо" | "юридическое лицо" | "организация" | "компания" => {
            Some(EntityKind::Organization)
        }
        other => EntityKind::parse_query(other).map_err(|e| Error::structure(Some(row), e))?,
    };
    match kind {
        None | Some(EntityKind::Person | EntityKind::Organization) => {
            Ok(kind.unwrap_or(EntityKind::Unknown))
        }
        Some(k) => Err(Error::structure(
            Some(row),
            format!("owner_type {k} cannot own shares; use person or organization"),
        )),
    }
}

/// "25", "25%", "25,5", " 25.5 % " → a number; empty, "?" or "unknown" → `None`.
fn parse_share(cell: &str, row: usize) -> Result<Option<f64>> {
    let t = cell.trim().trim_end_matches('%').trim();
    if t.is_empty() || matches!(t.to_lowercase().as_str(), "?" | "unknown" | "неизвестно" | "n/a")
    {
        return Ok(None);
    }
    let number = t.replace(',', ".").replace([' ', '\u{a0}'], "");
    number.parse::<f64>().ok().filter(|x| x.is_finite()).map(Some).ok_or_else(|| {
        Error::structure(
            Some(row),
            format!("share {cell:?} is not a number; write a percentage such as 25"),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_owned_party_is_the_subject_unless_a_row_names_it() {
        let s = parse_csv("owner,owned,share\nA,X,60\nX,S,60\n").unwrap();
        assert_eq!(s.subject, "X");
        let s = parse_csv("owner,owner_type,owned,share\nS,subject,,\nA,person,X,60\nX,,S,60\n")
            .unwrap();
        assert_eq!(s.subject, "S");
        assert_eq!(s.parties.iter().find(|p| p.id == "A").unwrap().kind, EntityKind::Person);
        assert_eq!(s.parties.iter().find(|p| p.id == "X").unwrap().kind, EntityKind::Organization);
    }

    #[test]
    fn russian_headers_semicolons_and_comma_decimals_are_read() {
        let s = parse_csv(
            "владелец;тип;компания;доля;контроль\nИванов;физлицо;ТОО Альфа;25,5 %;директор\n",
        )
        .unwrap();
        assert_eq!(s.subject, "ТОО Альфа");
        assert_eq!(s.links[0].share, Some(25.5));
        assert_eq!(s.links[0].control, ["директор"]);
        assert_eq!(s.parties[0].kind, EntityKind::Person);
    }

    #[test]
    fn bad_cells_name_their_row() {
        let err = parse_csv("owner,owned,share\nA,S,25\nB,S,abc\n").unwrap_err().to_string();
        assert!(err.contains("row 3") && err.contains("\"abc\""), "{err}");
        let err = parse_csv("owner,owner_type,owned\nA,vessel,S\n").unwrap_err().to_string();
        assert!(err.contains("row 2"), "{err}");
        assert!(parse_csv("name,share\nA,1\n").unwrap_err().to_string().contains("owner,owned"));
    }

    #[test]
    fn unknown_owners_are_separate_parties_and_names_merge_ignoring_case() {
        let s =
            parse_csv("owner,owned,share\nunknown,S,10\nUnknown,S,20\nAbc  Ltd,S,5\nABC LTD,T,5\n")
                .unwrap();
        assert_eq!(s.parties.len(), 5, "{:?}", s.parties);
        assert_eq!(s.links[0].owner, "unknown (row 2)");
        assert_eq!(s.links[3].owner, "Abc Ltd");
        assert_eq!(parse_share("?", 2).unwrap(), None);
    }
}
