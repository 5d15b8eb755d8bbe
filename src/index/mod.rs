//! The dataset: [`Index`] (read side, all the browser needs) and [`IndexBuilder`] (write side).
//!
//! Loading derives everything the matcher looks up (compare-form keys, the token vocabulary and
//! its posting lists) from the stored names, using [`crate::normalize::key`]. Keys are never
//! stored, so a dataset built by an older engine cannot smuggle in an older normalisation.

mod build;
pub mod format;
mod update;

pub use build::{hex, IndexBuilder};
pub use update::{update, ChangeKind, ListChange, Update, UpdateWarning, WarningKind};

use crate::error::{Error, Result};
use crate::goods::GoodsTables;
use crate::model::{Entity, ListId, NameKind};
use crate::normalize;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// What a dataset contains and where it came from; stored in the dataset and written beside
/// it as `manifest.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// Dataset format version ([`format::FORMAT_VERSION`]).
    pub format: u32,
    /// Version of the engine that built it.
    pub engine: String,
    /// Build time, RFC 3339.
    pub built: String,
    /// Number of entities.
    pub entities: usize,
    /// Number of names over all entities.
    pub names: usize,
    /// One entry per source list file.
    pub sources: Vec<SourceInfo>,
    /// The goods tables' sources and sizes; `None` when the dataset has no goods data.
    #[serde(default)]
    pub goods: Option<crate::goods::GoodsManifest>,
}

/// One source list file in a dataset.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceInfo {
    /// The list id (`un-sc`, …).
    pub list: ListId,
    /// The list's title.
    pub title: String,
    /// Publication date from inside the file (`YYYY-MM-DD`), when it has one.
    pub published: Option<String>,
    /// SHA-256 of the (main) source file, lowercase hex.
    pub sha256: String,
    /// The (main) source file's name.
    pub file: String,
    /// Every file the list was read from, main file first (OFAC's CSV set has four).
    pub parts: Vec<crate::lists::SourceFile>,
    /// Entities taken from the file.
    pub entities: usize,
    /// Of which people.
    pub persons: usize,
    /// Of which organisations.
    pub organizations: usize,
    /// Of which vessels.
    pub vessels: usize,
    /// Of which aircraft.
    pub aircraft: usize,
    /// Names (primary and aliases) over those entities.
    pub names: usize,
    /// Malformed records skipped.
    pub skipped: usize,
    /// Records skipped because an earlier file already gave the same entity id.
    pub duplicates: usize,
}

/// One name of one entity, in compare form, as the matcher sees it.
#[derive(Debug, Clone)]
pub(crate) struct IndexedName {
    /// Position of the entity in [`Index::entities`].
    pub entity: u32,
    /// Position of the name in the entity's `names`.
    pub name: u32,
    /// Token ids into the vocabulary, in name order.
    pub tokens: Vec<u32>,
}

/// A loaded dataset, ready to screen against.
#[derive(Debug, Clone)]
pub struct Index {
    manifest: Manifest,
    entities: Vec<Entity>,
    pub(crate) names: Vec<IndexedName>,
    /// Distinct tokens of all names.
    pub(crate) vocab: Vec<String>,
    /// For each vocabulary token, the names (positions in `names`) that contain it.
    pub(crate) postings: Vec<Vec<u32>>,
    /// The transliteration skeleton of each vocabulary token (see
    /// [`crate::matching::score::skeleton`]).
    pub(crate) skeletons: Vec<String>,
    /// The weight of each vocabulary token ([`crate::normalize::token_weight`]), looked up once
    /// here rather than for every candidate name of every query.
    pub(crate) weights: Vec<f64>,
    /// The vocabulary by character bigram, for candidate generation.
    pub(crate) grams: crate::matching::GramIndex,
    /// Goods screening tables, when the dataset was built with them.
    goods: Option<GoodsTables>,
}

impl Index {
    /// Reads a dataset, checking magic, version and checksum first.
    ///
    /// # Errors
    /// A message that says what is wrong and what to do: not a dataset, another format
    /// version (rebuild it), or damaged (checksum, length, undecodable body).
    pub fn from_bytes(bytes: &[u8]) -> Result<Index> {
        let body = format::unframe(bytes)?;
        if body.len() < 4 {
            return Err(Error::corrupt("no manifest"));
        }
        let manifest_len = u32::from_le_bytes(body[..4].try_into().expect("4 bytes")) as usize;
        let manifest_bytes = body
            .get(4..4usize.saturating_add(manifest_len))
            .ok_or_else(|| Error::corrupt("the manifest is cut short"))?;
        let manifest: Manifest = serde_json::from_slice(manifest_bytes)
            .map_err(|e| Error::corrupt(format!("unreadable manifest: {e}")))?;
        let (entities, rest): (Vec<Entity>, &[u8]) =
            postcard::take_from_bytes(&body[4 + manifest_len..])
                .map_err(|e| Error::corrupt(format!("unreadable entity records: {e}")))?;
        let goods: Option<GoodsTables> = postcard::from_bytes(rest)
            .map_err(|e| Error::corrupt(format!("unreadable goods tables: {e}")))?;
        if goods.is_some() != manifest.goods.is_some() {
            return Err(Error::corrupt("the manifest and the goods section disagree"));
        }
        if entities.len() != manifest.entities {
            return Err(Error::corrupt(format!(
                "the manifest announces {} entities but {} were found",
                manifest.entities,
                entities.len()
            )));
        }
        let mut index = Index::from_entities(manifest, entities);
        index.goods = goods;
        Ok(index)
    }

    /// Builds the search structures over entities already in memory.
    pub fn from_entities(manifest: Manifest, entities: Vec<Entity>) -> Index {
        let mut vocab: Vec<String> = Vec::new();
        let mut lookup: HashMap<String, u32> = HashMap::new();
        let mut postings: Vec<Vec<u32>> = Vec::new();
        let mut names = Vec::new();
        for (ei, entity) in entities.iter().enumerate() {
            for (ni, name) in entity.names.iter().enumerate() {
                let key = normalize::key(&name.full);
                let mut tokens = Vec::new();
                for token in normalize::name_tokens(&key) {
                    let id = *lookup.entry(token.clone()).or_insert_with(|| {
                        vocab.push(token.clone());
                        postings.push(Vec::new());
                        (vocab.len() - 1) as u32
                    });
                    tokens.push(id);
                }
                if tokens.is_empty() {
                    continue;
                }
                let name_id = names.len() as u32;
                for &t in &tokens {
                    let list = &mut postings[t as usize];
                    // A token repeated inside one name is posted once.
                    if list.last() != Some(&name_id) {
                        list.push(name_id);
                    }
                }
                names.push(IndexedName { entity: ei as u32, name: ni as u32, tokens });
            }
        }
        let grams = crate::matching::GramIndex::new(&vocab);
        let skeletons = vocab.iter().map(|t| crate::matching::score::skeleton(t)).collect();
        let weights = vocab.iter().map(|t| normalize::token_weight(t)).collect();
        Index { manifest, entities, names, vocab, postings, skeletons, weights, grams, goods: None }
    }

    /// The goods screening tables, or `None` for a dataset built without goods data (goods
    /// queries then answer with [`Error`]'s "this dataset has no goods data").
    pub fn goods(&self) -> Option<&GoodsTables> {
        self.goods.as_ref()
    }

    /// The dataset's manifest.
    pub fn manifest(&self) -> &Manifest {
        &self.manifest
    }

    /// All entities, in dataset order.
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// The entity with this id (`un-sc:QDi.001`), if present.
    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }

    /// The source information for a list, if the dataset has it.
    pub fn source(&self, list: ListId) -> Option<&SourceInfo> {
        self.manifest.sources.iter().find(|s| s.list == list)
    }

    pub(crate) fn name_kind(&self, n: &IndexedName) -> NameKind {
        self.entities[n.entity as usize].names[n.name as usize].kind
    }
}
