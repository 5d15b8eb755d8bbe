// The page's languages on the served page, with the real engine and the default dataset: the
// browser's language chooses English, Russian or Kazakh at first visit; the header's select
// switches static text, drawn results and <html lang>, and the choice outlives a reload.

import assert from 'node:assert/strict';
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

/** What each language must show in the page's frame and partner form. */
const FRAME = {
  en: { h1: 'Check a partner', tab: 'Partner', asOf: /^Lists as of \d{4}-\d\d-\d\d$/ },
  ru: { h1: 'Проверить контрагента', tab: 'Контрагент', asOf: /^Списки по состоянию на \d/ },
  kk: { h1: 'Серіктесті тексеру', tab: 'Серіктес', asOf: /^Тізімдер \d{4}-\d\d-\d\d жағдай бойынша$/ },
};

async function expectFrame(page, lang) {
  const want = FRAME[lang];
  assert.equal(await page.getAttribute('html', 'lang'), lang, '<html lang>');
  assert.equal(await page.inputValue('#lang'), lang, 'the select shows the language');
  assert.equal((await page.textContent('#check-form h1')).trim(), want.h1);
  assert.equal((await page.textContent('[data-testid=tab-partner]')).trim(), want.tab);
  assert.match((await page.textContent('#lists-as-of-date')).trim(), want.asOf);
  // Entry counts are grouped as each language writes them: "3,062" in English, "3 062" in
  // Russian and Kazakh (even where the browser lacks Kazakh number data).
  const sources = await page.textContent('[data-testid=sources]');
  if (lang === 'en') assert.match(sources, /\d,\d{3} entries/);
  else assert.match(sources, /\d[\u00a0\u202f ]\d{3} (записей|записи|жазба)/);
}

/** True when the page is wider than the window (it would scroll sideways). */
function scrollsSideways(page) {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
}

for (const [locale, lang] of [
  ['ru-RU', 'ru'],
  ['kk-KZ', 'kk'],
  ['en-US', 'en'],
]) {
  test(`a browser set to ${locale} opens the page in ${lang}`, async () => {
    const { context, page, errors } = await openApp({ locale });
    try {
      await expectFrame(page, lang);
      await screenshot(page, `i18n-${lang}-start`);
      assertNoErrors(errors);
    } finally {
      await context.close();
    }
  });
}

test('a browser language the page lacks falls back to English', async () => {
  const { context, page, errors } = await openApp({ locale: 'de-DE' });
  try {
    await expectFrame(page, 'en');
    assertNoErrors(errors);
  } finally {
    await context.close();
  }
});

test('switching the language redraws text and results and is remembered after reload', async () => {
  const { context, page, errors, requests } = await openApp({ locale: 'en-US' });
  try {
    const loadedWith = requests.length;
    await checkName(page, 'Eric Badege', { country: 'CD' });
    const hit = page
      .locator('[data-testid=hit]')
      .filter({ has: page.locator('[data-testid=hit-id]', { hasText: 'un-sc:CDi.001' }) });
    assert.match(await hit.locator('[data-testid=hit-why]').textContent(), /^Name matches /);
    assert.match(await page.textContent('[data-testid=results-summary]'), /possible match/);

    await page.selectOption('#lang', 'ru');
    await expectFrame(page, 'ru');
    assert.equal((await page.textContent('#check')).trim(), 'Проверить');
    const summary = await page.textContent('[data-testid=results-summary]');
    assert.match(summary, /возможн\S+ совпадени\S+ для «?Eric Badege/);
    const why = await hit.locator('[data-testid=hit-why]').textContent();
    assert.match(why, /^Имя совпадает с /, why);
    assert.match(why, /Страна CD есть среди стран в записи\./, why);
    assert.match(why, /оценка по имени \d+%/, why);
    assert.doesNotMatch(why, /Name matches|Country/, 'no English left in the summary');
    assert.match(await hit.locator('[data-testid=hit-list]').textContent(), /, опубликован /);
    await hit.locator('summary', { hasText: 'Почему такая оценка' }).click();
    assert.match(await hit.locator('.factors').textContent(), /^\+\d+ балл\S*: Страна CD/);
    await screenshot(page, 'i18n-ru-hit');

    await page.selectOption('#lang', 'kk');
    await expectFrame(page, 'kk');
    assert.match(await hit.locator('[data-testid=hit-why]').textContent(), /сәйкес келеді/);
    assert.match(await page.textContent('[data-testid=results-summary]'), /Ықтимал сәйкестік/);

    await page.selectOption('#lang', 'ru');
    await page.reload();
    await waitUntilReady(page);
    await expectFrame(page, 'ru');
    assert.equal(
      await page.evaluate(() => localStorage.getItem('sanctions-checker.lang')),
      'ru',
      'the choice is kept in localStorage',
    );
    assertNoErrors(errors);
    // Switching languages loads nothing: the strings are in the page's own modules.
    const afterLoad = requests.slice(loadedWith).filter((url) => !url.startsWith(server.url));
    assert.deepEqual(afterLoad, [], 'no request leaves the page');
  } finally {
    await context.close();
  }
});

test('the goods tab answers in Russian and redraws its answer in English', async () => {
  const { context, page, errors, requests } = await openApp({ locale: 'ru-RU' });
  try {
    assert.ok(builtManifest().goods, 'the default dataset has goods data');
    const loadedWith = requests.length;
    await page.click('[data-testid=tab-goods]');
    assert.equal((await page.textContent('#goods-form h1')).trim(), 'Проверить товары');
    assert.equal((await page.textContent('#goods-form legend')).trim(), 'Искать по');
    assert.equal((await page.textContent('#goods-check')).trim(), 'Проверить товары');
    assert.match(await page.textContent('[data-testid=goods-as-of]'), /^Списки товаров: .* по состоянию на 2025-10-23/);

    const check = async (mode, value) => {
      const before = await page.getAttribute('#goods-results', 'data-checks');
      await page.check(`#goods-mode-${mode}`);
      await page.fill('#goods-query', value);
      await page.click('[data-testid=goods-check]');
      await page.waitForFunction(
        (previous) => document.getElementById('goods-results').dataset.checks !== previous,
        before ?? undefined,
        { timeout: 15_000 },
      );
    };
    await check('code', '8542.31.90');
    assert.match(await page.textContent('[data-testid=goods-status]'), /^8542 31 90: под ограничениями$/);
    const annex = page
      .locator('[data-testid=goods-rule]')
      .filter({ hasText: 'Приложение VII — 8542 31' });
    assert.equal(await annex.count(), 1, 'the annex is named in Russian');
    const terms = await annex.locator('dt').allTextContents();
    for (const term of ['Режим', 'Список', 'Что ограничено', 'Правовое основание', 'Данные на']) {
      assert.ok(terms.includes(term), `${term} in ${terms}`);
    }
    assert.match(await annex.locator('[data-testid=goods-restriction]').textContent(), /^Экспорт в Россию запрещён/);
    assert.match(await annex.locator('[data-testid=goods-regime]').textContent(), /^Санкции ЕС против России/);
    // The citation is the engine's text and stays as it gives it.
    assert.match(await annex.locator('[data-testid=goods-citation]').textContent(), /833\/2014/);
    await screenshot(page, 'i18n-ru-goods-code');

    await check('text', 'подшипники шариковые');
    assert.match(await page.textContent('[data-testid=goods-candidates-summary]'), /субпозици\S+ для «?подшипники шариковые/);
    assert.equal(
      await page.locator('[data-testid=goods-candidate-code]').first().textContent(),
      'Субпозиция 8482 10',
    );
    await screenshot(page, 'i18n-ru-goods-text');

    await page.selectOption('#lang', 'en');
    assert.match(await page.textContent('[data-testid=goods-candidates-summary]'), /candidate subheadings for/);
    assert.equal(await page.locator('[data-testid=goods-candidate-code]').first().textContent(), 'HS 8482 10');
    assert.equal((await page.textContent('#goods-form legend')).trim(), 'Search by');
    assertNoErrors(errors);
    assert.deepEqual(
      requests.slice(loadedWith).filter((url) => !url.startsWith(server.url)),
      [],
      'no request leaves the page',
    );
  } finally {
    await context.close();
  }
});

for (const lang of ['ru', 'kk']) {
  test(`the ${lang} page fits a 375 px phone with a hit and a goods answer open`, async () => {
    const { context, page, errors } = await openApp({
      locale: lang === 'ru' ? 'ru-RU' : 'kk-KZ',
      width: 375,
      height: 800,
    });
    try {
      await checkName(page, 'Eric Badege', { dob: '1971', country: 'CD' });
      await page.locator('[data-testid=hit] summary').first().click();
      assert.equal(await scrollsSideways(page), false, 'the partner tab does not scroll sideways');
      await screenshot(page, `i18n-${lang}-375-partner`);
      await page.click('[data-testid=tab-goods]');
      await page.check('#goods-mode-code');
      await page.fill('#goods-query', '8542 31');
      await page.click('[data-testid=goods-check]');
      await page.waitForSelector('[data-testid=goods-rule]');
      assert.equal(await scrollsSideways(page), false, 'the goods tab does not scroll sideways');
      await screenshot(page, `i18n-${lang}-375-goods`);
      assertNoErrors(errors);
    } finally {
      await context.close();
    }
  });
}
