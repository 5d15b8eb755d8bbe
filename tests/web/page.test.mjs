// The served page (index.html over http://127.0.0.1) with the real engine and default dataset.

import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import {
  assertNoErrors,
  checkName,
  errorShownWhen,
  expectBadegeHit,
  expectListsHeader,
  expectNoMatch,
  openPage,
  screenshot,
  servedPage,
  waitUntilReady,
} from './helpers.mjs';

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

test('the header names every list checked with its date and size', async () => {
  const { context, page, errors } = await openApp();
  try {
    await expectListsHeader(page);
    assert.equal(
      await page.isVisible('[data-testid=status]'),
      false,
      'the loading line is gone',
    );
    await screenshot(page, 'page-loaded');
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('a name on the UN list is shown as a hit with its list and score', async () => {
  const { context, page, errors } = await openApp();
  try {
    await checkName(page, 'Eric Badege');
    const hit = await expectBadegeHit(page);
    assert.ok(
      await hit.locator('[data-testid=hit-why]').isVisible(),
      'the explanation is shown',
    );
    assert.equal(await page.locator('[data-testid=no-match]').count(), 0);
    await hit.locator('summary', { hasText: 'Why this score' }).click();
    assert.match(
      await hit.locator('table').textContent(),
      /badege/i,
      'the word-by-word table opens',
    );
    await screenshot(page, 'page-hit');
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('a name on no list says "No match" and names the lists checked', async () => {
  const { context, page, errors } = await openApp();
  try {
    await checkName(page, 'Xqzvbw Plortnik');
    assert.ok(await page.locator('[data-testid=no-match]').isVisible());
    await expectNoMatch(page);
    await screenshot(page, 'page-no-match');
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('a new check replaces the answer to the previous one', async () => {
  const { context, page, errors } = await openApp();
  try {
    await checkName(page, 'Eric Badege');
    assert.ok((await page.locator('[data-testid=hit]').count()) > 0);
    await checkName(page, 'Xqzvbw Plortnik');
    assert.equal(await page.locator('[data-testid=hit]').count(), 0);
    assert.ok(await page.locator('[data-testid=no-match]').isVisible());
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('a name containing HTML is shown as text and never becomes an element', async () => {
  const { context, page, errors, dialogs } = await openApp();
  try {
    const name = 'Eric <img src=x onerror=alert(1)> Badege';
    await checkName(page, name);
    await checkName(page, '<img src=x onerror=alert(1)>');
    // Give a wrongly created image a moment to fail loading and fire its handler.
    await page.waitForTimeout(300);
    assert.equal(
      await page.locator('img').count(),
      0,
      'no <img> element was created',
    );
    assert.deepEqual(dialogs, [], 'no dialog was opened');
    assert.match(
      await page.textContent('#results'),
      /<img src=x onerror=alert\(1\)>/,
    );
    await screenshot(page, 'page-markup-name');
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('after the page has loaded, checking names makes no network request', async () => {
  const { context, page, errors, requests } = await openApp();
  try {
    const loadedWith = requests.length;
    await checkName(page, 'Eric Badege');
    await checkName(page, 'Xqzvbw Plortnik', { kind: 'organization' });
    await checkName(page, 'Eric Badege', {
      kind: 'person',
      dob: '1971',
      country: 'CD',
    });
    assert.deepEqual(
      requests.slice(loadedWith),
      [],
      'names must never leave the device',
    );
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('an empty name is refused next to the name field', async () => {
  const { context, page, errors } = await openApp();
  try {
    await checkName(page, '   ');
    assert.ok(await page.isVisible('[data-testid=name-error]'));
    assert.equal(await page.getAttribute('#name', 'aria-invalid'), 'true');
    assert.equal(
      await page.locator('[data-testid=hit], [data-testid=no-match]').count(),
      0,
    );
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('an impossible date of birth is explained next to the date field', async () => {
  const { context, page, errors } = await openApp();
  try {
    await checkName(page, 'Eric Badege', { dob: '1971-13-45' });
    assert.ok(await page.isVisible('[data-testid=dob-error]'));
    assert.notEqual(
      (await page.textContent('[data-testid=dob-error]')).trim(),
      '',
    );
    assert.equal(await page.locator('[data-testid=hit]').count(), 0);
    await screenshot(page, 'page-bad-date');
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('on a 375 px wide phone screen a hit fits without sideways scrolling', async () => {
  const { context, page, errors } = await openApp({ width: 375, height: 812 });
  try {
    await checkName(page, 'Eric Badege');
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    assert.ok(
      scrollWidth <= clientWidth,
      `page is ${scrollWidth}px wide in a ${clientWidth}px view`,
    );
    await screenshot(page, 'page-phone-hit');
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('a dataset built for another format version shows what to do instead of a blank page', async () => {
  // The real manifest with a format number no engine has: the page must refuse it.
  const message = await errorShownWhen(
    browser,
    server.url,
    '**/www/data/manifest.json',
    async (route) => {
      const response = await route.fetch();
      const manifest = await response.json();
      await route.fulfill({ response, json: { ...manifest, format: 999 } });
    },
    'page-wrong-format',
  );
  assert.match(message, /another version/);
  assert.match(message, /make dataset/);
});

const notFound = (route) =>
  route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' });

test('missing list files show what to do instead of a blank page', async () => {
  const message = await errorShownWhen(
    browser,
    server.url,
    '**/www/data/manifest.json',
    notFound,
  );
  assert.match(message, /missing/);
  assert.match(message, /make dataset/);
});

test('a missing engine build shows what to do instead of a blank page', async () => {
  const message = await errorShownWhen(
    browser,
    server.url,
    '**/pkg/sanctions_checker.js',
    notFound,
  );
  assert.match(message, /make wasm/);
});


test('an identifier from the partner’s papers finds the listed entry that carries it', async () => {
  const { context, page, errors } = await openApp();
  try {
    // UN CDi.021 lists passport OB 0243318; a different name with that number is still a hit.
    await page.fill('#identifier', 'OB-0243318');
    await checkName(page, 'Totally Different Person');
    const hit = page
      .locator('[data-testid=hit]')
      .filter({ has: page.locator('[data-testid=hit-id]', { hasText: 'un-sc:CDi.021' }) });
    assert.equal(await hit.count(), 1);
    await hit.locator('summary', { hasText: 'Why this score' }).click();
    assert.match(await hit.locator('.factors').textContent(), /Identifier OB 0243318 is listed/);
    await screenshot(page, 'page-identifier');

    await page.fill('#identifier', '12');
    await checkName(page, 'Totally Different Person');
    assert.match(await page.textContent('[data-testid=identifier-error]'), /too short/);
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});
