//! The on-disk layout of a dataset.
//!
//! Header of every dataset file, little-endian:
//!
//! | bytes      | field                                                    |
//! |------------|----------------------------------------------------------|
//! | 0..4       | [`MAGIC`] `b"SCIX"`                                      |
//! | 4..8       | [`FORMAT_VERSION`] (u32)                                 |
//! | 8..16      | body length *n* (u64)                                    |
//! | 16..16+n   | body                                                     |
//! | 16+n..20+n | CRC-32 (IEEE) of the body (u32)                          |
//!
//! The body is: manifest length *m* (u32), the [`Manifest`](super::Manifest) as *m* bytes of
//! UTF-8 JSON (readable without this crate, and by the page before it decodes anything else),
//! then the entities as one `postcard` sequence of [`Entity`](crate::model::Entity), then the
//! goods tables as one `postcard` `Option<`[`GoodsTables`](crate::goods::GoodsTables)`>`
//! (`None`, one zero byte, for a dataset built without `--goods`), then the search tables as
//! one `postcard` record: every name's tokens and every token's skeleton.
//!
//! Version history: 1 = manifest + entities; 2 = adds the goods section and the manifest's
//! `goods` entry; 3 = adds the search tables.
//!
//! Names are stored as the lists write them. Their tokens are computed at build time by the
//! same code that normalises queries (see [`crate::normalize`]) and stored, because computing
//! them is most of the cost of loading; a reader whose normaliser differs (another engine
//! version, or a changed normaliser, which a fingerprint of probe names detects) recomputes
//! them from the names instead.
//!
//! Bump [`FORMAT_VERSION`] on any change a reader of the previous version cannot read.

use crate::error::{Error, Result};

/// The first four bytes of every dataset.
pub const MAGIC: [u8; 4] = *b"SCIX";

/// The dataset format this engine reads and writes.
pub const FORMAT_VERSION: u32 = 3;

/// Size of the fixed header before the body.
pub const HEADER_LEN: usize = 16;

/// Wraps a body in header and checksum.
pub fn frame(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len() + HEADER_LEN + 4);
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&(body.len() as u64).to_le_bytes());
    out.extend_from_slice(body);
    out.extend_from_slice(&crc32fast::hash(body).to_le_bytes());
    out
}

/// Checks magic, version, length and checksum, and returns the body.
pub fn unframe(bytes: &[u8]) -> Result<&[u8]> {
    if bytes.len() < 4 || bytes[..4] != MAGIC {
        return Err(Error::not_a_dataset());
    }
    if bytes.len() < HEADER_LEN {
        return Err(Error::corrupt("the header is cut short"));
    }
    // The slices below have exactly 4 and 8 bytes: the length check above guarantees them.
    let version = u32::from_le_bytes(bytes[4..8].try_into().expect("4 bytes"));
    if version != FORMAT_VERSION {
        return Err(Error::version(FORMAT_VERSION, version));
    }
    let body_len = u64::from_le_bytes(bytes[8..16].try_into().expect("8 bytes"));
    let expected_total = (HEADER_LEN as u64).checked_add(body_len).and_then(|n| n.checked_add(4));
    if expected_total != Some(bytes.len() as u64) {
        return Err(Error::corrupt(format!(
            "the header announces {body_len} bytes of data but the file has {} bytes",
            bytes.len()
        )));
    }
    let body = &bytes[HEADER_LEN..bytes.len() - 4];
    let stored = u32::from_le_bytes(bytes[bytes.len() - 4..].try_into().expect("4 bytes"));
    if crc32fast::hash(body) != stored {
        return Err(Error::corrupt("checksum mismatch"));
    }
    Ok(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frame_and_unframe_round_trip() {
        let framed = frame(b"hello");
        assert_eq!(unframe(&framed).unwrap(), b"hello");
    }

    #[test]
    fn every_single_bit_flip_is_detected() {
        let framed = frame(b"some dataset body");
        for i in 0..framed.len() * 8 {
            let mut bad = framed.clone();
            bad[i / 8] ^= 1 << (i % 8);
            assert!(unframe(&bad).is_err(), "flip at bit {i} went unnoticed");
        }
    }

    #[test]
    fn truncation_at_any_length_is_an_error() {
        let framed = frame(b"some dataset body");
        for n in 0..framed.len() {
            assert!(unframe(&framed[..n]).is_err(), "truncated to {n}");
        }
    }
}
