//! List updates: official files a user gives (drops on the page) replace the lists they contain
//! in a dataset already loaded; everything else is carried over unchanged.
//!
//! The update is all or nothing. If any file cannot be read, or the files do not make sense
//! together (none, the same file twice, two files of one list), nothing is built and the error
//! says that the dataset in use was kept: a trader must never end up screening against half a
//! list because one download was cut short.

use super::{Index, IndexBuilder, Manifest, SourceInfo};
use crate::error::{Error, Result};
use crate::lists::{self, InputFile, ParsedList, SourceFile};
use crate::model::{Entity, ListId};
use serde::Serialize;
use std::collections::HashMap;

/// What [`update`] built: the new dataset and what changed in it.
#[derive(Debug, Clone)]
pub struct Update {
    /// The new dataset, ready for [`Index::from_bytes`] (and to be stored by the page).
    pub dataset: Vec<u8>,
    /// The new dataset's manifest (the same one `dataset` carries).
    pub manifest: Manifest,
    /// One entry per list the files gave, in the order of the new manifest.
    pub changes: Vec<ListChange>,
    /// Malformed records skipped in the new files, over all lists.
    pub problems: usize,
    /// Things the user should look at before using the new dataset.
    pub warnings: Vec<UpdateWarning>,
}

/// Whether a list replaced one the dataset had, or is new to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// The dataset had this list; its entities were replaced.
    Replaced,
    /// The dataset did not have this list.
    Added,
}

/// One list an update replaced or added.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListChange {
    /// The list.
    pub list: ListId,
    /// Its title.
    pub title: String,
    /// Replaced or added.
    pub change: ChangeKind,
    /// Publication date of the list the dataset had (`None` when added or undated).
    pub old_published: Option<String>,
    /// Entities the dataset had for this list (`None` when added).
    pub old_entities: Option<usize>,
    /// Publication date printed in the new file.
    pub new_published: Option<String>,
    /// Entities the new dataset has for this list.
    pub new_entities: usize,
    /// The files the list was read from, main file first.
    pub files: Vec<String>,
    /// Malformed records of the new files that were skipped.
    pub skipped: usize,
    /// The warnings about this list (codes of [`UpdateWarning::kind`]).
    pub warnings: Vec<WarningKind>,
}

/// Why a change deserves a second look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WarningKind {
    /// The new file was published before the list it replaces.
    OlderThanLoaded,
    /// The new file has fewer than half the entities of the list it replaces: likely a
    /// download cut short, or another file than intended.
    MuchSmaller,
}

/// A warning about one list of an update.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UpdateWarning {
    /// The list it concerns.
    pub list: ListId,
    /// What kind of warning.
    pub kind: WarningKind,
    /// A sentence for the user, naming the list, the dates or counts, and the files.
    pub message: String,
}

/// Builds a new dataset from `existing` with the lists in `files` replacing (or added beside)
/// its own. `built` is the RFC 3339 time to stamp into the manifest (the core has no clock).
///
/// # Guarantees
/// * Every list (by [`ListId`]) found in `files` replaces all of that list's entities and
///   sources in `existing`; every other list keeps its entities and its [`SourceInfo`]
///   (publication date, files, fingerprints, skipped count) exactly, and the goods tables are
///   carried over unchanged.
/// * Entity ids are deduplicated, and trade.gov CSL rows that only repeat OFAC's lists are left
///   out when the dataset has OFAC's lists, exactly as [`IndexBuilder`] does for a fresh build.
/// * Lists keep their order; added lists come last, in the order the files were given.
///
/// # Errors
/// The whole update is refused, and the message says the loaded lists were kept, when no files
/// are given, when any file cannot be read as a list (the message names it), when one file is
/// given twice, or when two files hold the same list (OFAC's legacy CSV set, `sdn.csv` with
/// `add.csv`, `alt.csv` and `sdn_comments.csv`, counts as one file).
///
/// # Example
/// ```
/// use sanctions_checker::index::{update, Index, IndexBuilder};
/// use sanctions_checker::lists::{self, InputFile};
///
/// let un = |date: &str, id: &str| format!(r#"<CONSOLIDATED_LIST dateGenerated="{date}T00:00:00Z">
///   <INDIVIDUALS><INDIVIDUAL><FIRST_NAME>ERIC</FIRST_NAME><SECOND_NAME>BADEGE</SECOND_NAME>
///   <REFERENCE_NUMBER>{id}</REFERENCE_NUMBER></INDIVIDUAL></INDIVIDUALS><ENTITIES/>
///   </CONSOLIDATED_LIST>"#);
/// let mut builder = IndexBuilder::new("2026-01-01T00:00:00Z");
/// builder.add(lists::parse(un("2026-01-01", "CDi.001").as_bytes(), "old.xml")?);
/// let old = Index::from_bytes(&builder.to_bytes())?;
///
/// let fresh = un("2026-03-01", "CDi.002");
/// let files = [InputFile { name: "consolidated.xml", bytes: fresh.as_bytes() }];
/// let result = update(&old, &files, "2026-03-02T00:00:00Z")?;
/// let new = Index::from_bytes(&result.dataset)?;
/// assert!(new.entity("un-sc:CDi.002").is_some() && new.entity("un-sc:CDi.001").is_none());
/// assert_eq!(result.changes[0].old_published.as_deref(), Some("2026-01-01"));
/// # Ok::<(), sanctions_checker::Error>(())
/// ```
pub fn update(existing: &Index, files: &[InputFile<'_>], built: &str) -> Result<Update> {
    if files.is_empty() {
        return Err(Error::update(
            "no files were given; choose one or more official list files (UN, EU, OFAC, UK, \
             Canada, Australia, trade.gov CSL)",
        ));
    }
    refuse_repeated_files(files)?;
    let new_lists = parse_every_file(files)?;
    refuse_two_files_of_one_list(&new_lists)?;

    let old_manifest = existing.manifest();
    let mut fresh: HashMap<ListId, ParsedList> = HashMap::new();
    let mut order = Vec::new();
    let mut problems = 0;
    for parsed in new_lists {
        problems += parsed.problems.len();
        order.push(parsed.list);
        fresh.insert(parsed.list, parsed);
    }

    let mut builder = IndexBuilder::new(built);
    for (info, entities) in blocks(existing) {
        if !order.contains(&info.list) {
            builder.add_existing(info.clone(), entities);
        } else if let Some(parsed) = fresh.remove(&info.list) {
            // The new list takes the place of the first source of the old one; the old list's
            // other sources (a list the dataset had twice) go with it.
            builder.add(parsed);
        }
    }
    for list in &order {
        if let Some(parsed) = fresh.remove(list) {
            builder.add(parsed);
        }
    }
    if let Some(goods) = existing.goods() {
        builder.set_goods(goods.clone());
    }

    let manifest = builder.manifest();
    let mut changes = Vec::new();
    let mut warnings = Vec::new();
    for info in manifest.sources.iter().filter(|s| order.contains(&s.list)) {
        let change = describe(info, old_manifest, &mut warnings);
        changes.push(change);
    }
    Ok(Update { dataset: builder.to_bytes(), manifest, changes, problems, warnings })
}

/// Builds a new dataset from official list files alone (no goods tables): what
/// [`update`] does to a dataset holding no lists, with errors that say no dataset was built.
///
/// # Errors
/// As [`update`]: no files, a file that cannot be read (named), a file given twice, or two
/// files of the same list.
///
/// # Example
/// ```
/// use sanctions_checker::index::{build_from_files, Index};
/// use sanctions_checker::lists::InputFile;
///
/// let xml = r#"<CONSOLIDATED_LIST dateGenerated="2026-01-01T00:00:00Z"><INDIVIDUALS><INDIVIDUAL>
///   <FIRST_NAME>ERIC</FIRST_NAME><SECOND_NAME>BADEGE</SECOND_NAME>
///   <REFERENCE_NUMBER>CDi.001</REFERENCE_NUMBER></INDIVIDUAL></INDIVIDUALS><ENTITIES/>
///   </CONSOLIDATED_LIST>"#;
/// let files = [InputFile { name: "consolidated.xml", bytes: xml.as_bytes() }];
/// let built = build_from_files(&files, "2026-01-02T00:00:00Z")?;
/// assert!(Index::from_bytes(&built.dataset)?.entity("un-sc:CDi.001").is_some());
/// assert!(build_from_files(&[], "2026-01-02T00:00:00Z").is_err());
/// # Ok::<(), sanctions_checker::Error>(())
/// ```
pub fn build_from_files(files: &[InputFile<'_>], built: &str) -> Result<Update> {
    let empty = Index::from_entities(IndexBuilder::new(built).manifest(), Vec::new());
    update(&empty, files, built).map_err(Error::into_build)
}

/// The same bytes given twice (one file dropped twice, or one download under two names).
fn refuse_repeated_files(files: &[InputFile<'_>]) -> Result<()> {
    let mut seen: HashMap<String, &str> = HashMap::new();
    for f in files {
        let sha = SourceFile::of(f.name, f.bytes).sha256;
        if let Some(first) = seen.insert(sha, f.name) {
            let what = if first == f.name {
                format!("{} was given twice", f.name)
            } else {
                format!("{first} and {} are the same file", f.name)
            };
            return Err(Error::update(format!("{what}; give each file once")));
        }
    }
    Ok(())
}

fn parse_every_file(files: &[InputFile<'_>]) -> Result<Vec<ParsedList>> {
    let mut parsed = Vec::new();
    let mut errors = Vec::new();
    for result in lists::parse_all(files) {
        match result {
            Ok(p) => parsed.push(p),
            Err(e) => errors.push(e),
        }
    }
    match errors.len() {
        0 => Ok(parsed),
        1 => Err(Error::update(errors[0].to_string())),
        n => Err(Error::update(format!(
            "{} (and {} more file{} could not be read either)",
            errors[0],
            n - 1,
            if n == 2 { "" } else { "s" }
        ))),
    }
}

fn refuse_two_files_of_one_list(parsed: &[ParsedList]) -> Result<()> {
    for (i, a) in parsed.iter().enumerate() {
        if let Some(b) = parsed[i + 1..].iter().find(|b| b.list == a.list) {
            return Err(Error::update(format!(
                "{} and {} are both the {} ({}); give one file of each list (OFAC's CSV set, \
                 sdn.csv with add.csv, alt.csv and sdn_comments.csv, counts as one)",
                file_names(a).join(", "),
                file_names(b).join(", "),
                a.list.title(),
                a.list
            )));
        }
    }
    Ok(())
}

fn file_names(parsed: &ParsedList) -> Vec<String> {
    parsed.files.iter().map(|f| f.name.clone()).collect()
}

/// The dataset's sources, each with its entities. The builder writes the entities of each
/// source together and in source order, so the manifest's per-source counts cut the entity
/// sequence into its sources. Should a dataset not follow that (a hand-made one), entities are
/// grouped by list instead, under the first source of their list.
fn blocks(index: &Index) -> Vec<(&SourceInfo, Vec<Entity>)> {
    let sources = &index.manifest().sources;
    let entities = index.entities();
    let mut start = 0;
    let mut cut = Vec::new();
    for info in sources {
        let Some(block) = entities.get(start..start + info.entities) else { break };
        if block.iter().any(|e| e.list != info.list) {
            break;
        }
        cut.push((info, block.to_vec()));
        start += info.entities;
    }
    if cut.len() == sources.len() && start == entities.len() {
        return cut;
    }
    let mut by_list: HashMap<ListId, Vec<Entity>> = HashMap::new();
    for e in entities {
        by_list.entry(e.list).or_default().push(e.clone());
    }
    sources.iter().map(|info| (info, by_list.remove(&info.list).unwrap_or_default())).collect()
}

fn describe(info: &SourceInfo, old: &Manifest, warnings: &mut Vec<UpdateWarning>) -> ListChange {
    let old_sources: Vec<&SourceInfo> =
        old.sources.iter().filter(|s| s.list == info.list).collect();
    let replaced = !old_sources.is_empty();
    let old_published = old_sources.iter().filter_map(|s| s.published.clone()).max();
    let old_entities = replaced.then(|| old_sources.iter().map(|s| s.entities).sum::<usize>());
    let files: Vec<String> = info.parts.iter().map(|f| f.name.clone()).collect();
    let mut change = ListChange {
        list: info.list,
        title: info.title.clone(),
        change: if replaced { ChangeKind::Replaced } else { ChangeKind::Added },
        old_published,
        old_entities,
        new_published: info.published.clone(),
        new_entities: info.entities,
        files,
        skipped: info.skipped,
        warnings: Vec::new(),
    };
    let files = change.files.join(", ");
    let mut found = Vec::new();
    if let (Some(old_date), Some(new_date)) = (&change.old_published, &change.new_published) {
        // ISO dates compare as strings.
        if new_date < old_date {
            found.push((
                WarningKind::OlderThanLoaded,
                format!(
                    "{}: {files} is dated {new_date}, older than the list already loaded \
                     ({old_date}); check that this is the latest download",
                    info.title
                ),
            ));
        }
    }
    if let Some(old_count) = change.old_entities {
        if info.entities * 2 < old_count {
            found.push((
                WarningKind::MuchSmaller,
                format!(
                    "{}: {files} gives {} entities, fewer than half of the {old_count} loaded \
                     before; the file may be cut short or another file than intended",
                    info.title, info.entities
                ),
            ));
        }
    }
    for (kind, message) in found {
        change.warnings.push(kind);
        warnings.push(UpdateWarning { list: info.list, kind, message });
    }
    change
}
