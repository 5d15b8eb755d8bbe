// The Lists tab with the real engine and the real default dataset: the status of each list,
// an update from a dropped official file (reviewed, applied, kept in IndexedDB, undone), files
// that are refused, and the saved update at start-up, on the served page and from file://.

import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import {
  OFFLINE_PAGE,
  assertNoErrors,
  builtManifest,
  checkName,
  openPage,
  screenshot,
  servedPage,
  waitUntilReady,
} from './helpers.mjs';

let server;
let browser;

// One server and one browser for the file (the offline page is used too), closed after it.
servedPage((started) => ({ server, browser } = started), { offline: true });

const UN_TITLE = 'UN Security Council Consolidated List';
const NEW_UN_DATE = '2026-11-20';
const XSS = '<img src=x onerror=alert(1)>';

/**
 * A small file in the UN Security Council list's XML schema (as tests/data/lists/un_mini.xml):
 * two invented people, one of them named with markup, and one invented organisation.
 */
function unFile(date = NEW_UN_DATE) {
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<CONSOLIDATED_LIST xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" dateGenerated="${date}T00:00:05.000Z">
  <INDIVIDUALS>
    <INDIVIDUAL>
      <DATAID>9900001</DATAID>
      <VERSIONNUM>1</VERSIONNUM>
      <FIRST_NAME>ZEBULON</FIRST_NAME>
      <SECOND_NAME>TESTPERSON</SECOND_NAME>
      <THIRD_NAME>QUIMBY</THIRD_NAME>
      <UN_LIST_TYPE>DPRK</UN_LIST_TYPE>
      <REFERENCE_NUMBER>KPi.990</REFERENCE_NUMBER>
      <LISTED_ON>2026-11-02</LISTED_ON>
      <COMMENTS1>Invented for tests.</COMMENTS1>
      <NATIONALITY><VALUE>Narnia</VALUE></NATIONALITY>
      <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1970-01-01</DATE></INDIVIDUAL_DATE_OF_BIRTH>
    </INDIVIDUAL>
    <INDIVIDUAL>
      <DATAID>9900002</DATAID>
      <VERSIONNUM>1</VERSIONNUM>
      <FIRST_NAME>&lt;img src=x onerror=alert(1)&gt;</FIRST_NAME>
      <UN_LIST_TYPE>DPRK</UN_LIST_TYPE>
      <REFERENCE_NUMBER>KPi.991</REFERENCE_NUMBER>
      <LISTED_ON>2026-11-02</LISTED_ON>
    </INDIVIDUAL>
  </INDIVIDUALS>
  <ENTITIES>
    <ENTITY>
      <DATAID>9900003</DATAID>
      <VERSIONNUM>1</VERSIONNUM>
      <FIRST_NAME>QUIMBY TESTWORKS TRADING</FIRST_NAME>
      <UN_LIST_TYPE>DPRK</UN_LIST_TYPE>
      <REFERENCE_NUMBER>KPe.990</REFERENCE_NUMBER>
      <LISTED_ON>2026-11-02</LISTED_ON>
    </ENTITY>
  </ENTITIES>
</CONSOLIDATED_LIST>
`;
  return { name: 'consolidated.xml', bytes: [...Buffer.from(xml)] };
}

/** Drops files on the drop zone as a browser would (a drop event carrying a DataTransfer). */
async function dropFiles(page, files) {
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name));
    return dt;
  }, files);
  await page.dispatchEvent('[data-testid=lists-drop]', 'drop', { dataTransfer: transfer });
}

async function openListsTab(page) {
  await page.click('[data-testid=tab-lists]');
  await page.waitForSelector('[data-testid=list-status]');
}

async function openPartnerTab(page) {
  await page.click('[data-testid=tab-partner]');
}

async function openApp(url = server.url, options = {}) {
  const opened = await openPage(browser, options);
  if (options.time) await opened.page.clock.setFixedTime(options.time);
  await opened.page.goto(url);
  await waitUntilReady(opened.page);
  return opened;
}

const card = (page, list) => page.locator(`[data-testid=list-status][data-list="${list}"]`);

/** Whether a check of `name` lists the entry `id` among its hits. */
async function hitIds(page, name) {
  await openPartnerTab(page);
  await checkName(page, name);
  return page.locator('[data-testid=hit-id]').allTextContents();
}

/** Every list's card: its date and entry count, as a map, to compare before and after. */
async function cardFacts(page) {
  const facts = {};
  for (const c of await page.locator('[data-testid=list-status]').all()) {
    facts[await c.getAttribute('data-list')] = {
      published: await c.locator('[data-testid=list-published]').textContent(),
      counts: await c.locator('[data-testid=list-counts]').textContent(),
    };
  }
  return facts;
}

function daysBetween(from, to) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

test('the Lists tab shows every list with its date, age, counts, files and a warning when old', async () => {
  const today = '2026-11-23';
  const { context, page, errors } = await openApp(server.url, { time: `${today}T12:00:00` });
  try {
    await openListsTab(page);
    const manifest = builtManifest();
    assert.equal(await page.locator('[data-testid=list-status]').count(), manifest.sources.length);
    assert.equal(await page.getAttribute('[data-testid=lists-origin]', 'data-origin'), 'builtin');
    assert.match(await page.textContent('[data-testid=lists-origin]'), /built into this page/);
    for (const s of manifest.sources) {
      const c = card(page, s.list);
      assert.equal(await c.locator('[data-testid=list-title]').textContent(), s.title);
      assert.equal(
        await c.locator('[data-testid=list-published]').textContent(),
        s.published ?? 'unknown',
      );
      const counts = await c.locator('[data-testid=list-counts]').textContent();
      assert.ok(
        counts.startsWith(`${s.entities.toLocaleString('en-US')} entries`),
        `${s.list}: ${counts}`,
      );
      if (s.persons) assert.ok(counts.includes(`${s.persons.toLocaleString('en-US')} persons`));
      if (s.vessels) assert.ok(counts.includes(`${s.vessels.toLocaleString('en-US')} vessels`));
      const files = await c.locator('[data-testid=list-files]').textContent();
      for (const part of s.parts) assert.ok(files.includes(part.name), `${s.list} names ${part.name}`);
      assert.equal(
        await c.locator('[data-testid=sha-short]').first().textContent(),
        `${s.parts[0].sha256.slice(0, 12)}…`,
      );
      // The full fingerprint is one click away.
      await c.locator('details.sha summary').first().click();
      assert.equal(
        await c.locator('[data-testid=sha-full]').first().textContent(),
        s.parts[0].sha256,
      );
      // Every list of the default data is older than 30 days on this date (or undated).
      const warning = c.locator('[data-testid=list-warning]');
      assert.equal(await warning.count(), 1, `${s.list} is warned about`);
      if (s.published) {
        const age = daysBetween(s.published, today);
        assert.ok(age > 30);
        assert.equal(
          await c.locator('[data-testid=list-age]').textContent(),
          `${age.toLocaleString('en-US')} days`,
        );
      }
    }
    // The warning is words and a sign, with the official address to download from.
    assert.equal(
      await card(page, 'un-sc').locator('[data-testid=list-warning]').textContent(),
      '⚠Warning: UN Security Council Consolidated List published 2026-02-27 is 269 days old: ' +
        'download the current file from https://scsanctions.un.org/resources/xml/en/consolidated.xml ' +
        'and drop it here.',
    );
    assert.match(
      await card(page, 'us-ofac-sdn').locator('[data-testid=list-warning]').textContent(),
      /has no publication date, so its age is unknown: download the current file from https:\/\/sanctionslist\.ofac\.treas\.gov/,
    );
    assert.match(
      await page.textContent('[data-testid=lists-summary]'),
      new RegExp(`${manifest.sources.length} lists are older than 30 days`),
    );
    // The goods tables, with their dates.
    const goods = page.locator('[data-testid=goods-status]');
    assert.equal(await goods.count(), manifest.goods.sources.length);
    assert.match(await goods.first().textContent(), /EU Regulation 833\/2014.*2025-10-23/);
    await screenshot(page, 'lists-status');
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('a list published within the last 30 days has no warning', async () => {
  const { context, page, errors } = await openApp(server.url, { time: '2026-03-10T09:00:00' });
  try {
    await openListsTab(page);
    const un = card(page, 'un-sc');
    assert.equal(await un.locator('[data-testid=list-warning]').count(), 0);
    assert.equal(await un.locator('[data-testid=list-age]').textContent(), '11 days');
    // The others (2025 and older, and the undated SDN list) still are warned about.
    assert.equal(
      await page.locator('[data-testid=list-warning]').count(),
      builtManifest().sources.length - 1,
    );
    // Drawn again in the language chosen.
    await page.selectOption('#lang', 'ru');
    assert.equal(await page.textContent('#lists-status-heading'), 'Используемые списки');
    assert.equal(await un.locator('[data-testid=list-age]').textContent(), '11 дней');
    assert.match(
      await card(page, 'ca-sema').locator('[data-testid=list-warning]').textContent(),
      /опубликован 2025-03-20, с тех пор прошло 355 дней: скачайте актуальный файл с https:\/\/www\.international\.gc\.ca/,
    );
    await page.selectOption('#lang', 'kk');
    assert.equal(await page.textContent('#lists-status-heading'), 'Қолданыстағы тізімдер');
    assert.equal(await page.textContent('#lists-choose'), 'Файлдарды таңдау…');
    await screenshot(page, 'lists-status-kk');
    await page.selectOption('#lang', 'en');
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('a dropped UN file replaces the UN list after review, is kept, and can be undone', async () => {
  const { context, page, errors, dialogs, requests } = await openApp();
  try {
    assert.ok((await hitIds(page, 'Eric Badege')).includes('un-sc:CDi.001'));
    assert.ok(!(await hitIds(page, 'Zebulon Testperson Quimby')).includes('un-sc:KPi.990'));
    await openListsTab(page);
    const before = await cardFacts(page);
    const loadedRequests = requests.length;

    await dropFiles(page, [unFile()]);
    await page.waitForSelector('[data-testid=lists-apply]');
    const change = page.locator('[data-testid=review-change][data-list="un-sc"]');
    assert.equal(await page.locator('[data-testid=review-change]').count(), 1);
    assert.equal(await change.locator('th').textContent(), UN_TITLE);
    assert.equal(await change.locator('[data-testid=review-old]').textContent(), '2026-02-27, 1,003 entries');
    assert.equal(await change.locator('[data-testid=review-new]').textContent(), `${NEW_UN_DATE}, 3 entries`);
    // 3 entries against 1,003: the engine warns that this looks like the wrong file.
    assert.ok((await page.locator('[data-testid=review-warning]').count()) >= 1);
    await screenshot(page, 'lists-review');
    // Nothing changed yet.
    assert.deepEqual(await cardFacts(page), before);

    await page.click('[data-testid=lists-apply]');
    await page.waitForSelector('[data-testid=lists-ok]:has-text("are in use")');
    assert.match(await page.textContent('[data-testid=lists-ok]'), /saved on this device/);
    // announce() writes the live region a moment later, so that a repeat is announced too.
    await page.waitForSelector('[data-testid=announcer]:has-text("updated lists are in use")', {
      state: 'attached',
    });
    assert.equal(await page.getAttribute('[data-testid=lists-origin]', 'data-origin'), 'saved');
    assert.match(await page.textContent('[data-testid=lists-origin]'), /from consolidated\.xml/);
    const afterFacts = await cardFacts(page);
    assert.deepEqual(afterFacts['un-sc'], {
      published: NEW_UN_DATE,
      counts: '3 entries: 2 persons, 1 organisation',
    });
    for (const list of Object.keys(before).filter((l) => l !== 'un-sc')) {
      assert.deepEqual(afterFacts[list], before[list], `${list} is unchanged`);
    }
    assert.match(
      await page.textContent('[data-testid=lists-as-of]'),
      new RegExp(`${UN_TITLE} \\(published ${NEW_UN_DATE}, 3 entries\\)`),
    );
    await screenshot(page, 'lists-applied');
    // The answer on the Partner tab came from the old lists: it is withdrawn, not left standing.
    assert.equal(await page.locator('#results [data-testid=hit]').count(), 0);
    assert.match(
      await page.textContent('[data-testid=results-stale]'),
      /lists in use have changed since this check/,
    );

    assert.ok((await hitIds(page, 'Zebulon Testperson Quimby')).includes('un-sc:KPi.990'));
    assert.ok(!(await hitIds(page, 'Eric Badege')).includes('un-sc:CDi.001'), 'the old UN entry is gone');
    // The listed name with markup is shown as text.
    await checkName(page, 'img src x onerror alert');
    const names = await page.locator('[data-testid=hit-name]').allTextContents();
    assert.ok(names.includes(XSS), `the markup name is a hit shown as text: ${names}`);
    await page.waitForTimeout(300);
    assert.equal(await page.locator('img').count(), 0, 'no <img> element was created');
    assert.deepEqual(dialogs, []);
    assert.deepEqual(requests.slice(loadedRequests), [], 'the update made no requests');

    // Kept in IndexedDB: a reload starts with the update.
    await page.reload();
    await waitUntilReady(page);
    assert.ok((await hitIds(page, 'Zebulon Testperson Quimby')).includes('un-sc:KPi.990'));
    await openListsTab(page);
    assert.equal(await page.getAttribute('[data-testid=lists-origin]', 'data-origin'), 'saved');
    assert.equal(await card(page, 'un-sc').locator('[data-testid=list-published]').textContent(), NEW_UN_DATE);

    // Back to the built-in lists, now and after a reload.
    await page.click('[data-testid=lists-builtin]');
    await page.waitForSelector('[data-testid=lists-ok]:has-text("built-in lists are in use again")');
    assert.deepEqual(await cardFacts(page), before);
    assert.equal(await page.isVisible('[data-testid=lists-builtin]'), false);
    assert.ok((await hitIds(page, 'Eric Badege')).includes('un-sc:CDi.001'));
    await page.reload();
    await waitUntilReady(page);
    await openListsTab(page);
    assert.equal(await page.getAttribute('[data-testid=lists-origin]', 'data-origin'), 'builtin');
    assert.deepEqual(await cardFacts(page), before);
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('a broken or foreign file is refused by name and the lists in use still answer', async () => {
  const { context, page, errors, requests } = await openApp();
  try {
    await openListsTab(page);
    const before = await cardFacts(page);
    const loadedRequests = requests.length;

    // Random bytes, chosen with the keyboard through the file picker.
    const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    await page.focus('[data-testid=lists-choose]');
    // Playwright switches on file-chooser interception when the listener is added; on a busy
    // machine a key pressed at the same moment can open the picker before that, and the event
    // never comes. Pressing again is what a user would do too; three tries are enough.
    let chooser = null;
    for (let attempt = 0; !chooser && attempt < 3; attempt++) {
      const waiting = page.waitForEvent('filechooser', { timeout: 8_000 }).catch(() => null);
      await page.keyboard.press('Enter');
      chooser = await waiting;
    }
    assert.ok(chooser, 'Enter on "Choose files…" opens the file picker');
    assert.ok(chooser.isMultiple(), 'several files can be chosen at once');
    await chooser.setFiles({ name: 'sdn-download.xml', mimeType: 'application/xml', buffer: random });
    const error = page.locator('[data-testid=lists-error]');
    await error.waitFor();
    assert.match(
      await error.textContent(),
      /^The lists were not updated\. sdn-download\.xml: not a sanctions list this tool can read/,
    );
    assert.match(await error.textContent(), /The lists in use have not changed\.$/);
    assert.equal(await page.getAttribute('.lists-message p', 'role'), 'alert');
    await screenshot(page, 'lists-refused');

    // A UN file cut short, dropped beside a good one: the whole update is refused.
    const cut = unFile();
    cut.name = 'un-cut.xml';
    cut.bytes = cut.bytes.slice(0, 700);
    await dropFiles(page, [cut]);
    await page.waitForFunction(() =>
      document.querySelector('[data-testid=lists-error]')?.textContent.includes('un-cut.xml'),
    );
    assert.equal(await page.locator('[data-testid=lists-apply]').count(), 0);
    assert.deepEqual(await cardFacts(page), before);
    assert.ok((await hitIds(page, 'Eric Badege')).includes('un-sc:CDi.001'), 'still found');
    assert.deepEqual(requests.slice(loadedRequests), []);
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('Cancel leaves the lists as they are', async () => {
  const { context, page, errors } = await openApp();
  try {
    await openListsTab(page);
    const before = await cardFacts(page);
    await dropFiles(page, [unFile()]);
    await page.click('[data-testid=lists-cancel]');
    await page.waitForSelector('[data-testid=lists-ok]:has-text("Update cancelled")');
    assert.equal(await page.locator('[data-testid=lists-apply]').count(), 0);
    assert.deepEqual(await cardFacts(page), before);
    assert.ok(!(await hitIds(page, 'Zebulon Testperson Quimby')).includes('un-sc:KPi.990'));
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('when the device has no room, the update is used for this session and the user is told', async () => {
  const opened = await openPage(browser);
  const { context, page, errors } = opened;
  try {
    // What Chromium throws when the origin's quota is used up.
    await context.addInitScript(() => {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto(server.url);
    await waitUntilReady(page);
    await openListsTab(page);
    await dropFiles(page, [unFile()]);
    await page.click('[data-testid=lists-apply]');
    const warning = page.locator('[data-testid=lists-warning]');
    await warning.waitFor();
    assert.match(await warning.textContent(), /in use for this session only.*quota/);
    assert.equal(await page.getAttribute('[data-testid=lists-origin]', 'data-origin'), 'session');
    assert.ok((await hitIds(page, 'Zebulon Testperson Quimby')).includes('un-sc:KPi.990'));
    await page.reload();
    await waitUntilReady(page);
    assert.ok(!(await hitIds(page, 'Zebulon Testperson Quimby')).includes('un-sc:KPi.990'));
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('a saved update that no longer opens gives way to the built-in lists, with the reason', async () => {
  const { context, page, errors } = await openApp();
  try {
    // What an older page version might have left: bytes this engine cannot read.
    await page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('sanctions-checker');
          open.onsuccess = () => {
            const tx = open.result.transaction('datasets', 'readwrite');
            tx.objectStore('datasets').put({
              name: 'current',
              dataset: new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]),
              manifest: {},
              time: '2026-01-01T00:00:00Z',
              files: ['old.xml'],
            });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.reload();
    await waitUntilReady(page);
    const notice = page.locator('[data-testid=lists-startup-notice]');
    assert.match(
      await notice.textContent(),
      /could not be opened, so the built-in lists are in use\. Reason: The sanctions lists could not be opened/,
    );
    assert.match(await notice.textContent(), /Open the Lists tab and drop the official files again/);
    assert.ok(!(await notice.textContent()).includes('`'), 'no developer command is shown');
    assert.ok((await hitIds(page, 'Eric Badege')).includes('un-sc:CDi.001'));
    await screenshot(page, 'lists-startup-fallback');
    // The unreadable copy was removed: the next start is clean.
    await page.reload();
    await waitUntilReady(page);
    assert.equal(await page.locator('[data-testid=lists-startup-notice]').count(), 0);
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('the single-file build applies an update from file:// with no network', async () => {
  const opened = await openPage(browser, { width: 375, height: 812 });
  const { context, page, errors, requests } = opened;
  const refused = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    refused.push(url);
    return route.abort();
  });
  try {
    await page.goto(pathToFileURL(OFFLINE_PAGE).href);
    await waitUntilReady(page);
    await openListsTab(page);
    const before = await cardFacts(page);
    await dropFiles(page, [unFile()]);
    await page.click('[data-testid=lists-apply]');
    await page.waitForSelector('[data-testid=lists-ok], [data-testid=lists-warning]');
    const saved = (await page.locator('[data-testid=lists-ok]').count()) === 1;
    console.log(`file:// page: the update was ${saved ? 'saved in IndexedDB' : 'used for the session only'}`);
    if (!saved) {
      // A browser that refuses storage to file:// pages: said plainly, update still in use.
      assert.match(
        await page.textContent('[data-testid=lists-warning]'),
        /in use for this session only.*IndexedDB is unavailable/,
      );
    }
    assert.equal((await cardFacts(page))['un-sc'].published, NEW_UN_DATE);
    // No sideways scrolling on a phone.
    assert.ok(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      'the Lists tab fits 375 px',
    );
    await screenshot(page, 'lists-offline-applied');
    assert.ok((await hitIds(page, 'Zebulon Testperson Quimby')).includes('un-sc:KPi.990'));
    if (saved) {
      await page.reload();
      await waitUntilReady(page);
      assert.ok((await hitIds(page, 'Zebulon Testperson Quimby')).includes('un-sc:KPi.990'));
      await openListsTab(page);
      await page.click('[data-testid=lists-builtin]');
      await page.waitForSelector('[data-testid=lists-ok]:has-text("built-in lists are in use again")');
      assert.deepEqual(await cardFacts(page), before);
    }
    assert.deepEqual(refused, [], 'the page tried to reach the network');
    assert.deepEqual(
      requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:')),
      [],
    );
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});
