//! One module per subcommand, plus the input/output helpers they share.

pub mod bench;
pub mod build;
pub mod compare;
pub mod eval;
pub mod fetch;
pub mod goods;
pub mod ownership;
pub mod screen;
pub mod verify;

use anyhow::{Context, Result};
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::path::Path;

/// Opens `--input` or stdin.
pub fn open_input(path: Option<&Path>) -> Result<Box<dyn Read>> {
    Ok(match path {
        Some(p) => Box::new(BufReader::new(
            File::open(p).with_context(|| format!("cannot open {}", p.display()))?,
        )),
        None => Box::new(BufReader::new(io::stdin())),
    })
}

/// Opens `--output` or stdout.
pub fn open_output(path: Option<&Path>) -> Result<Box<dyn Write>> {
    Ok(match path {
        Some(p) => Box::new(BufWriter::new(
            File::create(p).with_context(|| format!("cannot create {}", p.display()))?,
        )),
        None => Box::new(BufWriter::new(io::stdout())),
    })
}

/// Reads a dataset file into an index.
pub fn load_index(path: &Path) -> Result<sanctions_checker::Index> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    sanctions_checker::Index::from_bytes(&bytes).with_context(|| format!("{}", path.display()))
}

/// Finds a column by header name (case-insensitive).
pub fn column(headers: &csv::StringRecord, name: &str) -> Option<usize> {
    headers.iter().position(|h| h.trim().trim_start_matches('\u{feff}').eq_ignore_ascii_case(name))
}
