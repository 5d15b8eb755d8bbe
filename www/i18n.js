// The page's languages: English, Russian and Kazakh, for every string the page itself writes.
//
// Strings live in catalogs, one per part of the page (www/strings/*.js), each exporting
// `{ en: {...}, ru: {...}, kk: {...} }`; a key missing from ru or kk falls back to English
// (and a test lists such gaps), a key missing from English is a bug and shows as the key.
// A value is a string with `{name}` placeholders, or, for counts, an object of plural forms
// chosen by Intl.PluralRules (`{ one, few, many, other }`, with `{n}` in them).
//
// Static markup names its string in `data-i18n` (text), `data-i18n-attr="attr:key;attr:key"`
// (attributes such as aria-label or placeholder); dynamic text calls t(). Changing the language
// re-applies the static strings and tells every part of the page through onLanguageChange().

export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'ru', name: 'Русский' },
  { code: 'kk', name: 'Қазақша' },
];
const CODES = LANGUAGES.map((l) => l.code);
const STORAGE_KEY = 'sanctions-checker.lang';

const catalogs = { en: {}, ru: {}, kk: {} };
const listeners = [];
let current = 'en';

/** Adds a part of the page's strings. Later catalogs may not redefine a key. */
export function addStrings(catalog) {
  for (const code of CODES) {
    for (const [key, value] of Object.entries(catalog[code] ?? {})) {
      if (code === 'en' && key in catalogs.en) {
        throw new Error(`i18n: the string "${key}" is defined twice`);
      }
      catalogs[code][key] = value;
    }
  }
}

/** The current language code. */
export function lang() {
  return current;
}

/** The locale for Intl formatters (dates, numbers) in the current language. */
export function locale() {
  return localeOf(current);
}

/** The locale for Intl formatters in the language `code`. */
export function localeOf(code) {
  return { en: 'en-GB', ru: 'ru-RU', kk: 'kk-KZ' }[code] ?? 'en-GB';
}

// Some browsers know the kk locale without its data (Debian's Chromium, with a reduced ICU):
// numbers come out as "3,062" and dates as "2026 M11 23". Kazakhstan writes numbers and
// numeric dates as Russia does ("3 062", "23.11.2026"), so that formatting stands in there.
const KAZAKH_DATA =
  new Intl.NumberFormat('kk-KZ').format(1000) !== new Intl.NumberFormat('en-US').format(1000);
const standIn = () => current === 'kk' && !KAZAKH_DATA;

/** Formats a number in the current language. */
export function formatNumber(n, options) {
  return formatNumberIn(current, n, options);
}

/** Formats a number in the language `code`. */
export function formatNumberIn(code, n, options) {
  const stand = code === 'kk' && !KAZAKH_DATA;
  return new Intl.NumberFormat(stand ? 'ru-RU' : localeOf(code), options).format(n);
}

/** Formats a date-time (a Date or ISO string) in the current language. */
export function formatDateTime(value, options = { dateStyle: 'medium', timeStyle: 'short' }) {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value ?? '');
  if (standIn()) return new Intl.DateTimeFormat('ru-RU', numericDate(options)).format(date);
  return new Intl.DateTimeFormat(locale(), options).format(date);
}

/** The same date-time parts, all in digits, so no Russian month name stands in for Kazakh. */
function numericDate({ dateStyle, timeStyle, weekday, era, month, ...rest }) {
  const parts = { ...rest };
  if (dateStyle) Object.assign(parts, { day: '2-digit', month: '2-digit', year: 'numeric' });
  if (month) parts.month = '2-digit';
  if (timeStyle) Object.assign(parts, { hour: '2-digit', minute: '2-digit' });
  return parts;
}

/**
 * The string `key` in the current language with `{name}` placeholders filled from `vars`.
 * With a plural entry, `vars.n` chooses the form.
 */
export function t(key, vars = {}) {
  return translate(catalogs, current, key, vars);
}

/**
 * The string `key` in the language `code` from `tables` (`{ en, ru, kk }`, as built by
 * addStrings or mergeCatalogs), `{name}` placeholders filled from `vars`. Pure: a widget with
 * its own language per instance (embed/element.js) translates through this, not through the
 * page's current language.
 */
export function translate(tables, code, key, vars = {}) {
  let value = tables[code]?.[key] ?? tables.en[key];
  if (value === undefined) return key;
  if (typeof value === 'object') {
    const n = Number(vars.n ?? 0);
    const form = new Intl.PluralRules(localeOf(code)).select(n);
    value = value[form] ?? value.other ?? Object.values(value)[0];
  }
  return value.replace(/\{(\w+)\}/g, (whole, name) => {
    if (!(name in vars)) return whole;
    const v = vars[name];
    return typeof v === 'number' ? formatNumberIn(code, v) : String(v);
  });
}

/** Catalogs merged into `{ en, ru, kk }` tables for translate(), without the page's state. */
export function mergeCatalogs(...list) {
  const tables = { en: {}, ru: {}, kk: {} };
  for (const catalog of list) {
    for (const code of CODES) Object.assign(tables[code], catalog[code] ?? {});
  }
  return tables;
}

/** Keys defined in English but missing from `code` (for the catalog completeness test). */
export function missingKeys(code) {
  return Object.keys(catalogs.en).filter((k) => !(k in catalogs[code]));
}

/** The language to start in: the one chosen before, else the browser's first we have. */
export function initialLanguage() {
  let saved = null;
  try {
    saved = localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be off (privacy settings); the browser's languages still choose.
  }
  if (CODES.includes(saved)) return saved;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = String(tag).toLowerCase().split('-')[0];
    if (CODES.includes(base)) return base;
  }
  return 'en';
}

/** Switches the language, remembers it, re-applies static strings and tells listeners. */
export function setLanguage(code, { remember = true } = {}) {
  if (!CODES.includes(code)) return;
  current = code;
  document.documentElement.lang = code;
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, code);
    } catch {
      // Not remembered, but still switched.
    }
  }
  applyStatic(document);
  for (const listener of listeners) listener(code);
}

/** Calls `listener(code)` after every language change. */
export function onLanguageChange(listener) {
  listeners.push(listener);
}

/** Fills `data-i18n` texts and `data-i18n-attr` attributes under `root`. */
export function applyStatic(root) {
  for (const node of root.querySelectorAll('[data-i18n]')) {
    node.textContent = t(node.dataset.i18n);
  }
  for (const node of root.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of node.dataset.i18nAttr.split(';')) {
      const [attr, key] = pair.split(':').map((s) => s.trim());
      if (attr && key) node.setAttribute(attr, t(key));
    }
  }
}
