//! `eval`: measures the engine on the labelled evaluation sets and prints the targets table of
//! the matching issue (DESIGN.md#evaluation keeps the latest figures).
//!
//! The sets live in `../shared/eval` (or `--eval DIR`); each is optional, so a partial set
//! directory still gives the rows it can. `--errors DIR` writes every mistake as CSV for
//! tuning, which is how the figures in DESIGN.md were studied.

use anyhow::{Context, Result};
use sanctions_checker::matching::{compare, ofac_score, screen, ScreenOptions, DEFAULT_THRESHOLD};
use sanctions_checker::model::EntityKind;
use sanctions_checker::{Index, Query};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Arguments of `eval`.
#[derive(clap::Args)]
pub struct Args {
    /// Dataset file built by `build` (for the screening sets).
    #[arg(long)]
    index: Option<PathBuf>,
    /// Directory with the evaluation CSV files.
    #[arg(long, default_value = "../shared/eval")]
    eval: PathBuf,
    /// Write the misclassified rows of each set as CSV into this directory.
    #[arg(long)]
    errors: Option<PathBuf>,
    /// Screen only every n-th negative (the full 50,000 take a few minutes).
    #[arg(long, default_value_t = 1)]
    negatives_every: usize,
    /// Worker threads for the screening sets (default: all cores).
    #[arg(long)]
    threads: Option<usize>,
}

/// One row of the printed table.
struct Row {
    set: &'static str,
    measure: &'static str,
    value: String,
    target: &'static str,
    met: bool,
}

pub fn run(args: Args) -> Result<()> {
    let mut rows = Vec::new();
    let mut errors: Vec<(&str, String)> = Vec::new();
    let dir = &args.eval;

    for (file, target, goal) in
        [("pairs_dev.csv", "≥ 0.88", 0.88), ("pairs_cyrillic_dev.csv", "≥ 0.95", 0.95)]
    {
        let path = dir.join(file);
        if !path.exists() {
            eprintln!("[eval] {} not found; skipped", path.display());
            continue;
        }
        let (f1, detail, wrong) = pairs_f1(&path)?;
        eprintln!("[eval] {file}: {detail}");
        rows.push(Row {
            set: file,
            measure: "F1 of `compare` at the default threshold",
            value: format!("{f1:.3}"),
            target,
            met: f1 >= goal,
        });
        errors.push((file, wrong));
    }

    let parity = dir.join("ofac_parity.csv");
    if parity.exists() {
        let (share, detail, wrong) = ofac_parity(&parity)?;
        eprintln!("[eval] ofac_parity.csv: {detail}");
        rows.push(Row {
            set: "ofac_parity.csv",
            measure: "`ofac` mode within ±5 points of OFAC's score",
            value: format!("{:.1}% of rows", share * 100.0),
            target: "≥ 95% of rows",
            met: share >= 0.95,
        });
        errors.push(("ofac_parity.csv", wrong));
    }

    if let Some(index_path) = &args.index {
        let index = super::load_index(index_path)?;
        let threads = args
            .threads
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
        let un = dir.join("screen_un_dev.csv");
        if un.exists() {
            let queries = read_queries(&un, 1)?;
            let started = Instant::now();
            let tops = screen_all(&index, &queries, threads);
            let mut good = 0;
            let mut wrong = String::from("name,dob,country,expected,top,top_name,score\n");
            for ((q, expected), top) in queries.iter().zip(&tops) {
                let (id, name, score) = top.clone().unwrap_or_default();
                if expected.as_deref() == Some(id.as_str()) {
                    good += 1;
                } else {
                    let _ = writeln!(
                        wrong,
                        "{},{},{},{},{id},{},{score:.3}",
                        csv_cell(&q.name),
                        q.dob.as_deref().unwrap_or(""),
                        q.country.as_deref().unwrap_or(""),
                        expected.as_deref().unwrap_or(""),
                        csv_cell(&name)
                    );
                }
            }
            let share = good as f64 / queries.len().max(1) as f64;
            eprintln!(
                "[eval] screen_un_dev.csv: {good}/{} top-1 in {:.1} s",
                queries.len(),
                started.elapsed().as_secs_f64()
            );
            rows.push(Row {
                set: "screen_un_dev.csv",
                measure: "expected entity is the top hit",
                value: format!("{:.1}% ({good}/{})", share * 100.0, queries.len()),
                target: "≥ 98%",
                met: share >= 0.98,
            });
            errors.push(("screen_un_dev.csv", wrong));
        }
        let neg = dir.join("screen_negatives_dev.csv");
        if neg.exists() {
            let queries = read_queries(&neg, args.negatives_every.max(1))?;
            let started = Instant::now();
            let tops = screen_all(&index, &queries, threads);
            let secs = started.elapsed().as_secs_f64();
            let mut wrong = String::from("name,dob,country,top,top_name,score\n");
            let mut flagged = 0;
            for ((q, _), top) in queries.iter().zip(&tops) {
                if let Some((id, name, score)) = top {
                    flagged += 1;
                    let _ = writeln!(
                        wrong,
                        "{},{},{},{id},{},{score:.3}",
                        csv_cell(&q.name),
                        q.dob.as_deref().unwrap_or(""),
                        q.country.as_deref().unwrap_or(""),
                        csv_cell(name)
                    );
                }
            }
            let share = flagged as f64 / queries.len().max(1) as f64;
            eprintln!(
                "[eval] screen_negatives_dev.csv: {flagged}/{} with a hit; {:.0} queries/s on {threads} thread(s)",
                queries.len(),
                queries.len() as f64 / secs
            );
            rows.push(Row {
                set: "screen_negatives_dev.csv",
                measure: "share with any hit at the default threshold",
                value: format!("{:.2}% ({flagged}/{})", share * 100.0, queries.len()),
                target: "≤ 1%",
                met: share <= 0.01,
            });
            errors.push(("screen_negatives_dev.csv", wrong));
        }
    }

    println!("| set | measure | result | target | met |");
    println!("|---|---|---|---|---|");
    for r in &rows {
        println!(
            "| {} | {} | {} | {} | {} |",
            r.set,
            r.measure,
            r.value,
            r.target,
            if r.met { "yes" } else { "no" }
        );
    }
    if let Some(out) = &args.errors {
        std::fs::create_dir_all(out).with_context(|| format!("cannot create {}", out.display()))?;
        for (file, text) in errors {
            let path = out.join(file.replace(".csv", ".errors.csv"));
            std::fs::write(&path, text)
                .with_context(|| format!("cannot write {}", path.display()))?;
        }
        eprintln!("[eval] errors written to {}", out.display());
    }
    Ok(())
}

/// F1 of `compare` at the default threshold, a one-line breakdown, and the wrong rows as CSV.
fn pairs_f1(path: &Path) -> Result<(f64, String, String)> {
    let mut reader =
        csv::Reader::from_path(path).with_context(|| format!("cannot read {}", path.display()))?;
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let mut wrong = String::from("error,schema,name1,name2,score,case_group,category\n");
    for record in reader.records() {
        let r = record?;
        let get = |i: usize| r.get(i).unwrap_or("");
        let kind = EntityKind::parse_query(get(0)).ok().flatten();
        let score = compare(kind, get(1), get(2));
        let said = score >= DEFAULT_THRESHOLD;
        let truth = get(3) == "true";
        match (said, truth) {
            (true, true) => tp += 1,
            (true, false) => fp += 1,
            (false, true) => fn_ += 1,
            (false, false) => {}
        }
        if said != truth {
            let _ = writeln!(
                wrong,
                "{},{},{},{},{score:.3},{},{}",
                if truth { "FN" } else { "FP" },
                get(0),
                csv_cell(get(1)),
                csv_cell(get(2)),
                get(4),
                csv_cell(get(5))
            );
        }
    }
    let f1 = 2.0 * tp as f64 / (2 * tp + fp + fn_).max(1) as f64;
    Ok((f1, format!("F1 {f1:.4} (tp {tp}, fp {fp}, fn {fn_})"), wrong))
}

/// Share of rows where `ofac_score` is within 5 points of OFAC's. A row OFAC marks -1 did not
/// appear at OFAC's slider setting of 80: it counts as agreeing when our score is below 80.
fn ofac_parity(path: &Path) -> Result<(f64, String, String)> {
    let mut reader =
        csv::Reader::from_path(path).with_context(|| format!("cannot read {}", path.display()))?;
    let (mut good, mut total) = (0usize, 0usize);
    let mut wrong = String::from("query,listed,ofac,ours\n");
    for record in reader.records() {
        let r = record?;
        let (q, l) = (r.get(0).unwrap_or(""), r.get(1).unwrap_or(""));
        let theirs: f64 = r.get(2).unwrap_or("").trim().parse().unwrap_or(-1.0);
        let ours = ofac_score(q, l);
        let agrees = if theirs < 0.0 { ours < 80.0 } else { (ours - theirs).abs() <= 5.0 };
        total += 1;
        if agrees {
            good += 1;
        } else {
            let _ = writeln!(wrong, "{},{},{theirs},{ours:.1}", csv_cell(q), csv_cell(l));
        }
    }
    let share = good as f64 / total.max(1) as f64;
    Ok((share, format!("{good}/{total} within ±5"), wrong))
}

/// Reads a screening set: each query with its expected entity id (empty = none).
pub(super) fn read_queries(path: &Path, every: usize) -> Result<Vec<(Query, Option<String>)>> {
    let mut reader =
        csv::Reader::from_path(path).with_context(|| format!("cannot read {}", path.display()))?;
    let headers = reader.headers()?.clone();
    let col = |name: &str| super::column(&headers, name);
    let (name, kind, dob, country, expected) =
        (col("name"), col("type"), col("dob"), col("country"), col("expected"));
    let mut out = Vec::new();
    for record in reader.records().step_by(every) {
        let r = record?;
        let field = |c: Option<usize>| {
            c.and_then(|c| r.get(c)).map(str::trim).filter(|s| !s.is_empty()).map(str::to_string)
        };
        out.push((
            Query {
                name: field(name).unwrap_or_default(),
                kind: field(kind),
                dob: field(dob),
                country: field(country),
                identifier: None,
            },
            field(expected),
        ));
    }
    Ok(out)
}

/// Screens every query (in parallel chunks) and returns each one's top hit.
fn screen_all(
    index: &Index,
    queries: &[(Query, Option<String>)],
    threads: usize,
) -> Vec<Option<(String, String, f64)>> {
    let options = ScreenOptions::default().limit(1);
    let chunk = queries.len().div_ceil(threads.max(1)).max(1);
    std::thread::scope(|s| {
        let handles: Vec<_> = queries
            .chunks(chunk)
            .map(|part| {
                s.spawn(move || {
                    part.iter()
                        .map(|(q, _)| {
                            screen(index, q, &options).ok().and_then(|r| {
                                r.hits
                                    .into_iter()
                                    .next()
                                    .map(|h| (h.entity_id, h.matched_name, h.score))
                            })
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().expect("screening never panics")).collect()
    })
}

/// Quotes a CSV cell when it needs it.
fn csv_cell(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}
