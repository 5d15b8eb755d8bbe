// The Ownership tab of the served page, with the real engine and the default dataset: a
// structure typed into the table, imported from CSV and XLSX, the OFAC and EU/UK verdicts with
// their steps, the problems of a bad structure, and the drawing.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  assertNoErrors,
  openPage,
  screenshot,
  servedPage,
  waitUntilReady,
} from './helpers.mjs';
import { xlsx } from './xlsx.mjs';

let server;
let browser;

// One server and one browser for the file, closed after its last test.
servedPage((started) => ({ server, browser } = started));

const SUBJECT = 'Steppe Test Trading LLP';
// Both are on the OFAC SDN list of the default dataset (us-ofac-sdn:15718 and :8279) with a
// full-name score of 100%, so each counts as blocked; Badege is on the UN list too (CDi.001).
const BADEGE = 'Eric Badege';
const BOUT = 'Viktor Anatolijevitch Bout';

async function openOwnership(options) {
  const opened = await openPage(browser, options);
  await opened.page.goto(server.url);
  await waitUntilReady(opened.page);
  await opened.page.click('[data-testid=tab-ownership]');
  assert.ok(await opened.page.isVisible('#own-subject'));
  opened.loadedWith = opened.requests.length;
  return opened;
}

/** Types the structure into the table, a row at a time, as a user would. */
async function fillTable(page, subject, rows) {
  await page.fill('#own-subject', subject);
  const have = await page.locator('[data-testid=own-row]').count();
  for (let i = have; i < rows.length; i++) await page.click('[data-testid=own-add-row]');
  for (const [i, row] of rows.entries()) {
    const n = i + 1;
    await page.fill(`#own-owner-${n}`, row.owner);
    if (row.type) await page.selectOption(`#own-type-${n}`, row.type);
    await page.fill(`#own-owned-${n}`, row.owned ?? '');
    await page.fill(`#own-share-${n}`, row.share ?? '');
    await page.fill(`#own-control-${n}`, row.control ?? '');
  }
}

/** Presses Check ownership and waits for this answer. */
async function check(page) {
  const before = await page.getAttribute('#own-results', 'data-checks');
  await page.click('[data-testid=own-check]');
  await page.waitForFunction(
    (previous) => document.getElementById('own-results').dataset.checks !== previous,
    before ?? undefined,
    { timeout: 20_000 },
  );
}

const outcome = (page, regime) =>
  page.getAttribute(`[data-testid=own-verdict-${regime}]`, 'data-outcome');

test('two SDN owners of 25% each block the partner under OFAC; the drawing marks them listed', async () => {
  const { context, page, errors, requests, loadedWith } = await openOwnership();
  try {
    await fillTable(page, SUBJECT, [
      { owner: BADEGE, type: 'person', share: '25' },
      { owner: BOUT, type: 'person', owned: SUBJECT, share: '25%' },
    ]);
    await check(page);
    assert.equal(await outcome(page, 'ofac'), 'sanctioned');
    const ofac = await page.textContent('[data-testid=own-verdict-ofac]');
    assert.match(ofac, /Blocked/);
    assert.match(ofac, /50%/, 'the aggregate is shown');
    assert.ok((await page.locator('[data-testid=own-verdict-ofac] [data-testid=own-steps] li').count()) >= 3);
    // The EU and UK add up different listed owners only if they act together.
    assert.notEqual(await outcome(page, 'eu_uk'), 'sanctioned');

    // Each listed owner shows its hits, with the list entry that made it listed.
    const badege = page.locator('[data-testid=own-party][data-status=listed]', { hasText: BADEGE });
    assert.equal(await badege.count(), 1);
    assert.ok(
      (await badege.locator('[data-testid=hit-id]', { hasText: 'us-ofac-sdn:15718' }).count()) === 1,
      "Badege's OFAC SDN entry is among his hits",
    );
    assert.equal(await page.locator('[data-testid=own-party][data-status=listed]', { hasText: BOUT }).count(), 1);

    // The drawing: an SVG with a title, the listed owners marked in words, edges labelled.
    const svg = page.locator('[data-testid=own-svg]');
    assert.equal(await svg.count(), 1);
    assert.match(await svg.locator('title').first().textContent(), /Ownership structure of Steppe Test Trading LLP/);
    assert.equal(await page.locator('[data-testid=own-node][data-status=listed]').count(), 2);
    assert.deepEqual(
      await page.locator('[data-testid=own-node][data-status=listed] [data-testid=own-node-mark]').allTextContents(),
      ['LISTED', 'LISTED'],
    );
    assert.equal(await page.locator('[data-testid=own-edge]').count(), 2);
    assert.match(await page.textContent('[data-testid=own-edge-list]'), /Eric Badege → Steppe Test Trading LLP: 25%/);
    await screenshot(page, 'ownership-blocked');

    // Down to one owner of 49%: not blocked.
    await page.click('[data-testid=own-remove] >> nth=1');
    assert.equal(await page.locator('[data-testid=own-row]').count(), 1);
    await page.fill('#own-share-1', '49');
    await check(page);
    assert.equal(await outcome(page, 'ofac'), 'not_sanctioned');
    assert.match(await page.textContent('[data-testid=own-verdict-ofac]'), /Not blocked/);

    assert.deepEqual(requests.slice(loadedWith), [], 'no request after load');
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('a CSV and an XLSX file fill the table and give the same verdict', async () => {
  const { context, page, errors, requests, loadedWith } = await openOwnership();
  try {
    const rows = [
      ['owner', 'owner_type', 'owned', 'share', 'control', 'owner_dob', 'owner_country'],
      [SUBJECT, 'subject', '', '', '', '', 'KZ'],
      [BADEGE, 'person', SUBJECT, '25', 'director', '', ''],
      [BOUT, 'person', SUBJECT, '25', '', '', ''],
    ];
    const csv = rows.map((r) => r.join(',')).join('\n');
    await page.setInputFiles('[data-testid=own-file]', {
      name: 'structure.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.waitForFunction(() => document.getElementById('own-subject').value !== '');
    assert.equal(await page.inputValue('#own-subject'), SUBJECT);
    assert.equal(await page.locator('[data-testid=own-row]').count(), 2);
    assert.equal(await page.inputValue('#own-owner-1'), BADEGE);
    assert.equal(await page.inputValue('#own-type-1'), 'person');
    assert.equal(await page.inputValue('#own-share-2'), '25');
    assert.equal(await page.inputValue('#own-control-1'), 'director');
    await check(page);
    assert.equal(await outcome(page, 'ofac'), 'sanctioned');
    // Badege (on the UN list) is a director: control by a listed party catches the partner in
    // the EU and UK, where Bout (on OFAC's list only) counts only at worst.
    assert.equal(await outcome(page, 'eu_uk'), 'sanctioned');
    await screenshot(page, 'ownership-csv');

    // The same structure as a workbook, after clearing the table.
    await page.fill('#own-subject', '');
    await page.click('[data-testid=own-remove] >> nth=1');
    await page.fill('#own-owner-1', '');
    await page.setInputFiles('[data-testid=own-file]', {
      name: 'structure.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: xlsx(rows),
    });
    await page.waitForFunction(() => document.getElementById('own-subject').value !== '');
    assert.equal(await page.locator('[data-testid=own-row]').count(), 2);
    assert.equal(await page.inputValue('#own-owner-2'), BOUT);
    await check(page);
    assert.equal(await outcome(page, 'ofac'), 'sanctioned');
    assert.equal(await outcome(page, 'eu_uk'), 'sanctioned');

    // A share that is not a number is refused, naming the file's row.
    const bad = `${csv}\nSomebody,person,${SUBJECT},abc,,,`;
    await page.setInputFiles('[data-testid=own-file]', {
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(bad),
    });
    await page.waitForSelector('[data-testid=own-import-error]:not([hidden])');
    const message = await page.textContent('[data-testid=own-import-error]');
    assert.match(message, /bad\.csv/);
    assert.match(message, /row 5/);
    assert.match(message, /"abc"/);
    await screenshot(page, 'ownership-import-error');

    assert.deepEqual(requests.slice(loadedWith), [], 'no request after load');
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('a circle of ownership and a share of 150% give problems and a cautious verdict', async () => {
  const { context, page, errors } = await openOwnership();
  try {
    await fillTable(page, SUBJECT, [
      { owner: 'Alpha Holding', type: 'organization', share: '60' },
      { owner: 'Beta Holding', type: 'organization', owned: 'Alpha Holding', share: '100' },
      { owner: 'Alpha Holding', type: 'organization', owned: 'Beta Holding', share: '100' },
      { owner: BADEGE, type: 'person', owned: 'Beta Holding', share: '150' },
    ]);
    await check(page);
    const kinds = await page.locator('[data-testid=own-problem]').evaluateAll((nodes) => nodes.map((n) => n.dataset.kind));
    assert.ok(kinds.includes('cycle'), `a circle is reported: ${kinds}`);
    assert.ok(kinds.includes('bad_share'), `the 150% share is reported: ${kinds}`);
    const problems = await page.textContent('[data-testid=own-problems]');
    assert.match(problems, /Circle of ownership/);
    assert.match(problems, /row 4/, 'the table row of the bad share is named');
    assert.match(problems, /150/);
    assert.equal(await outcome(page, 'ofac'), 'cannot_rule_out');
    assert.equal(await outcome(page, 'eu_uk'), 'cannot_rule_out');
    assert.match(await page.textContent('[data-testid=own-verdict-ofac]'), /Cannot rule out/);
    await screenshot(page, 'ownership-problems');
    await page.locator('#own-form').screenshot({ path: 'test-results/ownership-problems-form.png' });
    await page.locator('.own-verdicts').screenshot({ path: 'test-results/ownership-problems-verdicts.png' });
    await page.locator('[data-testid=own-drawing]').screenshot({ path: 'test-results/ownership-problems-drawing.png' });
    assert.doesNotMatch(await page.textContent('[data-testid=own-results]'), /-0%/);

    // A share that is not a number is caught before the engine, naming the table row.
    await page.fill('#own-share-2', 'lots');
    await page.click('[data-testid=own-check]');
    await page.waitForSelector('[data-testid=own-error]:not([hidden])');
    assert.match(await page.textContent('[data-testid=own-error]'), /Row 2: the share "lots" is not a number/);
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('a name that looks like markup stays text; the tab works by keyboard and at 375 px', async () => {
  const { context, page, errors, dialogs } = await openOwnership({ width: 375, height: 800 });
  try {
    const evil = '<img src=x onerror=alert(1)>';
    // By keyboard only: subject, then Tab into the table's first row.
    await page.focus('#own-subject');
    await page.keyboard.type(evil);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'own-owner-1');
    await page.keyboard.type(BADEGE);
    await page.focus('#own-share-1');
    await page.keyboard.type('60');
    await page.focus('[data-testid=own-check]');
    const before = await page.getAttribute('#own-results', 'data-checks');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (previous) => document.getElementById('own-results').dataset.checks !== previous,
      before ?? undefined,
    );
    assert.equal(await outcome(page, 'ofac'), 'sanctioned');
    assert.equal(await outcome(page, 'eu_uk'), 'sanctioned');
    assert.equal(await page.locator('#ownership-root img').count(), 0, 'no element made from the name');
    assert.match(await page.textContent('[data-testid=own-results]'), /<img src=x onerror=alert\(1\)>/);
    assert.deepEqual(dialogs, []);
    // Every control of the table has a name.
    const unnamed = await page
      .locator('#own-table-wrap input, #own-table-wrap select, #own-table-wrap button')
      .evaluateAll((nodes) => nodes.filter((n) => !n.getAttribute('aria-label')).length);
    assert.equal(unnamed, 0);
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    if (sideways > 0) {
      console.log(await page.evaluate(() => [...document.querySelectorAll('body *')].filter((n) => n.getBoundingClientRect().right > 376).slice(0, 8).map((n) => `${n.tagName}#${n.id}.${n.className} ${n.getBoundingClientRect().right}`)));
    }
    assert.ok(sideways <= 0, `the page scrolls sideways by ${sideways}px at 375 px`);
    await screenshot(page, 'ownership-375');

    // Russian: the tab redraws the table and the answer in the new language.
    await page.selectOption('#lang', 'ru');
    assert.match(await page.textContent('[data-testid=tab-ownership]'), /Владельцы/);
    assert.match(await page.textContent('[data-testid=own-verdict-ofac]'), /Заблокирована/);
    assert.equal(await page.getAttribute('#own-owner-1', 'aria-label'), 'Строка 1: имя владельца');
    assert.equal(await page.inputValue('#own-owner-1'), BADEGE, 'the table keeps its contents');
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});
