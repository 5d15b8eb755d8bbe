//! `compare`: scores name pairs without a dataset.

use anyhow::{bail, Context, Result};
use sanctions_checker::matching::{compare, DEFAULT_THRESHOLD};
use sanctions_checker::model::EntityKind;
use std::path::PathBuf;

/// Arguments of `compare`.
#[derive(clap::Args)]
pub struct Args {
    /// CSV with header schema,name1,name2[,...]; stdin when absent.
    #[arg(long)]
    input: Option<PathBuf>,
    /// CSV output: the input columns plus score and match; stdout when absent.
    #[arg(long)]
    output: Option<PathBuf>,
}

pub fn run(args: Args) -> Result<()> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(super::open_input(args.input.as_deref())?);
    let headers = reader.headers().context("cannot read the CSV header")?.clone();
    let (Some(schema), Some(n1), Some(n2)) = (
        super::column(&headers, "schema"),
        super::column(&headers, "name1"),
        super::column(&headers, "name2"),
    ) else {
        bail!("the input CSV needs a header with the columns schema,name1,name2");
    };
    let mut writer = csv::Writer::from_writer(super::open_output(args.output.as_deref())?);
    let mut out_headers = headers.clone();
    out_headers.push_field("score");
    out_headers.push_field("match");
    writer.write_record(&out_headers)?;
    for (row, record) in reader.records().enumerate() {
        let record = record.with_context(|| format!("input row {}", row + 2))?;
        let get = |c: usize| record.get(c).unwrap_or("");
        // An unknown schema (Airplane, Thing) still compares names; it only loses kind hints.
        let kind = EntityKind::parse_query(get(schema)).ok().flatten();
        let score = compare(kind, get(n1), get(n2));
        let mut out = record.clone();
        out.push_field(&format!("{score:.3}"));
        out.push_field(if score >= DEFAULT_THRESHOLD { "true" } else { "false" });
        writer.write_record(&out)?;
    }
    writer.flush()?;
    Ok(())
}
