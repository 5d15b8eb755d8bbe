//! Goods screening: code lookup and description search, on small hand-written fixtures in the
//! official CSV formats (tests/data/goods/) and on the real shared files (../shared/data/goods).

mod common;

use common::{fixture, shared_data};
use sanctions_checker::goods::{
    self, CodeReport, GoodsBuilder, GoodsSourceKind, GoodsTables, Relation, Restriction, Status,
};
use sanctions_checker::index::{Index, IndexBuilder};
use sanctions_checker::lists;
use std::path::Path;
use std::sync::OnceLock;

/// Reads every file under `dir` into goods tables, as `sanctions-checker build --goods` does.
fn tables_from(dir: &Path) -> GoodsTables {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                files.push(p);
            }
        }
    }
    files.sort();
    let mut b = GoodsBuilder::new();
    for f in files {
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        b.add_file(&name, &std::fs::read(&f).unwrap()).unwrap();
    }
    b.build().unwrap()
}

fn mini() -> &'static GoodsTables {
    static T: OnceLock<GoodsTables> = OnceLock::new();
    T.get_or_init(|| tables_from(&fixture("goods")))
}

fn real() -> &'static GoodsTables {
    static T: OnceLock<GoodsTables> = OnceLock::new();
    T.get_or_init(|| tables_from(&shared_data("goods")))
}

fn lists_of(r: &CodeReport) -> Vec<&str> {
    r.matches.iter().map(|m| m.list_id.as_str()).collect()
}

// ---------------------------------------------------------------------------------------------
// Fixtures

#[test]
fn the_newer_annex_rebuild_supersedes_the_older_file() {
    let t = mini();
    let m = t.manifest();
    assert_eq!(m.left_out.len(), 1, "{:?}", m.left_out);
    assert!(m.left_out[0].starts_with("eu_833_2014_annexes_20230427.csv (superseded by"));
    // 9701 is only in the old file.
    assert_eq!(t.lookup_code("9701").unwrap().status, Status::NotListed);
    let annex = m.sources.iter().find(|s| s.kind == GoodsSourceKind::Annex).unwrap();
    assert_eq!(annex.as_of.as_deref(), Some("2025-10-23"));
    assert_eq!(annex.rows, 9);
    assert_eq!(annex.sha256.len(), 64);
    let chpl = m.sources.iter().find(|s| s.kind == GoodsSourceKind::Chpl).unwrap();
    assert_eq!((chpl.as_of.as_deref(), chpl.rows), (Some("2024-02-23"), 2));
    assert!(m.sources.iter().any(|s| s.kind == GoodsSourceKind::Tnved));
}

#[test]
fn a_listed_heading_covers_every_code_under_it_in_any_writing() {
    for written in ["8482", "8482.10", "8482 10", "848210", "8482 10 90", "84821090", "8482-10-90"]
    {
        let r = mini().lookup_code(written).unwrap();
        assert_eq!(r.status, Status::Restricted, "{written}");
        let m = r.matches.iter().find(|m| m.list_id == "EU833_ANNEX_XXIII").unwrap();
        assert_eq!(m.relation, Relation::Covers);
        assert_eq!(m.restriction, Restriction::ExportToRussia);
        assert_eq!(m.list, "Annex XXIII");
        assert!(m.citation.contains("Annex XXIII"));
        assert_eq!(m.as_of.as_deref(), Some("2025-10-23"));
    }
}

#[test]
fn a_zero_padded_cn_code_stands_for_its_whole_heading() {
    let r = mini().lookup_code("8708 99 97").unwrap();
    assert_eq!(r.status, Status::Restricted);
    assert_eq!(r.matches[0].listed_code, "8708 00 00");
    assert_eq!(r.matches[0].listed_digits, "8708");
}

#[test]
fn a_short_code_is_possibly_restricted_and_lists_the_codes_below_it() {
    let r = mini().lookup_code("8542").unwrap();
    assert_eq!(r.status, Status::PossiblyRestricted);
    assert!(r.summary.starts_with("Possibly restricted: give the full code"), "{}", r.summary);
    let subs: Vec<&str> = r.sub_codes.iter().map(|s| s.code.as_str()).collect();
    assert!(subs.contains(&"8542 31"), "{subs:?}");
    assert!(r.matches.iter().all(|m| m.relation == Relation::ListedBelow));
    // The sibling subheading is not listed at all.
    assert_eq!(mini().lookup_code("854232").unwrap().status, Status::NotListed);
}

#[test]
fn chpl_rows_report_tier_and_what_it_means() {
    let r = mini().lookup_code("8542.31").unwrap();
    let chpl = r.matches.iter().find(|m| m.list_id == "CHPL").unwrap();
    assert_eq!(chpl.tier.as_deref(), Some("1"));
    assert_eq!(chpl.tier_meaning.as_deref(), Some("Items of the highest concern"));
    assert_eq!(chpl.restriction, Restriction::HighPriority);
    assert_eq!(chpl.as_of.as_deref(), Some("2024-02-23"));
    let xl = r.matches.iter().find(|m| m.list_id == "EU833_ANNEX_XL").unwrap();
    assert_eq!(xl.restriction, Restriction::NoRussiaClause);
    assert!(xl.notes.iter().any(|n| n.contains("No-Russia clause")));
}

#[test]
fn an_ex_entry_is_restricted_only_for_the_goods_described() {
    let r = mini().lookup_code("8419 89 98").unwrap();
    assert_eq!(r.status, Status::RestrictedIfDescribed);
    let m = &r.matches[0];
    assert!(m.ex);
    assert_eq!(m.listed_code, "ex 8419 89 98");
    assert_eq!(m.description, "Delayed cokers");
    assert!(m.notes.iter().any(|n| n.contains("only the goods described")));
    // The shorter HS6 only may be affected.
    assert_eq!(mini().lookup_code("841989").unwrap().status, Status::PossiblyRestricted);
}

#[test]
fn printed_exceptions_are_taken_out() {
    // "74 … except CN 7401 00 00": copper mattes are excepted, refined copper is not.
    let excepted = mini().lookup_code("7401 00 00").unwrap();
    assert_eq!(excepted.status, Status::NotListed);
    assert_eq!(excepted.excepted.len(), 1);
    assert_eq!(excepted.excepted[0].status, Status::Excepted);
    assert!(excepted.summary.contains("excepted"), "{}", excepted.summary);
    let copper = mini().lookup_code("740311").unwrap();
    assert_eq!(copper.status, Status::RestrictedIfDescribed);
    // "2825 … except CN 2825 20 00 and 2825 30 00", an import ban.
    let r = mini().lookup_code("28252000").unwrap();
    assert_eq!(r.status, Status::NotListed);
    let r = mini().lookup_code("282590").unwrap();
    assert_eq!(r.matches[0].restriction, Restriction::ImportFromRussia);
    // The whole heading is restricted, but the answer says what the exception takes out.
    let heading = mini().lookup_code("2825").unwrap();
    assert!(heading.matches[0].notes.iter().any(|n| n.contains("2825 20")), "{heading:#?}");
}

#[test]
fn an_eaeu_ten_digit_code_is_compared_on_its_first_six_digits() {
    // The EU lists CN 8419 89 98 (ex); a TN VED code 8419 89 98 00 must not be taken as that
    // CN code: only the HS6 is shared, so it is possibly restricted.
    let r = mini().lookup_code("8419899800").unwrap();
    assert_eq!(r.compared, "841989");
    assert_eq!(r.status, Status::PossiblyRestricted);
    assert_eq!(r.matches[0].relation, Relation::SameHs6Only);
    assert!(r.notes.iter().any(|n| n.contains("EAEU")));
    // Under a listed heading, the national digits do not matter.
    let r = mini().lookup_code("8482109008").unwrap();
    assert_eq!(r.status, Status::Restricted);
    assert!(r.description_ru.as_deref().unwrap().contains("ПОДШИПНИКИ"), "{r:#?}");
}

#[test]
fn transit_and_luxury_entries_say_what_they_restrict() {
    let r = mini().lookup_code("8431 43 00").unwrap();
    assert_eq!(r.matches[0].restriction, Restriction::Transit);
    let r = mini().lookup_code("85176200").unwrap();
    let m = &r.matches[0];
    assert_eq!(m.part.as_deref(), Some("(15) Electronic items for domestic use > EUR 750"));
    assert!(m.notes.iter().any(|n| n.contains("EUR 750")));
}

#[test]
fn every_answer_names_what_was_checked_and_when() {
    let r = mini().lookup_code("0101").unwrap();
    assert_eq!(r.status, Status::NotListed);
    assert_eq!(r.checked.len(), 2);
    assert!(r.checked.iter().all(|c| c.as_of.is_some()));
    assert!(r.notes.iter().any(|n| n.contains("Belarus")));
    assert!(r.notes.iter().any(|n| n.contains("not a code of the nomenclatures")));
}

#[test]
fn bad_codes_and_texts_get_a_clear_message() {
    for (code, expected) in [
        ("85A2", "not a digit"),
        ("8", "1 digit"),
        ("12345678901", "11 digits"),
        ("", "no code given"),
    ] {
        let err = mini().lookup_code(code).unwrap_err();
        assert!(err.is_query_error());
        assert!(err.to_string().contains(expected), "{code}: {err}");
    }
    for (text, expected) in [
        ("", "no description given"),
        ("   ", "no description given"),
        ("!!! ? …", "no words"),
        ("8542 31", "code lookup"),
    ] {
        let err = mini().search_text(text, 5).unwrap_err();
        assert!(err.is_query_error());
        assert!(err.to_string().starts_with("text: "), "{err}");
        assert!(err.to_string().contains(expected), "{text:?}: {err}");
    }
    let long = "bearing ".repeat(100);
    assert!(mini().search_text(&long, 5).unwrap_err().to_string().contains("characters"));
}

#[test]
fn descriptions_find_fixture_codes_in_english_and_russian() {
    let r = mini().search_text("ball bearing", 5).unwrap();
    assert_eq!(r.candidates[0].hs6, "848210");
    assert_eq!(r.candidates[0].status, Status::Restricted);
    assert!(r.candidates[0].matches.iter().any(|m| m.tier.as_deref() == Some("4.A")));
    let r = mini().search_text("подшипник шариковый", 5).unwrap();
    assert_eq!(r.candidates[0].hs6, "848210", "{r:#?}");
    let r = mini().search_text("microcontrolers", 5).unwrap();
    assert_eq!(r.candidates[0].hs6, "854231");
    // An exclusion clause does not make a subheading a candidate for what it excludes.
    let r = mini().search_text("sterilizers", 5).unwrap();
    assert!(r.candidates.iter().all(|c| c.hs6 != "841989"), "{r:#?}");
}

#[test]
fn a_dataset_round_trip_keeps_the_goods_tables() {
    let xml = std::fs::read(fixture("lists/un_mini.xml")).unwrap();
    let mut b = IndexBuilder::new("2026-11-23T00:00:00Z");
    b.add(lists::parse(&xml, "un_mini.xml").unwrap());
    let bare = Index::from_bytes(&b.to_bytes()).unwrap();
    assert!(bare.goods().is_none());
    assert!(bare.manifest().goods.is_none());
    let err = goods::lookup_code(&bare, "8482").unwrap_err();
    assert!(err.to_string().contains("no goods data"), "{err}");
    // A typo is still reported as a typo.
    assert!(goods::lookup_code(&bare, "84x").unwrap_err().to_string().contains("not a digit"));
    assert!(goods::search_text(&bare, "", 5).unwrap_err().to_string().contains("no description"));

    b.set_goods(mini().clone());
    let bytes = b.to_bytes();
    let index = Index::from_bytes(&bytes).unwrap();
    assert_eq!(index.goods().unwrap(), mini());
    let manifest = index.manifest().goods.as_ref().unwrap();
    assert_eq!(manifest.sources.len(), mini().sources().len());
    assert_eq!(manifest.listed_codes, 11);
    assert_eq!(goods::lookup_code(&index, "8482 10").unwrap().status, Status::Restricted);
    assert_eq!(goods::search_text(&index, "ball bearing", 3).unwrap().candidates[0].hs6, "848210");
    // Entities are still there.
    assert!(index.entities().len() > 1);
}

// ---------------------------------------------------------------------------------------------
// The real shared files

struct Row {
    code: String,
    list_id: String,
    tier: String,
}

fn rows(rel: &str) -> Vec<Row> {
    let mut r = csv::Reader::from_path(shared_data(rel)).unwrap();
    let h = r.headers().unwrap().clone();
    let col = |n: &str| h.iter().position(|c| c.trim_start_matches('\u{feff}') == n).unwrap();
    let (c, l, t) = (col("code"), col("list_id"), col("tier"));
    r.records()
        .map(|rec| {
            let rec = rec.unwrap();
            Row { code: rec[c].to_string(), list_id: rec[l].to_string(), tier: rec[t].to_string() }
        })
        .collect()
}

#[test]
fn every_annex_row_is_found_by_its_own_code_with_its_annex() {
    let rows = rows("goods/sanctions/eu_833_2014_annexes_20251023.csv");
    assert_eq!(rows.len(), 1639);
    let mut found = 0;
    let mut misses = Vec::new();
    for row in &rows {
        let r = real().lookup_code(&row.code).unwrap();
        let hit = r.matches.iter().any(|m| {
            m.list_id == row.list_id
                && m.relation == Relation::Covers
                && matches!(m.status, Status::Restricted | Status::RestrictedIfDescribed)
        });
        if hit {
            found += 1;
        } else {
            misses.push(format!("{} {}: {:?}", row.code, row.list_id, lists_of(&r)));
        }
    }
    println!("annex rows found by their own code with their annex: {found}/{}", rows.len());
    assert!(misses.is_empty(), "{} misses: {misses:#?}", misses.len());
}

#[test]
fn every_chpl_code_is_found_with_its_tier() {
    let rows = rows("goods/sanctions/chpl_2024-02-23.csv");
    assert_eq!(rows.len(), 50);
    for row in &rows {
        let r = real().lookup_code(&row.code).unwrap();
        let m = r
            .matches
            .iter()
            .find(|m| m.list_id == "CHPL")
            .unwrap_or_else(|| panic!("{} not found on the CHPL", row.code));
        assert_eq!(m.status, Status::Restricted, "{}", row.code);
        assert_eq!(m.tier.as_deref(), Some(row.tier.as_str()), "{}", row.code);
        assert!(m.tier_meaning.as_deref().is_some_and(|t| t.len() > 20), "{}", row.code);
        assert_eq!(m.as_of.as_deref(), Some("2024-02-23"));
        // The EU made the same 50 codes Annex XL.
        assert!(lists_of(&r).contains(&"EU833_ANNEX_XL"), "{}", row.code);
    }
    println!("CHPL codes reporting their tier: {}/50", rows.len());
}

#[test]
fn real_code_writings_exceptions_and_eaeu_codes() {
    let t = real();
    for w in ["8542.31", "8542 31 90", "854231", "8542310000"] {
        let r = t.lookup_code(w).unwrap();
        assert_eq!(r.status, Status::Restricted, "{w}");
        assert!(lists_of(&r).contains(&"CHPL"), "{w}");
    }
    // Annex XXIII lists 8471 "except CN 8471 80 and CN 8471 70 98".
    let r = t.lookup_code("8471 80 00").unwrap();
    assert!(r.excepted.iter().any(|m| m.list_id == "EU833_ANNEX_XXIII"), "{r:#?}");
    assert!(!lists_of(&r).contains(&"EU833_ANNEX_XXIII"));
    let r = t.lookup_code("8471 30 00").unwrap();
    assert!(lists_of(&r).contains(&"EU833_ANNEX_XXIII"));
    // A Kazakh TN VED code for a laptop: compared on 847130.
    let r = t.lookup_code("8471300000").unwrap();
    assert_eq!(r.compared, "847130");
    assert!(lists_of(&r).contains(&"EU833_ANNEX_XXIII"));
    // A chapter is possibly restricted, with the listed codes below it.
    let r = t.lookup_code("85").unwrap();
    assert_eq!(r.status, Status::PossiblyRestricted);
    assert!(r.sub_codes.len() > 20);
    // The description of a CN code walks up to its subheading.
    let r = t.lookup_code("85423190").unwrap();
    assert!(r.description.as_deref().unwrap().contains("processors and controllers"), "{r:#?}");
    // The 2023 annex file is left out as superseded.
    assert!(t.manifest().left_out.iter().any(|l| l.contains("20230427")));
}

/// Runs a description query file; returns (hits, total, Russian hits, Russian total, misses).
fn top5(file: &str) -> (usize, usize, usize, usize, Vec<String>) {
    let text = std::fs::read_to_string(fixture(file)).unwrap();
    let data: String = text.lines().filter(|l| !l.starts_with('#')).collect::<Vec<_>>().join("\n");
    let mut reader = csv::Reader::from_reader(data.as_bytes());
    let (mut total, mut hits, mut ru_total, mut ru_hits) = (0, 0, 0, 0);
    let mut misses = Vec::new();
    for rec in reader.records() {
        let rec = rec.unwrap();
        let (query, lang, expected) = (&rec[0], &rec[1], &rec[2]);
        let r = real().search_text(query, 5).unwrap();
        let got: Vec<&str> = r.candidates.iter().map(|c| c.hs6.as_str()).collect();
        let ok = got.contains(&expected);
        total += 1;
        hits += usize::from(ok);
        if lang == "ru" {
            ru_total += 1;
            ru_hits += usize::from(ok);
        }
        if !ok {
            misses.push(format!("{query} ({lang}): expected {expected}, got {got:?}"));
        }
    }
    println!(
        "{file} top-5: {hits}/{total} = {:.1}% (Russian {ru_hits}/{ru_total}); misses:\n{}",
        hits as f64 * 100.0 / total as f64,
        misses.join("\n")
    );
    (hits, total, ru_hits, ru_total, misses)
}

#[test]
fn description_queries_find_the_right_subheading_in_the_top_five() {
    let (hits, total, _, ru_total, misses) = top5("goods_queries.csv");
    let rate = hits as f64 / total as f64;
    assert!(total >= 150, "the set has {total} queries");
    assert!(ru_total >= 40);
    assert!(rate >= 0.90, "top-5 rate {:.1}% is below 90%:\n{}", rate * 100.0, misses.join("\n"));
}

#[test]
fn held_out_description_queries_mostly_find_their_subheading() {
    // Never tuned on (see the file's header): a floor, not a target, so a change that helps
    // the tuning set by overfitting it and hurts other wording shows up here.
    let (hits, total, ..) = top5("goods_queries_holdout.csv");
    assert!(total >= 40);
    assert!(hits as f64 / total as f64 >= 0.7, "held-out top-5 {hits}/{total}");
}

#[test]
fn the_issues_examples_find_their_goods() {
    for (q, hs6) in [
        ("microcontroller", "854231"),
        ("ball bearings", "848210"),
        ("подшипники шариковые", "848210"),
    ] {
        let r = real().search_text(q, 5).unwrap();
        assert_eq!(r.candidates[0].hs6, hs6, "{q}");
        assert_eq!(r.candidates[0].status, Status::Restricted, "{q}");
    }
    let drone = real().search_text("drone", 5).unwrap();
    assert!(drone.candidates.iter().all(|c| c.hs6.starts_with("8806")), "{drone:#?}");
    let mill = real().search_text("станок фрезерный", 5).unwrap();
    assert!(mill.candidates[..3].iter().all(|c| c.hs6.starts_with("8459")), "{mill:#?}");
}
