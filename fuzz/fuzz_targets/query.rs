//! The query path: normalising and screening any string (with any birth date and country
//! text) never panics, and scores stay within [0, 1].
#![no_main]

use libfuzzer_sys::fuzz_target;
use sanctions_checker::index::{Index, IndexBuilder};
use sanctions_checker::{lists, screen, Query, ScreenOptions};
use std::sync::OnceLock;

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let xml = include_bytes!("../../tests/data/lists/un_mini.xml");
        let mut builder = IndexBuilder::new("fuzz");
        builder.add(lists::parse(xml, "un_mini.xml").expect("the fixture parses"));
        Index::from_bytes(&builder.to_bytes()).expect("a fresh dataset loads")
    })
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.splitn(4, '\u{1f}');
    let query = Query {
        name: parts.next().unwrap_or_default().to_string(),
        kind: None,
        dob: parts.next().map(str::to_string),
        country: parts.next().map(str::to_string),
        identifier: parts.next().map(str::to_string),
    };
    let key = sanctions_checker::normalize::key(&query.name);
    assert_eq!(sanctions_checker::normalize::key(&key), key, "key is idempotent");
    if let Ok(report) = screen(index(), &query, &ScreenOptions::default().threshold(0.0)) {
        for hit in report.hits {
            assert!((0.0..=1.0).contains(&hit.score));
        }
    }
});
