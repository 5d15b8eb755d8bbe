//! The write side: turns parsed lists into dataset bytes.

use super::format;
use super::{Manifest, SourceInfo};
use crate::goods::GoodsTables;
use crate::lists::{csl, ParsedList};
use crate::model::{Entity, EntityKind, ListId};
use std::collections::HashSet;

/// Collects parsed lists and writes a dataset.
///
/// # Example
/// ```
/// use sanctions_checker::index::{Index, IndexBuilder};
/// use sanctions_checker::lists;
///
/// let xml = br#"<CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:00Z"><INDIVIDUALS>
///   <INDIVIDUAL><FIRST_NAME>ERIC</FIRST_NAME><SECOND_NAME>BADEGE</SECOND_NAME>
///   <REFERENCE_NUMBER>CDi.001</REFERENCE_NUMBER></INDIVIDUAL></INDIVIDUALS>
///   <ENTITIES/></CONSOLIDATED_LIST>"#;
/// let mut builder = IndexBuilder::new("2026-11-23T00:00:00Z");
/// builder.add(lists::parse(xml, "consolidated.xml")?);
/// let bytes = builder.to_bytes();
/// let index = Index::from_bytes(&bytes)?;
/// assert_eq!(index.manifest().entities, 1);
/// # Ok::<(), sanctions_checker::Error>(())
/// ```
#[derive(Debug, Default)]
pub struct IndexBuilder {
    built: String,
    /// One per added list; entity counts are derived in [`IndexBuilder::manifest`].
    sources: Vec<SourceInfo>,
    /// Entities with the position of their source in `sources`.
    entities: Vec<(usize, Entity)>,
    seen: HashSet<String>,
    goods: Option<GoodsTables>,
}

impl IndexBuilder {
    /// A builder stamping `built` (an RFC 3339 time the caller supplies: the core has no clock)
    /// into the manifest.
    pub fn new(built: impl Into<String>) -> IndexBuilder {
        IndexBuilder { built: built.into(), ..IndexBuilder::default() }
    }

    /// Adds one parsed list. An entity id already added by an earlier list is skipped (the
    /// same list given twice must not double every hit) and counted as a duplicate.
    pub fn add(&mut self, parsed: ParsedList) {
        let main = parsed.files.first();
        let source = self.sources.len();
        let mut info = SourceInfo {
            list: parsed.list,
            title: parsed.list.title().to_string(),
            published: parsed.published,
            sha256: main.map_or_else(String::new, |f| f.sha256.clone()),
            file: main.map_or_else(String::new, |f| f.name.clone()),
            parts: parsed.files.clone(),
            entities: 0,
            persons: 0,
            organizations: 0,
            vessels: 0,
            aircraft: 0,
            names: 0,
            skipped: parsed.problems.len(),
            duplicates: 0,
        };
        for entity in parsed.entities {
            if self.seen.insert(entity.id.clone()) {
                self.entities.push((source, entity));
            } else {
                info.duplicates += 1;
            }
        }
        self.sources.push(info);
    }

    /// Adds one list as an existing dataset carries it: its source information (publication
    /// date, files, fingerprints, skipped and duplicate counts) is kept, and only the entity
    /// counts are derived again from `entities`, so a list carried over by a list update reads
    /// exactly as before. Entity ids already added are skipped as in [`IndexBuilder::add`].
    pub(crate) fn add_existing(&mut self, mut info: SourceInfo, entities: Vec<Entity>) {
        let source = self.sources.len();
        info.entities = 0;
        info.persons = 0;
        info.organizations = 0;
        info.vessels = 0;
        info.aircraft = 0;
        info.names = 0;
        for entity in entities {
            if self.seen.insert(entity.id.clone()) {
                self.entities.push((source, entity));
            } else {
                info.duplicates += 1;
            }
        }
        self.sources.push(info);
    }

    /// Adds goods screening tables (see [`crate::goods::GoodsBuilder`]); they are written
    /// after the entities.
    pub fn set_goods(&mut self, goods: GoodsTables) {
        self.goods = Some(goods);
    }

    /// The entities that go into the dataset, with their source. The US Consolidated Screening
    /// List republishes OFAC's own lists (10,026 of its 14,160 rows in April 2022 are SDN
    /// rows): when the dataset has OFAC's lists directly, a CSL entry found only on OFAC lists
    /// would show every such party twice, so it is left out (and counted as a duplicate).
    fn kept(&self) -> impl Iterator<Item = &(usize, Entity)> {
        let has_ofac =
            self.sources.iter().any(|s| matches!(s.list, ListId::UsOfacSdn | ListId::UsOfacCons));
        self.entities.iter().filter(move |(_, e)| {
            !(has_ofac && e.list == ListId::UsCsl && csl::only_on_ofac_lists(e))
        })
    }

    /// The manifest the dataset will carry.
    pub fn manifest(&self) -> Manifest {
        let mut sources = self.sources.clone();
        let mut entities = 0;
        let mut names = 0;
        for (source, entity) in self.kept() {
            let info = &mut sources[*source];
            info.entities += 1;
            info.names += entity.names.len();
            match entity.kind {
                EntityKind::Person => info.persons += 1,
                EntityKind::Organization => info.organizations += 1,
                EntityKind::Vessel => info.vessels += 1,
                EntityKind::Aircraft => info.aircraft += 1,
                EntityKind::Unknown => {}
            }
            entities += 1;
            names += entity.names.len();
        }
        let added = self.entities.iter().fold(vec![0; sources.len()], |mut n, (s, _)| {
            n[*s] += 1;
            n
        });
        for (info, added) in sources.iter_mut().zip(added) {
            info.duplicates += added - info.entities;
        }
        Manifest {
            format: format::FORMAT_VERSION,
            engine: crate::ENGINE_VERSION.to_string(),
            built: self.built.clone(),
            entities,
            names,
            sources,
            goods: self.goods.as_ref().map(GoodsTables::manifest),
        }
    }

    /// Writes the dataset: header, manifest, entities, goods tables, checksum (see [`format`](super::format)).
    pub fn to_bytes(&self) -> Vec<u8> {
        let manifest = serde_json::to_vec(&self.manifest())
            .expect("a manifest of strings and numbers always serialises");
        let kept: Vec<&Entity> = self.kept().map(|(_, e)| e).collect();
        // A sequence of references serialises exactly like a sequence of values.
        let entities = postcard::to_allocvec(&kept)
            .expect("postcard serialises every model type (no maps with non-string keys)");
        let goods = postcard::to_allocvec(&self.goods)
            .expect("postcard serialises the goods tables (strings, numbers, sequences)");
        let mut body = Vec::with_capacity(4 + manifest.len() + entities.len() + goods.len());
        body.extend_from_slice(&(manifest.len() as u32).to_le_bytes());
        body.extend_from_slice(&manifest);
        body.extend_from_slice(&entities);
        body.extend_from_slice(&goods);
        format::frame(&body)
    }
}

/// Lowercase hexadecimal of a byte string.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Name, NameKind};

    fn list(list: ListId, entities: &[(&str, &[&str])]) -> ParsedList {
        ParsedList {
            list,
            published: None,
            entities: entities
                .iter()
                .map(|(id, programs)| {
                    let mut e = Entity::new(list, id, EntityKind::Organization);
                    e.names.push(Name::new(format!("Party {id}"), NameKind::Primary));
                    e.programs = programs.iter().map(|p| p.to_string()).collect();
                    e
                })
                .collect(),
            problems: Vec::new(),
            files: Vec::new(),
        }
    }

    fn csl() -> ParsedList {
        list(
            ListId::UsCsl,
            &[
                ("1", &["Specially Designated Nationals (SDN)", "RUSSIA-EO14024"]),
                ("2", &["Specially Designated Nationals (SDN)", "Entity List (EL)"]),
                ("3", &["Entity List (EL)"]),
            ],
        )
    }

    #[test]
    fn csl_rows_that_only_repeat_ofac_lists_are_left_out_in_either_order() {
        for ofac_first in [true, false] {
            let mut b = IndexBuilder::new("t");
            let ofac = list(ListId::UsOfacSdn, &[("1", &["RUSSIA-EO14024"])]);
            if ofac_first {
                b.add(ofac);
                b.add(csl());
            } else {
                b.add(csl());
                b.add(ofac);
            }
            let m = b.manifest();
            assert_eq!(m.entities, 3, "the OFAC entry and CSL entries 2 and 3");
            let csl_info = m.sources.iter().find(|s| s.list == ListId::UsCsl).unwrap();
            assert_eq!((csl_info.entities, csl_info.duplicates), (2, 1));
            let index = crate::Index::from_bytes(&b.to_bytes()).unwrap();
            assert!(index.entity("us-csl:1").is_none());
            assert!(index.entity("us-csl:2").is_some(), "also on a Commerce list: kept");
        }
    }

    #[test]
    fn without_ofac_lists_every_csl_row_is_kept() {
        let mut b = IndexBuilder::new("t");
        b.add(csl());
        assert_eq!(b.manifest().entities, 3);
    }
}
