//! `build`: list files → entities → dataset.

use anyhow::{bail, Context, Result};
use sanctions_checker::goods::{GoodsBuilder, GoodsTables};
use sanctions_checker::index::{hex, IndexBuilder};
use sanctions_checker::lists::{self, InputFile};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

/// Arguments of `build`.
#[derive(clap::Args)]
pub struct Args {
    /// Dataset file to write, or a directory: then `index.<hash>.bin` and `manifest.json` are
    /// written into it (the layout the page loads).
    #[arg(long)]
    out: PathBuf,
    /// Goods directory (searched recursively): EU 833/2014 annex and CHPL CSVs, HS, EU CN
    /// and TN VED nomenclature CSVs. Built into the dataset for `goods` and the Goods tab.
    #[arg(long)]
    goods: Option<PathBuf>,
    /// List files or directories (searched recursively; files that are not lists are skipped).
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
}

pub fn run(args: Args) -> Result<()> {
    let mut builder = IndexBuilder::new(build_time());
    if let Some(dir) = &args.goods {
        builder.set_goods(read_goods(dir)?);
    }
    let mut files = Vec::new();
    for input in &args.inputs {
        if input.is_dir() {
            collect(input, &mut files)?;
        } else {
            files.push((input.clone(), true));
        }
    }
    // Files of one directory are parsed together: a list published as several files (OFAC's
    // CSV set) is joined within its directory, never across two publications.
    let mut groups: BTreeMap<PathBuf, Vec<(PathBuf, Vec<u8>)>> = BTreeMap::new();
    for (path, explicit) in files {
        let bytes =
            std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
        if lists::detect(&bytes).is_none() && !explicit {
            eprintln!("skipped {}: not a list file this tool reads", path.display());
            continue;
        }
        let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
        groups.entry(dir).or_default().push((path, bytes));
    }
    let mut lists_read = 0;
    for (dir, group) in &groups {
        let names: Vec<String> = group
            .iter()
            .map(|(p, _)| p.file_name().map_or_else(String::new, |n| n.to_string_lossy().into()))
            .collect();
        let inputs: Vec<InputFile<'_>> =
            group.iter().zip(&names).map(|((_, bytes), name)| InputFile { name, bytes }).collect();
        for parsed in lists::parse_all(&inputs) {
            let parsed = parsed.with_context(|| format!("in {}", dir.display()))?;
            let shown = parsed.files.iter().map(|f| f.name.as_str()).collect::<Vec<_>>();
            for problem in parsed.problems.iter().take(20) {
                eprintln!("warning: {}: {problem}", dir.display());
            }
            if parsed.problems.len() > 20 {
                eprintln!(
                    "warning: {}: {} more skipped records",
                    dir.display(),
                    parsed.problems.len() - 20
                );
            }
            eprintln!(
                "read {}/{{{}}}: {} ({} entities, published {})",
                dir.display(),
                shown.join(","),
                parsed.list.title(),
                parsed.entities.len(),
                parsed.published.as_deref().unwrap_or("unknown")
            );
            builder.add(parsed);
            lists_read += 1;
        }
    }
    if lists_read == 0 {
        bail!("no list files found in the inputs; give official list files or their directories");
    }
    let bytes = builder.to_bytes();
    let manifest = builder.manifest();
    let out = &args.out;
    if out.is_dir() || out.as_os_str().to_string_lossy().ends_with('/') {
        std::fs::create_dir_all(out).with_context(|| format!("cannot create {}", out.display()))?;
        // Content-hashed name: a browser can never serve a stale dataset from its cache.
        let digest = hex(&crc_sha(&bytes));
        let file = format!("index.{}.bin", &digest[..12]);
        // Old datasets in the directory would otherwise pile up with every rebuild.
        for entry in std::fs::read_dir(out)? {
            let entry = entry?;
            let n = entry.file_name().to_string_lossy().into_owned();
            if n.starts_with("index.") && n.ends_with(".bin") && n != file {
                std::fs::remove_file(entry.path())?;
            }
        }
        write(&out.join(&file), &bytes)?;
        let mut json = serde_json::to_value(&manifest)?;
        json["index"] = serde_json::Value::String(file.clone());
        write(&out.join("manifest.json"), serde_json::to_string_pretty(&json)?.as_bytes())?;
        eprintln!("wrote {} ({} bytes) and manifest.json", out.join(&file).display(), bytes.len());
    } else {
        write(out, &bytes)?;
        eprintln!("wrote {} ({} bytes)", out.display(), bytes.len());
    }
    eprintln!("{} entities, {} names", manifest.entities, manifest.names);
    Ok(())
}

/// Reads every goods table under `dir` (other files are skipped) into goods tables.
fn read_goods(dir: &Path) -> Result<GoodsTables> {
    let mut files = Vec::new();
    if dir.is_dir() {
        collect(dir, &mut files)?;
    } else {
        files.push((dir.to_path_buf(), true));
    }
    let mut goods = GoodsBuilder::new();
    for (path, _) in &files {
        let bytes =
            std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
        let name = path.file_name().map_or_else(String::new, |n| n.to_string_lossy().into());
        if !goods.add_file(&name, &bytes).with_context(|| format!("{}", path.display()))? {
            eprintln!("skipped {}: not a goods table this tool reads", path.display());
        }
    }
    let tables = goods.build().with_context(|| format!("goods data in {}", dir.display()))?;
    for s in tables.sources() {
        eprintln!(
            "read goods {}: {} ({} rows{}, as of {})",
            s.file,
            s.title,
            s.rows,
            if s.skipped > 0 { format!(", {} skipped", s.skipped) } else { String::new() },
            s.as_of.as_deref().unwrap_or("unknown")
        );
    }
    for left in tables.manifest().left_out {
        eprintln!("left out goods {left}");
    }
    Ok(tables)
}

fn crc_sha(bytes: &[u8]) -> Vec<u8> {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes).to_vec()
}

fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    // Write beside and rename, so a failed build never leaves half a dataset in place.
    let tmp = path.with_extension("tmp");
    std::fs::write(&tmp, bytes).with_context(|| format!("cannot write {}", tmp.display()))?;
    std::fs::rename(&tmp, path).with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}

fn collect(dir: &Path, out: &mut Vec<(PathBuf, bool)>) -> Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read directory {}", dir.display()))?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(&path, out)?;
        } else {
            out.push((path, false));
        }
    }
    Ok(())
}

/// The build time, RFC 3339 in UTC. `SOURCE_DATE_EPOCH` (the reproducible-builds convention)
/// fixes it, so the same inputs can give byte-identical datasets.
fn build_time() -> String {
    let secs =
        std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|s| s.parse::<i64>().ok()).unwrap_or_else(
            || SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64),
        );
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z", rem / 3600, rem % 3600 / 60, rem % 60)
}

/// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

#[cfg(test)]
mod tests {
    use super::civil_from_days;

    #[test]
    fn civil_dates_are_right_around_leap_days() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(civil_from_days(20_780), (2026, 11, 23));
    }
}
