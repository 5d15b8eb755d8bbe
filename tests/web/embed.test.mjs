// The <sanctions-checker> element in the demo portal (examples/portal/): a page with hostile
// CSS and a strict CSP. Host styles must not leak in, the element's must not leak out, theming
// goes through custom properties and ::part(), events carry the real engine's reports, and two
// instances on a page keep their own language, options and results.

import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { assertNoErrors, openPage, screenshot, servedPage } from './helpers.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

let server;
let browser;

servedPage((started) => ({ server, browser } = started));

const PORTAL = 'examples/portal/';

/** Opens the portal, recording CSP violations from the start, and waits for both engines. */
async function openPortal(options = {}) {
  const opened = await openPage(browser, options);
  await opened.page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await opened.page.goto(new URL(PORTAL, server.url).href);
  await opened.page.evaluate(() =>
    Promise.all([...document.querySelectorAll('sanctions-checker')].map((el) => el.ready)),
  );
  return opened;
}

/** Computed style properties of the first element matching `selector` (pierces shadow roots). */
function styleOf(page, selector, props) {
  return page.locator(selector).first().evaluate(
    (node, names) => Object.fromEntries(names.map((n) => [n, getComputedStyle(node)[n]])),
    props,
  );
}

test('the portal loads both checkers with no CSP violation, no error, and fetches only the engine and dataset once', async () => {
  const { context, page, errors, requests } = await openPortal();
  try {
    const paths = requests.map((u) => new URL(u).pathname);
    const allowed = new Set([
      '/examples/portal/',
      '/examples/portal/portal.css',
      '/examples/portal/portal.js',
      '/examples/portal/favicon.svg',
      '/pkg/define.js',
      '/pkg/element.js',
      '/pkg/index.js',
      '/pkg/sanctions_checker.js',
      '/pkg/sanctions_checker_bg.wasm',
      '/pkg/data/default.bin',
    ]);
    assert.deepEqual(paths.filter((p) => !allowed.has(p)), [], 'only the portal and the package');
    // Two elements with the same dataset share one loaded engine.
    assert.equal(paths.filter((p) => p === '/pkg/data/default.bin').length, 1);
    assert.equal(paths.filter((p) => p.endsWith('.wasm')).length, 1);
    assert.ok(
      await page.evaluate(() => {
        const [a, b] = document.querySelectorAll('sanctions-checker');
        return a.engine !== null && a.engine === b.engine;
      }),
    );
    // A check and a goods check fetch nothing more.
    const before = requests.length;
    await page.click('#check-demo');
    await page.locator('#partner-checker [part~=hit]').first().waitFor();
    await page.evaluate(() => document.getElementById('goods-checker').checkGoods('8542 31'));
    assert.equal(requests.length, before, 'no request after load');
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    // The styles came in through the constructed sheet, which style-src 'self' allows.
    assert.equal(
      await page.evaluate(
        () => document.getElementById('partner-checker').shadowRoot.adoptedStyleSheets.length,
      ),
      1,
    );
    assertNoErrors(errors);
    await screenshot(page, 'embed-portal');
  } finally {
    await context.close();
  }
});

test('host styles do not leak into the element', async () => {
  const { context, page } = await openPortal();
  try {
    const props = ['textTransform', 'fontSize', 'backgroundColor', 'letterSpacing', 'fontFamily', 'lineHeight', 'color'];
    const hostInput = await styleOf(page, '#host-input', props);
    const hostButton = await styleOf(page, '#host-button', props);
    // The portal's rules are real: its own controls are huge, uppercase and yellow/orange.
    assert.equal(hostInput.textTransform, 'uppercase');
    assert.equal(hostInput.fontSize, '30px');
    assert.equal(hostInput.backgroundColor, 'rgb(255, 239, 0)');
    assert.equal(hostButton.backgroundColor, 'rgb(255, 95, 0)');

    const input = await styleOf(page, '#partner-checker input[name=name]', props);
    const button = await styleOf(page, '#partner-checker button[type=submit]', props);
    const label = await styleOf(page, '#partner-checker label', props);
    for (const [what, style] of [['input', input], ['button', button], ['label', label]]) {
      assert.equal(style.textTransform, 'none', `${what}: no uppercase`);
      assert.notEqual(style.fontSize, '30px', `${what}: not the portal's 30px`);
      assert.equal(style.letterSpacing, 'normal', `${what}: no letter spacing`);
      assert.doesNotMatch(style.fontFamily, /Georgia/, `${what}: not the portal's font`);
      assert.notEqual(style.color, 'rgb(59, 10, 69)', `${what}: not the portal's !important colour`);
    }
    assert.equal(input.fontSize, '15px');
    assert.equal(input.backgroundColor, 'rgb(255, 255, 255)');
    assert.equal(button.backgroundColor, 'rgb(26, 86, 219)');
    // The portal's [part] rule reaches only its own light-DOM element.
    const partRule = await styleOf(page, '#partner-checker [part~=form]', ['outlineStyle', 'backgroundColor']);
    assert.equal(partRule.outlineStyle, 'none');
    assert.notEqual(partRule.backgroundColor, 'rgb(255, 0, 255)');
    assert.equal((await styleOf(page, '#host-part', ['backgroundColor'])).backgroundColor, 'rgb(255, 0, 255)');
  } finally {
    await context.close();
  }
});

test('the element’s styles do not leak out: host elements look the same with and without it', async () => {
  const selectors = ['body', 'h2', '#host-input', '#host-button', '#host-meter', '#host-part', 'label', '#log', 'p.lead'];
  const props = [
    'fontSize', 'fontFamily', 'color', 'backgroundColor', 'textTransform', 'letterSpacing',
    'lineHeight', 'borderTopStyle', 'borderTopWidth', 'paddingTop', 'outlineStyle', 'boxSizing',
    'width', 'display', 'borderRadius', // not heights: the element and the log add content
  ];
  const collect = (page) =>
    page.evaluate(
      ({ selectors, props }) =>
        Object.fromEntries(
          selectors.map((s) => {
            const style = getComputedStyle(document.querySelector(s));
            return [s, Object.fromEntries(props.map((p) => [p, style[p]]))];
          }),
        ),
      { selectors, props },
    );
  const withIt = await openPortal();
  // The same portal with its script replaced by nothing: the elements are never defined.
  const without = await openPage(browser);
  try {
    await without.page.route('**/portal.js', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: '' }),
    );
    await without.page.goto(new URL(PORTAL, server.url).href);
    assert.equal(await without.page.evaluate(() => customElements.get('sanctions-checker')), undefined);
    // A check has drawn hits and a meter inside the element before the comparison.
    await withIt.page.evaluate(() => document.getElementById('partner-checker').check({ name: 'Eric Badege' }));
    assert.deepEqual(await collect(withIt.page), await collect(without.page));
  } finally {
    await withIt.context.close();
    await without.context.close();
  }
});

test('custom properties and ::part() from the host theme the element', async () => {
  const { context, page } = await openPortal();
  try {
    const button = await styleOf(page, '#goods-checker button[type=submit]', ['backgroundColor', 'borderTopLeftRadius', 'fontFamily']);
    assert.equal(button.backgroundColor, 'rgb(11, 110, 79)', '--sanctions-checker-accent');
    assert.equal(button.borderTopLeftRadius, '20px', '::part(button)');
    assert.match(button.fontFamily, /monospace/, '--sanctions-checker-font');
    const box = await styleOf(page, '#goods-checker [part~=container]', ['backgroundColor', 'borderTopLeftRadius']);
    assert.equal(box.backgroundColor, 'rgb(238, 250, 244)', '--sanctions-checker-background');
    assert.equal(box.borderTopLeftRadius, '0px', '--sanctions-checker-radius');
    const input = await styleOf(page, '#goods-checker input', ['borderTopColor', 'borderTopWidth']);
    assert.equal(input.borderTopColor, 'rgb(11, 110, 79)', '::part(input)');
    assert.equal(input.borderTopWidth, '2px');
    // The other instance keeps the defaults.
    const other = await styleOf(page, '#partner-checker button[type=submit]', ['backgroundColor', 'borderTopLeftRadius']);
    assert.equal(other.backgroundColor, 'rgb(26, 86, 219)');
    assert.equal(other.borderTopLeftRadius, '4px');
  } finally {
    await context.close();
  }
});

test('the result event carries the report, and check() pre-fills the form and runs it', async () => {
  const { context, page, errors } = await openPortal();
  try {
    const seen = await page.evaluate(async () => {
      const el = document.getElementById('partner-checker');
      const events = [];
      document.addEventListener('sanctions-checker-result', (e) =>
        events.push({ target: e.target.id, composed: e.composed, bubbles: e.bubbles, detail: e.detail }),
      );
      const report = await el.check({ name: 'Eric Badege', kind: 'person' });
      return { events, returned: report, value: el.shadowRoot.querySelector('input[name=name]').value };
    });
    assert.equal(seen.events.length, 1);
    const [event] = seen.events;
    assert.equal(event.target, 'partner-checker');
    assert.ok(event.bubbles && event.composed);
    assert.equal(event.detail.kind, 'partner');
    assert.equal(event.detail.query.name, 'Eric Badege');
    assert.deepEqual(event.detail.query.lists, ['un-sc', 'eu-fsf', 'uk-ofsi']);
    const un = event.detail.report.hits.find((h) => h.list === 'un-sc');
    assert.ok(un, 'a hit on the UN list');
    assert.equal(un.entity_id, 'un-sc:CDi.001');
    assert.ok(un.score >= 0.85);
    assert.deepEqual(seen.returned, event.detail.report);
    assert.equal(seen.value, 'Eric Badege', 'the form is pre-filled');
    assert.equal(await page.locator('#partner-checker select').inputValue(), 'person');
    // Drawn in the element's language (Russian), with list, date, meter and explanation.
    const hit = page.locator('#partner-checker [part~=hit][data-list=un-sc]');
    await hit.waitFor();
    assert.match(await hit.locator('[part~=hit-list]').textContent(), /UN Security Council Consolidated List, опубликован \d{4}-\d\d-\d\d/);
    assert.match(await hit.locator('[part~=hit-why]').textContent(), /Имя совпадает/);
    assert.equal(await hit.locator('meter').getAttribute('aria-hidden'), 'true');
    assert.match(await page.locator('#partner-checker [part~=status]').textContent(), /возможн/);
    assert.match(await page.locator('#partner-checker [part~=freshness]').textContent(), /UN Security Council Consolidated List \(\d{4}-\d\d-\d\d\)/);
    // The portal logged it from the event, through textContent.
    assert.match(await page.locator('#log li').first().textContent(), /"Eric Badege": \d+ hit\(s\) on .*un-sc/);
    // A made-up name: the clear "no match" state.
    const none = await page.evaluate(() => document.getElementById('partner-checker').check({ name: 'Zorblat Quindlewax' }));
    assert.equal(none.hits.length, 0);
    assert.match(await page.locator('#partner-checker [part~=no-match]').textContent(), /Совпадений в проверенных списках не найдено/);
    // Goods: the compact instance answers a code.
    const goods = await page.evaluate(() => document.getElementById('goods-checker').checkGoods('8542 31'));
    assert.equal(goods.status, 'restricted');
    assert.match(await page.locator('#goods-checker [part~=goods-verdict]').textContent(), /8542 31: restricted/);
    assert.match(await page.locator('#goods-checker [part~=goods-citation]').first().textContent(), /Regulation/);
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('the lists attribute filters the hits', async () => {
  const { context, page } = await openPortal();
  try {
    const counts = await page.evaluate(async () => {
      const el = document.getElementById('partner-checker');
      const lists = (r) => [...new Set(r.hits.map((h) => h.list))].sort();
      el.lists = ['un-sc'];
      const unOnly = await el.check({ name: 'Vladimir Putin' });
      el.lists = [];
      const all = await el.check({ name: 'Vladimir Putin' });
      // Changing lists re-runs the last check, which sends a new result.
      const rerun = new Promise((resolve) =>
        el.addEventListener('sanctions-checker-result', (e) => resolve(e.detail.report), { once: true }),
      );
      el.setAttribute('lists', 'us-ofac-sdn');
      await rerun;
      return { unOnly: lists(unOnly), all: lists(all), rerun: lists(await rerun) };
    });
    assert.deepEqual(counts.unOnly, [], 'Putin is not on the UN list');
    assert.ok(counts.all.includes('us-ofac-sdn') && counts.all.includes('uk-ofsi'), counts.all.join());
    assert.deepEqual(counts.rerun, ['us-ofac-sdn']);
  } finally {
    await context.close();
  }
});

test('two instances on one page are independent', async () => {
  const { context, page, requests } = await openPortal();
  try {
    const result = await page.evaluate(async () => {
      const make = (attrs) => {
        const el = document.createElement('sanctions-checker');
        for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
        document.getElementById('iframe-slot').append(el);
        return el;
      };
      const a = make({ lang: 'kk', threshold: '0.99' });
      const b = make({ lang: 'en' });
      await Promise.all([a.ready, b.ready]);
      const text = (el) => el.shadowRoot.querySelector('[part~=results]').textContent;
      const rb = await b.check({ name: 'Eric Badegge' });
      const afterB = text(a);
      const ra = await a.check({ name: 'Eric Badegge' });
      return {
        sameEngine: a.engine === b.engine,
        buttons: [a, b].map((el) => el.shadowRoot.querySelector('button[type=submit]').textContent),
        aBeforeItsCheck: afterB,
        hitsA: ra.hits.length,
        hitsB: rb.hits.length,
        thresholds: [ra.threshold, rb.threshold],
        nameA: a.shadowRoot.querySelector('input[name=name]').value,
        portalName: document.getElementById('partner-checker').shadowRoot.querySelector('input[name=name]').value,
        statusA: a.shadowRoot.querySelector('[part~=status]').textContent,
        statusB: b.shadowRoot.querySelector('[part~=status]').textContent,
      };
    });
    assert.ok(result.sameEngine, 'one engine for one dataset');
    assert.equal(requests.filter((u) => u.endsWith('/default.bin')).length, 1);
    assert.deepEqual(result.buttons, ['Тексеру', 'Check']);
    assert.equal(result.aBeforeItsCheck, '', 'checking in one leaves the other empty');
    assert.ok(result.hitsB > 0, 'a misspelt name is a hit at the default threshold');
    assert.equal(result.hitsA, 0, 'and not at 0.99');
    assert.deepEqual(result.thresholds, [0.99, 0.85]);
    assert.equal(result.nameA, 'Eric Badegge');
    assert.equal(result.portalName, '', 'the portal’s own instance is untouched');
    assert.match(result.statusA, /сәйкестік табылмады/);
    assert.match(result.statusB, /possible match/);
  } finally {
    await context.close();
  }
});

test('attributes and properties mirror each other', async () => {
  const { context, page } = await openPortal();
  try {
    const r = await page.evaluate(() => {
      const el = document.createElement('sanctions-checker');
      const out = {};
      el.threshold = 0.9;
      out.thresholdAttr = el.getAttribute('threshold');
      el.setAttribute('threshold', '0.7');
      out.thresholdProp = el.threshold;
      el.lists = ['un-sc', 'eu-fsf'];
      out.listsAttr = el.getAttribute('lists');
      el.setAttribute('lists', ' uk-ofsi , un-sc ');
      out.listsProp = el.lists;
      el.compact = true;
      out.compactAttr = el.hasAttribute('compact');
      el.removeAttribute('compact');
      out.compactProp = el.compact;
      el.mode = 'both';
      out.modeAttr = el.getAttribute('mode');
      el.setAttribute('mode', 'nonsense');
      out.modeProp = el.mode;
      el.datasetSrc = '/data/other.bin';
      out.srcAttr = el.getAttribute('dataset-src');
      el.removeAttribute('dataset-src');
      out.srcProp = el.datasetSrc;
      out.langDefault = el.lang; // the portal's <html lang="en">
      el.lang = 'ru';
      out.langAttr = el.getAttribute('lang');
      el.setAttribute('lang', 'de');
      out.langUnknown = el.lang;
      return out;
    });
    assert.deepEqual(r, {
      thresholdAttr: '0.9',
      thresholdProp: 0.7,
      listsAttr: 'un-sc,eu-fsf',
      listsProp: ['uk-ofsi', 'un-sc'],
      compactAttr: true,
      compactProp: false,
      modeAttr: 'both',
      modeProp: 'partner',
      srcAttr: '/data/other.bin',
      srcProp: null,
      langDefault: 'en',
      langAttr: 'ru',
      langUnknown: 'en',
    });
    // Changing lang and mode on a live element re-renders it.
    await page.evaluate(() => {
      const el = document.getElementById('partner-checker');
      el.lang = 'kk';
      el.mode = 'both';
    });
    assert.equal(await page.locator('#partner-checker button[type=submit]').first().textContent(), 'Тексеру');
    assert.equal(await page.locator('#partner-checker [role=tab]').count(), 2);
  } finally {
    await context.close();
  }
});

test('a bad threshold or date gives the error event with a clear message', async () => {
  const { context, page } = await openPortal();
  try {
    const r = await page.evaluate(async () => {
      const el = document.getElementById('partner-checker');
      const messages = [];
      el.addEventListener('sanctions-checker-error', (e) => messages.push(e.detail.message));
      el.threshold = 0.9;
      el.setAttribute('threshold', 'abc');
      const kept = el.threshold;
      let rejected = null;
      try {
        await el.check({ name: 'Eric Badege', dob: '1970-13-45' });
      } catch (err) {
        rejected = err.message;
      }
      let empty = null;
      try {
        await el.check({ name: '   ' });
      } catch (err) {
        empty = err.message;
      }
      const error = el.shadowRoot.querySelector('[part~=error]');
      return { messages, kept, rejected, empty, shown: error.textContent, visible: !error.hidden };
    });
    assert.equal(r.kept, 0.9, 'the previous threshold is kept');
    assert.match(r.messages[0], /threshold: "abc" is not a number from 0 to 1.*0\.9 is kept/);
    assert.match(r.rejected, /date of birth/);
    assert.equal(r.messages[1], r.rejected, 'the event came with the rejection');
    assert.match(r.empty, /введите имя/);
    assert.ok(r.visible);
    assert.match(r.shown, /^Введите имя/);
    assert.equal(await page.locator('#partner-checker input[name=name]').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.locator('#partner-checker [part~=hit]').count(), 0, 'no stale hits beside an error');
  } finally {
    await context.close();
  }
});

test('the element works from the keyboard, with a visible focus', async () => {
  const { context, page } = await openPortal();
  try {
    await page.evaluate(() => document.querySelector('nav a:last-child').focus());
    // Tab until the focus is in the checker's name field.
    let inside = false;
    for (let i = 0; i < 15 && !inside; i++) {
      await page.keyboard.press('Tab');
      inside = await page.evaluate(() => {
        const el = document.getElementById('partner-checker');
        return document.activeElement === el && el.shadowRoot.activeElement?.name === 'name';
      });
    }
    assert.ok(inside, 'Tab reaches the name field');
    const outline = await styleOf(page, '#partner-checker input[name=name]', ['outlineStyle', 'outlineWidth']);
    assert.deepEqual(outline, { outlineStyle: 'solid', outlineWidth: '3px' });
    await page.keyboard.type('Eric Badege');
    await page.keyboard.press('Enter');
    await page.locator('#partner-checker [part~=hit]').first().waitFor();
    // Focus stays in the form after the answer is drawn.
    assert.equal(await page.evaluate(() => document.getElementById('partner-checker').shadowRoot.activeElement?.name), 'name');
    // Tabs in mode=both follow the arrow keys.
    await page.evaluate(() => {
      const el = document.getElementById('partner-checker');
      el.mode = 'both';
      el.shadowRoot.getElementById('partner-tab').focus();
    });
    await page.keyboard.press('ArrowRight');
    const state = await page.evaluate(() => {
      const root = document.getElementById('partner-checker').shadowRoot;
      return {
        focused: root.activeElement?.id,
        selected: root.getElementById('goods-tab').getAttribute('aria-selected'),
        goodsHidden: root.getElementById('goods-section').hidden,
        partnerHidden: root.getElementById('partner-section').hidden,
      };
    });
    assert.deepEqual(state, { focused: 'goods-tab', selected: 'true', goodsHidden: false, partnerHidden: true });
    await page.keyboard.press('Tab');
    await page.keyboard.type('8542 31');
    await page.keyboard.press('Enter');
    await page.locator('#partner-checker [part~=goods-verdict]').waitFor();
    await screenshot(page, 'embed-portal-keyboard');
  } finally {
    await context.close();
  }
});

test('axe-core finds no serious or critical violation inside the elements', async () => {
  const { context, page } = await openPortal({ bypassCSP: true });
  try {
    await page.evaluate(async () => {
      await document.getElementById('partner-checker').check({ name: 'Eric Badege' });
      await document.getElementById('goods-checker').checkGoods('ball bearings');
    });
    await page.addScriptTag({ path: AXE });
    const audit = async () =>
      page.evaluate(async () => {
        const result = await window.axe.run(
          { include: [['#partner-checker'], ['#goods-checker']] },
          { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } },
        );
        return {
          passes: result.passes.length,
          bad: result.violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')})`),
        };
      });
    const first = await audit();
    assert.deepEqual(first.bad, []);
    assert.ok(first.passes > 5, 'axe looked inside the shadow roots');
    // Both sections, in Kazakh.
    await page.evaluate(() => {
      const el = document.getElementById('partner-checker');
      el.lang = 'kk';
      el.mode = 'both';
    });
    assert.deepEqual((await audit()).bad, []);
  } finally {
    await context.close();
  }
});
