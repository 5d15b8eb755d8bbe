// Shared set-up for the browser tests: the real engine (pkg/), the real default dataset
// (www/data/) and the real offline build (dist/), driven in Debian's Chromium through
// playwright-core. Nothing here imitates the engine; a test that cannot find the built pieces
// fails and says how to build them.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

export const ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
);
export const OFFLINE_PAGE = path.join(ROOT, 'dist', 'sanctions-checker.html');
const RESULTS_DIR = path.join(ROOT, 'test-results');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Fails with the command that fixes it when a built piece the tests use is missing. */
export function requireBuilt({ offline = false } = {}) {
  const needed = [
    'pkg/sanctions_checker.js',
    'pkg/sanctions_checker_bg.wasm',
    'www/data/manifest.json',
  ];
  if (offline) needed.push('dist/sanctions-checker.html');
  const missing = needed.filter((file) => !existsSync(path.join(ROOT, file)));
  if (missing.length > 0) {
    throw new Error(
      `The browser tests need the built engine, dataset and offline page; missing: ` +
        `${missing.join(', ')}. Run \`make wasm dataset offline\` first.`,
    );
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: run \`make setup-browser\` (Debian's chromium), ` +
        'or set CHROMIUM_PATH.',
    );
  }
}

/**
 * Registers the file's set-up: checks the built pieces (and the offline page when `offline`),
 * starts the static server on a free port and Chromium, hands both to `use`, and closes them
 * after the file's last test.
 */
export function servedPage(use, { offline = false } = {}) {
  let started = {};
  before(async () => {
    requireBuilt({ offline });
    started = { server: await startServer({ port: 0 }), browser: await launchBrowser() };
    use(started);
  });
  after(async () => {
    await started.browser?.close();
    await started.server?.close();
  });
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A fresh context and page, with everything the tests assert on recorded from the start:
 * console errors and uncaught exceptions (a CSP violation is a console error, so this catches
 * those too), dialogs (an injected alert() would open one), and requests.
 */
export async function openPage(
  browser,
  { width = 1024, height = 900, ...contextOptions } = {},
) {
  // contextOptions: e.g. `locale` (sets navigator.languages, which choose the page's
  // language) or `bypassCSP` (only for injecting the accessibility checker).
  const context = await browser.newContext({
    viewport: { width, height },
    ...contextOptions,
  });
  const page = await context.newPage();
  const errors = [];
  const dialogs = [];
  const requests = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  page.on('request', (request) => requests.push(request.url()));
  return { context, page, errors, dialogs, requests };
}

/** Waits until the engine and the lists are loaded (or failed to load), and says which. */
export async function waitUntilSettled(page) {
  await page.waitForSelector('body:not([data-state="loading"])', {
    timeout: 15_000,
  });
  return page.evaluate(() => document.body.dataset.state);
}

export async function waitUntilReady(page) {
  const state = await waitUntilSettled(page);
  if (state !== 'ready') {
    const message = await page.textContent('[data-testid=error]');
    assert.fail(`the page did not load its lists: ${message?.trim()}`);
  }
}

/**
 * Fills the form and presses Check, then waits for that check's answer. The results region
 * counts finished checks, which tells a new answer from the previous one.
 */
export async function checkName(page, name, { kind, dob, country } = {}) {
  const before = await page.getAttribute('#results', 'data-checks');
  await page.fill('#name', name);
  if (kind !== undefined) await page.selectOption('#kind', kind);
  if (dob !== undefined) await page.fill('#dob', dob);
  if (country !== undefined) await page.fill('#country', country);
  await page.click('#check');
  await page.waitForFunction(
    (previous) =>
      document.getElementById('results').dataset.checks !== previous,
    before ?? undefined,
    { timeout: 10_000 },
  );
}

export async function screenshot(page, name) {
  await mkdir(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export function assertNoErrors(errors) {
  assert.deepEqual(
    errors,
    [],
    `the page reported errors:\n${errors.join('\n')}`,
  );
}

// The built dataset's manifest, so tests state what the page must show for the data it loads
// instead of hard-coding one build's lists and dates.
export function builtManifest() {
  return JSON.parse(readFileSync(path.join(ROOT, 'www', 'data', 'manifest.json'), 'utf8'));
}

// What the header must say: "Lists as of" the oldest known publication date (the honest claim
// for a set of lists), and each list with its entry count.
export async function expectListsHeader(page) {
  const manifest = builtManifest();
  const header = await page.textContent('[data-testid=lists-as-of]');
  const dates = manifest.sources.map((s) => s.published).filter(Boolean).sort();
  assert.match(header, new RegExp(`Lists as of ${dates[0]}`));
  for (const s of manifest.sources) {
    assert.ok(header.includes(s.title), `${s.title} is named in the header`);
    assert.ok(
      header.includes(`${s.entities.toLocaleString('en-US')} entries`),
      `${s.title} shows its ${s.entities} entries`,
    );
  }
  assert.match(header, /UN Security Council Consolidated List \(published 2026-02-27/);
}

// The "No match" message names how many lists were checked.
export async function expectNoMatch(page) {
  const n = builtManifest().sources.length;
  const text = await page.textContent('[data-testid=no-match]');
  assert.match(text, new RegExp(`No match on ${n} list${n === 1 ? '' : 's'} \\(`));
  assert.ok(text.includes('UN Security Council Consolidated List'));
  assert.equal(await page.locator('[data-testid=hit]').count(), 0);
}

// "Eric Badege" (UN CDi.001) is found with his UN entry's name, list and score: shared by the
// served-page and the offline tests, which must show the same thing. Other lists that copy the
// UN listing (Australia's, for one) may rank beside it, so the UN entry is looked up by id.
export async function expectBadegeHit(page) {
  const hit = page
    .locator('[data-testid=hit]')
    .filter({ has: page.locator('[data-testid=hit-id]', { hasText: 'un-sc:CDi.001' }) });
  assert.equal(await hit.count(), 1, 'the UN entry is among the hits');
  assert.match(await hit.locator('[data-testid=hit-name]').textContent(), /BADEGE/);
  assert.match(
    await hit.locator('[data-testid=hit-list]').textContent(),
    /UN Security Council Consolidated List, published 2026-02-27/,
  );
  assert.match(await hit.locator('[data-testid=hit-score]').textContent(), /\d+%/);
  return hit;
}

// Loads the served page with one URL answered by `handler` (a Playwright route handler),
// checks that the page settles as failed with nothing checkable, saves a screenshot if named,
// and returns the text of the error box.
export async function errorShownWhen(browser, url, glob, handler, shot) {
  const { context, page } = await openPage(browser);
  try {
    await context.route(glob, handler);
    await page.goto(url);
    assert.equal(await waitUntilSettled(page), 'failed');
    assert.ok(
      await page.isDisabled('#check'),
      'nothing can be checked without an engine and lists',
    );
    if (shot) await screenshot(page, shot);
    return await page.textContent('[data-testid=error]');
  } finally {
    await context.close();
  }
}
