// The page's tabs and its Goods tab: reads the goods form, asks the engine (through the object
// loadEngine() returned), shows what it answers. No screening logic lives here; the engine
// decides what is restricted and why.
//
// Everything from the user or from the lists is put on the page with textContent, as in app.js:
// annex texts are external data and must never be parsed as HTML.

import { $, el } from './dom.js';
import { checkFinished } from './hooks.js';

/** Wires the tab list: click and arrow keys switch panels (the WAI-ARIA tabs pattern). */
export function setupTabs() {
  const tabs = [...document.querySelectorAll('[role=tab]')];
  const select = (tab, focus) => {
    for (const t of tabs) {
      const on = t === tab;
      t.setAttribute('aria-selected', String(on));
      t.tabIndex = on ? 0 : -1;
      $(t.getAttribute('aria-controls')).hidden = !on;
    }
    if (focus) tab.focus();
  };
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => select(tab, false));
    tab.addEventListener('keydown', (event) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (step === undefined) return;
      event.preventDefault();
      select(tabs[(i + step + tabs.length) % tabs.length], true);
    });
  });
}

const STATUS_CLASS = {
  restricted: 'goods-restricted',
  restricted_if_described: 'goods-restricted',
  possibly_restricted: 'goods-possibly',
  excepted: 'goods-clear',
  not_listed: 'goods-clear',
};

/** "EU Regulation 833/2014 goods annexes (Russia) as of 2025-10-23; …" */
function checkedLine(checked) {
  return checked
    .map((c) => `${c.title} as of ${c.as_of ?? 'an unknown date'}`)
    .join('; ');
}

/** Enables the Goods tab once the engine is loaded. */
export function setupGoods(engine) {
  const form = $('goods-form');
  const goods = engine.manifest.goods;
  if (!goods) {
    $('goods-as-of').textContent =
      'This dataset has no goods data: rebuild it with make dataset (with the shared goods ' +
      'files in place) to check goods.';
    return;
  }
  const lists = goods.sources.filter((s) => s.kind === 'annex' || s.kind === 'chpl');
  $('goods-as-of').textContent = `Goods lists: ${checkedLine(lists)}.`;
  $('goods-check').disabled = false;
  // The description search builds its index on first use; do it when the tab is opened,
  // while the user is still typing, so the first search answers at once.
  let prepared = false;
  $('tab-goods').addEventListener('click', () => {
    if (prepared) return;
    prepared = true;
    setTimeout(() => engine.goodsPrepare().catch(() => {}), 0);
  });

  let finished = 0;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await checkGoods(engine);
    } finally {
      // Lets scripts and tests tell this answer from the previous one.
      $('goods-results').dataset.checks = String(++finished);
    }
  });
}

function showGoodsError(message) {
  const input = $('goods-query');
  input.setAttribute('aria-invalid', 'true');
  const target = $('goods-error');
  // The engine starts input errors with the field ("code: …", "text: …").
  const text = message.replace(/^(code|text):\s*/, '');
  target.textContent = text.charAt(0).toUpperCase() + text.slice(1);
  target.hidden = false;
}

async function checkGoods(engine) {
  const input = $('goods-query');
  input.removeAttribute('aria-invalid');
  $('goods-error').hidden = true;
  const mode = new FormData($('goods-form')).get('goods-mode');
  const query = input.value.trim();
  const results = $('goods-results');
  try {
    const report =
      mode === 'text' ? await engine.goodsText(query, 10) : await engine.goodsCode(query);
    results.replaceChildren(
      mode === 'text' ? renderTextReport(report) : renderCodeReport(report),
    );
    await checkFinished({
      type: 'goods',
      query: { mode, text: query },
      report,
      manifest: engine.manifest,
    });
  } catch (err) {
    results.replaceChildren();
    showGoodsError(err instanceof Error ? err.message : String(err));
  }
}

function facts(rows) {
  const dl = el('dl', { className: 'hit-facts goods-facts' });
  for (const [term, value, testid] of rows) {
    if (value === null || value === undefined || value === '') continue;
    dl.append(el('div', {}, el('dt', { text: term }), el('dd', { text: value, testid })));
  }
  return dl;
}

/** One listed entry: regime, annex, what it restricts, tier, citation, date, notes. */
function renderRule(m) {
  const card = el(
    'li',
    { className: `rule ${STATUS_CLASS[m.status] ?? ''}`, testid: 'goods-rule' },
    el(
      'h4',
      { className: 'rule-title', testid: 'goods-rule-title' },
      `${m.list} — ${m.listed_code}`,
      el('span', { className: 'rule-status', text: ` (${m.status.replaceAll('_', ' ')})` }),
    ),
  );
  card.append(
    facts([
      ['Regime', m.regime_title, 'goods-regime'],
      ['List', m.part ? `${m.list}, ${m.part}` : m.list, 'goods-list'],
      ['Restricts', m.restriction_summary, 'goods-restriction'],
      ['In the list’s words', m.restriction_text, undefined],
      ['CHPL tier', m.tier ? `Tier ${m.tier}: ${m.tier_meaning ?? ''}` : null, 'goods-tier'],
      ['Listed as', m.description, 'goods-listed-as'],
      ['Exception', m.exception_note, 'goods-exception'],
      ['Legal basis', m.citation, 'goods-citation'],
      ['Data as of', m.as_of ?? 'unknown', 'goods-as-of-date'],
    ]),
  );
  if (m.notes.length > 0) {
    card.append(
      el('ul', { className: 'factors' }, ...m.notes.map((n) => el('li', { text: n, testid: 'goods-note' }))),
    );
  }
  return card;
}

function renderRules(matches, limit = 25) {
  const list = el('ol', { className: 'rules' }, ...matches.slice(0, limit).map(renderRule));
  if (matches.length <= limit) return list;
  return el(
    'div',
    {},
    list,
    el('p', {
      className: 'hint',
      text: `… and ${matches.length - limit} more entries. Give a longer code to narrow them down.`,
    }),
  );
}

function statusBox(status, title, summary, testid) {
  return el(
    'div',
    { className: `goods-verdict ${STATUS_CLASS[status] ?? ''}`, testid },
    el('p', { className: 'goods-verdict-title', text: title, testid: 'goods-status' }),
    el('p', { className: 'goods-summary', text: summary, testid: 'goods-summary' }),
  );
}

function renderNotes(notes, checked) {
  return el(
    'div',
    { className: 'goods-notes' },
    el('p', { className: 'hint', text: `Lists as of: ${checkedLine(checked)}.` }),
    ...notes.map((n) => el('p', { className: 'hint', text: n })),
  );
}

function renderCodeReport(r) {
  const box = el('div', { className: 'goods-report', testid: 'goods-code-report' });
  box.append(statusBox(r.status, `${r.formatted}: ${r.status_label}`, r.summary, 'goods-verdict'));
  if (r.description) box.append(el('p', { className: 'goods-desc', text: r.description, testid: 'goods-description' }));
  if (r.description_ru) box.append(el('p', { className: 'goods-desc', text: r.description_ru }, ));
  if (r.sub_codes.length > 0) {
    box.append(
      el('h3', { className: 'goods-subhead', text: 'Listed codes under the code you gave' }),
      el(
        'ul',
        { className: 'sub-codes', testid: 'goods-sub-codes' },
        ...r.sub_codes.slice(0, 40).map((s) => el('li', { text: `${s.code} (${s.list}): ${s.description}` })),
      ),
    );
  }
  if (r.matches.length > 0) {
    box.append(el('h3', { className: 'goods-subhead', text: 'Entries that concern this code' }), renderRules(r.matches));
  }
  if (r.excepted.length > 0) {
    box.append(el('h3', { className: 'goods-subhead', text: 'Entries whose exception takes this code out' }), renderRules(r.excepted));
  }
  box.append(renderNotes(r.notes, r.checked));
  return box;
}

function renderCandidate(c, i) {
  const item = el(
    'li',
    { className: `candidate ${STATUS_CLASS[c.status] ?? ''}`, testid: 'goods-candidate' },
    el(
      'div',
      { className: 'hit-head' },
      el('h3', { className: 'hit-name', testid: 'goods-candidate-code' }, `HS ${c.code}`),
      el('p', { className: 'hit-score', text: `${Math.round(c.score * 100)}% of your words` }),
    ),
    el('p', { className: 'goods-desc', text: c.description, testid: 'goods-candidate-description' }),
  );
  if (c.description_ru) item.append(el('p', { className: 'goods-desc', text: c.description_ru }));
  item.append(statusBox(c.status, c.status_label, c.summary, 'goods-candidate-verdict'));
  if (c.matches.length > 0) {
    const details = el('details', {}, el('summary', { text: `What is restricted (${c.matches.length} entries)` }), renderRules(c.matches, 10));
    // The best candidate's entries are shown at once; the others on request.
    if (i === 0) details.open = true;
    item.append(details);
  }
  return item;
}

function renderTextReport(r) {
  const box = el('div', { className: 'goods-report', testid: 'goods-text-report' });
  if (r.candidates.length === 0) {
    box.append(el('div', { className: 'no-match', testid: 'goods-no-candidates' }, el('p', { className: 'no-match-title', text: r.notes[0] })));
    return box;
  }
  box.append(
    el(
      'p',
      { className: 'results-summary', testid: 'goods-candidates-summary' },
      `${r.candidates.length} candidate subheadings for `,
      el('q', { text: r.query.trim() }),
      '. Confirm the code with your customs declaration.',
    ),
    el('ol', { className: 'hits' }, ...r.candidates.map(renderCandidate)),
    renderNotes(r.notes.slice(1), r.checked),
  );
  return box;
}
