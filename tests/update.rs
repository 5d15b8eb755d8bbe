//! List updates (`index::update`): official files replace the lists they hold in a loaded
//! dataset; every other list and the goods tables are carried over; a bad batch changes
//! nothing and says so.
// Reads files: native only (the wasm32 suite is tests/wasm.rs).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{fixture, un_real};
use sanctions_checker::goods::{GoodsBuilder, GoodsTables};
use sanctions_checker::index::{update, ChangeKind, Index, IndexBuilder, WarningKind};
use sanctions_checker::lists::{self, InputFile};
use sanctions_checker::model::ListId;
use sanctions_checker::{screen, Query, ScreenOptions};

const BUILT: &str = "2026-11-23T00:00:00Z";
const UPDATED: &str = "2026-11-24T00:00:00Z";

fn read(rel: &str) -> (String, Vec<u8>) {
    let path = fixture(rel);
    (path.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&path).unwrap())
}

fn un_mini() -> (String, Vec<u8>) {
    read("lists/un_mini.xml")
}

fn un_big() -> (String, Vec<u8>) {
    ("consolidated.xml".to_string(), std::fs::read(un_real()).unwrap())
}

/// un_mini.xml with another publication date (it is dated 2026-01-15).
fn un_mini_dated(date: &str) -> (String, Vec<u8>) {
    let text = String::from_utf8(un_mini().1).unwrap();
    let text = text.replace("dateGenerated=\"2026-01-15", &format!("dateGenerated=\"{date}"));
    (format!("un_{date}.xml"), text.into_bytes())
}

fn ofac_csv_set() -> Vec<(String, Vec<u8>)> {
    ["sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"]
        .iter()
        .map(|f| read(&format!("lists/ofac_csv/{f}")))
        .collect()
}

fn goods() -> GoodsTables {
    let mut b = GoodsBuilder::new();
    for f in [
        "eu_833_2014_annexes_20251023.csv",
        "chpl_2024-02-23.csv",
        "hs2022_mini.csv",
        "tnved_mini.csv",
    ] {
        let (name, bytes) = read(&format!("goods/{f}"));
        assert!(b.add_file(&name, &bytes).unwrap(), "{name}");
    }
    b.build().unwrap()
}

fn inputs(files: &[(String, Vec<u8>)]) -> Vec<InputFile<'_>> {
    files.iter().map(|(name, bytes)| InputFile { name, bytes }).collect()
}

/// A dataset built the way the CLI builds one: each group of files parsed together, in order.
fn build(groups: &[Vec<(String, Vec<u8>)>], with_goods: bool, built: &str) -> Vec<u8> {
    let mut builder = IndexBuilder::new(built);
    for group in groups {
        for parsed in lists::parse_all(&inputs(group)) {
            builder.add(parsed.unwrap());
        }
    }
    if with_goods {
        builder.set_goods(goods());
    }
    builder.to_bytes()
}

fn load(bytes: &[u8]) -> Index {
    Index::from_bytes(bytes).unwrap()
}

fn update_err(existing: &Index, files: &[(String, Vec<u8>)]) -> String {
    update(existing, &inputs(files), UPDATED).unwrap_err().to_string()
}

#[test]
fn replacing_the_un_list_keeps_the_ofac_list_and_the_goods_tables() {
    let old = load(&build(&[vec![un_mini()], ofac_csv_set()], true, BUILT));
    let result = update(&old, &inputs(&[un_big()]), UPDATED).unwrap();
    let new = load(&result.dataset);
    assert_eq!(new.manifest(), &result.manifest);

    // OFAC: the same source record and the same entities.
    assert_eq!(new.source(ListId::UsOfacSdn), old.source(ListId::UsOfacSdn));
    let ofac = |i: &Index| -> Vec<_> {
        i.entities().iter().filter(|e| e.list == ListId::UsOfacSdn).cloned().collect()
    };
    assert_eq!(ofac(&new), ofac(&old));
    assert!(!ofac(&old).is_empty());
    // Goods: the same tables and manifest entry.
    assert_eq!(new.goods(), old.goods());
    assert!(new.goods().is_some());
    assert_eq!(new.manifest().goods, old.manifest().goods);

    // UN: the real file's 1003 entities replaced the fixture's 5.
    let un = new.source(ListId::UnSc).unwrap();
    assert_eq!((un.entities, un.published.as_deref()), (1003, Some("2026-02-27")));
    assert!(new.entity("un-sc:KPi.901").is_none(), "the fixture's entities are gone");
    assert_eq!(new.manifest().built, UPDATED);
    assert_eq!(result.changes.len(), 1);
    let c = &result.changes[0];
    assert_eq!((c.list, c.change), (ListId::UnSc, ChangeKind::Replaced));
    assert_eq!(c.old_published.as_deref(), Some("2026-01-15"));
    assert_eq!(c.old_entities, Some(5));
    assert_eq!((c.new_published.as_deref(), c.new_entities), (Some("2026-02-27"), 1003));
    assert_eq!(c.files, ["consolidated.xml"]);
    assert!(result.warnings.is_empty(), "{:?}", result.warnings);

    // And it is the very dataset a fresh build of the same files gives.
    let fresh = build(&[vec![un_big()], ofac_csv_set()], true, UPDATED);
    assert_eq!(result.dataset, fresh);

    // Screening works on both lists.
    let top = |name: &str| {
        let q = Query { name: name.into(), ..Query::default() };
        screen(&new, &q, &ScreenOptions::default()).unwrap().hits.first().map(|h| h.list)
    };
    assert_eq!(top("Eric Badege"), Some(ListId::UnSc));
    let ofac_name = ofac(&new)[0].names[0].full.clone();
    assert_eq!(top(&ofac_name), Some(ListId::UsOfacSdn));
}

#[test]
fn an_added_list_comes_last_and_the_csl_copy_of_ofac_is_dropped_as_in_a_build() {
    let csl = vec![read("lists/csl/csl_2022_mini.csv")];
    let old = load(&build(&[vec![un_mini()], csl.clone()], false, BUILT));
    let result = update(&old, &inputs(&ofac_csv_set()), UPDATED).unwrap();
    let c = &result.changes[0];
    assert_eq!((c.list, c.change, c.old_entities), (ListId::UsOfacSdn, ChangeKind::Added, None));
    assert_eq!(c.files, ["sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"]);
    let fresh = build(&[vec![un_mini()], csl, ofac_csv_set()], false, UPDATED);
    assert_eq!(result.dataset, fresh);
    let new = load(&result.dataset);
    assert!(new.goods().is_none());
    let (before, after) = (old.source(ListId::UsCsl).unwrap(), new.source(ListId::UsCsl).unwrap());
    assert!(after.entities < before.entities, "the SDN-only CSL row is left out once OFAC is in");
    assert_eq!(after.duplicates, before.duplicates + (before.entities - after.entities));
}

#[test]
fn a_file_that_cannot_be_read_refuses_the_whole_update_and_names_it() {
    let old = load(&build(&[vec![un_mini()]], true, BUILT));
    let broken = ("notes.txt".to_string(), b"these are not the lists you are looking for".to_vec());
    let msg = update_err(&old, &[un_big(), broken]);
    assert!(msg.starts_with("the lists were not updated: notes.txt: "), "{msg}");
    assert!(msg.ends_with("the lists already loaded were kept unchanged"), "{msg}");

    let (_, xml) = un_big();
    let cut = ("consolidated.xml".to_string(), xml[..xml.len() / 2].to_vec());
    let msg = update_err(&old, &[cut]);
    assert!(msg.contains("consolidated.xml: "), "{msg}");
    assert!(msg.contains("kept unchanged"), "{msg}");

    let two = [("a.txt".to_string(), b"x".to_vec()), ("b.txt".to_string(), b"y".to_vec())];
    let msg = update_err(&old, &two);
    assert!(msg.contains("a.txt: ") && msg.contains("1 more file could not be read"), "{msg}");
}

#[test]
fn no_files_is_a_clear_error() {
    let old = load(&build(&[vec![un_mini()]], false, BUILT));
    let msg = update_err(&old, &[]);
    assert!(msg.contains("no files were given"), "{msg}");
}

#[test]
fn a_file_older_than_the_loaded_list_is_warned_about() {
    let old = load(&build(&[vec![un_mini()]], false, BUILT));
    let result = update(&old, &inputs(&[un_mini_dated("2025-12-01")]), UPDATED).unwrap();
    assert_eq!(result.changes[0].warnings, [WarningKind::OlderThanLoaded]);
    let w = &result.warnings[0];
    assert_eq!(w.kind, WarningKind::OlderThanLoaded);
    assert!(w.message.contains("2025-12-01") && w.message.contains("(2026-01-15)"), "{w:?}");
    assert!(w.message.contains("un_2025-12-01.xml"), "{w:?}");
    // A newer one is not.
    let result = update(&old, &inputs(&[un_mini_dated("2026-02-01")]), UPDATED).unwrap();
    assert!(result.warnings.is_empty(), "{:?}", result.warnings);
}

#[test]
fn a_replacement_with_under_half_the_entities_is_warned_about() {
    let old = load(&build(&[vec![un_big()]], false, BUILT));
    let result = update(&old, &inputs(&[un_mini_dated("2026-03-01")]), UPDATED).unwrap();
    let c = &result.changes[0];
    assert_eq!((c.old_entities, c.new_entities), (Some(1003), 5));
    assert_eq!(c.warnings, [WarningKind::MuchSmaller]);
    assert!(result.warnings[0].message.contains("fewer than half of the 1003"));
    assert_eq!(result.problems, 1, "un_mini.xml has one malformed record");
    assert_eq!(c.skipped, 1);
    // Both warnings at once for an old small file.
    let result = update(&old, &inputs(&[un_mini()]), UPDATED).unwrap();
    assert_eq!(
        result.changes[0].warnings,
        [WarningKind::OlderThanLoaded, WarningKind::MuchSmaller]
    );
}

#[test]
fn the_same_file_twice_or_two_files_of_one_list_are_refused() {
    let old = load(&build(&[vec![un_mini()]], false, BUILT));
    let msg = update_err(&old, &[un_mini(), un_mini()]);
    assert!(msg.contains("un_mini.xml was given twice"), "{msg}");
    let (_, bytes) = un_mini();
    let msg = update_err(&old, &[un_mini(), ("copy.xml".to_string(), bytes)]);
    assert!(msg.contains("un_mini.xml and copy.xml are the same file"), "{msg}");
    let msg = update_err(&old, &[un_mini_dated("2026-02-01"), un_big()]);
    assert!(
        msg.contains("un_2026-02-01.xml and consolidated.xml are both the UN Security Council"),
        "{msg}"
    );
    assert!(msg.contains("kept unchanged"), "{msg}");
}

#[test]
fn an_update_of_an_update_still_keeps_the_other_lists_exactly() {
    let old = load(&build(&[vec![un_mini()], ofac_csv_set()], true, BUILT));
    let once = load(&update(&old, &inputs(&[un_big()]), UPDATED).unwrap().dataset);
    let twice = update(&once, &inputs(&[un_mini_dated("2026-03-01")]), UPDATED).unwrap();
    let twice = load(&twice.dataset);
    assert_eq!(twice.source(ListId::UsOfacSdn), old.source(ListId::UsOfacSdn));
    assert_eq!(twice.goods(), old.goods());
    assert_eq!(twice.manifest().entities, old.manifest().entities);
}

/// Building from list files alone (the package's `loadListFiles`) has no loaded lists to keep:
/// its refusals say that no dataset was built, and name the file.
#[test]
fn building_from_files_alone_names_the_bad_file_and_keeps_nothing_it_did_not_have() {
    use sanctions_checker::index::build_from_files;
    let un = std::fs::read(fixture("lists/un_mini.xml")).unwrap();
    let good = InputFile { name: "consolidated.xml", bytes: &un };
    let built = build_from_files(&[good], "2026-11-23T00:00:00Z").unwrap();
    let index = Index::from_bytes(&built.dataset).unwrap();
    assert_eq!(index.manifest().sources.len(), 1);
    assert!(index.goods().is_none());

    let bad = InputFile { name: "notes.txt", bytes: b"hello" };
    let err = build_from_files(&[good, bad], "2026-11-23T00:00:00Z").unwrap_err().to_string();
    assert!(err.starts_with("no dataset was built: notes.txt"), "{err}");
    assert!(!err.contains("kept"), "{err}");
}
