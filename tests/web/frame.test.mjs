// The iframe embed (pkg/frame.html) and its postMessage protocol, from a host page on another
// origin whose policy allows no foreign script and no Wasm: only `frame-src` for the frame.
// Two servers on two ports make the two origins; the host's messages are posted and collected
// from the test, as a portal's own script would.

import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startServer } from '../../scripts/serve.mjs';
import { ROOT, assertNoErrors, launchBrowser, openPage, requireBuilt, screenshot } from './helpers.mjs';

let frameServer;
let hostServer;
let browser;
let hostDir;

before(async () => {
  requireBuilt();
  if (!existsSync(path.join(ROOT, 'pkg/frame.html'))) {
    throw new Error('pkg/frame.html is missing: run `make package` (scripts/build-package.mjs)');
  }
  frameServer = await startServer({ port: 0 });
  hostDir = await mkdtemp(path.join(os.tmpdir(), 'sc-host-'));
  hostServer = await startServer({ port: 0, root: hostDir });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await frameServer?.close();
  await hostServer?.close();
  if (hostDir) await rm(hostDir, { recursive: true, force: true });
});

const frameOrigin = () => new URL(frameServer.url).origin;
// Another port: another origin for the browser.
const hostOrigin = () => new URL(hostServer.url).origin;

/**
 * Opens a host page framing frame.html with `query`, with every message from the frame
 * recorded (with its origin) from before the frame starts.
 */
async function openHost(query = '', { name = 'host' } = {}) {
  const src = `${frameServer.url}pkg/frame.html${query}`;
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; frame-src ${frameOrigin()}">
<title>Portal</title></head>
<body><h1>Portal</h1><iframe id="checker" title="Sanctions check" src="${src}" width="700" height="500"></iframe></body></html>`;
  await writeFile(path.join(hostDir, `${name}.html`), html);
  const opened = await openPage(browser);
  const violations = [];
  opened.page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
  });
  await opened.page.addInitScript(() => {
    window.received = [];
    window.addEventListener('message', (event) => {
      window.received.push({ origin: event.origin, data: event.data });
    });
  });
  await opened.page.goto(`${hostOrigin()}/${name}.html`);
  return { ...opened, violations };
}

/** Waits for the first message matching `match` (an object of fields) and returns it. */
async function waitForMessage(page, match, timeout = 15_000) {
  const handle = await page.waitForFunction(
    (m) =>
      window.received.find((r) => Object.entries(m).every(([k, v]) => r.data?.[k] === v)) ?? null,
    match,
    { timeout },
  );
  return handle.jsonValue();
}

/** Posts a request to the frame, as the host's script would. */
function post(page, message, targetOrigin = frameOrigin()) {
  return page.evaluate(
    ([m, origin]) => document.getElementById('checker').contentWindow.postMessage(m, origin),
    [message, targetOrigin],
  );
}

describe('iframe embed', () => {
  test('says ready with the manifest, answers a check with the report, once, to the asking origin', async () => {
    const { page, errors, context, violations } = await openHost();
    const ready = await waitForMessage(page, { type: 'sanctions-checker:ready' });
    assert.equal(ready.origin, frameOrigin());
    assert.equal(ready.data.protocol, 1);
    assert.ok(ready.data.manifest.sources.some((s) => s.list === 'un-sc'), 'the manifest names the UN list');

    await post(page, { type: 'sanctions-checker:check', id: 'q1', query: { name: 'Eric Badege' } });
    const answer = await waitForMessage(page, { type: 'sanctions-checker:result', id: 'q1' });
    assert.equal(answer.data.kind, 'partner');
    assert.equal(answer.data.query.name, 'Eric Badege');
    const top = answer.data.report.hits[0];
    assert.equal(top.list, 'un-sc');
    assert.equal(top.name, 'ERIC BADEGE');
    assert.ok(top.score >= 0.95, `score ${top.score}`);
    assert.ok(top.explanation.summary.length > 0, 'the hit says why');

    // The answer is not also sent as a check of the user's own.
    await page.waitForTimeout(400);
    const results = await page.evaluate(() =>
      window.received.filter((r) => r.data?.type === 'sanctions-checker:result'),
    );
    assert.equal(results.length, 1, JSON.stringify(results.map((r) => r.data.id)));

    // The frame shows the check too: the host asked for it in the user's view.
    const frame = page.frameLocator('#checker');
    await frame.getByText('ERIC BADEGE').first().waitFor();
    await screenshot(page, 'frame-check');
    assert.deepEqual(violations, []);
    assertNoErrors(errors);
    await context.close();
  });

  test('answers goods, manifest and configure requests, and refuses bad ones with a clear error', async () => {
    const { page, errors, context } = await openHost();
    await waitForMessage(page, { type: 'sanctions-checker:ready' });

    await post(page, { type: 'sanctions-checker:goods', id: 'g1', query: '8471 30' });
    const goods = await waitForMessage(page, { type: 'sanctions-checker:result', id: 'g1' });
    assert.equal(goods.data.kind, 'goods');
    assert.equal(goods.data.report.code, '847130');
    assert.ok(goods.data.report.status, 'the code report has a status');

    await post(page, { type: 'sanctions-checker:manifest', id: 'm1' });
    const manifest = await waitForMessage(page, { type: 'sanctions-checker:manifest', id: 'm1' });
    assert.ok(manifest.data.manifest.entities > 1000);

    await post(page, { type: 'sanctions-checker:check', id: 'bad-dob', query: { name: 'Eric Badege', dob: '1971-13-40' } });
    const bad = await waitForMessage(page, { type: 'sanctions-checker:error', id: 'bad-dob' });
    assert.match(bad.data.message, /date of birth/i);
    assert.match(bad.data.message, /YYYY/);

    await post(page, { type: 'sanctions-checker:frobnicate', id: 'x1' });
    const unknown = await waitForMessage(page, { type: 'sanctions-checker:error', id: 'x1' });
    assert.match(unknown.data.message, /unknown request.*check, goods, manifest and configure/);

    await post(page, { type: 'sanctions-checker:configure', id: 'c1', options: { lang: 'ru' } });
    await waitForMessage(page, { type: 'sanctions-checker:configured', id: 'c1' });
    const lang = await page
      .frameLocator('#checker')
      .locator('sanctions-checker')
      .getAttribute('lang');
    assert.equal(lang, 'ru');

    await post(page, { type: 'sanctions-checker:configure', id: 'c2', options: { colour: 'red' } });
    const refused = await waitForMessage(page, { type: 'sanctions-checker:error', id: 'c2' });
    assert.match(refused.data.message, /unknown option "colour"/);
    assertNoErrors(errors.filter((e) => !/threshold|date of birth/i.test(e)));
    await context.close();
  });

  test("a check the user makes in the frame reaches the host, and the frame reports its height", async () => {
    const { page, errors, context } = await openHost();
    await waitForMessage(page, { type: 'sanctions-checker:ready' });
    const frame = page.frameLocator('#checker');
    const name = frame.getByLabel(/name/i).first();
    await name.fill('Eric Badege');
    await name.press('Enter');
    const result = await waitForMessage(page, { type: 'sanctions-checker:result', id: null });
    assert.equal(result.origin, frameOrigin());
    assert.equal(result.data.report.hits[0].list, 'un-sc');

    const resize = await waitForMessage(page, { type: 'sanctions-checker:resize' });
    assert.ok(resize.data.height > 50, `height ${resize.data.height}`);
    assertNoErrors(errors);
    await context.close();
  });

  test('an origin the address does not allow gets no answer and hears nothing', async () => {
    const { page, context } = await openHost('?origin=https://portal.example', { name: 'other' });
    // The frame loads (its element shows), but says nothing to this host.
    await page.frameLocator('#checker').locator('sanctions-checker').waitFor();
    await post(page, { type: 'sanctions-checker:check', id: 'q1', query: { name: 'Eric Badege' } });
    await page.waitForTimeout(2_500);
    const heard = await page.evaluate(() =>
      window.received.filter((r) => String(r.data?.type).startsWith('sanctions-checker:')),
    );
    assert.deepEqual(heard, []);
    await context.close();

    const allowed = await openHost(`?origin=${encodeURIComponent(hostOrigin())}`, { name: 'allowed' });
    await waitForMessage(allowed.page, { type: 'sanctions-checker:ready' });
    await post(allowed.page, { type: 'sanctions-checker:check', id: 'q2', query: { name: 'Eric Badege' } });
    const answer = await waitForMessage(allowed.page, { type: 'sanctions-checker:result', id: 'q2' });
    assert.equal(answer.data.report.hits[0].list, 'un-sc');
    await allowed.context.close();
  });

  test('options in the address reach the element (language, mode, lists)', async () => {
    const { page, errors, context } = await openHost('?lang=kk&lists=un-sc&compact', { name: 'options' });
    await waitForMessage(page, { type: 'sanctions-checker:ready' });
    const element = page.frameLocator('#checker').locator('sanctions-checker');
    assert.equal(await element.getAttribute('lang'), 'kk');
    assert.equal(await element.getAttribute('lists'), 'un-sc');
    assert.equal(await element.getAttribute('compact'), '');
    // Vladimir Putin is on the UK, US, Canadian and Australian lists, not the UN's.
    await post(page, { type: 'sanctions-checker:check', id: 'q1', query: { name: 'Vladimir Putin' } });
    const none = await waitForMessage(page, { type: 'sanctions-checker:result', id: 'q1' });
    assert.deepEqual(none.data.report.hits, []);
    // Eric Badege is on four lists; only the UN's hit comes back.
    await post(page, { type: 'sanctions-checker:check', id: 'q2', query: { name: 'Eric Badege' } });
    const un = await waitForMessage(page, { type: 'sanctions-checker:result', id: 'q2' });
    assert.deepEqual(un.data.report.hits.map((h) => h.list), ['un-sc']);
    await screenshot(page, 'frame-kk-compact');
    assertNoErrors(errors);
    await context.close();
  });
});

describe('iframe embed in the demo portal', () => {
  test('the portal opens the frame on demand, asks it for a check and sizes it to its content', async () => {
    const { page, errors, context } = await openPage(browser, { width: 1200, height: 900 });
    const violations = [];
    page.on('console', (msg) => {
      if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
    });
    await page.goto(`${frameServer.url}examples/portal/`);
    await page.click('#frame-open');
    await page.locator('#log li', { hasText: 'frame-checker: ready' }).waitFor({ timeout: 20_000 });
    await page.click('#frame-demo');
    const line = page.locator('#log li', { hasText: 'frame-checker (request 1): "Viktor Bout"' });
    await line.waitFor();
    assert.ok(Number(await line.getAttribute('data-hits')) >= 1, await line.textContent());
    // The frame reported its height and the portal applied it.
    await page.waitForFunction(() => Number(document.getElementById('frame-checker').height) !== 360);
    const height = Number(await page.getAttribute('#frame-checker', 'height'));
    assert.ok(height > 100, `frame height ${height}`);
    // In Kazakh, as the portal's address for it says; the check shows in the frame too.
    const frame = page.frameLocator('#frame-checker');
    assert.equal(await frame.locator('sanctions-checker').getAttribute('lang'), 'kk');
    await frame.getByText(/BOUT/).first().waitFor();
    await page.locator('#frame-panel').screenshot({ path: path.join(ROOT, 'test-results', 'portal-frame.png') });
    assert.deepEqual(violations, []);
    assertNoErrors(errors);
    await context.close();
  });
});
