// The printable screening record: one check, as a document a compliance file can keep. It is
// drawn into <section id="report" class="print-only">, which the screen never shows; the print
// stylesheet (style.css, "History, decisions and the printed record") shows only it while
// body[data-print="report"] is set, so the browser's "Save as PDF" makes a clean document.
// Nothing here fetches anything: the record carries all it prints.

import { el } from './dom.js';
import { percent } from './explain.js';
import { effectiveDecision, decisionCounts } from './history-data.js';
import { formatDateTime, t } from './i18n.js';

/** "2026-11-23 16:57:14 UTC": the time a reader in any time zone can compare. */
export function utcTime(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso ?? '');
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** The local time with its zone named, so a printed time is never ambiguous. */
export function localTime(iso) {
  return formatDateTime(iso, { dateStyle: 'long', timeStyle: 'long' });
}

/** The words of a decision in force, for the record and the history list. */
export function decisionLine(decision) {
  if (!decision) return t('report.decision.none');
  const when = formatDateTime(decision.time);
  const verdict = t(`decision.${decision.verdict}`);
  const key =
    decision.source === 'earlier'
      ? 'report.decision.earlier'
      : decision.source === 'cleared'
        ? 'report.decision.cleared'
        : 'report.decision.this';
  return t(key, { verdict, date: when });
}

function facts(rows, className = 'report-facts') {
  const dl = el('dl', { className });
  for (const [term, value, testid] of rows) {
    if (value === null || value === undefined || value === '') continue;
    dl.append(el('div', {}, el('dt', { text: term }), el('dd', { text: String(value), testid })));
  }
  return dl;
}

function queryRows(record) {
  const q = record.query ?? {};
  if (record.type === 'goods') {
    return [
      [t('report.query.goods'), q.text],
      [t('report.query.mode'), q.mode === 'text' ? t('report.query.mode.text') : t('report.query.mode.code')],
    ];
  }
  if (record.type === 'batch') return [[t('report.query.rows'), q.rows]];
  return [
    [t('partner.name'), q.name, 'report-query-name'],
    [t('partner.kind'), q.kind ? t(`kind.${q.kind}`) : null],
    [t('partner.dob'), q.dob],
    [t('partner.country'), q.country],
  ];
}

/** The lists table: title, publication date, entries and the SHA-256 of each file. */
export function listsTable(manifest = {}, { goods = false } = {}) {
  const sources = goods && manifest.goods ? manifest.goods : manifest.sources ?? [];
  const rows = sources.map((s) => {
    const hashes = [s.sha256, ...(s.parts ?? []).filter((p) => p.sha256 !== s.sha256).map((p) => `${p.name}: ${p.sha256}`)]
      .filter(Boolean)
      .map((h) => el('span', { className: 'sha', text: h }));
    // Each cell carries its column's name, which narrow screens show in place of the header.
    const cell = (label, props, ...children) => {
      const td = el('td', props, ...children);
      td.dataset.label = label;
      return td;
    };
    return el(
      'tr',
      { testid: 'report-list' },
      cell(t('report.lists.title'), { className: 'list-title', text: s.title }),
      cell(t('report.lists.published'), { text: s.published ?? t('app.lists.dateUnknown') }),
      cell(t('report.lists.entries'), { className: 'num', text: s.entities == null ? '—' : String(s.entities) }),
      cell('SHA-256', { className: 'sha-cell' }, ...(hashes.length ? hashes : [document.createTextNode('—')])),
    );
  });
  return el(
    'table',
    { className: 'report-lists' },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { text: t('report.lists.title') }),
        el('th', { text: t('report.lists.published') }),
        el('th', { className: 'num', text: t('report.lists.entries') }),
        el('th', { text: 'SHA-256' }),
      ),
    ),
    el('tbody', {}, ...rows),
  );
}

function wordTable(hit) {
  if (!hit.tokens?.length) return null;
  return el(
    'table',
    { className: 'report-words' },
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
    el(
      'tbody',
      {},
      ...hit.tokens.map((tok) =>
        el(
          'tr',
          {},
          el('td', { text: tok.query || '—' }),
          el('td', { text: tok.listed || '—' }),
          el('td', { className: 'num', text: percent(tok.similarity) }),
        ),
      ),
    ),
  );
}

function reportHit(record, hit, n, h) {
  const decision = effectiveDecision(record, hit);
  const article = el(
    'article',
    { className: 'report-hit', testid: 'report-hit' },
    el(h(3), { text: `${n}. ${hit.name}` }),
    facts([
      [t('hit.alias'), hit.matched_name && hit.matched_name !== hit.name ? hit.matched_name : null],
      [t('hit.list'), hit.list_date ? t('hit.list.published', { title: hit.list_title, date: hit.list_date }) : hit.list_title],
      [t('hit.entry'), hit.entity_id, 'report-hit-id'],
      [t('hit.score'), percent(hit.score)],
      [t('report.hit.why'), hit.summary],
    ]),
  );
  const words = wordTable(hit);
  if (words) article.append(words);
  if (hit.factors?.length) {
    article.append(
      el(
        'ul',
        { className: 'factors' },
        ...hit.factors.map((f) => {
          const points = Math.round(f.effect * 100);
          const sign = points > 0 ? '+' : points < 0 ? '−' : '±';
          return el('li', { text: `${sign}${t('why.points', { n: Math.abs(points) })}: ${f.reason}` });
        }),
      ),
    );
  }
  const box = el(
    'div',
    { className: `report-decision${decision ? ` verdict-${decision.verdict}` : ''}`, testid: 'report-decision' },
    el('p', {}, el('strong', { text: `${t('report.decision')}: ` }), decisionLine(decision)),
  );
  if (decision?.note) {
    box.append(el('p', {}, el('strong', { text: `${t('decision.note')}: ` }), el('span', { text: decision.note, testid: 'report-note' })));
  }
  // An earlier decision that this check withdrew is still part of the story.
  if (decision?.source === 'cleared' && hit.prior) {
    box.append(el('p', { text: decisionLine({ ...hit.prior, source: 'earlier' }) + (hit.prior.note ? ` — ${hit.prior.note}` : '') }));
  }
  article.append(box);
  return article;
}

function resultLine(record) {
  if (record.type === 'goods') {
    const g = record.goods ?? {};
    if (g.candidates) {
      return g.candidates.length
        ? g.candidates.map((c) => `HS ${c.code}: ${c.label} (${percent(c.score)})`).join('; ')
        : t('report.goods.none');
    }
    return [g.code && `${g.code}: ${g.label}`, g.summary].filter(Boolean).join('. ');
  }
  if (record.type === 'batch') {
    const rows = record.rows ?? [];
    return t('report.batch.summary', { n: rows.length, hits: rows.filter((r) => r.hits.length > 0).length });
  }
  const hits = record.hits ?? [];
  if (hits.length === 0) {
    return t('report.none', { n: (record.manifest?.sources ?? []).length });
  }
  const counts = decisionCounts(record);
  return [
    t('report.count', { n: hits.length }),
    counts.suppressed ? t('report.suppressed', { n: counts.suppressed }) : '',
    counts.open ? t('report.open', { n: counts.open }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

function batchTable(record) {
  return el(
    'table',
    { className: 'report-batch' },
    el('thead', {}, el('tr', {}, el('th', { text: '#' }), el('th', { text: t('partner.name') }), el('th', { text: t('report.batch.best') }))),
    el(
      'tbody',
      {},
      ...(record.rows ?? []).map((row) =>
        el(
          'tr',
          {},
          el('td', { className: 'num', text: String(row.index + 1) }),
          el('td', { text: row.query?.name ?? '' }),
          el('td', {
            text: row.error
              ? row.error
              : row.hits.length
                ? `${row.hits[0].name} (${row.hits[0].list_title}, ${percent(row.hits[0].score)})` +
                  (row.hits.length > 1 ? ` +${row.hits.length - 1}` : '')
                : t('report.batch.clear'),
          }),
        ),
      ),
    ),
  );
}

/**
 * The whole record as a DOM tree. With `level` above 1 it is a history entry's details on
 * screen: headings start at that level, and the title and signature lines are left out.
 */
export function renderRecord(record, { level = 1 } = {}) {
  const m = record.manifest ?? {};
  const h = (n) => `h${Math.min(n + level - 1, 6)}`;
  const printed = level === 1;
  const doc = el('div', { className: printed ? 'report-doc' : 'report-doc on-screen' });
  if (printed) {
    doc.append(el('h1', { text: t('report.title') }), el('p', { className: 'report-sub', text: t('report.sub') }));
  }
  doc.append(
    facts([
      [t('report.time.local'), localTime(record.time), 'report-time-local'],
      [t('report.time.utc'), utcTime(record.time), 'report-time-utc'],
      [t('report.type'), t(`history.type.${record.type}`)],
      [t('report.engine'), m.engine],
      [t('report.built'), m.built ? utcTime(m.built) : null],
      [t('report.uid'), record.uid],
    ]),
    el(h(2), { text: t('report.query') }),
    facts(queryRows(record)),
    el(h(2), { text: t('report.result') }),
    el('p', { className: 'report-result', text: resultLine(record), testid: 'report-result' }),
    el(h(2), { text: t('report.lists') }),
    el('div', { className: 'table-scroll' }, listsTable(m, { goods: record.type === 'goods' })),
  );
  if (record.type === 'partner' && record.hits?.length) {
    doc.append(el(h(2), { text: t('report.hits') }), ...record.hits.map((hit, i) => reportHit(record, hit, i + 1, h)));
  }
  if (record.type === 'batch') doc.append(el(h(2), { text: t('report.hits') }), batchTable(record));
  if (record.log?.length) {
    doc.append(
      el(h(2), { text: t('report.log') }),
      el(
        'ul',
        { className: 'report-log' },
        ...record.log.map((l) => {
          const hit = (record.hits ?? []).find((h) => h.entity_id === l.entityId);
          return el('li', {
            text: `${utcTime(l.time)} — ${hit?.name ?? l.entityId}: ${t(`decision.${l.verdict}`)}${l.note ? ` — ${l.note}` : ''}`,
          });
        }),
      ),
    );
  }
  if (!printed) return doc;
  doc.append(
    el('h2', { text: t('report.review') }),
    el(
      'div',
      { className: 'report-sign' },
      el('p', { text: `${t('report.reviewer')}: ` }, el('span', { className: 'sign-line' })),
      el('p', { text: `${t('report.signature')}: ` }, el('span', { className: 'sign-line' })),
      el('p', { text: `${t('report.date')}: ` }, el('span', { className: 'sign-line' })),
    ),
    el('p', { className: 'report-disclaimer', text: t('footer.match') }),
  );
  return doc;
}

/** The hidden print section, created on first use. */
function reportSection() {
  let section = document.getElementById('report');
  if (!section) {
    section = el('section', { className: 'print-only', testid: 'report' });
    section.id = 'report';
    section.setAttribute('aria-label', t('report.title'));
    document.body.append(section);
  }
  return section;
}

/**
 * Draws `record` into the print section and opens the browser's print dialog ("Save as PDF"
 * is one of its printers). The print-only view stays set until the dialog closes.
 */
export function printRecord(record) {
  const section = reportSection();
  section.replaceChildren(renderRecord(record));
  document.body.dataset.print = 'report';
  window.addEventListener(
    'afterprint',
    () => {
      delete document.body.dataset.print;
    },
    { once: true },
  );
  window.print();
}
