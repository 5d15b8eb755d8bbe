//! Dataset round trip: build → bytes → load gives back the same entities and manifest, every
//! listed name finds its own entity, and damaged or foreign bytes are refused clearly.
// Reads files and spawns processes: native only (the wasm32 suite is tests/wasm.rs).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{fixture, index_of, un_real};
use sanctions_checker::index::{format, Index, IndexBuilder};
use sanctions_checker::{lists, screen, Query, ScreenOptions};

fn un_builder() -> (IndexBuilder, Vec<u8>) {
    let raw = std::fs::read(un_real()).unwrap();
    let mut builder = IndexBuilder::new("2026-11-23T00:00:00Z");
    builder.add(lists::parse(&raw, "consolidated.xml").unwrap());
    (builder, raw)
}

#[test]
fn round_trip_keeps_every_entity_and_the_manifest() {
    let raw = std::fs::read(un_real()).unwrap();
    let parsed = lists::parse(&raw, "consolidated.xml").unwrap();
    let (builder, _) = un_builder();
    let bytes = builder.to_bytes();
    let index = Index::from_bytes(&bytes).unwrap();
    assert_eq!(index.entities(), &parsed.entities[..]);
    let m = index.manifest();
    assert_eq!(m.format, format::FORMAT_VERSION);
    assert_eq!(m.built, "2026-11-23T00:00:00Z");
    assert_eq!(m.entities, 1003);
    let source = &m.sources[0];
    assert_eq!(source.list.as_str(), "un-sc");
    assert_eq!(source.published.as_deref(), Some("2026-02-27"));
    assert_eq!((source.persons, source.organizations), (730, 273));
    assert_eq!(source.file, "consolidated.xml");
    // SHA-256 of the source file, checked against an independent implementation (sha256sum).
    assert_eq!(source.sha256, "66b392a4090868d2d39161e8d748efd39138377b0e6e60b7921aa67a4f99c8bf");
}

#[test]
fn the_same_inputs_give_byte_identical_datasets() {
    assert_eq!(un_builder().0.to_bytes(), un_builder().0.to_bytes());
}

#[test]
fn a_list_given_twice_does_not_double_its_entities() {
    let (mut builder, raw) = un_builder();
    builder.add(lists::parse(&raw, "again.xml").unwrap());
    let m = builder.manifest();
    assert_eq!(m.entities, 1003);
    assert_eq!(m.sources[1].duplicates, 1003);
}

#[test]
fn every_name_of_every_entity_finds_its_own_entity_first() {
    // Guards the one-normaliser rule: listed names go through the index's normalisation at
    // load time and the query's at screening time; any drift shows up here as a miss.
    let index = index_of(&[un_real(), fixture("lists/un_mini.xml")]);
    let options = ScreenOptions::default().limit(50);
    let mut checked = 0;
    for entity in index.entities() {
        for name in &entity.names {
            let query = Query { name: name.full.clone(), ..Query::default() };
            let report = screen(&index, &query, &options).unwrap();
            let top = report.hits.first().map_or(0.0, |h| h.score);
            // Several parties can share one alias exactly; then each must be among the tied best.
            let found = report.hits.iter().any(|h| h.entity_id == entity.id && h.score == top);
            assert!(found, "{:?} of {} is not a best hit: {:?}", name.full, entity.id, report.hits);
            checked += 1;
        }
    }
    assert!(checked > 4000, "checked only {checked} names");
}

fn err_of(bytes: &[u8]) -> String {
    Index::from_bytes(bytes).unwrap_err().to_string()
}

#[test]
fn a_file_that_is_not_a_dataset_says_so() {
    let xml = std::fs::read(fixture("lists/un_mini.xml")).unwrap();
    let msg = err_of(&xml);
    assert!(msg.contains("not a sanctions-checker dataset"), "{msg}");
    assert!(err_of(b"").contains("not a sanctions-checker dataset"));
}

#[test]
fn a_dataset_of_another_version_asks_for_a_rebuild() {
    let mut bytes = un_builder().0.to_bytes();
    bytes[4..8].copy_from_slice(&(format::FORMAT_VERSION + 1).to_le_bytes());
    let msg = err_of(&bytes);
    assert!(msg.contains(&format!("format version {}", format::FORMAT_VERSION + 1)), "{msg}");
    assert!(msg.contains("rebuild"), "{msg}");
}

#[test]
fn a_damaged_dataset_is_refused() {
    let bytes = un_builder().0.to_bytes();
    let mut flipped = bytes.clone();
    let middle = flipped.len() / 2;
    flipped[middle] ^= 0x40;
    assert!(err_of(&flipped).contains("checksum mismatch"));
    assert!(err_of(&bytes[..bytes.len() - 1]).contains("damaged"));
}

#[test]
fn a_body_with_a_valid_checksum_but_garbage_inside_is_refused() {
    // Checksums catch accidents, not a writer with a bug: the body is still decoded defensively.
    let framed = format::frame(b"\xff\xff\xff\x7fnot json at all");
    assert!(err_of(&framed).contains("damaged"));
    let mut body = Vec::new();
    let manifest = br#"{"format":1,"engine":"x","built":"x","entities":5,"names":0,"sources":[]}"#;
    body.extend_from_slice(&(manifest.len() as u32).to_le_bytes());
    body.extend_from_slice(manifest);
    body.extend_from_slice(&[0x03, 0xff, 0xff]);
    assert!(err_of(&format::frame(&body)).contains("damaged"));
}
