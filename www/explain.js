// A hit's explanation in a language: the engine gives its English sentence together with
// codes and values (src/matching/explain.rs); these functions word the same pieces from the
// catalog (www/strings/partner.js). They take the translator as an argument so the page (one
// language at a time) and the embeddable element (a language per instance) share them.

/**
 * A factor's reason through `t`, from the code and values the engine gives with its English
 * sentence (src/matching/mod.rs); the English sentence when the code is unknown.
 */
export function reasonText(factor, t) {
  const key = `why.factor.${factor.code}`;
  const text = factor.code ? t(key, factor.params ?? {}) : key;
  return text === key ? factor.reason : text;
}

/**
 * The hit's summary through `t`, built from the same pieces as the engine's English one: the
 * name sentence, then each factor's reason.
 */
export function summaryText(explanation, t) {
  const p = explanation.summary_params;
  const opening = `why.summary.${p?.standing}`;
  if (explanation.summary_code !== 'name_match' || t(opening) === opening) {
    return explanation.summary;
  }
  let text = t(opening, { name: p.name });
  text += t('why.summary.exact', { exact: p.exact, n: p.total });
  if (p.close > 0) text += t('why.summary.close', { n: p.close });
  if (p.missing > 0) text += t('why.summary.missing', { n: p.missing });
  text += t('why.summary.score', { score: p.score });
  for (const factor of explanation.factors ?? []) text += ` ${reasonText(factor, t)}.`;
  return text;
}
