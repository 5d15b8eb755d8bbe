//! The bigram candidate index against the exhaustive vocabulary scan: on the development
//! queries, the indexed screen must keep at least 99.5% of the hits the exhaustive screen finds
//! above the threshold (issue "matching engine"; DESIGN.md#candidates).
// Reads the shared data: native only.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{index_of, shared_data, un_real};
use sanctions_checker::{screen, Query, ScreenOptions};

fn queries(file: &str, every: usize) -> Vec<Query> {
    let path = common::shared_data("").join("../eval").join(file);
    let mut reader = csv::Reader::from_path(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (the eval sets sit beside the data)", path.display()));
    reader
        .deserialize::<Query>()
        .step_by(every)
        .map(|row| {
            let mut q = row.unwrap();
            // Empty cells mean "not given".
            for field in [&mut q.kind, &mut q.dob, &mut q.country] {
                if field.as_deref() == Some("") {
                    *field = None;
                }
            }
            q
        })
        .collect()
}

#[test]
fn the_bigram_index_keeps_the_exhaustive_scans_hits() {
    let index = index_of(&[
        un_real(),
        shared_data("lists/ofac/cons_xml_2026-01-08/consolidated.xml"),
        shared_data("lists/canada/sema_2025-05/sema-lmes.xml"),
    ]);
    let mut all = queries("screen_un_dev.csv", 1);
    all.extend(queries("screen_negatives_dev.csv", 100));
    let fast = ScreenOptions::default().limit(1000);
    let slow = fast.exhaustive(true);
    let (mut found, mut missed) = (0usize, Vec::new());
    // Only the name, kind, birth date and country columns are read (`type` is the kind).
    for q in &all {
        let indexed = screen(&index, q, &fast).unwrap();
        for hit in screen(&index, q, &slow).unwrap().hits {
            if indexed.hits.iter().any(|h| h.entity_id == hit.entity_id) {
                found += 1;
            } else {
                missed.push(format!("{} → {} ({})", q.name, hit.entity_id, hit.matched_name));
            }
        }
    }
    let recall = found as f64 / (found + missed.len()) as f64;
    println!(
        "candidate recall {recall:.4} over {} hits of {} queries",
        found + missed.len(),
        all.len()
    );
    assert!(found > 600, "too few hits to measure: {found}");
    // Printed always (with --nocapture), so a drop in recall can be read before it fails.
    for m in &missed {
        println!("missed: {m}");
    }
    assert!(recall >= 0.995, "recall {recall:.4}; missed:\n{}", missed.join("\n"));
}
