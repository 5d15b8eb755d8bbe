// The page's start: chooses the language, starts the engine (in a Web Worker, see engine.js)
// with the built-in or the user's updated lists, then hands it to each tab. No matching logic
// lives here or in any tab; the engine decides what a hit is.

import { $, el, withCode } from './dom.js';
import {
  addStrings,
  applyStatic,
  initialLanguage,
  onLanguageChange,
  setLanguage,
  t,
} from './i18n.js';
import strings from './strings/app.js';
import { setupPartner } from './partner-tab.js';
import { setupGoods, setupTabs } from './goods-tab.js';
import { setupHistory } from './history.js';
import { setupLists, startEngine } from './lists-panel.js';
import { setupBatch } from './batch-tab.js';
import { setupOwnership } from './ownership-tab.js';

addStrings(strings);

/**
 * The offline single-file build carries the Wasm and the dataset in non-executing
 * `<script type="application/octet-stream">` blocks; the served page does not, and the worker
 * fetches them.
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

/** The header line: "Lists as of" the oldest publication date, and each list with its size. */
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
    ? t('app.lists.asOf', { date: asOf })
    : t('app.lists.unknownDate');
  $('sources').replaceChildren(
    ...sources.map((s) =>
      el(
        'li',
        { testid: 'source' },
        el('span', { className: 'source-title', text: s.title }),
        el('span', {
          className: 'source-meta',
          // A list without a date gets its own sentence: "published date unknown" reads
          // badly, and in Russian and Kazakh the words would not agree.
          text: s.published
            ? t('app.lists.source', { date: s.published, n: s.entities })
            : t('app.lists.sourceUndated', { n: s.entities }),
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
  for (const panel of document.querySelectorAll('[role=tabpanel]')) {
    if (panel.id !== 'panel-partner') panel.hidden = true;
  }
}

function setupLanguage() {
  const select = $('lang');
  select.value = initialLanguage();
  setLanguage(select.value, { remember: false });
  select.addEventListener('change', () => setLanguage(select.value));
}

/**
 * A page saved with the browser's "Save page as" keeps whatever the previous session drew
 * (results, open panels, error boxes); the start puts everything back to its first state.
 */
function resetSavedState() {
  document.body.dataset.state = 'loading';
  for (const id of ['results', 'goods-results', 'batch-root', 'history-root', 'lists-root', 'ownership-root']) {
    const node = $(id);
    node?.replaceChildren();
    // The counters tests and scripts wait on would otherwise start at the saved value.
    delete node?.dataset.checks;
  }
  $('error').hidden = true;
  $('status').hidden = false;
}

async function main() {
  resetSavedState();
  setupLanguage();
  setupTabs();
  let engine;
  try {
    // The lists the user updated and saved on this device, else the built-in ones.
    engine = await startEngine(inlinedSources());
  } catch (err) {
    showLoadError(err);
    return;
  }
  showListsAsOf(engine.manifest);
  engine.onDatasetChange(showListsAsOf);
  onLanguageChange(() => showListsAsOf(engine.manifest));
  $('status').textContent = '';
  $('status').hidden = true;
  setupPartner(engine);
  setupGoods(engine);
  setupHistory(engine);
  setupLists(engine);
  setupBatch(engine);
  setupOwnership(engine);
  applyStatic(document);
  document.body.dataset.state = 'ready';
  // For scripts/bench-page.mjs: when the page became usable, on the navigation's clock.
  performance.mark('sanctions-checker-ready');
}

main();
