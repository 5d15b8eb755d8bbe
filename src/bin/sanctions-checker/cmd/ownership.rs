//! `ownership`: screens every party of an ownership structure (CSV) and prints OFAC's 50% rule
//! and the EU/UK "owned or controlled" verdict, step by step.

use anyhow::{bail, Context, Result};
use sanctions_checker::ownership::{
    self, OwnershipOptions, OwnershipReport, PartyStatus, Verdict, DEFAULT_LISTED_THRESHOLD,
};
use sanctions_checker::DEFAULT_THRESHOLD;
use std::io::{Read, Write};
use std::path::PathBuf;

/// Output format.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// The verdicts and their steps for people.
    Text,
    /// The whole report as JSON.
    Json,
}

/// Arguments of `ownership`.
#[derive(clap::Args)]
pub struct Args {
    /// Dataset file built by `build`.
    #[arg(long)]
    index: PathBuf,
    /// Structure CSV: owner,owner_type,owned,share,control,owner_dob,owner_country (see
    /// README); stdin when absent.
    #[arg(long)]
    input: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Minimum score of a hit (a possible match).
    #[arg(long, default_value_t = DEFAULT_THRESHOLD)]
    threshold: f64,
    /// Minimum score for treating a party as the listed one.
    #[arg(long, default_value_t = DEFAULT_LISTED_THRESHOLD)]
    listed_threshold: f64,
}

pub fn run(args: Args) -> Result<()> {
    for (name, t) in
        [("--threshold", args.threshold), ("--listed-threshold", args.listed_threshold)]
    {
        if !(0.0..=1.0).contains(&t) {
            bail!("{name} must be between 0 and 1, got {t}");
        }
    }
    if args.listed_threshold < args.threshold {
        bail!("--listed-threshold must not be below --threshold");
    }
    let mut text = String::new();
    super::open_input(args.input.as_deref())?
        .read_to_string(&mut text)
        .context("cannot read the structure CSV (it must be UTF-8)")?;
    let structure = ownership::parse_csv(&text)?;
    let index = super::load_index(&args.index)?;
    let options = OwnershipOptions::default()
        .threshold(args.threshold)
        .listed_threshold(args.listed_threshold);
    let report = ownership::evaluate(&index, &structure, &options)?;
    let mut out = super::open_output(None)?;
    match args.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &report)?;
            writeln!(out)?;
        }
        Format::Text => write_text(&mut out, &report)?,
    }
    out.flush()?;
    Ok(())
}

fn write_text(out: &mut dyn Write, r: &OwnershipReport) -> Result<()> {
    let subject = r.parties.iter().find(|p| p.subject).map_or(r.subject.as_str(), |p| &p.name);
    writeln!(out, "Ownership of {subject}")?;
    writeln!(out)?;
    writeln!(out, "Parties screened ({}):", r.parties.len())?;
    for p in &r.parties {
        let status = match p.status {
            PartyStatus::Listed => "LISTED",
            PartyStatus::Possible => "POSSIBLE MATCH",
            PartyStatus::Clear => "no hit",
            PartyStatus::Unknown => "UNKNOWN",
        };
        writeln!(out, "  {} ({}): {status}: {}", p.name, p.kind, p.basis)?;
        if matches!(p.status, PartyStatus::Listed | PartyStatus::Possible) {
            for h in &p.hits {
                writeln!(
                    out,
                    "      hit {} {} \"{}\", score {:.2}",
                    h.hit.entity_id, h.hit.list, h.hit.name, h.hit.score
                )?;
                for link in &h.links {
                    let here =
                        if h.linked_parties.is_empty() { "" } else { " (in this structure)" };
                    writeln!(out, "        the list links it to: {link}{here}")?;
                }
            }
        }
    }
    write_verdict(out, "OFAC 50% rule", &r.ofac)?;
    write_verdict(out, "EU/UK owned or controlled", &r.eu_uk)?;
    if !r.problems.is_empty() {
        writeln!(out)?;
        writeln!(out, "Problems with the input:")?;
        for p in &r.problems {
            writeln!(out, "  - {}", p.message)?;
        }
    }
    Ok(())
}

fn write_verdict(out: &mut dyn Write, title: &str, v: &Verdict) -> Result<()> {
    writeln!(out)?;
    writeln!(out, "{title}: {}", v.label.to_uppercase())?;
    for (i, s) in v.steps.iter().enumerate() {
        writeln!(out, "  {}. {}", i + 1, s.text)?;
    }
    Ok(())
}
