//! The write side: turns parsed lists into dataset bytes.

use super::format;
use super::{Manifest, SourceInfo};
use crate::lists::ParsedList;
use crate::model::{Entity, EntityKind};
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
    sources: Vec<SourceInfo>,
    entities: Vec<Entity>,
    seen: HashSet<String>,
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
            if !self.seen.insert(entity.id.clone()) {
                info.duplicates += 1;
                continue;
            }
            info.entities += 1;
            info.names += entity.names.len();
            match entity.kind {
                EntityKind::Person => info.persons += 1,
                EntityKind::Organization => info.organizations += 1,
                EntityKind::Vessel => info.vessels += 1,
                EntityKind::Aircraft => info.aircraft += 1,
                EntityKind::Unknown => {}
            }
            self.entities.push(entity);
        }
        self.sources.push(info);
    }

    /// The manifest the dataset will carry.
    pub fn manifest(&self) -> Manifest {
        Manifest {
            format: format::FORMAT_VERSION,
            engine: crate::ENGINE_VERSION.to_string(),
            built: self.built.clone(),
            entities: self.entities.len(),
            names: self.entities.iter().map(|e| e.names.len()).sum(),
            sources: self.sources.clone(),
        }
    }

    /// Writes the dataset: header, manifest, entities, checksum (see [`format`](super::format)).
    pub fn to_bytes(&self) -> Vec<u8> {
        let manifest = serde_json::to_vec(&self.manifest())
            .expect("a manifest of strings and numbers always serialises");
        let entities = postcard::to_allocvec(&self.entities)
            .expect("postcard serialises every model type (no maps with non-string keys)");
        let mut body = Vec::with_capacity(4 + manifest.len() + entities.len());
        body.extend_from_slice(&(manifest.len() as u32).to_le_bytes());
        body.extend_from_slice(&manifest);
        body.extend_from_slice(&entities);
        format::frame(&body)
    }
}

/// Lowercase hexadecimal of a byte string.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
