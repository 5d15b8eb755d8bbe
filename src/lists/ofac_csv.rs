//! OFAC legacy CSV: `sdn.csv` with `add.csv`, `alt.csv`, `sdn_comments.csv`, and the
//! consolidated (non-SDN) twins `cons_prim.csv`, `cons_add.csv`, `cons_alt.csv`,
//! `cons_comments.csv`.
//!
//! # Format
//!
//! No header row; ASCII; CRLF (LF accepted) and usually a final Ctrl-Z (0x1A) byte; text
//! fields are double-quoted; a null is the unquoted `-0- ` (with its trailing space).
//!
//! | part | columns |
//! |---|---|
//! | main (`sdn.csv`, `cons_prim.csv`) | ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks |
//! | addresses (`add.csv`) | ent_num, add_num, Address, City/State/Province/Postal Code, Country, Add_remarks |
//! | aliases (`alt.csv`) | ent_num, alt_num, alt_type (`aka`/`fka`/`nka`), alt_name, alt_remarks |
//! | comments (`sdn_comments.csv`) | ent_num, the continuation of a Remarks cut at 1,000 characters |
//!
//! One list is the main file joined with its parts on ent_num ([`parse_set`]). Each part is
//! recognised by its content ([`sniff`]); the one place a *file name* is used is to tell the
//! SDN list from the consolidated list, which share the format and whose content cannot tell
//! them apart (the consolidated list carries SDGT and RUSSIA-EO14024 entries, the SDN list
//! NS-PLC ones): a main file whose name starts with `cons_` is the consolidated list, any
//! other the SDN list. The same names help pair parts with their main file when both lists
//! come in one batch, with the ent_nums as the fallback ([`parse_set`]).
//!
//! # Mapping
//!
//! * `SDN_Type` `individual` → person, `vessel`, `aircraft`, `-0-` → organization; a type
//!   OFAC might add later → unknown, kept rather than dropped.
//! * People are written `SURNAME, Given Names`: `Name::full` keeps that, `family`/`given`
//!   are split at the comma (`remarks::person_name`).
//! * `Program` `"IRAN] [SDGT] [IFSR"` → three programs; `Title` → positions; the vessel
//!   columns → [`Vessel`] (flag as ISO code).
//! * alt.csv `aka` and `nka` (now known as) → Alias, `fka` → Former. The weak aliases OFAC
//!   writes into Remarks become Weak names.
//! * add.csv: Address → street, the combined City/State/Province/Postal Code column → city
//!   (OFAC's one column cannot be split reliably: `London EC3N 1DY`, `Tokyo 103`), Country →
//!   country, Add_remarks → note. OFAC writes an all-`-0-` row for entries without an
//!   address; those rows add nothing.
//! * Remarks (joined with their comments continuation first) are read by
//!   `remarks::apply_remarks`, whose doc lists the segments understood.
//! * Ids: `us-ofac-sdn:<ent_num>` or `us-ofac-cons:<ent_num>`. The files carry no
//!   publication date, so [`ParsedList::published`] is `None`.
//!
//! # Errors
//!
//! A row with the wrong number of columns, a non-numeric ent_num, an empty name, a repeated
//! ent_num or a part row whose ent_num has no main record is skipped and reported (file,
//! record number, field). A file ending inside a quoted field (truncated) loses only its last
//! record, reported the same way. A part without any main file in the batch is an error
//! naming it. A file that is not valid UTF-8 is read as Latin-1: OFAC files are ASCII, and a
//! non-ASCII byte means the file was re-saved by a spreadsheet, which writes Latin-1 or
//! Windows-1252; reading it so keeps every record and name rather than losing them.

use super::remarks::{self, apply_remarks, person_name, push_unique};
use super::{InputFile, ParsedList, SourceFile};
use crate::error::{Error, Result};
use crate::model::{Address, Entity, EntityKind, ListId, NameKind, Vessel};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

/// Which file of the CSV set a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    /// `sdn.csv` / `cons_prim.csv`: one row per listed party.
    Main,
    /// `add.csv` / `cons_add.csv`: addresses.
    Addresses,
    /// `alt.csv` / `cons_alt.csv`: aliases.
    Aliases,
    /// `sdn_comments.csv` / `cons_comments.csv`: continuations of long remarks.
    Comments,
}

impl Part {
    /// Short human name of the part's format.
    pub fn describe(self) -> &'static str {
        match self {
            Part::Main => "OFAC legacy CSV, main file (sdn.csv / cons_prim.csv)",
            Part::Addresses => "OFAC legacy CSV, address file (add.csv / cons_add.csv)",
            Part::Aliases => "OFAC legacy CSV, alias file (alt.csv / cons_alt.csv)",
            Part::Comments => "OFAC legacy CSV, remarks continuation (sdn_comments.csv)",
        }
    }

    fn columns(self) -> usize {
        match self {
            Part::Main => 12,
            Part::Addresses => 6,
            Part::Aliases => 5,
            Part::Comments => 2,
        }
    }

    /// What the part is called in messages ("OFAC alias file without its sdn.csv").
    fn noun(self) -> &'static str {
        match self {
            Part::Main => "main file",
            Part::Addresses => "address file",
            Part::Aliases => "alias file",
            Part::Comments => "remarks continuation file",
        }
    }
}

/// Recognises a part of the OFAC CSV set from its first records, by content only: no header
/// row, an unquoted numeric ent_num first, the exact column count, and per part a telling
/// value: an `SDN_Type` of `individual`/`vessel`/`aircraft`/`-0-` (main), a numeric alt_num
/// and an alt_type of `aka`/`fka`/`nka` (aliases), a numeric add_num and OFAC's `-0-` null
/// (addresses), a quoted text (comments). Every record looked at must agree.
pub fn sniff(bytes: &[u8]) -> Option<Part> {
    const HEAD: usize = 16 * 1024;
    let head = &bytes[..bytes.len().min(HEAD)];
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    if head.contains(&0) {
        return None;
    }
    let text = decode(head);
    let raw = text.as_bytes();
    let mut records: Vec<(csv::StringRecord, bool)> = Vec::new();
    for record in reader(raw).records().take(8) {
        let Ok(record) = record else { return None };
        // The DOS end-of-file mark after the last line reads as a record of its own.
        if record.len() == 1 && record.get(0).is_some_and(|f| f.trim_matches('\x1a').is_empty()) {
            continue;
        }
        let start = record.position().map_or(0, |p| p.byte() as usize);
        // Whether the second field was written in quotes (comments rows quote their text).
        let comma = raw.get(start..).and_then(|r| r.iter().position(|&b| b == b','));
        let quoted = comma.is_some_and(|i| raw.get(start + i + 1) == Some(&b'"'));
        records.push((record, quoted));
    }
    // A record without its line end (a head cut at 16 KiB, or a truncated file) may be
    // incomplete: judge the others.
    let ends_cleanly = bytes.len() <= HEAD && text.trim_end_matches('\x1a').ends_with('\n');
    if !ends_cleanly && records.len() > 1 {
        records.pop();
    }
    let is_num = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let null_seen = records.iter().any(|(r, _)| r.iter().any(|f| f.trim() == "-0-"));
    let mut found: Option<Part> = None;
    let (mut fits, mut misfits) = (0, 0);
    for (r, quoted) in &records {
        let f = |i: usize| r.get(i).unwrap_or("").trim();
        let part = match r.len() {
            _ if !is_num(r.get(0).unwrap_or("")) => None,
            12 if matches!(f(2), "individual" | "vessel" | "aircraft" | "-0-") => Some(Part::Main),
            5 if is_num(f(1)) && matches!(f(2), "aka" | "fka" | "nka") => Some(Part::Aliases),
            // A six-column file with numbers in front is too common to claim without OFAC's
            // null marker somewhere.
            6 if is_num(f(1)) && null_seen => Some(Part::Addresses),
            2 if *quoted && !f(1).is_empty() => Some(Part::Comments),
            _ => None,
        };
        match part {
            // Two kinds of rows in one file: not an OFAC part.
            Some(p) if found.is_some_and(|seen| seen != p) => return None,
            Some(p) => {
                found = Some(p);
                fits += 1;
            }
            // One malformed row must not hide a whole list; it is reported when parsed.
            None => misfits += 1,
        }
    }
    found.filter(|_| fits > misfits)
}

/// Parses one file of the set on its own. A main file gives its list (without aliases and
/// addresses); any other part needs its main file and is an error here: give the whole set
/// to [`parse_set`] (or [`super::parse_all`]).
pub fn parse(bytes: &[u8], file: &str) -> Result<ParsedList> {
    match sniff(bytes) {
        Some(Part::Main) => {
            let table = Table::read(bytes, file, Part::Main);
            Ok(join(table, Vec::new()))
        }
        Some(part) => Err(orphan(file, part)),
        None => Err(Error::list_file(file, "not an OFAC legacy CSV file")),
    }
}

/// Parses the OFAC CSV files of one batch: each address, alias and comments file is joined to
/// the main file of its list. OFAC's names pick it (`cons_add.csv` goes with `cons_prim.csv`,
/// `add.csv`/`alt.csv`/`sdn_comments.csv` with `sdn.csv`) when exactly one main file of that
/// list is in the batch and it shares ent_nums with the part; otherwise (renamed files, two
/// SDN main files) the main file holding most of the part's ent_nums does. Gives one result
/// per main file, then an error for each part that has no main file.
pub fn parse_set(files: &[InputFile<'_>]) -> Vec<Result<ParsedList>> {
    let mut out = Vec::new();
    let mut mains: Vec<Table> = Vec::new();
    let mut parts: Vec<Table> = Vec::new();
    for f in files {
        match sniff(f.bytes) {
            Some(Part::Main) => mains.push(Table::read(f.bytes, f.name, Part::Main)),
            Some(part) => parts.push(Table::read(f.bytes, f.name, part)),
            None => out.push(Err(Error::list_file(f.name, "not an OFAC legacy CSV file"))),
        }
    }
    let mut joined: Vec<Vec<Table>> = mains.iter().map(|_| Vec::new()).collect();
    let mut orphans = Vec::new();
    for part in parts {
        match owner(&mains, &part) {
            Some(i) => joined[i].push(part),
            None => orphans.push(Err(orphan(&part.file, part.part))),
        }
    }
    let lists = mains.into_iter().zip(joined).map(|(main, parts)| Ok(join(main, parts)));
    let mut result: Vec<Result<ParsedList>> = lists.collect();
    result.extend(orphans);
    result.extend(out);
    result
}

fn orphan(file: &str, part: Part) -> Error {
    let main = if is_cons(file) { "cons_prim.csv" } else { "sdn.csv" };
    Error::list_file(
        file,
        format!(
            "OFAC {} without its {main}: give the main file of the same list with it",
            part.noun()
        ),
    )
}

/// The file-name hint (see the module doc): `cons_…` is the consolidated list.
fn is_cons(file: &str) -> bool {
    file.get(..5).is_some_and(|p| p.eq_ignore_ascii_case("cons_"))
}

/// Which list OFAC's own file names say a file belongs to: `cons_…` the consolidated list;
/// `sdn…`, `add.csv`, `alt.csv` the SDN list; anything else does not say.
fn named_list(file: &str) -> Option<ListId> {
    let lower = file.to_ascii_lowercase();
    if is_cons(&lower) {
        Some(ListId::UsOfacCons)
    } else if lower.starts_with("sdn") || lower == "add.csv" || lower == "alt.csv" {
        Some(ListId::UsOfacSdn)
    } else {
        None
    }
}

/// Index of the main table a part belongs to: the one its name points to, unless that one
/// shares none of its ent_nums while another does (a renamed file); otherwise the one sharing
/// most ent_nums.
fn owner(mains: &[Table], part: &Table) -> Option<usize> {
    let overlap: Vec<usize> = mains
        .iter()
        .map(|m| part.rows.iter().filter(|r| m.ent_nums.contains(&r.ent_num)).count())
        .collect();
    let wanted = named_list(&part.file);
    let named: Vec<usize> = (0..mains.len())
        .filter(|&i| wanted.is_some() && named_list(&mains[i].file) == wanted)
        .collect();
    if let [only] = named.as_slice() {
        if overlap[*only] > 0 || overlap.iter().all(|&n| n == 0) {
            return Some(*only);
        }
    }
    (0..mains.len())
        .filter(|&i| overlap[i] > 0)
        // Most shared ent_nums wins; on a tie the earlier file.
        .max_by(|&a, &b| overlap[a].cmp(&overlap[b]).then(b.cmp(&a)))
}

/// One row that passed the column-count and ent_num checks.
struct Row {
    /// 1-based record number in its file.
    n: usize,
    ent_num: String,
    /// The columns after ent_num; `None` for OFAC's `-0-` null or an empty field.
    fields: Vec<Option<String>>,
}

impl Row {
    /// The value of a column, counted as in the file (ent_num is column 0).
    fn get(&self, column: usize) -> Option<&str> {
        self.fields.get(column.checked_sub(1)?).and_then(|f| f.as_deref())
    }
}

/// One file read into rows, with the problems of the rows it had to skip.
struct Table {
    file: String,
    part: Part,
    rows: Vec<Row>,
    ent_nums: HashSet<String>,
    problems: Vec<Error>,
    source: SourceFile,
}

impl Table {
    fn read(bytes: &[u8], file: &str, part: Part) -> Table {
        let source = SourceFile::of(file, bytes);
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        // Ctrl-Z after the last line is a DOS end-of-file mark, not data.
        let end = bytes.iter().rposition(|&b| b != 0x1A && b != b'\r' && b != b'\n');
        let body = &bytes[..end.map_or(0, |i| i + 1)];
        let text = decode(body);
        // An odd number of quote characters means the file stops inside a quoted field.
        let truncated = text.bytes().filter(|&b| b == b'"').count() % 2 == 1;
        let mut table = Table {
            file: file.to_string(),
            part,
            rows: Vec::new(),
            ent_nums: HashSet::new(),
            problems: Vec::new(),
            source,
        };
        let mut records = reader(text.as_bytes()).into_records().enumerate().peekable();
        while let Some((i, record)) = records.next() {
            let n = i + 1;
            let last = records.peek().is_none();
            let record = match record {
                Ok(r) => r,
                Err(e) => {
                    table.problems.push(Error::list_record(file, n, "row", e.to_string()));
                    continue;
                }
            };
            if last && truncated {
                table.problems.push(Error::list_record(
                    file,
                    n,
                    "row",
                    "the file ends inside a quoted field (truncated download?)",
                ));
                continue;
            }
            if record.len() != part.columns() {
                let reason = format!("{} columns, expected {}", record.len(), part.columns());
                table.problems.push(Error::list_record(file, n, "row", reason));
                continue;
            }
            let ent_num = record.get(0).unwrap_or("").trim();
            if ent_num.is_empty() || !ent_num.bytes().all(|b| b.is_ascii_digit()) {
                let reason = format!("{ent_num:?} is not a number");
                table.problems.push(Error::list_record(file, n, "ent_num", reason));
                continue;
            }
            if part == Part::Main && !table.ent_nums.insert(ent_num.to_string()) {
                let reason = format!("entry {ent_num} appears twice; the first one is kept");
                table.problems.push(Error::list_record(file, n, "ent_num", reason));
                continue;
            }
            // Remarks (main column 11) and their continuation (comments column 1) are cut at
            // 1,000 characters wherever that falls, also just before or after a space
            // ("…Address - BCH" + " qq3v…"), so they are kept untrimmed for the join.
            let untrimmed = match part {
                Part::Main => 11,
                Part::Comments => 1,
                _ => usize::MAX,
            };
            let fields = record
                .iter()
                .enumerate()
                .skip(1)
                .map(|(c, f)| if c == untrimmed { untrimmed_value(f) } else { value(f) })
                .collect();
            table.rows.push(Row { n, ent_num: ent_num.to_string(), fields });
        }
        table
    }
}

/// A field's value: trimmed, with OFAC's `-0-` null and empty fields as `None`.
fn value(field: &str) -> Option<String> {
    let t = field.trim();
    (!t.is_empty() && t != "-0-").then(|| t.to_string())
}

/// Like [`value`], but a text keeps its spaces.
fn untrimmed_value(field: &str) -> Option<String> {
    value(field).map(|_| field.to_string())
}

fn reader(bytes: &[u8]) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(bytes)
}

/// UTF-8 as is; anything else as Latin-1 (see the module doc).
fn decode(bytes: &[u8]) -> Cow<'_, str> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) => Cow::Owned(bytes.iter().map(|&b| char::from(b)).collect()),
    }
}

/// Builds the list from a main table and the parts assigned to it.
fn join(main: Table, parts: Vec<Table>) -> ParsedList {
    let list = if is_cons(&main.file) { ListId::UsOfacCons } else { ListId::UsOfacSdn };
    let mut problems = main.problems;
    let mut files = vec![main.source];
    let mut entities = Vec::with_capacity(main.rows.len());
    let mut remarks: Vec<String> = Vec::with_capacity(main.rows.len());
    let mut index: HashMap<String, usize> = HashMap::with_capacity(main.rows.len());
    for row in &main.rows {
        match entity(list, row, &main.file) {
            Ok(e) => {
                index.insert(row.ent_num.clone(), entities.len());
                remarks.push(row.get(11).unwrap_or("").to_string());
                entities.push(e);
            }
            Err(problem) => problems.push(problem),
        }
    }
    for part in parts {
        problems.extend(part.problems);
        files.push(part.source);
        for row in &part.rows {
            let Some(&i) = index.get(&row.ent_num) else {
                let reason = format!("no entry {} in {}", row.ent_num, main.file);
                problems.push(Error::list_record(&part.file, row.n, "ent_num", reason));
                continue;
            };
            let e = &mut entities[i];
            match part.part {
                Part::Aliases => {
                    let Some(name) = row.get(3) else {
                        let reason = "empty alias name";
                        problems.push(Error::list_record(&part.file, row.n, "alt_name", reason));
                        continue;
                    };
                    let kind = match row.get(2) {
                        Some("fka") => NameKind::Former,
                        // "nka" (now known as) is a current name; unknown types are kept too.
                        _ => NameKind::Alias,
                    };
                    e.names.push(person_name(name, kind, e.kind == EntityKind::Person));
                }
                Part::Addresses => {
                    let country_name = row.get(4).map(str::to_string);
                    let address = Address {
                        street: row.get(2).map(str::to_string),
                        city: row.get(3).map(str::to_string),
                        region: None,
                        postal_code: None,
                        country: country_name
                            .as_deref()
                            .and_then(remarks::country)
                            .map(str::to_string),
                        country_name,
                        note: row.get(5).map(str::to_string),
                    };
                    if address != Address::default() {
                        push_unique(&mut e.addresses, address);
                    }
                }
                Part::Comments => {
                    // The continuation resumes exactly where Remarks was cut, often mid-word
                    // ("…a.k.a. 'G" + "TEAM'; …"), so it is appended without a separator.
                    if let Some(more) = row.fields.first().and_then(|f| f.as_deref()) {
                        remarks[i].push_str(more);
                    }
                }
                Part::Main => {}
            }
        }
    }
    for (e, text) in entities.iter_mut().zip(&remarks) {
        apply_remarks(e, text);
    }
    ParsedList { list, published: None, entities, problems, files }
}

/// The entity of one main row, before its parts and remarks are applied.
fn entity(list: ListId, row: &Row, file: &str) -> Result<Entity> {
    let kind = match row.get(2) {
        Some("individual") => EntityKind::Person,
        Some("vessel") => EntityKind::Vessel,
        Some("aircraft") => EntityKind::Aircraft,
        None => EntityKind::Organization,
        // A new type is still a listed party: keep it rather than miss it.
        Some(_) => EntityKind::Unknown,
    };
    let name =
        row.get(1).ok_or_else(|| Error::list_record(file, row.n, "SDN_Name", "empty name"))?;
    let mut e = Entity::new(list, &row.ent_num, kind);
    e.names.push(person_name(name, NameKind::Primary, kind == EntityKind::Person));
    if let Some(programs) = row.get(3) {
        e.programs = programs
            .split("] [")
            .map(|p| p.trim_matches(|c: char| c == '[' || c == ']' || c.is_whitespace()))
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .collect();
    }
    e.positions.extend(row.get(4).map(str::to_string));
    let owned = |c: usize| row.get(c).map(str::to_string);
    let vessel = Vessel {
        call_sign: owned(5),
        vessel_type: owned(6),
        flag: row.get(9).and_then(remarks::country).map(str::to_string),
        flag_name: owned(9),
        tonnage: owned(7),
        gross_registered_tonnage: owned(8),
        owner: owned(10),
        build_year: None,
    };
    if kind == EntityKind::Vessel || vessel != Vessel::default() {
        e.vessel = Some(vessel);
    }
    Ok(e)
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAIN: &[u8] = b"10,\"IVANOV, Sergei\",individual,\"RUSSIA-EO14024] [SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 1962.\"\r\n20,\"ACME, LTD.\",-0- ,\"IRAN\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n\x1a";

    #[test]
    fn each_part_is_recognised_by_content() {
        assert_eq!(sniff(MAIN), Some(Part::Main));
        assert_eq!(sniff(b"10,1,\"aka\",\"IVANOV, Sergey\",-0- \r\n"), Some(Part::Aliases));
        assert_eq!(sniff(b"10,1,-0- ,\"Moscow\",\"Russia\",-0- \r\n"), Some(Part::Addresses));
        assert_eq!(sniff(b"10,\"ntinued remarks.\"\r\n\x1a"), Some(Part::Comments));
        // Look-alikes that are not OFAC files.
        assert_eq!(sniff(b"id,name\n1,Acme\n"), None);
        assert_eq!(sniff(b"1,2,3,4,5,6\n7,8,9,10,11,12\n"), None, "six numbers, no -0- nulls");
        assert_eq!(sniff(b"1,Acme\n"), None, "unquoted second column");
        assert_eq!(sniff(b""), None);
    }

    #[test]
    fn a_main_file_alone_parses_and_a_part_alone_is_an_error() {
        let parsed = parse(MAIN, "sdn.csv").unwrap();
        assert_eq!(parsed.list, ListId::UsOfacSdn);
        assert_eq!(parsed.entities.len(), 2);
        let ivanov = &parsed.entities[0];
        assert_eq!(ivanov.id, "us-ofac-sdn:10");
        assert_eq!(ivanov.programs, ["RUSSIA-EO14024", "SDGT"]);
        assert_eq!(ivanov.names[0].family.as_deref(), Some("IVANOV"));
        assert_eq!(parsed.entities[1].kind, EntityKind::Organization);
        assert_eq!(parsed.entities[1].names[0].family, None, "organisations keep commas");
        let err = parse(b"10,1,\"aka\",\"X\",-0- \r\n", "alt.csv").unwrap_err().to_string();
        assert_eq!(
            err,
            "alt.csv: OFAC alias file without its sdn.csv: give the main file of the same list \
             with it"
        );
    }

    #[test]
    fn parts_find_their_main_file_by_name_or_by_ent_num() {
        let cons = b"30,\"BETA\",-0- ,\"NS-PLC\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";
        let alt_sdn = b"20,1,\"fka\",\"OLD ACME\",-0- \r\n";
        let alt_cons = b"30,2,\"aka\",\"BETA TWO\",-0- \r\n";
        let files = [
            InputFile { name: "x.csv", bytes: alt_cons },
            InputFile { name: "sdn.csv", bytes: MAIN },
            InputFile { name: "cons_prim.csv", bytes: cons },
            InputFile { name: "alt.csv", bytes: alt_sdn },
        ];
        let out: Vec<ParsedList> = parse_set(&files).into_iter().map(Result::unwrap).collect();
        assert_eq!(out.len(), 2);
        assert_eq!(out[0].entities[1].names[1].full, "OLD ACME");
        assert_eq!(out[0].entities[1].names[1].kind, NameKind::Former);
        assert_eq!(out[1].list, ListId::UsOfacCons);
        assert_eq!(out[1].entities[0].names[1].full, "BETA TWO", "x.csv joined by its ent_nums");
        let names: Vec<_> = out[1].files.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["cons_prim.csv", "x.csv"]);
    }
}
