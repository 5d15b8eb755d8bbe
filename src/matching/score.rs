//! Pure similarity functions over compare-form tokens; no index access.
//!
//! A name score is built from a one-to-one alignment of query tokens with listed tokens, so
//! token order never matters ("PETROV Aleksandr" = "Aleksandr Petrov") and every token on
//! either side either finds a partner or counts against the match.

/// Below this Jaro-Winkler similarity two tokens are treated as different words. Unrelated
/// names of similar length often score 0.6–0.75 under Jaro-Winkler, while spelling variants of
/// one name ("mohammed"/"muhammad" 0.84, "aleksandr"/"alexander" 0.86) stay above 0.8.
pub const TOKEN_FLOOR: f64 = 0.8;

/// Similarity an initial ("a") gets against a word that starts with it ("aleksandr"): high
/// enough to pair them, lower than a spelled-out agreement.
pub const INITIAL_SIMILARITY: f64 = 0.85;

/// Similarity of two compare-form tokens in [0, 1].
///
/// * Equal tokens: 1.
/// * Tokens with digits must be equal (numbers in names are never fuzzy: "Bank 1" ≠ "Bank 7").
/// * A one-letter token is an initial and pairs with a word of two or more letters that starts
///   with it.
/// * Otherwise Jaro-Winkler, or 0 below [`TOKEN_FLOOR`].
///
/// # Example
/// ```
/// use sanctions_checker::matching::score::token_similarity;
/// assert_eq!(token_similarity("petrov", "petrov"), 1.0);
/// assert!(token_similarity("aleksandr", "alexander") > 0.8);
/// assert_eq!(token_similarity("bank1", "bank7"), 0.0);
/// assert_eq!(token_similarity("ivanov", "smith"), 0.0);
/// ```
pub fn token_similarity(a: &str, b: &str) -> f64 {
    if a == b {
        return 1.0;
    }
    if a.bytes().any(|c| c.is_ascii_digit()) || b.bytes().any(|c| c.is_ascii_digit()) {
        return 0.0;
    }
    let (la, lb) = (a.chars().count(), b.chars().count());
    if la == 1 || lb == 1 {
        let (initial, word) = if la == 1 { (a, b) } else { (b, a) };
        return if la != lb && word.starts_with(initial) { INITIAL_SIMILARITY } else { 0.0 };
    }
    let jw = strsim::jaro_winkler(a, b);
    if jw >= TOKEN_FLOOR {
        jw
    } else {
        0.0
    }
}

/// A token with the weight it carries in a name.
#[derive(Debug, Clone, Copy)]
pub struct Weighted<'a> {
    /// Compare-form token.
    pub text: &'a str,
    /// How much it counts (see [`crate::normalize::token_weight`]).
    pub weight: f64,
}

/// A one-to-one pairing of query tokens with listed tokens.
#[derive(Debug, Clone, Default)]
pub struct Alignment {
    /// (query position, listed position, similarity), best pairs first.
    pub pairs: Vec<(usize, usize, f64)>,
    /// Weighted share of the query that found a partner, in [0, 1].
    pub query_coverage: f64,
    /// Weighted share of the listed name that found a partner, in [0, 1].
    pub listed_coverage: f64,
}

impl Alignment {
    /// Combined score: `query_share` of the weight on query coverage and the rest on listed
    /// coverage. Screening puts more weight on the query, because lists spell names out in full
    /// (patronymics, fourth names) that users often leave out.
    pub fn score(&self, query_share: f64) -> f64 {
        (query_share * self.query_coverage + (1.0 - query_share) * self.listed_coverage)
            .clamp(0.0, 1.0)
    }
}

/// Aligns two token lists greedily by descending similarity, one partner per token.
///
/// Greedy is exact enough here: names have a handful of tokens, and a better pair never loses
/// its tokens to a worse one because pairs are taken best first.
pub fn align(query: &[Weighted<'_>], listed: &[Weighted<'_>]) -> Alignment {
    let mut candidates = Vec::new();
    for (i, q) in query.iter().enumerate() {
        for (j, l) in listed.iter().enumerate() {
            let s = token_similarity(q.text, l.text);
            if s > 0.0 {
                candidates.push((i, j, s));
            }
        }
    }
    // Best first; ties by position so results are deterministic.
    candidates.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)).then(a.1.cmp(&b.1)));
    let mut used_q = vec![false; query.len()];
    let mut used_l = vec![false; listed.len()];
    let mut pairs = Vec::new();
    for (i, j, s) in candidates {
        if !used_q[i] && !used_l[j] {
            used_q[i] = true;
            used_l[j] = true;
            pairs.push((i, j, s));
        }
    }
    let total_q: f64 = query.iter().map(|t| t.weight).sum();
    let total_l: f64 = listed.iter().map(|t| t.weight).sum();
    let got_q: f64 = pairs.iter().map(|&(i, _, s)| s * query[i].weight).sum();
    let got_l: f64 = pairs.iter().map(|&(_, j, s)| s * listed[j].weight).sum();
    Alignment {
        pairs,
        query_coverage: if total_q > 0.0 { got_q / total_q } else { 0.0 },
        listed_coverage: if total_l > 0.0 { got_l / total_l } else { 0.0 },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(tokens: &[&'static str]) -> Vec<Weighted<'static>> {
        tokens.iter().map(|t| Weighted { text: t, weight: 1.0 }).collect()
    }

    #[test]
    fn token_order_does_not_matter() {
        let a = align(&w(&["petrov", "aleksandr"]), &w(&["aleksandr", "petrov"]));
        assert_eq!(a.score(0.5), 1.0);
    }

    #[test]
    fn a_missing_listed_token_lowers_listed_coverage_only() {
        let a = align(&w(&["aleksandr", "petrov"]), &w(&["aleksandr", "ivanovich", "petrov"]));
        assert_eq!(a.query_coverage, 1.0);
        assert!((a.listed_coverage - 2.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn each_token_pairs_once() {
        let a = align(&w(&["ali", "ali"]), &w(&["ali"]));
        assert_eq!(a.pairs.len(), 1);
        assert_eq!(a.query_coverage, 0.5);
    }

    #[test]
    fn initials_pair_with_words_that_start_with_them() {
        assert_eq!(token_similarity("a", "aleksandr"), INITIAL_SIMILARITY);
        assert_eq!(token_similarity("a", "b"), 0.0);
        assert_eq!(token_similarity("a", "boris"), 0.0);
    }
}
