// The classic-script build (dist/sanctions-checker.classic.js) from file://: one <script src>,
// no modules, no server. Every network request is blocked and none may be attempted: the
// engine and the default lists are inside the file.

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { ROOT, assertNoErrors, launchBrowser, openPage, screenshot } from './helpers.mjs';

const CLASSIC = path.join(ROOT, 'dist', 'sanctions-checker.classic.js');

let browser;
let dir;

before(async () => {
  if (!existsSync(CLASSIC)) {
    throw new Error('dist/sanctions-checker.classic.js is missing: run `node scripts/build-package.mjs`');
  }
  dir = await mkdtemp(path.join(os.tmpdir(), 'sanctions-classic-'));
  await copyFile(CLASSIC, path.join(dir, 'sanctions-checker.classic.js'));
  await writeFile(
    path.join(dir, 'index.html'),
    `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Classic build test</title></head>
  <body>
    <h1>A portal without modules</h1>
    <script src="sanctions-checker.classic.js"></script>
    <sanctions-checker id="checker" lists="un-sc"></sanctions-checker>
  </body>
</html>
`,
  );
  await writeFile(
    path.join(dir, 'tag.html'),
    `<!doctype html>
<html lang="ru">
  <head><meta charset="utf-8"><title>Classic build, own tag</title></head>
  <body>
    <script src="sanctions-checker.classic.js" data-tag="kyc-check"></script>
    <kyc-check id="checker"></kyc-check>
  </body>
</html>
`,
  );
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Opens a test page from file://, with every request other than file:// blocked and recorded. */
async function openFile(name) {
  const opened = await openPage(browser);
  const blocked = [];
  await opened.page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  await opened.page.goto(pathToFileURL(path.join(dir, name)).href);
  return { ...opened, blocked };
}

test('from file://, the element checks a name and shows a hit with no network request', async () => {
  const { context, page, errors, requests, blocked } = await openFile('index.html');
  try {
    await page.locator('#checker input[name=name]').fill('Eric Badege');
    await page.locator('#checker button[type=submit]').click();
    const hit = page.locator('#checker [part~=hit][data-list=un-sc]').first();
    await hit.waitFor({ timeout: 20_000 });
    assert.match(await hit.locator('[part~=hit-list]').textContent(), /UN Security Council Consolidated List, published/);
    assert.match(await hit.textContent(), /BADEGE/i);
    // The lists attribute applies: only UN hits.
    const lists = await page.$$eval('#checker >> [part~=hit]', (nodes) => nodes.map((n) => n.dataset.list));
    assert.ok(lists.length > 0 && lists.every((l) => l === 'un-sc'), lists.join());
    assert.deepEqual(blocked, [], 'no network request was attempted');
    assert.deepEqual(
      [...new Set(requests)].map((u) => path.basename(new URL(u).pathname)).sort(),
      ['index.html', 'sanctions-checker.classic.js'],
    );
    assertNoErrors(errors);
    await screenshot(page, 'classic-file');
  } finally {
    await context.close();
  }
});

test('window.SanctionsChecker.load() screens with the inlined lists', async () => {
  const { context, page, errors, blocked } = await openFile('index.html');
  try {
    const r = await page.evaluate(async () => {
      const api = window.SanctionsChecker;
      const engine = await api.load();
      const putin = engine.screen('Vladimir Putin');
      const none = engine.screen('Zorblat Quindlewax');
      let bad = null;
      try {
        engine.screen({ name: 'Ivan', dob: '1970-13-45' });
      } catch (err) {
        bad = { name: err.name, message: err.message, isError: err instanceof api.SanctionsCheckerError };
      }
      return {
        keys: Object.keys(api).sort(),
        lists: engine.manifest().sources.length,
        putin: [...new Set(putin.hits.map((h) => h.list))].sort(),
        none: none.hits.length,
        bad,
        defined: customElements.get('sanctions-checker') === api.SanctionsCheckerElement,
        modules: document.querySelectorAll('script[type=module]').length,
      };
    });
    assert.deepEqual(r.keys, [
      'SanctionsCheckerElement',
      'SanctionsCheckerError',
      'defineSanctionsChecker',
      'load',
      'loadListFiles',
      'loadShared',
    ]);
    assert.ok(r.lists >= 5);
    assert.ok(r.putin.includes('us-ofac-sdn') && r.putin.includes('uk-ofsi'), r.putin.join());
    assert.equal(r.none, 0);
    assert.equal(r.bad.isError, true);
    assert.match(r.bad.message, /date of birth/);
    assert.ok(r.defined);
    assert.equal(r.modules, 0);
    assert.deepEqual(blocked, []);
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('data-tag registers the element under the host’s tag instead', async () => {
  const { context, page, errors, blocked } = await openFile('tag.html');
  try {
    const r = await page.evaluate(async () => {
      const el = document.getElementById('checker');
      const report = await el.check({ name: 'Eric Badege' });
      return {
        ours: customElements.get('sanctions-checker') ?? null,
        theirs: el instanceof window.SanctionsChecker.SanctionsCheckerElement,
        lang: el.lang,
        hits: report.hits.map((h) => h.list),
        button: el.shadowRoot.querySelector('button[type=submit]').textContent,
      };
    });
    assert.equal(r.ours, null, 'the default tag is left free');
    assert.ok(r.theirs);
    assert.equal(r.lang, 'ru', 'the document’s language');
    assert.equal(r.button, 'Проверить');
    assert.ok(r.hits.includes('un-sc'));
    assert.deepEqual(blocked, []);
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});
