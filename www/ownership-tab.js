// The Ownership tab: a partner's ownership structure, typed into a table or imported from a
// CSV or XLSX file, screened party by party by the engine, which applies OFAC's 50% rule and
// the EU/UK "owned or controlled" test (src/ownership/). This module only collects the table,
// hands the structure over and draws the answer: no rule is decided here.

import { $, announce, el } from './dom.js';
import { addStrings, formatNumber, onLanguageChange, t } from './i18n.js';
import strings from './strings/ownership.js';
import { renderHit } from './partner-tab.js';
import { checkFinished } from './hooks.js';

addStrings(strings);

const SVG = 'http://www.w3.org/2000/svg';
const KINDS = ['person', 'organization', 'unknown'];
/** The README's example (tests/data/ownership/structure.csv), offered as a template. */
const EXAMPLE_CSV = [
  'owner,owner_type,owned,share,control,owner_dob,owner_country',
  'Steppe Grain Trading LLP,subject,,,,,KZ',
  'Gennady Pavlovich Zarubin,person,Aral Logistics LLP,60,,1961,RU',
  'Aigerim Sarsenova,person,Aral Logistics LLP,40,,,KZ',
  'Aral Logistics LLP,organization,Steppe Grain Trading LLP,55,,,KZ',
  'Oleg Ivanovich Tarasenko,person,Steppe Grain Trading LLP,10,,,RU',
  'Aigerim Sarsenova,person,Steppe Grain Trading LLP,35,director,,KZ',
  '',
].join('\n');

const blankRow = () => ({ owner: '', type: 'unknown', owned: '', share: '', control: '', dob: '', country: '' });

/** What the tab shows: the table's contents and the last answer, kept to redraw on a language change. */
const state = {
  engine: null,
  subject: '',
  rows: [blankRow()],
  importError: '',
  inputError: '',
  report: null,
  structure: null,
};

export function setupOwnership(engine) {
  state.engine = engine;
  drawForm();
  onLanguageChange(() => {
    drawForm();
    drawReport();
  });
}

// ---- The form: subject, relationship table, import ----------------------------------------

function drawForm() {
  const root = $('ownership-root');
  if (!root) return;
  let form = $('own-form');
  if (!form) {
    form = el('form', { className: 'check-form own-form' });
    form.id = 'own-form';
    form.noValidate = true;
    form.autocomplete = 'off';
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      checkOwnership();
    });
    const results = el('section', { className: 'results own-results' });
    const heading = el('h2', { className: 'visually-hidden', text: '' });
    heading.id = 'own-results-heading';
    results.setAttribute('aria-labelledby', heading.id);
    const out = el('div', { testid: 'own-results' });
    out.id = 'own-results';
    out.setAttribute('aria-live', 'polite');
    results.append(heading, out);
    root.replaceChildren(form, results);
  }
  $('own-results-heading').textContent = t('own.results');

  const subject = el('input');
  subject.id = 'own-subject';
  subject.type = 'text';
  subject.required = true;
  subject.spellcheck = false;
  subject.value = state.subject;
  subject.dataset.testid = 'own-subject';
  subject.setAttribute('aria-describedby', 'own-subject-hint');
  subject.addEventListener('input', () => {
    state.subject = subject.value;
    refreshNames();
  });
  const subjectLabel = el(
    'label',
    {},
    el('span', { text: t('own.subject') }),
    ' ',
    el('span', { className: 'required', text: t('own.required') }),
  );
  subjectLabel.htmlFor = subject.id;
  const subjectHint = el('p', { className: 'hint', text: t('own.subject.hint') });
  subjectHint.id = 'own-subject-hint';

  const tableHint = el('p', { className: 'hint', text: t('own.table.hint') });
  tableHint.id = 'own-table-hint';

  const add = el('button', { className: 'secondary', text: t('own.row.add'), testid: 'own-add-row' });
  add.type = 'button';
  add.id = 'own-add-row';
  add.addEventListener('click', () => {
    state.rows.push(blankRow());
    drawTable();
    // The new row's first cell, so typing can go on straight away.
    $(`own-owner-${state.rows.length}`)?.focus();
  });

  const file = el('input', { testid: 'own-file' });
  file.type = 'file';
  file.id = 'own-file';
  file.accept = '.csv,.txt,.xlsx,text/csv';
  file.setAttribute('aria-describedby', 'own-file-hint own-import-error');
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    file.value = '';
    if (chosen) importFile(chosen);
  });
  const fileLabel = el('label', { text: t('own.import') });
  fileLabel.htmlFor = file.id;
  const fileHint = el('p', { className: 'hint', text: t('own.import.hint') });
  fileHint.id = 'own-file-hint';
  const template = el('a', { className: 'own-template', text: t('own.template'), testid: 'own-template' });
  template.href = '#';
  template.addEventListener('click', downloadTemplate);

  const importError = el('p', { className: 'field-error', testid: 'own-import-error' });
  importError.id = 'own-import-error';
  importError.setAttribute('role', 'alert');
  importError.textContent = state.importError;
  importError.hidden = state.importError === '';

  const inputError = el('p', { className: 'field-error form-error', testid: 'own-error' });
  inputError.id = 'own-error';
  inputError.setAttribute('role', 'alert');
  inputError.textContent = state.inputError;
  inputError.hidden = state.inputError === '';

  const check = el('button', { text: t('own.check'), testid: 'own-check' });
  check.type = 'submit';
  check.id = 'own-check';

  const names = el('datalist');
  names.id = 'own-names';

  const tableWrap = el('div', { className: 'own-table-wrap', testid: 'own-table-wrap' });
  tableWrap.id = 'own-table-wrap';

  form.replaceChildren(
    el('p', { className: 'own-intro', text: t('own.intro') }),
    el('div', { className: 'field' }, subjectLabel, subjectHint, subject),
    el(
      'fieldset',
      { className: 'field own-relations' },
      el('legend', { text: t('own.table') }),
      tableHint,
      tableWrap,
      el('div', { className: 'actions own-row-actions' }, add),
    ),
    el(
      'div',
      { className: 'field own-import' },
      fileLabel,
      fileHint,
      file,
      el('p', {}, template),
      importError,
    ),
    names,
    inputError,
    el('div', { className: 'actions' }, check),
  );
  drawTable();
}

const COLUMNS = ['owner', 'type', 'owned', 'share', 'control', 'dob', 'country'];

function drawTable() {
  const wrap = $('own-table-wrap');
  if (!wrap) return;
  const head = el(
    'tr',
    {},
    el('th', { text: t('own.col.n') }),
    ...COLUMNS.map((c) => el('th', { text: t(`own.col.${c}`) })),
    el('th', {}, el('span', { className: 'visually-hidden', text: t('own.col.remove') })),
  );
  for (const th of head.children) th.scope = 'col';
  const body = el('tbody', { testid: 'own-rows' });
  state.rows.forEach((row, i) => body.append(drawRow(row, i)));
  const table = el('table', { className: 'own-table', testid: 'own-table' }, el('thead', {}, head), body);
  table.setAttribute('aria-describedby', 'own-table-hint');
  wrap.replaceChildren(table);
  refreshNames();
}

function drawRow(row, i) {
  const n = i + 1;
  const tr = el('tr', { testid: 'own-row' });
  tr.append(el('th', { text: String(n) }));
  tr.firstChild.scope = 'row';
  for (const column of COLUMNS) {
    let input;
    if (column === 'type') {
      input = el('select');
      for (const kind of KINDS) {
        const option = el('option', { text: t(`own.kind.${kind}`) });
        option.value = kind;
        input.append(option);
      }
      input.value = KINDS.includes(row.type) ? row.type : 'unknown';
      input.addEventListener('change', () => {
        row.type = input.value;
      });
    } else {
      input = el('input');
      input.type = 'text';
      input.spellcheck = false;
      input.value = row[column] ?? '';
      if (column === 'owned') {
        input.setAttribute('list', 'own-names');
        input.placeholder = state.subject || t('own.owned.placeholder');
      }
      if (column === 'share') input.inputMode = 'decimal';
      if (column === 'dob') input.placeholder = 'YYYY-MM-DD';
      input.addEventListener('input', () => {
        row[column] = input.value;
        if (column === 'owner') refreshNames();
      });
    }
    input.id = `own-${column}-${n}`;
    input.dataset.testid = `own-${column}`;
    input.className = `own-cell own-cell-${column}`;
    input.setAttribute('aria-label', t(`own.cell.${column}`, { n }));
    tr.append(el('td', {}, input));
  }
  const remove = el('button', { className: 'secondary own-remove', text: '×', testid: 'own-remove' });
  remove.type = 'button';
  remove.setAttribute('aria-label', t('own.row.remove', { n }));
  remove.addEventListener('click', () => {
    state.rows.splice(i, 1);
    if (state.rows.length === 0) state.rows.push(blankRow());
    drawTable();
    // Focus stays in the table: the row now in this place, else the last one, else "Add row".
    const next = document.querySelectorAll('.own-remove')[Math.min(i, state.rows.length - 1)];
    (next ?? $('own-add-row'))?.focus();
    announce(t('own.row.removed', { n }));
  });
  tr.append(el('td', {}, remove));
  return tr;
}

/** The names "owns" may point at: the subject and every owner typed so far. */
function refreshNames() {
  const list = $('own-names');
  if (!list) return;
  const names = [...new Set([state.subject, ...state.rows.map((r) => r.owner)].map((s) => s.trim()).filter(Boolean))];
  list.replaceChildren(
    ...names.map((name) => {
      const option = el('option');
      option.value = name;
      return option;
    }),
  );
  for (const input of document.querySelectorAll('.own-cell-owned')) {
    input.placeholder = state.subject.trim() || t('own.owned.placeholder');
  }
}

// ---- Table ⇄ structure ---------------------------------------------------------------------

const clean = (name) => String(name ?? '').split(/\s+/).filter(Boolean).join(' ');
const UNKNOWN = /^(|\?|unknown|unknown owner|unknown shareholder|n\/a|na|неизвестно)$/i;

/** "25", "25%", "25,5" → 25 / 25.5; empty or "?" → null; anything else → NaN. */
function parseShare(cell) {
  const text = String(cell ?? '').trim().replace(/%$/, '').trim();
  if (text === '' || /^(\?|unknown|неизвестно|n\/a)$/i.test(text)) return null;
  const number = text.replace(',', '.').replace(/[\s\u00a0]/g, '');
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(number) ? Number(number) : NaN;
}

/**
 * The OwnershipStructure of the table, or `{ error }` naming the row. Like the engine's CSV
 * reader, a name is one party wherever it appears (case and spacing ignored), an owner named
 * "unknown" or left empty is an owner nobody has identified, and "owns" left empty means the
 * partner. Links carry the table's row number, so the engine's problems name that row.
 */
export function tableToStructure(subjectName, rows) {
  const subject = clean(subjectName);
  if (subject === '') return { error: t('own.error.subject') };
  const parties = [];
  const byKey = new Map();
  const party = (name, kind, n) => {
    const c = clean(name);
    if (UNKNOWN.test(c)) {
      const p = { id: `${c || '?'} (${t('own.row', { n })})`, name: c, kind };
      parties.push(p);
      return p;
    }
    const key = c.toLowerCase();
    let p = byKey.get(key);
    if (!p) {
      p = { id: c, name: c, kind };
      byKey.set(key, p);
      parties.push(p);
    } else if (kind !== 'unknown' && (p.kind === 'unknown' || (p.kind === 'organization' && kind === 'person'))) {
      p.kind = kind;
    }
    return p;
  };
  const subjectParty = party(subject, 'organization', 0);
  const links = [];
  for (const [i, row] of rows.entries()) {
    const n = i + 1;
    if (COLUMNS.every((c) => c === 'type' || clean(row[c]) === '')) continue;
    const share = parseShare(row.share);
    if (Number.isNaN(share)) {
      return { error: t('own.error.share', { n, value: String(row.share).trim() }) };
    }
    const owner = party(row.owner, KINDS.includes(row.type) ? row.type : 'unknown', n);
    for (const field of ['dob', 'country']) {
      const value = clean(row[field]);
      if (value && !owner[field]) owner[field] = value;
    }
    const owned = clean(row.owned) === '' ? subjectParty : party(row.owned, 'organization', n);
    if (owned === owner) return { error: t('own.error.self', { n }) };
    const control = String(row.control ?? '')
      .split(/[;|]/)
      .map((r) => r.trim())
      .filter(Boolean);
    links.push({ owner: owner.id, owned: owned.id, share, control, row: n });
  }
  if (links.length === 0) return { error: t('own.error.empty') };
  return { structure: { subject: subjectParty.id, parties, links } };
}

/** Table rows from a structure (a file read by the engine's CSV reader). */
export function structureToTable(structure) {
  const byId = new Map(structure.parties.map((p) => [p.id, p]));
  const nameOf = (id) => byId.get(id)?.name ?? id;
  const described = new Set();
  const rows = structure.links.map((link) => {
    const owner = byId.get(link.owner) ?? { name: link.owner };
    // Date of birth and country are said once per owner, on its first row.
    const first = !described.has(link.owner);
    described.add(link.owner);
    return {
      owner: owner.name,
      type: KINDS.includes(owner.kind) ? owner.kind : 'unknown',
      owned: nameOf(link.owned),
      share: link.share === null || link.share === undefined ? '' : String(link.share),
      control: (link.control ?? []).join('; '),
      dob: first ? owner.dob ?? '' : '',
      country: first ? owner.country ?? '' : '',
    };
  });
  return { subject: nameOf(structure.subject), rows: rows.length ? rows : [blankRow()] };
}

// ---- Import and template -------------------------------------------------------------------

const csvCell = (value) => {
  const s = String(value ?? '');
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

async function importFile(file) {
  state.importError = '';
  const status = $('own-import-error');
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    let text;
    if (/\.xlsx$/i.test(file.name)) {
      // The engine reads the workbook; its first sheet is handed to the same CSV reader, so
      // an XLSX file follows exactly the rules of a CSV one (column names, Russian headers).
      const table = await state.engine.readTable(bytes, file.name);
      text = [table.header, ...table.rows].map((r) => r.map(csvCell).join(',')).join('\n');
    } else {
      text = new TextDecoder().decode(bytes);
    }
    const structure = await state.engine.parseOwnershipCsv(text);
    const { subject, rows } = structureToTable(structure);
    state.subject = subject;
    state.rows = rows;
    state.inputError = '';
    drawForm();
    announce(t('own.import.done', { name: file.name, n: rows.length }));
  } catch (err) {
    state.importError = t('own.import.failed', { name: file.name, reason: err?.message ?? String(err) });
    if (status) {
      status.textContent = state.importError;
      status.hidden = false;
    }
  }
}

function downloadTemplate(event) {
  event.preventDefault();
  const url = URL.createObjectURL(new Blob([EXAMPLE_CSV], { type: 'text/csv' }));
  const a = el('a');
  a.href = url;
  a.download = 'ownership-structure.csv';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// ---- Check ---------------------------------------------------------------------------------

function showInputError(message) {
  state.inputError = message;
  const box = $('own-error');
  box.textContent = message;
  box.hidden = message === '';
}

async function checkOwnership() {
  showInputError('');
  const built = tableToStructure(state.subject, state.rows);
  const out = $('own-results');
  if (built.error) {
    state.report = null;
    out.replaceChildren();
    showInputError(built.error);
    (built.error === t('own.error.subject') ? $('own-subject') : $('own-owner-1'))?.focus();
    return;
  }
  let report;
  try {
    report = await state.engine.ownership(built.structure);
  } catch (err) {
    state.report = null;
    out.replaceChildren();
    showInputError(err?.message ?? String(err));
    return;
  }
  state.report = report;
  state.structure = built.structure;
  drawReport();
  out.dataset.checks = String(Number(out.dataset.checks ?? 0) + 1);
  announce(
    t('own.announce', {
      ofac: outcomeLabel(report.ofac),
      eu: outcomeLabel(report.eu_uk),
    }),
  );
  await checkFinished({
    type: 'ownership',
    query: built.structure,
    report,
    manifest: state.engine.manifest,
  });
}

// ---- The answer ----------------------------------------------------------------------------

const ICONS = { sanctioned: '✖', not_sanctioned: '✔', cannot_rule_out: '?' };
// `|| 0`: the engine may give -0, which would print as "-0%".
const pct = (x) => (x === null || x === undefined ? '?' : `${formatNumber(Math.round(x * 100) / 100 || 0)}%`);

function outcomeLabel(verdict) {
  return t(`own.outcome.${verdict.regime}.${verdict.outcome}`);
}

function drawReport() {
  const out = $('own-results');
  const report = state.report;
  if (!out || !report) return;
  const names = new Map(report.parties.map((p) => [p.id, p.name]));
  out.replaceChildren(
    el('h3', { className: 'own-heading', text: t('own.verdicts', { subject: names.get(report.subject) ?? report.subject }) }),
    el('div', { className: 'own-verdicts' }, verdictBox(report.ofac), verdictBox(report.eu_uk)),
    problemList(report.problems),
    drawing(report),
    partyList(report),
    el('p', { className: 'own-disclaimer', text: t('own.disclaimer') }),
  );
}

function verdictBox(v) {
  const box = el('section', { className: `own-verdict own-${v.outcome}`, testid: `own-verdict-${v.regime}` });
  box.dataset.outcome = v.outcome;
  const facts = el('dl', { className: 'own-figures' });
  const fact = (term, value) => facts.append(el('div', {}, el('dt', { text: term }), el('dd', { text: value })));
  fact(t('own.fig.share'), pct(v.share));
  fact(t('own.fig.combined'), pct(v.combined_share));
  fact(t('own.fig.upper'), pct(v.upper_share));
  fact(t('own.fig.lookThrough'), pct(v.look_through));
  const steps = el('ol', { className: 'own-steps', testid: 'own-steps' }, ...v.steps.map((s) => el('li', { text: s.text })));
  box.append(
    el('h4', { className: 'own-regime', text: t(`own.regime.${v.regime}`) }),
    el(
      'p',
      { className: 'own-outcome', testid: 'own-outcome' },
      el('span', { className: 'own-icon', text: ICONS[v.outcome] ?? '?' }),
      ' ',
      el('strong', { text: outcomeLabel(v) }),
    ),
    el('p', { className: 'own-summary', text: v.summary }),
    facts,
    el('details', { className: 'own-steps-box' }, el('summary', { text: t('own.steps', { n: v.steps.length }) }), steps),
  );
  // Open by default: the step-by-step reasoning is the answer, not a footnote.
  box.querySelector('details').open = true;
  return box;
}

function problemList(problems) {
  if (!problems?.length) return null;
  return el(
    'section',
    { className: 'own-problems', testid: 'own-problems' },
    el('h4', { text: t('own.problems', { n: problems.length }) }),
    el(
      'ul',
      {},
      ...problems.map((p) => {
        const li = el('li', { testid: 'own-problem' }, el('strong', { text: t(`own.problem.${p.kind}`) }), ': ', p.message);
        li.dataset.kind = p.kind;
        return li;
      }),
    ),
  );
}

function statusText(status) {
  return t(`own.status.${status}`);
}

function partyList(report) {
  const names = new Map(report.parties.map((p) => [p.id, p.name]));
  const query = (p) => ({ name: p.name, kind: p.kind });
  return el(
    'section',
    { className: 'own-parties' },
    el('h4', { text: t('own.parties') }),
    el(
      'ul',
      { className: 'own-party-list' },
      ...report.parties.map((p) => {
        const li = el(
          'li',
          { className: `own-party own-status-${p.status}`, testid: 'own-party' },
          el(
            'p',
            { className: 'own-party-head' },
            el('strong', { className: 'own-party-name', text: p.name || t('own.unnamed') }),
            ' ',
            el('span', { className: `own-badge own-badge-${p.status}`, text: statusText(p.status), testid: 'own-party-status' }),
            p.subject ? el('span', { className: 'own-subject-mark', text: ` (${t('own.subject.short')})` }) : null,
          ),
          el('p', { className: 'own-basis', text: p.basis }),
        );
        li.dataset.status = p.status;
        if ((p.status === 'listed' || p.status === 'possible') && p.hits.length) {
          li.append(
            el(
              'ol',
              { className: 'hits' },
              ...p.hits.map((hit) => {
                const card = renderHit(hit, { engine: state.engine, query: query(p) });
                if (hit.links?.length) {
                  const linked = (hit.linked_parties ?? []).map((id) => names.get(id) ?? id);
                  card.append(
                    el(
                      'p',
                      { className: 'own-links', testid: 'own-links' },
                      el('strong', { text: `${t('own.linkedTo')} ` }),
                      hit.links.join('; '),
                      linked.length ? ` — ${t('own.linkedHere', { names: linked.join(', ') })}` : '',
                    ),
                  );
                }
                return card;
              }),
            ),
          );
        }
        return li;
      }),
    ),
  );
}

// ---- The drawing ---------------------------------------------------------------------------

const NODE_W = 200;
const NODE_H = 58;
const GAP_X = 28;
const GAP_Y = 86;
const PAD = 16;

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  for (const child of children) if (child) node.append(child);
  return node;
}

function short(text, max = 26) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Layers by depth: the subject at the bottom (0), each owner above the highest party it owns
 * (the longest chain of ownership down to the subject). A link that closes a circle of
 * ownership is not followed, so a circle cannot loop; it is drawn going down, dashed.
 */
function layers(graph) {
  const ownersOf = new Map();
  for (const e of graph.edges) {
    if (!ownersOf.has(e.owned)) ownersOf.set(e.owned, []);
    ownersOf.get(e.owned).push(e);
  }
  const depth = new Map();
  const onPath = new Set();
  const cap = graph.nodes.length;
  const visit = (id, d) => {
    if (onPath.has(id) || d > cap || (depth.get(id) ?? -1) >= d) return;
    depth.set(id, d);
    onPath.add(id);
    for (const e of ownersOf.get(id) ?? []) visit(e.owner, d + 1);
    onPath.delete(id);
  };
  const subject = graph.nodes.find((n) => n.subject);
  if (subject) visit(subject.id, 0);
  const top = Math.max(0, ...depth.values());
  const rows = [];
  for (const n of graph.nodes) {
    const d = depth.get(n.id) ?? top + 1;
    (rows[d] ??= []).push(n);
  }
  return rows.filter(Boolean);
}

function drawing(report) {
  const graph = report.graph;
  const rows = layers(graph);
  const widest = Math.max(1, ...rows.map((r) => r.length));
  const width = PAD * 2 + widest * NODE_W + (widest - 1) * GAP_X;
  const height = PAD * 2 + rows.length * NODE_H + (rows.length - 1) * GAP_Y;
  const at = new Map();
  rows.forEach((row, d) => {
    const y = height - PAD - NODE_H - d * (NODE_H + GAP_Y);
    const rowWidth = row.length * NODE_W + (row.length - 1) * GAP_X;
    row.forEach((node, i) => {
      at.set(node.id, { x: (width - rowWidth) / 2 + i * (NODE_W + GAP_X), y, node });
    });
  });
  const names = new Map(graph.nodes.map((n) => [n.id, n.name || t('own.unnamed')]));

  const titleId = 'own-drawing-title';
  const descId = 'own-drawing-desc';
  const root = svg('svg', {
    class: 'own-svg',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-labelledby': `${titleId} ${descId}`,
    'data-testid': 'own-svg',
  });
  const title = svg('title', { id: titleId });
  title.textContent = t('own.drawing.title', { subject: names.get(report.subject) ?? report.subject });
  const desc = svg('desc', { id: descId });
  desc.textContent = t('own.drawing.desc');
  const marker = svg(
    'marker',
    { id: 'own-arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 8, markerHeight: 8, orient: 'auto-start-reverse' },
    svg('path', { d: 'M0,0 L10,5 L0,10 z', class: 'own-arrowhead' }),
  );
  root.append(title, desc, svg('defs', {}, marker));

  const edgeLabel = (e) =>
    [e.share === null || e.share === undefined ? (e.control?.length ? '' : t('own.share.unknown')) : pct(e.share), ...(e.control ?? [])]
      .filter(Boolean)
      .join(', ');

  for (const e of graph.edges) {
    const from = at.get(e.owner);
    const to = at.get(e.owned);
    if (!from || !to) continue;
    const up = from.y <= to.y; // owner drawn above what it owns (the usual case)
    // A back link is moved aside, so that it does not hide the link it answers.
    const aside = up ? 0 : NODE_W / 4;
    const x1 = from.x + NODE_W / 2 + aside;
    const y1 = up ? from.y + NODE_H : from.y;
    const x2 = to.x + NODE_W / 2 + aside;
    const y2 = up ? to.y : to.y + NODE_H;
    const g = svg('g', { class: 'own-edge', 'data-testid': 'own-edge' });
    const line = svg('line', { x1, y1, x2, y2, 'marker-end': 'url(#own-arrow)' });
    // A circle's back link is drawn dashed, so it reads as the odd one out.
    if (!up) line.setAttribute('stroke-dasharray', '6 4');
    const label = svg('text', { x: (x1 + x2) / 2 + 4, y: (y1 + y2) / 2, class: 'own-edge-label' });
    label.textContent = short(edgeLabel(e), 34);
    g.append(line, label);
    root.append(g);
  }

  for (const { x, y, node } of at.values()) {
    const g = svg('g', { class: `own-node own-node-${node.status}${node.subject ? ' own-node-subject' : ''}`, 'data-testid': 'own-node' });
    g.setAttribute('data-status', node.status);
    const tip = svg('title');
    tip.textContent = `${names.get(node.id)}: ${statusText(node.status)}`;
    const rect = svg('rect', { x, y, width: NODE_W, height: NODE_H, rx: 6 });
    const name = svg('text', { x: x + 10, y: y + 22, class: 'own-node-name' });
    name.textContent = short(names.get(node.id));
    const mark =
      node.status === 'listed'
        ? t('own.mark.listed')
        : node.status === 'possible'
          ? t('own.mark.possible')
          : node.subject
            ? t('own.subject.short')
            : t(`own.kind.${KINDS.includes(node.kind) ? node.kind : 'unknown'}`);
    const tag = svg('text', { x: x + 10, y: y + 44, class: 'own-node-mark', 'data-testid': 'own-node-mark' });
    tag.textContent = mark;
    g.append(tip, rect, name, tag);
    root.append(g);
  }

  const scroller = el('div', { className: 'own-drawing', testid: 'own-drawing' }, root);
  // Focusable, so a keyboard user can scroll a drawing wider than the screen.
  scroller.tabIndex = 0;
  scroller.setAttribute('aria-label', t('own.drawing'));
  const alt = el(
    'ul',
    { className: 'own-edge-list', testid: 'own-edge-list' },
    ...graph.edges.map((e) =>
      el('li', {
        text: t('own.edge', {
          owner: names.get(e.owner) ?? e.owner,
          owned: names.get(e.owned) ?? e.owned,
          what: edgeLabel(e) || t('own.share.unknown'),
        }),
      }),
    ),
  );
  return el(
    'section',
    { className: 'own-structure' },
    el('h4', { text: t('own.drawing') }),
    scroller,
    el('details', { className: 'own-edges' }, el('summary', { text: t('own.drawing.text') }), alt),
  );
}
