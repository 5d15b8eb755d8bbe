// Decisions on hits, the history of checks, and the History tab.
//
// It plugs into the page through hooks.js only:
//   beforeRender     looks up the saved decisions for the query's hits (hit.decision);
//   decorateHit      adds the decision controls to each hit card, and folds a hit the user
//                    marked "not this party" under a "Suppressed" line (never hides it);
//   decorateResults  counts suppressed hits in the results summary, adds the print button;
//   onCheck          saves every finished check to history (history-data.js says what is kept).
// Data work lives in history-data.js, the printable record in report.js.

import { $, announce, el } from './dom.js';
import { beforeRender, decorateHit, decorateResults, onCheck } from './hooks.js';
import {
  ImportError,
  MAX_IMPORT_BYTES,
  VERDICTS,
  addCheck,
  allChecks,
  applyToRecord,
  clearAll,
  decisionCounts,
  decisionsFor,
  deleteCheck,
  exportAll,
  exportFileName,
  importAll,
  parseExport,
  queryKey,
  recordOf,
  saveDecision,
} from './history-data.js';
import { addStrings, formatDateTime, onLanguageChange, t } from './i18n.js';
import { printRecord, renderRecord } from './report.js';
import strings from './strings/history.js';

addStrings(strings);

/** Which report a hit came from (set when its decisions are looked up). */
const reportOfHit = new WeakMap();
/** For each report on screen: its history record and the promise of its id once saved. */
const checkOfReport = new WeakMap();
/** Why the page cannot keep data here (IndexedDB refused), or null while it can. */
let storeProblem = null;
let cardCount = 0;

function noteStoreProblem(err) {
  storeProblem = err?.name === 'StoreError' ? err.message : t('history.store.failed', { reason: err?.message ?? String(err) });
  console.warn('sanctions-checker: history not kept', err);
}

/** Wires decisions and history into the page. */
export function setupHistory(engine) {
  // A page kept with "Save page as" may carry the last printed record; it belongs to no check.
  document.getElementById('report')?.remove();
  delete document.body.dataset.print;
  beforeRender(lookUpDecisions);
  decorateHit(addDecisionControls);
  decorateResults((container, report, query) => addResultsExtras(container, report, query, engine));
  onCheck(saveCheck);
  setupHistoryTab();
  onLanguageChange(() => drawHistoryTab());
}

// ---- Saved decisions on a new check -------------------------------------------------------

async function lookUpDecisions(report, query) {
  const hits = report.hits ?? [];
  for (const hit of hits) reportOfHit.set(hit, report);
  if (hits.length === 0) return;
  let found;
  try {
    found = await decisionsFor(queryKey(query), hits.map((h) => h.entity_id));
  } catch (err) {
    noteStoreProblem(err);
    return;
  }
  for (const hit of hits) {
    const d = found.get(hit.entity_id);
    if (d) hit.decision = { verdict: d.verdict, note: d.note, time: d.time };
    else delete hit.decision;
  }
}

async function saveCheck(event) {
  // History keeps the kinds of check it knows how to show; others (ownership) are not saved.
  if (!event.report || !['partner', 'goods', 'batch', undefined].includes(event.type)) return;
  const record = recordOf(event);
  const entry = { record, saved: null };
  entry.saved = addCheck(record).then(
    (id) => {
      record.id = id;
      return id;
    },
    (err) => {
      noteStoreProblem(err);
      return null;
    },
  );
  checkOfReport.set(event.report, entry);
  await entry.saved;
  drawHistoryTab();
}

// ---- Decision controls on a hit card ------------------------------------------------------

function suppressedText(decision) {
  const date = formatDateTime(decision.time);
  return decision.note
    ? t('decision.suppressed.note', { date, note: decision.note })
    : t('decision.suppressed', { date });
}

/**
 * The card's own content goes into a body that a suppressed hit folds away; above it a line
 * says why it is folded, with buttons to show it and to undo the decision.
 */
function addDecisionControls(card, hit, query) {
  if (!query || typeof query !== 'object' || !hit?.entity_id) return;
  const n = ++cardCount;
  const key = queryKey(query);
  const body = el('div', { className: 'hit-body' });
  body.id = `hit-body-${n}`;
  body.append(...card.childNodes);

  const radios = VERDICTS.map((verdict) => {
    const input = el('input', { testid: `decision-${verdict}` });
    input.type = 'radio';
    input.name = `decision-${n}`;
    input.value = verdict;
    input.id = `decision-${n}-${verdict}`;
    const label = el('label', { className: 'choice', text: t(`decision.${verdict}`) });
    label.htmlFor = input.id;
    label.prepend(input);
    return label;
  });
  const note = el('textarea', { testid: 'decision-note' });
  note.id = `decision-note-${n}`;
  note.rows = 2;
  note.maxLength = 4000;
  const noteLabel = el('label', { text: t('decision.note.label') });
  noteLabel.htmlFor = note.id;
  const save = el('button', { text: t('decision.save'), testid: 'decision-save' });
  save.type = 'button';
  const clear = el('button', { className: 'secondary', text: t('decision.clear'), testid: 'decision-clear' });
  clear.type = 'button';
  const status = el('p', { className: 'decision-status', testid: 'decision-status' });
  status.setAttribute('role', 'status');
  const fieldset = el(
    'fieldset',
    { className: 'decision', testid: 'decision' },
    el('legend', { text: t('decision.legend') }),
    el('div', { className: 'decision-choices' }, ...radios),
    noteLabel,
    note,
    el('div', { className: 'decision-actions' }, save, clear),
    status,
  );
  body.append(fieldset);

  const show = el('button', { className: 'secondary', text: t('decision.show'), testid: 'suppressed-show' });
  show.type = 'button';
  show.setAttribute('aria-controls', body.id);
  const undo = el('button', { className: 'secondary', text: t('decision.undo'), testid: 'suppressed-undo' });
  undo.type = 'button';
  const bannerText = el('p', { className: 'suppressed-text', testid: 'suppressed-text' });
  const banner = el(
    'div',
    { className: 'suppressed', testid: 'hit-suppressed' },
    el('p', { className: 'suppressed-name' }, el('strong', { text: hit.name }), ` — ${hit.list_title ?? ''}`),
    bannerText,
    el('div', { className: 'decision-actions' }, show, undo),
  );
  card.append(banner, body);

  /** Shows the saved state: the radios and note, the status line, folded or not. */
  const draw = (decision, { expanded = false } = {}) => {
    for (const label of radios) {
      const input = label.firstChild;
      input.checked = decision?.verdict === input.value;
    }
    note.value = decision?.note ?? '';
    clear.disabled = !decision;
    status.textContent = decision
      ? t('decision.saved', { verdict: t(`decision.${decision.verdict}`), date: formatDateTime(decision.time) })
      : t('decision.none');
    const suppressed = decision?.verdict === 'false_positive';
    card.classList.toggle('is-suppressed', suppressed);
    card.dataset.decision = decision?.verdict ?? '';
    banner.hidden = !suppressed;
    if (suppressed) bannerText.textContent = suppressedText(decision);
    body.hidden = suppressed && !expanded;
    show.textContent = body.hidden ? t('decision.show') : t('decision.hide');
    show.setAttribute('aria-expanded', String(!body.hidden));
    refreshSummary(card.closest('[data-results-root]'));
  };
  draw(hit.decision);

  const changed = () => {
    status.textContent = t('decision.unsaved');
  };
  for (const label of radios) label.firstChild.addEventListener('change', changed);
  note.addEventListener('input', changed);

  const store = async (verdict, noteText) => {
    const report = reportOfHit.get(hit);
    const entry = report ? checkOfReport.get(report) : undefined;
    const checkId = entry ? await entry.saved : null;
    const time = new Date().toISOString();
    const decision = await saveDecision({ key, hit, query, verdict, note: noteText, checkId, time });
    // The record on screen (what the print button prints) learns it too.
    if (entry) applyToRecord(entry.record, hit.entity_id, decision, time);
    if (decision) hit.decision = { verdict: decision.verdict, note: decision.note, time: decision.time };
    else delete hit.decision;
    drawHistoryTab();
    return decision;
  };

  save.addEventListener('click', async () => {
    const chosen = radios.map((l) => l.firstChild).find((i) => i.checked);
    if (!chosen) {
      status.textContent = t('decision.choose');
      radios[0].firstChild.focus();
      return;
    }
    try {
      const decision = await store(chosen.value, note.value.trim());
      draw(decision);
      announce(t('decision.announce.saved', { name: hit.name, verdict: t(`decision.${decision.verdict}`) }));
      // A hit just marked "not this party" folds away; focus goes to its "Show" button, so
      // a keyboard user stays where they were.
      if (decision.verdict === 'false_positive') show.focus();
    } catch (err) {
      status.textContent = t('decision.failed', { reason: err.message });
    }
  });

  const forget = async (focusAfter) => {
    try {
      await store(null, '');
      draw(undefined);
      announce(t('decision.announce.cleared', { name: hit.name }));
      focusAfter();
    } catch (err) {
      (banner.hidden ? status : bannerText).textContent = t('decision.failed', { reason: err.message });
    }
  };
  clear.addEventListener('click', () => forget(() => radios[0].firstChild.focus()));
  undo.addEventListener('click', () => forget(() => radios[0].firstChild.focus()));
  show.addEventListener('click', () => {
    draw(hit.decision, { expanded: body.hidden });
  });
}

// ---- Results summary and print button -----------------------------------------------------

/** "… 1 of them suppressed: you marked it as not your partner." kept in step with the cards. */
function refreshSummary(container) {
  if (!container) return;
  const line = container.querySelector('[data-testid=results-suppressed]');
  if (!line) return;
  const n = container.querySelectorAll('.hit.is-suppressed').length;
  line.textContent = n > 0 ? ` ${t('results.suppressed', { n })}` : '';
  line.hidden = n === 0;
}

function addResultsExtras(container, report, query, engine) {
  container.dataset.resultsRoot = '';
  const summary = container.querySelector('[data-testid=results-summary]');
  if (summary) {
    summary.append(el('span', { testid: 'results-suppressed' }));
    refreshSummary(container);
  }
  const print = el('button', { className: 'secondary', text: t('report.print'), testid: 'print-report' });
  print.type = 'button';
  print.addEventListener('click', () => {
    const entry = checkOfReport.get(report);
    const record = entry?.record ?? recordOf({ type: 'partner', query, report, manifest: engine.manifest });
    printRecord(record);
  });
  const actions = el('div', { className: 'results-actions' }, print);
  if (storeProblem) {
    actions.append(el('p', { className: 'store-problem', text: storeProblem, testid: 'store-problem' }));
  }
  const first = container.firstElementChild;
  if (first) first.after(actions);
  else container.append(actions);
}

// ---- The History tab ----------------------------------------------------------------------

const PAGE = 50;
const ui = {};
let shown = PAGE;
const openUids = new Set();
let drawing = null;

function button(text, testid, className = 'secondary') {
  const b = el('button', { className, text, testid });
  b.type = 'button';
  return b;
}

function setupHistoryTab() {
  const root = $('history-root');
  if (!root) return;
  ui.root = root;
  ui.intro = el('p', { className: 'hint history-intro', testid: 'history-intro' });
  ui.problem = el('p', { className: 'store-problem', testid: 'history-problem' });
  ui.problem.setAttribute('role', 'alert');
  ui.problem.hidden = true;

  ui.filter = el('input', { testid: 'history-filter' });
  ui.filter.type = 'search';
  ui.filter.id = 'history-filter';
  ui.filterLabel = el('label');
  ui.filterLabel.htmlFor = ui.filter.id;
  ui.filter.addEventListener('input', () => {
    shown = PAGE;
    drawHistoryTab();
  });

  ui.exportButton = button('', 'history-export');
  ui.exportButton.addEventListener('click', exportHistory);
  ui.importInput = el('input', { className: 'visually-hidden', testid: 'history-import-file' });
  ui.importInput.type = 'file';
  ui.importInput.accept = '.json,application/json';
  ui.importInput.id = 'history-import-file';
  ui.importInput.tabIndex = -1;
  ui.importLabel = el('label', { className: 'visually-hidden' });
  ui.importLabel.htmlFor = ui.importInput.id;
  ui.importButton = button('', 'history-import');
  ui.importButton.addEventListener('click', () => ui.importInput.click());
  ui.importInput.addEventListener('change', importHistory);
  ui.clearButton = button('', 'history-clear', 'secondary danger');
  ui.clearButton.addEventListener('click', askClear);

  // "Delete everything?" asked on the page itself, not in a browser confirm() box: it can be
  // read, translated and used by keyboard like the rest of the page.
  ui.confirmText = el('p', { className: 'confirm-text', testid: 'history-confirm-text' });
  ui.confirmText.id = 'history-confirm-text';
  ui.alsoDecisions = el('input', { testid: 'history-clear-decisions' });
  ui.alsoDecisions.type = 'checkbox';
  ui.alsoDecisions.id = 'history-clear-decisions';
  ui.alsoDecisionsLabel = el('label', { className: 'choice' });
  ui.alsoDecisionsLabel.htmlFor = ui.alsoDecisions.id;
  ui.confirmYes = button('', 'history-clear-confirm', 'danger');
  ui.confirmNo = button('', 'history-clear-cancel');
  ui.confirm = el(
    'div',
    { className: 'confirm', testid: 'history-confirm' },
    ui.confirmText,
    el('p', {}, ui.alsoDecisions, ui.alsoDecisionsLabel),
    el('div', { className: 'decision-actions' }, ui.confirmYes, ui.confirmNo),
  );
  ui.confirm.setAttribute('role', 'group');
  ui.confirm.setAttribute('aria-labelledby', ui.confirmText.id);
  ui.confirm.hidden = true;
  ui.confirmNo.addEventListener('click', () => closeConfirm());
  ui.confirm.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeConfirm();
  });
  ui.confirmYes.addEventListener('click', clearHistory);

  ui.message = el('p', { className: 'history-message', testid: 'history-message' });
  ui.message.setAttribute('role', 'status');
  ui.message.hidden = true;
  ui.count = el('p', { className: 'history-count', testid: 'history-count' });
  ui.list = el('ol', { className: 'history-list', testid: 'history-list' });
  ui.more = button('', 'history-more');
  ui.more.addEventListener('click', () => {
    shown += PAGE;
    drawHistoryTab();
  });

  root.replaceChildren(
    ui.intro,
    ui.problem,
    el('div', { className: 'history-tools' }, el('div', { className: 'field history-filter' }, ui.filterLabel, ui.filter),
      el('div', { className: 'decision-actions' }, ui.exportButton, ui.importButton, ui.clearButton),
      ui.importLabel, ui.importInput),
    ui.confirm,
    ui.message,
    ui.count,
    ui.list,
    ui.more,
  );
  drawHistoryTab();
}

function showMessage(text, { error = false } = {}) {
  ui.message.textContent = text;
  ui.message.hidden = false;
  ui.message.classList.toggle('is-error', error);
  ui.message.setAttribute('role', error ? 'alert' : 'status');
  announce(text);
}

/** The query of a record in one line. */
function queryText(record) {
  const q = record.query ?? {};
  if (record.type === 'goods') return q.text ?? '';
  if (record.type === 'batch') return t('history.batch.rows', { n: q.rows ?? 0 });
  const extras = [q.kind && q.kind !== 'any' ? t(`kind.${q.kind}`) : '', q.dob, q.country].filter(Boolean);
  return extras.length ? `${q.name} (${extras.join(', ')})` : q.name ?? '';
}

function listsAsOf(record) {
  const sources = record.type === 'goods' && record.manifest?.goods ? record.manifest.goods : record.manifest?.sources ?? [];
  const dates = sources.map((s) => s.published).filter(Boolean).sort();
  return dates.length ? t('history.listsAsOf', { date: dates[0], n: sources.length }) : '';
}

function resultText(record) {
  if (record.type === 'goods') {
    const g = record.goods ?? {};
    return g.candidates ? t('history.goods.candidates', { n: g.candidates.length }) : g.label ?? '';
  }
  if (record.type === 'batch') {
    const rows = record.rows ?? [];
    return t('history.batch.hits', { n: rows.filter((r) => r.hits?.length).length });
  }
  const n = record.hits?.length ?? 0;
  if (n === 0) return t('history.hits.none');
  const c = decisionCounts(record);
  const parts = [t('history.hits', { n })];
  for (const verdict of VERDICTS) if (c[verdict]) parts.push(t(`history.count.${verdict}`, { n: c[verdict] }));
  if (c.open) parts.push(t('history.count.open', { n: c.open }));
  return parts.join(' · ');
}

/** Everything a filter word may be found in: query, hit names, notes. */
function searchable(record) {
  const words = [queryText(record), t(`history.type.${record.type}`), record.goods?.code ?? ''];
  for (const hit of record.hits ?? []) words.push(hit.name, hit.entity_id, hit.list_title, hit.prior?.note ?? '');
  for (const d of Object.values(record.decisions ?? {})) words.push(d.note ?? '');
  for (const row of record.rows ?? []) words.push(row.query?.name ?? '');
  return words.join('\n').toLowerCase();
}

function historyItem(record) {
  const open = openUids.has(record.uid);
  const details = el('div', { className: 'history-details', testid: 'history-details' });
  details.id = `history-details-${record.id}`;
  details.hidden = !open;
  if (open) details.append(renderRecord(record, { level: 3 }));
  const toggle = el(
    'button',
    { className: 'history-open', testid: 'history-open' },
    el('span', { className: 'history-query', text: queryText(record), testid: 'history-query' }),
  );
  toggle.type = 'button';
  toggle.setAttribute('aria-expanded', String(open));
  toggle.setAttribute('aria-controls', details.id);
  toggle.addEventListener('click', () => {
    const opening = details.hidden;
    if (opening) {
      openUids.add(record.uid);
      details.replaceChildren(renderRecord(record, { level: 3 }));
    } else openUids.delete(record.uid);
    details.hidden = !opening;
    toggle.setAttribute('aria-expanded', String(opening));
  });
  const print = button(t('report.print'), 'history-print');
  // The visible words first: speech-input users say what they see (WCAG 2.5.3).
  print.setAttribute('aria-label', `${t('report.print')}: ${queryText(record)}, ${formatDateTime(record.time)}`);
  print.addEventListener('click', () => printRecord(record));
  const remove = button(t('history.delete'), 'history-delete', 'secondary danger');
  remove.setAttribute('aria-label', t('history.delete.label', { query: queryText(record), time: formatDateTime(record.time) }));
  remove.addEventListener('click', async () => {
    try {
      await deleteCheck(record.id);
      openUids.delete(record.uid);
      showMessage(t('history.deleted', { query: queryText(record) }));
      await drawHistoryTab();
      ui.filter.focus();
    } catch (err) {
      showMessage(err.message, { error: true });
    }
  });
  const item = el(
    'li',
    { className: `history-item history-${record.type}`, testid: 'history-item' },
    el('h2', { className: 'history-head' }, toggle),
    el(
      'p',
      { className: 'history-meta' },
      el('span', { text: formatDateTime(record.time), testid: 'history-time' }),
      el('span', { text: t(`history.type.${record.type}`) }),
      el('span', { text: resultText(record), testid: 'history-result' }),
      el('span', { text: listsAsOf(record), testid: 'history-lists' }),
    ),
    el('div', { className: 'decision-actions' }, print, remove),
    details,
  );
  item.dataset.uid = record.uid;
  return item;
}

/** Redraws the History tab from the store (serialised: the latest call wins). */
async function drawHistoryTab() {
  if (!ui.root) return;
  const run = (drawing = Symbol('draw'));
  ui.intro.textContent = t('history.intro');
  ui.filterLabel.textContent = t('history.filter');
  ui.exportButton.textContent = t('history.export');
  ui.importButton.textContent = t('history.import');
  ui.importLabel.textContent = t('history.import');
  ui.clearButton.textContent = t('history.clear');
  ui.alsoDecisionsLabel.textContent = t('history.clear.decisions');
  ui.confirmYes.textContent = t('history.clear.yes');
  ui.confirmNo.textContent = t('history.clear.no');
  ui.more.textContent = t('history.more', { n: PAGE });
  let records;
  try {
    records = await allChecks();
  } catch (err) {
    if (run !== drawing) return;
    noteStoreProblem(err);
    ui.problem.textContent = storeProblem;
    ui.problem.hidden = false;
    for (const b of [ui.exportButton, ui.importButton, ui.clearButton]) b.disabled = true;
    ui.count.textContent = '';
    ui.list.replaceChildren();
    ui.more.hidden = true;
    return;
  }
  if (run !== drawing) return;
  ui.problem.hidden = true;
  const words = ui.filter.value.trim().toLowerCase();
  const matching = words ? records.filter((r) => searchable(r).includes(words)) : records;
  ui.count.textContent =
    records.length === 0
      ? t('history.empty')
      : words
        ? t('history.count.filtered', { n: matching.length, total: records.length })
        : t('history.count', { n: records.length });
  ui.exportButton.disabled = false;
  ui.importButton.disabled = false;
  ui.clearButton.disabled = records.length === 0;
  ui.list.replaceChildren(...matching.slice(0, shown).map(historyItem));
  ui.more.hidden = matching.length <= shown;
  ui.records = records;
}

async function exportHistory() {
  try {
    const data = await exportAll();
    const name = exportFileName();
    const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = el('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    // The download has started from the URL; it can go once the click has been handled.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    showMessage(t('history.exported', { n: data.checks.length, d: data.decisions.length, file: name }));
  } catch (err) {
    showMessage(err.message, { error: true });
  }
}

async function importHistory() {
  const file = ui.importInput.files?.[0];
  ui.importInput.value = '';
  if (!file) return;
  try {
    if (file.size > MAX_IMPORT_BYTES) throw new ImportError('history.import.tooBig');
    const parsed = parseExport(await file.text());
    const { added, skipped, decided } = await importAll(parsed);
    showMessage(t('history.imported', { n: added, skipped, d: decided, file: file.name }));
    await drawHistoryTab();
  } catch (err) {
    const reason = err instanceof ImportError ? t(err.reason, err.vars) : err.message;
    showMessage(t('history.import.failed', { file: file.name, reason }), { error: true });
  }
  ui.importButton.focus();
}

function askClear() {
  const n = ui.records?.length ?? 0;
  ui.confirmText.textContent = t('history.clear.ask', { n });
  ui.alsoDecisions.checked = false;
  ui.confirm.hidden = false;
  ui.confirmNo.focus();
}

function closeConfirm() {
  ui.confirm.hidden = true;
  ui.clearButton.focus();
}

async function clearHistory() {
  const decisions = ui.alsoDecisions.checked;
  try {
    await clearAll({ decisions });
    openUids.clear();
    ui.confirm.hidden = true;
    showMessage(t(decisions ? 'history.cleared.all' : 'history.cleared'));
    await drawHistoryTab();
    ui.filter.focus();
  } catch (err) {
    showMessage(err.message, { error: true });
  }
}
