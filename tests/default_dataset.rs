//! The default dataset (scripts/default-sources.txt over the shared lists): every name of every
//! entity finds its own entity among the best hits. This guards the one-normaliser rule on all
//! real lists at once: a name that normalises differently at load time and at query time, or a
//! candidate index that loses it, shows up here as a miss.
// Reads the shared data and screens ~80,000 names on both cores: native only.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use sanctions_checker::{screen, Index, Query, ScreenOptions};
use std::path::PathBuf;

fn default_index() -> Index {
    let list = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("scripts/default-sources.txt"),
    )
    .unwrap();
    let paths: Vec<PathBuf> = list
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| common::shared_data(&format!("lists/{}", l.trim())))
        .collect();
    common::index_of_dirs(&paths)
}

#[test]
fn every_name_in_the_default_dataset_finds_its_own_entity_first() {
    let index = default_index();
    assert!(index.manifest().entities > 30_000, "{:?}", index.manifest().sources);
    let names: Vec<(&str, &str)> = index
        .entities()
        .iter()
        .flat_map(|e| e.names.iter().map(move |n| (e.id.as_str(), n.full.as_str())))
        .collect();
    let options = ScreenOptions::default().limit(100);
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get()).min(4);
    let chunk = names.len().div_ceil(workers);
    let misses: Vec<String> = std::thread::scope(|s| {
        let handles: Vec<_> = names
            .chunks(chunk)
            .map(|part| {
                let index = &index;
                s.spawn(move || {
                    let mut misses = Vec::new();
                    for (id, name) in part {
                        let query = Query { name: name.to_string(), ..Query::default() };
                        let hits = match screen(index, &query, &options) {
                            Ok(report) => report.hits,
                            // A listed "name" with no letters or digits cannot be typed either.
                            Err(e) if e.is_query_error() => continue,
                            Err(e) => panic!("{name:?}: {e}"),
                        };
                        let top = hits.first().map_or(0.0, |h| h.score);
                        if !hits.iter().any(|h| h.entity_id == *id && h.score == top) {
                            misses.push(format!(
                                "{id}: {name:?} → {:?}",
                                hits.first().map(|h| (&h.entity_id, &h.matched_name, h.score))
                            ));
                        }
                    }
                    misses
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap()).collect()
    });
    println!("{} names screened, {} not found first", names.len(), misses.len());
    assert!(misses.is_empty(), "{} misses:\n{}", misses.len(), misses.join("\n"));
}
