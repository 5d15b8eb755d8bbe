// The Goods tab of the served page, with the real engine and the default dataset (which holds
// the goods tables when the shared goods data was in place at `make dataset`).

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  assertNoErrors,
  builtManifest,
  openPage,
  screenshot,
  servedPage,
  waitUntilReady,
} from './helpers.mjs';

let server;
let browser;

before(() => {
  assert.ok(
    builtManifest().goods,
    'the default dataset has no goods data: run `make dataset` with ../shared/data/goods in place',
  );
});
// One server and one browser for the file, closed after its last test.
servedPage((started) => ({ server, browser } = started));

async function openGoods(options) {
  const opened = await openPage(browser, options);
  await opened.page.goto(server.url);
  await waitUntilReady(opened.page);
  await opened.page.click('[data-testid=tab-goods]');
  assert.ok(await opened.page.isVisible('#goods-form'));
  assert.equal(await opened.page.isVisible('#check-form'), false, 'the partner form is hidden');
  return opened;
}

/** Fills the goods form in a mode, presses Check goods, and waits for this answer. */
async function checkGoods(page, mode, value) {
  const before = await page.getAttribute('#goods-results', 'data-checks');
  await page.check(`#goods-mode-${mode}`);
  await page.fill('#goods-query', value);
  await page.click('[data-testid=goods-check]');
  await page.waitForFunction(
    (previous) => document.getElementById('goods-results').dataset.checks !== previous,
    before ?? undefined,
    { timeout: 15_000 },
  );
}

test('the goods tab names its lists with their dates', async () => {
  const { context, page, errors } = await openGoods();
  try {
    const text = await page.textContent('[data-testid=goods-as-of]');
    assert.match(text, /EU Regulation 833\/2014 goods annexes \(Russia\) as of 2025-10-23/);
    assert.match(text, /Common High Priority List .* as of 2024-02-23/);
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('a listed code shows its annex, restriction, tier, citation and date', async () => {
  const { context, page, errors } = await openGoods();
  try {
    await checkGoods(page, 'code', '8542.31.90');
    assert.match(await page.textContent('[data-testid=goods-status]'), /8542 31 90: restricted/);
    const rules = page.locator('[data-testid=goods-rule]');
    const titles = await rules.locator('[data-testid=goods-rule-title]').allTextContents();
    assert.ok(titles.some((t) => t.startsWith('Annex VII — 8542 31')), titles.join('\n'));
    assert.ok(titles.some((t) => t.startsWith('Common High Priority List')), titles.join('\n'));
    const chpl = rules.filter({ hasText: 'Common High Priority List — 8542 31' });
    assert.match(await chpl.locator('[data-testid=goods-tier]').textContent(), /Tier 1: Items of the highest concern/);
    const annex = rules.filter({ hasText: 'Annex VII — 8542 31' });
    assert.match(await annex.locator('[data-testid=goods-restriction]').textContent(), /Export to Russia prohibited/);
    assert.match(await annex.locator('[data-testid=goods-citation]').textContent(), /Regulation \(EU\) No 833\/2014/);
    assert.equal(await annex.locator('[data-testid=goods-as-of-date]').textContent(), '2025-10-23');
    assert.match(await annex.locator('[data-testid=goods-regime]').textContent(), /EU sanctions against Russia/);
    await screenshot(page, 'goods-code');
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('a short code asks for the full code and lists the codes below it', async () => {
  const { context, page, errors } = await openGoods();
  try {
    // 8542 is in the import ban as a heading; the export bans list its subheadings.
    await checkGoods(page, 'code', '8542');
    const summary = await page.textContent('[data-testid=goods-summary]');
    assert.match(summary, /^Restricted: 8542 is covered by Annex XXI \(import from Russia\)/);
    assert.match(summary, /give the full code/);
    assert.match(await page.textContent('[data-testid=goods-sub-codes]'), /8542 31/);
    await checkGoods(page, 'code', '8517 62');
    assert.match(await page.textContent('[data-testid=goods-status]'), /restricted/);
    await checkGoods(page, 'code', '9013');
    assert.match(await page.textContent('[data-testid=goods-summary]'), /give the full code/);
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('a description finds candidate subheadings with their restrictions', async () => {
  const { context, page, errors } = await openGoods();
  try {
    await checkGoods(page, 'text', 'подшипники шариковые');
    const codes = await page.locator('[data-testid=goods-candidate-code]').allTextContents();
    assert.ok(codes.length >= 3, `candidates: ${codes}`);
    assert.equal(codes[0], 'HS 8482 10');
    const first = page.locator('[data-testid=goods-candidate]').first();
    assert.match(await first.locator('[data-testid=goods-candidate-verdict]').textContent(), /restricted/);
    assert.ok(await first.locator('[data-testid=goods-citation]').first().isVisible(), 'its entries are open');
    await screenshot(page, 'goods-text');
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('a code with letters is refused with a message, and markup stays text', async () => {
  const { context, page, errors, dialogs } = await openGoods();
  try {
    await checkGoods(page, 'code', '85A2');
    assert.ok(await page.isVisible('[data-testid=goods-error]'));
    assert.match(await page.textContent('[data-testid=goods-error]'), /not a digit/);
    assert.equal(await page.getAttribute('#goods-query', 'aria-invalid'), 'true');
    await checkGoods(page, 'text', '<img src=x onerror=alert(1)> bearings');
    await page.waitForTimeout(200);
    assert.equal(await page.locator('img').count(), 0);
    assert.deepEqual(dialogs, []);
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('checking goods makes no network request', async () => {
  const { context, page, errors, requests } = await openGoods();
  try {
    const loadedWith = requests.length;
    await checkGoods(page, 'code', '8482100000');
    await checkGoods(page, 'text', 'milling machine');
    assert.deepEqual(requests.slice(loadedWith), []);
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('on a phone screen a goods answer fits without sideways scrolling', async () => {
  const { context, page, errors } = await openGoods({ width: 375, height: 812 });
  try {
    await checkGoods(page, 'code', '8542 31');
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    assert.ok(scrollWidth <= clientWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px view`);
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});
