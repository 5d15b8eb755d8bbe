// How a hit is put into words and a bar, shared by the page and the embeddable element: the
// explanation in a language (the engine gives its English sentence together with codes and
// values, src/matching/explain.rs, and these functions word the same pieces from the catalog
// www/strings/partner.js), the score, and where an input error belongs. The functions take the
// translator as an argument so the page (one language at a time) and the element (a language
// per instance) share them.

import { el } from './dom.js';

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

/** A score in [0, 1] as a whole percentage ("87%"). */
export function percent(score) {
  return `${Math.round((Number(score) || 0) * 100)}%`;
}

/**
 * The score as a bar: a <meter> (class score-bar). Not a div with a width set from script: a
 * page saved with "Save page as" would carry that width as a style attribute, which a strict
 * CSP (rightly) refuses.
 */
export function scoreBar(score) {
  const meter = el('meter', { className: 'score-bar' });
  meter.min = 0;
  meter.max = 1;
  meter.value = Math.min(Math.max(Number(score) || 0, 0), 1);
  // The percentage is written next to it; the bar itself is decoration.
  meter.setAttribute('aria-hidden', 'true');
  return meter;
}

/**
 * The engine starts an input error with the field's label ("date of birth: …"); these are the
 * labels it uses, and the query field names too, mapped to the query field they are about.
 */
const FIELD_OF_LABEL = {
  name: 'name',
  'date of birth': 'dob',
  dob: 'dob',
  country: 'country',
  identifier: 'identifier',
  type: 'kind',
  kind: 'kind',
};

/**
 * The query field an engine error is about and its text without the label, capitalised
 * (`{ field: 'dob', text: '"1999-13-45" is not a date…' }`); null when it names no field.
 */
export function fieldError(message) {
  const match = /^([a-z ]+):\s*(.+)$/s.exec(message ?? '');
  const field = match ? FIELD_OF_LABEL[match[1]] : undefined;
  if (!field) return null;
  return { field, text: match[2].charAt(0).toUpperCase() + match[2].slice(1) };
}
