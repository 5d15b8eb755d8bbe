//! Goods queries: parsing any string as a code, looking it up and searching it as a
//! description never panics, and every answer is consistent (a code that parses has 2 to 10
//! digits; candidate scores stay within [0, 1]). The goods fixtures stand in for the real data,
//! and the first bytes also go through the goods CSV parsers.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sanctions_checker::goods::{GoodsBuilder, GoodsTables, HsCode};
use std::sync::OnceLock;

fn tables() -> &'static GoodsTables {
    static T: OnceLock<GoodsTables> = OnceLock::new();
    T.get_or_init(|| {
        let mut b = GoodsBuilder::new();
        for (name, bytes) in [
            (
                "eu_833_2014_annexes_20251023.csv",
                &include_bytes!("../../tests/data/goods/eu_833_2014_annexes_20251023.csv")[..],
            ),
            ("chpl_2024-02-23.csv", &include_bytes!("../../tests/data/goods/chpl_2024-02-23.csv")[..]),
            ("hs2022_mini.csv", &include_bytes!("../../tests/data/goods/hs2022_mini.csv")[..]),
            ("cn2025_mini.csv", &include_bytes!("../../tests/data/goods/cn2025_mini.csv")[..]),
            ("tnved_mini.csv", &include_bytes!("../../tests/data/goods/tnved_mini.csv")[..]),
        ] {
            b.add_file(name, bytes).expect("the fixtures parse");
        }
        b.build().expect("the fixtures build")
    })
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(code) = HsCode::parse(&text) {
        assert!((2..=10).contains(&code.len()));
        assert!(code.digits().bytes().all(|b| b.is_ascii_digit()));
    }
    let t = tables();
    if let Ok(report) = t.lookup_code(&text) {
        assert!(report.code.len() >= 2);
    }
    if let Ok(report) = t.search_text(&text, 10) {
        assert!(report.candidates.len() <= 10);
        for c in &report.candidates {
            assert!((0.0..=1.0).contains(&c.score), "{}", c.score);
        }
    }
    // The same bytes as a goods file: a parser error is fine, a panic is not.
    let mut b = GoodsBuilder::new();
    for name in ["annex.csv", "chpl.csv", "hs.csv", "cn.csv", "tnved.csv"] {
        let _ = b.add_file(name, data);
    }
    if let Ok(t) = b.build() {
        let _ = t.lookup_code("8542 31");
        let _ = t.search_text("ball bearings", 5);
    }
});
