//! The `Checker` class as JavaScript sees it, run in headless Chromium by
//! `wasm-bindgen-test-runner` (scripts/test-wasm.sh). Only `#[wasm_bindgen_test]` runs here.
#![cfg(target_arch = "wasm32")]

use js_sys::{Object, Reflect};
use sanctions_checker::index::IndexBuilder;
use sanctions_checker::lists;
use sanctions_checker::wasm::Checker;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

// The wasm build has no file system: the fixture is compiled in.
const UN_MINI: &[u8] = include_bytes!("data/lists/un_mini.xml");

fn dataset() -> Vec<u8> {
    let mut builder = IndexBuilder::new("2026-11-23T00:00:00Z");
    builder.add(lists::parse(UN_MINI, "un_mini.xml").unwrap());
    builder.to_bytes()
}

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap()
}

fn query(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (k, v) in pairs {
        Reflect::set(&o, &JsValue::from_str(k), v).unwrap();
    }
    o.into()
}

fn message(err: wasm_bindgen::JsError) -> String {
    let v: JsValue = err.into();
    get(&v, "message").as_string().unwrap()
}

#[wasm_bindgen_test]
fn a_listed_name_is_screened_into_a_plain_report() {
    let checker = Checker::new(&dataset()).unwrap();
    let report =
        checker.screen(query(&[("name", "Иванов Сергей".into()), ("dob", "1968".into())])).unwrap();
    let hits = js_sys::Array::from(&get(&report, "hits"));
    assert!(hits.length() >= 1);
    let hit = hits.get(0);
    assert_eq!(get(&hit, "entity_id").as_string().unwrap(), "un-sc:KPi.901");
    assert_eq!(get(&hit, "list").as_string().unwrap(), "un-sc");
    assert_eq!(get(&hit, "list_date").as_string().unwrap(), "2026-01-15");
    assert!(get(&hit, "score").as_f64().unwrap() > 0.9);
    let summary = get(&get(&hit, "explanation"), "summary").as_string().unwrap();
    assert!(summary.contains("Birth year 1968 agrees"), "{summary}");
    // Plain objects, so JSON.stringify (reports, exports) works on them.
    let json = js_sys::JSON::stringify(&report).unwrap().as_string().unwrap();
    assert!(json.contains("\"entity_id\":\"un-sc:KPi.901\""), "{json}");
}

#[wasm_bindgen_test]
fn threshold_and_limit_options_are_honoured() {
    let checker = Checker::new(&dataset()).unwrap();
    let report = checker
        .screen(query(&[("name", "Sergei".into()), ("threshold", 0.2.into()), ("limit", 1.into())]))
        .unwrap();
    assert_eq!(js_sys::Array::from(&get(&report, "hits")).length(), 1);
    assert_eq!(get(&report, "threshold").as_f64(), Some(0.2));
}

#[wasm_bindgen_test]
fn the_manifest_describes_the_dataset() {
    let checker = Checker::new(&dataset()).unwrap();
    let m = checker.manifest().unwrap();
    assert_eq!(get(&m, "entities").as_f64(), Some(5.0));
    assert_eq!(get(&m, "format").as_f64(), Some(f64::from(Checker::format_version())));
    let source = js_sys::Array::from(&get(&m, "sources")).get(0);
    assert_eq!(get(&source, "published").as_string().unwrap(), "2026-01-15");
}

#[wasm_bindgen_test]
fn whole_records_can_be_opened_by_id() {
    let checker = Checker::new(&dataset()).unwrap();
    let e = checker.entity("un-sc:KPi.901").unwrap();
    assert_eq!(js_sys::Array::from(&get(&e, "names")).length(), 4);
    assert!(checker.entity("un-sc:nope").unwrap().is_undefined());
}

#[wasm_bindgen_test]
fn bad_datasets_and_queries_throw_readable_errors() {
    let err = Checker::new(&[1, 2, 3, 4, 5]).err().unwrap();
    assert!(message(err).contains("not a sanctions-checker dataset"));
    let mut bytes = dataset();
    bytes[4] = 99;
    assert!(message(Checker::new(&bytes).err().unwrap()).contains("rebuild"));

    let checker = Checker::new(&dataset()).unwrap();
    let err = checker.screen(query(&[("name", "  ".into())])).err().unwrap();
    assert!(message(err).contains("at least one letter"));
    let err = checker.screen(query(&[("name", "Ivanov".into()), ("dob", "1968/03/14".into())]));
    assert!(message(err.err().unwrap()).contains("YYYY-MM-DD"));
    let err = checker.screen(JsValue::from_str("not an object")).err().unwrap();
    assert!(message(err).contains("query object is not valid"));
}

/// The goods fixtures, compiled in like the list fixture.
fn dataset_with_goods() -> Vec<u8> {
    let mut goods = sanctions_checker::goods::GoodsBuilder::new();
    for (name, bytes) in [
        (
            "eu_833_2014_annexes_20251023.csv",
            &include_bytes!("data/goods/eu_833_2014_annexes_20251023.csv")[..],
        ),
        ("chpl_2024-02-23.csv", &include_bytes!("data/goods/chpl_2024-02-23.csv")[..]),
        ("hs2022_mini.csv", &include_bytes!("data/goods/hs2022_mini.csv")[..]),
        ("tnved_mini.csv", &include_bytes!("data/goods/tnved_mini.csv")[..]),
    ] {
        assert!(goods.add_file(name, bytes).unwrap(), "{name}");
    }
    let mut builder = IndexBuilder::new("2026-11-23T00:00:00Z");
    builder.add(lists::parse(UN_MINI, "un_mini.xml").unwrap());
    builder.set_goods(goods.build().unwrap());
    builder.to_bytes()
}

#[wasm_bindgen_test]
fn goods_code_returns_a_plain_report_with_tier_and_citation() {
    let checker = Checker::new(&dataset_with_goods()).unwrap();
    let report = checker.goods_code("8542.31").unwrap();
    assert_eq!(get(&report, "status").as_string().unwrap(), "restricted");
    let matches: js_sys::Array = get(&report, "matches").into();
    let chpl = matches
        .iter()
        .find(|m| get(m, "list_id").as_string().as_deref() == Some("CHPL"))
        .expect("the CHPL entry");
    assert_eq!(get(&chpl, "tier").as_string().unwrap(), "1");
    assert!(get(&chpl, "citation").as_string().unwrap().contains("2024-02-23"));
    assert!(message(checker.goods_code("85x").unwrap_err()).contains("not a digit"));
}

#[wasm_bindgen_test]
fn goods_text_ranks_candidates_and_a_dataset_without_goods_says_so() {
    let checker = Checker::new(&dataset_with_goods()).unwrap();
    checker.goods_prepare();
    let report = checker.goods_text("подшипники шариковые", Some(3)).unwrap();
    let candidates: js_sys::Array = get(&report, "candidates").into();
    assert!(candidates.length() >= 1 && candidates.length() <= 3);
    assert_eq!(get(&candidates.get(0), "hs6").as_string().unwrap(), "848210");
    let bare = Checker::new(&dataset()).unwrap();
    assert!(message(bare.goods_code("8482").unwrap_err()).contains("no goods data"));
}

const OFAC_XML: &[u8] = include_bytes!("data/lists/ofac_xml/SDN.XML");

fn list_files(files: &[(&str, &[u8])]) -> js_sys::Array {
    files
        .iter()
        .map(|(name, bytes)| {
            query(&[("name", (*name).into()), ("bytes", js_sys::Uint8Array::from(*bytes).into())])
        })
        .collect()
}

#[wasm_bindgen_test]
fn update_lists_returns_a_new_dataset_and_leaves_the_checker_alone() {
    let checker = Checker::new(&dataset_with_goods()).unwrap();
    let update =
        checker.update_lists(list_files(&[("SDN.XML", OFAC_XML)]), "2026-11-24T00:00:00Z").unwrap();
    let bytes = js_sys::Uint8Array::from(get(&update, "dataset")).to_vec();
    let fresh = Checker::new(&bytes).unwrap();
    // The UN list and the goods are carried over, OFAC's list added.
    assert!(fresh.entity("un-sc:KPi.901").unwrap().is_object());
    assert_eq!(
        get(&fresh.goods_code("8542.31").unwrap(), "status").as_string().unwrap(),
        "restricted"
    );
    let manifest = get(&update, "manifest");
    assert_eq!(js_sys::Array::from(&get(&manifest, "sources")).length(), 2);
    assert_eq!(get(&manifest, "built").as_string().unwrap(), "2026-11-24T00:00:00Z");
    let change = js_sys::Array::from(&get(&update, "changes")).get(0);
    assert_eq!(get(&change, "list").as_string().unwrap(), "us-ofac-sdn");
    assert_eq!(get(&change, "change").as_string().unwrap(), "added");
    assert!(get(&change, "old_entities").is_null());
    assert_eq!(get(&change, "new_published").as_string().unwrap(), "2026-03-15");
    assert_eq!(js_sys::Array::from(&get(&update, "warnings")).length(), 0);
    assert_eq!(get(&update, "problems").as_f64(), Some(1.0), "the entry without uid");
    // The checker still has its old dataset.
    let old = checker.manifest().unwrap();
    assert_eq!(js_sys::Array::from(&get(&old, "sources")).length(), 1);
    assert_eq!(get(&old, "built").as_string().unwrap(), "2026-11-23T00:00:00Z");
}

#[wasm_bindgen_test]
fn update_lists_warns_about_older_files_and_refuses_bad_ones() {
    let checker = Checker::new(&dataset()).unwrap();
    let older = String::from_utf8(UN_MINI.to_vec()).unwrap().replace("2026-01-15T", "2025-06-01T");
    let update =
        checker.update_lists(list_files(&[("un.xml", older.as_bytes())]), "2026-11-24").unwrap();
    let change = js_sys::Array::from(&get(&update, "changes")).get(0);
    assert_eq!(get(&change, "change").as_string().unwrap(), "replaced");
    let codes = js_sys::Array::from(&get(&change, "warnings"));
    assert_eq!(codes.get(0).as_string().unwrap(), "older_than_loaded");
    let warning = js_sys::Array::from(&get(&update, "warnings")).get(0).as_string().unwrap();
    assert!(warning.contains("older than the list already loaded"), "{warning}");

    let bad = list_files(&[("SDN.XML", OFAC_XML), ("photo.jpg", &[0xFF, 0xD8, 0xFF, 0xE0])]);
    let msg = message(checker.update_lists(bad, "t").unwrap_err());
    assert!(msg.contains("photo.jpg: ") && msg.contains("kept unchanged"), "{msg}");
    let msg = message(checker.update_lists(js_sys::Array::new(), "t").unwrap_err());
    assert!(msg.contains("no files were given"), "{msg}");
    let not_bytes: js_sys::Array =
        [query(&[("name", "x.xml".into()), ("bytes", "text".into())])].into_iter().collect();
    assert!(message(checker.update_lists(not_bytes, "t").unwrap_err()).contains("Uint8Array"));
}

#[wasm_bindgen_test]
fn read_table_reads_csv_and_xlsx_and_guesses_columns() {
    let csv = "ФИО;Дата рождения;Страна\r\n\"Иванов; Иван\";1968-03-14;RU\r\nAcme LLC;;KZ\r\n";
    let t = sanctions_checker::wasm::read_table(csv.as_bytes(), "partners.csv").unwrap();
    let header = js_sys::Array::from(&get(&t, "header"));
    assert_eq!(header.get(1).as_string().unwrap(), "Дата рождения");
    let rows = js_sys::Array::from(&get(&t, "rows"));
    assert_eq!(rows.length(), 2);
    assert_eq!(js_sys::Array::from(&rows.get(0)).get(0).as_string().unwrap(), "Иванов; Иван");
    assert_eq!(get(&t, "total_rows").as_f64(), Some(2.0));
    assert_eq!(get(&t, "truncated").as_bool(), Some(false));
    assert_eq!(js_sys::Array::from(&get(&t, "sheets")).length(), 0);
    let guess = get(&t, "guess");
    assert_eq!(get(&guess, "name").as_f64(), Some(0.0));
    assert_eq!(get(&guess, "dob").as_f64(), Some(1.0));
    assert_eq!(get(&guess, "country").as_f64(), Some(2.0));
    assert!(get(&guess, "goods_code").is_undefined());

    let xlsx = include_bytes!("data/lists/uk/fcdo_mini.xlsx");
    let t = sanctions_checker::wasm::read_table(xlsx, "fcdo.xlsx").unwrap();
    assert_eq!(js_sys::Array::from(&get(&t, "sheets")).length(), 1);
    assert!(get(&get(&t, "guess"), "name").as_f64().is_some());

    let err =
        sanctions_checker::wasm::read_table(&[0, 1, 2, 3, 0xFF, 0xFE, 7], "x.bin").unwrap_err();
    let msg = message(err);
    assert!(msg.starts_with("x.bin: ") && msg.contains("not a CSV or XLSX file"), "{msg}");
}

/// The ownership fixtures, compiled in.
fn owners_dataset() -> Vec<u8> {
    let mut builder = IndexBuilder::new("2026-11-23T00:00:00Z");
    for (name, bytes) in [
        ("sdn_owners.xml", &include_bytes!("data/ownership/sdn_owners.xml")[..]),
        ("un_owners.xml", &include_bytes!("data/ownership/un_owners.xml")[..]),
    ] {
        builder.add(lists::parse(bytes, name).unwrap());
    }
    builder.to_bytes()
}

#[wasm_bindgen_test]
fn ownership_takes_a_parsed_csv_and_returns_verdicts_with_steps() {
    let checker = Checker::new(&owners_dataset()).unwrap();
    let structure =
        sanctions_checker::wasm::parse_ownership_csv(include_str!("data/ownership/structure.csv"))
            .unwrap();
    assert_eq!(get(&structure, "subject").as_string().unwrap(), "Steppe Grain Trading LLP");
    // The page may pass options with the structure.
    Reflect::set(&structure, &JsValue::from_str("listed_threshold"), &0.97.into()).unwrap();
    let report = checker.ownership(structure).unwrap();
    let ofac = get(&report, "ofac");
    assert_eq!(get(&ofac, "outcome").as_string().unwrap(), "sanctioned");
    assert_eq!(get(&ofac, "share").as_f64(), Some(65.0));
    let steps = js_sys::Array::from(&get(&ofac, "steps"));
    let last = steps.get(steps.length() - 1);
    assert_eq!(get(&last, "kind").as_string().unwrap(), "conclusion");
    assert_eq!(get(&get(&report, "eu_uk"), "outcome").as_string().unwrap(), "sanctioned");
    assert_eq!(get(&report, "listed_threshold").as_f64(), Some(0.97));
    let nodes = js_sys::Array::from(&get(&get(&report, "graph"), "nodes"));
    assert_eq!(nodes.length(), 5);

    let err = sanctions_checker::wasm::parse_ownership_csv("owner,owned,share\nA,S,lots\n");
    assert!(message(err.err().unwrap()).contains("row 2"));
    let err = checker.ownership(query(&[("subject", "nobody".into())])).err().unwrap();
    assert!(message(err).contains("no parties"));
}

#[wasm_bindgen_test]
fn build_dataset_reads_list_files_alone_and_compare_scores_two_names() {
    use sanctions_checker::wasm::{build_dataset, compare};
    let built = build_dataset(
        list_files(&[("SDN.XML", OFAC_XML), ("un.xml", UN_MINI)]),
        "2026-11-24T00:00:00Z",
    )
    .unwrap();
    let checker = Checker::new(&js_sys::Uint8Array::from(get(&built, "dataset")).to_vec()).unwrap();
    let sources = js_sys::Array::from(&get(&checker.manifest().unwrap(), "sources"));
    assert_eq!(sources.length(), 2);
    // Only the UN list's hits, when the query says so.
    let lists: js_sys::Array = [JsValue::from_str("un-sc")].into_iter().collect();
    let report = checker
        .screen(query(&[("name", "Andrei Petrovich Kovalenko".into()), ("lists", lists.into())]));
    assert_eq!(js_sys::Array::from(&get(&report.unwrap(), "hits")).length(), 0);
    let bad_list: js_sys::Array = [JsValue::from_str("nowhere")].into_iter().collect();
    let msg = message(
        checker.screen(query(&[("name", "x".into()), ("lists", bad_list.into())])).unwrap_err(),
    );
    assert!(
        msg.starts_with("lists: \"nowhere\" is not a list id; use any of us-ofac-sdn,"),
        "{msg}"
    );

    let msg = message(build_dataset(list_files(&[("a.txt", b"hello")]), "t").unwrap_err());
    assert!(msg.starts_with("no dataset was built: a.txt: "), "{msg}");

    assert!(compare("Vladimir Putin", "ПУТИН Владимир") > 0.95);
    assert!(compare("Vladimir Putin", "Eric Badege") < 0.5);
}
