//! # sanctions-checker
//!
//! Sanctions screening for small traders that runs entirely on their own device: the same Rust
//! core runs natively (command line, tests, benchmarks) and in the browser as WebAssembly.
//! Names of partners never leave the machine.
//!
//! # Overview
//!
//! ```text
//! official list files ──lists::parse──▶ Entity ──IndexBuilder──▶ dataset bytes
//! dataset bytes ──Index::from_bytes──▶ Index ──matching::screen(query)──▶ Report (hits + why)
//! ```
//!
//! * [`lists`] reads the official files (detected by content) into one [`model`].
//! * [`index`] writes and reads the versioned, checksummed dataset with its [`index::Manifest`].
//! * [`normalize`] is the one normaliser for listed names and queries; [`translit`] romanises.
//! * [`matching`] generates candidates, aligns tokens, weighs secondary evidence and explains.
//! * [`goods`] screens goods by HS/CN/TN VED code or plain description against the EU
//!   Russia goods annexes and the Common High Priority List.
//! * [`table`] reads a user's own CSV/XLSX/ODS table of partners or goods and guesses its
//!   columns; [`index::update`] replaces lists in a loaded dataset from fresh official files.
//!
//! # Example: screen a name
//!
//! ```
//! use sanctions_checker::index::{Index, IndexBuilder};
//! use sanctions_checker::{lists, screen, Query, ScreenOptions};
//!
//! let xml = br#"<CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:00Z"><INDIVIDUALS>
//!   <INDIVIDUAL><FIRST_NAME>ERIC</FIRST_NAME><SECOND_NAME>BADEGE</SECOND_NAME>
//!   <REFERENCE_NUMBER>CDi.001</REFERENCE_NUMBER>
//!   <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><YEAR>1971</YEAR>
//!   </INDIVIDUAL_DATE_OF_BIRTH></INDIVIDUAL></INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>"#;
//! let mut builder = IndexBuilder::new("2026-11-23T00:00:00Z");
//! builder.add(lists::parse(xml, "consolidated.xml")?);
//! let index = Index::from_bytes(&builder.to_bytes())?;
//!
//! let query = Query { name: "BADEGE Eric".into(), dob: Some("1971".into()), ..Query::default() };
//! let report = screen(&index, &query, &ScreenOptions::default())?;
//! let hit = &report.hits[0];
//! assert_eq!(hit.entity_id, "un-sc:CDi.001");
//! assert!(hit.score > 0.95);
//! println!("{}", hit.explanation.summary);
//! # Ok::<(), sanctions_checker::Error>(())
//! ```
//!
//! # Crate features
//!
//! * `panic-hook` (default): readable panic messages in the browser console.
//! * `cli`: the `sanctions-checker` command-line tool.

#![deny(missing_docs)]
#![deny(rustdoc::broken_intra_doc_links)]

pub mod countries;
mod error;
pub mod goods;
pub mod index;
pub mod lists;
pub mod matching;
pub mod model;
pub mod normalize;
pub mod report;
pub mod table;
pub mod translit;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use error::{Error, Result};
pub use index::{Index, IndexBuilder, Manifest};
pub use matching::{screen, ScreenOptions, DEFAULT_THRESHOLD};
pub use report::{Hit, Query, Report};

/// The engine's version, recorded in every dataset manifest.
pub const ENGINE_VERSION: &str = env!("CARGO_PKG_VERSION");
