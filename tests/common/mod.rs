//! Helpers shared by the integration tests.
#![allow(dead_code)] // each test binary uses a different subset

use sanctions_checker::index::{Index, IndexBuilder};
use sanctions_checker::lists;
use std::path::PathBuf;

/// The repository's own fixtures.
pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(name)
}

/// The shared official data (`SANCTIONS_DATA`, default `../shared/data`). Tests on real files
/// fail with a clear message when it is missing rather than passing vacuously.
pub fn shared_data(rel: &str) -> PathBuf {
    let base = std::env::var_os("SANCTIONS_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data"));
    let path = base.join(rel);
    assert!(
        path.exists(),
        "{} is missing: put the shared data beside the repository or set SANCTIONS_DATA",
        path.display()
    );
    path
}

/// Builds an index from list files, as the CLI does.
pub fn index_of(paths: &[PathBuf]) -> Index {
    let mut builder = IndexBuilder::new("2026-11-23T00:00:00Z");
    for path in paths {
        let bytes = std::fs::read(path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        builder.add(lists::parse(&bytes, &name).unwrap());
    }
    Index::from_bytes(&builder.to_bytes()).unwrap()
}

/// Builds an index from list files and directories, as `sanctions-checker build` does: the
/// files of one directory are parsed together (OFAC's CSV set joins across its files).
pub fn index_of_dirs(paths: &[PathBuf]) -> Index {
    let mut builder = IndexBuilder::new("2026-11-23T00:00:00Z");
    for path in paths {
        let files: Vec<PathBuf> = if path.is_dir() {
            let mut v: Vec<PathBuf> =
                std::fs::read_dir(path).unwrap().map(|e| e.unwrap().path()).collect();
            v.sort();
            v
        } else {
            vec![path.clone()]
        };
        let loaded: Vec<(String, Vec<u8>)> = files
            .iter()
            .map(|f| {
                (f.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(f).unwrap())
            })
            .filter(|(_, bytes)| lists::detect(bytes).is_some())
            .collect();
        let inputs: Vec<lists::InputFile<'_>> =
            loaded.iter().map(|(name, bytes)| lists::InputFile { name, bytes }).collect();
        for parsed in lists::parse_all(&inputs) {
            builder.add(parsed.unwrap());
        }
    }
    Index::from_bytes(&builder.to_bytes()).unwrap()
}

pub fn un_real() -> PathBuf {
    shared_data("lists/un/2026-02-27/consolidated.xml")
}

/// A zip archive of `entries`, stored uncompressed (enough for calamine, which cannot write).
pub fn zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data) in entries {
        let crc = crc32fast::hash(data);
        let offset = out.len() as u32;
        let fixed = |v: &mut Vec<u8>| {
            v.extend_from_slice(&20u16.to_le_bytes()); // version needed
            v.extend_from_slice(&0u16.to_le_bytes()); // flags
            v.extend_from_slice(&0u16.to_le_bytes()); // stored
            v.extend_from_slice(&0u16.to_le_bytes()); // time
            v.extend_from_slice(&0x21u16.to_le_bytes()); // 1980-01-01
            v.extend_from_slice(&crc.to_le_bytes());
            v.extend_from_slice(&(data.len() as u32).to_le_bytes());
            v.extend_from_slice(&(data.len() as u32).to_le_bytes());
            v.extend_from_slice(&(name.len() as u16).to_le_bytes());
            v.extend_from_slice(&0u16.to_le_bytes()); // extra
        };
        out.extend_from_slice(&0x04034b50u32.to_le_bytes());
        fixed(&mut out);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);
        central.extend_from_slice(&0x02014b50u32.to_le_bytes());
        central.extend_from_slice(&20u16.to_le_bytes()); // version made by
        fixed(&mut central);
        central.extend_from_slice(&[0; 6]); // comment length, disk, internal attributes
        central.extend_from_slice(&0u32.to_le_bytes()); // external attributes
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name.as_bytes());
    }
    let (cd_offset, cd_len, n) = (out.len() as u32, central.len() as u32, entries.len() as u16);
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x06054b50u32.to_le_bytes());
    out.extend_from_slice(&[0; 4]);
    out.extend_from_slice(&n.to_le_bytes());
    out.extend_from_slice(&n.to_le_bytes());
    out.extend_from_slice(&cd_len.to_le_bytes());
    out.extend_from_slice(&cd_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

/// One cell of a test workbook.
pub enum XCell {
    /// Text (an inline string).
    T(&'static str),
    /// A number cell.
    N(f64),
    /// A date cell: an Excel serial day number with a date format.
    D(f64),
    /// Nothing.
    E,
}

/// A minimal XLSX workbook (the layout tests/data/lists/make_xlsx.py writes): one worksheet per
/// `(sheet name, rows)`, inline strings, style 1 a date format.
pub fn xlsx(sheets: &[(&str, Vec<Vec<XCell>>)]) -> Vec<u8> {
    const M: &str = "http://schemas.openxmlformats.org";
    let col = |i: usize| ((b'A' + i as u8) as char).to_string();
    let mut sheet_xml = Vec::new();
    for (_, rows) in sheets {
        let mut x = String::from(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#,
        );
        for (r, row) in rows.iter().enumerate() {
            x.push_str(&format!(r#"<row r="{}">"#, r + 1));
            for (c, cell) in row.iter().enumerate() {
                let at = format!("{}{}", col(c), r + 1);
                match cell {
                    XCell::T(s) => x.push_str(&format!(
                        r#"<c r="{at}" t="inlineStr"><is><t xml:space="preserve">{}</t></is></c>"#,
                        s.replace('&', "&amp;").replace('<', "&lt;")
                    )),
                    XCell::N(n) => x.push_str(&format!(r#"<c r="{at}"><v>{n}</v></c>"#)),
                    XCell::D(n) => x.push_str(&format!(r#"<c r="{at}" s="1"><v>{n}</v></c>"#)),
                    XCell::E => {}
                }
            }
            x.push_str("</row>");
        }
        x.push_str("</sheetData></worksheet>");
        sheet_xml.push(x);
    }
    let sheet_list: String = sheets
        .iter()
        .enumerate()
        .map(|(i, (name, _))| {
            format!(r#"<sheet name="{name}" sheetId="{}" r:id="rId{}"/>"#, i + 1, i + 1)
        })
        .collect();
    let rels: String = (0..sheets.len())
        .map(|i| {
            format!(
                r#"<Relationship Id="rId{}" Type="{M}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{}.xml"/>"#,
                i + 1,
                i + 1
            )
        })
        .collect();
    let workbook = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{M}/spreadsheetml/2006/main" xmlns:r="{M}/officeDocument/2006/relationships"><sheets>{sheet_list}</sheets></workbook>"#
    );
    let workbook_rels = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{M}/package/2006/relationships">{rels}<Relationship Id="rIdS" Type="{M}/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#
    );
    let root_rels = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{M}/package/2006/relationships"><Relationship Id="rId1" Type="{M}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
    );
    let styles = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="{M}/spreadsheetml/2006/main"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>"#
    );
    let content_types = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>"#;
    let names: Vec<String> =
        (0..sheets.len()).map(|i| format!("xl/worksheets/sheet{}.xml", i + 1)).collect();
    let mut entries: Vec<(&str, &[u8])> = vec![
        ("[Content_Types].xml", content_types.as_bytes()),
        ("_rels/.rels", root_rels.as_bytes()),
        ("xl/workbook.xml", workbook.as_bytes()),
        ("xl/_rels/workbook.xml.rels", workbook_rels.as_bytes()),
        ("xl/styles.xml", styles.as_bytes()),
    ];
    for (name, x) in names.iter().zip(&sheet_xml) {
        entries.push((name, x.as_bytes()));
    }
    zip(&entries)
}
