// The Batch tab: a user's own table of partners (and/or goods) is read by the engine
// (engine.readTable: CSV in any common encoding, XLSX), its columns are mapped, every row is
// screened in the worker with live progress and a Cancel button, and the results can be
// sorted, filtered, opened hit by hit and downloaded as CSV or JSON.
//
// No matching or reading logic lives here: the engine reads the file and decides what a hit
// is. This module only keeps the page responsive while it does: the worker yields between
// slices, progress is drawn at most a few times a second, and the results table draws one
// page (PAGE_SIZE rows) at a time, so ten thousand rows never freeze the page.
//
// Everything from the file or the lists goes on the page with textContent (el() from dom.js):
// a partner table is user data and may contain markup.

import { $, announce, el } from './dom.js';
import { checkFinished } from './hooks.js';
import { addStrings, formatNumber, onLanguageChange, t } from './i18n.js';
import { percent } from './explain.js';
import { renderHit } from './partner-tab.js';
import strings from './strings/batch.js';

addStrings(strings);

/** Rows drawn per page of results: a few hundred DOM rows draw in milliseconds. */
const PAGE_SIZE = 100;
/** Rows of the file shown before mapping, enough to recognise the columns. */
const PREVIEW_ROWS = 5;
/**
 * Files above this are refused before they are read into memory. The engine refuses them too
 * (table::MAX_FILE_BYTES, 64 MiB); checking here first spares the tab from copying a huge
 * file into the worker only to be told no.
 */
const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** Fields a column can be mapped to, in the order the mapping form shows them. */
const FIELDS = ['name', 'kind', 'dob', 'country', 'id', 'goods_code', 'goods_description'];
/** Goods statuses that need a closer look, as the Goods tab colours them. */
const GOODS_FLAGGED = new Set(['restricted', 'restricted_if_described', 'possibly_restricted']);
/** Cells a spreadsheet would run as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Everything the tab shows, so any part can be redrawn (language change) from it. */
const state = {
  /** The file last chosen: { name, size }, and what the engine read from it (and from which file). */
  file: null,
  table: null,
  tableFile: null,
  /** A message about the last file that could not be read (the previous table stays). */
  fileError: null,
  reading: false,
  header: true,
  mapping: Object.fromEntries(FIELDS.map((f) => [f, -1])),
  threshold: '',
  limit: '10',
  /** The run in progress: { controller, started, done, total, hits, timer }. */
  run: null,
  /** The last finished (or cancelled) run and its rows; kept until a new run starts. */
  outcome: null,
  /** A message for the end of the last run (done, cancelled, failed). */
  runMessage: null,
  view: { status: 'all', text: '', sort: 'row', dir: 1, page: 0, expanded: new Set() },
};

let engine = null;
const parts = {};

/** Draws the tab into #batch-root and wires it to the engine. */
export function setupBatch(theEngine) {
  engine = theEngine;
  state.threshold = String(engine.manifest.defaultThreshold ?? 0.85);
  const root = $('batch-root');
  parts.intro = el('p', { className: 'hint batch-intro' });
  parts.file = el('section', { className: 'batch-step', testid: 'batch-file' });
  parts.map = el('section', { className: 'batch-step', testid: 'batch-mapping' });
  parts.run = el('section', { className: 'batch-step batch-run', testid: 'batch-run' });
  parts.results = el('section', { className: 'batch-results', testid: 'batch-results' });
  root.replaceChildren(parts.intro, parts.file, parts.map, parts.run, parts.results);
  drawAll();
  onLanguageChange(drawAll);
}

function drawAll() {
  parts.intro.textContent = t('batch.intro');
  drawFile();
  drawMapping();
  drawRun();
  drawResults();
}

// ---- 1. The file ----

function drawFile() {
  const input = el('input', { testid: 'batch-file-input' });
  input.type = 'file';
  input.id = 'batch-file';
  input.accept = '.csv,.tsv,.txt,.xlsx,.ods,text/csv';
  input.setAttribute('aria-describedby', 'batch-file-hint batch-file-status');
  input.addEventListener('change', () => {
    if (input.files?.[0]) loadFile(input.files[0]);
  });

  const zone = el(
    'div',
    { className: 'drop-zone', testid: 'batch-drop' },
    el('label', { className: 'field-label', text: t('batch.file.label') }),
    el('p', { className: 'hint', text: t('batch.file.hint') }),
    input,
    el('p', { className: 'drop-hint', text: t('batch.file.drop') }),
  );
  zone.firstChild.htmlFor = 'batch-file';
  zone.children[1].id = 'batch-file-hint';
  // The drop zone is a convenience over the file input, which stays the keyboard way in.
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('drag-over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('drag-over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('drag-over');
    const file = event.dataTransfer?.files?.[0];
    if (file) loadFile(file);
  });

  const status = el('div', { className: 'batch-file-status', testid: 'batch-file-status' });
  status.id = 'batch-file-status';
  // The refusal first; below it, the table read before, which is still the one loaded.
  if (state.fileError) {
    const box = el('p', {
      className: 'field-error',
      testid: 'batch-file-error',
      text: state.fileError,
    });
    box.setAttribute('role', 'alert');
    status.append(box);
  }
  if (state.reading) {
    status.append(el('p', { text: t('batch.file.reading', { file: state.file.name }) }));
  } else if (state.table) {
    const table = state.table;
    status.append(
      el('p', {
        className: 'batch-file-name',
        testid: 'batch-file-summary',
        text: t('batch.file.read', { file: state.tableFile, n: dataRows().length }),
      }),
    );
    if (table.sheet) {
      status.append(el('p', { className: 'hint', text: t('batch.file.sheet', { sheet: table.sheet }) }));
    }
    if (table.sheets?.length > 1) {
      status.append(
        el('p', {
          className: 'hint',
          testid: 'batch-sheets',
          text: t('batch.file.sheets', { n: table.sheets.length, names: table.sheets.join(', ') }),
        }),
      );
    }
    if (table.truncated) {
      status.append(
        el('p', {
          className: 'batch-notice',
          testid: 'batch-truncated',
          text: t('batch.file.truncated', { total: table.total_rows, kept: table.rows.length }),
        }),
      );
    }
  }

  parts.file.replaceChildren(
    el('h2', { className: 'batch-step-title', text: t('batch.file.legend') }),
    zone,
    status,
    state.table ? preview() : '',
  );
}

/** The first rows as the engine read them, under the column names the mapping uses. */
function preview() {
  const labels = columnLabels();
  const rows = dataRows().slice(0, PREVIEW_ROWS);
  const table = el(
    'table',
    { className: 'batch-preview', testid: 'batch-preview' },
    el('caption', { text: t('batch.preview') }),
    el('thead', {}, el('tr', {}, ...labels.map((l) => el('th', { text: l })))),
    el(
      'tbody',
      {},
      ...rows.map((cells) => el('tr', {}, ...cells.map((c) => el('td', { text: c })))),
    ),
  );
  return scrollBox(table, t('batch.preview'));
}

/** A table in a box that scrolls sideways by itself, so the page never does on a phone. */
function scrollBox(table, label) {
  const box = el('div', { className: 'table-scroll' }, table);
  // Focusable so keyboard users can scroll it; labelled so the stop is announced sensibly.
  box.tabIndex = 0;
  box.setAttribute('role', 'region');
  box.setAttribute('aria-label', label);
  return box;
}

async function loadFile(file) {
  if (state.reading) return;
  state.fileError = null;
  if (file.size === 0) return fileFailed(t('batch.file.empty', { file: file.name }));
  if (file.size > MAX_FILE_BYTES) {
    return fileFailed(
      t('batch.file.tooBig', {
        file: file.name,
        size: formatNumber(file.size / (1024 * 1024), { maximumFractionDigits: 1 }),
        max: MAX_FILE_BYTES / (1024 * 1024),
      }),
    );
  }
  state.reading = true;
  state.file = { name: file.name, size: file.size };
  drawFile();
  let table;
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    table = await engine.readTable(bytes, file.name);
  } catch (err) {
    state.reading = false;
    return fileFailed(t('batch.file.error', { message: messageOf(err) }));
  }
  state.reading = false;
  state.table = table;
  state.tableFile = file.name;
  state.header = true;
  state.mapping = Object.fromEntries(
    FIELDS.map((f) => [f, Number.isInteger(table.guess?.[f]) ? table.guess[f] : -1]),
  );
  drawFile();
  drawMapping();
  drawRun();
  announce(t('batch.file.read', { file: file.name, n: dataRows().length }));
}

/** Shows why a file cannot be used; the table read before (and any results) stay. */
function fileFailed(message) {
  state.fileError = message;
  drawFile();
  announce(message);
}

/** The rows to check: with "first row is a header" unticked, the header is a row too. */
function dataRows() {
  const table = state.table;
  if (!table) return [];
  return state.header ? table.rows : [table.header, ...table.rows];
}

function columnLabels() {
  const width = state.table.header.length;
  return Array.from({ length: width }, (_, i) => {
    const name = state.header ? state.table.header[i]?.trim() : '';
    return name || t('batch.map.column', { n: i + 1 });
  });
}

// ---- 2. Column mapping and options ----

function drawMapping() {
  if (!state.table) {
    parts.map.replaceChildren();
    parts.map.hidden = true;
    return;
  }
  parts.map.hidden = false;
  const labels = columnLabels();
  const headerBox = el('input', { testid: 'batch-header' });
  headerBox.type = 'checkbox';
  headerBox.id = 'batch-header';
  headerBox.checked = state.header;
  headerBox.addEventListener('change', () => {
    state.header = headerBox.checked;
    drawFile();
    drawMapping();
    $('batch-header')?.focus();
  });

  const selects = FIELDS.map((field) => {
    const select = el('select', { testid: `batch-map-${field}` });
    select.id = `batch-map-${field}`;
    select.append(option('-1', t('batch.map.none')));
    labels.forEach((label, i) => select.append(option(String(i), label)));
    select.value = String(state.mapping[field]);
    select.addEventListener('change', () => {
      state.mapping[field] = Number(select.value);
      if (field === 'name' || field.startsWith('goods')) clearMappingError();
    });
    const label = el('label', { text: t(`batch.map.${field}`) });
    label.htmlFor = select.id;
    const wrap = el('div', { className: 'field' }, label, select);
    if (field === 'name') {
      label.append(' ', el('span', { className: 'required', text: t('form.required') }));
      const error = el('p', { className: 'field-error', testid: 'batch-map-error' });
      error.id = 'batch-map-error';
      error.hidden = true;
      select.setAttribute('aria-describedby', 'batch-map-error');
      wrap.append(error);
    }
    return wrap;
  });

  const fieldset = el(
    'fieldset',
    { className: 'batch-mapping' },
    el('legend', { text: t('batch.map.legend') }),
    el('label', { className: 'choice' }, headerBox, ` ${t('batch.map.header')}`),
    el('div', { className: 'batch-map-grid' }, ...selects),
  );

  const threshold = numberField({
    id: 'batch-threshold',
    label: t('batch.options.threshold'),
    hint: t('batch.options.threshold.hint', { value: engine.manifest.defaultThreshold }),
    value: state.threshold,
    step: '0.01',
    min: '0.5',
    max: '1',
    onInput: (v) => (state.threshold = v),
  });
  const limit = numberField({
    id: 'batch-limit',
    label: t('batch.options.limit'),
    value: state.limit,
    step: '1',
    min: '1',
    max: '50',
    onInput: (v) => (state.limit = v),
  });
  const options = el(
    'fieldset',
    { className: 'batch-options' },
    el('legend', { text: t('batch.options.legend') }),
    el('div', { className: 'field-row' }, threshold, limit),
  );
  parts.map.replaceChildren(fieldset, options);
}

function option(value, text) {
  const node = el('option', { text });
  node.value = value;
  return node;
}

function numberField({ id, label, hint, value, step, min, max, onInput }) {
  const input = el('input', { testid: id });
  Object.assign(input, { id, type: 'number', step, min, max, value });
  input.inputMode = 'decimal';
  const described = [];
  const wrap = el('div', { className: 'field' });
  const labelNode = el('label', { text: label });
  labelNode.htmlFor = id;
  wrap.append(labelNode);
  if (hint) {
    wrap.append(el('p', { className: 'hint', text: hint }));
    wrap.lastChild.id = `${id}-hint`;
    described.push(`${id}-hint`);
  }
  wrap.append(input);
  const error = el('p', { className: 'field-error', testid: `${id}-error` });
  error.id = `${id}-error`;
  error.hidden = true;
  described.push(error.id);
  wrap.append(error);
  input.setAttribute('aria-describedby', described.join(' '));
  input.addEventListener('input', () => {
    onInput(input.value);
    input.removeAttribute('aria-invalid');
    error.hidden = true;
  });
  return wrap;
}

function clearMappingError() {
  const error = $('batch-map-error');
  if (error) error.hidden = true;
  $('batch-map-name')?.removeAttribute('aria-invalid');
}

function showFieldError(id, errorId, message) {
  const input = $(id);
  const error = $(errorId);
  input.setAttribute('aria-invalid', 'true');
  error.textContent = message;
  error.hidden = false;
  input.focus();
}

/** Reads the options; shows what is wrong next to the field and returns null if anything is. */
function readOptions() {
  const m = state.mapping;
  if (m.name < 0 && m.goods_code < 0 && m.goods_description < 0) {
    showFieldError('batch-map-name', 'batch-map-error', t('batch.map.needName'));
    return null;
  }
  const threshold = Number(String(state.threshold).replace(',', '.'));
  if (!(threshold >= 0.5 && threshold <= 1)) {
    showFieldError(
      'batch-threshold',
      'batch-threshold-error',
      t('batch.options.threshold.bad', { value: engine.manifest.defaultThreshold }),
    );
    return null;
  }
  const limit = Number(state.limit);
  if (!(Number.isInteger(limit) && limit >= 1 && limit <= 50)) {
    showFieldError('batch-limit', 'batch-limit-error', t('batch.options.limit.bad'));
    return null;
  }
  return { threshold, limit };
}

// ---- 3. The run ----

function drawRun() {
  if (!state.table && !state.run) {
    parts.run.replaceChildren();
    parts.run.hidden = true;
    return;
  }
  parts.run.hidden = false;
  const running = Boolean(state.run);
  const start = el('button', { text: t('batch.run'), testid: 'batch-start' });
  start.type = 'button';
  start.id = 'batch-start';
  start.disabled = running || !state.table || state.reading;
  start.addEventListener('click', () => startRun());
  const cancel = el('button', { className: 'secondary', text: t('batch.cancel'), testid: 'batch-cancel' });
  cancel.type = 'button';
  cancel.id = 'batch-cancel';
  cancel.hidden = !running;
  cancel.addEventListener('click', () => state.run?.controller.abort());

  const children = [el('div', { className: 'actions' }, start, cancel)];
  if (running) {
    const bar = el('progress', { testid: 'batch-progress' });
    bar.id = 'batch-progress';
    bar.max = Math.max(state.run.total, 1);
    bar.value = state.run.done;
    const label = el('label', { className: 'visually-hidden', text: t('batch.progress.label') });
    label.htmlFor = bar.id;
    children.push(
      el(
        'div',
        { className: 'batch-progress' },
        label,
        bar,
        el('p', { className: 'batch-progress-text', testid: 'batch-progress-text' }),
        el('p', { className: 'hint batch-elapsed', testid: 'batch-elapsed' }),
      ),
    );
  }
  if (state.runMessage && !running) {
    children.push(
      el('p', {
        className: `batch-message ${state.runMessage.kind}`,
        testid: 'batch-message',
        text: runMessageText(state.runMessage),
      }),
    );
  }
  parts.run.replaceChildren(...children);
  if (running) updateProgress();
}

/** Updates the bar and its text in place: no redraw, so the Cancel button keeps its focus. */
function updateProgress() {
  const run = state.run;
  if (!run) return;
  const bar = parts.run.querySelector('progress');
  const text = parts.run.querySelector('.batch-progress-text');
  const elapsed = parts.run.querySelector('.batch-elapsed');
  if (!bar) return;
  bar.max = Math.max(run.total, 1);
  bar.value = run.done;
  const words = t('batch.progress', { done: run.done, total: run.total, n: run.hits });
  text.textContent = words;
  bar.setAttribute('aria-valuetext', words);
  elapsed.textContent = t('batch.elapsed', { seconds: seconds(performance.now() - run.started) });
  // Lets scripts and the benchmark watch progress without reading translated text.
  parts.run.dataset.done = String(run.done);
  parts.run.dataset.total = String(run.total);
}

function seconds(ms) {
  return formatNumber(ms / 1000, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

function runMessageText(m) {
  switch (m.kind) {
    case 'done':
      return t('batch.done', { total: m.total, seconds: seconds(m.ms), n: m.hits });
    case 'cancelled':
      return t('batch.cancelled', { done: m.done, total: m.total });
    case 'nothing':
      return t('batch.nothing');
    default:
      return t('batch.failed', { message: m.message });
  }
}

/** One input row as the check sees it: its line in the file, reference and query fields. */
function readRows() {
  const m = state.mapping;
  const cell = (cells, field) => (m[field] >= 0 ? String(cells[m[field]] ?? '').trim() : '');
  // Line numbers as a spreadsheet shows them, so a user can find the row in the file.
  const first = state.header ? 2 : 1;
  return dataRows().map((cells, i) => ({
    row: first + i,
    reference: cell(cells, 'id'),
    name: cell(cells, 'name'),
    kind: cell(cells, 'kind'),
    dob: cell(cells, 'dob'),
    country: cell(cells, 'country'),
    goodsCode: cell(cells, 'goods_code'),
    goodsText: cell(cells, 'goods_description'),
  }));
}

async function startRun() {
  if (state.run || !state.table) return;
  const options = readOptions();
  if (!options) return;
  const inputs = readRows().filter(
    (r) => r.name !== '' || r.goodsCode !== '' || r.goodsText !== '',
  );
  if (inputs.length === 0) {
    state.runMessage = { kind: 'nothing' };
    drawRun();
    announce(t('batch.nothing'));
    return;
  }
  const named = inputs.filter((r) => r.name !== '');
  const withGoods = inputs.filter((r) => r.goodsCode !== '' || r.goodsText !== '');
  // The file may be swapped while the run goes on; the results belong to this one.
  const source = { file: state.tableFile, sheet: state.table.sheet };
  const controller = new AbortController();
  const run = {
    controller,
    started: performance.now(),
    done: 0,
    total: named.length + withGoods.length,
    hits: 0,
    timer: null,
  };
  state.run = run;
  state.runMessage = null;
  // Results of the previous run stay on screen until now, when the new one starts.
  state.outcome = null;
  state.view.expanded.clear();
  state.view.page = 0;
  drawRun();
  drawResults();
  $('batch-cancel')?.focus();
  // Elapsed time moves on between progress messages too.
  run.timer = setInterval(updateProgress, 500);

  let cancelled = false;
  let failure = null;
  try {
    const queries = named.map((r) => ({
      name: r.name,
      kind: r.kind,
      dob: r.dob,
      country: r.country,
    }));
    if (queries.length > 0) {
      const answer = await engine.screenBatch(queries, {
        options,
        signal: controller.signal,
        onProgress: ({ done, hits }) => {
          run.done = done;
          run.hits = hits;
          updateProgress();
        },
      });
      for (const result of answer.results) {
        const row = named[result.index];
        if (result.error !== undefined) row.error = result.error;
        else row.report = result.report;
      }
      run.done = answer.results.length;
      run.hits = answer.results.filter((r) => r.report?.hits?.length > 0).length;
      cancelled = answer.cancelled;
    }
    if (!cancelled && withGoods.length > 0) {
      cancelled = await checkGoods(withGoods, run);
    }
  } catch (err) {
    failure = messageOf(err);
  }
  clearInterval(run.timer);
  const ms = performance.now() - run.started;
  // A row is in the results once everything asked of it was checked.
  const rows = inputs.filter(
    (r) =>
      (r.name === '' || r.report || r.error !== undefined) &&
      (r.goodsCode === '' && r.goodsText === '' ? true : r.goods !== undefined),
  );
  rows.forEach(classify);
  state.run = null;
  const summary = summarise(rows);
  state.outcome = {
    ...source,
    totalRows: inputs.length,
    rows,
    options,
    cancelled,
    ms,
    summary,
    finished: new Date().toISOString(),
    manifest: engine.manifest,
    goods: withGoods.length > 0,
  };
  state.runMessage = failure
    ? { kind: 'failed', message: failure }
    : cancelled
      ? { kind: 'cancelled', done: rows.length, total: inputs.length }
      : { kind: 'done', total: rows.length, ms, hits: summary.match };
  drawRun();
  drawResults();
  $('batch-start')?.focus();
  announce(runMessageText(state.runMessage));
  if (rows.length > 0) {
    await checkFinished({
      type: 'batch',
      query: { file: source.file, rows: inputs.length },
      report: { summary, cancelled, results: rows.map(compactResult) },
      manifest: engine.manifest,
    });
  }
  parts.results.dataset.runs = String(Number(parts.results.dataset.runs ?? 0) + 1);
}

/**
 * Checks the goods cells one by one (each answer takes a millisecond or so in the worker; the
 * page waits between them, so it stays responsive). Resolves to true if cancelled.
 */
async function checkGoods(rows, run) {
  if (rows.some((r) => r.goodsCode === '' && r.goodsText !== '')) {
    // The description search builds its index on first use; once, before the loop.
    await engine.goodsPrepare();
  }
  let last = 0;
  for (const row of rows) {
    if (run.controller.signal.aborted) return true;
    try {
      if (row.goodsCode !== '') {
        const report = await engine.goodsCode(row.goodsCode);
        row.goods = { mode: 'code', report, status: report.status, label: report.status_label };
      } else {
        const report = await engine.goodsText(row.goodsText, 5);
        const best = report.candidates[0];
        row.goods = {
          mode: 'text',
          report,
          status: best?.status ?? 'not_listed',
          label: best?.status_label ?? '',
          code: best?.code,
        };
      }
      if (GOODS_FLAGGED.has(row.goods.status)) run.hits += 1;
    } catch (err) {
      row.goods = { error: messageOf(err) };
    }
    run.done += 1;
    const now = performance.now();
    if (now - last > 100) {
      last = now;
      updateProgress();
    }
  }
  return false;
}

/** A row's status: an error anywhere, else a possible match (name or goods), else clear. */
function classify(row) {
  const hits = row.report?.hits ?? [];
  row.hits = hits.length;
  row.best = hits[0] ?? null;
  row.goodsFlagged = GOODS_FLAGGED.has(row.goods?.status);
  if (row.error !== undefined || row.goods?.error !== undefined) row.status = 'error';
  else if (row.hits > 0 || row.goodsFlagged) row.status = 'match';
  else row.status = 'clear';
}

function summarise(rows) {
  const summary = { rows: rows.length, match: 0, clear: 0, error: 0 };
  for (const row of rows) summary[row.status] += 1;
  return summary;
}

/** What history keeps of each row: enough to list and find it again, not the full reports. */
function compactResult(row) {
  return {
    row: row.row,
    reference: row.reference,
    name: row.name,
    status: row.status,
    hits: row.hits,
    best: row.best
      ? {
          name: row.best.name,
          list: row.best.list_title,
          entity_id: row.best.entity_id,
          score: row.best.score,
        }
      : null,
    error: row.error ?? row.goods?.error,
    goods: row.goods && !row.goods.error ? { status: row.goods.status, label: row.goods.label } : undefined,
  };
}

// ---- 4. Results ----

const COLUMNS = [
  { key: 'row', label: 'batch.col.row', num: true, value: (r) => r.row },
  { key: 'ref', label: 'batch.col.ref', value: (r) => r.reference },
  { key: 'name', label: 'batch.col.name', value: (r) => r.name },
  { key: 'best', label: 'batch.col.best', value: (r) => r.best?.name ?? '' },
  { key: 'score', label: 'batch.col.score', num: true, value: (r) => r.best?.score ?? -1 },
  { key: 'hits', label: 'batch.col.hits', num: true, value: (r) => r.hits },
  // Possible matches first, then errors, then rows with nothing found.
  { key: 'status', label: 'batch.col.status', value: (r) => ({ match: 0, error: 1, clear: 2 })[r.status] },
  { key: 'goods', label: 'batch.col.goods', goods: true, value: (r) => goodsText(r) },
];

function drawResults() {
  const outcome = state.outcome;
  if (!outcome) {
    parts.results.replaceChildren();
    parts.results.hidden = true;
    return;
  }
  parts.results.hidden = false;
  const s = outcome.summary;
  const summary = el(
    'p',
    { className: 'batch-summary', testid: 'batch-summary' },
    el('strong', { className: 'batch-count-match', text: t('batch.summary.match', { n: s.match }) }),
    ' · ',
    el('span', { text: t('batch.summary.clear', { n: s.clear }) }),
    ' · ',
    el('span', { className: 'batch-count-error', text: t('batch.summary.error', { n: s.error }) }),
  );
  const lists = (outcome.manifest.sources ?? []).map((src) => src.title);
  const dates = (outcome.manifest.sources ?? []).map((src) => src.published).filter(Boolean).sort();
  const checked = el('p', {
    className: 'hint',
    text: t('batch.summary.checked', { lists: lists.join(', '), date: dates[0] ?? '—' }),
  });

  const status = el('select', { testid: 'batch-filter-status' });
  status.id = 'batch-filter-status';
  for (const value of ['all', 'match', 'clear', 'error']) {
    status.append(option(value, t(`batch.filter.${value}`)));
  }
  status.value = state.view.status;
  status.addEventListener('change', () => {
    state.view.status = status.value;
    state.view.page = 0;
    drawTable();
  });
  const text = el('input', { testid: 'batch-filter-text' });
  text.id = 'batch-filter-text';
  text.type = 'search';
  text.value = state.view.text;
  text.addEventListener('input', () => {
    state.view.text = text.value;
    state.view.page = 0;
    drawTable();
  });
  const filters = el(
    'div',
    { className: 'field-row batch-filters' },
    labelled(status, t('batch.filter.status')),
    labelled(text, t('batch.filter.text')),
  );

  const csv = el('button', { className: 'secondary', text: t('batch.export.csv'), testid: 'batch-export-csv' });
  csv.type = 'button';
  csv.addEventListener('click', () => download(csvFile(outcome), exportName(outcome, 'csv'), 'text/csv;charset=utf-8'));
  const json = el('button', { className: 'secondary', text: t('batch.export.json'), testid: 'batch-export-json' });
  json.type = 'button';
  json.addEventListener('click', () =>
    download(jsonFile(outcome), exportName(outcome, 'json'), 'application/json'),
  );
  const exports = el(
    'div',
    { className: 'batch-exports' },
    el('div', { className: 'actions' }, csv, json),
    el('p', { className: 'hint', text: t('batch.export.note') }),
  );

  parts.table = el('div', { className: 'batch-table-area', testid: 'batch-table-area' });
  parts.results.replaceChildren(
    el('h2', { text: t('batch.results') }),
    summary,
    checked,
    exports,
    filters,
    parts.table,
  );
  drawTable();
}

function labelled(control, text) {
  const label = el('label', { text });
  label.htmlFor = control.id;
  return el('div', { className: 'field' }, label, control);
}

/** The rows that pass the filters, in the chosen order. */
function visibleRows() {
  const { status, text, sort, dir } = state.view;
  const needle = text.trim().toLocaleLowerCase();
  let rows = state.outcome.rows;
  if (status !== 'all') rows = rows.filter((r) => r.status === status);
  if (needle) {
    rows = rows.filter((r) =>
      [r.reference, r.name, r.best?.name ?? '', r.error ?? '']
        .some((v) => v.toLocaleLowerCase().includes(needle)),
    );
  }
  const column = COLUMNS.find((c) => c.key === sort);
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  return [...rows].sort((a, b) => {
    const x = column.value(a);
    const y = column.value(b);
    const order = typeof x === 'number' ? x - y : collator.compare(x, y);
    // Ties keep file order, so a sorted table is still predictable.
    return order * dir || a.row - b.row;
  });
}

function drawTable() {
  const area = parts.table;
  if (!area) return;
  const focusKey = document.activeElement?.dataset?.focusKey;
  const rows = visibleRows();
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  state.view.page = Math.min(state.view.page, pages - 1);
  const from = state.view.page * PAGE_SIZE;
  const pageRows = rows.slice(from, from + PAGE_SIZE);
  const columns = COLUMNS.filter((c) => !c.goods || state.outcome.goods);

  const head = el(
    'tr',
    {},
    ...columns.map((c) => {
      const th = el('th', { className: c.num ? 'num' : '' });
      th.scope = 'col';
      th.setAttribute(
        'aria-sort',
        state.view.sort === c.key ? (state.view.dir > 0 ? 'ascending' : 'descending') : 'none',
      );
      const button = el('button', { className: 'sort', text: t(c.label), testid: `batch-sort-${c.key}` });
      button.type = 'button';
      button.dataset.focusKey = `sort-${c.key}`;
      button.title = t('batch.sort', { column: t(c.label) });
      button.addEventListener('click', () => {
        if (state.view.sort === c.key) state.view.dir = -state.view.dir;
        else {
          state.view.sort = c.key;
          // Scores and hit counts are most useful highest first.
          state.view.dir = ['score', 'hits'].includes(c.key) ? -1 : 1;
        }
        state.view.page = 0;
        drawTable();
      });
      th.append(button);
      return th;
    }),
  );

  const body = el('tbody');
  for (const row of pageRows) {
    body.append(tableRow(row, columns));
    if (state.view.expanded.has(row.row)) body.append(hitsRow(row, columns.length));
  }
  const table = el(
    'table',
    { className: 'batch-table', testid: 'batch-table' },
    el('caption', { className: 'visually-hidden', text: t('batch.results') }),
    el('thead', {}, head),
    body,
  );

  const shown = el('p', {
    className: 'hint',
    testid: 'batch-shown',
    text: t('batch.filter.shown', { n: rows.length }),
  });
  area.replaceChildren(
    shown,
    rows.length === 0 ? el('p', { className: 'hint', text: t('batch.empty'), testid: 'batch-empty' }) : scrollBox(table, t('batch.results')),
    pager(rows.length, pages),
  );
  if (focusKey) area.querySelector(`[data-focus-key="${focusKey}"]`)?.focus();
}

function tableRow(row, columns) {
  const tr = el('tr', { className: `status-${row.status}`, testid: 'batch-row' });
  tr.dataset.row = String(row.row);
  tr.dataset.status = row.status;
  for (const c of columns) {
    const td = el('td', { className: c.num ? 'num' : '' });
    // Shown before the value on a phone, where each row is drawn as a card (style.css).
    td.dataset.label = t(c.label);
    switch (c.key) {
      case 'row':
        td.textContent = String(row.row);
        break;
      case 'ref':
        td.textContent = row.reference;
        break;
      case 'name':
        td.textContent = row.name;
        td.className = 'batch-name';
        td.dataset.testid = 'batch-cell-name';
        break;
      case 'best':
        td.className = 'batch-best';
        if (row.best) {
          td.append(
            el('span', { className: 'batch-best-name', text: row.best.name, testid: 'batch-best' }),
            el('span', { className: 'batch-best-list', text: row.best.list_title }),
          );
        }
        break;
      case 'score':
        td.textContent = row.best ? percent(row.best.score) : '';
        break;
      case 'hits':
        td.textContent = formatNumber(row.hits);
        break;
      case 'status':
        td.className = 'batch-status';
        td.dataset.testid = 'batch-status';
        td.append(el('span', { className: `badge badge-${row.status}`, text: statusText(row) }));
        // A goods error is told in the goods column; a name error here.
        if (row.error !== undefined) {
          td.append(el('span', { className: 'batch-error', text: row.error }));
        }
        if (row.hits > 0) td.append(expandButton(row));
        break;
      case 'goods':
        td.className = 'batch-goods';
        td.textContent = goodsText(row);
        break;
    }
    tr.append(td);
  }
  return tr;
}

/** The button that opens a row's hits below it (in the status cell, to keep the table narrow). */
function expandButton(row) {
  const open = state.view.expanded.has(row.row);
  const button = el('button', {
    className: 'secondary small',
    text: open ? t('batch.collapse') : t('batch.expand', { n: row.hits }),
    testid: 'batch-expand',
  });
  button.type = 'button';
  button.dataset.focusKey = `expand-${row.row}`;
  button.setAttribute('aria-expanded', String(open));
  if (open) button.setAttribute('aria-controls', `batch-hits-${row.row}`);
  button.addEventListener('click', () => {
    if (open) state.view.expanded.delete(row.row);
    else state.view.expanded.add(row.row);
    drawTable();
  });
  return button;
}

function hitsRow(row, span) {
  const query = { name: row.name, kind: row.kind, dob: row.dob, country: row.country };
  const cell = el(
    'td',
    { className: 'batch-hits-cell' },
    el('h3', { className: 'visually-hidden', text: t('batch.hits.for', { row: row.row }) }),
    el('ol', { className: 'hits' }, ...row.report.hits.map((hit) => renderHit(hit, { engine, query }))),
  );
  cell.colSpan = span;
  const tr = el('tr', { className: 'batch-hits-row', testid: 'batch-hits' });
  tr.id = `batch-hits-${row.row}`;
  tr.append(cell);
  return tr;
}

function statusText(row) {
  if (row.status === 'match' && row.hits === 0 && row.goodsFlagged) return t('batch.status.goods');
  return t(`batch.status.${row.status}`);
}

function goodsText(row) {
  const g = row.goods;
  if (!g) return '';
  if (g.error !== undefined) return t('batch.goods.error', { message: g.error });
  if (g.mode === 'code') return t('batch.goods.code', { code: g.report.formatted, status: g.label });
  if (!g.code) return t('batch.goods.none');
  return t('batch.goods.text', { code: g.code, status: g.label });
}

function pager(count, pages) {
  const page = state.view.page;
  const nav = el('nav', { className: 'batch-pager', testid: 'batch-pager' });
  nav.setAttribute('aria-label', t('batch.page', { page: page + 1, pages }));
  const button = (key, label, target, disabled) => {
    const b = el('button', { className: 'secondary small', text: label, testid: `batch-page-${key}` });
    b.type = 'button';
    b.dataset.focusKey = `page-${key}`;
    b.disabled = disabled;
    b.addEventListener('click', () => {
      state.view.page = target;
      drawTable();
    });
    return b;
  };
  nav.append(
    button('prev', t('batch.page.prev'), page - 1, page === 0),
    el('span', { className: 'batch-page', testid: 'batch-page', text: t('batch.page', { page: page + 1, pages }) }),
    button('next', t('batch.page.next'), page + 1, page >= pages - 1),
  );
  if (count > 0) {
    nav.append(
      el('span', {
        className: 'hint',
        text: t('batch.page.range', {
          from: page * PAGE_SIZE + 1,
          to: Math.min(count, (page + 1) * PAGE_SIZE),
          n: count,
        }),
      }),
    );
  }
  return nav;
}

// ---- 5. Export ----

/**
 * A cell as CSV: quoted when it must be, and with an apostrophe in front of anything a
 * spreadsheet would run as a formula (=, +, -, @, tab, carriage return). Names and list texts
 * come from outside; `=HYPERLINK(...)` in a partner file must stay text when opened in Excel.
 */
export function csvCell(value) {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvFile(outcome) {
  const fields = [
    ['row', (r) => r.row],
    ['reference', (r) => r.reference],
    ['name', (r) => r.name],
    ['kind', (r) => r.kind],
    ['dob', (r) => r.dob],
    ['country', (r) => r.country],
    ['status', (r) => statusText(r)],
    ['hits', (r) => r.hits],
    ['best_name', (r) => r.best?.name],
    ['best_list', (r) => r.best?.list_title],
    ['best_id', (r) => r.best?.entity_id],
    ['best_score', (r) => (r.best ? r.best.score.toFixed(3) : '')],
    [
      'all_hits',
      (r) =>
        (r.report?.hits ?? [])
          .map((h) => `${h.name} (${h.list_title}; ${h.entity_id}; ${percent(h.score)})`)
          .join(' | '),
    ],
    ['error', (r) => r.error ?? r.goods?.error],
  ];
  if (outcome.goods) {
    fields.push(
      ['goods_code', (r) => r.goodsCode],
      ['goods_description', (r) => r.goodsText],
      ['goods_status', (r) => (r.goods && r.goods.error === undefined ? goodsText(r) : '')],
    );
  }
  const sources = (outcome.manifest.sources ?? [])
    .map((s) => `${s.title} (${s.published ?? '?'})`)
    .join('; ');
  fields.push(['lists', () => sources]);
  const lines = [fields.map(([key]) => csvCell(t(`batch.csv.${key}`))).join(',')];
  for (const row of [...outcome.rows].sort((a, b) => a.row - b.row)) {
    lines.push(fields.map(([, get]) => csvCell(get(row))).join(','));
  }
  // The byte-order mark makes Excel read the file as UTF-8 (Cyrillic names stay readable);
  // CRLF is what RFC 4180 and Excel expect.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function jsonFile(outcome) {
  return JSON.stringify(
    {
      generator: 'sanctions-checker batch',
      finished: outcome.finished,
      file: outcome.file,
      sheet: outcome.sheet || undefined,
      rows: outcome.totalRows,
      checked: outcome.rows.length,
      cancelled: outcome.cancelled,
      seconds: Math.round(outcome.ms) / 1000,
      options: outcome.options,
      summary: outcome.summary,
      // What was checked against: every list with its date and the sha256 of its file.
      manifest: outcome.manifest,
      results: [...outcome.rows]
        .sort((a, b) => a.row - b.row)
        .map((r) => ({
          row: r.row,
          reference: r.reference,
          input: {
            name: r.name,
            kind: r.kind,
            dob: r.dob,
            country: r.country,
            goods_code: r.goodsCode,
            goods_description: r.goodsText,
          },
          status: r.status,
          error: r.error,
          report: r.report,
          goods: r.goods
            ? r.goods.error !== undefined
              ? { error: r.goods.error }
              : { status: r.goods.status, report: r.goods.report }
            : undefined,
        })),
    },
    null,
    2,
  );
}

function exportName(outcome, ext) {
  const base = String(outcome.file ?? 'batch').replace(/\.[^.]+$/, '');
  const stamp = outcome.finished.slice(0, 16).replace(/[:T]/g, '-');
  return `${base}-checked-${stamp}.${ext}`;
}

/** Saves text as a file through a Blob and an object URL: nothing leaves the browser. */
function download(text, name, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: the browser reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function messageOf(err) {
  return err instanceof Error ? err.message : String(err);
}
