//! Helpers shared by the integration tests.
#![allow(dead_code)] // each test binary uses a different subset

use sanctions_checker::index::{Index, IndexBuilder};
use sanctions_checker::lists;
use std::path::PathBuf;

/// The repository's own fixtures.
pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(name)
}

/// The shared official data (`SANCTIONS_DATA`, default `../shared/data`). Tests on real files
/// fail with a clear message when it is missing rather than passing vacuously.
pub fn shared_data(rel: &str) -> PathBuf {
    let base = std::env::var_os("SANCTIONS_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data"));
    let path = base.join(rel);
    assert!(
        path.exists(),
        "{} is missing: put the shared data beside the repository or set SANCTIONS_DATA",
        path.display()
    );
    path
}

/// Builds an index from list files, as the CLI does.
pub fn index_of(paths: &[PathBuf]) -> Index {
    let mut builder = IndexBuilder::new("2026-11-23T00:00:00Z");
    for path in paths {
        let bytes = std::fs::read(path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        builder.add(lists::parse(&bytes, &name).unwrap());
    }
    Index::from_bytes(&builder.to_bytes()).unwrap()
}

/// Builds an index from list files and directories, as `sanctions-checker build` does: the
/// files of one directory are parsed together (OFAC's CSV set joins across its files).
pub fn index_of_dirs(paths: &[PathBuf]) -> Index {
    let mut builder = IndexBuilder::new("2026-11-23T00:00:00Z");
    for path in paths {
        let files: Vec<PathBuf> = if path.is_dir() {
            let mut v: Vec<PathBuf> =
                std::fs::read_dir(path).unwrap().map(|e| e.unwrap().path()).collect();
            v.sort();
            v
        } else {
            vec![path.clone()]
        };
        let loaded: Vec<(String, Vec<u8>)> = files
            .iter()
            .map(|f| {
                (f.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(f).unwrap())
            })
            .filter(|(_, bytes)| lists::detect(bytes).is_some())
            .collect();
        let inputs: Vec<lists::InputFile<'_>> =
            loaded.iter().map(|(name, bytes)| lists::InputFile { name, bytes }).collect();
        for parsed in lists::parse_all(&inputs) {
            builder.add(parsed.unwrap());
        }
    }
    Index::from_bytes(&builder.to_bytes()).unwrap()
}

pub fn un_real() -> PathBuf {
    shared_data("lists/un/2026-02-27/consolidated.xml")
}
