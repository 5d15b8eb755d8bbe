// <sanctions-checker>: the screening form as a custom element for other sites' pages.
//
//   import { defineSanctionsChecker } from 'sanctions-checker/element';
//   defineSanctionsChecker();            // or defineSanctionsChecker('my-checker')
//   <sanctions-checker lang="ru" lists="un-sc,eu-fsf" threshold="0.9"></sanctions-checker>
//
// This file only defines the class; define.js registers the default tag, so a host that wants
// another tag name (or two) never gets ours as a side effect.
//
// The engine (the package's index.js, imported here as ./api.js) runs in the page's thread:
// after loading, a check takes about a millisecond. Elements with the same dataset source share
// one loaded engine; each keeps its own form, results, language and options. Everything shown
// from the user or the lists goes through textContent; styles come from one constructed
// stylesheet (styles.js), so a host CSP of `style-src 'self'` is enough.

import { loadShared } from './api.js';
import { el } from '../www/dom.js';
import { fieldError, percent, scoreBar, summaryText } from '../www/explain.js';
import { mergeCatalogs, translate } from '../www/i18n.js';
import partnerStrings from '../www/strings/partner.js';
import goodsStrings from '../www/strings/goods.js';
import elementStrings from './strings.js';
import { styleSheet } from './styles.js';

const STRINGS = mergeCatalogs(partnerStrings, goodsStrings, elementStrings);
const LANGS = ['en', 'ru', 'kk'];
const MODES = ['partner', 'goods', 'both'];
const KINDS = ['any', 'person', 'organization', 'vessel', 'aircraft'];
const FIELDS = ['name', 'kind', 'dob', 'country', 'identifier'];
const PROPERTIES = ['lang', 'mode', 'threshold', 'lists', 'datasetSrc', 'compact', 'engine'];

function errorOf(value) {
  return value instanceof Error ? value : new Error(String(value));
}

function part(node, names) {
  node.setAttribute('part', names);
  return node;
}

export class SanctionsCheckerElement extends HTMLElement {
  static get observedAttributes() {
    return ['lang', 'mode', 'threshold', 'lists', 'dataset-src', 'compact'];
  }

  #engine = null;
  #engineSource = null; // the dataset-src the engine came from; null when handed over
  #given = false; // the host set `engine`
  #ready;
  #resolveReady;
  #rejectReady;
  #loading = 0; // counts loads, so a stale one never installs its engine
  #threshold = null; // the last valid threshold; null = the engine's default
  #tab = 'partner';
  #built = false;
  #lastPartner = null; // { query, report }
  #lastGoods = null; // { query, report }
  #error = { partner: null, goods: null };
  #status = '';
  #values = {};
  #checks = 0;

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    // A browser without constructable sheets shows the form unstyled rather than not at all.
    if ('adoptedStyleSheets' in this.shadowRoot) {
      this.shadowRoot.adoptedStyleSheets = [styleSheet()];
    }
    this.#newReady();
  }

  connectedCallback() {
    // Properties set on the element before its class was defined shadow the accessors; move
    // them through the setters (the usual custom-element upgrade step).
    for (const name of PROPERTIES) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    if (!this.#built) {
      this.#built = true;
      this.#readThreshold(this.getAttribute('threshold'));
      this.#tab = this.mode === 'goods' ? 'goods' : 'partner';
      this.#render();
    }
    // Deferred a microtask, so a host that creates the element and then sets `engine` in the
    // same task never starts a load it does not need.
    queueMicrotask(() => {
      if (this.isConnected && !this.#engine && !this.#given && !this.#loading) this.#startLoad();
    });
  }

  attributeChangedCallback(name, old, value) {
    if (old === value) return;
    if (name === 'threshold') {
      const changed = this.#readThreshold(value);
      if (changed && this.#built) this.#rerun();
      return;
    }
    if (!this.#built) return;
    if (name === 'lists') {
      this.#rerun();
      this.#render();
    } else if (name === 'dataset-src') {
      if (!this.#given) {
        this.#engine = null;
        this.#lastPartner = null;
        this.#lastGoods = null;
        this.#newReady();
        if (this.isConnected) this.#startLoad();
        this.#render();
      }
    } else {
      if (name === 'mode') this.#tab = this.mode === 'goods' ? 'goods' : 'partner';
      this.#render();
    }
  }

  // ---- attributes mirrored as properties ----

  /** en, ru or kk: the attribute, else the document's language when it is one, else en. */
  get lang() {
    const own = (this.getAttribute('lang') ?? '').toLowerCase().split('-')[0];
    if (LANGS.includes(own)) return own;
    const doc = (document.documentElement.lang ?? '').toLowerCase().split('-')[0];
    return LANGS.includes(doc) ? doc : 'en';
  }

  set lang(value) {
    if (value === null || value === undefined || value === '') this.removeAttribute('lang');
    else this.setAttribute('lang', String(value));
  }

  /** partner, goods or both (default partner). */
  get mode() {
    const mode = this.getAttribute('mode');
    return MODES.includes(mode) ? mode : 'partner';
  }

  set mode(value) {
    if (value === null || value === undefined) this.removeAttribute('mode');
    else this.setAttribute('mode', String(value));
  }

  /** The score from 0 to 1 a hit must reach; null means the engine's default (0.85). */
  get threshold() {
    return this.#threshold;
  }

  set threshold(value) {
    if (value === null || value === undefined || value === '') this.removeAttribute('threshold');
    else this.setAttribute('threshold', String(value));
  }

  /** List ids to check (`['un-sc', 'eu-fsf']`); empty means every list in the dataset. */
  get lists() {
    return (this.getAttribute('lists') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  }

  set lists(value) {
    const ids = Array.isArray(value) ? value : value ? String(value).split(',') : [];
    const text = ids.map((s) => String(s).trim()).filter(Boolean).join(',');
    if (text) this.setAttribute('lists', text);
    else this.removeAttribute('lists');
  }

  /** The URL of a dataset (.bin); null for the package's built-in lists. */
  get datasetSrc() {
    return this.getAttribute('dataset-src') || null;
  }

  set datasetSrc(value) {
    if (value === null || value === undefined || value === '') this.removeAttribute('dataset-src');
    else this.setAttribute('dataset-src', String(value));
  }

  /** A one-line form and terse hits. */
  get compact() {
    return this.hasAttribute('compact');
  }

  set compact(value) {
    this.toggleAttribute('compact', Boolean(value));
  }

  // ---- the engine ----

  /** The loaded Engine, or null while loading. */
  get engine() {
    return this.#engine;
  }

  /** Hands over an Engine the host loaded itself (from the package's `load()`). */
  set engine(engine) {
    if (!engine || typeof engine.screen !== 'function' || typeof engine.manifest !== 'function') {
      const error = new TypeError(
        'engine: give an Engine from the package’s load(), not ' + String(engine),
      );
      this.#emitError(error);
      throw error;
    }
    this.#loading++; // a load in flight must not replace it
    this.#given = true;
    this.#engineSource = null;
    this.#install(engine);
  }

  /** Resolves to the dataset's Manifest once the engine is loaded; rejects if loading fails. */
  get ready() {
    return this.#ready;
  }

  // ---- checks from the host ----

  /**
   * Fills the partner form with `query` ({ name, kind, dob, country, identifier }) and runs the
   * check. Resolves to the Report; rejects with an Error (after the error event) on bad input.
   */
  async check(query) {
    const values =
      typeof query === 'string' ? { name: query } : query && typeof query === 'object' ? query : null;
    if (!values) {
      throw this.#emitError(new TypeError('check: give an object such as { name: "Ivan Petrov" }'));
    }
    await this.#ready;
    if (this.mode === 'both') this.#tab = 'partner';
    this.#saveValues();
    // The query replaces the whole partner form; the goods field keeps what it had.
    for (const field of FIELDS) this.#values[field] = String(values[field] ?? (field === 'kind' ? 'any' : ''));
    this.#render({ save: false });
    return this.#runPartner(this.#values, { rethrow: true });
  }

  /** Fills the goods form with a customs code or a description and runs it; resolves to the report. */
  async checkGoods(codeOrText) {
    if (typeof codeOrText !== 'string') {
      throw this.#emitError(new TypeError('checkGoods: give a customs code or a description as a string'));
    }
    await this.#ready;
    if (this.mode === 'both') this.#tab = 'goods';
    this.#saveValues();
    this.#values.goods = codeOrText;
    this.#render({ save: false });
    return this.#runGoods(codeOrText, { rethrow: true });
  }

  // ---- internals ----

  #t = (key, vars) => translate(STRINGS, this.lang, key, vars);

  #newReady() {
    this.#ready = new Promise((resolve, reject) => {
      this.#resolveReady = resolve;
      this.#rejectReady = reject;
    });
    // The host may never await `ready`; a failed load is reported by the error event instead
    // of an unhandled rejection.
    this.#ready.catch(() => {});
  }

  #startLoad() {
    const token = ++this.#loading;
    const src = this.datasetSrc;
    this.#setStatus(this.#t('el.loading'));
    // One load per dataset per page, shared with the host's own `loadShared()` callers.
    loadShared(src).then(
      (engine) => {
        if (token !== this.#loading) return;
        this.#engineSource = src;
        this.#install(engine);
      },
      (err) => {
        if (token !== this.#loading) return;
        const error = errorOf(err);
        this.#setStatus(this.#t('el.loadFailed', { message: error.message }));
        this.#rejectReady(error);
        this.#emitError(error);
      },
    );
  }

  #install(engine) {
    let manifest;
    try {
      manifest = engine.manifest();
    } catch (err) {
      this.#rejectReady(errorOf(err));
      this.#emitError(errorOf(err));
      return;
    }
    const wasReady = this.#engine !== null;
    this.#engine = engine;
    if (wasReady) {
      this.#ready = Promise.resolve(manifest);
    } else {
      this.#resolveReady(manifest);
    }
    this.#status = this.#t('el.ready');
    this.#render();
    this.dispatchEvent(
      new CustomEvent('sanctions-checker-ready', { bubbles: true, composed: true, detail: { manifest } }),
    );
    if (wasReady) this.#rerun();
  }

  /** Reads the threshold attribute; an invalid one is reported and the previous value kept. */
  #readThreshold(text) {
    if (text === null) {
      const changed = this.#threshold !== null;
      this.#threshold = null;
      return changed;
    }
    const value = Number(text);
    if (String(text).trim() === '' || !Number.isFinite(value) || value < 0 || value > 1) {
      const kept = this.#threshold === null ? 'the default (0.85)' : String(this.#threshold);
      this.#emitError(
        new RangeError(
          `threshold: "${text}" is not a number from 0 to 1 (such as 0.9); ${kept} is kept`,
        ),
      );
      return false;
    }
    const changed = value !== this.#threshold;
    this.#threshold = value;
    return changed;
  }

  #emitError(error, detail = {}) {
    this.dispatchEvent(
      new CustomEvent('sanctions-checker-error', {
        bubbles: true,
        composed: true,
        detail: { message: error.message, error, ...detail },
      }),
    );
    return error;
  }

  /** Runs the last check again (a new threshold or lists), quietly when it now fails. */
  #rerun() {
    if (!this.#engine) return;
    if (this.#lastPartner) this.#runPartner(this.#lastPartner.values).catch(() => {});
  }

  #screenQuery(values) {
    const query = { name: String(values.name ?? '').trim() };
    for (const field of ['kind', 'dob', 'country', 'identifier']) {
      const v = String(values[field] ?? '').trim();
      if (v && !(field === 'kind' && v === 'any')) query[field] = v;
    }
    if (this.#threshold !== null) query.threshold = this.#threshold;
    const lists = this.lists;
    if (lists.length > 0) query.lists = lists;
    return query;
  }

  async #runPartner(values, { rethrow = false, fromUser = false } = {}) {
    const query = this.#screenQuery(values);
    this.#error.partner = null;
    try {
      if (!this.#engine) throw new Error('the sanctions lists are still loading; try again in a moment');
      if (query.name === '') {
        throw Object.assign(new Error(`name: ${this.#t('partner.name.empty')}`), { field: 'name' });
      }
      const report = this.#engine.screen(query);
      this.#lastPartner = { values: { ...values }, query, report };
      this.#checks++;
      const n = report.hits.length;
      this.#status = n > 0 ? this.#t('el.hits', { n }) : this.#t('el.noMatch');
      this.#render();
      this.dispatchEvent(
        new CustomEvent('sanctions-checker-result', {
          bubbles: true,
          composed: true,
          detail: { kind: 'partner', query, report },
        }),
      );
      return report;
    } catch (err) {
      const error = errorOf(err);
      // The answer for an earlier name must not stay next to an error about this one.
      this.#lastPartner = null;
      this.#error.partner = error.message;
      this.#status = error.message;
      // Focus moves to the field at fault only when the user pressed Check, never for the host.
      this.#render({ focusError: fromUser ? 'partner' : undefined, save: false });
      this.#emitError(error, { kind: 'partner', query });
      if (rethrow) throw error;
      return null;
    }
  }

  async #runGoods(text, { rethrow = false, fromUser = false } = {}) {
    const query = String(text ?? '').trim();
    this.#error.goods = null;
    try {
      if (!this.#engine) throw new Error('the sanctions lists are still loading; try again in a moment');
      if (!this.#engine.manifest().goods) throw new Error(this.#t('goods.noData'));
      if (query === '') throw new Error(`code: ${this.#t('goods.hint')}`);
      const report = this.#engine.goods(/^[\s\d.\-/]+$/.test(query) ? { code: query } : { text: query, limit: 5 });
      this.#lastGoods = { query, report };
      this.#checks++;
      this.#status =
        'candidates' in report
          ? this.#t('el.goods.candidates', { n: report.candidates.length })
          : this.#t('el.goods.done', { status: this.#statusLabel(report.status, report.status_label) });
      this.#render();
      this.dispatchEvent(
        new CustomEvent('sanctions-checker-result', {
          bubbles: true,
          composed: true,
          detail: { kind: 'goods', query, report },
        }),
      );
      return report;
    } catch (err) {
      const error = errorOf(err);
      this.#lastGoods = null;
      this.#error.goods = error.message.replace(/^(code|text):\s*/, '');
      this.#status = this.#error.goods;
      this.#render({ focusError: fromUser ? 'goods' : undefined, save: false });
      this.#emitError(error, { kind: 'goods', query });
      if (rethrow) throw error;
      return null;
    }
  }

  #setStatus(text) {
    this.#status = text;
    const node = this.shadowRoot.querySelector('.status');
    if (node) node.textContent = text;
  }

  /** Keeps what the user typed across re-renders (a language or mode change rebuilds the form). */
  #saveValues() {
    for (const node of this.shadowRoot.querySelectorAll('[data-field]')) {
      this.#values[node.dataset.field] = node.value;
    }
  }

  // ---- drawing ----

  #render({ focusError, save = true } = {}) {
    if (!this.#built) return;
    const t = this.#t;
    const root = this.shadowRoot;
    const focused = root.activeElement?.dataset?.field ?? root.activeElement?.dataset?.focus;
    if (save) this.#saveValues();

    const box = part(el('div', { className: `box${this.compact ? ' compact' : ''}` }), 'container');
    box.lang = this.lang;
    box.dataset.checks = String(this.#checks);
    const mode = this.mode;
    if (mode === 'both') box.append(this.#tabs());
    if (mode !== 'goods') {
      const section = this.#partnerSection();
      section.hidden = mode === 'both' && this.#tab !== 'partner';
      box.append(section);
    }
    if (mode !== 'partner') {
      const section = this.#goodsSection();
      section.hidden = mode === 'both' && this.#tab !== 'goods';
      box.append(section);
    }
    const status = part(el('p', { className: 'status', text: this.#status }), 'status');
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    box.append(status, this.#freshness());
    root.replaceChildren(box);

    for (const node of root.querySelectorAll('[data-field]')) {
      const v = this.#values[node.dataset.field];
      if (v !== undefined) node.value = v;
    }
    if (focusError) {
      const invalid = root.querySelector(`#${focusError}-section [aria-invalid=true]`);
      invalid?.focus();
    } else if (focused) {
      root.querySelector(`[data-field="${focused}"], [data-focus="${focused}"]`)?.focus();
    }
  }

  #tabs() {
    const t = this.#t;
    const list = part(el('div', { className: 'tabs' }), 'tabs');
    list.setAttribute('role', 'tablist');
    list.setAttribute('aria-label', t('el.tabs'));
    const tabs = ['partner', 'goods'].map((name) => {
      const tab = part(el('button', { text: t(`el.tab.${name}`) }), 'tab');
      tab.type = 'button';
      tab.id = `${name}-tab`;
      tab.dataset.focus = `${name}-tab`;
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-controls', `${name}-section`);
      const on = this.#tab === name;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      tab.addEventListener('click', () => {
        this.#tab = name;
        this.#render();
        this.shadowRoot.getElementById(`${name}-tab`)?.focus();
      });
      return tab;
    });
    // The WAI-ARIA tabs pattern: arrow keys move between the two tabs.
    list.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
      event.preventDefault();
      this.#tab = this.#tab === 'partner' ? 'goods' : 'partner';
      this.#render();
      this.shadowRoot.getElementById(`${this.#tab}-tab`)?.focus();
    });
    list.append(...tabs);
    return list;
  }

  #field(name, label, control, { optional = false, hidden = false } = {}) {
    const t = this.#t;
    control.id = name;
    control.name = name;
    control.dataset.field = name;
    const lab = part(el('label', { className: hidden ? 'vh' : '' }, label), 'label');
    lab.htmlFor = name;
    if (optional && !hidden) lab.append(' ', el('span', { className: 'optional', text: t('el.optional') }));
    const wrap = el('div', { className: `field field-${name}` }, lab, control);
    return wrap;
  }

  #input(name, parts) {
    const input = part(el('input'), `input ${parts}`);
    input.type = 'text';
    input.autocomplete = 'off';
    input.spellcheck = false;
    return input;
  }

  #partnerSection() {
    const t = this.#t;
    const compact = this.compact;
    const section = el('section', { className: 'partner' });
    section.id = 'partner-section';
    if (this.mode === 'both') {
      section.setAttribute('role', 'tabpanel');
      section.setAttribute('aria-labelledby', 'partner-tab');
    }
    const heading = part(el('h2', { text: t('partner.title') }), 'title');
    heading.id = 'partner-title';
    if (this.mode === 'both') heading.className = 'vh';
    const form = part(el('form'), 'form partner-form');
    form.noValidate = true;
    form.setAttribute('aria-labelledby', 'partner-title');
    const name = this.#input('name', 'name-input');
    const button = part(el('button', { text: t('partner.check') }), 'button check-button');
    button.type = 'submit';
    button.dataset.focus = 'partner-check';
    button.disabled = !this.#engine;
    const error = part(el('p', { className: 'error' }), 'error');
    error.id = 'partner-error';
    // The engine starts an input error with the field's label: the message goes under the
    // form, and the field it names is marked invalid.
    const named = fieldError(this.#error.partner);
    const invalid = this.#error.partner ? named?.field ?? 'name' : null;
    error.textContent = named ? named.text : this.#error.partner ?? '';
    error.hidden = !this.#error.partner;

    if (compact) {
      form.append(
        el(
          'div',
          { className: 'oneline' },
          this.#field('name', t('partner.name'), name, { hidden: true }),
          button,
        ),
      );
    } else {
      const kind = part(el('select'), 'select kind-input');
      for (const k of KINDS) {
        const option = el('option', { text: t(`kind.${k}`) });
        option.value = k;
        kind.append(option);
      }
      form.append(
        el(
          'div',
          { className: 'fields' },
          this.#field('name', t('partner.name'), name),
          this.#field('kind', t('partner.kind'), kind),
          this.#field('dob', t('partner.dob'), this.#input('dob', 'dob-input'), { optional: true }),
          this.#field('country', t('partner.country'), this.#input('country', 'country-input'), {
            optional: true,
          }),
          this.#field('identifier', t('partner.identifier'), this.#input('identifier', 'identifier-input'), {
            optional: true,
          }),
        ),
        el('div', { className: 'actions' }, button),
      );
      form.querySelector('#dob').placeholder = t('partner.dob.hint');
    }
    name.setAttribute('aria-required', 'true');
    form.append(error);
    if (invalid) {
      const input = form.querySelector(`#${invalid}`) ?? name;
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', 'partner-error');
    }
    form.addEventListener('submit', (event) => {
      // Never submitted anywhere: the name stays in this page.
      event.preventDefault();
      this.#saveValues();
      this.#runPartner(this.#values, { fromUser: true });
    });
    const results = part(el('div', { className: 'results' }), 'results');
    results.id = 'partner-results';
    if (this.#lastPartner) results.append(this.#partnerResults(this.#lastPartner));
    section.append(heading, form, results);
    return section;
  }

  #partnerResults({ query, report }) {
    const t = this.#t;
    const hits = report.hits ?? [];
    if (hits.length === 0) {
      return part(
        el(
          'div',
          { className: 'no-match' },
          el('p', { className: 'no-match-title', text: t('el.noMatch') }),
          el('p', {}, `${t('results.checked')} `, el('q', { text: query.name })),
        ),
        'no-match',
      );
    }
    const list = part(el('ol', { className: 'hits' }), 'hits');
    list.setAttribute('aria-label', t('partner.results'));
    for (const hit of hits) list.append(this.#hit(hit));
    return list;
  }

  #hit(hit) {
    const t = this.#t;
    const item = part(
      el(
        'li',
        { className: 'hit' },
        el(
          'div',
          { className: 'hit-head' },
          part(el('p', { className: 'hit-name', text: hit.name }), 'hit-name'),
          part(
            el(
              'p',
              { className: 'hit-score' },
              el('span', { className: 'vh', text: `${t('hit.score')} ` }),
              percent(hit.score),
            ),
            'hit-score',
          ),
        ),
        part(scoreBar(hit.score), 'score-bar'),
      ),
      'hit',
    );
    item.dataset.list = hit.list;
    item.dataset.entityId = hit.entity_id;
    if (hit.matched_name && hit.matched_name !== hit.name && !this.compact) {
      item.append(
        part(
          el('p', { className: 'hit-alias' }, `${t('hit.alias')} `, el('q', { text: hit.matched_name })),
          'hit-alias',
        ),
      );
    }
    const listText = hit.list_date
      ? t('hit.list.published', { title: hit.list_title, date: hit.list_date })
      : hit.list_title;
    item.append(part(el('p', { className: 'hit-list', text: listText }), 'hit-list'));
    if (!this.compact && hit.explanation?.summary) {
      item.append(part(el('p', { className: 'hit-why', text: summaryText(hit.explanation, t) }), 'hit-why'));
    }
    return item;
  }

  #goodsSection() {
    const t = this.#t;
    const section = el('section', { className: 'goods' });
    section.id = 'goods-section';
    if (this.mode === 'both') {
      section.setAttribute('role', 'tabpanel');
      section.setAttribute('aria-labelledby', 'goods-tab');
    }
    const heading = part(el('h2', { text: t('goods.title') }), 'title');
    heading.id = 'goods-title';
    if (this.mode === 'both') heading.className = 'vh';
    const form = part(el('form'), 'form goods-form');
    form.noValidate = true;
    form.setAttribute('aria-labelledby', 'goods-title');
    const input = this.#input('goods', 'goods-input');
    input.placeholder = t('el.goods.placeholder');
    const button = part(el('button', { text: t('goods.check') }), 'button check-button');
    button.type = 'submit';
    button.dataset.focus = 'goods-check';
    button.disabled = !this.#engine;
    const error = part(el('p', { className: 'error', text: this.#error.goods ?? '' }), 'error');
    error.id = 'goods-error';
    error.hidden = !this.#error.goods;
    if (this.#error.goods) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', 'goods-error');
    }
    form.append(
      el(
        'div',
        { className: 'oneline' },
        this.#field('goods', t('goods.query'), input, { hidden: this.compact }),
        this.compact ? button : null,
      ),
    );
    if (!this.compact) {
      form.classList.add('stack');
      form.append(el('div', { className: 'actions' }, button));
    }
    form.append(error);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#saveValues();
      this.#runGoods(this.#values.goods ?? '', { fromUser: true });
    });
    const results = part(el('div', { className: 'results' }), 'results');
    results.id = 'goods-results';
    if (this.#lastGoods) results.append(this.#goodsResults(this.#lastGoods.report));
    section.append(heading, form, results);
    return section;
  }

  /** The catalog's wording for an engine code, else the engine's English words. */
  #coded(key, fallback) {
    const text = this.#t(key);
    return text === key ? fallback : text;
  }

  #statusLabel(status, fallback) {
    return this.#coded(`goods.status.${status}`, fallback ?? status.replaceAll('_', ' '));
  }

  #listName(name) {
    if (name === 'Common High Priority List') return this.#t('goods.list.chpl');
    const annex = /^Annex (\S+)$/.exec(name ?? '');
    return annex ? this.#t('goods.list.annex', { annex: annex[1] }) : name;
  }

  #goodsResults(report) {
    const t = this.#t;
    const limit = this.compact ? 2 : 4;
    if ('candidates' in report) {
      if (report.candidates.length === 0) {
        return part(el('div', { className: 'no-match' }, el('p', { text: report.notes[0] ?? '' })), 'no-match');
      }
      const list = part(el('ol', { className: 'hits' }), 'hits');
      for (const c of report.candidates.slice(0, this.compact ? 3 : 5)) {
        const item = part(
          el(
            'li',
            { className: `candidate${c.matches.length ? '' : ' goods-clear'}` },
            el(
              'div',
              { className: 'hit-head' },
              part(el('p', { className: 'hit-name', text: t('goods.candidate.code', { code: c.code }) }), 'hit-name'),
              part(el('p', { className: 'hit-score', text: this.#statusLabel(c.status, c.status_label) }), 'goods-status'),
            ),
            el('p', { className: 'goods-line', text: c.description }),
          ),
          'goods-candidate',
        );
        item.dataset.status = c.status;
        if (c.matches[0]) item.append(...this.#ruleLines(c.matches[0]));
        list.append(item);
      }
      return list;
    }
    const clear = report.status === 'not_listed' || report.status === 'excepted';
    const box = el('div', { className: 'goods-report' });
    const verdict = part(
      el(
        'div',
        { className: `goods-verdict${clear ? ' goods-clear' : ''}` },
        el('p', {
          className: 'goods-verdict-title',
          text: `${report.formatted}: ${this.#statusLabel(report.status, report.status_label)}`,
        }),
        this.compact ? null : el('p', { className: 'goods-line', text: report.summary }),
      ),
      'goods-verdict',
    );
    verdict.dataset.status = report.status;
    box.append(verdict);
    if (report.matches.length > 0) {
      const rules = el('ul', { className: 'rules' });
      for (const m of report.matches.slice(0, limit)) {
        rules.append(part(el('li', { className: 'rule' }, ...this.#ruleLines(m)), 'goods-rule'));
      }
      box.append(rules);
    }
    return box;
  }

  /** Regime and annex, what it restricts, the citation and its date. */
  #ruleLines(m) {
    const t = this.#t;
    const regime = m.list_id === 'CHPL' ? t('goods.regime.chpl') : m.regime === 'EU' ? t('goods.regime.eu833') : m.regime_title;
    const list = m.part ? `${this.#listName(m.list)}, ${m.part}` : this.#listName(m.list);
    const lines = [
      part(el('p', { className: 'goods-line hit-name', text: `${list} — ${m.listed_code}` }), 'goods-list'),
      part(
        el('p', {
          className: 'goods-line',
          text: this.#coded(`goods.restriction.${m.restriction}`, m.restriction_summary),
        }),
        'goods-restriction',
      ),
    ];
    if (!this.compact) lines.push(el('p', { className: 'goods-line', text: regime }));
    lines.push(
      part(
        el('p', {
          className: 'goods-line hit-why',
          text: `${t('goods.fact.basis')}: ${m.citation} · ${t('goods.fact.asOf')}: ${m.as_of ?? t('goods.unknown')}`,
        }),
        'goods-citation',
      ),
    );
    return lines;
  }

  /** The lists this instance checks, each with its publication date: how fresh the answer is. */
  #freshness() {
    const line = part(el('p', { className: 'freshness' }), 'freshness');
    if (!this.#engine) return line;
    const t = this.#t;
    let manifest;
    try {
      manifest = this.#engine.manifest();
    } catch {
      return line;
    }
    const only = this.lists;
    const sources = (manifest.sources ?? []).filter((s) => only.length === 0 || only.includes(s.list));
    const text = sources
      .map((s) =>
        s.published ? t('el.listDate', { title: s.title, date: s.published }) : t('el.listNoDate', { title: s.title }),
      )
      .join('; ');
    line.textContent = this.mode === 'goods' && manifest.goods
      ? t('goods.lists', {
          lists: manifest.goods.sources
            .filter((s) => s.kind === 'annex' || s.kind === 'chpl')
            .map((s) => t('goods.asOf', { title: s.title, date: s.as_of ?? t('goods.asOf.unknown') }))
            .join('; '),
        })
      : t('el.lists', { lists: text });
    return line;
  }
}

/** Tags this module registered, so defining the class under a second tag uses a subclass. */
let registeredOnce = false;

/**
 * Registers the element under `tag` (default `sanctions-checker`) and returns the class used.
 * Calling it again with the same tag returns the same class. One constructor can be registered
 * under one tag only, so a second tag gets a trivial subclass.
 */
export function defineSanctionsChecker(tag = 'sanctions-checker') {
  const name = String(tag);
  const existing = customElements.get(name);
  if (existing) {
    if (existing === SanctionsCheckerElement || existing.prototype instanceof SanctionsCheckerElement) {
      return existing;
    }
    throw new Error(`defineSanctionsChecker: <${name}> is already defined by another element; choose another tag`);
  }
  if (!/^[a-z][a-z0-9._]*-[a-z0-9._-]*$/.test(name)) {
    throw new Error(
      `defineSanctionsChecker: "${name}" is not a valid custom element name (lower case, with a hyphen, such as "sanctions-checker")`,
    );
  }
  const taken = registeredOnce || Boolean(customElements.getName?.(SanctionsCheckerElement));
  const cls = taken ? class extends SanctionsCheckerElement {} : SanctionsCheckerElement;
  customElements.define(name, cls);
  if (!taken) registeredOnce = true;
  return cls;
}
