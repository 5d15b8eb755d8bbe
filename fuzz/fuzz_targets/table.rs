//! Any bytes given to the table reader give a table or an error, never a panic; a table it
//! returns keeps its promises (rows as wide as the header, at most MAX_ROWS of them) and its
//! header's column guess points inside the header.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sanctions_checker::table::{guess_columns, read_table, MAX_ROWS};

fuzz_target!(|data: &[u8]| {
    if let Ok(t) = read_table(data, "fuzz.csv") {
        assert!(!t.rows.is_empty() && t.rows.len() <= MAX_ROWS);
        assert!(t.rows.iter().all(|r| r.len() == t.header.len()));
        assert_eq!(t.truncated, t.total_rows > MAX_ROWS);
        let g = guess_columns(&t.header);
        let n = t.header.len();
        for c in [g.name, g.kind, g.dob, g.country, g.id, g.goods_code, g.goods_description] {
            assert!(c.is_none_or(|c| c < n));
        }
    }
});
