// The Batch tab on the served page, with the real engine (reading the file too) and the real
// default dataset: a partner table is read, its columns guessed, every row screened in the
// worker with progress, and the results sorted, filtered, opened and downloaded.

import assert from 'node:assert/strict';
import { readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import {
  assertNoErrors,
  builtManifest,
  checkName,
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

const INJECTION = '=HYPERLINK("http://x","y")';
const MARKUP = '<img src=x onerror=alert(1)>';

/** A small partner table as an accounting program would export it (semicolons, Cyrillic). */
const FIXTURE = [
  'Ref;Name;Country;Date of birth',
  'P-001;Eric Badege;CD;1971',
  'P-002;Xqzvbw Plortnik;KZ;',
  `P-003;"${INJECTION.replaceAll('"', '""')}";;`,
  `P-004;${MARKUP};;`,
  'P-005;ТОО Алматы Строй Сервис;KZ;',
  'P-006;Eric <b>Badege</b>;;',
].join('\r\n');

async function openBatch(options) {
  const opened = await openPage(browser, options);
  await opened.page.goto(server.url);
  await waitUntilReady(opened.page);
  await opened.page.click('#tab-batch');
  return opened;
}

async function chooseFile(page, name, content, mimeType = 'text/csv') {
  const buffer = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
  await page.setInputFiles('#batch-file', { name, mimeType, buffer });
}

/** Waits until the file is read (or refused); returns the file status text. */
async function waitForFile(page) {
  await page.waitForFunction(() => {
    const s = document.querySelector('[data-testid=batch-file-status]');
    return s && !/Reading/.test(s.textContent) && s.textContent.trim() !== '';
  });
  return page.textContent('[data-testid=batch-file-status]');
}

/** Presses "Check all rows" and waits for that run to end (done or cancelled). */
async function runBatch(page, { timeout = 60_000 } = {}) {
  const before = await page.getAttribute('[data-testid=batch-results]', 'data-runs');
  await page.click('#batch-start');
  await waitForRunEnd(page, before, timeout);
}

async function waitForRunEnd(page, before, timeout = 60_000) {
  await page.waitForFunction(
    (previous) => document.querySelector('[data-testid=batch-results]').dataset.runs !== previous,
    before ?? undefined,
    { timeout },
  );
}

function rowByName(page, name) {
  return page.locator('[data-testid=batch-row]').filter({
    has: page.locator('[data-testid=batch-cell-name]', { hasText: name }),
  });
}

/** A generated table of `n` partners: made-up names that are on no list. */
function generatedCsv(n) {
  const given = ['Aigerim', 'Nurlan', 'Dana', 'Timur', 'Saule', 'Arman', 'Madina', 'Yerlan'];
  const family = ['Zhaksylykova', 'Omarbekuly', 'Tulegenova', 'Seitkali', 'Abdrakhmanov'];
  const lines = ['Reference,Name'];
  for (let i = 0; i < n; i++) {
    lines.push(`G-${i},${given[i % given.length]} ${family[(i * 7) % family.length]} Qx${i}`);
  }
  return lines.join('\n');
}

test('a CSV of partners is read, its columns guessed, and every row checked', async () => {
  const { context, page, errors, dialogs, requests } = await openBatch();
  try {
    // The file input is reached by its label (and so by keyboard and screen reader).
    await page.getByLabel('Table of partners (CSV or XLSX)').setInputFiles({
      name: 'partners.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(FIXTURE, 'utf8'),
    });
    const status = await waitForFile(page);
    assert.match(status, /partners\.csv: 6 rows/);
    assert.equal(await page.locator('[data-testid=batch-preview] tbody tr').count(), 5);
    assert.match(await page.textContent('[data-testid=batch-preview] thead'), /Ref.*Name.*Country/);
    // The engine guessed the columns from the header.
    assert.equal(await page.inputValue('#batch-map-name'), '1');
    assert.equal(await page.inputValue('#batch-map-id'), '0');
    assert.equal(await page.inputValue('#batch-map-country'), '2');
    assert.equal(await page.inputValue('#batch-map-dob'), '3');
    assert.equal(await page.inputValue('#batch-threshold'), '0.85', 'the single check’s default');
    await screenshot(page, 'batch-mapped');

    // The page's hook seam (hooks.js, the same module instance the page uses) hears of the batch.
    await page.evaluate(async () => {
      const hooks = await import('/www/hooks.js');
      window.checks = [];
      hooks.onCheck((event) => window.checks.push(event));
    });
    const loadedWith = requests.length;
    await runBatch(page);
    assert.deepEqual(requests.slice(loadedWith), [], 'no request during the batch');

    assert.match(await page.textContent('[data-testid=batch-message]'), /Done: 6 rows checked/);
    await page.waitForFunction(() =>
      /Done: 6 rows checked/.test(document.getElementById('announcer').textContent),
    );
    const badege = rowByName(page, 'Eric Badege');
    assert.equal(await badege.getAttribute('data-status'), 'match');
    assert.match(await badege.locator('[data-testid=batch-best]').textContent(), /BADEGE/);
    assert.match(await badege.locator('[data-testid=batch-status]').textContent(), /Possible match/);
    const unknown = rowByName(page, 'Xqzvbw Plortnik');
    assert.equal(await unknown.getAttribute('data-status'), 'clear');
    assert.match(await unknown.locator('[data-testid=batch-status]').textContent(), /No match/);
    assert.match(await page.textContent('[data-testid=batch-summary]'), /possible match/);
    const checks = await page.evaluate(() => window.checks);
    assert.equal(checks.length, 1);
    assert.equal(checks[0].type, 'batch');
    assert.deepEqual(checks[0].query, { file: 'partners.csv', rows: 6 });
    assert.equal(checks[0].report.summary.rows, 6);
    assert.ok(checks[0].report.summary.match >= 1);
    assert.equal(checks[0].report.results.find((r) => r.name === 'Eric Badege').status, 'match');
    assert.equal(checks[0].manifest.built, builtManifest().built);

    // A row opens to show its hits, with the UN entry and an explanation.
    await badege.locator('[data-testid=batch-expand]').click();
    const hits = page.locator('[data-testid=batch-hits] [data-testid=hit]');
    assert.ok((await hits.count()) > 0);
    assert.equal(
      await page.locator('[data-testid=batch-hits] [data-testid=hit-id]', { hasText: 'un-sc:CDi.001' }).count(),
      1,
      'the UN entry CDi.001 is among the hits',
    );
    assert.ok(await hits.first().locator('[data-testid=hit-why]').isVisible());
    assert.equal(
      await page.getAttribute('[data-testid=batch-row][data-row="2"] [data-testid=batch-expand]', 'aria-expanded'),
      'true',
    );

    // Markup in the file is shown as text and never becomes an element.
    await page.waitForTimeout(300);
    assert.equal(await page.locator('#panel-batch img, #panel-batch b').count(), 0);
    assert.deepEqual(dialogs, [], 'no dialog was opened');
    assert.ok((await page.textContent('[data-testid=batch-table]')).includes(MARKUP));
    await screenshot(page, 'batch-results');
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('results sort by a clicked column and filter by status and text', async () => {
  const { context, page, errors } = await openBatch();
  try {
    await chooseFile(page, 'partners.csv', FIXTURE);
    await waitForFile(page);
    await runBatch(page);
    const names = () => page.locator('[data-testid=batch-row] [data-testid=batch-cell-name]').allTextContents();
    assert.equal((await names())[0], 'Eric Badege', 'file order first');

    await page.click('[data-testid=batch-sort-name]');
    const sorted = await names();
    assert.deepEqual(sorted, [...sorted].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' })));
    assert.equal(await page.getAttribute('th:has([data-testid=batch-sort-name])', 'aria-sort'), 'ascending');
    assert.equal(await page.getAttribute('th:has([data-testid=batch-sort-row])', 'aria-sort'), 'none');
    // The sort button keeps the focus after the table is redrawn, so keyboard users can press again.
    await page.keyboard.press('Enter');
    assert.equal(await page.getAttribute('th:has([data-testid=batch-sort-name])', 'aria-sort'), 'descending');
    assert.deepEqual(await names(), [...sorted].reverse());

    await page.click('[data-testid=batch-sort-score]');
    assert.equal((await names())[0].includes('Badege'), true, 'highest score first');

    await page.selectOption('#batch-filter-status', 'match');
    const statuses = await page.locator('[data-testid=batch-row]').evaluateAll((rows) => rows.map((r) => r.dataset.status));
    assert.ok(statuses.length >= 1);
    assert.ok(statuses.every((s) => s === 'match'), `only matches: ${statuses}`);

    await page.selectOption('#batch-filter-status', 'clear');
    assert.ok((await names()).includes('Xqzvbw Plortnik'));
    assert.ok(!(await names()).includes('Eric Badege'));

    await page.selectOption('#batch-filter-status', 'all');
    await page.fill('#batch-filter-text', 'plort');
    assert.deepEqual(await names(), ['Xqzvbw Plortnik']);
    await page.fill('#batch-filter-text', 'nothing like this');
    assert.ok(await page.isVisible('[data-testid=batch-empty]'));
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('the CSV download has a BOM, guards formulas and holds every row; the JSON has the manifest', async () => {
  const { context, page, errors } = await openBatch();
  try {
    await chooseFile(page, 'partners.csv', FIXTURE);
    await waitForFile(page);
    await runBatch(page);

    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid=batch-export-csv]'),
    ]);
    assert.match(csvDownload.suggestedFilename(), /^partners-checked-.*\.csv$/);
    const csv = await readFile(await csvDownload.path());
    assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
    const text = csv.toString('utf8').slice(1);
    const lines = text.trimEnd().split('\r\n');
    assert.equal(lines.length, 7, 'a header and six rows');
    assert.match(lines[0], /^row,reference,name,/);
    assert.ok(text.includes(`"'=HYPERLINK(""http://x"",""y"")"`), 'the formula is quoted and defused');
    assert.ok(!/(^|,)"?=HYPERLINK/m.test(text), 'no cell starts with =');
    assert.match(lines[1], /^2,P-001,Eric Badege,.*Possible match,\d+,.*BADEGE/);
    assert.match(text, /ТОО Алматы Строй Сервис/);
    assert.ok(text.includes(MARKUP));

    const [jsonDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid=batch-export-json]'),
    ]);
    const json = JSON.parse(await readFile(await jsonDownload.path(), 'utf8'));
    const manifest = builtManifest();
    assert.equal(json.manifest.built, manifest.built);
    assert.deepEqual(
      json.manifest.sources.map((s) => [s.list, s.published, s.sha256]),
      manifest.sources.map((s) => [s.list, s.published, s.sha256]),
    );
    assert.equal(json.results.length, 6);
    assert.equal(json.summary.rows, 6);
    const badege = json.results.find((r) => r.input.name === 'Eric Badege');
    assert.equal(badege.status, 'match');
    assert.ok(badege.report.hits.some((h) => h.entity_id === 'un-sc:CDi.001'));
    assert.ok(badege.report.hits[0].explanation.summary);
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('Cancel stops a 3,000-row run, keeps the rows checked so far and says so', async () => {
  const { context, page, errors, requests } = await openBatch();
  try {
    await chooseFile(page, 'many.csv', generatedCsv(3000));
    assert.match(await waitForFile(page), /3,000 rows/);
    const before = await page.getAttribute('[data-testid=batch-results]', 'data-runs');
    const loadedWith = requests.length;
    await page.click('#batch-start');
    await page.waitForFunction(() => {
      const run = document.querySelector('[data-testid=batch-run]');
      return Number(run.dataset.done) > 0;
    });
    assert.match(
      await page.textContent('[data-testid=batch-progress-text]'),
      /^[\d,]+ of 3,000 checked, \d+ with possible matches$/,
    );
    assert.ok(await page.isVisible('progress#batch-progress'));
    await screenshot(page, 'batch-progress');
    // Cancel has the focus once a run starts, so Enter (or Space) stops it.
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'batch-cancel');
    await page.keyboard.press('Enter');
    await waitForRunEnd(page, before);
    const message = await page.textContent('[data-testid=batch-message]');
    const m = /Cancelled after ([\d,]+) of 3,000 rows/.exec(message);
    assert.ok(m, message);
    const done = Number(m[1].replaceAll(',', ''));
    assert.ok(done > 0 && done < 3000, `partial: ${done}`);
    assert.match(await page.textContent('[data-testid=batch-shown]'), new RegExp(`${m[1]} rows shown`));
    assert.match(await page.textContent('[data-testid=batch-page]'), /Page 1 of \d+/);
    assert.equal(await page.locator('[data-testid=batch-row]').count(), Math.min(done, 100));
    await screenshot(page, 'batch-cancelled');
    // A batch this large also runs in a helper worker, which loads the page's own worker script
    // from the page's server (no data goes with it: the engine and lists are handed over).
    const during = requests.slice(loadedWith);
    assert.ok(
      during.every((url) => url.startsWith(server.url) && /\/(www\/worker|pkg\/sanctions_checker)\.js$/.test(url)),
      `only the page's own scripts were loaded: ${during.join(', ')}`,
    );
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('the Partner tab answers while a batch runs', async () => {
  const { context, page, errors } = await openBatch();
  try {
    await chooseFile(page, 'many.csv', generatedCsv(3000));
    await waitForFile(page);
    const before = await page.getAttribute('[data-testid=batch-results]', 'data-runs');
    await page.click('#batch-start');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=batch-run]').dataset.done) > 0);
    await page.click('#tab-partner');
    const started = Date.now();
    await checkName(page, 'Eric Badege');
    const took = Date.now() - started;
    assert.ok((await page.locator('#results [data-testid=hit]').count()) > 0, 'the single check answered');
    const done = Number(await page.getAttribute('[data-testid=batch-run]', 'data-done'));
    assert.ok(done < 3000, `the batch was still running (${done} done) when the answer came in ${took} ms`);
    await page.click('#tab-batch');
    await page.click('#batch-cancel');
    await waitForRunEnd(page, before);
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('bad files and a missing name column get clear messages; earlier results stay', async () => {
  const { context, page, errors } = await openBatch();
  const big = path.join(os.tmpdir(), `batch-too-big-${process.pid}.csv`);
  try {
    await chooseFile(page, 'partners.csv', FIXTURE);
    await waitForFile(page);
    await runBatch(page);
    const rowsBefore = await page.locator('[data-testid=batch-row]').count();

    await chooseFile(page, 'empty.csv', '');
    assert.match(await page.textContent('[data-testid=batch-file-error]'), /empty/);

    await chooseFile(page, 'photo.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe, 0, 1, 2, 3, 0, 0, 0, 7]), 'application/octet-stream');
    await waitForFile(page);
    assert.match(await page.textContent('[data-testid=batch-file-error]'), /This file cannot be checked: photo\.csv: .*binary data/);
    await screenshot(page, 'batch-binary-file');

    // Over the size limit: refused before it is read.
    await writeFile(big, Buffer.alloc(70 * 1024 * 1024, 0x41));
    await page.setInputFiles('#batch-file', big);
    assert.match(await page.textContent('[data-testid=batch-file-error]'), /70 MB, more than the 64 MB/);

    // The earlier results stay on screen through all of this.
    assert.equal(await page.locator('[data-testid=batch-row]').count(), rowsBefore);

    // The last good table is still loaded; without a name column nothing runs.
    await page.selectOption('#batch-map-name', '-1');
    await page.click('#batch-start');
    assert.ok(await page.isVisible('[data-testid=batch-map-error]'));
    assert.equal(await page.getAttribute('#batch-map-name', 'aria-invalid'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'batch-map-name');
    assert.equal(await page.locator('[data-testid=batch-row]').count(), rowsBefore);
    await screenshot(page, 'batch-no-name-column');
    assertNoErrors(errors);
  } finally {
    await rm(big, { force: true });
    await context.close();
  }
});

test('an XLSX workbook is read by the engine like a CSV', async () => {
  const { context, page, errors } = await openBatch();
  try {
    // Two sheets: an empty cover sheet first, then the partners; the engine reads the first
    // sheet with data, and the page says which one and that there are others.
    const book = xlsx(null, {
      Cover: [],
      Partners: [
        ['Наименование', 'Страна', 'Номер'],
        ['Eric Badege', 'CD', 'X-1'],
        ['Xqzvbw Plortnik', 'KZ', 'X-2'],
      ],
    });
    await chooseFile(page, 'partners.xlsx', book, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    assert.match(await waitForFile(page), /partners\.xlsx: 2 rows/);
    assert.match(await page.textContent('[data-testid=batch-file-status]'), /Sheet read: Partners/);
    assert.match(await page.textContent('[data-testid=batch-sheets]'), /2 sheets \(Cover, Partners\)/);
    assert.equal(await page.inputValue('#batch-map-name'), '0');
    assert.equal(await page.inputValue('#batch-map-country'), '1');
    await runBatch(page);
    assert.equal(await rowByName(page, 'Eric Badege').getAttribute('data-status'), 'match');
    assert.equal(await rowByName(page, 'Xqzvbw Plortnik').getAttribute('data-status'), 'clear');
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('results are redrawn in Russian, and fit a 375 px phone screen', async () => {
  const { context, page, errors } = await openBatch({ width: 375, height: 812 });
  try {
    await chooseFile(page, 'partners.csv', FIXTURE);
    await waitForFile(page);
    await runBatch(page);
    await rowByName(page, 'Eric Badege').locator('[data-testid=batch-expand]').click();
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    assert.ok(scrollWidth <= clientWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px view`);
    // Rows are cards on a phone: the results need no sideways scrolling either.
    const table = await page.evaluate(() => {
      const box = document.querySelector('[data-testid=batch-table]').parentElement;
      return { scroll: box.scrollWidth, client: box.clientWidth };
    });
    assert.ok(table.scroll <= table.client, `results are ${table.scroll}px wide in ${table.client}px`);
    await screenshot(page, 'batch-phone');
    await page.selectOption('#lang', 'ru');
    assert.match(await page.textContent('[data-testid=batch-results] h2'), /Результаты/);
    assert.match(await rowByName(page, 'Eric Badege').locator('[data-testid=batch-status]').textContent(), /Возможное совпадение/);
    assert.match(await page.textContent('[data-testid=batch-message]'), /Готово/);
    assert.equal(await page.locator('[data-testid=batch-hits]').count(), 1, 'the open row stays open');
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('goods columns are checked too: a code on the Common High Priority List is flagged', async () => {
  const { context, page, errors } = await openBatch();
  try {
    const csv = ['Name,HS code,Description', 'Xqzvbw Plortnik,8542 31,', ',0101,', ',,ball bearings', 'Nobody Atall,99x,'].join('\n');
    await chooseFile(page, 'goods.csv', csv);
    await waitForFile(page);
    assert.equal(await page.inputValue('#batch-map-goods_code'), '1');
    assert.equal(await page.inputValue('#batch-map-goods_description'), '2');
    await runBatch(page);
    const rows = page.locator('[data-testid=batch-row]');
    assert.equal(await rows.count(), 4);
    const chip = page.locator('[data-testid=batch-row][data-row="2"]');
    assert.equal(await chip.getAttribute('data-status'), 'match', 'a CHPL code needs a look');
    assert.match(await chip.textContent(), /8542 31/);
    assert.match(await chip.locator('[data-testid=batch-status]').textContent(), /Goods need a look/);
    assert.match(await page.textContent('[data-testid=batch-row][data-row="4"]'), /Best fit HS \d{4} \d{2}: restricted/);
    const bad = page.locator('[data-testid=batch-row][data-row="5"]');
    assert.equal(await bad.getAttribute('data-status'), 'error');
    assert.match(await bad.locator('[data-testid=batch-status]').textContent(), /Error/);
    assert.match(await bad.textContent(), /Goods: code: "99x"/);
    await screenshot(page, 'batch-goods');
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('a 50 MB table is read up to the row limit and says what was left out', async () => {
  const { context, page, errors } = await openBatch();
  const file = path.join(os.tmpdir(), `batch-50mb-${process.pid}.csv`);
  try {
    const line = (i) => `R${String(i).padStart(7, '0')},Partner Company Number ${i} Trading LLP,KZ\n`;
    const parts = ['Reference,Name,Country\n'];
    let size = parts[0].length;
    for (let i = 0; size < 50 * 1024 * 1024; i++) {
      const l = line(i);
      parts.push(l);
      size += l.length;
    }
    await writeFile(file, parts.join(''));
    await page.setInputFiles('#batch-file', file);
    await page.waitForSelector('[data-testid=batch-truncated]', { timeout: 120_000 });
    const total = (parts.length - 1).toLocaleString('en-US');
    assert.match(
      await page.textContent('[data-testid=batch-truncated]'),
      new RegExp(`The file has ${total} rows; only the first 100,000 are checked`),
    );
    assert.match(await page.textContent('[data-testid=batch-file-summary]'), /100,000 rows/);
    assert.equal(await page.locator('[data-testid=batch-preview] tbody tr').count(), 5);
    await screenshot(page, 'batch-50mb');
    assertNoErrors(errors);
  } finally {
    await rm(file, { force: true });
    await context.close();
  }
});

test('a file dropped on the drop zone is read like a chosen one', async () => {
  const { context, page, errors } = await openBatch();
  try {
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
      const zone = document.querySelector('[data-testid=batch-drop]');
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, FIXTURE);
    assert.match(await waitForFile(page), /dropped\.csv: 6 rows/);
    assert.equal(await page.inputValue('#batch-map-name'), '1');
    // Without a header the first row is data, and the columns are named by number.
    await page.getByLabel('The first row holds column names (a header)').uncheck();
    assert.match(await page.textContent('[data-testid=batch-file-summary]'), /dropped\.csv: 7 rows/);
    assert.deepEqual(
      await page.locator('#batch-map-name option').allTextContents(),
      ['— none —', 'Column 1', 'Column 2', 'Column 3', 'Column 4'],
    );
    assert.equal(await page.inputValue('#batch-map-name'), '1', 'the mapping is kept');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'batch-header');
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('a large batch, shared with a helper worker, comes back whole and in file order', async () => {
  const { context, page, errors, requests } = await openBatch();
  try {
    // 1,500 rows: over the size at which the engine starts a helper worker. Listed names sit
    // early, in the middle and last, so whichever worker takes them must report them.
    const lines = generatedCsv(1500).split('\n');
    for (const at of [3, 777, 1500]) lines[at] = `L-${at},Eric Badege`;
    await chooseFile(page, 'large.csv', lines.join('\n'));
    await waitForFile(page);
    const loadedWith = requests.length;
    await runBatch(page, { timeout: 180_000 });
    assert.match(await page.textContent('[data-testid=batch-message]'), /Done: 1,500 rows checked/);
    assert.match(await page.textContent('[data-testid=batch-summary]'), /^3 possible matches · 1,497 no match · 0 errors/);
    await page.selectOption('#batch-filter-status', 'match');
    const rows = await page.locator('[data-testid=batch-row]').evaluateAll((r) => r.map((x) => x.dataset.row));
    assert.deepEqual(rows, ['4', '778', '1501']);
    const helpers = requests.slice(loadedWith).filter((u) => u.endsWith('/www/worker.js')).length;
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    if (cores > 1) assert.ok(helpers >= 1 && helpers <= 3, `${helpers} helper workers on ${cores} cores`);
    else assert.equal(helpers, 0);
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});
