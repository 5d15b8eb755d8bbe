//! Screening throughput, dataset load time and build time against the real UN list.
//!
//! `cargo bench --bench screen` prints criterion's figures; `cargo bench --bench screen -- --test`
//! runs each once as a smoke test (CI). The list is read from `SANCTIONS_DATA` (default
//! `../shared/data`).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use sanctions_checker::index::{Index, IndexBuilder};
use sanctions_checker::{lists, screen, Query, ScreenOptions};
use std::path::PathBuf;

fn un_bytes() -> Vec<u8> {
    let base = std::env::var_os("SANCTIONS_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data"));
    let path = base.join("lists/un/2026-02-27/consolidated.xml");
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e} (set SANCTIONS_DATA)", path.display()))
}

fn dataset(raw: &[u8]) -> Vec<u8> {
    let mut builder = IndexBuilder::new("2026-11-23T00:00:00Z");
    builder.add(lists::parse(raw, "consolidated.xml").unwrap());
    builder.to_bytes()
}

/// A mix of what traders type: listed names in other orders and scripts, misspellings, and
/// (mostly) names that are on no list.
const QUERIES: &[&str] = &[
    "Eric Badege",
    "BADEGE, Eric",
    "Mohammed Salahaldin Zidane",
    "Seif al Adel",
    "Ri Won Ho",
    "Aleksandr Ivanovich Petrov",
    "ТОО Альфа Трейд",
    "Alpha Trade LLP",
    "Maria Alice Nathan Leão",
    "Kathryn Barr",
    "Ingeborg Abrahamsen",
    "Global Logistics Trading Company Limited",
];

fn benches(c: &mut Criterion) {
    let raw = un_bytes();
    let bytes = dataset(&raw);
    let index = Index::from_bytes(&bytes).unwrap();

    let mut group = c.benchmark_group("screen");
    group.throughput(Throughput::Elements(QUERIES.len() as u64));
    group.bench_function("un-sc, 12 mixed queries", |b| {
        b.iter(|| {
            for name in QUERIES {
                let q = Query { name: (*name).into(), ..Query::default() };
                std::hint::black_box(screen(&index, &q, &ScreenOptions::default()).unwrap());
            }
        })
    });
    group.finish();

    c.bench_function("load un-sc dataset (Index::from_bytes)", |b| {
        b.iter(|| std::hint::black_box(Index::from_bytes(&bytes).unwrap()))
    });
    c.bench_function("build un-sc dataset (parse + write)", |b| {
        b.iter(|| std::hint::black_box(dataset(&raw)))
    });
}

criterion_group! {
    name = screen_benches;
    config = Criterion::default().sample_size(20);
    targets = benches
}
criterion_main!(screen_benches);
