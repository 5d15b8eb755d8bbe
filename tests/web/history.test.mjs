// Decisions on hits, the history of checks (IndexedDB), export and import, and the printed
// screening record: on the served page and the offline file, with the real engine and the
// real default dataset. "Eric Badege" is on the UN list as CDi.001.

import assert from 'node:assert/strict';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { parseExport, queryKey, ImportError } from '../../www/history-data.js';
import {
  OFFLINE_PAGE,
  ROOT,
  assertNoErrors,
  builtManifest,
  checkName,
  openPage,
  screenshot,
  servedPage,
  waitUntilReady,
} from './helpers.mjs';

const UN_ID = 'un-sc:CDi.001';
const MARKUP = '<img src=x onerror=alert(1)>';
let server;
let browser;

// One server and one browser for the file (the offline page is used too), closed after it.
servedPage((started) => ({ server, browser } = started), { offline: true });

async function openApp(options) {
  const opened = await openPage(browser, options);
  await opened.page.goto(server.url);
  await waitUntilReady(opened.page);
  return { ...opened, loadedWith: opened.requests.length };
}

/** Requests made after load that would need a network (blob: and data: are the page's own). */
function networkAfter(requests, from) {
  return requests.slice(from).filter((u) => !u.startsWith('blob:') && !u.startsWith('data:'));
}

function unHit(page) {
  return page
    .locator('[data-testid=hit]')
    .filter({ has: page.locator('[data-testid=hit-id]', { hasText: UN_ID }) });
}

/** Chooses a decision on a hit card, writes the note and saves; waits for "Saved". */
async function decide(card, verdict, note = '') {
  await card.locator(`[data-testid=decision-${verdict}]`).check();
  await card.locator('[data-testid=decision-note]').fill(note);
  await card.locator('[data-testid=decision-save]').click();
  if (verdict === 'false_positive') {
    await card.locator('[data-testid=hit-suppressed]').waitFor({ state: 'visible' });
  } else {
    await card.locator('[data-testid=decision-status]', { hasText: 'Saved' }).waitFor();
  }
}

/** Opens the History tab and waits until it has drawn `n` checks. */
async function historyItems(page, n) {
  await page.click('#tab-history');
  await page.waitForFunction(
    (count) => document.querySelectorAll('[data-testid=history-item]').length === count,
    n,
    { timeout: 5000 },
  );
  return page.locator('[data-testid=history-item]');
}

/** Replaces window.print (its dialog cannot be driven) with a counter. */
async function stubPrint(page) {
  await page.evaluate(() => {
    window.printCalls = 0;
    window.realPrint = window.print;
    window.print = () => {
      window.printCalls++;
    };
  });
}

test('the query key folds case and spacing and keeps type, date of birth and country', () => {
  assert.equal(
    queryKey({ name: '  eric   BADEGE ', kind: 'any' }),
    queryKey({ name: 'Eric Badege', kind: 'any' }),
  );
  assert.equal(queryKey({ name: 'Эрик Бадеге' }), queryKey({ name: 'ЭРИК  бадеге', kind: 'any' }));
  assert.notEqual(queryKey({ name: 'Eric Badege', dob: '1971' }), queryKey({ name: 'Eric Badege' }));
  assert.notEqual(
    queryKey({ name: 'Eric Badege', kind: 'person' }),
    queryKey({ name: 'Eric Badege', kind: 'organization' }),
  );
  assert.notEqual(queryKey({ name: 'Eric Badege', country: 'CD' }), queryKey({ name: 'Eric Badege' }));
});

test('an import file is checked before anything is stored', () => {
  const reason = (text) => {
    try {
      parseExport(text);
    } catch (err) {
      assert.ok(err instanceof ImportError);
      return err.reason;
    }
    return null;
  };
  assert.equal(reason('not json'), 'history.import.notJson');
  assert.equal(reason('{"checks": []}'), 'history.import.notExport');
  assert.equal(reason('{"format":"sanctions-checker-history","version":9,"checks":[]}'), 'history.import.version');
  const check = {
    uid: 'a',
    time: '2026-11-23T10:00:00Z',
    type: 'partner',
    query: { name: 'X' },
    manifest: { sources: [] },
    hits: [],
  };
  const file = (checks, decisions = []) =>
    JSON.stringify({ format: 'sanctions-checker-history', version: 1, checks, decisions });
  assert.equal(reason(file([{ ...check, time: 'yesterday' }])), 'history.import.badCheck');
  assert.equal(reason(file([{ ...check, type: 'other' }])), 'history.import.badCheck');
  assert.equal(
    reason(file([check], [{ queryKey: 'k', entityId: 'e', verdict: 'maybe', time: check.time }])),
    'history.import.badDecision',
  );
  // Unknown fields are dropped, known ones kept.
  const parsed = parseExport(file([{ ...check, evil: '<script>' }]));
  assert.equal(parsed.checks.length, 1);
  assert.equal('evil' in parsed.checks[0], false);
  assert.equal(parsed.checks[0].queryKey, queryKey({ name: 'X' }));
});

test('a hit marked "not this party" comes back suppressed with its note and date, and can be shown and undone', async () => {
  const { context, page, errors, dialogs, requests, loadedWith } = await openApp();
  try {
    await checkName(page, 'Eric Badege');
    const note = `Born 1980, not 1971; passport checked ${MARKUP}`;
    await decide(unHit(page), 'false_positive', note);
    // The note is text: no element is made from it, no script runs.
    assert.equal(await page.locator('#results img').count(), 0);
    assert.equal(
      await unHit(page).locator('[data-testid=suppressed-show]').evaluate((b) => b === document.activeElement),
      true,
      'focus moves to the folded hit’s "Show" button',
    );

    // The same query, typed differently: the key folds case and spacing.
    await checkName(page, '  eric   BADEGE ');
    const card = unHit(page);
    const banner = card.locator('[data-testid=hit-suppressed]');
    assert.ok(await banner.isVisible(), 'the suppressed hit is shown as suppressed, not removed');
    const text = await banner.textContent();
    assert.match(text, /Suppressed: you marked this as not your partner on/);
    assert.ok(text.includes(note), 'the note is shown as written, markup and all');
    const year = String(new Date().getFullYear());
    assert.ok(text.includes(year), 'the date of the decision is shown');
    assert.equal(await card.locator('[data-testid=hit-name]').isVisible(), false, 'the hit is folded');
    assert.match(
      await page.textContent('[data-testid=results-summary]'),
      /1 of them is suppressed: you marked it as not your partner/,
    );
    const total = await page.locator('[data-testid=hit]').count();
    assert.match(await page.textContent('[data-testid=results-summary]'), new RegExp(`^${total} possible matches`));
    await screenshot(page, 'history-suppressed');

    // Show it: the whole card with the decision it carries.
    const show = card.locator('[data-testid=suppressed-show]');
    await show.click();
    assert.equal(await show.getAttribute('aria-expanded'), 'true');
    assert.ok(await card.locator('[data-testid=hit-name]').isVisible());
    assert.ok(await card.locator('[data-testid=decision-false_positive]').isChecked());
    assert.equal(await card.locator('[data-testid=decision-note]').inputValue(), note);

    // Another date of birth is another query: nothing suppressed there.
    await checkName(page, 'Eric Badege', { dob: '1971' });
    assert.equal(await unHit(page).locator('[data-testid=hit-suppressed]').isVisible(), false);
    await page.fill('#dob', '');

    // Undo: the hit is an open hit again, now and on the next check.
    await checkName(page, 'Eric Badege');
    await unHit(page).locator('[data-testid=suppressed-undo]').click();
    await unHit(page).locator('[data-testid=decision-status]', { hasText: 'No decision' }).waitFor();
    assert.equal(await unHit(page).locator('[data-testid=hit-suppressed]').isVisible(), false);
    assert.equal(await page.locator('[data-testid=results-suppressed]').isVisible(), false);
    await checkName(page, 'Eric Badege');
    assert.equal(await unHit(page).locator('[data-testid=hit-suppressed]').isVisible(), false);
    assert.ok(await unHit(page).locator('[data-testid=hit-name]').isVisible());

    assert.deepEqual(dialogs, [], 'no dialog opened');
    assert.deepEqual(networkAfter(requests, loadedWith), [], 'nothing left the device');
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('confirmed and escalated decisions and the history survive a reload; history is newest first with list dates', async () => {
  const { context, page, errors, requests, loadedWith } = await openApp();
  try {
    await checkName(page, 'Eric Badege');
    await decide(unHit(page), 'confirmed', 'Same passport number');
    const other = page.locator('[data-testid=hit]').filter({ hasNot: page.locator('[data-testid=hit-id]', { hasText: UN_ID }) }).first();
    const otherId = await other.locator('[data-testid=hit-id]').textContent();
    await decide(other, 'escalate', 'Ask the bank');
    // A decision is needed before saving.
    const third = page.locator('[data-testid=hit]').nth(2);
    await third.locator('[data-testid=decision-save]').click();
    assert.match(await third.locator('[data-testid=decision-status]').textContent(), /Choose one of the three decisions/);
    await checkName(page, 'Xqzvbw Plortnik');

    assert.deepEqual(networkAfter(requests, loadedWith), []);
    await page.reload();
    await waitUntilReady(page);
    const reloadedWith = requests.length;
    await checkName(page, 'Eric Badege');
    const un = unHit(page);
    assert.ok(await un.locator('[data-testid=decision-confirmed]').isChecked(), 'confirmed is shown again');
    assert.equal(await un.locator('[data-testid=decision-note]').inputValue(), 'Same passport number');
    assert.match(await un.locator('[data-testid=decision-status]').textContent(), /Saved: Confirmed match/);
    const again = page.locator('[data-testid=hit]').filter({ has: page.locator('[data-testid=hit-id]', { hasText: otherId }) });
    assert.ok(await again.locator('[data-testid=decision-escalate]').isChecked(), 'escalate is shown again');
    assert.equal(await page.locator('[data-testid=hit-suppressed]:visible').count(), 0, 'neither is suppressed');

    // A decision can be changed: escalate becomes "confirmed".
    await decide(again, 'confirmed', 'Bank confirmed');
    assert.ok(await again.locator('[data-testid=decision-confirmed]').isChecked());

    const items = await historyItems(page, 3);
    const queries = await items.locator('[data-testid=history-query]').allTextContents();
    assert.deepEqual(queries, ['Eric Badege', 'Xqzvbw Plortnik', 'Eric Badege'], 'newest first');
    const times = await page.evaluate(async () => {
      const { allChecks } = await import('./www/history-data.js');
      return (await allChecks()).map((r) => r.time);
    });
    assert.deepEqual([...times].sort().reverse(), times);
    const oldest = builtManifest().sources.map((s) => s.published).filter(Boolean).sort()[0];
    assert.match(await items.first().locator('[data-testid=history-lists]').textContent(), new RegExp(`lists as of ${oldest}`));
    assert.match(await items.first().locator('[data-testid=history-result]').textContent(), /2 confirmed/);
    assert.match(await items.nth(2).locator('[data-testid=history-result]').textContent(), /1 confirmed · 1 escalated/);
    assert.match(await items.nth(1).locator('[data-testid=history-result]').textContent(), /No match/);

    // Open the oldest: the lists with dates and SHA-256, the hits with decisions and notes.
    await items.nth(2).locator('[data-testid=history-open]').click();
    const details = items.nth(2).locator('[data-testid=history-details]');
    assert.ok(await details.isVisible());
    const text = await details.textContent();
    for (const s of builtManifest().sources) {
      assert.ok(text.includes(s.sha256), `${s.title}'s SHA-256 is shown`);
      if (s.published) assert.ok(text.includes(s.published));
    }
    assert.ok(text.includes(UN_ID));
    assert.ok(text.includes('Ask the bank') && text.includes('Same passport number'));

    // Filter by a note.
    await page.fill('[data-testid=history-filter]', 'passport');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=history-item]').length === 2);
    assert.match(await page.textContent('[data-testid=history-count]'), /2 of 3 checks/);
    await page.fill('[data-testid=history-filter]', '');
    await screenshot(page, 'history-tab');

    // Delete one.
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=history-item]').length === 3);
    await items.nth(1).locator('[data-testid=history-delete]').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=history-item]').length === 2);
    assert.deepEqual(await items.locator('[data-testid=history-query]').allTextContents(), ['Eric Badege', 'Eric Badege']);

    assert.deepEqual(networkAfter(requests, reloadedWith), []);
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('export holds queries, SHA-256s and decisions; importing it elsewhere restores them; a bad file changes nothing', async () => {
  const first = await openApp();
  let exportPath;
  try {
    const { page } = first;
    await checkName(page, 'Eric Badege');
    await decide(unHit(page), 'false_positive', 'Different person, born 1980');
    await checkName(page, 'Xqzvbw Plortnik');
    await historyItems(page, 2);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=history-export]')]);
    const today = new Date();
    const pad = (n) => String(n).padStart(2, '0');
    assert.equal(
      download.suggestedFilename(),
      `sanctions-checker-history-${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}.json`,
    );
    await mkdir(path.join(ROOT, 'test-results'), { recursive: true });
    exportPath = path.join(ROOT, 'test-results', 'history-export.json');
    await download.saveAs(exportPath);
    const data = JSON.parse(await readFile(exportPath, 'utf8'));
    assert.equal(data.format, 'sanctions-checker-history');
    assert.deepEqual(data.checks.map((c) => c.query.name), ['Xqzvbw Plortnik', 'Eric Badege']);
    for (const s of builtManifest().sources) {
      assert.equal(data.checks[0].manifest.sources.find((x) => x.title === s.title)?.sha256, s.sha256);
    }
    assert.equal(data.checks[0].manifest.engine, builtManifest().engine);
    assert.equal(data.checks[1].decisions[UN_ID].verdict, 'false_positive');
    assert.equal(data.checks[1].decisions[UN_ID].note, 'Different person, born 1980');
    assert.equal(data.decisions.length, 1);
    assert.equal(data.decisions[0].entityId, UN_ID);
    assert.match(await first.page.textContent('[data-testid=history-message]'), /Exported 2 checks and 1 decisions/);
    assert.deepEqual(networkAfter(first.requests, first.loadedWith), []);
    assertNoErrors(first.errors);
  } finally {
    await first.context.close();
  }

  // A fresh browser profile: nothing kept, until the file is imported.
  const second = await openApp();
  try {
    const { page } = second;
    await page.click('#tab-history');
    await page.waitForSelector('[data-testid=history-count]:has-text("No checks kept yet")');
    await page.setInputFiles('[data-testid=history-import-file]', exportPath);
    await page.waitForSelector('[data-testid=history-message]:has-text("Imported 2 checks and 1 decisions")');
    let items = await historyItems(page, 2);
    assert.deepEqual(await items.locator('[data-testid=history-query]').allTextContents(), ['Xqzvbw Plortnik', 'Eric Badege']);
    // The same file again adds nothing.
    await page.setInputFiles('[data-testid=history-import-file]', exportPath);
    await page.waitForSelector('[data-testid=history-message]:has-text("Imported 0 checks")');
    assert.match(await page.textContent('[data-testid=history-message]'), /2 already here/);
    items = await historyItems(page, 2);

    // A bad file: a clear message, and the history as it was.
    const bad = path.join(ROOT, 'test-results', 'history-bad.json');
    await writeFile(bad, '{"format":"sanctions-checker-history","version":1,"checks":[{"uid":"x"}]}');
    await page.setInputFiles('[data-testid=history-import-file]', bad);
    await page.waitForSelector('[data-testid=history-message].is-error');
    const message = await page.textContent('[data-testid=history-message]');
    assert.match(message, /history-bad\.json was not imported: check 1 has a missing or wrong “time”\. Nothing was changed\./);
    assert.equal(await page.getAttribute('[data-testid=history-message]', 'role'), 'alert');
    const notJson = path.join(ROOT, 'test-results', 'history-not-json.json');
    await writeFile(notJson, 'this is not JSON');
    await page.setInputFiles('[data-testid=history-import-file]', notJson);
    await page.waitForSelector('[data-testid=history-message]:has-text("it is not a JSON file")');
    assert.equal(await page.locator('[data-testid=history-item]').count(), 2, 'the history is unchanged');
    await screenshot(page, 'history-import-error');

    // The imported decision is in force: the hit comes back suppressed.
    await page.click('#tab-partner');
    await checkName(page, 'Eric Badege');
    assert.match(await unHit(page).locator('[data-testid=hit-suppressed]').textContent(), /Different person, born 1980/);
    assert.deepEqual(networkAfter(second.requests, second.loadedWith), []);
    assertNoErrors(second.errors);
  } finally {
    await second.context.close();
  }
});

test('clearing all history is confirmed on the page, can be cancelled, and keeps decisions unless asked', async () => {
  const { context, page, errors, dialogs } = await openApp();
  try {
    await checkName(page, 'Eric Badege');
    await decide(unHit(page), 'false_positive', 'Not him');
    await historyItems(page, 1);
    await page.click('[data-testid=history-clear]');
    const confirm = page.locator('[data-testid=history-confirm]');
    assert.ok(await confirm.isVisible());
    assert.match(await confirm.textContent(), /Delete the 1 saved check from this device\?/);
    assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'history-clear-cancel');
    await page.keyboard.press('Escape');
    assert.equal(await confirm.isVisible(), false);
    assert.equal(await page.locator('[data-testid=history-item]').count(), 1, 'cancel keeps everything');
    await page.click('[data-testid=history-clear]');
    await screenshot(page, 'history-clear-confirm');
    await page.click('[data-testid=history-clear-confirm]');
    await page.waitForSelector('[data-testid=history-count]:has-text("No checks kept yet")');
    // Decisions were kept: the hit is still suppressed.
    await page.click('#tab-partner');
    await checkName(page, 'Eric Badege');
    assert.ok(await unHit(page).locator('[data-testid=hit-suppressed]').isVisible());
    // Clear all with decisions: the hit is open again.
    await historyItems(page, 1);
    await page.click('[data-testid=history-clear]');
    await page.check('[data-testid=history-clear-decisions]');
    await page.click('[data-testid=history-clear-confirm]');
    await page.waitForSelector('[data-testid=history-message]:has-text("History and decisions cleared")');
    await page.click('#tab-partner');
    await checkName(page, 'Eric Badege');
    assert.equal(await unHit(page).locator('[data-testid=hit-suppressed]').isVisible(), false);
    assert.deepEqual(dialogs, [], 'no browser dialog was used');
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('the printed record shows the query, lists with SHA-256, hits and decisions, hides the forms, and saves as PDF', async () => {
  const { context, page, errors, dialogs, requests, loadedWith } = await openApp();
  try {
    await checkName(page, 'Eric Badege', { kind: 'person', country: 'CD' });
    await decide(unHit(page), 'escalate', `Compliance to review ${MARKUP}`);
    await stubPrint(page);
    await page.click('[data-testid=print-report]');
    assert.equal(await page.evaluate(() => window.printCalls), 1, 'the print dialog was asked for');
    assert.equal(await page.isVisible('#report'), false, 'the record is not shown on screen');

    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.isVisible('#report'), 'the record is what prints');
    for (const hidden of ['#check-form', '#tabs', '.site-header', '.site-footer', '#results']) {
      assert.equal(await page.isVisible(hidden), false, `${hidden} is not printed`);
    }
    assert.equal(await page.locator('#report button:visible, #report input:visible').count(), 0);
    const text = await page.textContent('#report');
    assert.match(text, /Sanctions screening record/);
    assert.match(text, /Eric Badege/);
    assert.match(text, /Person/);
    assert.match(text, /\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC/, 'the UTC time');
    for (const s of builtManifest().sources) {
      assert.ok(text.includes(s.title), `${s.title} is listed`);
      assert.ok(text.includes(s.sha256), `${s.title}'s SHA-256 is printed`);
      if (s.published) assert.ok(text.includes(s.published));
    }
    const hits = page.locator('#report [data-testid=report-hit]');
    const onScreen = await page.locator('#results [data-testid=hit]').count();
    assert.equal(await hits.count(), onScreen, 'every hit is in the record');
    const un = hits.filter({ has: page.locator('[data-testid=report-hit-id]', { hasText: UN_ID }) });
    assert.match(await un.textContent(), /UN Security Council Consolidated List, published 2026-02-27/);
    assert.match(await un.textContent(), /Word by word/);
    assert.match(await un.locator('[data-testid=report-decision]').textContent(), /Escalate for review \(recorded/);
    assert.equal(await un.locator('[data-testid=report-note]').textContent(), `Compliance to review ${MARKUP}`);
    assert.equal(await page.locator('#report img').count(), 0);
    assert.match(text, /Reviewer’s name/);
    assert.match(text, /Signature/);
    await screenshot(page, 'history-print');

    const pdf = await page.pdf({ format: 'A4' });
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    assert.ok(pdf.length > 30_000, `the PDF has content (${pdf.length} bytes)`);
    await writeFile(path.join(ROOT, 'test-results', 'history-record.pdf'), pdf);

    // The print of a history entry: the same record, from the store.
    await page.emulateMedia({ media: 'screen' });
    const items = await historyItems(page, 1);
    await page.evaluate(() => document.getElementById('report').replaceChildren());
    await items.first().locator('[data-testid=history-print]').click();
    assert.equal(await page.evaluate(() => window.printCalls), 2);
    await page.emulateMedia({ media: 'print' });
    const fromHistory = await page.textContent('#report');
    assert.ok(fromHistory.includes(UN_ID));
    assert.ok(fromHistory.includes(`Compliance to review ${MARKUP}`));
    assert.equal(await page.isVisible('#panel-history'), false);

    // The real print call returns in headless Chromium; afterwards the page prints as itself.
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => window.realPrint());
    assert.deepEqual(dialogs, []);
    assert.deepEqual(networkAfter(requests, loadedWith), [], 'printing made no request');
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('goods checks are kept in history with their verdict and the goods lists', async () => {
  const { context, page, errors, requests, loadedWith } = await openApp();
  try {
    await page.click('[data-testid=tab-goods]');
    const before = await page.getAttribute('#goods-results', 'data-checks');
    await page.check('#goods-mode-code');
    await page.fill('#goods-query', '8542.31.90');
    await page.click('[data-testid=goods-check]');
    await page.waitForFunction(
      (previous) => document.getElementById('goods-results').dataset.checks !== previous,
      before ?? undefined,
    );
    const items = await historyItems(page, 1);
    assert.equal(await items.first().locator('[data-testid=history-query]').textContent(), '8542.31.90');
    assert.match(await items.first().locator('[data-testid=history-result]').textContent(), /restricted/);
    await items.first().locator('[data-testid=history-open]').click();
    const text = await items.first().locator('[data-testid=history-details]').textContent();
    const annex = builtManifest().goods.sources.find((s) => s.kind === 'annex');
    assert.ok(text.includes(annex.sha256), 'the goods annex file’s SHA-256 is kept');
    assert.ok(text.includes(annex.as_of));
    assert.deepEqual(networkAfter(requests, loadedWith), []);
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('a check with no match prints a record that says so', async () => {
  const { context, page, errors } = await openApp();
  try {
    await checkName(page, 'Xqzvbw Plortnik');
    await stubPrint(page);
    await page.click('[data-testid=print-report]');
    await page.emulateMedia({ media: 'print' });
    assert.match(await page.textContent('#report [data-testid=report-result]'), /No match on the \d+ lists checked/);
    assert.equal(await page.locator('#report [data-testid=report-hit]').count(), 0);
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('on a phone the decisions and the History tab fit the width, and Russian is used when chosen', async () => {
  const { context, page, errors } = await openApp({ width: 375, height: 812 });
  try {
    await checkName(page, 'Eric Badege');
    await decide(unHit(page), 'false_positive', 'A long note without spaces: 0123456789012345678901234567890123456789');
    const wide = () => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    assert.equal(await wide(), false, 'no sideways scroll on the results');
    await screenshot(page, 'history-phone-results');
    const items = await historyItems(page, 1);
    await items.first().locator('[data-testid=history-open]').click();
    assert.equal(await wide(), false, 'no sideways scroll on the History tab');
    await screenshot(page, 'history-phone-tab');
    await page.selectOption('#lang', 'ru');
    assert.match(await page.textContent('[data-testid=history-export]'), /Экспорт в JSON/);
    await page.click('#tab-partner');
    assert.match(await unHit(page).locator('[data-testid=suppressed-text]').textContent(), /Скрыто:/);
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('when the browser keeps no data, the page says so and checks still work', async () => {
  const opened = await openPage(browser);
  const { context, page, errors } = opened;
  try {
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', {
        get() {
          throw new DOMException('The user denied permission to access the database.', 'SecurityError');
        },
      });
    });
    await page.goto(server.url);
    await waitUntilReady(page);
    await checkName(page, 'Eric Badege');
    assert.ok((await page.locator('[data-testid=hit]').count()) > 0, 'the check still answers');
    assert.match(await page.textContent('[data-testid=store-problem]'), /does not let the page keep data/);
    await unHit(page).locator('[data-testid=decision-confirmed]').check();
    await unHit(page).locator('[data-testid=decision-save]').click();
    await unHit(page).locator('[data-testid=decision-status]', { hasText: 'Not saved' }).waitFor();
    await page.click('#tab-history');
    await page.waitForSelector('[data-testid=history-problem]:visible');
    assert.match(await page.textContent('[data-testid=history-problem]'), /history, decisions and updated lists are not saved/);
    assert.ok(await page.isDisabled('[data-testid=history-export]'));
    await screenshot(page, 'history-no-storage');
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('the offline single-file build keeps history and decisions from file://', async () => {
  const opened = await openPage(browser);
  const { context, page, errors, requests } = opened;
  try {
    await context.route('**/*', (route) =>
      route.request().url().startsWith('file:') ? route.continue() : route.abort(),
    );
    const url = pathToFileURL(OFFLINE_PAGE).href;
    await page.goto(url);
    await waitUntilReady(page);
    await checkName(page, 'Eric Badege');
    await decide(unHit(page), 'false_positive', 'Offline note');
    await page.reload();
    await waitUntilReady(page);
    const items = await historyItems(page, 1);
    assert.match(await items.first().locator('[data-testid=history-result]').textContent(), /1 not this party/);
    await page.click('#tab-partner');
    await checkName(page, 'Eric Badege');
    assert.match(await unHit(page).locator('[data-testid=hit-suppressed]').textContent(), /Offline note/);
    await stubPrint(page);
    await page.click('[data-testid=print-report]');
    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.isVisible('#report'));
    await screenshot(page, 'history-offline-print');
    assert.deepEqual(
      requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:')),
      [],
    );
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});
