// Every string catalog in www/strings/ is complete in Russian and Kazakh. The catalogs are
// plain ES modules, so they are imported here directly, without a browser. The folder is
// read, not a list of names, so a catalog added by another part of the page is checked too.

import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { ROOT } from './helpers.mjs';

const DIR = path.join(ROOT, 'www', 'strings');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.js')).sort();
const LANGS = ['ru', 'kk'];
// The plural forms Intl.PluralRules chooses from in each language; a plural entry needs all.
const FORMS = Object.fromEntries(
  ['en', ...LANGS].map((l) => [l, new Intl.PluralRules(l).resolvedOptions().pluralCategories]),
);

const catalogs = await Promise.all(
  FILES.map(async (file) => ({
    file,
    strings: (await import(pathToFileURL(path.join(DIR, file)).href)).default,
  })),
);

/** `{name}` placeholders of a string, sorted and without repeats. */
function placeholders(text) {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
}

/** A value's texts: the string itself, or each plural form's. */
function texts(value) {
  return typeof value === 'string' ? [value] : Object.values(value);
}

test('there are catalogs to check', () => {
  assert.ok(FILES.includes('app.js') && FILES.includes('partner.js') && FILES.includes('goods.js'));
});

for (const { file, strings } of catalogs) {
  test(`${file}: every English string is in Russian and Kazakh, with the same placeholders`, () => {
    const problems = [];
    for (const lang of LANGS) {
      const other = strings[lang] ?? {};
      for (const [key, en] of Object.entries(strings.en)) {
        const value = other[key];
        if (value === undefined) {
          problems.push(`${lang}: "${key}" is missing`);
          continue;
        }
        if (typeof en !== typeof value) {
          problems.push(`${lang}: "${key}" is ${typeof value}, English is ${typeof en}`);
          continue;
        }
        if (typeof en === 'object') {
          const missing = FORMS[lang].filter((f) => !(f in value));
          if (missing.length > 0) {
            problems.push(`${lang}: "${key}" lacks the plural forms ${missing.join(', ')}`);
          }
        }
        const expected = placeholders(texts(en).join(' '));
        for (const text of texts(value)) {
          const got = placeholders(text);
          if (got.join() !== expected.join()) {
            problems.push(`${lang}: "${key}" has {${got}} where English has {${expected}}`);
          }
        }
      }
      for (const key of Object.keys(other)) {
        if (!(key in strings.en)) problems.push(`${lang}: "${key}" is not in English`);
      }
    }
    assert.deepEqual(problems, [], problems.join('\n'));
  });

  test(`${file}: Russian and Kazakh strings are written in Cyrillic, not left in English`, () => {
    const problems = [];
    for (const lang of LANGS) {
      for (const [key, en] of Object.entries(strings.en)) {
        // A string with no English word in it ("CSV", "{n}%") needs no translation.
        if (!/[a-z]{3}/.test(texts(en).join(' ').replace(/\{\w+\}/g, ''))) continue;
        for (const text of texts(strings[lang]?.[key] ?? '')) {
          if (!/\p{Script=Cyrillic}/u.test(text)) problems.push(`${lang}: "${key}": ${text}`);
        }
      }
    }
    assert.deepEqual(problems, [], problems.join('\n'));
  });
}

test('Kazakh is written with the Kazakh letters, not Russian letters in their place', () => {
  const all = catalogs.flatMap(({ strings }) => Object.values(strings.kk ?? {}).flatMap(texts));
  const joined = all.join(' ');
  for (const letter of 'әғқңөұүі') {
    assert.ok(joined.includes(letter), `the Kazakh strings use ${letter}`);
  }
});

test('no key is defined by two catalogs (addStrings would refuse the second)', () => {
  const seen = new Map();
  const twice = [];
  for (const { file, strings } of catalogs) {
    for (const key of Object.keys(strings.en)) {
      if (seen.has(key)) twice.push(`${key}: ${seen.get(key)} and ${file}`);
      seen.set(key, file);
    }
  }
  assert.deepEqual(twice, [], twice.join('\n'));
});
