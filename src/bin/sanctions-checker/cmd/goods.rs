//! `goods`: looks up a customs code or searches a description against the goods tables of a
//! dataset, with the same core the page's Goods tab uses.

use anyhow::{bail, Result};
use sanctions_checker::goods::{self, Candidate, CodeReport, RuleMatch, TextReport};
use std::io::Write;
use std::path::PathBuf;

/// Arguments of `goods`.
#[derive(clap::Args)]
#[command(group(clap::ArgGroup::new("query").required(true).args(["code", "text"])))]
pub struct Args {
    /// Dataset file built by `build --goods DIR`.
    #[arg(long)]
    index: PathBuf,
    /// An HS, EU CN or EAEU TN VED code, 2 to 10 digits in any writing ("8542.31",
    /// "8542 31 90", "8542310000").
    #[arg(long)]
    code: Option<String>,
    /// A plain description, English or Russian ("ball bearings", "станок фрезерный").
    #[arg(long)]
    text: Option<String>,
    /// Most candidates for --text.
    #[arg(long, default_value_t = goods::DEFAULT_LIMIT)]
    limit: usize,
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args) -> Result<()> {
    let index = super::load_index(&args.index)?;
    let mut out = super::open_output(None)?;
    match (&args.code, &args.text) {
        (Some(code), None) => {
            let report = goods::lookup_code(&index, code)?;
            if args.json {
                serde_json::to_writer_pretty(&mut out, &report)?;
                writeln!(out)?;
            } else {
                write_code(&mut out, &report)?;
            }
        }
        (None, Some(text)) => {
            let report = goods::search_text(&index, text, args.limit)?;
            if args.json {
                serde_json::to_writer_pretty(&mut out, &report)?;
                writeln!(out)?;
            } else {
                write_text(&mut out, &report)?;
            }
        }
        _ => bail!("give exactly one of --code CODE or --text TEXT"),
    }
    out.flush()?;
    Ok(())
}

/// How many entries of one answer are printed in full; the rest are counted (--json has all).
const SHOWN: usize = 12;

fn write_code(out: &mut dyn Write, r: &CodeReport) -> Result<()> {
    writeln!(out, "{}: {}", r.formatted, r.status_label.to_uppercase())?;
    if let Some(d) = &r.description {
        writeln!(out, "  {d}")?;
    }
    if let Some(d) = &r.description_ru {
        writeln!(out, "  {d}")?;
    }
    writeln!(out, "{}", r.summary)?;
    for m in r.matches.iter().take(SHOWN) {
        write_match(out, m)?;
    }
    if r.matches.len() > SHOWN {
        writeln!(out, "\n… and {} more entries (--json lists all)", r.matches.len() - SHOWN)?;
    }
    for m in &r.excepted {
        write_match(out, m)?;
    }
    writeln!(out)?;
    for n in &r.notes {
        writeln!(out, "note: {n}")?;
    }
    write_checked(out, &r.checked)
}

fn write_match(out: &mut dyn Write, m: &RuleMatch) -> Result<()> {
    writeln!(out)?;
    writeln!(out, "- {} {} ({}): {}", m.list, m.listed_code, m.code_system, m.status.label())?;
    writeln!(out, "  regime:      {}", m.regime_title)?;
    if let Some(p) = &m.part {
        writeln!(out, "  part:        {p}")?;
    }
    writeln!(out, "  restriction: {}", m.restriction_summary)?;
    if let Some(t) = &m.restriction_text {
        writeln!(out, "               ({t})")?;
    }
    if let Some(t) = &m.tier {
        writeln!(out, "  CHPL tier:   {t}: {}", m.tier_meaning.as_deref().unwrap_or(""))?;
    }
    writeln!(out, "  listed as:   {}", m.description)?;
    if let Some(e) = &m.exception_note {
        writeln!(out, "  exception:   {e}")?;
    }
    writeln!(out, "  citation:    {}", m.citation)?;
    writeln!(out, "  as of:       {}", m.as_of.as_deref().unwrap_or("unknown"))?;
    for n in &m.notes {
        writeln!(out, "  note:        {n}")?;
    }
    Ok(())
}

fn write_checked(out: &mut dyn Write, checked: &[goods::Checked]) -> Result<()> {
    for c in checked {
        writeln!(out, "checked: {} (as of {})", c.title, c.as_of.as_deref().unwrap_or("unknown"))?;
    }
    Ok(())
}

fn write_text(out: &mut dyn Write, r: &TextReport) -> Result<()> {
    writeln!(out, "Candidates for \"{}\":", r.query.trim())?;
    for (i, c) in r.candidates.iter().enumerate() {
        write_candidate(out, i + 1, c)?;
    }
    writeln!(out)?;
    for n in &r.notes {
        writeln!(out, "note: {n}")?;
    }
    write_checked(out, &r.checked)
}

fn write_candidate(out: &mut dyn Write, rank: usize, c: &Candidate) -> Result<()> {
    writeln!(out)?;
    writeln!(
        out,
        "{rank}. HS {} ({:.0}% of the words): {}",
        c.code,
        c.score * 100.0,
        c.status_label.to_uppercase()
    )?;
    writeln!(out, "   {}", c.description)?;
    if let Some(ru) = &c.description_ru {
        writeln!(out, "   {ru}")?;
    }
    for m in c.matches.iter().take(4) {
        let tier = m.tier.as_deref().map(|t| format!(", tier {t}")).unwrap_or_default();
        writeln!(
            out,
            "   - {} {}{tier}: {} [{}; as of {}]",
            m.list,
            m.listed_code,
            m.restriction_summary,
            m.citation,
            m.as_of.as_deref().unwrap_or("unknown")
        )?;
    }
    if c.matches.len() > 4 {
        writeln!(out, "   - … {} more (look up the code for all)", c.matches.len() - 4)?;
    }
    Ok(())
}
