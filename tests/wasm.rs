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
