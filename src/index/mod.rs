//! The dataset: [`Index`] (read side, all the browser needs) and [`IndexBuilder`] (write side).
//!
//! Loading derives everything the matcher looks up (compare-form keys, the token vocabulary and
//! its posting lists) from the stored names, using [`crate::normalize::key`]. Keys are never
//! stored, so a dataset built by an older engine cannot smuggle in an older normalisation.

mod build;
pub mod format;
mod update;

pub use build::{hex, IndexBuilder};
pub use update::{
    build_from_files, update, ChangeKind, ListChange, Update, UpdateWarning, WarningKind,
};

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
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct IndexedName {
    /// Position of the entity in [`Index::entities`].
    pub entity: u32,
    /// Position of the name in the entity's `names`.
    pub name: u32,
    /// Token ids into the vocabulary, in name order.
    pub tokens: Vec<u32>,
}

/// The part of the search structures stored in the dataset (format 3 on): every name's
/// tokens and every token's skeleton, computed at build time by the normaliser that also
/// normalises queries. Loading them instead of recomputing them takes the page's start-up from
/// about 0.8 s to about 0.3 s.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct SearchTables {
    /// The engine version that wrote them.
    engine: String,
    /// A fingerprint of how the normaliser tokenises a fixed set of probe names; a change in
    /// the normaliser without a version change still shows here.
    probe: u32,
    vocab: Vec<String>,
    names: Vec<IndexedName>,
    skeletons: Vec<String>,
}

/// Names that exercise each part of the normaliser: scripts, transliteration, legal forms,
/// given names and patronymics, particles, organisation words, punctuation.
const PROBE_NAMES: &[&str] = &[
    "Сергей Викторович Лавров",
    "Олександр Петренко",
    "Аляксандр Лукашэнка",
    "Қасым-Жомарт Тоқаев",
    "ООО «Ромашка»",
    "Limited Liability Company ALFA-BANK",
    "Public Joint Stock Company Sberbank of Russia",
    "Mohammed bin Abdul Rahman Al-Thani",
    "Jean-Pierre de la Fontaine",
    "Zhou Enlai 周恩来",
    "Kim Jong Un 김정은",
    "Müller Straße GmbH & Co. KG",
    "Научно-производственное объединение Машиностроения",
    "O'Brien, Patrick J.",
    "ABU BAKR AL-BAGHDADI",
    "Вадим Вячеславович Ященко-Щукин",
    // Belarusian legal form and ў, a -sk- place adjective, a Latin "P" inside a Cyrillic word.
    "Адкрытае акцыянернае таварыства «Парытэтбанк» Назараў",
    "Ульяновский патронный завод им. В.И. Ленина",
    "Pаїса Василівна Богатирьова",
    // A Belarusian patronymic in "-оўна".
    "Валянціна Пятроўна Новікава",
    // A compound with a known head, one word for plant/works/factory, English phrases for one
    // Russian word.
    "Ярославский радиозавод Machine-Building Works Factory Foundation",
    "Общество c Ограниченной Ответственностью Мытищинский",
    // "И" as "and", Russian Federation as one word, the road of a railway, a digit read as a
    // letter, a short word ("суд"); a surname in -skikh, one in -ichna, a short stem inflected.
    "Банк реконструкции и развития Российской Федерации железные дороги Sech1n районный суд",
    "Ананских Пшенична прямых Banking Минобороны ЧВК Африканский Тульский",
    // English spellings a skeleton folds (c before y, qu, igh), "им." before
    // initials, a genitive in -ого, an ordinal, a misspelt legal form, a place phrase.
    "Cyclone Aquarius Light Завод им. А.М. Сухого 70th Seaport Nizhny Novgorod",
    "Общество с ограничченной отвественностью Санкт-Петербург академика",
    "Русские машины Газеты Клуб Октябрь Нургали улы バラク・オバマ",
];

fn probe_fingerprint() -> u32 {
    let mut hasher = crc32fast::Hasher::new();
    for name in PROBE_NAMES {
        for token in normalize::name_tokens(&normalize::key(name)) {
            hasher.update(token.as_bytes());
            hasher.update(b"|");
            hasher.update(crate::matching::score::skeleton(&token).as_bytes());
            hasher.update(b" ");
        }
        hasher.update(b"\n");
    }
    hasher.finalize()
}

impl SearchTables {
    /// Tokenises every name of `entities` (in order) with the query normaliser.
    pub(crate) fn build<'a>(entities: impl Iterator<Item = &'a Entity>) -> SearchTables {
        let mut vocab: Vec<String> = Vec::new();
        let mut lookup: HashMap<String, u32> = HashMap::new();
        let mut names = Vec::new();
        for (ei, entity) in entities.enumerate() {
            for (ni, name) in entity.names.iter().enumerate() {
                let key = normalize::key(&name.full);
                let tokens: Vec<u32> = normalize::name_tokens(&key)
                    .into_iter()
                    .map(|token| {
                        *lookup.entry(token.clone()).or_insert_with(|| {
                            vocab.push(token);
                            (vocab.len() - 1) as u32
                        })
                    })
                    .collect();
                if !tokens.is_empty() {
                    names.push(IndexedName { entity: ei as u32, name: ni as u32, tokens });
                }
            }
        }
        let skeletons = vocab.iter().map(|t| crate::matching::score::skeleton(t)).collect();
        SearchTables {
            engine: crate::ENGINE_VERSION.to_string(),
            probe: probe_fingerprint(),
            vocab,
            names,
            skeletons,
        }
    }

    /// Whether this engine would have written the same tables.
    fn current(&self) -> bool {
        self.engine == crate::ENGINE_VERSION && self.probe == probe_fingerprint()
    }

    /// Refuses tables that point outside the entities or the vocabulary (a damaged or crafted
    /// file must give an error, never a panic later while screening).
    fn check(&self, entities: &[Entity]) -> Result<()> {
        if self.skeletons.len() != self.vocab.len() {
            return Err(Error::corrupt("the search tables disagree in length"));
        }
        for n in &self.names {
            let fits =
                entities.get(n.entity as usize).is_some_and(|e| (n.name as usize) < e.names.len())
                    && n.tokens.iter().all(|&t| (t as usize) < self.vocab.len());
            if !fits {
                return Err(Error::corrupt("the search tables point outside the dataset"));
            }
        }
        Ok(())
    }
}

/// The distinct tokens of all names, each followed by its transliteration skeleton (see
/// [`crate::matching::score::skeleton`]), in one string. Candidate generation reads a token and
/// its skeleton for each of thousands of vocabulary tokens a query; side by side they share a
/// cache line, where two `Vec<String>` put them in four places.
#[derive(Debug, Clone, Default)]
pub(crate) struct Vocabulary {
    text: String,
    /// Token `t` is `text[bounds[2t]..bounds[2t + 1]]`, its skeleton
    /// `text[bounds[2t + 1]..bounds[2t + 2]]`.
    bounds: Vec<u32>,
}

impl Vocabulary {
    /// Packs `tokens` with their `skeletons` (same length).
    fn new(tokens: &[String], skeletons: &[String]) -> Vocabulary {
        let size = tokens.iter().chain(skeletons).map(String::len).sum();
        let mut text = String::with_capacity(size);
        let mut bounds = Vec::with_capacity(2 * tokens.len() + 1);
        bounds.push(0);
        for (token, skeleton) in tokens.iter().zip(skeletons) {
            for part in [token, skeleton] {
                text.push_str(part);
                bounds.push(u32::try_from(text.len()).expect("a vocabulary under 4 GB"));
            }
        }
        Vocabulary { text, bounds }
    }

    /// Number of tokens.
    pub(crate) fn len(&self) -> usize {
        self.bounds.len() / 2
    }

    /// Token `t`.
    pub(crate) fn token(&self, t: usize) -> &str {
        &self.text[self.bounds[2 * t] as usize..self.bounds[2 * t + 1] as usize]
    }

    /// The skeleton of token `t`.
    pub(crate) fn skeleton(&self, t: usize) -> &str {
        &self.text[self.bounds[2 * t + 1] as usize..self.bounds[2 * t + 2] as usize]
    }
}

/// A loaded dataset, ready to screen against.
#[derive(Debug, Clone)]
pub struct Index {
    manifest: Manifest,
    entities: Vec<Entity>,
    pub(crate) names: Vec<IndexedName>,
    /// Distinct tokens of all names, each with its skeleton.
    pub(crate) vocab: Vocabulary,
    /// For each vocabulary token, the names (positions in `names`) that contain it.
    pub(crate) postings: Vec<Vec<u32>>,
    /// The weight of each vocabulary token ([`crate::normalize::token_weight`]), looked up once
    /// here rather than for every candidate name of every query.
    pub(crate) weights: Vec<f64>,
    /// The vocabulary by character bigram, for candidate generation.
    pub(crate) grams: crate::matching::GramIndex,
    /// Goods screening tables, when the dataset was built with them.
    goods: Option<GoodsTables>,
    /// Entities (positions) by identifier key ([`normalize::identifier_keys`]), built on the
    /// first query that gives an identifier: most checks give none, and start-up stays short.
    identifiers: std::sync::OnceLock<HashMap<String, Vec<u32>>>,
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
        let (goods, rest): (Option<GoodsTables>, &[u8]) = postcard::take_from_bytes(rest)
            .map_err(|e| Error::corrupt(format!("unreadable goods tables: {e}")))?;
        let tables: SearchTables = postcard::from_bytes(rest)
            .map_err(|e| Error::corrupt(format!("unreadable search tables: {e}")))?;
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
        tables.check(&entities)?;
        // Tables written by another engine version, or by a normaliser that now tokenises
        // differently, would make queries and names disagree: recompute them instead (slower
        // to load, never wrong). A dataset the user built in the page and kept is the usual
        // case, after the page itself was updated.
        let tables = if tables.current() { tables } else { SearchTables::build(entities.iter()) };
        let mut index = Index::assemble(manifest, entities, tables);
        index.goods = goods;
        Ok(index)
    }

    /// Builds the search structures over entities already in memory.
    pub fn from_entities(manifest: Manifest, entities: Vec<Entity>) -> Index {
        let tables = SearchTables::build(entities.iter());
        Index::assemble(manifest, entities, tables)
    }

    /// Completes the search structures from stored tables: what is quick to derive (postings,
    /// bigrams, weights) is derived here; the tokens and skeletons, which cost most of a
    /// second to compute for 80,000 names, come from the dataset.
    fn assemble(manifest: Manifest, entities: Vec<Entity>, tables: SearchTables) -> Index {
        let SearchTables { vocab, names, skeletons, .. } = tables;
        let vocab = Vocabulary::new(&vocab, &skeletons);
        let mut postings: Vec<Vec<u32>> = vec![Vec::new(); vocab.len()];
        for (name_id, name) in names.iter().enumerate() {
            for &t in &name.tokens {
                let list = &mut postings[t as usize];
                // A token repeated inside one name is posted once.
                if list.last() != Some(&(name_id as u32)) {
                    list.push(name_id as u32);
                }
            }
        }
        let grams = crate::matching::GramIndex::new(&vocab);
        let weights = (0..vocab.len()).map(|t| normalize::token_weight(vocab.token(t))).collect();
        Index {
            manifest,
            entities,
            names,
            vocab,
            postings,
            weights,
            grams,
            goods: None,
            identifiers: std::sync::OnceLock::new(),
        }
    }

    /// The goods screening tables, or `None` for a dataset built without goods data (goods
    /// queries then answer with [`Error`]'s "this dataset has no goods data").
    pub fn goods(&self) -> Option<&GoodsTables> {
        self.goods.as_ref()
    }

    /// Positions of the entities listing an identifier with this key (see
    /// [`normalize::identifier_keys`]).
    pub(crate) fn with_identifier(&self, key: &str) -> &[u32] {
        let map = self.identifiers.get_or_init(|| {
            let mut map: HashMap<String, Vec<u32>> = HashMap::new();
            for (i, entity) in self.entities.iter().enumerate() {
                for id in &entity.identifiers {
                    for key in normalize::identifier_keys(&id.number) {
                        let list = map.entry(key).or_default();
                        if list.last() != Some(&(i as u32)) {
                            list.push(i as u32);
                        }
                    }
                }
            }
            map
        });
        map.get(key).map_or(&[], Vec::as_slice)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EntityKind, Name};

    fn entities() -> Vec<Entity> {
        ["Eric Badege", "Сергей Викторович Лавров", "ООО Ромашка"]
            .iter()
            .enumerate()
            .map(|(i, name)| {
                let mut e = Entity::new(ListId::UnSc, &i.to_string(), EntityKind::Person);
                e.names.push(Name::new(*name, NameKind::Primary));
                e
            })
            .collect()
    }

    #[test]
    fn stored_tables_are_current_for_this_engine() {
        let tables = SearchTables::build(entities().iter());
        assert!(tables.current());
        assert!(tables.check(&entities()).is_ok());
        assert_eq!(tables.names.len(), 3);
        assert_eq!(tables.skeletons.len(), tables.vocab.len());
    }

    #[test]
    fn tables_from_another_engine_are_recomputed_not_trusted() {
        let mut tables = SearchTables::build(entities().iter());
        tables.engine = "0.0.0-old".into();
        assert!(!tables.current());
        let mut tables = SearchTables::build(entities().iter());
        tables.probe ^= 1;
        assert!(!tables.current(), "a changed normaliser shows in the probe fingerprint");
    }

    #[test]
    fn tables_pointing_outside_the_dataset_are_refused() {
        let mut tables = SearchTables::build(entities().iter());
        tables.names[0].tokens.push(tables.vocab.len() as u32);
        let err = tables.check(&entities()).unwrap_err().to_string();
        assert!(err.contains("search tables point outside"), "{err}");

        let mut tables = SearchTables::build(entities().iter());
        tables.names[2].entity = 3;
        assert!(tables.check(&entities()).is_err());

        let mut tables = SearchTables::build(entities().iter());
        tables.names[1].name = 1;
        assert!(tables.check(&entities()).is_err());

        let mut tables = SearchTables::build(entities().iter());
        tables.skeletons.pop();
        assert!(tables.check(&entities()).is_err());
    }
}
