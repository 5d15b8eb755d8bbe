//! `fetch`: downloads the current official list files from their publishers.
//!
//! This is the only command that uses the network, and only when asked: the page and every
//! other command work from files already on disk. Each download is checked with the same
//! content detection `build` uses, so an error page served with status 200 is caught here and
//! never replaces a good file.

use anyhow::{bail, Context, Result};
use sanctions_checker::lists;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The official download addresses, one row per file: (folder under `--out`, file name, URL).
/// Checked against the publishers' pages in November 2026. When a publisher moves a file, this
/// table is the one place to change.
pub const SOURCES: &[(&str, &str, &str)] = &[
    ("un", "consolidated.xml", "https://scsanctions.un.org/resources/xml/en/consolidated.xml"),
    (
        "ofac-sdn",
        "sdn.csv",
        "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.CSV",
    ),
    (
        "ofac-sdn",
        "add.csv",
        "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ADD.CSV",
    ),
    (
        "ofac-sdn",
        "alt.csv",
        "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ALT.CSV",
    ),
    (
        "ofac-sdn",
        "sdn_comments.csv",
        "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN_COMMENTS.CSV",
    ),
    (
        "ofac-cons",
        "consolidated.xml",
        "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/CONSOLIDATED.XML",
    ),
    (
        "eu",
        "eu_fsf.xml",
        "https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw",
    ),
    (
        "uk",
        "ConList.csv",
        "https://ofsistorage.blob.core.windows.net/publishlive/2022format/ConList.csv",
    ),
    (
        "canada",
        "sema-lmes.xml",
        "https://www.international.gc.ca/world-monde/assets/office_docs/international_relations-relations_internationales/sanctions/sema-lmes.xml",
    ),
    (
        "australia",
        "regulation8_consolidated.xlsx",
        "https://www.dfat.gov.au/sites/default/files/regulation8_consolidated.xlsx",
    ),
    (
        "csl",
        "consolidated.csv",
        "https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv",
    ),
];

/// The largest file accepted: the EU XML, the largest list, is about 25 MB.
const MAX_BYTES: u64 = 256 * 1024 * 1024;

/// Arguments of `fetch`.
#[derive(clap::Args)]
pub struct Args {
    /// Directory to write into; one folder per source, as `build` expects.
    #[arg(long)]
    out: PathBuf,
    /// Download from this address instead of the publishers' (`/<folder>/<file name>` is
    /// appended, the layout `--out` writes): for mirrors and for tests against a local server.
    #[arg(long)]
    base_url: Option<String>,
    /// Only these folders (un, ofac-sdn, ofac-cons, eu, uk, canada, australia, csl).
    #[arg(long, value_delimiter = ',')]
    only: Vec<String>,
}

pub fn run(args: Args) -> Result<()> {
    let known: Vec<&str> = SOURCES.iter().map(|s| s.0).collect();
    if let Some(bad) = args.only.iter().find(|o| !known.contains(&o.as_str())) {
        bail!("--only {bad}: not a source; use one of {}", dedup(&known).join(", "));
    }
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(Duration::from_secs(300)))
        .user_agent(concat!("sanctions-checker/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let mut failed = Vec::new();
    let mut fetched = 0;
    for (folder, name, url) in SOURCES {
        if !args.only.is_empty() && !args.only.iter().any(|o| o == folder) {
            continue;
        }
        let url = match &args.base_url {
            Some(base) => format!("{}/{folder}/{name}", base.trim_end_matches('/')),
            None => (*url).to_string(),
        };
        match download(&agent, &url, name).and_then(|b| save(&args.out.join(folder), name, &b)) {
            Ok(size) => {
                eprintln!("fetched {folder}/{name} ({size} bytes) from {url}");
                fetched += 1;
            }
            Err(e) => {
                eprintln!("could not fetch {folder}/{name}: {e:#}");
                failed.push(format!("{folder}/{name}"));
            }
        }
    }
    if !failed.is_empty() {
        bail!(
            "{fetched} file(s) fetched, {} failed ({}); files already in {} were kept",
            failed.len(),
            failed.join(", "),
            args.out.display()
        );
    }
    Ok(())
}

fn download(agent: &ureq::Agent, url: &str, name: &str) -> Result<Vec<u8>> {
    let mut response = agent.get(url).call().with_context(|| format!("GET {url}"))?;
    let mut bytes = Vec::new();
    response
        .body_mut()
        .as_reader()
        .take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .with_context(|| format!("reading {url}"))?;
    if bytes.len() as u64 > MAX_BYTES {
        bail!("{url} is larger than {MAX_BYTES} bytes; not a list file");
    }
    // Part files of OFAC's CSV set are recognised by content too, so every file is checked.
    if lists::detect(&bytes).is_none() {
        bail!("{url} did not return a list file this tool reads ({name}); nothing was written");
    }
    Ok(bytes)
}

/// Writes beside and renames, so a failed download never leaves half a file in place.
fn save(dir: &Path, name: &str, bytes: &[u8]) -> Result<usize> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let tmp = dir.join(format!(".{name}.part"));
    std::fs::write(&tmp, bytes).with_context(|| format!("cannot write {}", tmp.display()))?;
    std::fs::rename(&tmp, dir.join(name)).with_context(|| format!("cannot write {name}"))?;
    Ok(bytes.len())
}

fn dedup<'a>(v: &[&'a str]) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    for s in v {
        if !out.contains(s) {
            out.push(s);
        }
    }
    out
}
