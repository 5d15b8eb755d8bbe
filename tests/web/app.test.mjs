// The page as a whole: accessibility (axe-core over every tab, keyboard use, announcements),
// the Content-Security-Policy, the whole listed record behind a hit, and the engine living in
// a Web Worker.

import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import {
  assertNoErrors,
  checkName,
  expectBadegeHit,
  openPage,
  screenshot,
  servedPage,
  waitUntilReady,
} from './helpers.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

let server;
let browser;

// One server and one browser for the file, closed after its last test.
servedPage((started) => ({ server, browser } = started));

async function openApp(options) {
  const opened = await openPage(browser, options);
  await opened.page.goto(server.url);
  await waitUntilReady(opened.page);
  return opened;
}

/** Serious and critical axe-core violations on the page as it is now, as readable lines. */
async function axeViolations(page) {
  // axe is injected for the audit only: the page's CSP refuses foreign scripts, so this
  // context bypasses CSP (see the test below, which opens the page that way).
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ path: AXE });
  }
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.join('; ')})`);
}

test('every tab passes axe-core with no serious or critical violation', async () => {
  const { context, page, errors } = await openApp({ bypassCSP: true });
  try {
    const found = {};
    await checkName(page, 'Eric Badege');
    await page
      .locator('[data-testid=hit]')
      .first()
      .locator('summary', { hasText: 'Why this score' })
      .click();
    found.partner = await axeViolations(page);

    await page.click('[data-testid=tab-goods]');
    await page.fill('#goods-query', '8482 10');
    await page.click('[data-testid=goods-check]');
    await page.waitForSelector('[data-testid=goods-status]');
    found.goods = await axeViolations(page);

    for (const tab of ['batch', 'history', 'lists', 'ownership']) {
      await page.click(`[data-testid=tab-${tab}]`);
      found[tab] = await axeViolations(page);
    }
    for (const lang of ['ru', 'kk']) {
      await page.selectOption('#lang', lang);
      await page.click('[data-testid=tab-partner]');
      found[`partner (${lang})`] = await axeViolations(page);
    }
    await screenshot(page, 'app-axe-last-state');
    assert.deepEqual(
      Object.entries(found).filter(([, v]) => v.length > 0),
      [],
      'no serious or critical violations',
    );
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('a check can be done with the keyboard alone, and tabs move with the arrow keys', async () => {
  const { context, page, errors } = await openApp();
  try {
    // From the top of the page: the skip link first, then into the page.
    await page.keyboard.press('Tab');
    assert.equal(
      await page.evaluate(() => document.activeElement.className),
      'skip-link',
    );
    await page.keyboard.press('Enter');
    // Tab until the name field has focus; it must be reachable in a few steps.
    let steps = 0;
    while ((await page.evaluate(() => document.activeElement.id)) !== 'name') {
      await page.keyboard.press('Tab');
      assert.ok(++steps < 15, 'the name field is reachable by Tab');
    }
    await page.keyboard.type('Eric Badege');
    const before = await page.getAttribute('#results', 'data-checks');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (previous) => document.getElementById('results').dataset.checks !== previous,
      before ?? undefined,
    );
    await expectBadegeHit(page);
    assert.equal(
      await page.getAttribute('#results', 'aria-live'),
      'polite',
      'results are announced to screen readers',
    );

    await page.focus('[data-testid=tab-partner]');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.getAttribute('[data-testid=tab-goods]', 'aria-selected'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-goods');
    assert.ok(await page.isVisible('#panel-goods'));
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    // From the first tab, Left wraps round to the last.
    assert.equal(await page.getAttribute('[data-testid=tab-ownership]', 'aria-selected'), 'true');
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('the page policy allows no network connection and only its own scripts', async () => {
  const { context, page, errors } = await openApp();
  try {
    const csp = await page.getAttribute(
      'meta[http-equiv="Content-Security-Policy"]',
      'content',
    );
    assert.match(csp, /connect-src 'none'/);
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|\*/);
    // The policy is enforced, not only written: a fetch from the page is refused.
    const outcome = await page.evaluate(async () => {
      try {
        await fetch('/www/data/manifest.json');
        return 'fetched';
      } catch {
        return 'refused';
      }
    });
    assert.equal(outcome, 'refused');
    // The worker holding the engine runs under the policy its script was served with.
    const response = await page.request.get(`${server.url}www/worker.js`);
    assert.match(response.headers()['content-security-policy'], /connect-src 'self'/);
    // The refused fetch above is reported by the browser as a CSP console error: expected.
    assert.ok(errors.every((e) => /Content Security Policy|Failed to fetch/.test(e)));
  } finally {
    await context.close();
  }
});

test('opening a hit shows the whole listed record', async () => {
  const { context, page, errors, requests } = await openApp();
  try {
    await checkName(page, 'Eric Badege');
    const hit = await expectBadegeHit(page);
    const loadedRequests = requests.length;
    await hit.locator('[data-testid=record-details] summary').click();
    const record = hit.locator('[data-testid=record]');
    await record.locator('[data-testid=record-names]').waitFor();
    assert.match(await record.textContent(), /BADEGE/);
    assert.match(await record.locator('[data-testid=record-birth]').textContent(), /1971/);
    assert.match(await record.locator('[data-testid=record-programs]').textContent(), /DRC/);
    assert.match(await record.locator('[data-testid=record-listed]').textContent(), /2012/);
    assert.match(await record.locator('[data-testid=record-remarks]').textContent(), /\w/);
    await screenshot(page, 'app-record');
    assert.equal(requests.length, loadedRequests, 'the record comes from the loaded lists');
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('the engine runs in a worker, so the page keeps responding while it works', async () => {
  const { context, page, errors } = await openApp();
  try {
    const workers = page.workers();
    assert.equal(workers.length, 1, 'one worker holds the engine');
    assert.match(workers[0].url(), /www\/worker\.js$/);
    // The main thread never loads the Wasm: it is only in the worker.
    assert.equal(
      await page.evaluate(() =>
        performance.getEntriesByType('resource').some((e) => e.name.endsWith('.wasm')),
      ),
      false,
    );
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('every module the page loads is preloaded, so start-up does not wait level by level', async () => {
  const { context, page, errors } = await openApp();
  try {
    const { loaded, preloaded } = await page.evaluate(() => ({
      loaded: performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((p) => p.startsWith('/www/') && p.endsWith('.js') && p !== '/www/app.js'),
      preloaded: [...document.querySelectorAll('link[rel=modulepreload]')].map(
        (l) => new URL(l.href).pathname,
      ),
    }));
    // The worker's own script is loaded by the worker, not the page's module graph.
    const missing = loaded.filter((p) => p !== '/www/worker.js' && !preloaded.includes(p));
    assert.deepEqual(missing, [], 'add these to the modulepreload links in index.html');
    assert.ok(preloaded.length >= 10);
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});
