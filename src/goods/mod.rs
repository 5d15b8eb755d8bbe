//! Goods screening: is an item on a restricted list, under which rule, and what to do.
//!
//! Two questions, both answered from the goods tables built into the dataset
//! ([`GoodsTables`], read with [`crate::Index::goods`]):
//!
//! * **By code** ([`GoodsTables::lookup_code`]): an HS, EU CN or EAEU TN VED code in any
//!   writing ("8542.31", "8542 31 90", "8542310000") → [`CodeReport`]: the verdict
//!   ([`Status`]), every listed entry that concerns the code with its regime, annex, what it
//!   restricts, CHPL tier and what the tier means, legal citation, as-of date and notes.
//! * **By description** ([`GoodsTables::search_text`]): "ball bearings", "станок фрезерный"
//!   → [`TextReport`]: ranked HS6 candidates, each with the same verdict and entries.
//!
//! The data: EU Regulation 833/2014 goods annexes, the Common High Priority List, HS 2017 and
//! 2022, EU CN and the partial Russian TN VED, read from their CSV files by [`GoodsBuilder`].
//! DESIGN.md#goods explains how codes are compared and how descriptions are ranked.
//!
//! # Example
//! ```
//! use sanctions_checker::goods::{GoodsBuilder, Status};
//! let chpl = "code,code_system,list_id,regime,restriction,tier,citation,description,\
//! tier_definition\n854231,HS6,CHPL,EU/US/UK/JP,guidance,1,CHPL 2024-02-23,\
//! Processors and controllers,Items of the highest concern\n";
//! let mut builder = GoodsBuilder::new();
//! builder.add_file("chpl_2024-02-23.csv", chpl.as_bytes())?;
//! let goods = builder.build()?;
//!
//! let report = goods.lookup_code("8542.31.90")?;
//! assert_eq!(report.status, Status::Restricted);
//! assert_eq!(report.matches[0].tier.as_deref(), Some("1"));
//! assert_eq!(report.matches[0].as_of.as_deref(), Some("2024-02-23"));
//!
//! let short = goods.lookup_code("8542")?;
//! assert_eq!(short.status, Status::PossiblyRestricted);
//! assert_eq!(short.sub_codes[0].code, "8542 31");
//!
//! assert!(goods.lookup_code("85x").is_err());
//! # Ok::<(), sanctions_checker::Error>(())
//! ```

pub mod hs;
pub mod lexicon;
mod lookup;
mod search;
mod tables;

pub use hs::HsCode;
pub use lookup::{
    Checked, CodeReport, Relation, Restriction, RuleMatch, Status, SubCode, COVERAGE_NOTE,
    MAX_BELOW,
};
pub use search::{Candidate, TextReport, DEFAULT_LIMIT, MAX_LIMIT, MAX_TEXT_CHARS};
pub use tables::{detect, GoodsBuilder, GoodsManifest, GoodsSource, GoodsSourceKind, GoodsTables};

use crate::error::{Error, Result};
use crate::index::Index;

/// Looks up a code in a dataset's goods tables.
///
/// # Errors
/// The dataset has no goods tables, or the code is not 2 to 10 digits.
pub fn lookup_code(index: &Index, code: &str) -> Result<CodeReport> {
    // The code is checked first: a typo deserves its own message even on a dataset without
    // goods.
    let parsed = HsCode::parse(code)?;
    Ok(index.goods().ok_or_else(Error::no_goods_data)?.lookup(&parsed, code))
}

/// Searches a dataset's goods tables for a description.
///
/// # Errors
/// The dataset has no goods tables, or the text is empty, has no words, or is too long.
pub fn search_text(index: &Index, text: &str, limit: usize) -> Result<TextReport> {
    search::check_text(text)?;
    index.goods().ok_or_else(Error::no_goods_data)?.search_text(text, limit)
}
