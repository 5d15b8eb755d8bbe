//! `verify`: loads a dataset the way the page does and prints what it holds.

use anyhow::Result;
use std::path::PathBuf;

/// Arguments of `verify`.
#[derive(clap::Args)]
pub struct Args {
    /// Dataset file.
    index: PathBuf,
}

pub fn run(args: Args) -> Result<()> {
    let index = super::load_index(&args.index)?;
    let m = index.manifest();
    println!(
        "{}: format {}, engine {}, built {}",
        args.index.display(),
        m.format,
        m.engine,
        m.built
    );
    println!("{} entities, {} names", m.entities, m.names);
    for s in &m.sources {
        println!(
            "  {} ({}), published {}, {} entities ({} persons, {} organizations, {} vessels, \
             {} aircraft), {} names, {} skipped, sha256 {}",
            s.list,
            s.file,
            s.published.as_deref().unwrap_or("unknown"),
            s.entities,
            s.persons,
            s.organizations,
            s.vessels,
            s.aircraft,
            s.names,
            s.skipped,
            s.sha256
        );
    }
    match &m.goods {
        Some(g) => {
            println!(
                "goods: {} listed codes, {} nomenclature lines",
                g.listed_codes, g.nomenclature_lines
            );
            for s in &g.sources {
                println!(
                    "  {} ({}), as of {}, {} rows, {} skipped, sha256 {}",
                    s.title,
                    s.file,
                    s.as_of.as_deref().unwrap_or("unknown"),
                    s.rows,
                    s.skipped,
                    s.sha256
                );
            }
            for left in &g.left_out {
                println!("  left out: {left}");
            }
        }
        None => println!("goods: none (built without --goods)"),
    }
    println!("ok");
    Ok(())
}
