//! Candidate generation: which listed names are worth scoring for a query.
//!
//! Every query token is compared with the dataset's token vocabulary (not with every name), and
//! the names posted under any similar vocabulary token become candidates. The vocabulary is far
//! smaller than the name list (each surname appears once however many people share it), and a
//! length check skips most comparisons before Jaro-Winkler runs.

use super::score::token_similarity;
use crate::index::Index;

/// Positions (in the index's name table) of the names that share at least one similar token
/// with the query, sorted and without repeats.
pub(crate) fn candidates(index: &Index, query_tokens: &[&str]) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::new();
    for q in query_tokens {
        let ql = q.chars().count();
        for (t, token) in index.vocab.iter().enumerate() {
            let tl = token.chars().count();
            // Jaro-Winkler cannot reach the floor across a large length gap; initials are the
            // exception and are handled by token_similarity itself.
            if ql > 1 && tl > 1 && ql.abs_diff(tl) > ql.max(tl) / 2 {
                continue;
            }
            if token_similarity(q, token) > 0.0 {
                out.extend_from_slice(&index.postings[t]);
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}
