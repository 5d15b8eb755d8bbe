//! Turns an alignment and the secondary evidence into words a reviewer can check.

use super::score::{Alignment, Weighted};
use crate::model::NameKind;
use crate::report::{params, Explanation, Factor, TokenPair};

/// Builds the explanation of one hit.
pub(crate) fn explain(
    query: &[Weighted<'_>],
    listed: &[Weighted<'_>],
    alignment: &Alignment,
    matched_name: &str,
    matched_kind: NameKind,
    name_score: f64,
    factors: Vec<Factor>,
) -> Explanation {
    let mut tokens: Vec<TokenPair> = alignment
        .pairs
        .iter()
        .map(|&(i, j, s)| TokenPair {
            query: query[i].text.to_string(),
            listed: listed[j].text.to_string(),
            similarity: round3(s),
        })
        .collect();
    let paired_q: Vec<usize> = alignment.pairs.iter().map(|p| p.0).collect();
    let paired_l: Vec<usize> = alignment.pairs.iter().map(|p| p.1).collect();
    for (_, q) in query.iter().enumerate().filter(|(i, _)| !paired_q.contains(i)) {
        tokens.push(TokenPair {
            query: q.text.to_string(),
            listed: String::new(),
            similarity: 0.0,
        });
    }
    for (_, l) in listed.iter().enumerate().filter(|(j, _)| !paired_l.contains(j)) {
        tokens.push(TokenPair {
            query: String::new(),
            listed: l.text.to_string(),
            similarity: 0.0,
        });
    }

    let (standing_code, standing) = match matched_kind {
        NameKind::Primary => ("primary", "the listed name"),
        NameKind::Alias => ("alias", "an alias"),
        NameKind::Former => ("former", "a former name"),
        NameKind::Weak => ("weak", "a low-quality alias (counts less)"),
    };
    // Distinct tokens: a word run together ("ramimakhlouf") pairs with two listed words.
    let mut paired_q: Vec<(usize, f64)> = alignment.pairs.iter().map(|p| (p.0, p.2)).collect();
    paired_q.sort_by_key(|p| p.0);
    paired_q.dedup_by_key(|p| p.0);
    let exact = paired_q.iter().filter(|p| p.1 >= 1.0).count();
    let close = paired_q.len() - exact;
    let mut summary = format!(
        "Name matches {standing} “{matched_name}”: {exact} of {} query words agree exactly",
        query.len()
    );
    if close > 0 {
        summary.push_str(&format!(", {close} closely"));
    }
    let mut paired_l: Vec<usize> = alignment.pairs.iter().map(|p| p.1).collect();
    paired_l.sort_unstable();
    paired_l.dedup();
    let missing = listed.len().saturating_sub(paired_l.len());
    if missing > 0 {
        summary.push_str(&format!("; {missing} listed word(s) not in the query"));
    }
    // The same rounding as the English text, so both say the same percentage.
    let score = (name_score * 100.0).round().max(0.0) as usize;
    summary.push_str(&format!(" (name score {score}%)."));
    for f in &factors {
        summary.push_str(&format!(" {}.", f.reason));
    }
    // The English sentence's pieces, so the page can word the same facts in its language.
    let summary_params = params([
        ("standing", standing_code.into()),
        ("name", matched_name.into()),
        ("exact", exact.into()),
        ("total", query.len().into()),
        ("close", close.into()),
        ("missing", missing.into()),
        ("score", score.into()),
    ]);
    Explanation {
        summary,
        summary_code: "name_match".into(),
        summary_params,
        name_score: round3(name_score),
        tokens,
        factors,
    }
}

/// Scores are reported with three decimals: more is noise to a reader and to a diff.
pub(crate) fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}
