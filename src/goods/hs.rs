//! [`HsCode`]: a customs code of 2 to 10 digits (HS chapter, heading, subheading, EU CN8,
//! EAEU TN VED / EU TARIC 10), parsed from any of the ways traders write it.
//!
//! The Harmonized System fixes the first six digits worldwide; everything after is national or
//! regional (EU CN adds two, the EAEU's TN VED four, and they do not agree). [`HsCode`] keeps
//! the digits as typed and offers the hierarchy: chapter (2), heading (4), subheading (6).

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The fewest digits a code can have: an HS chapter.
pub const MIN_DIGITS: usize = 2;
/// The most digits a code can have: EAEU TN VED and EU TARIC codes have 10.
pub const MAX_DIGITS: usize = 10;

/// A customs commodity code: 2 to 10 ASCII digits, no separators.
///
/// # Example
/// ```
/// use sanctions_checker::goods::HsCode;
/// for written in ["8542.31", "8542 31", "854231", "8542-31"] {
///     assert_eq!(HsCode::parse(written)?.digits(), "854231");
/// }
/// let code = HsCode::parse("8542 31 90 00")?;
/// assert_eq!(code.chapter(), "85");
/// assert_eq!(code.heading(), Some("8542"));
/// assert_eq!(code.subheading(), Some("854231"));
/// assert_eq!(code.to_string(), "8542 31 90 00");
/// assert!(HsCode::parse("85A2").is_err());
/// # Ok::<(), sanctions_checker::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct HsCode(String);

/// Characters people put between the digit groups of a code: spaces (also the no-break and
/// thin spaces that word processors insert), dots ("8542.31"), hyphens and slashes.
fn is_separator(c: char) -> bool {
    matches!(c, ' ' | '.' | '-' | '/' | '\t' | '\u{a0}' | '\u{2009}' | '\u{202f}' | '\u{2011}')
}

impl HsCode {
    /// Parses a code written in any usual way: "8542.31", "8542 31 90", "854231",
    /// "8542310000". Spaces, dots, hyphens and slashes between digits are ignored.
    ///
    /// # Errors
    /// A query error (field `code`) that says what to type instead, when the text is empty,
    /// holds anything but digits and separators, or has fewer than 2 or more than 10 digits.
    pub fn parse(text: &str) -> Result<HsCode> {
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Err(Error::query(
                "code",
                "no code given; type an HS, CN or TN VED code of 2 to 10 digits, e.g. 8542 31",
            ));
        }
        let mut digits = String::new();
        for c in trimmed.chars() {
            if c.is_ascii_digit() {
                digits.push(c);
            } else if !is_separator(c) {
                let shown: String = trimmed.chars().take(40).collect();
                return Err(Error::query(
                    "code",
                    format!(
                        "\"{shown}\" contains \"{c}\", which is not a digit; a customs code has \
                         only digits (spaces and dots allowed), e.g. 8542 31 90. To search by \
                         words, use the description search"
                    ),
                ));
            }
        }
        match digits.len() {
            0 => Err(Error::query(
                "code",
                "no digits found; type an HS, CN or TN VED code of 2 to 10 digits, e.g. 8542 31",
            )),
            1 => Err(Error::query(
                "code",
                format!(
                    "\"{trimmed}\" has 1 digit; a code needs at least 2 (the HS chapter), \
                     e.g. 85, 8542 or 8542 31"
                ),
            )),
            n if n > MAX_DIGITS => Err(Error::query(
                "code",
                format!(
                    "\"{}\" has {n} digits; customs codes have at most 10 (EAEU TN VED, EU \
                     TARIC): check for a typo or two numbers run together",
                    trimmed.chars().take(40).collect::<String>()
                ),
            )),
            _ => Ok(HsCode(digits)),
        }
    }

    /// The digits, without separators.
    pub fn digits(&self) -> &str {
        &self.0
    }

    /// Number of digits (2..=10).
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Always false: a code has at least [`MIN_DIGITS`] digits. (Clippy wants `is_empty`
    /// beside `len`.)
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The HS chapter: the first two digits.
    pub fn chapter(&self) -> &str {
        &self.0[..2]
    }

    /// The HS heading (first four digits), when the code has that many.
    pub fn heading(&self) -> Option<&str> {
        self.0.get(..4)
    }

    /// The HS subheading (first six digits), the last level shared worldwide.
    pub fn subheading(&self) -> Option<&str> {
        self.0.get(..6)
    }

    /// True for 10-digit codes. Traders in Kazakhstan declare EAEU TN VED codes of 10 digits,
    /// whose digits 7–10 are the EAEU's own and do not line up with the EU's CN digits 7–8.
    pub fn is_national_10(&self) -> bool {
        self.0.len() == 10
    }

    /// The digits that can be compared with EU annex codes: all of them, except for a 10-digit
    /// (EAEU TN VED) code, of which only the HS subheading (6 digits) is comparable.
    pub fn comparable(&self) -> &str {
        if self.is_national_10() {
            &self.0[..6]
        } else {
            &self.0
        }
    }

    /// True when `self` is `other` or lies under it in the hierarchy (`854231` is within
    /// `8542`).
    pub fn is_within(&self, other: &HsCode) -> bool {
        self.0.starts_with(&other.0)
    }

    /// The code written the customs way: the heading, then pairs ("8542 31 90 00"). An odd
    /// trailing digit stays on its own.
    pub fn formatted(&self) -> String {
        format_digits(&self.0)
    }
}

/// Writes a digit string the customs way: four digits, then groups of two ("8542 31 90").
pub fn format_digits(digits: &str) -> String {
    let mut out = String::with_capacity(digits.len() + 4);
    let (head, rest) = digits.split_at(digits.len().min(4));
    out.push_str(head);
    for chunk in rest.as_bytes().chunks(2) {
        out.push(' ');
        // The chunks come from an ASCII digit string, so they are valid UTF-8.
        out.push_str(std::str::from_utf8(chunk).unwrap_or_default());
    }
    out
}

impl fmt::Display for HsCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.formatted())
    }
}

impl std::str::FromStr for HsCode {
    type Err = Error;
    fn from_str(s: &str) -> Result<HsCode> {
        HsCode::parse(s)
    }
}

impl TryFrom<String> for HsCode {
    type Error = Error;
    fn try_from(s: String) -> Result<HsCode> {
        HsCode::parse(&s)
    }
}

impl From<HsCode> for String {
    fn from(code: HsCode) -> String {
        code.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_usual_writing_gives_the_same_digits() {
        for (written, digits) in [
            ("8542.31", "854231"),
            ("8542 31 90", "85423190"),
            ("854231", "854231"),
            ("8542310000", "8542310000"),
            ("  8542-31-90 ", "85423190"),
            ("8542\u{a0}31", "854231"),
            ("85", "85"),
            ("8542.31.90.00", "8542319000"),
        ] {
            assert_eq!(HsCode::parse(written).unwrap().digits(), digits, "{written}");
        }
    }

    #[test]
    fn bad_codes_get_a_message_that_says_what_to_do() {
        let cases = [
            ("", "no code given"),
            ("   ", "no code given"),
            ("85A2", "not a digit"),
            ("ball bearings", "description search"),
            ("8", "1 digit"),
            ("85423100001", "11 digits"),
            ("8542 3100 0012 34", "14 digits"),
            ("..--", "no digits"),
        ];
        for (text, expected) in cases {
            let err = HsCode::parse(text).unwrap_err();
            assert!(err.is_query_error());
            let msg = err.to_string();
            assert!(msg.starts_with("code: "), "{msg}");
            assert!(msg.contains(expected), "{text:?}: {msg}");
        }
    }

    #[test]
    fn hierarchy_and_display() {
        let c = HsCode::parse("8482100000").unwrap();
        assert_eq!(
            (c.chapter(), c.heading(), c.subheading()),
            ("84", Some("8482"), Some("848210"))
        );
        assert!(c.is_national_10());
        assert_eq!(c.comparable(), "848210");
        assert_eq!(c.to_string(), "8482 10 00 00");
        let h = HsCode::parse("84").unwrap();
        assert_eq!((h.heading(), h.subheading()), (None, None));
        assert!(c.is_within(&HsCode::parse("8482").unwrap()));
        assert!(!c.is_within(&HsCode::parse("8483").unwrap()));
        assert_eq!(format_digits("84821"), "8482 1");
    }

    #[test]
    fn serde_refuses_a_bad_code() {
        assert!(serde_json::from_str::<HsCode>("\"85x\"").is_err());
        assert_eq!(serde_json::from_str::<HsCode>("\"8542.31\"").unwrap().digits(), "854231");
    }
}
