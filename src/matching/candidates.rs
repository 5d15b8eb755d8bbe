//! Candidate generation: which listed names are worth scoring for a query.
//!
//! Each query token is compared with the dataset's token *vocabulary* (each distinct token
//! once, however many names share it), and the names posted under any similar vocabulary token
//! become candidates. Two ways to find the similar vocabulary tokens:
//!
//! * **Bigram index** (the default): the vocabulary is indexed by padded character bigrams
//!   ("ivan" → `^i iv va an n$`), see [`GramIndex`]. A query token counts, for every vocabulary
//!   token, the bigrams they share, and only tokens sharing at least
//!   [`min_shared`]`(len)` bigrams get the Jaro-Winkler comparison. Spelling variants keep
//!   most bigrams ("aleksandr"/"alexander" share 6 of 10, "sergei"/"sergey" 5 of 7), while the
//!   bulk of the vocabulary shares one or none, so a query costs a few thousand counter
//!   increments and a few hundred comparisons instead of one comparison per vocabulary token.
//! * **Exhaustive** (`ScreenOptions::exhaustive`): every vocabulary token is compared. It is
//!   the yardstick the bigram index's recall is measured against (tests/recall.rs).
//!
//! Either way, only the rarest query tokens generate candidates when the score makes the
//! others unable to matter (prefix filtering, see [`candidates`]).
//!
//! Both apply the same length check: Jaro-Winkler rarely reaches the token floor across a
//! large length gap, and initials are handled by `token_similarity` itself.

use super::score::{skeleton, Probe, TokenSummary};
use crate::index::{Index, Vocabulary};
use std::collections::HashMap;

/// Padded bigrams of a token, packed as (first char, second char) with `^`/`$` at the ends.
fn grams(token: &str) -> Vec<(char, char)> {
    let mut out = Vec::with_capacity(token.len() + 1);
    let mut prev = '^';
    for c in token.chars() {
        out.push((prev, c));
        prev = c;
    }
    out.push((prev, '$'));
    out.sort_unstable();
    out.dedup();
    out
}

/// The fewest shared bigrams a vocabulary token needs to be compared with a query token of
/// `len` characters: about a third of the query token's bigrams, at least one. One substituted
/// letter costs two bigrams, a transposition three; a third keeps variants with two or three
/// edits in a word of eight letters.
pub(crate) fn min_shared(len: usize) -> u16 {
    (((len + 1) as f64 * 0.3).ceil() as u16).max(1)
}

/// Vocabulary tokens by padded bigram.
#[derive(Debug, Clone, Default)]
pub(crate) struct GramIndex {
    /// The tokens of two or more characters under each of their bigrams, in id order.
    postings: TokenMap<(char, char), Vec<u32>>,
    /// The tokens of one character (initials), with that character: they are compared with
    /// every query token sharing either of their bigrams (`^x`, `x$`), however few that is.
    initials: Vec<(char, u32)>,
    /// Each vocabulary token in the short form that rejects most comparisons unread
    /// ([`Probe::rejects`]); its length in characters among the rest.
    summaries: Vec<TokenSummary>,
}

impl GramIndex {
    /// Indexes a vocabulary (token ids are positions in `vocab`).
    pub(crate) fn new(vocab: &Vocabulary) -> GramIndex {
        let mut postings: TokenMap<(char, char), Vec<u32>> = TokenMap::default();
        let mut initials = Vec::new();
        let mut summaries = Vec::with_capacity(vocab.len());
        for id in 0..vocab.len() {
            let (token, skeleton) = (vocab.token(id), vocab.skeleton(id));
            let mut chars = token.chars();
            if let (Some(c), None) = (chars.next(), chars.next()) {
                initials.push((c, id as u32));
            } else {
                for g in grams(token) {
                    postings.entry(g).or_default().push(id as u32);
                }
            }
            summaries.push(TokenSummary::of(token, skeleton));
        }
        GramIndex { postings, initials, summaries }
    }
}

fn length_gap_too_large(ql: usize, tl: usize) -> bool {
    ql > 1 && tl > 1 && ql.abs_diff(tl) > ql.max(tl) / 2
}

/// Positions (in the index's name table) of the names that may score `need` or more of the
/// query's token weight, sorted and without repeats.
///
/// `weights[i]` is the weight of `query_tokens[i]`, and `need` the share of the total weight a
/// name must match to be able to reach the threshold at all (see `screen`). Prefix filtering:
/// the query tokens are taken rarest first (fewest names behind their similar vocabulary
/// tokens) until the tokens *not* taken weigh less than `need`; a name sharing none of the taken
/// tokens cannot match `need` of the weight, so only the taken tokens' names are candidates.
/// This keeps a query with one rare surname and one common word ("Trading", "Mohammed") from
/// scoring every name with the common word, and it loses nothing the score could keep.
pub(crate) fn candidates(
    index: &Index,
    query_tokens: &[&str],
    weights: &[f64],
    need: f64,
    exhaustive: bool,
) -> Candidates {
    // For each vocabulary token: which query token last counted it (high 16 bits, from 1) and
    // how many bigrams it shares with that one (low 16 bits). A count left by an earlier query
    // token reads as 0, so nothing needs clearing between query tokens. A query has at most
    // MAX_NAME_CHARS characters, so both halves stay far below 16 bits.
    let mut counts: Vec<u32> = if exhaustive { Vec::new() } else { vec![0; index.vocab.len()] };
    // For each query token: the similar vocabulary tokens and how many names they reach.
    let mut similar: Vec<(usize, Vec<u32>, usize)> = Vec::with_capacity(query_tokens.len());
    let mut sims: Vec<TokenMap<u32, f64>> = Vec::with_capacity(query_tokens.len());
    for (i, q) in query_tokens.iter().enumerate() {
        let ql = q.chars().count();
        let qs = skeleton(q);
        let probe = Probe::new(q, &qs);
        let mut found: Vec<u32> = Vec::new();
        let mut sim: TokenMap<u32, f64> = TokenMap::default();
        let mut consider = |t: usize| {
            let summary = &index.grams.summaries[t];
            let tl = summary.chars as usize;
            if length_gap_too_large(ql, tl) || probe.rejects(summary) {
                return;
            }
            let token = index.vocab.token(t);
            // Lengths are kept in 16 bits; a longer token (none is) is counted again.
            let tl = if tl == u16::MAX as usize { token.chars().count() } else { tl };
            let s = probe.similarity(token, index.vocab.skeleton(t), tl);
            if s > 0.0 {
                found.push(t as u32);
                sim.insert(t as u32, s);
            }
        };
        if exhaustive || ql == 1 {
            // Initials pair with every word starting with them: the bigram `^a` finds those
            // too, but one-letter queries are rare enough to scan.
            (0..index.vocab.len()).for_each(&mut consider);
        } else {
            debug_assert!(i < 0xFFFF && ql < 0xFFFF, "a query is at most MAX_NAME_CHARS long");
            let stamp = (i as u32 + 1) << 16;
            let need_grams = u32::from(min_shared(ql));
            let query_grams = grams(q);
            for g in &query_grams {
                for &t in index.grams.postings.get(g).map_or(&[][..], Vec::as_slice) {
                    let entry = &mut counts[t as usize];
                    let shared =
                        if *entry & 0xFFFF_0000 == stamp { (*entry & 0xFFFF) + 1 } else { 1 };
                    *entry = stamp | shared;
                    // Compared once, when it reaches the bar.
                    if shared == need_grams {
                        consider(t as usize);
                    }
                }
            }
            // A vocabulary token of one letter is an initial: token_similarity decides.
            for &(c, t) in &index.grams.initials {
                if query_grams.binary_search(&('^', c)).is_ok()
                    || query_grams.binary_search(&(c, '$')).is_ok()
                {
                    consider(t as usize);
                }
            }
        }
        let reach = found.iter().map(|&t| index.postings[t as usize].len()).sum();
        similar.push((i, found, reach));
        sims.push(sim);
    }
    similar.sort_by_key(|s| s.2);
    let total: f64 = weights.iter().sum();
    let mut left = total;
    let mut out: Vec<u32> = Vec::new();
    for (i, found, _) in &similar {
        // Stop once the tokens still untaken cannot reach `need` on their own.
        if !exhaustive && left < need * total - 1e-9 {
            break;
        }
        for &t in found {
            out.extend_from_slice(&index.postings[t as usize]);
        }
        left -= weights[*i];
    }
    out.sort_unstable();
    out.dedup();
    Candidates { names: out, sims }
}

/// What candidate generation found.
pub(crate) struct Candidates {
    /// Positions in the index's name table, sorted, without repeats.
    pub names: Vec<u32>,
    /// For each query token, the similar vocabulary tokens and their similarity.
    pub sims: Vec<TokenMap<u32, f64>>,
}

/// A map keyed by vocabulary token ids (or bigrams). Screening looks a similarity up for every
/// (query token, listed token) pair of every candidate name; std's default SipHash, built to
/// resist adversarial keys, cost more than the lookups' other work, and token ids are not
/// chosen by anyone (bigram keys come from the lists, and queries only look them up).
pub(crate) type TokenMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<TokenIdHasher>>;

/// Hashes a token id by one multiplication (Fibonacci hashing): ids are distinct small
/// integers, and the product spreads them over the high bits the table looks at. A bigram is
/// two chars, two multiplications.
#[derive(Default)]
pub(crate) struct TokenIdHasher(u64);

impl std::hash::Hasher for TokenIdHasher {
    fn write(&mut self, bytes: &[u8]) {
        // Only u32 keys are hashed; any other input still hashes, byte by byte.
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.0 = (self.0 ^ u64::from(n)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grams_are_padded_and_distinct() {
        assert_eq!(grams("ivan"), [('^', 'i'), ('a', 'n'), ('i', 'v'), ('n', '$'), ('v', 'a')]);
        assert_eq!(grams("aa").len(), 3);
    }

    #[test]
    fn spelling_variants_share_enough_bigrams() {
        for (a, b) in [
            ("aleksandr", "alexander"),
            ("sergei", "sergey"),
            ("mohammed", "muhammad"),
            ("ali", "aly"),
            ("ivanov", "yvanov"),
            ("yevgeny", "evgeny"),
        ] {
            let ga = grams(a);
            let shared = grams(b).iter().filter(|g| ga.contains(g)).count() as u16;
            assert!(shared >= min_shared(a.chars().count()), "{a}/{b}: {shared}");
        }
    }
}
