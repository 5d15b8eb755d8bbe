// The package's ES-module API (pkg/index.js): the screening engine for a host's own code.
//
//   import { load } from 'sanctions-checker';
//   const engine = await load();                     // the built-in lists
//   const report = engine.screen({ name: 'Ivan Petrov', dob: '1970' });
//
// The engine runs in the calling thread: after `load` every call is synchronous and takes about
// a millisecond. Loading compiles 2 MB of Wasm and opens the dataset (about half a second in a
// browser), once per dataset; a page that must never block can run this module in a worker.
// Nothing here touches the network except to fetch the Wasm and dataset URLs it is given (by
// default the two files next to this module); names never leave the process.
//
// In Node the package's `node` export (node.js) is used instead: the same API, reading the two
// files from disk.

import init, * as glue from './sanctions_checker.js';

/** The Wasm engine next to this module; bundlers (Vite, webpack, esbuild) copy it. */
export const DEFAULT_WASM_URL = new URL('./sanctions_checker_bg.wasm', import.meta.url);
/** The built-in dataset: every official list the package was built with, and goods tables. */
export const DEFAULT_DATASET_URL = new URL('./data/default.bin', import.meta.url);

/** Every error this package throws: an `Error` whose message says what to do. */
export class SanctionsCheckerError extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = 'SanctionsCheckerError';
  }
}

/** The one Wasm instance of this module; compiled on first use. */
let started = null;

/** Compiles the engine once; `wasm` as in `load`. A failure lets a later call try again. */
function startEngine(wasm, read) {
  if (!started) {
    started = (async () => {
      const source = await sourceOf(wasm ?? DEFAULT_WASM_URL, 'the engine (Wasm)', read);
      await init({ module_or_path: source });
    })();
    started.catch(() => {
      started = null;
    });
  }
  return started;
}

/**
 * Turns a URL, path string, Response, Blob or bytes into what the engine reads: bytes, or a
 * Response for the Wasm so that it compiles while it downloads. `read`, when given (node.js
 * gives one for paths and file: URLs), is asked first and answers undefined to pass.
 */
async function sourceOf(source, what, read) {
  const local = read ? await read(source, what) : undefined;
  if (local !== undefined) return local;
  if (source instanceof WebAssembly.Module) return source;
  if (source instanceof Uint8Array) return source;
  if (source instanceof ArrayBuffer) return new Uint8Array(source);
  if (ArrayBuffer.isView(source)) {
    return new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
  }
  if (typeof Blob !== 'undefined' && source instanceof Blob) {
    return new Uint8Array(await source.arrayBuffer());
  }
  if (typeof Response !== 'undefined' && source instanceof Response) {
    return checkedResponse(source, what);
  }
  if (typeof source === 'string' || source instanceof URL) {
    let response;
    try {
      response = await fetch(source);
    } catch (err) {
      throw new SanctionsCheckerError(
        `${what} could not be fetched from ${String(source)} (${messageOf(err)}); check the ` +
          'address, or pass the bytes instead',
        { cause: err },
      );
    }
    return checkedResponse(response, what);
  }
  throw new SanctionsCheckerError(
    `${what}: give a URL, a Response, a Blob or bytes (Uint8Array or ArrayBuffer), ` +
      `not ${describe(source)}`,
  );
}

function checkedResponse(response, what) {
  if (!response.ok) {
    throw new SanctionsCheckerError(
      `${what} could not be fetched from ${response.url || 'its address'}: ` +
        `HTTP ${response.status}; check that the file is served next to the module`,
    );
  }
  return response;
}

/** Bytes of a dataset source (a `ListUpdate` object counts as its dataset). */
async function datasetBytes(source, read) {
  const given =
    source && typeof source === 'object' && 'dataset' in source ? source.dataset : source;
  return bytesOf(given ?? DEFAULT_DATASET_URL, 'the dataset', read);
}

/**
 * Loads the engine with a dataset.
 *
 * @param {import('./index.js').LoadOptions} [options]
 * @returns {Promise<Engine>}
 */
export async function load({ dataset, wasm, read } = {}) {
  const [, bytes] = await Promise.all([startEngine(wasm, read), datasetBytes(dataset, read)]);
  return new Engine(
    guard(() => new glue.Checker(bytes)),
    read,
  );
}

/**
 * A `loadShared` over `loadWith` (this module's `load`, or the classic build's with its inline
 * data): one engine per dataset address, with its own cache.
 */
export function sharedLoader(loadWith) {
  const shared = new Map();
  return (dataset) => {
    const base = globalThis.document?.baseURI ?? globalThis.location?.href;
    const key = dataset ? new URL(dataset, base).href : '';
    let promise = shared.get(key);
    if (!promise) {
      promise = loadWith(key ? { dataset: key } : {});
      shared.set(key, promise);
      // A failed load is not kept: the next call (or a corrected attribute) tries again.
      promise.catch(() => shared.delete(key));
    }
    return promise;
  };
}

/**
 * The page-wide engine for a dataset address (default: the built-in lists): loaded once and
 * shared by every `<sanctions-checker>` element and every caller of this function, so a page
 * with a widget and its own code downloads the lists once. Do not `free()` it.
 *
 * @type {(dataset?: string | URL) => Promise<Engine>}
 */
export const loadShared = sharedLoader(load);

/**
 * Builds a new dataset from official list files (UN, EU, OFAC, UK, Canada, Australia, US CSL;
 * the format is recognised from the content). The result's `dataset` goes to `load`. The
 * dataset has no goods tables; `engine.loadListFiles` keeps those of a loaded dataset.
 *
 * @param {Iterable<import('./index.js').ListFileInput>} files
 * @param {{ built?: Date | string, wasm?: unknown }} [options]
 */
export async function loadListFiles(files, { built, wasm, read } = {}) {
  await startEngine(wasm, read);
  const inputs = await listFileInputs(files, read);
  return guard(() => glue.buildDataset(inputs, timeOf(built)));
}

/**
 * A loaded dataset. Methods are synchronous; each throws a SanctionsCheckerError with a
 * message for the person using it (a bad date of birth, a code of 11 digits, ...).
 */
export class Engine {
  #checker;
  #manifest;
  #read;

  /** @param {glue.Checker} checker */
  constructor(checker, read) {
    this.#checker = checker;
    this.#read = read;
    this.#manifest = guard(() => checker.manifest());
  }

  /** The dataset's lists, their dates, counts and SHA-256, and its goods tables. */
  manifest() {
    return structuredClone(this.#manifest);
  }

  /**
   * Screens one party: a name, or `{ name, kind, dob, country, identifier, threshold, limit,
   * lists }`. Returns a Report whose hits carry the list, its date, the score and why.
   */
  screen(query) {
    const request = typeof query === 'string' ? { name: query } : query;
    if (!request || typeof request !== 'object' || typeof request.name !== 'string') {
      throw new SanctionsCheckerError(
        `screen: give a name, or an object with a \`name\` string, not ${describe(query)}`,
      );
    }
    return guard(() => this.#live().screen(request));
  }

  /** The score in [0, 1] of two names as the same party's (any alphabet). */
  compare(a, b) {
    if (typeof a !== 'string' || typeof b !== 'string') {
      throw new SanctionsCheckerError('compare: give two names as strings');
    }
    return glue.compare(a, b);
  }

  /**
   * Checks goods: a customs code (HS, EU CN or EAEU TN VED, 2 to 10 digits in any writing)
   * gives a CodeReport; words (English or Russian) give a TextReport of ranked HS6 candidates.
   * `{ code }` or `{ text, limit }` chooses explicitly.
   */
  goods(query) {
    const q = typeof query === 'string' ? query : query ?? {};
    if (typeof q === 'string') {
      return looksLikeCode(q) ? this.goodsCode(q) : this.goodsText(q);
    }
    if (typeof q.code === 'string') return this.goodsCode(q.code);
    if (typeof q.text === 'string') return this.goodsText(q.text, q.limit);
    throw new SanctionsCheckerError(
      `goods: give a code or a description, or { code } or { text }, not ${describe(query)}`,
    );
  }

  /** A customs code's restrictions (see `goods`). */
  goodsCode(code) {
    return guard(() => this.#live().goodsCode(String(code)));
  }

  /** Ranked HS6 candidates for a description, with their restrictions (see `goods`). */
  goodsText(text, limit) {
    const n = Number.isInteger(limit) && limit > 0 ? limit : undefined;
    return guard(() => this.#live().goodsText(String(text), n));
  }

  /** The whole listed record of one entity (`hit.entity_id`), or null. */
  entity(id) {
    return guard(() => this.#live().entity(String(id))) ?? null;
  }

  /** OFAC 50% and EU/UK ownership verdicts for an ownership structure. */
  ownership(structure) {
    return guard(() => this.#live().ownership(structure));
  }

  /**
   * A new dataset in which the official list files given replace the lists they hold; the
   * other lists and the goods tables are kept. This engine is unchanged: `load` the result.
   */
  async loadListFiles(files, { built } = {}) {
    const inputs = await listFileInputs(files, this.#read);
    return guard(() => this.#live().updateLists(inputs, timeOf(built)));
  }

  /** Frees the engine's memory; the engine cannot be used afterwards. */
  free() {
    this.#checker?.free();
    this.#checker = null;
  }

  #live() {
    if (!this.#checker) {
      throw new SanctionsCheckerError('this engine was freed; `load` another one');
    }
    return this.#checker;
  }
}

/** Digits with the spaces, dots and dashes codes are written with, and nothing else. */
function looksLikeCode(text) {
  return /^[\s\d.\-/]+$/.test(text) && /\d/.test(text);
}

/**
 * `{ name, bytes }` for each file: File and Blob objects are read, a URL (or in Node a path)
 * fetched, bytes passed through.
 */
async function listFileInputs(files, read) {
  if (!files || typeof files[Symbol.iterator] !== 'function') {
    throw new SanctionsCheckerError(
      'loadListFiles: give a list of files (File objects, or { name, bytes })',
    );
  }
  const inputs = [];
  for (const [i, file] of [...files].entries()) {
    if (typeof Blob !== 'undefined' && file instanceof Blob) {
      const name = file.name ?? `file ${i + 1}`;
      inputs.push({ name, bytes: new Uint8Array(await file.arrayBuffer()) });
    } else if (typeof file === 'string' || file instanceof URL) {
      const name = String(file).split(/[\\/]/).pop() || `file ${i + 1}`;
      inputs.push({ name, bytes: await bytesOf(file, 'a list file', read) });
    } else if (file && typeof file.name === 'string' && file.bytes !== undefined) {
      const bytes = await bytesOf(file.bytes, file.name, read);
      inputs.push({ name: file.name, bytes });
    } else {
      throw new SanctionsCheckerError(
        `loadListFiles: file ${i + 1} is ${describe(file)}; give a File or { name, bytes }`,
      );
    }
  }
  return inputs;
}

async function bytesOf(source, what, read) {
  const value = await sourceOf(source, what, read);
  return value instanceof Uint8Array ? value : new Uint8Array(await value.arrayBuffer());
}

function timeOf(built) {
  if (built === undefined) return new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const date = built instanceof Date ? built : new Date(built);
  if (Number.isNaN(date.getTime())) {
    throw new SanctionsCheckerError(`built: ${String(built)} is not a date`);
  }
  return date.toISOString().replace(/\.\d+Z$/, 'Z');
}

/** Runs an engine call; its errors leave as SanctionsCheckerError with the engine's message. */
function guard(call) {
  try {
    return call();
  } catch (err) {
    if (err instanceof SanctionsCheckerError) throw err;
    throw new SanctionsCheckerError(messageOf(err), { cause: err });
  }
}

function messageOf(err) {
  return err instanceof Error ? err.message : String(err);
}

function describe(value) {
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'function' || typeof value === 'symbol') return `a ${typeof value}`;
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? `an object (${value.constructor?.name ?? 'Object'})` : `${typeof value} ${JSON.stringify(value)}`;
}
