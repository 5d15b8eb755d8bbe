//! `screen`: one JSON line of hits per CSV row, in input order.

use anyhow::{bail, Context, Result};
use sanctions_checker::matching::{screen, ScreenOptions, DEFAULT_LIMIT, DEFAULT_THRESHOLD};
use sanctions_checker::Query;
use serde_json::json;
use std::io::Write;
use std::path::PathBuf;

/// Arguments of `screen`.
#[derive(clap::Args)]
pub struct Args {
    /// Dataset file built by `build`.
    #[arg(long)]
    index: PathBuf,
    /// Minimum score of a hit.
    #[arg(long, default_value_t = DEFAULT_THRESHOLD)]
    threshold: f64,
    /// Most hits per row.
    #[arg(long, default_value_t = DEFAULT_LIMIT)]
    limit: usize,
    /// CSV with header id,name[,type][,dob][,country]; stdin when absent.
    #[arg(long)]
    input: Option<PathBuf>,
    /// JSONL output; stdout when absent.
    #[arg(long)]
    output: Option<PathBuf>,
}

pub fn run(args: Args) -> Result<()> {
    if !(0.0..=1.0).contains(&args.threshold) {
        bail!("--threshold must be between 0 and 1, got {}", args.threshold);
    }
    let index = super::load_index(&args.index)?;
    let options = ScreenOptions::default().threshold(args.threshold).limit(args.limit);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(super::open_input(args.input.as_deref())?);
    let headers = reader.headers().context("cannot read the CSV header")?.clone();
    let (Some(id_col), Some(name_col)) =
        (super::column(&headers, "id"), super::column(&headers, "name"))
    else {
        bail!("the input CSV needs a header with at least the columns id,name");
    };
    let type_col = super::column(&headers, "type");
    let dob_col = super::column(&headers, "dob");
    let country_col = super::column(&headers, "country");
    let identifier_col = super::column(&headers, "identifier");
    let mut out = super::open_output(args.output.as_deref())?;
    for (row, record) in reader.records().enumerate() {
        let record = record.with_context(|| format!("input row {}", row + 2))?;
        let field = |c: Option<usize>| c.and_then(|c| record.get(c)).map(str::to_string);
        let id = field(Some(id_col)).unwrap_or_default();
        let query = Query {
            name: field(Some(name_col)).unwrap_or_default(),
            kind: field(type_col),
            dob: field(dob_col),
            country: field(country_col),
            identifier: field(identifier_col),
        };
        // A row that cannot be screened (an impossible date, an empty name) is reported in
        // place, so one bad row never stops a batch of thousands.
        let line = match screen(&index, &query, &options) {
            Ok(report) => json!({ "id": id, "hits": report.hits }),
            Err(e) => {
                eprintln!("row {} (id {id}): {e}", row + 2);
                json!({ "id": id, "hits": [], "error": e.to_string() })
            }
        };
        serde_json::to_writer(&mut out, &line)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(())
}
