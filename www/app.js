// Glue for index.html only: reads the form, asks the engine, shows what it answers. No matching
// logic lives here; the engine decides what a hit is.
//
// Everything that came from the user or from a list (names, titles, explanations) is put on the
// page with textContent. List files are external data, and a name typed by a user may contain
// markup; neither must ever be parsed as HTML.

import { $, el } from './dom.js';
import { setupGoods, setupTabs } from './goods-tab.js';

const numberFormat = new Intl.NumberFormat('en-GB');
const FIELDS = ['name', 'dob', 'country', 'kind'];

/**
 * The offline single-file build carries the Wasm and the dataset in non-executing
 * `<script type="application/octet-stream">` blocks; the served page does not, and fetches them.
 */
function inlinedSources() {
  const wasm = document.getElementById('sanctions-checker-wasm');
  const dataset = document.getElementById('sanctions-checker-dataset');
  if (!wasm || !dataset) return {};
  try {
    return {
      wasm: fromBase64(wasm.textContent),
      dataset: fromBase64(dataset.textContent),
    };
  } catch (err) {
    throw new Error(
      'This file is damaged: its built-in engine or lists cannot be read. ' +
        'Download it again, or rebuild it with `make offline`.',
      { cause: err },
    );
  }
}

function fromBase64(text) {
  const clean = text.replace(/\s+/g, '');
  if (typeof Uint8Array.fromBase64 === 'function') {
    return Uint8Array.fromBase64(clean);
  }
  const binary = atob(clean);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function showListsAsOf(manifest) {
  const sources = manifest.sources ?? [];
  const dates = sources
    .map((s) => s.published)
    .filter(Boolean)
    .sort();
  // The oldest list date is the honest "as of": no list shown is newer than its own date,
  // and claiming the newest would overstate how current the older lists are.
  const asOf = dates[0];
  $('lists-as-of-date').textContent = asOf
    ? `Lists as of ${asOf}`
    : 'Lists of unknown date (the files carried no publication date)';
  const list = $('sources');
  list.replaceChildren(
    ...sources.map((s) =>
      el(
        'li',
        { testid: 'source' },
        el('span', { className: 'source-title', text: s.title }),
        el('span', {
          className: 'source-meta',
          text:
            ` (published ${s.published ?? 'date unknown'}, ` +
            `${numberFormat.format(s.entities)} ${s.entities === 1 ? 'entry' : 'entries'})`,
        }),
      ),
    ),
  );
  $('lists-as-of').hidden = false;
}

function showLoadError(err) {
  document.body.dataset.state = 'failed';
  $('status').textContent = '';
  $('status').hidden = true;
  $('error-message').replaceChildren(
    ...withCode(err instanceof Error ? err.message : String(err)),
  );
  $('error').hidden = false;
  $('check').disabled = true;
  // A form that cannot answer would only invite a name to be typed for nothing.
  $('check-form').hidden = true;
  $('tabs').hidden = true;
  $('panel-goods').hidden = true;
}

/** Text nodes and <code> elements for a message that marks commands with `backticks`. */
function withCode(message) {
  return message
    .split('`')
    .map((part, i) =>
      i % 2 === 1 ? el('code', { text: part }) : document.createTextNode(part),
    );
}

function readQuery(form) {
  const data = new FormData(form);
  const query = {};
  for (const field of FIELDS)
    query[field] = String(data.get(field) ?? '').trim();
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

// The engine starts an input error with the field's label ("date of birth: …"); these are
// the labels it uses, and the query field names too, mapped to the page's inputs.
const FIELD_LABELS = {
  name: 'name',
  'date of birth': 'dob',
  dob: 'dob',
  country: 'country',
  type: 'kind',
  kind: 'kind',
};

/** Puts an input error next to the field it is about, or above the button if none fits. */
function showInputError(message) {
  const match = /^([a-z ]+):\s*(.+)$/s.exec(message);
  const field = match ? FIELD_LABELS[match[1]] : undefined;
  const target = field ? $(`${field}-error`) : null;
  if (target) {
    const input = $(field);
    input.setAttribute('aria-invalid', 'true');
    target.textContent = capitalise(match[2]);
    target.hidden = false;
    input.focus();
  } else {
    $('form-error').textContent = message;
    $('form-error').hidden = false;
  }
}

function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function percent(score) {
  return `${Math.round(score * 100)}%`;
}

function renderHit(hit) {
  const score = Math.min(Math.max(Number(hit.score) || 0, 0), 1);
  const bar = el(
    'div',
    { className: 'score-bar' },
    el('div', { className: 'score-fill' }),
  );
  // CSSOM, not a style attribute: the CSP forbids inline style attributes, not this.
  bar.firstChild.style.width = `${score * 100}%`;
  bar.setAttribute('aria-hidden', 'true');

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
        el('span', { className: 'visually-hidden', text: 'Score ' }),
        el('strong', { text: percent(score) }),
        el('span', { className: 'score-word', text: ' similar' }),
      ),
    ),
    bar,
  );

  if (hit.matched_name && hit.matched_name !== hit.name) {
    card.append(
      el(
        'p',
        { className: 'hit-alias', testid: 'hit-alias' },
        'Matched the listed alias ',
        el('q', { text: hit.matched_name }),
      ),
    );
  }

  const details = el('dl', { className: 'hit-facts' });
  const fact = (term, value, testid) =>
    details.append(
      el(
        'div',
        {},
        el('dt', { text: term }),
        el('dd', { text: value, testid }),
      ),
    );
  fact(
    'List',
    hit.list_date
      ? `${hit.list_title}, published ${hit.list_date}`
      : hit.list_title,
    'hit-list',
  );
  fact('Entry', hit.entity_id, 'hit-id');
  if (hit.kind && hit.kind !== 'unknown') fact('Type', hit.kind, 'hit-kind');
  card.append(details);

  const explanation = hit.explanation ?? {};
  if (explanation.summary) {
    card.append(
      el('p', {
        className: 'hit-why',
        text: explanation.summary,
        testid: 'hit-why',
      }),
    );
  }
  const breakdown = renderBreakdown(explanation);
  if (breakdown) card.append(breakdown);
  return card;
}

/** The per-word and secondary-evidence detail, folded away: most users need the summary only. */
function renderBreakdown({ tokens = [], factors = [] }) {
  if (tokens.length === 0 && factors.length === 0) return null;
  const body = el('div', { className: 'breakdown' });
  if (tokens.length > 0) {
    const rows = tokens.map((t) =>
      el(
        'tr',
        {},
        el('td', { text: t.query || '—' }),
        el('td', { text: t.listed || '—' }),
        el('td', { className: 'num', text: percent(t.similarity) }),
      ),
    );
    body.append(
      el(
        'table',
        {},
        el('caption', { text: 'Word by word' }),
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            el('th', { text: 'You typed' }),
            el('th', { text: 'Listed' }),
            el('th', { className: 'num', text: 'Similarity' }),
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
            text: `${sign}${Math.abs(points)} points: ${f.reason}`,
          });
        }),
      ),
    );
  }
  return el('details', {}, el('summary', { text: 'Why this score' }), body);
}

function listNames(manifest) {
  const titles = (manifest.sources ?? []).map((s) => s.title);
  const count = titles.length;
  return `${count} ${count === 1 ? 'list' : 'lists'} (${titles.join(', ')})`;
}

function renderReport(report, query, manifest) {
  const results = $('results');
  const hits = report.hits ?? [];
  if (hits.length === 0) {
    results.replaceChildren(
      el(
        'div',
        { className: 'no-match', testid: 'no-match' },
        el('p', {
          className: 'no-match-title',
          text: `No match on ${listNames(manifest)}.`,
        }),
        el('p', {}, 'Checked: ', el('q', { text: query.name })),
      ),
    );
    return;
  }
  const heading = el(
    'p',
    { className: 'results-summary', testid: 'results-summary' },
    `${hits.length} possible ${hits.length === 1 ? 'match' : 'matches'} for `,
    el('q', { text: query.name }),
    '. Compare each with your partner’s documents.',
  );
  results.replaceChildren(
    heading,
    el('ol', { className: 'hits' }, ...hits.map(renderHit)),
  );
}

async function main() {
  setupTabs();
  const form = $('check-form');
  let engine;
  try {
    // Imported here rather than at the top: when pkg/ is missing or broken, a static import
    // would stop this module before it could say so, leaving "Loading lists…" forever.
    const { loadEngine } = await import('./engine.js').catch((err) => {
      throw new Error(
        'The screening engine could not be loaded. Build it with `make wasm`, then reload the page.',
        { cause: err },
      );
    });
    engine = await loadEngine(inlinedSources());
  } catch (err) {
    showLoadError(err);
    return;
  }
  showListsAsOf(engine.manifest);
  $('status').textContent = '';
  $('status').hidden = true;
  $('check').disabled = false;
  setupGoods(engine);
  document.body.dataset.state = 'ready';

  let finishedChecks = 0;
  form.addEventListener('submit', async (event) => {
    // The page never submits anywhere (the CSP says form-action 'none' too): names stay here.
    event.preventDefault();
    try {
      await check(engine, readQuery(form));
    } finally {
      // Lets scripts and tests tell this check's answer from the previous one.
      $('results').dataset.checks = String(++finishedChecks);
    }
  });
}

async function check(engine, query) {
  clearFieldErrors();
  if (query.name === '') {
    $('results').replaceChildren();
    showInputError('name: type the name you want to check');
    return;
  }
  let report;
  try {
    report = await engine.screen(query);
  } catch (err) {
    // Results for an earlier name must not stay on screen next to an error about this one.
    $('results').replaceChildren();
    showInputError(err instanceof Error ? err.message : String(err));
    return;
  }
  renderReport(report, query, engine.manifest);
}

main();
