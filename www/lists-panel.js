// The Lists tab: what the checker screens against (each list's date, age, counts and file
// fingerprints, with a warning when a list is stale), and updating the lists from official
// files the user drops here. It also decides, at start-up, whether the lists the user updated
// and saved on this device are used instead of the built-in ones.
//
// An update is never applied behind the user's back: the files are parsed and a new dataset is
// built in the worker (engine.updateLists), the user sees what changes, and only "Use these
// lists" switches. Whatever goes wrong on the way (a broken file, a full disk) leaves the
// lists in use exactly as they were: a trader must never end up screening against less than
// before without being told.
//
// File names and list titles come from outside: they go on the page through textContent only.

import { $, announce, el } from './dom.js';
import { loadEngine } from './engine.js';
import { addStrings, formatDateTime, formatNumber, onLanguageChange, t } from './i18n.js';
import * as store from './store.js';
import strings from './strings/lists.js';

addStrings(strings);

/** The key of the user's dataset in store.js's `datasets` store. */
const SAVED_KEY = 'current';
/** A list older than this many days gets a warning: lists change weekly, some daily. */
export const STALE_DAYS = 30;
/** How long start-up waits for the saved dataset before using the built-in one. */
const SAVED_READ_TIMEOUT_MS = 1500;
/** Larger files are refused before reading: the largest official list (EU XML) is ~25 MB. */
const MAX_FILE_BYTES = 256 * 1024 * 1024;

/**
 * Where to download each list: the addresses of scripts' `fetch` command (fetch.rs), except
 * OFAC, whose lists come as several files and formats, so its download page is named instead.
 */
const OFFICIAL_SOURCES = {
  'un-sc': 'https://scsanctions.un.org/resources/xml/en/consolidated.xml',
  'us-ofac-sdn': 'https://sanctionslist.ofac.treas.gov/Home/SdnList',
  'us-ofac-cons': 'https://sanctionslist.ofac.treas.gov/Home/ConsolidatedList',
  'eu-fsf':
    'https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw',
  'uk-ofsi': 'https://ofsistorage.blob.core.windows.net/publishlive/2022format/ConList.csv',
  'ca-sema':
    'https://www.international.gc.ca/world-monde/assets/office_docs/international_relations-relations_internationales/sanctions/sema-lmes.xml',
  'au-dfat': 'https://www.dfat.gov.au/sites/default/files/regulation8_consolidated.xlsx',
  'us-csl': 'https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv',
};

/** Which data is in use: 'builtin', 'saved' (an update kept on this device) or 'session'. */
let origin = { kind: 'builtin' };
/** Why the saved update was not used at start-up, if it was not. */
let startupProblem = null;

/**
 * Starts the engine with the lists the user updated and saved on this device, if any, else
 * with the built-in ones. `inline` is what the offline build carries ({ wasm, dataset }) or {}.
 * A saved dataset that no longer opens (e.g. a format from an older version of the page) is
 * dropped, the built-in lists are used, and the Lists tab says why.
 */
export async function startEngine(inline = {}) {
  const saved = await readSaved();
  if (saved) {
    try {
      const engine = await loadEngine({ ...inline, dataset: saved.dataset, builtin: inline.dataset });
      origin = { kind: 'saved', time: saved.time, files: saved.files ?? [] };
      return engine;
    } catch (err) {
      // The engine's closing hint (rebuild with a command) is for whoever builds the page;
      // the person here is told what to do instead, in the notice.
      startupProblem = messageOf(err).replace(/;\s*(?:re)?build\b[\s\S]*$/, '.');
      // It will never open with this version of the engine; keeping it would only repeat the
      // failure (and the slower start) on every visit. The user still has the official files.
      store.remove('datasets', SAVED_KEY).catch(() => {});
    }
  }
  return loadEngine(inline);
}

/** The saved dataset record, or null (none, IndexedDB unavailable, or too slow to answer). */
async function readSaved() {
  let timer;
  try {
    const record = await Promise.race([
      store.get('datasets', SAVED_KEY),
      new Promise((resolve) => {
        timer = setTimeout(() => resolve(null), SAVED_READ_TIMEOUT_MS);
      }),
    ]);
    return record?.dataset instanceof Uint8Array ? record : null;
  } catch {
    // No memory on this device (private mode, file:// in a locked-down browser): built-in lists.
    return null;
  } finally {
    clearTimeout(timer);
  }
}

// --- the panel --------------------------------------------------------------------------------

let engine = null;
/** The update built and waiting for "Use these lists": { result, names }. */
let pending = null;
/** The panel's latest message: { kind: 'error'|'ok'|'warning'|'progress', text: () => string }. */
let message = null;
/** Counts update attempts, so an older one finishing late cannot overwrite a newer one. */
let job = 0;
let busy = false;

/** Draws the Lists tab and wires the update controls to the engine. */
export function setupLists(theEngine) {
  engine = theEngine;
  const root = $('lists-root');
  // Status first, then the update (what a stale warning asks for), then the goods tables,
  // which the update does not touch.
  root.replaceChildren(
    el('section', { className: 'lists-status', testid: 'lists-status' }),
    updateSection(),
    el('section', { className: 'lists-goods', testid: 'lists-goods' }),
  );
  root.querySelector('.lists-status').setAttribute('aria-labelledby', 'lists-status-heading');
  guardAgainstStrayDrops();
  engine.onDatasetChange(() => renderStatus());
  onLanguageChange(renderAll);
  renderAll();
}

function renderAll() {
  renderStatus();
  renderGoods();
  renderUpdateTexts();
  renderReview();
  renderMessage();
  renderStartupNotice();
}

/** Whole days from a YYYY-MM-DD date to today (local calendar), or null when undated. */
export function ageInDays(date, now = new Date()) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date ?? '');
  if (!m) return null;
  const then = Date.UTC(+m[1], +m[2] - 1, +m[3]);
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((today - then) / 86_400_000);
}

function renderStatus() {
  const section = $('lists-root')?.querySelector('.lists-status');
  if (!section) return;
  const manifest = engine.manifest;
  const sources = manifest.sources ?? [];
  const now = new Date();
  const stale = sources.filter((s) => isStale(s, now));

  const originLine = el('p', { className: 'lists-origin', testid: 'lists-origin' });
  originLine.dataset.origin = origin.kind;
  originLine.textContent =
    origin.kind === 'builtin'
      ? t('lists.origin.builtin', { built: formatDateTime(manifest.built) })
      : t(`lists.origin.${origin.kind}`, {
          time: formatDateTime(origin.time),
          files: origin.files.join(', '),
        });

  const builtinButton = el('button', {
    className: 'secondary',
    text: t('lists.builtin.button'),
    testid: 'lists-builtin',
  });
  builtinButton.type = 'button';
  builtinButton.hidden = origin.kind === 'builtin';
  builtinButton.disabled = busy;
  builtinButton.addEventListener('click', returnToBuiltin);

  const summary = el('p', {
    className: stale.length ? 'lists-summary lists-summary-stale' : 'lists-summary',
    testid: 'lists-summary',
  });
  if (stale.length) {
    summary.append(warningIcon(), t('lists.stale.summary', { n: stale.length, days: STALE_DAYS }));
  } else {
    summary.textContent = t('lists.fresh.summary', { days: STALE_DAYS });
  }

  section.replaceChildren(
    el('h2', { text: t('lists.status.heading') }),
    originLine,
    builtinButton,
    summary,
    el('ul', { className: 'list-cards' }, ...sources.map((s) => sourceCard(s, now))),
  );
  section.firstChild.id = 'lists-status-heading';
}

function isStale(source, now) {
  const age = ageInDays(source.published, now);
  return age === null || age > STALE_DAYS;
}

/** The warning sign, hidden from screen readers, which read the word "Warning:" instead. */
function warningIcon() {
  const icon = el('span', { className: 'warning-icon', text: '⚠' });
  icon.setAttribute('aria-hidden', 'true');
  return el(
    'span',
    {},
    icon,
    el('span', { className: 'visually-hidden', text: `${t('lists.warning.icon')} ` }),
  );
}

/** One list: title, warning when stale, date, age, counts by type, files and fingerprints. */
function sourceCard(source, now) {
  const age = ageInDays(source.published, now);
  const card = el('li', { className: 'list-card', testid: 'list-status' });
  card.dataset.list = source.list;
  card.append(el('h3', { className: 'list-title', text: source.title, testid: 'list-title' }));

  if (isStale(source, now)) {
    card.classList.add('list-card-stale');
    const url = OFFICIAL_SOURCES[source.list];
    const sentence =
      age === null
        ? t('lists.warning.undated', { title: source.title })
        : t('lists.warning.old', {
            title: source.title,
            date: source.published,
            age: t('lists.days', { n: age }),
          });
    // The address goes in as its own element, so it can be selected and followed; the
    // sentence around it stays one translated string.
    const [before, after = ''] = sentence.split('{url}');
    const link = url
      ? el('a', { className: 'source-url', text: url })
      : el('span', { text: t('lists.date.unknown') });
    if (url) {
      link.href = url;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
    }
    card.append(
      el('p', { className: 'list-warning', testid: 'list-warning' }, warningIcon(), before, link, after),
    );
  }

  const facts = el('dl', { className: 'list-facts' });
  const fact = (term, value, testid) =>
    facts.append(el('div', {}, el('dt', { text: term }), el('dd', { testid }, value)));
  fact(t('lists.fact.published'), source.published ?? t('lists.date.unknown'), 'list-published');
  fact(
    t('lists.fact.age'),
    age === null ? t('lists.date.unknown') : age <= 0 ? t('lists.today') : t('lists.days', { n: age }),
    'list-age',
  );
  fact(t('lists.fact.entries'), countsText(source), 'list-counts');
  fact(t('lists.fact.files'), filesList(source), 'list-files');
  card.append(facts);
  return card;
}

/** "1,003 entries: 730 persons, 273 organisations" (types the file did not state are named). */
function countsText(source) {
  const total = t('lists.count.total', { n: source.entities ?? 0 });
  const parts = [];
  let typed = 0;
  for (const kind of ['persons', 'organizations', 'vessels', 'aircraft']) {
    const n = Number(source[kind] ?? 0);
    typed += n;
    if (n > 0) parts.push(t(`lists.count.${kind}`, { n }));
  }
  const other = (source.entities ?? 0) - typed;
  if (other > 0) parts.push(t('lists.count.other', { n: other }));
  return parts.length ? `${total}: ${parts.join(', ')}` : total;
}

/** The files a list was read from, each with its SHA-256: short, full on demand, copyable. */
function filesList(source) {
  const parts = source.parts?.length
    ? source.parts
    : [{ name: source.file, sha256: source.sha256 }];
  return el('ul', { className: 'list-files' }, ...parts.map((p) => fileItem(p.name, p.sha256)));
}

function fileItem(name, sha256) {
  const item = el('li', { className: 'list-file' }, el('span', { className: 'file-name', text: name }));
  if (!sha256) return item;
  const full = el('code', { className: 'sha-full', text: sha256, testid: 'sha-full' });
  const details = el(
    'details',
    { className: 'sha' },
    el(
      'summary',
      {},
      el('span', { className: 'visually-hidden', text: `${t('lists.sha.full', { file: name })}: ` }),
      el('span', { text: `${t('lists.sha.label')} ` }),
      el('code', { text: `${sha256.slice(0, 12)}…`, testid: 'sha-short' }),
    ),
    full,
  );
  const copy = el('button', { className: 'small secondary', text: t('lists.sha.copy') });
  copy.type = 'button';
  copy.setAttribute('aria-label', t('lists.sha.copyLabel', { file: name }));
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(sha256);
      announce(t('lists.sha.copied', { file: name }));
    } catch {
      // No clipboard access (some file:// pages, older browsers): select it for Ctrl+C.
      details.open = true;
      const range = document.createRange();
      range.selectNodeContents(full);
      const selection = getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      announce(t('lists.sha.selected', { file: name }));
    }
  });
  item.append(details, copy);
  return item;
}

/** The goods tables (annexes, CHPL, nomenclatures) with their dates; they are not updated here. */
function renderGoods() {
  const section = $('lists-root')?.querySelector('.lists-goods');
  if (!section) return;
  const goods = engine.manifest.goods?.sources ?? [];
  section.hidden = goods.length === 0;
  const now = new Date();
  section.replaceChildren(
    el('h2', { text: t('lists.goods.heading') }),
    el('p', { className: 'hint', text: t('lists.goods.note') }),
    el(
      'ul',
      { className: 'list-cards' },
      ...goods.map((g) => {
        const age = ageInDays(g.as_of, now);
        const facts = el('dl', { className: 'list-facts' });
        const fact = (term, value) =>
          facts.append(el('div', {}, el('dt', { text: term }), el('dd', {}, value)));
        fact(t('lists.fact.published'), g.as_of ?? t('lists.date.none'));
        if (age !== null) fact(t('lists.fact.age'), age <= 0 ? t('lists.today') : t('lists.days', { n: age }));
        fact(t('lists.fact.rows'), formatNumber(g.rows ?? 0));
        fact(t('lists.fact.files'), el('ul', { className: 'list-files' }, fileItem(g.file, g.sha256)));
        return el(
          'li',
          { className: 'list-card', testid: 'goods-status' },
          el('h3', { className: 'list-title', text: g.title }),
          facts,
        );
      }),
    ),
  );
}

// --- updating ---------------------------------------------------------------------------------

function updateSection() {
  const input = el('input', { className: 'visually-hidden', testid: 'lists-files' });
  input.type = 'file';
  input.id = 'lists-files';
  input.multiple = true;
  // Reached through the visible button; kept out of the tab order so focus lands once.
  input.tabIndex = -1;
  input.addEventListener('change', () => {
    const files = [...input.files];
    // Cleared, so choosing the same file again (after fixing it) fires a change again.
    input.value = '';
    takeFiles(files);
  });

  const choose = el('button', { className: 'lists-choose', testid: 'lists-choose' });
  choose.type = 'button';
  choose.id = 'lists-choose';
  choose.addEventListener('click', () => input.click());

  const zone = el(
    'div',
    { className: 'drop-zone', testid: 'lists-drop' },
    el('p', { className: 'drop-title' }),
    el('p', { className: 'drop-or' }, el('span', { className: 'drop-or-word' }), ' ', choose),
    input,
  );
  zone.id = 'lists-drop';
  input.setAttribute('aria-labelledby', 'lists-choose');
  const hasFiles = (event) => [...(event.dataTransfer?.types ?? [])].includes('Files');
  zone.addEventListener('dragover', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    zone.classList.add('drop-active');
  });
  zone.addEventListener('dragleave', (event) => {
    if (!zone.contains(event.relatedTarget)) zone.classList.remove('drop-active');
  });
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('drop-active');
    takeFiles([...(event.dataTransfer?.files ?? [])]);
  });

  const section = el(
    'section',
    { className: 'lists-update', testid: 'lists-update' },
    el('h2', { className: 'update-heading' }),
    el('p', { className: 'update-intro' }),
    el('p', { className: 'hint update-formats' }),
    zone,
    el('div', { className: 'lists-message', testid: 'lists-message' }),
    el('div', { className: 'lists-review', testid: 'lists-review' }),
  );
  section.querySelector('.update-heading').id = 'lists-update-heading';
  section.setAttribute('aria-labelledby', 'lists-update-heading');
  return section;
}

function renderUpdateTexts() {
  const root = $('lists-root');
  const set = (selector, text) => {
    const node = root.querySelector(selector);
    if (node) node.textContent = text;
  };
  set('.update-heading', t('lists.update.heading'));
  set('.update-intro', t('lists.update.intro'));
  set('.update-formats', t('lists.update.formats'));
  set('.drop-title', t('lists.update.drop'));
  set('.drop-or-word', t('lists.update.or'));
  set('.lists-choose', t('lists.update.choose'));
}

/**
 * A file dropped beside the drop zone would make the browser open it in place of the page, and
 * with it go the results on screen. Drops nobody handled are swallowed instead.
 */
function guardAgainstStrayDrops() {
  for (const type of ['dragover', 'drop']) {
    window.addEventListener(type, (event) => {
      if (!event.defaultPrevented && [...(event.dataTransfer?.types ?? [])].includes('Files')) {
        event.preventDefault();
        if (type === 'dragover') event.dataTransfer.dropEffect = 'none';
      }
    });
  }
}

function setBusy(on) {
  busy = on;
  const root = $('lists-root');
  root.querySelector('.lists-choose').disabled = on;
  for (const button of root.querySelectorAll('.lists-review button, [data-testid=lists-builtin]')) {
    button.disabled = on;
  }
  root.querySelector('.lists-update').setAttribute('aria-busy', String(on));
}

/**
 * Shows the panel's one message. Progress and outcomes are spoken through the page's live
 * region; a refusal is drawn as an alert, which screen readers read out by themselves.
 */
function setMessage(kind, text) {
  message = kind ? { kind, text } : null;
  renderMessage();
  if (message && kind !== 'error') announce(text());
}

function renderMessage() {
  const box = $('lists-root')?.querySelector('.lists-message');
  if (!box) return;
  if (!message) {
    box.replaceChildren();
    box.className = 'lists-message';
    return;
  }
  box.className = `lists-message lists-message-${message.kind}`;
  const children = [];
  if (message.kind === 'error' || message.kind === 'warning') children.push(warningIcon());
  children.push(el('span', { text: message.text(), testid: `lists-${message.kind}` }));
  if (message.kind === 'progress') {
    const bar = el('progress', { className: 'lists-progress' });
    bar.setAttribute('aria-hidden', 'true');
    children.push(bar);
  }
  const line = el('p', {}, ...children);
  if (message.kind === 'error') line.setAttribute('role', 'alert');
  box.replaceChildren(line);
}

function totalSize(files) {
  const bytes = files.reduce((sum, f) => sum + (f.size ?? f.bytes?.length ?? 0), 0);
  return bytes >= 1024 * 1024
    ? `${formatNumber(bytes / 1024 / 1024, { maximumFractionDigits: 1 })} MB`
    : `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

/** Reads the files, has the worker build a dataset from them, and shows what would change. */
async function takeFiles(files) {
  if (files.length === 0 || !engine) return;
  const mine = ++job;
  pending = null;
  renderReview();
  setBusy(true);
  const names = files.map((f) => f.name);
  setMessage('progress', () => t('lists.update.reading', { n: files.length }));
  try {
    const inputs = [];
    for (const file of files) inputs.push(await readFile(file));
    if (mine !== job) return;
    setMessage('progress', () =>
      t('lists.update.building', { n: files.length, size: totalSize(files) }),
    );
    const result = await engine.updateLists(inputs);
    if (mine !== job) return;
    pending = { result, names };
    setMessage('ok', () => t('lists.review.ready'));
    renderReview();
    $('lists-root').querySelector('.lists-review h3')?.focus();
  } catch (err) {
    if (mine !== job) return;
    refuse(messageOf(err), names);
  } finally {
    if (mine === job) setBusy(false);
  }
}

async function readFile(file) {
  if (file.size > MAX_FILE_BYTES) {
    throw new Error(t('lists.update.tooBig', { file: file.name, size: '256 MB' }));
  }
  try {
    return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch (err) {
    throw new Error(t('lists.update.unreadable', { file: file.name, reason: messageOf(err) }));
  }
}

/** Shows why an update was refused, always naming the file(s) and that nothing changed. */
function refuse(engineReason, names) {
  // The engine's message opens and closes with what this panel says anyway ("not updated",
  // "kept unchanged"); only its middle, the file and the reason, is kept.
  let reason = engineReason
    .replace(/^the lists were not updated:\s*/i, '')
    .replace(/;\s*the lists already loaded were kept unchanged\.?$/i, '')
    .trim();
  if (!/[.!?]$/.test(reason)) reason += '.';
  // The engine names the file it could not read; should a message ever not, the user must
  // still learn which of the files was meant.
  const named = names.some((n) => reason.includes(n)) ? reason : `${names.join(', ')}: ${reason}`;
  setMessage('error', () => `${t('lists.update.refused', { reason: named })} ${t('lists.update.kept')}`);
}

function renderReview() {
  const box = $('lists-root')?.querySelector('.lists-review');
  if (!box) return;
  if (!pending) {
    box.replaceChildren();
    return;
  }
  const { result } = pending;
  const side = (date, entries) =>
    t('lists.review.side', {
      date: date ?? t('lists.date.unknown'),
      entries: t('lists.count.total', { n: entries ?? 0 }),
    });
  const rows = (result.changes ?? []).map((c) => {
    const row = el(
      'tr',
      { testid: 'review-change' },
      el('th', { text: c.title }),
      el('td', {
        testid: 'review-old',
        text:
          c.change === 'added' ? t('lists.review.added') : side(c.old_published, c.old_entities),
      }),
      el('td', { testid: 'review-new', text: side(c.new_published, c.new_entities) }),
    );
    row.firstChild.scope = 'row';
    row.dataset.list = c.list;
    return row;
  });
  const head = el(
    'tr',
    {},
    el('th', { text: t('lists.fact.list') }),
    el('th', { text: t('lists.review.before') }),
    el('th', { text: t('lists.review.after') }),
  );
  for (const th of head.children) th.scope = 'col';
  const table = el(
    'table',
    { className: 'review-table' },
    el('caption', { text: t('lists.review.caption') }),
    el('thead', {}, head),
    el('tbody', {}, ...rows),
  );

  const warnings = (result.warnings ?? []).map((w) =>
    el('li', { className: 'review-warning', testid: 'review-warning' }, warningIcon(), w),
  );
  const heading = el('h3', { text: t('lists.review.heading') });
  heading.tabIndex = -1;

  const apply = el('button', { text: t('lists.review.apply'), testid: 'lists-apply' });
  apply.type = 'button';
  apply.addEventListener('click', applyUpdate);
  const cancel = el('button', {
    className: 'secondary',
    text: t('lists.review.cancel'),
    testid: 'lists-cancel',
  });
  cancel.type = 'button';
  cancel.addEventListener('click', () => {
    pending = null;
    job++;
    renderReview();
    setMessage('ok', () => t('lists.review.cancelled'));
    $('lists-choose').focus();
  });

  const parts = [
    heading,
    el('div', { className: 'table-scroll' }, table),
    warnings.length ? el('ul', { className: 'review-warnings' }, ...warnings) : null,
    result.problems
      ? el('p', { className: 'hint', text: t('lists.review.problems', { n: result.problems }) })
      : null,
    el('p', { className: 'hint', text: t('lists.review.unchanged') }),
    el('div', { className: 'actions review-actions' }, apply, cancel),
  ];
  box.replaceChildren(...parts.filter(Boolean));
}

/** Switches to the pending update, then keeps it on this device. */
async function applyUpdate() {
  if (!pending || busy) return;
  const { result, names } = pending;
  const mine = ++job;
  setBusy(true);
  setMessage('progress', () => t('lists.apply.working'));
  try {
    // engine.open copies the bytes to the worker; `result.dataset` stays ours to save.
    await engine.open(result.dataset);
  } catch (err) {
    pending = null;
    renderReview();
    setMessage('error', () => t('lists.apply.failed', { reason: messageOf(err) }));
    setBusy(false);
    return;
  }
  pending = null;
  startupProblem = null;
  renderStartupNotice();
  const time = new Date().toISOString();
  const titles = (result.changes ?? []).map((c) => `${c.title} (${c.new_published ?? '?'})`).join('; ');
  try {
    await store.put('datasets', {
      name: SAVED_KEY,
      dataset: result.dataset,
      manifest: result.manifest,
      time,
      files: names,
    });
    origin = { kind: 'saved', time, files: names };
    setMessage('ok', () => t('lists.apply.done', { lists: titles }));
  } catch (err) {
    // Quota or no IndexedDB at all: the update is in use now, and the user is told it will
    // not be there next time.
    origin = { kind: 'session', time, files: names };
    setMessage('warning', () => t('lists.apply.sessionOnly', { reason: messageOf(err) }));
  }
  if (mine === job) setBusy(false);
  renderReview();
  renderStatus();
  renderGoods();
}

/** Switches back to the built-in lists and forgets the saved update. */
async function returnToBuiltin() {
  if (busy) return;
  const mine = ++job;
  pending = null;
  renderReview();
  setBusy(true);
  setMessage('progress', () => t('lists.builtin.working'));
  const was = origin.kind;
  try {
    await engine.open(await engine.builtinDataset());
  } catch (err) {
    setMessage('error', () => t('lists.builtin.failed', { reason: messageOf(err) }));
    setBusy(false);
    return;
  }
  origin = { kind: 'builtin' };
  try {
    await store.remove('datasets', SAVED_KEY);
    setMessage('ok', () => t('lists.builtin.done'));
  } catch (err) {
    // Nothing was saved in a session-only update, so there was nothing to delete.
    if (was === 'saved') {
      setMessage('warning', () => t('lists.builtin.notDeleted', { reason: messageOf(err) }));
    } else {
      setMessage('ok', () => t('lists.builtin.done'));
    }
  }
  if (mine === job) setBusy(false);
  renderStatus();
  renderGoods();
  $('lists-choose').focus();
}

/** A notice above the tabs when the saved update could not be used at start-up. */
function renderStartupNotice() {
  let notice = $('lists-startup-notice');
  if (!startupProblem) {
    notice?.remove();
    return;
  }
  if (!notice) {
    notice = el('div', { className: 'lists-notice', testid: 'lists-startup-notice' });
    notice.id = 'lists-startup-notice';
    notice.setAttribute('role', 'alert');
    $('tabs').before(notice);
  }
  notice.replaceChildren(
    el('p', {}, warningIcon(), t('lists.origin.fallback', { reason: startupProblem })),
  );
}

function messageOf(err) {
  return err instanceof Error ? err.message : String(err);
}
