//! A user's own table (partners to screen, goods to check) from CSV, XLSX or ODS bytes.
//!
//! People export these from accounting programs and Excel, so the reader takes what those
//! programs write: CSV separated by `,` `;` tab or `|`, in UTF-8 (with or without a byte-order
//! mark), Windows-1251 (Russian Excel's "CSV") or UTF-16 with a byte-order mark (Excel's
//! "Unicode text"); and the first sheet that has data of an XLSX or ODS workbook. Every cell
//! comes back as text. [`guess_columns`] then proposes which column holds which field, from
//! header names in English, Russian and Kazakh, for the user to confirm.
//!
//! No file access: it takes bytes, so the page reads a dropped file exactly as tests do.

use crate::error::{Error, Result};
use crate::lists::sheet::{self, Cell};
use serde::Serialize;

/// Files above this size are refused (64 MiB): a partner list that large is not a user's
/// table, and the browser tab would run short of memory holding it several times over.
pub const MAX_FILE_BYTES: usize = 64 * 1024 * 1024;

/// Data rows kept (100,000); [`Table::truncated`] says when a file had more.
pub const MAX_ROWS: usize = 100_000;

/// A table read by [`read_table`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Table {
    /// The workbook's sheet names, in order (empty for CSV).
    pub sheets: Vec<String>,
    /// The sheet read: the first with any value (empty for CSV).
    pub sheet: String,
    /// The header: the first row with any value. As wide as the widest row.
    pub header: Vec<String>,
    /// The data rows under the header, blank rows left out, at most [`MAX_ROWS`]; each as wide
    /// as the header (missing cells are empty strings).
    pub rows: Vec<Vec<String>>,
    /// Data rows in the file, including those beyond [`MAX_ROWS`].
    pub total_rows: usize,
    /// True when rows were left out because the file had more than [`MAX_ROWS`].
    pub truncated: bool,
}

/// Reads a CSV, XLSX or ODS file. `file_name` names the file in error messages; the format is
/// told from the content, never from the name.
///
/// Cells are text with white space folded to single spaces (a name wrapped over two lines in a
/// cell is one name); spreadsheet dates read as `YYYY-MM-DD`, whole numbers without a decimal
/// point (`7701234567`, not `7701234567.0`).
///
/// # Errors
/// A message naming the file when it is larger than [`MAX_FILE_BYTES`], empty, has a header
/// but no rows, is a damaged spreadsheet, an old `.xls` workbook, another kind of zip archive,
/// or binary data rather than text. Never panics, whatever the bytes.
///
/// # Example
/// ```
/// use sanctions_checker::table::{guess_columns, read_table};
///
/// let csv = "ФИО;Дата рождения;Страна\nИванов Иван;1970-01-02;RU\n";
/// let table = read_table(csv.as_bytes(), "partners.csv")?;
/// assert_eq!(table.rows, [["Иванов Иван", "1970-01-02", "RU"]]);
/// let guess = guess_columns(&table.header);
/// assert_eq!((guess.name, guess.dob, guess.country), (Some(0), Some(1), Some(2)));
/// # Ok::<(), sanctions_checker::Error>(())
/// ```
pub fn read_table(bytes: &[u8], file_name: &str) -> Result<Table> {
    let fail = |reason: String| Error::table(file_name, reason);
    if bytes.len() > MAX_FILE_BYTES {
        return Err(fail(format!(
            "the file has {:.1} MB, more than the {} MB a table may have; split it into \
             smaller files",
            bytes.len() as f64 / (1024.0 * 1024.0),
            MAX_FILE_BYTES / (1024 * 1024)
        )));
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(fail("the file is empty".into()));
    }
    let (sheets, sheet, rows) = if sheet::is_zip(bytes) {
        read_workbook(bytes).map_err(fail)?
    } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Err(fail(
            "an old Excel 97–2003 (.xls) workbook, which cannot be read here; open it in \
             Excel or LibreOffice and save it as .xlsx or CSV"
                .into(),
        ));
    } else {
        (Vec::new(), String::new(), read_csv(bytes).map_err(fail)?)
    };
    into_table(sheets, sheet, rows).map_err(fail)
}

/// Sheet names, the sheet read, and its rows as text.
type Sheet = (Vec<String>, String, Box<dyn Iterator<Item = Vec<String>>>);

fn read_workbook(bytes: &[u8]) -> Result<Sheet, String> {
    let is_spreadsheet = sheet::is_ods(bytes) || contains(bytes, b"xl/workbook.xml");
    if !is_spreadsheet {
        return Err("a zip archive that is not an XLSX or ODS spreadsheet (a Word file or \
                    another archive?); choose a table saved as CSV, XLSX or ODS"
            .into());
    }
    let book = sheet::read_first_sheet_with_data(bytes)?;
    let (name, rows) = book.data.ok_or("the spreadsheet has no filled cells in any sheet")?;
    let rows = rows.into_iter().map(|row| row.iter().map(cell_text).collect());
    Ok((book.sheets, name, Box::new(rows)))
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

fn cell_text(cell: &Cell) -> String {
    cell.text().unwrap_or_default()
}

fn into_table(
    sheets: Vec<String>,
    sheet: String,
    rows: Box<dyn Iterator<Item = Vec<String>>>,
) -> Result<Table, String> {
    let mut rows = rows.filter(|row| row.iter().any(|c| !c.is_empty()));
    let mut header = rows.next().ok_or("the file has no rows with any value")?;
    let mut kept = Vec::new();
    let mut total_rows = 0;
    for row in rows {
        total_rows += 1;
        if kept.len() < MAX_ROWS {
            kept.push(row);
        }
    }
    if kept.is_empty() {
        return Err(format!(
            "the file has a header row ({}) but no rows under it",
            header.iter().filter(|c| !c.is_empty()).cloned().collect::<Vec<_>>().join(", ")
        ));
    }
    let trim = |row: &mut Vec<String>| {
        while row.last().is_some_and(String::is_empty) {
            row.pop();
        }
    };
    trim(&mut header);
    kept.iter_mut().for_each(trim);
    let width = kept.iter().map(Vec::len).chain([header.len()]).max().unwrap_or(0);
    header.resize(width, String::new());
    kept.iter_mut().for_each(|row| row.resize(width, String::new()));
    Ok(Table { sheets, sheet, header, rows: kept, total_rows, truncated: total_rows > MAX_ROWS })
}

// ---- CSV ----

fn read_csv(bytes: &[u8]) -> Result<Box<dyn Iterator<Item = Vec<String>>>, String> {
    let text = decode(bytes)?;
    refuse_binary(&text)?;
    let delimiter = detect_delimiter(&text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(std::io::Cursor::new(text.into_bytes()));
    // The text is valid UTF-8 and the reader flexible, so records cannot fail; should one
    // anyway, the rows read so far are kept rather than losing the file.
    let rows = std::iter::from_fn(move || {
        let mut record = csv::StringRecord::new();
        match reader.read_record(&mut record) {
            Ok(true) => Some(record.iter().map(|f| sheet::clean(f).unwrap_or_default()).collect()),
            _ => None,
        }
    });
    Ok(Box::new(rows))
}

/// UTF-8 (with or without a mark), UTF-16 (with a mark, or Latin text written as UTF-16
/// without one: its zero bytes are valid UTF-8, so it is looked for first), otherwise
/// Windows-1251: a file that is not valid UTF-8 and came from a Russian or Kazakh Excel is
/// almost always that.
fn decode(bytes: &[u8]) -> Result<String, String> {
    if bytes.starts_with(b"\xef\xbb\xbf")
        || bytes.starts_with(b"\xff\xfe")
        || bytes.starts_with(b"\xfe\xff")
    {
        return sheet::decode_text(bytes);
    }
    // UTF-16 without a mark: every other byte of Latin text is zero.
    if bytes.len() >= 4 && bytes.len() % 2 == 0 {
        let zeros = |start: usize| bytes.iter().skip(start).step_by(2).take(64);
        let le = zeros(1).all(|&b| b == 0) && zeros(0).all(|&b| b != 0);
        let be = zeros(0).all(|&b| b == 0) && zeros(1).all(|&b| b != 0);
        if le || be {
            let mut marked = if le { vec![0xff, 0xfe] } else { vec![0xfe, 0xff] };
            marked.extend_from_slice(bytes);
            return sheet::decode_text(&marked);
        }
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(text.to_string());
    }
    Ok(bytes
        .iter()
        .map(|&b| if b < 0x80 { b as char } else { CP1251[b as usize - 0x80] })
        .collect())
}

/// Windows-1251, bytes 0x80..=0xFF (0x98 is unassigned and reads as U+FFFD).
#[rustfmt::skip]
const CP1251: [char; 128] = [
    '\u{0402}', '\u{0403}', '\u{201A}', '\u{0453}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{20AC}', '\u{2030}', '\u{0409}', '\u{2039}', '\u{040A}', '\u{040C}', '\u{040B}', '\u{040F}',
    '\u{0452}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{FFFD}', '\u{2122}', '\u{0459}', '\u{203A}', '\u{045A}', '\u{045C}', '\u{045B}', '\u{045F}',
    '\u{00A0}', '\u{040E}', '\u{045E}', '\u{0408}', '\u{00A4}', '\u{0490}', '\u{00A6}', '\u{00A7}',
    '\u{0401}', '\u{00A9}', '\u{0404}', '\u{00AB}', '\u{00AC}', '\u{00AD}', '\u{00AE}', '\u{0407}',
    '\u{00B0}', '\u{00B1}', '\u{0406}', '\u{0456}', '\u{0491}', '\u{00B5}', '\u{00B6}', '\u{00B7}',
    '\u{0451}', '\u{2116}', '\u{0454}', '\u{00BB}', '\u{0458}', '\u{0405}', '\u{0455}', '\u{0457}',
    '\u{0410}', '\u{0411}', '\u{0412}', '\u{0413}', '\u{0414}', '\u{0415}', '\u{0416}', '\u{0417}',
    '\u{0418}', '\u{0419}', '\u{041A}', '\u{041B}', '\u{041C}', '\u{041D}', '\u{041E}', '\u{041F}',
    '\u{0420}', '\u{0421}', '\u{0422}', '\u{0423}', '\u{0424}', '\u{0425}', '\u{0426}', '\u{0427}',
    '\u{0428}', '\u{0429}', '\u{042A}', '\u{042B}', '\u{042C}', '\u{042D}', '\u{042E}', '\u{042F}',
    '\u{0430}', '\u{0431}', '\u{0432}', '\u{0433}', '\u{0434}', '\u{0435}', '\u{0436}', '\u{0437}',
    '\u{0438}', '\u{0439}', '\u{043A}', '\u{043B}', '\u{043C}', '\u{043D}', '\u{043E}', '\u{043F}',
    '\u{0440}', '\u{0441}', '\u{0442}', '\u{0443}', '\u{0444}', '\u{0445}', '\u{0446}', '\u{0447}',
    '\u{0448}', '\u{0449}', '\u{044A}', '\u{044B}', '\u{044C}', '\u{044D}', '\u{044E}', '\u{044F}',
];

/// Text tables hold no control characters but tab and line ends; binary files (images, PDFs,
/// executables) are full of them. A few stray ones are tolerated (a 0x1A end-of-file mark).
fn refuse_binary(text: &str) -> Result<(), String> {
    let binary = || {
        Err("not a CSV or XLSX file (the content is binary data, not text); choose a table \
             saved as CSV, XLSX or ODS"
            .to_string())
    };
    let mut chars = 0usize;
    let mut odd = 0usize;
    for c in text.chars() {
        chars += 1;
        if c == '\0' {
            return binary(); // no text export writes a NUL
        }
        if (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || c == '\u{FFFD}' {
            odd += 1;
        }
    }
    if odd * 50 > chars {
        return binary();
    }
    Ok(())
}

/// The separator that cuts the first lines into the same number (two or more) of fields most
/// consistently; ties go to the more fields, then to the order `,` `;` tab `|`. A table of one
/// column (nothing cuts its header in two) is read with no separator at all, so a name with a
/// comma stays one cell.
fn detect_delimiter(text: &str) -> u8 {
    const SAMPLE: usize = 64 * 1024;
    const LINES: usize = 20;
    let (sample, cut) = if text.len() > SAMPLE {
        let mut end = SAMPLE;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        (&text[..end], true)
    } else {
        (text, false)
    };
    let mut best: Option<((usize, usize), u8)> = None;
    for delimiter in [b',', b';', b'\t', b'|'] {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(sample.as_bytes());
        let mut counts: Vec<usize> =
            reader.records().map_while(|r| r.ok()).take(LINES + 1).map(|r| r.len()).collect();
        if cut || counts.len() > LINES {
            counts.pop(); // the last record of a cut sample may be cut too
        }
        let Some(&first) = counts.first() else { continue };
        if first < 2 {
            continue;
        }
        let score = (counts.iter().filter(|&&n| n == first).count(), first);
        if best.is_none_or(|(s, _)| score > s) {
            best = Some((score, delimiter));
        }
    }
    // The unit separator (0x1F) is a control character no text table contains.
    best.map_or(0x1F, |(_, d)| d)
}

// ---- Column guessing ----

/// Which column (0-based position in the header) holds which field; `None` when no header
/// cell looks like it. A column is given to at most one field.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ColumnGuess {
    /// The partner's name (person or company).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<usize>,
    /// Person, organisation, vessel, aircraft.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<usize>,
    /// Date of birth.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dob: Option<usize>,
    /// Country or nationality.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<usize>,
    /// The row's own identifier or a registration number (INN, BIN, IIN).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<usize>,
    /// An HS, CN or TN VED goods code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub goods_code: Option<usize>,
    /// A goods description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub goods_description: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Name,
    Kind,
    Dob,
    Country,
    Id,
    GoodsCode,
    GoodsDescription,
}

/// How a rule's words must meet a header's words.
#[derive(Clone, Copy)]
enum Match {
    /// The header is exactly these words.
    Exact,
    /// The header has these words next to each other somewhere.
    Contains,
}

use Field::*;
use Match::*;

/// Header rules, most specific first: the first rule a header meets decides its field, and a
/// field takes the header that met the earliest rule (leftmost on a tie). Words are lowercase,
/// `ё` read as `е`, split at anything but letters and digits. So "Наименование товара" is a
/// goods description before it could be a name, and "Код ТН ВЭД" a goods code before "код"
/// could make it an id.
const RULES: &[(Field, Match, &[&str])] = &[
    // Exact headers.
    (Id, Exact, &["id"]),
    (Id, Exact, &["no"]),
    (Id, Exact, &["n"]),
    (Id, Exact, &["nr"]),
    (Id, Exact, &["ref"]),
    (Id, Exact, &["reference"]),
    (Id, Exact, &["п", "п"]),
    (Name, Exact, &["name"]),
    (Name, Exact, &["full", "name"]),
    (Name, Exact, &["фио"]),
    (Name, Exact, &["ф", "и", "о"]),
    (Name, Exact, &["наименование"]),
    (Name, Exact, &["название"]),
    (Name, Exact, &["имя"]),
    (Name, Exact, &["атауы"]),
    (Name, Exact, &["аты", "жөні"]),
    (Kind, Exact, &["type"]),
    (Kind, Exact, &["kind"]),
    (Kind, Exact, &["schema"]),
    (Kind, Exact, &["тип"]),
    (Kind, Exact, &["вид"]),
    (Kind, Exact, &["түрі"]),
    (Dob, Exact, &["dob"]),
    (Dob, Exact, &["born"]),
    (Dob, Exact, &["д", "р"]),
    (Country, Exact, &["country"]),
    (Country, Exact, &["nationality"]),
    (Country, Exact, &["citizenship"]),
    (Country, Exact, &["страна"]),
    (Country, Exact, &["гражданство"]),
    (Country, Exact, &["ел"]),
    (Country, Exact, &["елі"]),
    (Country, Exact, &["азаматтығы"]),
    (GoodsCode, Exact, &["hs"]),
    (GoodsCode, Exact, &["cn"]),
    (GoodsCode, Exact, &["taric"]),
    (GoodsDescription, Exact, &["description"]),
    (GoodsDescription, Exact, &["goods"]),
    (GoodsDescription, Exact, &["товар"]),
    (GoodsDescription, Exact, &["тауар"]),
    // Goods first: their headers often also say "name", "наименование" or "код".
    (GoodsCode, Contains, &["hs", "code"]),
    (GoodsCode, Contains, &["hs6"]),
    (GoodsCode, Contains, &["hs"]),
    (GoodsCode, Contains, &["cn", "code"]),
    (GoodsCode, Contains, &["tariff"]),
    (GoodsCode, Contains, &["commodity", "code"]),
    (GoodsCode, Contains, &["taric"]),
    (GoodsCode, Contains, &["тн", "вэд"]),
    (GoodsCode, Contains, &["тнвэд"]),
    (GoodsCode, Contains, &["сэқ", "тн"]),
    (GoodsCode, Contains, &["код", "товара"]),
    (GoodsDescription, Contains, &["description"]),
    (GoodsDescription, Contains, &["goods"]),
    (GoodsDescription, Contains, &["product"]),
    (GoodsDescription, Contains, &["commodity"]),
    (GoodsDescription, Contains, &["описание"]),
    (GoodsDescription, Contains, &["товар"]),
    (GoodsDescription, Contains, &["товара"]),
    (GoodsDescription, Contains, &["товаров"]),
    (GoodsDescription, Contains, &["продукции"]),
    (GoodsDescription, Contains, &["тауар"]),
    (GoodsDescription, Contains, &["тауардың"]),
    (GoodsDescription, Contains, &["сипаттамасы"]),
    (Dob, Contains, &["date", "of", "birth"]),
    (Dob, Contains, &["birth", "date"]),
    (Dob, Contains, &["birthdate"]),
    (Dob, Contains, &["дата", "рождения"]),
    (Dob, Contains, &["год", "рождения"]),
    (Dob, Contains, &["туған", "күні"]),
    (Dob, Contains, &["туған", "жылы"]),
    (Country, Contains, &["country"]),
    (Country, Contains, &["nationality"]),
    (Country, Contains, &["страна"]),
    (Country, Contains, &["гражданство"]),
    (Country, Contains, &["азаматтығы"]),
    (Kind, Contains, &["entity", "type"]),
    (Kind, Contains, &["party", "type"]),
    (Kind, Contains, &["тип", "лица"]),
    (Kind, Contains, &["тип", "контрагента"]),
    (Kind, Contains, &["type"]),
    (Id, Contains, &["id"]),
    (Id, Contains, &["инн"]),
    (Id, Contains, &["бин"]),
    (Id, Contains, &["иин"]),
    (Id, Contains, &["огрн"]),
    (Id, Contains, &["inn"]),
    (Id, Contains, &["tin"]),
    (Id, Contains, &["bin"]),
    (Id, Contains, &["iin"]),
    (Id, Contains, &["registration", "number"]),
    (Id, Contains, &["number"]),
    (Id, Contains, &["номер"]),
    (Id, Contains, &["нөмірі"]),
    (Name, Contains, &["name"]),
    (Name, Contains, &["company"]),
    (Name, Contains, &["counterparty"]),
    (Name, Contains, &["partner"]),
    (Name, Contains, &["customer"]),
    (Name, Contains, &["client"]),
    (Name, Contains, &["supplier"]),
    (Name, Contains, &["beneficiary"]),
    (Name, Contains, &["organisation"]),
    (Name, Contains, &["organization"]),
    (Name, Contains, &["наименование"]),
    (Name, Contains, &["название"]),
    (Name, Contains, &["фио"]),
    (Name, Contains, &["контрагент"]),
    (Name, Contains, &["контрагента"]),
    (Name, Contains, &["организация"]),
    (Name, Contains, &["организации"]),
    (Name, Contains, &["компания"]),
    (Name, Contains, &["партнер"]),
    (Name, Contains, &["покупатель"]),
    (Name, Contains, &["поставщик"]),
    (Name, Contains, &["получатель"]),
    (Name, Contains, &["атауы"]),
    (Name, Contains, &["аты", "жөні"]),
    (Name, Contains, &["серіктес"]),
];

/// Proposes which header cell holds which field (see [`ColumnGuess`]), from header names in
/// English, Russian and Kazakh: "Name", "Company name", "Наименование", "ФИО", "Дата
/// рождения", "Страна", "ИНН", "Код ТН ВЭД", "HS code", "Description", "Описание товара", …
///
/// A guess, for the user to confirm: it looks at the header words only, never at the data.
pub fn guess_columns(header: &[String]) -> ColumnGuess {
    // For each field, the best (rule position, column) found.
    let mut best: Vec<(Field, usize, usize)> = Vec::new();
    for (column, cell) in header.iter().enumerate() {
        let words = words(cell);
        if words.is_empty() {
            continue;
        }
        let hit = RULES.iter().enumerate().find(|(_, (_, how, pattern))| match how {
            Exact => words.iter().map(String::as_str).eq(pattern.iter().copied()),
            Contains => words
                .windows(pattern.len())
                .any(|w| w.iter().map(String::as_str).eq(pattern.iter().copied())),
        });
        let Some((rule, &(field, ..))) = hit else { continue };
        match best.iter_mut().find(|(f, ..)| *f == field) {
            Some(entry) if rule < entry.1 => *entry = (field, rule, column),
            Some(_) => {}
            None => best.push((field, rule, column)),
        }
    }
    let column = |field: Field| best.iter().find(|(f, ..)| *f == field).map(|&(.., c)| c);
    ColumnGuess {
        name: column(Name),
        kind: column(Kind),
        dob: column(Dob),
        country: column(Country),
        id: column(Id),
        goods_code: column(GoodsCode),
        goods_description: column(GoodsDescription),
    }
}

/// A header's words: lowercase, `ё` as `е`, split at anything but letters and digits.
fn words(cell: &str) -> Vec<String> {
    let lower = cell.to_lowercase().replace('ё', "е");
    let mut out: Vec<String> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    // "№" and "#" alone are a row number.
    if out.is_empty() && matches!(cell.trim(), "№" | "#" | "№ п/п") {
        out.push("no".into());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cp1251_table_agrees_with_the_cyrillic_block() {
        // А..я are contiguous in both encodings.
        for b in 0xC0u8..=0xFF {
            assert_eq!(CP1251[b as usize - 0x80] as u32, 0x410 + (b - 0xC0) as u32);
        }
        assert_eq!(CP1251[0xA8 - 0x80], 'Ё');
        assert_eq!(CP1251[0xB8 - 0x80], 'ё');
        assert_eq!(CP1251[0xB9 - 0x80], '№');
    }

    #[test]
    fn header_words_fold_case_and_yo() {
        assert_eq!(words("Ф.И.О."), ["ф", "и", "о"]);
        assert_eq!(words("Партнёр"), ["партнер"]);
        assert_eq!(words("№"), ["no"]);
    }
}
