// The page's tabs and its Goods tab: reads the goods form, asks the engine (through the object
// loadEngine() returned), shows what it answers. No screening logic lives here; the engine
// decides what is restricted and why.
//
// Everything from the user or from the lists is put on the page with textContent, as in app.js:
// annex texts are external data and must never be parsed as HTML.

import { $, el } from './dom.js';
import { checkFinished } from './hooks.js';
import { addStrings, onLanguageChange, t } from './i18n.js';
import strings from './strings/goods.js';

addStrings(strings);

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
    .map((c) => t('goods.asOf', { title: c.title, date: c.as_of ?? t('goods.asOf.unknown') }))
    .join('; ');
}

/** The catalog's wording for a fixed engine code, else the engine's own English words. */
function coded(key, fallback) {
  const text = t(key);
  return text === key ? fallback : text;
}

function statusLabel(status, fallback) {
  return coded(`goods.status.${status}`, fallback);
}

// The engine names a list from its id with two fixed patterns ("Annex VII", "Common High
// Priority List"); sub-codes carry only that name, so it is matched here, not the id.
function listName(name) {
  if (name === 'Common High Priority List') return t('goods.list.chpl');
  const annex = /^Annex (\S+)$/.exec(name ?? '');
  return annex ? t('goods.list.annex', { annex: annex[1] }) : name;
}

/** The regime's title, worded here for the two regimes the engine names (see regime_title). */
function regimeTitle(m) {
  if (m.list_id === 'CHPL') return t('goods.regime.chpl');
  if (m.regime === 'EU') return t('goods.regime.eu833');
  return m.regime_title;
}

/** Enables the Goods tab once the engine is loaded. */
export function setupGoods(engine) {
  const form = $('goods-form');
  const goods = engine.manifest.goods;
  const showAsOf = () => {
    $('goods-as-of').textContent = goods
      ? t('goods.lists', {
          lists: checkedLine(goods.sources.filter((s) => s.kind === 'annex' || s.kind === 'chpl')),
        })
      : t('goods.noData');
  };
  showAsOf();
  onLanguageChange(showAsOf);
  if (!goods) return;
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
  let last = null;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      last = await checkGoods(engine);
    } finally {
      // Lets scripts and tests tell this answer from the previous one.
      $('goods-results').dataset.checks = String(++finished);
    }
  });
  // Answers are drawn in the chosen language; redraw the last one when it changes.
  onLanguageChange(() => {
    if (last) $('goods-results').replaceChildren(renderReport(last.mode, last.report));
  });
}

function renderReport(mode, report) {
  return mode === 'text' ? renderTextReport(report) : renderCodeReport(report);
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
    results.replaceChildren(renderReport(mode, report));
    await checkFinished({
      type: 'goods',
      query: { mode, text: query },
      report,
      manifest: engine.manifest,
    });
    return { mode, report };
  } catch (err) {
    results.replaceChildren();
    showGoodsError(err instanceof Error ? err.message : String(err));
    return null;
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
      `${listName(m.list)} — ${m.listed_code}`,
      el('span', {
        className: 'rule-status',
        text: ` (${statusLabel(m.status, m.status.replaceAll('_', ' '))})`,
      }),
    ),
  );
  card.append(
    facts([
      [t('goods.fact.regime'), regimeTitle(m), 'goods-regime'],
      [
        t('goods.fact.list'),
        m.part ? `${listName(m.list)}, ${m.part}` : listName(m.list),
        'goods-list',
      ],
      [
        t('goods.fact.restricts'),
        coded(`goods.restriction.${m.restriction}`, m.restriction_summary),
        'goods-restriction',
      ],
      [t('goods.fact.words'), m.restriction_text, undefined],
      [
        t('goods.fact.tier'),
        m.tier ? t('goods.fact.tierValue', { tier: m.tier, meaning: m.tier_meaning ?? '' }) : null,
        'goods-tier',
      ],
      [t('goods.fact.listedAs'), m.description, 'goods-listed-as'],
      [t('goods.fact.exception'), m.exception_note, 'goods-exception'],
      [t('goods.fact.basis'), m.citation, 'goods-citation'],
      [t('goods.fact.asOf'), m.as_of ?? t('goods.unknown'), 'goods-as-of-date'],
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
      text: t('goods.more', { n: matches.length - limit }),
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
    el('p', { className: 'hint', text: t('goods.checked', { lists: checkedLine(checked) }) }),
    ...notes.map((n) => el('p', { className: 'hint', text: n })),
  );
}

function renderCodeReport(r) {
  const box = el('div', { className: 'goods-report', testid: 'goods-code-report' });
  box.append(
    statusBox(
      r.status,
      `${r.formatted}: ${statusLabel(r.status, r.status_label)}`,
      r.summary,
      'goods-verdict',
    ),
  );
  if (r.description) box.append(el('p', { className: 'goods-desc', text: r.description, testid: 'goods-description' }));
  if (r.description_ru) box.append(el('p', { className: 'goods-desc', text: r.description_ru }, ));
  if (r.sub_codes.length > 0) {
    box.append(
      el('h3', { className: 'goods-subhead', text: t('goods.subCodes') }),
      el(
        'ul',
        { className: 'sub-codes', testid: 'goods-sub-codes' },
        ...r.sub_codes
          .slice(0, 40)
          .map((s) => el('li', { text: `${s.code} (${listName(s.list)}): ${s.description}` })),
      ),
    );
  }
  if (r.matches.length > 0) {
    box.append(
      el('h3', { className: 'goods-subhead', text: t('goods.concern') }),
      renderRules(r.matches),
    );
  }
  if (r.excepted.length > 0) {
    box.append(
      el('h3', { className: 'goods-subhead', text: t('goods.exceptedBy') }),
      renderRules(r.excepted),
    );
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
      el('h3', {
        className: 'hit-name',
        testid: 'goods-candidate-code',
        text: t('goods.candidate.code', { code: c.code }),
      }),
      el('p', {
        className: 'hit-score',
        text: t('goods.candidate.score', { score: Math.round(c.score * 100) }),
      }),
    ),
    el('p', { className: 'goods-desc', text: c.description, testid: 'goods-candidate-description' }),
  );
  if (c.description_ru) item.append(el('p', { className: 'goods-desc', text: c.description_ru }));
  item.append(
    statusBox(c.status, statusLabel(c.status, c.status_label), c.summary, 'goods-candidate-verdict'),
  );
  if (c.matches.length > 0) {
    const details = el(
      'details',
      {},
      el('summary', { text: t('goods.candidate.entries', { n: c.matches.length }) }),
      renderRules(c.matches, 10),
    );
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
  // The query goes where the language puts {query}; t() leaves an unfilled placeholder as is.
  const [before, after = ''] = t('goods.candidates', { n: r.candidates.length }).split('{query}');
  box.append(
    el(
      'p',
      { className: 'results-summary', testid: 'goods-candidates-summary' },
      before,
      el('q', { text: r.query.trim() }),
      after,
    ),
    el('ol', { className: 'hits' }, ...r.candidates.map(renderCandidate)),
    renderNotes(r.notes.slice(1), r.checked),
  );
  return box;
}
