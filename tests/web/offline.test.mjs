// The single-file build (dist/sanctions-checker.html) opened from disk with the network cut off.

import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import {
  OFFLINE_PAGE,
  assertNoErrors,
  checkName,
  expectBadegeHit,
  expectListsHeader,
  expectNoMatch,
  launchBrowser,
  openPage,
  requireBuilt,
  screenshot,
  waitUntilReady,
} from './helpers.mjs';

let browser;

before(async () => {
  requireBuilt({ offline: true });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** Opens the file with every request that is not for a local file refused, and recorded. */
async function openOffline(options) {
  const opened = await openPage(browser, options);
  const refused = [];
  await opened.context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    refused.push(url);
    return route.abort();
  });
  await opened.page.goto(pathToFileURL(OFFLINE_PAGE).href);
  await waitUntilReady(opened.page);
  return { ...opened, refused };
}

/** Requests that would have needed a network; data: URLs are answered by the browser itself. */
function networkRequests(urls) {
  return urls.filter(
    (url) => !url.startsWith('file:') && !url.startsWith('data:'),
  );
}

test('the single-file build finds a listed name from file:// with no network', async () => {
  const { context, page, errors, requests, refused } = await openOffline();
  try {
    await expectListsHeader(page);
    await checkName(page, 'Eric Badege');
    await expectBadegeHit(page);
    await screenshot(page, 'offline-hit');
    assert.deepEqual(refused, [], 'the page tried to reach the network');
    assert.deepEqual(
      networkRequests(requests),
      [],
      'the page made a non-file request',
    );
    // CSP violations are console errors, so this also proves the inline hashes are right.
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('the single-file build says "No match" for an unknown name', async () => {
  const { context, page, errors, requests, refused } = await openOffline({
    width: 375,
    height: 812,
  });
  try {
    await checkName(page, 'Xqzvbw Plortnik');
    await expectNoMatch(page);
    await screenshot(page, 'offline-phone-no-match');
    assert.deepEqual(refused, []);
    assert.deepEqual(networkRequests(requests), []);
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('the single-file build allows only its own inline script and style', async () => {
  const html = await readFile(OFFLINE_PAGE, 'utf8');
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(
    html,
  )?.[1];
  assert.ok(csp, 'the file has a CSP <meta>');
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|(^|\s)\*(\s|;|$)/);
  assert.match(csp, /connect-src 'none'/);
  assert.match(csp, /script-src 'sha256-[A-Za-z0-9+/]+=*' 'wasm-unsafe-eval'/);
  assert.match(csp, /style-src 'sha256-[A-Za-z0-9+/]+=*'/);
  assert.doesNotMatch(
    html,
    /<script[^>]+src=|<link[^>]+stylesheet/,
    'nothing is loaded from outside',
  );
});

test('the single-file build checks goods from file:// with no network', async () => {
  const { context, page, errors, requests, refused } = await openOffline();
  try {
    await page.click('[data-testid=tab-goods]');
    await page.check('#goods-mode-code');
    await page.fill('#goods-query', '8482 10 00 00');
    await page.click('[data-testid=goods-check]');
    await page.waitForSelector('[data-testid=goods-status]');
    assert.match(await page.textContent('[data-testid=goods-status]'), /8482 10 00 00: restricted/);
    assert.match(await page.textContent('[data-testid=goods-results]'), /Common High Priority List/);
    assert.deepEqual(networkRequests(requests), []);
    assert.deepEqual(refused, []);
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

// "Save page as" writes the page as the browser holds it: the DOM after the app ran, with
// its results, open panels and language, serialised back to HTML (Chromium's "Webpage, HTML
// only" saves the original bytes, which the tests above already open). The saved copy must
// start afresh and work the same, from disk, with no network.
test('a copy saved with "Save page as" works from file:// with no network', async () => {
  const first = await openOffline();
  let saved;
  try {
    await checkName(first.page, 'Eric Badege');
    await expectBadegeHit(first.page);
    saved = await first.page.evaluate(
      () => `<!DOCTYPE html>\n${document.documentElement.outerHTML}`,
    );
  } finally {
    await first.context.close();
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'saved-page-'));
  const file = path.join(dir, 'Sanctions checker.html');
  await writeFile(file, saved);
  const { context, page, errors, requests } = await openPage(browser);
  const refused = [];
  try {
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:') || url.startsWith('blob:')) return route.continue();
      refused.push(url);
      return route.abort();
    });
    await page.goto(pathToFileURL(file).href);
    await waitUntilReady(page);
    assert.equal(
      await page.locator('[data-testid=hit]').count(),
      0,
      'the saved copy starts without the old results',
    );
    await expectListsHeader(page);
    await checkName(page, 'Eric Badege');
    await expectBadegeHit(page);
    await screenshot(page, 'offline-saved-copy');
    assert.deepEqual(networkRequests(requests), []);
    assert.deepEqual(refused, []);
    assertNoErrors(errors);
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
});
