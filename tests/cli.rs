//! End-to-end: the real binary builds a dataset from the fixture, verifies it, screens a CSV
//! and compares pairs, with the exact contract of ARCHITECTURE.md.
// Reads files and spawns processes: native only (the wasm32 suite is tests/wasm.rs).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::fixture;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_sanctions-checker"))
}

fn run(cmd: &mut Command, stdin: &str) -> Output {
    let mut child =
        cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    // A command that rejects its arguments exits before reading stdin: the closed pipe is
    // part of that behaviour, not a test failure.
    if let Err(e) = child.stdin.take().unwrap().write_all(stdin.as_bytes()) {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
    }
    child.wait_with_output().unwrap()
}

fn build(dir: &Path) -> std::path::PathBuf {
    let out = dir.join("fixture.bin");
    let o = run(bin().args(["build", "--out"]).arg(&out).arg(fixture("lists/un_mini.xml")), "");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("record 4, field REFERENCE_NUMBER"), "{stderr}");
    out
}

#[test]
fn build_then_verify_reports_the_lists() {
    let dir = tempfile::tempdir().unwrap();
    let index = build(dir.path());
    let o = run(bin().arg("verify").arg(&index), "");
    assert!(o.status.success());
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(stdout.contains("5 entities"), "{stdout}");
    assert!(stdout.contains("un-sc (un_mini.xml), published 2026-01-15"), "{stdout}");
    assert!(stdout.contains("1 skipped"), "{stdout}");
}

#[test]
fn build_into_a_directory_writes_a_hashed_dataset_and_manifest() {
    let dir = tempfile::tempdir().unwrap();
    let web = dir.path().join("data/");
    let o = run(bin().args(["build", "--out"]).arg(&web).arg(fixture("lists/un_mini.xml")), "");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(web.join("manifest.json")).unwrap()).unwrap();
    let file = manifest["index"].as_str().unwrap();
    assert!(file.starts_with("index.") && file.ends_with(".bin"), "{file}");
    assert!(web.join(file).exists());
    assert_eq!(manifest["sources"][0]["list"], "un-sc");
    assert_eq!(manifest["format"], sanctions_checker::index::format::FORMAT_VERSION);
    assert!(manifest["goods"].is_null(), "built without --goods");
}

#[test]
fn screen_writes_one_json_line_per_row_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let index = build(dir.path());
    let csv = "id,name,type,dob,country\n\
               a1,Sergei Ivanov,person,1968,RU\n\
               a2,Xqzvbw Plortnik,,,\n\
               a3,Alpha Trade LLP,organization,,Kazakhstan\n\
               a4,Ivanov,person,14.03.1968,\n";
    let o = run(bin().args(["screen", "--index"]).arg(&index), csv);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let lines: Vec<serde_json::Value> = String::from_utf8(o.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["id"], "a1");
    let hit = &lines[0]["hits"][0];
    assert_eq!(hit["entity_id"], "un-sc:KPi.901");
    assert_eq!(hit["list"], "un-sc");
    assert_eq!(hit["kind"], "person");
    assert_eq!(hit["name"], "SERGEI PETROVICH IVANOV");
    assert_eq!(hit["matched_name"], "Sergey Ivanov");
    assert!(hit["score"].as_f64().unwrap() >= 0.95);
    assert!(hit["explanation"]["summary"].as_str().unwrap().contains("Birth year 1968 agrees"));
    assert_eq!(lines[1]["hits"].as_array().unwrap().len(), 0);
    assert_eq!(lines[2]["hits"][0]["entity_id"], "un-sc:KPe.902");
    // A bad row is reported in place; the batch goes on.
    assert!(lines[3]["error"].as_str().unwrap().contains("YYYY-MM-DD"));
}

#[test]
fn screen_threshold_and_limit_are_honoured() {
    let dir = tempfile::tempdir().unwrap();
    let index = build(dir.path());
    let o = run(
        bin().args(["screen", "--threshold", "0.3", "--limit", "1", "--index"]).arg(&index),
        "id,name\n1,Sergei\n",
    );
    let line: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let hits = line["hits"].as_array().unwrap();
    assert_eq!(hits.len(), 1);
    assert!(hits[0]["score"].as_f64().unwrap() >= 0.3);
}

#[test]
fn compare_appends_score_and_match() {
    let csv = "schema,name1,name2,is_match\n\
               Person,Vladimir Putin,\"PUTIN, Vladimir\",true\n\
               Company,Alpha Trade LLP,Omega Shipping LLC,false\n";
    let o = run(bin().arg("compare"), csv);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = String::from_utf8(o.stdout).unwrap();
    let rows: Vec<&str> = out.lines().collect();
    assert_eq!(rows[0], "schema,name1,name2,is_match,score,match");
    assert_eq!(rows[1], "Person,Vladimir Putin,\"PUTIN, Vladimir\",true,1.000,true");
    assert!(rows[2].ends_with(",false"), "{}", rows[2]);
}

#[test]
fn bad_input_exits_2_with_a_one_line_reason() {
    let dir = tempfile::tempdir().unwrap();
    let not_a_list = dir.path().join("partners.csv");
    std::fs::write(&not_a_list, "name\nPutin\n").unwrap();
    let o = run(bin().args(["build", "--out"]).arg(dir.path().join("x.bin")).arg(&not_a_list), "");
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("partners.csv: not a sanctions list"), "{err}");

    let o = run(bin().args(["screen", "--index"]).arg(&not_a_list), "id,name\n1,x\n");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("not a sanctions-checker dataset"));

    let index = build(dir.path());
    let o = run(bin().args(["screen", "--index"]).arg(&index), "name,dob\nx,1990\n");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("id,name"));
}

#[test]
fn bench_prints_queries_per_second_on_one_thread_for_each_set() {
    let dir = tempfile::tempdir().unwrap();
    let index = build(dir.path());
    let eval = dir.path().join("eval");
    std::fs::create_dir(&eval).unwrap();
    let header = "id,name,type,dob,country,expected\n";
    std::fs::write(
        eval.join("screen_negatives_dev.csv"),
        format!("{header}n1,Kathryn Barr,person,1966-07-06,AE,\nn2,Alpha Trade LLP,,,,\n"),
    )
    .unwrap();
    std::fs::write(
        eval.join("screen_un_dev.csv"),
        format!("{header}u1,Sergei Ivanov,person,1968,RU,un-sc:KPi.901\n"),
    )
    .unwrap();
    let o = run(
        bin().args(["bench", "--rounds", "2", "--eval"]).arg(&eval).arg("--index").arg(&index),
        "",
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let stdout = String::from_utf8_lossy(&o.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 4, "{stdout}");
    assert!(lines[0].contains("5 entities"), "{stdout}");
    assert!(lines[1].starts_with("screen_negatives_dev.csv") && lines[1].contains("2 queries"));
    assert!(lines[2].starts_with("screen_un_dev.csv") && lines[2].contains("1 queries"));
    assert!(lines[3].starts_with("all") && lines[3].contains("queries/s on 1 thread"), "{stdout}");

    // No set at all is an error that names the directory.
    let o = run(bin().args(["bench", "--eval"]).arg(dir.path()).arg("--index").arg(&index), "");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no query set found"));
}

/// A one-thread HTTP/1.1 server on 127.0.0.1 that answers every request from `pages`
/// (path → body) or with 404, for `max` connections, then stops. Loopback only.
fn serve(pages: Vec<(String, Vec<u8>)>, max: usize) -> (String, std::thread::JoinHandle<()>) {
    use std::io::{BufRead, BufReader};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let handle = std::thread::spawn(move || {
        for stream in listener.incoming().take(max) {
            let mut stream = stream.unwrap();
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut request_line = String::new();
            reader.read_line(&mut request_line).unwrap();
            let path = request_line.split_whitespace().nth(1).unwrap_or("").to_string();
            // Drain the headers.
            let mut line = String::new();
            while reader.read_line(&mut line).unwrap() > 2 {
                line.clear();
            }
            let (status, body) = match pages.iter().find(|(p, _)| *p == path) {
                Some((_, body)) => ("200 OK", body.clone()),
                None => ("404 Not Found", b"not here".to_vec()),
            };
            let head = format!(
                "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            stream.write_all(head.as_bytes()).unwrap();
            stream.write_all(&body).unwrap();
        }
    });
    (url, handle)
}

#[test]
fn fetch_downloads_official_files_from_a_local_mirror() {
    let un = std::fs::read(common::un_real()).unwrap();
    let (url, server) = serve(vec![("/un/consolidated.xml".into(), un.clone())], 1);
    let dir = tempfile::tempdir().unwrap();
    let o =
        run(bin().args(["fetch", "--only", "un", "--base-url", &url, "--out"]).arg(dir.path()), "");
    server.join().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(std::fs::read(dir.path().join("un/consolidated.xml")).unwrap(), un);
    // What fetch wrote is what build reads.
    let o = run(bin().args(["build", "--out"]).arg(dir.path().join("x.bin")).arg(dir.path()), "");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

#[test]
fn fetch_never_replaces_a_good_file_with_an_error_page() {
    let dir = tempfile::tempdir().unwrap();
    let good = std::fs::read(fixture("lists/un_mini.xml")).unwrap();
    std::fs::create_dir_all(dir.path().join("un")).unwrap();
    std::fs::write(dir.path().join("un/consolidated.xml"), &good).unwrap();
    let page = b"<html><body>Service temporarily unavailable</body></html>".to_vec();
    let (url, server) = serve(vec![("/un/consolidated.xml".into(), page)], 1);
    let o =
        run(bin().args(["fetch", "--only", "un", "--base-url", &url, "--out"]).arg(dir.path()), "");
    server.join().unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("did not return a list file"), "{err}");
    assert!(err.contains("were kept"), "{err}");
    assert_eq!(std::fs::read(dir.path().join("un/consolidated.xml")).unwrap(), good);
}

#[test]
fn fetch_reports_a_missing_file_and_an_unknown_source() {
    let (url, server) = serve(vec![], 1);
    let dir = tempfile::tempdir().unwrap();
    let o =
        run(bin().args(["fetch", "--only", "un", "--base-url", &url, "--out"]).arg(dir.path()), "");
    server.join().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("404"));
    let o = run(bin().args(["fetch", "--only", "mars", "--out"]).arg(dir.path()), "");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("not a source"));
}

fn build_with_goods(dir: &Path) -> std::path::PathBuf {
    let out = dir.join("goods.bin");
    let o = run(
        bin()
            .args(["build", "--out"])
            .arg(&out)
            .arg("--goods")
            .arg(fixture("goods"))
            .arg(fixture("lists/un_mini.xml")),
        "",
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("eu_833_2014_annexes_20230427.csv (superseded by"), "{stderr}");
    out
}

#[test]
fn goods_code_prints_the_rule_citation_and_date() {
    let dir = tempfile::tempdir().unwrap();
    let index = build_with_goods(dir.path());
    let o = run(bin().args(["goods", "--index"]).arg(&index).args(["--code", "8542 31 90"]), "");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.starts_with("8542 31 90: RESTRICTED"), "{out}");
    assert!(out.contains("CHPL tier:   1: Items of the highest concern"), "{out}");
    assert!(out.contains("citation:    Council Regulation (EU) No 833/2014"), "{out}");
    assert!(out.contains("as of:       2025-10-23"), "{out}");
    let o = run(bin().arg("verify").arg(&index), "");
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("goods: 11 listed codes"), "{out}");
    assert!(out.contains("Common High Priority List (EU/US/UK/Japan) (chpl_2024-02-23.csv), as of 2024-02-23, 2 rows"), "{out}");
    assert!(out.contains("left out: eu_833_2014_annexes_20230427.csv"), "{out}");
}

#[test]
fn goods_json_has_the_status_and_every_match() {
    let dir = tempfile::tempdir().unwrap();
    let index = build_with_goods(dir.path());
    let o =
        run(bin().args(["goods", "--index"]).arg(&index).args(["--code", "8542", "--json"]), "");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["status"], "possibly_restricted");
    assert_eq!(v["sub_codes"][0]["code"], "8542 31");
    let o = run(
        bin().args(["goods", "--index"]).arg(&index).args(["--text", "ball bearing", "--json"]),
        "",
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["candidates"][0]["hs6"], "848210");
    assert_eq!(v["candidates"][0]["status"], "restricted");
}

#[test]
fn goods_bad_input_exits_2_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let index = build_with_goods(dir.path());
    for (args, expected) in [
        (vec!["--code", "85A2"], "not a digit"),
        (vec!["--code", "8"], "1 digit"),
        (vec!["--code", "123456789012"], "12 digits"),
        (vec!["--text", "  "], "no description given"),
    ] {
        let o = run(bin().args(["goods", "--index"]).arg(&index).args(&args), "");
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        assert!(err.contains(expected), "{args:?}: {err}");
    }
    // A dataset without goods says so.
    let bare = build(dir.path());
    let o = run(bin().args(["goods", "--index"]).arg(&bare).args(["--code", "8482"]), "");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no goods data"));
}

fn build_owners(dir: &Path) -> std::path::PathBuf {
    let out = dir.join("owners.bin");
    let o = run(
        bin()
            .args(["build", "--out"])
            .arg(&out)
            .arg(fixture("ownership/sdn_owners.xml"))
            .arg(fixture("ownership/un_owners.xml")),
        "",
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    out
}

#[test]
fn ownership_prints_both_verdicts_step_by_step() {
    let dir = tempfile::tempdir().unwrap();
    let index = build_owners(dir.path());
    let o = run(
        bin()
            .args(["ownership", "--index"])
            .arg(&index)
            .arg("--input")
            .arg(fixture("ownership/structure.csv")),
        "",
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.contains("OFAC 50% rule: BLOCKED UNDER OFAC'S 50% RULE"), "{out}");
    assert!(out.contains("Held by blocked parties together: 55% + 10% = 65%"), "{out}");
    assert!(out.contains("EU/UK owned or controlled: OWNED OR CONTROLLED"), "{out}");
    assert!(out.contains("the list links it to: KRASNOYAR HOLDING LIMITED"), "{out}");
}

#[test]
fn ownership_json_reads_stdin_and_has_verdicts_steps_and_graph() {
    let dir = tempfile::tempdir().unwrap();
    let index = build_owners(dir.path());
    let csv = "owner,owner_type,owned,share,control\n\
               Gennady Pavlovich Zarubin,person,Steppe Grain Trading LLP,25,\n\
               Oleg Ivanovich Tarasenko,person,Steppe Grain Trading LLP,25,\n\
               Aigerim Sarsenova,person,Steppe Grain Trading LLP,50,\n";
    let o = run(bin().args(["ownership", "--format", "json", "--index"]).arg(&index), csv);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let r: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(r["subject"], "Steppe Grain Trading LLP");
    assert_eq!(r["ofac"]["outcome"], "sanctioned");
    assert_eq!(r["ofac"]["share"], 50.0);
    assert_eq!(r["eu_uk"]["outcome"], "not_sanctioned");
    assert_eq!(r["graph"]["edges"].as_array().unwrap().len(), 3);
    let step = &r["ofac"]["steps"].as_array().unwrap().iter().find(|s| s["kind"] == "aggregate");
    assert_eq!(step.unwrap()["numbers"], serde_json::json!([25.0, 25.0]));
}

#[test]
fn ownership_bad_input_exits_2_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let index = build_owners(dir.path());
    for (csv, expected) in [
        ("owner,owned,share\nA,S,lots\n", "row 2: share \"lots\" is not a number"),
        ("name,share\nA,5\n", "the header needs at least the columns owner,owned"),
        ("owner,owned,share\n", "nothing to check"),
    ] {
        let o = run(bin().args(["ownership", "--index"]).arg(&index), csv);
        assert_eq!(o.status.code(), Some(2), "{csv}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        assert!(err.contains(expected), "{csv}: {err}");
    }
    let o = run(
        bin().args(["ownership", "--threshold", "2", "--index"]).arg(&index),
        "owner,owned\nA,S\n",
    );
    assert_eq!(o.status.code(), Some(2));
}
