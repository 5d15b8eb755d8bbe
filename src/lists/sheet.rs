//! Shared helpers for lists published as spreadsheets or CSV (UK OFSI, Australia DFAT, the UK
//! FCDO export, trade.gov's CSL) and for the free-text fields those lists are full of.
//!
//! Spreadsheet lists are tables of text cells: the parsers find their columns by header name
//! (publishers insert and reorder columns more often than they rename them), then read each
//! field through the small readers here: [`dates_in`] for birth dates written a dozen ways,
//! [`split_enumerated`] for the `(1) … (2) …` and `a) … b) …` lists that pack several values
//! into one cell, [`country_codes`] for nationalities, and [`script_of`] to tell an
//! original-script name from a transliterated one by its characters.
//!
//! Everything takes bytes or strings: no file access, so it runs in the browser too.

use std::collections::HashMap;
use std::io::{Cursor, Read};

use calamine::{Data, DataRef, Reader};

use crate::countries;
use crate::model::BirthDate;

/// Decompressed size above which a gzip file is refused: the largest official list is about
/// 25 MB, so anything far beyond is not a list (or is a decompression bomb that would exhaust
/// the browser tab's memory).
const GUNZIP_LIMIT: u64 = 512 * 1024 * 1024;

/// True for gzip data (magic bytes 1f 8b).
pub fn is_gzip(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0x1f, 0x8b])
}

/// True for a zip container (XLSX and ODS are zip files).
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// Decompresses a gzip file (all members, as `gzip -d` does).
pub fn gunzip(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(bytes)
        .take(GUNZIP_LIMIT + 1)
        .read_to_end(&mut out)
        .map_err(|e| format!("not a readable gzip file ({e}); was the download cut short?"))?;
    if out.len() as u64 > GUNZIP_LIMIT {
        return Err("the gzip file unpacks to more than 512 MB, far more than any list".into());
    }
    Ok(out)
}

/// One spreadsheet or CSV cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// No value.
    Empty,
    /// Text, as written.
    Text(String),
    /// A number cell (Excel stores whole numbers such as references as floats).
    Number(f64),
    /// A date cell: (year, month, day).
    Date(u16, u8, u8),
}

impl Cell {
    /// The cell as text with white space folded and trimmed; `None` when empty. Whole numbers
    /// print without a decimal point (`2`, not `2.0`); dates print as ISO `YYYY-MM-DD`.
    pub fn text(&self) -> Option<String> {
        match self {
            Cell::Empty => None,
            Cell::Text(s) => clean(s),
            Cell::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => Some(format!("{}", *n as i64)),
            Cell::Number(n) => Some(n.to_string()),
            Cell::Date(y, m, d) => Some(format!("{y:04}-{m:02}-{d:02}")),
        }
    }

    /// The cell's date when it is a real date cell.
    pub fn date(&self) -> Option<BirthDate> {
        match *self {
            Cell::Date(y, m, d) => BirthDate::parse_iso(&format!("{y:04}-{m:02}-{d:02}")),
            _ => None,
        }
    }
}

/// Rows of cells, first row first.
pub type Rows = Vec<Vec<Cell>>;

fn cell_of(data: &Data) -> Cell {
    match data {
        Data::Empty | Data::Error(_) => Cell::Empty,
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => Cell::Text(s.clone()),
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::Bool(b) => Cell::Text(b.to_string()),
        Data::DateTime(dt) if dt.is_datetime() => {
            let (y, m, d, ..) = dt.to_ymd_hms_milli();
            Cell::Date(y, m, d)
        }
        Data::DateTime(dt) => Cell::Number(dt.as_f64()),
    }
}

fn cell_of_ref(data: &DataRef<'_>) -> Cell {
    match data {
        DataRef::SharedString(s) => Cell::Text((*s).to_string()),
        DataRef::Empty | DataRef::Error(_) => Cell::Empty,
        DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => {
            Cell::Text(s.clone())
        }
        DataRef::Int(i) => Cell::Number(*i as f64),
        DataRef::Float(f) => Cell::Number(*f),
        DataRef::Bool(b) => Cell::Text(b.to_string()),
        DataRef::DateTime(dt) if dt.is_datetime() => {
            let (y, m, d, ..) = dt.to_ymd_hms_milli();
            Cell::Date(y, m, d)
        }
        DataRef::DateTime(dt) => Cell::Number(dt.as_f64()),
    }
}

/// Reads the first sheet of an XLSX or ODS workbook as rows. Row and column positions
/// are absolute (a sheet whose data starts at B3 still has empty cells for A and rows 1–2),
/// so that "row 2 is the header" means the same as in the spreadsheet program.
pub fn read_workbook(bytes: &[u8]) -> Result<Rows, String> {
    let range = open_sheets(bytes, |_, ranges| ranges.next().transpose())?
        .ok_or("the spreadsheet has no sheets")?;
    Ok(rows_of(&range, true))
}

/// A workbook's sheet names and its first sheet with data ([`read_first_sheet_with_data`]).
#[derive(Debug, Clone, PartialEq)]
pub struct FirstSheet {
    /// Every sheet's name, in workbook order.
    pub sheets: Vec<String>,
    /// The first sheet that has any value: its name and rows. `None` when all are empty.
    pub data: Option<(String, Rows)>,
}

/// A workbook's sheet names, and the first sheet that has any value with its rows. Unlike
/// [`read_workbook`], the rows start at the sheet's used area: its first row and column are the
/// first that hold a value (a user's table typed from B3 reads the same as one typed from A1).
pub fn read_first_sheet_with_data(bytes: &[u8]) -> Result<FirstSheet, String> {
    open_sheets(bytes, |names, ranges| {
        let sheets = names.to_vec();
        for (name, range) in names.iter().zip(ranges) {
            let rows = rows_of(&range?, false);
            if rows.iter().any(|r| !r.is_empty()) {
                return Ok(FirstSheet { sheets, data: Some((name.clone(), rows)) });
            }
        }
        Ok(FirstSheet { sheets, data: None })
    })
}

/// Opens an XLSX or ODS workbook and hands `read` its sheet names and an iterator that reads
/// the sheets' cell ranges one at a time, in order (a sheet is read only when asked for).
fn open_sheets<T>(
    bytes: &[u8],
    read: impl FnOnce(
        &[String],
        &mut dyn Iterator<Item = Result<calamine::Range<Data>, String>>,
    ) -> Result<T, String>,
) -> Result<T, String> {
    fn unreadable(e: &dyn std::fmt::Display) -> String {
        format!("not a readable spreadsheet ({e}); was the download cut short?")
    }
    // Opened as the format the bytes show, so that a damaged file reports its real error
    // rather than calamine's "cannot detect file format".
    if is_ods(bytes) {
        let mut book: calamine::Ods<_> =
            calamine::open_workbook_from_rs(Cursor::new(bytes)).map_err(|e| unreadable(&e))?;
        let names = book.sheet_names();
        let mut ranges = names.iter().map(|n| book.worksheet_range(n).map_err(|e| unreadable(&e)));
        read(&names, &mut ranges)
    } else {
        let mut book: calamine::Xlsx<_> =
            calamine::open_workbook_from_rs(Cursor::new(bytes)).map_err(|e| unreadable(&e))?;
        let names = book.sheet_names();
        let mut ranges = names.iter().map(|n| book.worksheet_range(n).map_err(|e| unreadable(&e)));
        read(&names, &mut ranges)
    }
}

/// The cells of a range as rows, trailing empty cells dropped. With `absolute`, rows and cells
/// before the range's start are filled in as empty.
fn rows_of(range: &calamine::Range<Data>, absolute: bool) -> Rows {
    let Some((row0, col0)) = range.start() else { return Vec::new() };
    let (row0, col0) = if absolute { (row0 as usize, col0 as usize) } else { (0, 0) };
    let mut rows: Rows = vec![Vec::new(); row0];
    for row in range.rows() {
        let mut cells = vec![Cell::Empty; col0];
        cells.extend(row.iter().map(cell_of));
        while cells.last() == Some(&Cell::Empty) {
            cells.pop();
        }
        rows.push(cells);
    }
    rows
}

/// The first `n` rows of the first sheet of an XLSX workbook, as text, read without loading the
/// whole sheet: format detection needs only the header. `None` when the bytes are not an XLSX
/// workbook.
pub fn peek_xlsx(bytes: &[u8], n: u32) -> Option<Vec<Vec<String>>> {
    let mut book: calamine::Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes)).ok()?;
    let name = book.sheet_names().first()?.clone();
    let mut reader = book.worksheet_cells_reader(&name).ok()?;
    let mut rows: Vec<Vec<String>> = vec![Vec::new(); n as usize];
    while let Ok(Some(cell)) = reader.next_cell() {
        let (r, c) = cell.get_position();
        if r >= n {
            break;
        }
        let row = &mut rows[r as usize];
        if row.len() <= c as usize {
            row.resize(c as usize + 1, String::new());
        }
        row[c as usize] = cell_of_ref(cell.get_value()).text().unwrap_or_default();
    }
    Some(rows)
}

/// True for an OpenDocument spreadsheet. The standard puts an uncompressed `mimetype` entry
/// first in the zip, but Excel's ODS files (the FCDO export) start with `META-INF/`, so the
/// entry names are looked for instead: zip stores them uncompressed, and an ODS has
/// `content.xml` and `META-INF/manifest.xml` where an XLSX has `xl/workbook.xml`.
pub fn is_ods(bytes: &[u8]) -> bool {
    let has = |name: &[u8]| bytes.windows(name.len()).any(|w| w == name);
    is_zip(bytes)
        && has(b"content.xml")
        && has(b"META-INF/manifest.xml")
        && !has(b"xl/workbook.xml")
}

/// Decodes a text file: UTF-8 with or without a byte-order mark, or UTF-16 with one (what
/// spreadsheet programs write for "Unicode text"). Anything else is refused rather than guessed:
/// decoding a Windows-1251 file as Latin-1 would turn every Cyrillic name into nonsense that
/// screening then silently fails to match.
pub fn decode_text(bytes: &[u8]) -> Result<String, String> {
    if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        return utf8(rest);
    }
    let utf16 = |rest: &[u8], le: bool| {
        let units = rest.chunks_exact(2).map(|c| {
            if le {
                u16::from_le_bytes([c[0], c[1]])
            } else {
                u16::from_be_bytes([c[0], c[1]])
            }
        });
        char::decode_utf16(units)
            .collect::<Result<String, _>>()
            .map_err(|_| "the file claims to be UTF-16 but is not valid UTF-16".to_string())
    };
    if let Some(rest) = bytes.strip_prefix(b"\xff\xfe") {
        return utf16(rest, true);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xfe\xff") {
        return utf16(rest, false);
    }
    utf8(bytes)
}

fn utf8(bytes: &[u8]) -> Result<String, String> {
    String::from_utf8(bytes.to_vec()).map_err(|e| {
        format!(
            "not UTF-8 text (invalid byte at offset {}); save or download the file as \
             \"CSV UTF-8\" so that non-Latin names survive",
            e.utf8_error().valid_up_to()
        )
    })
}

/// Reads CSV text (any line ends, quoted or not) into rows of text cells. Rows may have
/// different lengths: a short row is the parser's to report, not a reason to drop the file.
pub fn read_csv(text: &str) -> Result<Rows, String> {
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| format!("not readable as CSV: {e}"))?;
        rows.push(record.iter().map(|f| Cell::Text(f.to_string())).collect());
    }
    Ok(rows)
}

/// Column positions by header name, so that fields are read by name and a reordered or
/// extended layout still reads correctly.
#[derive(Debug, Clone, Default)]
pub struct Columns {
    index: HashMap<String, usize>,
}

impl Columns {
    /// Indexes a header row (names compared trimmed and case-insensitively).
    pub fn new(header: &[Cell]) -> Columns {
        let mut index = HashMap::new();
        for (i, cell) in header.iter().enumerate() {
            if let Some(name) = cell.text() {
                index.entry(name.to_lowercase()).or_insert(i);
            }
        }
        Columns { index }
    }

    /// True when the header has this column.
    pub fn has(&self, name: &str) -> bool {
        self.index.contains_key(&name.to_lowercase())
    }

    /// The cell of `row` under `name` (an empty cell when the column or cell is missing).
    pub fn cell<'a>(&self, row: &'a [Cell], name: &str) -> &'a Cell {
        const EMPTY: &Cell = &Cell::Empty;
        self.index.get(&name.to_lowercase()).and_then(|&i| row.get(i)).unwrap_or(EMPTY)
    }

    /// The cleaned text of `row` under `name`, if not empty.
    pub fn get(&self, row: &[Cell], name: &str) -> Option<String> {
        self.cell(row, name).text()
    }
}

/// True when a row of text cells contains every one of `names` (trimmed, case-insensitive).
pub fn row_has(row: &[impl AsRef<str>], names: &[&str]) -> bool {
    names.iter().all(|n| row.iter().any(|c| c.as_ref().trim().eq_ignore_ascii_case(n)))
}

/// Folds white space (including the no-break spaces and line breaks lists are full of) to
/// single spaces and trims; `None` if nothing is left.
pub fn clean(s: &str) -> Option<String> {
    let t = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!t.is_empty()).then_some(t)
}

/// Adds `item` to `v` unless an equal item is already there (lists repeat values across the
/// rows of one party).
pub fn push_unique<T: PartialEq>(v: &mut Vec<T>, item: T) {
    if !v.contains(&item) {
        v.push(item);
    }
}

/// The script of the first letter in `s` that is not Latin, e.g. `Some("Cyrillic")`; `None`
/// for Latin-script text (accented letters included) or text without letters.
///
/// Lists label their original-script names inconsistently (`Cyrillic`, `Cryillic`, `Russian`,
/// or nothing), so parsers decide from the characters.
pub fn script_of(s: &str) -> Option<&'static str> {
    s.chars().filter(|c| c.is_alphabetic()).find_map(|c| {
        let u = c as u32;
        let script = match u {
            0..=0x024F | 0x1E00..=0x1EFF | 0x2C60..=0x2C7F | 0xA720..=0xA7FF => return None,
            0xFF21..=0xFF5A => return None, // full-width Latin
            0x0250..=0x036F => return None, // IPA letters and combining marks
            0x0370..=0x03FF | 0x1F00..=0x1FFF => "Greek",
            0x0400..=0x052F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => "Cyrillic",
            0x0530..=0x058F => "Armenian",
            0x0590..=0x05FF | 0xFB1D..=0xFB4F => "Hebrew",
            0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF => "Arabic",
            0xFE70..=0xFEFF => "Arabic",
            0x0900..=0x097F => "Devanagari",
            0x0E00..=0x0E7F => "Thai",
            0x1000..=0x109F => "Myanmar",
            0x10A0..=0x10FF | 0x2D00..=0x2D2F => "Georgian",
            0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => "Hangul",
            0x3040..=0x30FF => "Japanese",
            0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF => "Han",
            _ => "Other",
        };
        Some(script)
    })
}

/// Splits a cell that numbers several values, `(1) X (2) Y` or `a) X b) Y`, into its values;
/// anything else is one value. Markers must start the text and count up in order, so that a
/// bracket inside a value (`Company (Branch)`) never splits it. Values are cleaned, and the
/// `.`/`;`/`,` that often ends each one is dropped.
pub fn split_enumerated(s: &str) -> Vec<String> {
    let s = s.trim();
    let starts_numbered = s.starts_with("(1)");
    let starts_lettered = s.starts_with("a)");
    if !starts_numbered && !starts_lettered {
        return clean(s)
            .map(|v| vec![tidy(&v)])
            .into_iter()
            .flatten()
            .filter(|v| !v.is_empty())
            .collect();
    }
    let marker = |k: usize| -> String {
        if starts_numbered {
            format!("({k})")
        } else {
            // Only a..z: no list of aliases or dates runs past that.
            format!("{})", (b'a' + (k as u8 - 1).min(25)) as char)
        }
    };
    let mut values = Vec::new();
    let mut rest = &s[marker(1).len()..];
    let mut k = 2;
    loop {
        let next = marker(k);
        // A lettered marker must stand at a word boundary (never inside a word such as
        // "Ltd b)"); a bracketed number may follow anything, as in `347834(3) 434021161`.
        let found = rest.match_indices(&next).find(|(i, _)| {
            starts_numbered
                || rest[..*i]
                    .chars()
                    .next_back()
                    .is_none_or(|c| c.is_whitespace() || c == ';' || c == ',')
        });
        match found {
            Some((i, _)) if k <= 26 => {
                values.push(&rest[..i]);
                rest = &rest[i + next.len()..];
                k += 1;
            }
            _ => {
                values.push(rest);
                break;
            }
        }
    }
    values.into_iter().filter_map(clean).map(|v| tidy(&v)).filter(|v| !v.is_empty()).collect()
}

/// Drops separators lists leave at the end of a value.
fn tidy(s: &str) -> String {
    s.trim().trim_end_matches([';', ',', '.', ':']).trim().to_string()
}

/// Country codes named in a nationality or citizenship cell: several values (`(1) Russia
/// (2) Ukraine`, `Russian and Ukrainian`, `German, Moroccan`, `Malian / Mauritanian`), country
/// names or the adjectives Australia uses (`Russian`, `Afghan`). Parenthesised notes
/// (`Indonesian (as at Dec. 2003)`) are ignored; a value that names no country exactly
/// (`Kuwaiti citizenship withdrawn in 2002`) gives nothing rather than a guess.
pub fn country_codes(s: &str) -> Vec<String> {
    let mut codes = Vec::new();
    if let Some(code) = code_or_demonym(s) {
        codes.push(code.to_string());
        return codes;
    }
    for item in split_enumerated(s) {
        if let Some(code) = code_or_demonym(&item) {
            push_unique(&mut codes, code.to_string());
            continue;
        }
        for part in item.split([';', ',', '/', '\n']).flat_map(|p| p.split(" and ")) {
            if let Some(code) = code_or_demonym(part) {
                push_unique(&mut codes, code.to_string());
            }
        }
    }
    codes
}

fn code_or_demonym(s: &str) -> Option<&'static str> {
    // Drop a trailing parenthesised note, but not a parenthesis that is part of the name
    // ("Iran (Islamic Republic of)"), which code_for knows.
    let s = s.trim().trim_end_matches([';', ',', '.']).trim();
    if s.is_empty() {
        return None;
    }
    if let Some(code) = countries::code_for(s) {
        return Some(code);
    }
    let base = match s.find(" (") {
        Some(i) => &s[..i],
        None => s,
    };
    let base = base.trim().strip_prefix("Possibly ").unwrap_or(base.trim());
    countries::code_for_nationality(base)
}

/// IMO numbers named in free text (`IMO Number: 5342883`, `IMO 9123456`): seven digits after
/// the word IMO and a few characters of punctuation or label.
pub fn imo_numbers(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, _) in text.match_indices("IMO") {
        let rest = &text[i + 3..];
        let start = rest.char_indices().take(12).find(|(_, c)| c.is_ascii_digit()).map(|(k, _)| k);
        let Some(start) = start else { continue };
        // Only a label may stand between "IMO" and the number, no other digits or sentences.
        if rest[..start].contains(['.', ';']) && !rest[..start].trim_end().ends_with(':') {
            continue;
        }
        let digits: String = rest[start..].chars().take_while(char::is_ascii_digit).collect();
        if digits.len() == 7 {
            push_unique(&mut out, digits);
        }
    }
    out
}

/// `dd/mm/yyyy` (or `dd-mm-yyyy`, `dd.mm.yyyy`) as ISO `YYYY-MM-DD`, for listing dates.
pub fn dmy_to_iso(s: &str) -> Option<String> {
    let s = s.trim();
    if let Some(d) = BirthDate::parse_iso(s).filter(|d| d.day.is_some()) {
        return Some(d.to_string());
    }
    let parts: Vec<&str> = s.split(['/', '-', '.']).collect();
    let [d, m, y] = parts[..] else { return None };
    let iso = format!("{y:0>4}-{m:0>2}-{d:0>2}");
    BirthDate::parse_iso(&iso).filter(|d| d.day.is_some()).map(|d| d.to_string())
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    /// A run of digits: value and digit count.
    Num(u32, usize),
    /// A run of letters, lowercased.
    Word(String),
    /// Any other non-space character.
    Sym(char),
}

fn tokenize(s: &str) -> Vec<(Tok, bool)> {
    // Each token with whether white space came before it: "05/02/1981" must be one date, and
    // "1955- 1958" still a range, so adjacency is kept.
    let mut out = Vec::new();
    let mut chars = s.chars().peekable();
    let mut gap = false;
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            gap = true;
            chars.next();
        } else if c.is_ascii_digit() {
            let mut digits = String::new();
            while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                digits.push(d);
                chars.next();
            }
            let len = digits.len();
            // Overlong digit runs (passport numbers) keep their length, which rules them out.
            let value = digits.parse::<u32>().unwrap_or(u32::MAX);
            out.push((Tok::Num(value, len), gap));
            gap = false;
        } else if c.is_alphabetic() {
            let mut word = String::new();
            while let Some(&d) = chars.peek().filter(|d| d.is_alphabetic()) {
                word.extend(d.to_lowercase());
                chars.next();
            }
            out.push((Tok::Word(word), gap));
            gap = false;
        } else {
            out.push((Tok::Sym(c), gap));
            chars.next();
            gap = false;
        }
    }
    out
}

/// A date found in text, with the token index just past it. A match of a date's shape that is
/// no real date (`31/02/1970`) gives `None` with the index past it, so that its parts are not
/// read again as a shorter date (`02/1970`).
fn date_at(toks: &[(Tok, bool)], i: usize) -> Option<(Option<BirthDate>, usize)> {
    let num = |k: usize| match toks.get(k) {
        Some((Tok::Num(v, n), _)) => Some((*v, *n)),
        _ => None,
    };
    let sym = |k: usize, c: char| matches!(toks.get(k), Some((Tok::Sym(s), false)) if *s == c);
    let tight = |k: usize| matches!(toks.get(k), Some((_, false)));
    let word = |k: usize| match toks.get(k) {
        Some((Tok::Word(w), _)) => Some(w.as_str()),
        _ => None,
    };
    let build = |y: u32, m: u32, d: u32| -> Option<BirthDate> {
        // `00` stands for an unknown day or month (UK OFSI writes 00/00/1994).
        let iso = match (m, d) {
            (0, _) => format!("{y:04}"),
            (m, 0) => format!("{y:04}-{m:02}"),
            (m, d) => format!("{y:04}-{m:02}-{d:02}"),
        };
        BirthDate::parse_iso(&iso)
    };
    // dd/mm/yyyy, d.m.yyyy, dd-mm-yyyy
    if let (Some((d, 1..=2)), Some((m, 1..=2)), Some((y, 4))) = (num(i), num(i + 2), num(i + 4)) {
        for sep in ['/', '.', '-'] {
            if sym(i + 1, sep) && tight(i + 2) && sym(i + 3, sep) && tight(i + 4) {
                return Some((build(y, m, d), i + 5));
            }
        }
    }
    // yyyy-mm-dd, yyyy-mm
    if let (Some((y, 4)), Some((m, 2))) = (num(i), num(i + 2)) {
        if sym(i + 1, '-') && tight(i + 2) {
            if let Some((d, 2)) = num(i + 4).filter(|_| sym(i + 3, '-') && tight(i + 4)) {
                return Some((build(y, m, d), i + 5));
            }
            return Some((build(y, m, 0), i + 3));
        }
    }
    // mm/yyyy
    if let (Some((m, 1..=2)), Some((y, 4))) = (num(i), num(i + 2)) {
        if (sym(i + 1, '/') || sym(i + 1, '.')) && tight(i + 2) && m >= 1 {
            return Some((build(y, m, 0), i + 3));
        }
    }
    // dd Mon[.] yyyy, dd. Mon yyyy
    if let Some((d, 1..=2)) = num(i) {
        let mut k = i + 1;
        if sym(k, '.') {
            k += 1;
        }
        if let Some(m) = word(k).and_then(super::month_number) {
            k += 1;
            if matches!(toks.get(k), Some((Tok::Sym('.'), _))) {
                k += 1;
            }
            if let Some((y, 4)) = num(k) {
                return Some((build(y, m as u32, d), k + 1));
            }
        }
    }
    // Mon[.] dd, yyyy and Mon[.] yyyy
    if let Some(m) = word(i).and_then(super::month_number) {
        let mut k = i + 1;
        if matches!(toks.get(k), Some((Tok::Sym('.'), _))) {
            k += 1;
        }
        if let (Some((d, 1..=2)), true, Some((y, 4))) =
            (num(k), matches!(toks.get(k + 1), Some((Tok::Sym(','), _))), num(k + 2))
        {
            return Some((build(y, m as u32, d), k + 3));
        }
        if let Some((y, 4)) = num(k) {
            return Some((build(y, m as u32, 0), k + 1));
        }
    }
    // yyyy
    if let Some((y, 4)) = num(i) {
        return Some((build(y, 0, 0), i + 1));
    }
    None
}

/// Birth dates in free text, as lists write them: `05/02/1981`, `00/00/1994` (unknown day and
/// month), `1965-04-29`, `12 Dec. 1960`, `March 1962`, `1958`, `Approximately 1955- 1958`,
/// `Between 1955 and 1958`, `1955 to 1958`, `circa 1960`, `the 1960s`, several in one cell (`a) … b) …`,
/// `…; …`, `… or …`). Impossible dates and years outside 1800–2100 (Hijri years such as 1380)
/// are skipped, never guessed.
pub fn dates_in(text: &str) -> Vec<BirthDate> {
    let toks = tokenize(text);
    let mut out: Vec<BirthDate> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let (mut date, next) = match date_at(&toks, i) {
            Some((Some(date), next)) => (date, next),
            Some((None, next)) => {
                i = next;
                continue;
            }
            None => {
                i += 1;
                continue;
            }
        };
        let prev_word = |k: usize| -> Option<&str> {
            toks[..k].iter().rev().find(|(t, _)| !matches!(t, Tok::Sym('.'))).and_then(|(t, _)| {
                match t {
                    Tok::Word(w) => Some(w.as_str()),
                    _ => None,
                }
            })
        };
        let before = prev_word(i);
        let approximate = matches!(
            before,
            Some("approximately" | "approx" | "circa" | "ca" | "c" | "about" | "around")
        );
        let between = before == Some("between");
        let mut end = next;
        // "the 1960s": a decade.
        if date.month.is_none() && date.year_from % 10 == 0 {
            if let Some((Tok::Word(w), false)) = toks.get(next) {
                if w == "s" {
                    date.year_to = date.year_from + 9;
                    end = next + 1;
                }
            }
        }
        // A second date after "-", "to" or (after "between") "and" closes a range of years.
        let joiner = match toks.get(next) {
            Some((Tok::Sym('-' | '–'), _)) => true,
            Some((Tok::Word(w), _)) if w == "to" || w == "until" => true,
            Some((Tok::Word(w), _)) if w == "and" && between => true,
            _ => false,
        };
        if joiner {
            if let Some((Some(other), after)) = date_at(&toks, next + 1) {
                if other.year_from > date.year_from {
                    date = BirthDate {
                        year_from: date.year_from,
                        year_to: other.year_to,
                        month: None,
                        day: None,
                        approximate: false,
                    };
                    end = after;
                }
            }
        }
        date.approximate = approximate;
        push_unique(&mut out, date);
        i = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(s: &str) -> Vec<String> {
        dates_in(s).iter().map(|d| d.to_string()).collect()
    }

    #[test]
    fn dates_are_read_in_every_way_lists_write_them() {
        assert_eq!(dates("05/02/1981"), ["1981-02-05"]);
        assert_eq!(dates("00/00/1994"), ["1994"]);
        assert_eq!(dates("00/07/1994"), ["1994-07"]);
        assert_eq!(dates("07/1994"), ["1994-07"]);
        assert_eq!(dates(" 1965-04-29 "), ["1965-04-29"]);
        assert_eq!(dates("1965-04"), ["1965-04"]);
        assert_eq!(dates("12 Dec. 1960"), ["1960-12-12"]);
        assert_eq!(dates("12. Jul 1960; 1962"), ["1960-07-12", "1962"]);
        assert_eq!(dates("a) 9 Jan. 1955 b) 1956"), ["1955-01-09", "1956"]);
        assert_eq!(
            dates("a) Approximately 1955- 1958 b) Approximately 1945-1950"),
            ["circa 1955–1958", "circa 1945–1950"]
        );
        assert_eq!(dates("Between 1955 and 1958"), ["1955–1958"]);
        assert_eq!(dates("1955 to 1958"), ["1955–1958"]);
        assert_eq!(dates("circa 1960"), ["circa 1960"]);
        assert_eq!(dates("March 1962"), ["1962-03"]);
        assert_eq!(dates("1971 or 1972"), ["1971", "1972"]);
        assert_eq!(dates("born in the early 1960s"), ["1960–1969"]);
        assert_eq!(dates("14/05/1384 (Hijri Calendar)"), Vec::<String>::new());
        assert_eq!(dates("31/02/1970"), Vec::<String>::new());
        assert_eq!(dates("na"), Vec::<String>::new());
        assert_eq!(dates("passport 123456789"), Vec::<String>::new());
    }

    #[test]
    fn enumerated_cells_split_only_on_markers_in_order() {
        assert_eq!(split_enumerated("(1) Russia (2) Ukraine"), ["Russia", "Ukraine"]);
        assert_eq!(split_enumerated("(1) Germany. (2) Morocco"), ["Germany", "Morocco"]);
        assert_eq!(split_enumerated("a)9999 b)8888"), ["9999", "8888"]);
        assert_eq!(
            split_enumerated("(1) 203037 (2) 347834(3) 434021161"),
            ["203037", "347834", "434021161"]
        );
        assert_eq!(split_enumerated("Company (Branch) b) x"), ["Company (Branch) b) x"]);
        assert_eq!(
            split_enumerated("(1) Uganda (2) Uganda (3)Uganda"),
            ["Uganda", "Uganda", "Uganda"]
        );
        assert!(split_enumerated("  ").is_empty());
    }

    #[test]
    fn countries_come_from_names_and_adjectives() {
        assert_eq!(country_codes("(1) Russia (2) Ukraine"), ["RU", "UA"]);
        assert_eq!(country_codes("Russian and Ukrainian"), ["RU", "UA"]);
        assert_eq!(country_codes("a) German\u{a0} b) Moroccan"), ["DE", "MA"]);
        assert_eq!(country_codes("Indonesian (as at Dec. 2003)"), ["ID"]);
        assert_eq!(country_codes("Iran (Islamic Republic of)"), ["IR"]);
        assert!(country_codes("Kuwaiti citizenship withdrawn in 2002").is_empty());
        assert!(country_codes("Congolese").is_empty());
    }

    #[test]
    fn scripts_are_told_from_the_characters() {
        assert_eq!(script_of("Сергей"), Some("Cyrillic"));
        assert_eq!(script_of("Sergei Ivanov"), None);
        assert_eq!(script_of("MAŠADZEV Čikmetovič"), None);
        assert_eq!(script_of("محمد"), Some("Arabic"));
        assert_eq!(script_of("123 ООО"), Some("Cyrillic"));
    }

    #[test]
    fn text_is_utf8_or_utf16_with_a_mark_and_nothing_else() {
        assert_eq!(decode_text(b"\xef\xbb\xbfab").unwrap(), "ab");
        assert_eq!(decode_text(b"\xff\xfea\0b\0").unwrap(), "ab");
        let err = decode_text(b"ab\xc0\xff").unwrap_err();
        assert!(err.contains("offset 2"), "{err}");
    }

    #[test]
    fn imo_numbers_are_found_in_prose() {
        assert_eq!(imo_numbers("IMO Number: 5342883. The company"), ["5342883"]);
        assert_eq!(imo_numbers("vessel (IMO 9123456) and IMO: 1234567"), ["9123456", "1234567"]);
        assert!(imo_numbers("IMO 12345678").is_empty());
    }

    #[test]
    fn listing_dates_become_iso() {
        assert_eq!(dmy_to_iso("09/12/2022").as_deref(), Some("2022-12-09"));
        assert_eq!(dmy_to_iso("23-07-2025").as_deref(), Some("2025-07-23"));
        assert_eq!(dmy_to_iso("2025-03-20").as_deref(), Some("2025-03-20"));
        assert_eq!(dmy_to_iso("32/01/2020"), None);
    }
}
