//! A user's own table (`table::read_table`, `table::guess_columns`): CSV in every separator and
//! encoding Excel and accounting programs write, XLSX built here, the size and row limits, and
//! files that are no table at all.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{fixture, xlsx, zip, XCell};
use sanctions_checker::table::{guess_columns, read_table, ColumnGuess, Table, MAX_ROWS};

fn read(bytes: &[u8]) -> Table {
    read_table(bytes, "partners.csv").unwrap()
}

fn err(bytes: &[u8]) -> String {
    read_table(bytes, "partners.csv").unwrap_err().to_string()
}

fn strings(cells: &[&str]) -> Vec<String> {
    cells.iter().map(|s| s.to_string()).collect()
}

#[test]
fn comma_semicolon_tab_and_pipe_separated_files_read_alike() {
    for sep in [",", ";", "\t", "|"] {
        let csv = ["id", "name", "country"].join(sep)
            + "\n"
            + &["1", "Ivan Petrov", "RU"].join(sep)
            + "\r\n"
            + &["2", "Acme Trading LLC", "KZ"].join(sep)
            + "\n";
        let t = read(csv.as_bytes());
        assert_eq!(t.header, strings(&["id", "name", "country"]), "separator {sep:?}");
        assert_eq!(t.rows[1], strings(&["2", "Acme Trading LLC", "KZ"]), "separator {sep:?}");
        assert_eq!((t.total_rows, t.truncated), (2, false));
        assert!(t.sheets.is_empty() && t.sheet.is_empty());
    }
}

#[test]
fn the_separator_is_the_one_that_cuts_every_line_alike() {
    // Commas inside names do not fool the detection of a semicolon file.
    let t = read("Name;Country\nPetrov, Ivan;RU\nSmith, John, Jr.;US\n".as_bytes());
    assert_eq!(t.rows, [strings(&["Petrov, Ivan", "RU"]), strings(&["Smith, John, Jr.", "US"])]);
    // One column: a name with a comma stays whole.
    let t = read("Name\nPetrov, Ivan\nAcme\n".as_bytes());
    assert_eq!(t.rows, [strings(&["Petrov, Ivan"]), strings(&["Acme"])]);
}

#[test]
fn quoted_fields_keep_separators_quotes_and_line_breaks() {
    let csv = "name,note\n\"Acme, \"\"Best\"\" Ltd\",\"line one\nline two\"\nBeta,x\n";
    let t = read(csv.as_bytes());
    assert_eq!(t.total_rows, 2);
    // White space inside a cell is folded: a name wrapped in its cell is one name.
    assert_eq!(t.rows[0], strings(&["Acme, \"Best\" Ltd", "line one line two"]));
    assert_eq!(t.rows[1], strings(&["Beta", "x"]));
}

#[test]
fn a_byte_order_mark_is_not_part_of_the_first_header() {
    let t = read("\u{feff}Name;Страна\nИванов;RU\n".as_bytes());
    assert_eq!(t.header, strings(&["Name", "Страна"]));
}

#[test]
fn windows_1251_russian_text_is_decoded() {
    // "ФИО;Страна\nИванов Пётр;Россия\n" as Russian Excel saves "CSV (разделители - запятые)".
    let mut bytes = Vec::new();
    for c in "ФИО;Страна\nИванов Пётр;Россия №1\n".chars() {
        bytes.push(match c as u32 {
            0x410..=0x44F => (c as u32 - 0x410 + 0xC0) as u8,
            0x451 => 0xB8,
            0x2116 => 0xB9,
            _ => c as u8,
        });
    }
    assert!(std::str::from_utf8(&bytes).is_err());
    let t = read(&bytes);
    assert_eq!(t.header, strings(&["ФИО", "Страна"]));
    assert_eq!(t.rows[0], strings(&["Иванов Пётр", "Россия №1"]));
}

#[test]
fn utf16_unicode_text_is_decoded_in_either_byte_order() {
    let text = "Name\tCountry\nМухаммад Аль-Хусейни\tIQ\n";
    let le: Vec<u8> =
        [0xFF, 0xFE].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect();
    let be: Vec<u8> =
        [0xFE, 0xFF].into_iter().chain(text.encode_utf16().flat_map(u16::to_be_bytes)).collect();
    for bytes in [le, be] {
        let t = read(&bytes);
        assert_eq!(t.header, strings(&["Name", "Country"]));
        assert_eq!(t.rows[0], strings(&["Мухаммад Аль-Хусейни", "IQ"]));
    }
    // Excel-style Latin text without a mark.
    let plain: Vec<u8> = "id,name\n1,Acme\n".encode_utf16().flat_map(u16::to_le_bytes).collect();
    assert_eq!(read(&plain).rows[0], strings(&["1", "Acme"]));
}

#[test]
fn an_xlsx_workbook_reads_its_first_filled_sheet_as_text() {
    use XCell::*;
    let book = xlsx(&[
        ("Notes", vec![]),
        (
            "Partners",
            vec![
                vec![E, E],
                vec![E, T("Наименование"), T("ИНН"), T("Дата рождения"), T("Сумма")],
                vec![E, T("ООО  «Ромашка»"), N(7701234567.0), E, N(12.5)],
                vec![E, E, E, E, E],
                vec![E, T("Иванов Иван"), N(770100000001.0), D(45366.0), N(3.0)],
            ],
        ),
        ("Later", vec![vec![T("ignored")]]),
    ]);
    let t = read_table(&book, "partners.xlsx").unwrap();
    assert_eq!(t.sheets, strings(&["Notes", "Partners", "Later"]));
    assert_eq!(t.sheet, "Partners");
    // The used area starts at B2: no empty first column; blank rows are left out.
    assert_eq!(t.header, strings(&["Наименование", "ИНН", "Дата рождения", "Сумма"]));
    assert_eq!(t.rows.len(), 2);
    assert_eq!(t.rows[0], strings(&["ООО «Ромашка»", "7701234567", "", "12.5"]));
    assert_eq!(t.rows[1], strings(&["Иванов Иван", "770100000001", "2024-03-15", "3"]));
    let g = guess_columns(&t.header);
    assert_eq!((g.name, g.id, g.dob), (Some(0), Some(1), Some(2)));
}

#[test]
fn the_ods_and_xlsx_fixtures_read_as_tables() {
    for name in ["lists/uk/fcdo_mini.ods", "lists/uk/fcdo_mini.xlsx"] {
        let bytes = std::fs::read(fixture(name)).unwrap();
        let t = read_table(&bytes, name).unwrap();
        assert_eq!(t.sheets.len(), 1, "{name}");
        assert!(t.header.iter().any(|h| h == "Name"), "{name}: {:?}", t.header);
        assert_eq!(t.total_rows, 4, "{name}");
    }
}

#[test]
fn more_than_100000_rows_keeps_the_first_100000_and_says_how_many_there_were() {
    let mut csv = String::from("id,name\n");
    for i in 0..=MAX_ROWS {
        csv.push_str(&format!("{i},Party {i}\n"));
    }
    let t = read(csv.as_bytes());
    assert_eq!(t.rows.len(), MAX_ROWS);
    assert_eq!((t.total_rows, t.truncated), (MAX_ROWS + 1, true));
    assert_eq!(t.rows[MAX_ROWS - 1][1], format!("Party {}", MAX_ROWS - 1));
    // Exactly the limit is not truncated.
    let end = csv.rfind(&format!("{MAX_ROWS},")).unwrap();
    let t = read(&csv.as_bytes()[..end]);
    assert_eq!((t.rows.len(), t.total_rows, t.truncated), (MAX_ROWS, MAX_ROWS, false));
}

#[test]
fn a_file_over_64_mib_is_refused_before_reading() {
    let big = vec![b'a'; 64 * 1024 * 1024 + 1];
    let msg = err(&big);
    assert!(msg.starts_with("partners.csv: the file has 64.0 MB, more than the 64 MB"), "{msg}");
}

#[test]
fn empty_files_and_files_without_rows_say_so() {
    assert!(err(b"").contains("the file is empty"));
    assert!(err(b" \r\n\n").contains("the file is empty"));
    assert!(err(b",,,\n,,\n").contains("no rows with any value"), "{}", err(b",,,\n,,\n"));
    let msg = err(b"name,country\n\n,\n");
    assert!(msg.contains("header row (name, country) but no rows under it"), "{msg}");
    let empty_book = xlsx(&[("A", vec![]), ("B", vec![vec![XCell::E]])]);
    let msg = read_table(&empty_book, "x.xlsx").unwrap_err().to_string();
    assert!(msg.starts_with("x.xlsx: the spreadsheet has no filled cells"), "{msg}");
}

#[test]
fn binary_and_other_files_are_not_tables() {
    // Bytes of every value, as an image or executable would have.
    let garbage: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2654435761) >> 13) as u8).collect();
    let msg = err(&garbage);
    assert!(msg.contains("not a CSV or XLSX file"), "{msg}");
    assert!(err(b"name\0,x\n1,2\n").contains("not a CSV or XLSX file"));
    let docx = zip(&[("word/document.xml", b"<w:document/>")]);
    assert!(err(&docx).contains("zip archive that is not an XLSX or ODS"), "{}", err(&docx));
    let xls = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
    assert!(err(&xls).contains("save it as .xlsx or CSV"));
    let book = xlsx(&[("S", vec![vec![XCell::T("name")], vec![XCell::T("x")]])]);
    let msg = err(&book[..book.len() / 2]);
    assert!(msg.contains("not a readable spreadsheet"), "{msg}");
}

#[test]
fn no_bytes_make_the_reader_panic() {
    // A small deterministic sweep; the fuzz target `table` goes much further.
    let seeds: [&[u8]; 4] = [b"a,b\n\"1,2\n", b"\xff\xfe\x00", b"PK\x03\x04", b"\xef\xbb\xbf\"\n"];
    for seed in seeds {
        for n in 0..=seed.len() {
            let _ = read_table(&seed[..n], "x");
        }
    }
}

fn guess(header: &[&str]) -> ColumnGuess {
    guess_columns(&strings(header))
}

#[test]
fn english_headers_are_recognised() {
    let g = guess(&["ID", "Company name", "Type", "Date of birth", "Country", "Notes"]);
    assert_eq!(
        g,
        ColumnGuess {
            id: Some(0),
            name: Some(1),
            kind: Some(2),
            dob: Some(3),
            country: Some(4),
            ..ColumnGuess::default()
        }
    );
    let g = guess(&["HS code", "Description", "Quantity"]);
    assert_eq!((g.goods_code, g.goods_description, g.name), (Some(0), Some(1), None));
    let g = guess(&["Product name", "Customer ID", "Nationality", "DOB", "Full Name"]);
    assert_eq!(g.goods_description, Some(0), "a product name is goods, not a partner");
    assert_eq!((g.id, g.country, g.dob, g.name), (Some(1), Some(2), Some(3), Some(4)));
}

#[test]
fn russian_and_kazakh_headers_are_recognised() {
    let g = guess(&["№ п/п", "Наименование", "ИНН", "Страна", "Дата рождения", "Тип лица"]);
    assert_eq!(
        (g.id, g.name, g.country, g.dob, g.kind),
        (Some(0), Some(1), Some(3), Some(4), Some(5))
    );
    let g = guess(&["ФИО", "ИИН", "Гражданство"]);
    assert_eq!((g.name, g.id, g.country), (Some(0), Some(1), Some(2)));
    let g = guess(&["Код ТН ВЭД", "Наименование товара"]);
    assert_eq!((g.goods_code, g.goods_description, g.name), (Some(0), Some(1), None));
    let g = guess(&["Наименование товара", "Описание товара", "HS"]);
    assert_eq!((g.goods_description, g.goods_code, g.name), (Some(1), Some(2), None));
    let g = guess(&["Ф.И.О.", "Дата рождения"]);
    assert_eq!((g.name, g.dob), (Some(0), Some(1)));
    let g = guess(&["Аты-жөні", "Туған күні", "Азаматтығы", "Тауардың сипаттамасы"]);
    assert_eq!(
        (g.name, g.dob, g.country, g.goods_description),
        (Some(0), Some(1), Some(2), Some(3))
    );
    assert_eq!(guess(&["Сумма", "", "Комментарий"]), ColumnGuess::default());
}
