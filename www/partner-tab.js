// The Partner tab: reads the form, asks the engine, shows the hits. No matching logic lives
// here; the engine decides what a hit is and why.
//
// Everything that came from the user or from a list (names, titles, explanations) is put on
// the page with textContent. List files are external data, and a name typed by a user may
// contain markup; neither must ever be parsed as HTML.

import { $, el } from './dom.js';
import {
  fieldError,
  percent,
  reasonText as reasonFor,
  scoreBar,
  summaryText as summaryFor,
} from './explain.js';
import { annotate, checkFinished, decorate, finishResults } from './hooks.js';
import { addStrings, onLanguageChange, t } from './i18n.js';
import strings from './strings/partner.js';

addStrings(strings);

const FIELDS = ['name', 'dob', 'country', 'identifier', 'kind'];

/** Wires the partner form to the engine. */
export function setupPartner(engine) {
  const form = $('check-form');
  $('check').disabled = false;
  let finishedChecks = 0;
  let last = null;
  form.addEventListener('submit', async (event) => {
    // The page never submits anywhere (the CSP says form-action 'none' too): names stay here.
    event.preventDefault();
    try {
      last = await check(engine, readQuery(form));
    } finally {
      // Lets scripts and tests tell this check's answer from the previous one.
      $('results').dataset.checks = String(++finishedChecks);
    }
  });
  // Results are drawn in the chosen language; redraw the last one when it changes.
  onLanguageChange(() => {
    if (last) renderReport(last.report, last.query, engine);
  });
  // An answer from the lists before an update must not stand as if it came from the new ones.
  engine.onDatasetChange(() => {
    if (!last) return;
    last = null;
    $('results').replaceChildren(
      el('p', { className: 'hint', text: t('results.listsChanged'), testid: 'results-stale' }),
    );
  });
}

function readQuery(form) {
  const data = new FormData(form);
  const query = {};
  for (const field of FIELDS) query[field] = String(data.get(field) ?? '').trim();
  return query;
}

function clearFieldErrors() {
  for (const field of FIELDS) {
    const input = $(field);
    input.removeAttribute('aria-invalid');
    const message = $(`${field}-error`);
    if (message) {
      message.textContent = '';
      message.hidden = true;
    }
  }
  $('form-error').textContent = '';
  $('form-error').hidden = true;
}

/** Puts an input error next to the field it is about, or above the button if none fits. */
function showInputError(message) {
  const error = fieldError(message);
  const target = error ? $(`${error.field}-error`) : null;
  if (target) {
    const input = $(error.field);
    input.setAttribute('aria-invalid', 'true');
    target.textContent = error.text;
    target.hidden = false;
    input.focus();
  } else {
    $('form-error').textContent = message;
    $('form-error').hidden = false;
  }
}

/** One hit as a card: listed name, alias matched, list and date, score, explanation, record. */
export function renderHit(hit, { engine, query } = {}) {
  const score = Math.min(Math.max(Number(hit.score) || 0, 0), 1);
  const card = el(
    'li',
    { className: 'hit', testid: 'hit' },
    el(
      'div',
      { className: 'hit-head' },
      el('h3', { className: 'hit-name', text: hit.name, testid: 'hit-name' }),
      el(
        'p',
        { className: 'hit-score', testid: 'hit-score' },
        el('span', { className: 'visually-hidden', text: `${t('hit.score')} ` }),
        el('strong', { text: percent(score) }),
        el('span', { className: 'score-word', text: ` ${t('hit.similar')}` }),
      ),
    ),
    scoreBar(score),
  );
  card.dataset.entityId = hit.entity_id;

  if (hit.matched_name && hit.matched_name !== hit.name) {
    card.append(
      el(
        'p',
        { className: 'hit-alias', testid: 'hit-alias' },
        `${t('hit.alias')} `,
        el('q', { text: hit.matched_name }),
      ),
    );
  }

  const details = el('dl', { className: 'hit-facts' });
  const fact = (term, value, testid) =>
    details.append(
      el('div', {}, el('dt', { text: term }), el('dd', { text: value, testid })),
    );
  fact(
    t('hit.list'),
    hit.list_date
      ? t('hit.list.published', { title: hit.list_title, date: hit.list_date })
      : hit.list_title,
    'hit-list',
  );
  fact(t('hit.entry'), hit.entity_id, 'hit-id');
  if (hit.kind && hit.kind !== 'unknown') fact(t('hit.kind'), t(`kind.${hit.kind}`), 'hit-kind');
  card.append(details);

  const explanation = hit.explanation ?? {};
  if (explanation.summary) {
    card.append(
      el('p', { className: 'hit-why', text: summaryText(explanation), testid: 'hit-why' }),
    );
  }
  const breakdown = renderBreakdown(explanation);
  if (breakdown) card.append(breakdown);
  if (engine) card.append(recordDetails(engine, hit.entity_id));
  decorate(card, hit, query);
  return card;
}

/** A factor's reason in the page's language (see explain.js). */
function reasonText(factor) {
  return reasonFor(factor, t);
}

/** The hit's summary in the page's language (see explain.js). */
function summaryText(explanation) {
  return summaryFor(explanation, t);
}

/** The per-word and secondary-evidence detail, folded away: most users need the summary only. */
function renderBreakdown({ tokens = [], factors = [] }) {
  if (tokens.length === 0 && factors.length === 0) return null;
  const body = el('div', { className: 'breakdown' });
  if (tokens.length > 0) {
    const rows = tokens.map((tok) =>
      el(
        'tr',
        {},
        el('td', { text: tok.query || '—' }),
        el('td', { text: tok.listed || '—' }),
        el('td', { className: 'num', text: percent(tok.similarity) }),
      ),
    );
    body.append(
      el(
        'table',
        {},
        el('caption', { text: t('why.words') }),
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            el('th', { text: t('why.typed') }),
            el('th', { text: t('why.listed') }),
            el('th', { className: 'num', text: t('why.similarity') }),
          ),
        ),
        el('tbody', {}, ...rows),
      ),
    );
  }
  if (factors.length > 0) {
    body.append(
      el(
        'ul',
        { className: 'factors' },
        ...factors.map((f) => {
          const points = Math.round(f.effect * 100);
          const sign = points > 0 ? '+' : points < 0 ? '−' : '±';
          return el('li', {
            text: `${sign}${t('why.points', { n: Math.abs(points) })}: ${reasonText(f)}`,
          });
        }),
      ),
    );
  }
  return el('details', { className: 'why' }, el('summary', { text: t('why.title') }), body);
}

/**
 * The listed entry's whole record (aliases, birth data, nationality, addresses, identifiers,
 * programmes, listing date, remarks, links), fetched from the engine when first opened.
 */
function recordDetails(engine, entityId) {
  const body = el('div', { className: 'record', testid: 'record' });
  const details = el(
    'details',
    { className: 'record-details', testid: 'record-details' },
    el('summary', { text: t('record.open') }),
    body,
  );
  let loaded = false;
  details.addEventListener('toggle', async () => {
    if (!details.open || loaded) return;
    loaded = true;
    body.replaceChildren(el('p', { className: 'hint', text: t('record.loading') }));
    try {
      const entity = await engine.entity(entityId);
      body.replaceChildren(
        entity ? renderRecord(entity) : el('p', { text: t('record.missing') }),
      );
    } catch (err) {
      loaded = false;
      body.replaceChildren(el('p', { className: 'field-error', text: err.message }));
    }
  });
  return details;
}

function birthDate(b) {
  const pad = (n) => String(n).padStart(2, '0');
  let text =
    b.year_from === b.year_to ? String(b.year_from) : `${b.year_from}–${b.year_to}`;
  if (b.year_from === b.year_to && b.month) {
    text += `-${pad(b.month)}`;
    if (b.day) text += `-${pad(b.day)}`;
  }
  return b.approximate ? t('record.approx', { date: text }) : text;
}

function address(a) {
  return [a.street, a.city, a.region, a.postal_code, a.country_name ?? a.country, a.note]
    .filter(Boolean)
    .join(', ');
}

function identifier(i) {
  return [i.label || i.kind, i.number, i.country, i.note].filter(Boolean).join(' · ');
}

/** A definition list of every non-empty part of an entity record. */
export function renderRecord(entity) {
  const dl = el('dl', { className: 'record-facts' });
  const row = (key, values, testid) => {
    const list = [values].flat().filter((v) => v !== null && v !== undefined && v !== '');
    if (list.length === 0) return;
    const dd =
      list.length === 1
        ? el('dd', { text: String(list[0]), testid })
        : el('dd', { testid }, el('ul', {}, ...list.map((v) => el('li', { text: String(v) }))));
    dl.append(el('div', {}, el('dt', { text: t(key) }), dd));
  };
  row('record.names', entity.names.map((n) => n.full), 'record-names');
  row('record.kind', entity.kind !== 'unknown' ? t(`kind.${entity.kind}`) : null);
  row('record.birth', entity.birth_dates.map(birthDate), 'record-birth');
  row('record.birthplace', entity.birth_places);
  row('record.nationality', entity.nationalities, 'record-nationality');
  row('record.citizenship', entity.citizenships);
  row('record.gender', entity.gender);
  row('record.positions', entity.positions);
  row('record.addresses', entity.addresses.map(address), 'record-addresses');
  row('record.ids', entity.identifiers.map(identifier), 'record-ids');
  row('record.programs', entity.programs, 'record-programs');
  row('record.listed', entity.listed_on, 'record-listed');
  if (entity.vessel) {
    const v = entity.vessel;
    row(
      'record.vessel',
      [v.vessel_type, v.flag_name ?? v.flag, v.call_sign, v.tonnage, v.owner, v.build_year]
        .filter(Boolean)
        .join(' · '),
    );
  }
  row('record.links', entity.links, 'record-links');
  row('record.remarks', entity.remarks, 'record-remarks');
  row('record.id', entity.id);
  return dl;
}

function listNames(manifest) {
  const titles = (manifest.sources ?? []).map((s) => s.title);
  return t('results.lists', { n: titles.length, titles: titles.join(', ') });
}

function renderReport(report, query, engine) {
  const results = $('results');
  const hits = report.hits ?? [];
  if (hits.length === 0) {
    results.replaceChildren(
      el(
        'div',
        { className: 'no-match', testid: 'no-match' },
        el('p', {
          className: 'no-match-title',
          text: t('results.none', { lists: listNames(engine.manifest) }),
        }),
        el('p', {}, `${t('results.checked')} `, el('q', { text: query.name })),
      ),
    );
    finishResults(results, report, query);
    return;
  }
  const heading = el(
    'p',
    { className: 'results-summary', testid: 'results-summary' },
    `${t('results.count', { n: hits.length })} `,
    el('q', { text: query.name }),
    `. ${t('results.compare')}`,
  );
  results.replaceChildren(
    heading,
    el('ol', { className: 'hits' }, ...hits.map((hit) => renderHit(hit, { engine, query }))),
  );
  finishResults(results, report, query);
}

async function check(engine, query) {
  clearFieldErrors();
  if (query.name === '') {
    $('results').replaceChildren();
    showInputError(`name: ${t('partner.name.empty')}`);
    return null;
  }
  let report;
  try {
    report = await engine.screen(query);
  } catch (err) {
    // Results for an earlier name must not stay on screen next to an error about this one.
    $('results').replaceChildren();
    showInputError(err instanceof Error ? err.message : String(err));
    return null;
  }
  await annotate(report, query);
  renderReport(report, query, engine);
  await checkFinished({ type: 'partner', query, report, manifest: engine.manifest });
  return { report, query };
}

