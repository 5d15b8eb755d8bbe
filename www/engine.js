// The one module that talks to the Wasm engine in ../pkg/. Everything else in the page goes
// through loadEngine(), so the wasm-bindgen glue, the dataset files and their failure modes stay
// behind one small surface, and every failure leaves here as an Error a trader can act on.

import init, { initSync, Checker } from '../pkg/sanctions_checker.js';

const REBUILD_HINT = 'rebuild it with `make dataset`';

/** An Error whose message is written for the person using the page. */
class EngineError extends Error {
  constructor(message, cause) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'EngineError';
  }
}

/**
 * Loads the engine and a dataset.
 *
 * With no arguments it fetches `data/manifest.json` next to this module, the index file that
 * manifest names, and the Wasm. The offline single-file build already has all of these in the
 * page and passes `wasm` and `dataset` as bytes instead, so nothing is fetched at all.
 *
 * @param {{ wasm?: Uint8Array, dataset?: Uint8Array }} [sources]
 * @returns {Promise<{ manifest: object, screen: (query: object) => Promise<object>,
 *   goodsCode: (code: string) => Promise<object>,
 *   goodsText: (text: string, limit?: number) => Promise<object> }>}
 */
export async function loadEngine({ wasm, dataset } = {}) {
  if ((wasm === undefined) !== (dataset === undefined)) {
    throw new EngineError(
      'loadEngine needs both `wasm` and `dataset`, or neither.',
    );
  }
  const checker = wasm ? loadInlined(wasm, dataset) : await loadFetched();
  const manifest = readManifest(checker);
  return {
    manifest,
    // Async on purpose: screening may move into a Web Worker, and callers should not change then.
    async screen(query) {
      return screenWith(checker, query);
    },
    /** Looks up a customs code (2 to 10 digits, any writing); resolves to a CodeReport. */
    async goodsCode(code) {
      return call(() => checker.goodsCode(String(code ?? '')));
    },
    /** Builds the description search ahead of the first search (a few hundred ms, once). */
    async goodsPrepare() {
      return call(() => checker.goodsPrepare());
    },
    /** Searches a goods description (English or Russian); resolves to a TextReport. */
    async goodsText(text, limit) {
      const n =
        typeof limit === 'number' && Number.isFinite(limit) && limit > 0
          ? Math.floor(limit)
          : undefined;
      return call(() => checker.goodsText(String(text ?? ''), n));
    },
  };
}

function loadInlined(wasm, dataset) {
  try {
    initSync({ module: wasm });
  } catch (err) {
    throw new EngineError(
      `The screening engine in this file could not start (${messageOf(err)}). ` +
        'The file may be damaged; download it again or rebuild it with `make offline`.',
      err,
    );
  }
  return openDataset(dataset);
}

async function loadFetched() {
  // Computed here, not at module level: the offline bundle has no import.meta.url and never
  // reaches this function.
  const manifestUrl = new URL('./data/manifest.json', import.meta.url);
  // The Wasm and the manifest do not depend on each other, so they download side by side.
  const [, listed] = await Promise.all([
    startWasm(),
    fetchManifest(manifestUrl),
  ]);
  checkFormat(listed.format, 'The list data (data/manifest.json)');
  if (typeof listed.index !== 'string' || listed.index === '') {
    throw new EngineError(
      `The list data is incomplete: data/manifest.json does not name an index file; ${REBUILD_HINT}.`,
    );
  }
  const indexUrl = new URL(listed.index, manifestUrl);
  const bytes = await fetchBytes(indexUrl, `data/${listed.index}`);
  return openDataset(bytes);
}

async function startWasm() {
  try {
    // No argument: the glue resolves sanctions_checker_bg.wasm next to itself.
    await init();
  } catch (err) {
    throw new EngineError(
      `The screening engine could not be loaded (${messageOf(err)}). ` +
        'Check that pkg/ was built with `make wasm`, then reload the page.',
      err,
    );
  }
}

async function fetchManifest(url) {
  const bytes = await fetchBytes(url, 'data/manifest.json');
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (err) {
    throw new EngineError(
      `The list data is damaged: data/manifest.json is not valid JSON; ${REBUILD_HINT}.`,
      err,
    );
  }
}

async function fetchBytes(url, what) {
  let response;
  try {
    // no-store: a stale manifest naming an old index would silently show outdated lists.
    response = await fetch(url, { cache: 'no-store' });
  } catch (err) {
    throw new EngineError(
      `Could not download ${what} (${messageOf(err)}). Check that the page is served ` +
        '(`make serve`) and reload it.',
      err,
    );
  }
  if (response.status === 404) {
    throw new EngineError(
      `The sanctions lists are missing: ${what} was not found on the server. ` +
        'Build them with `make dataset`, then reload the page.',
    );
  }
  if (!response.ok) {
    throw new EngineError(
      `Could not download ${what}: the server answered ${response.status} ${response.statusText}. Reload the page to try again.`,
    );
  }
  return new Uint8Array(await response.arrayBuffer());
}

function openDataset(bytes) {
  try {
    return new Checker(bytes);
  } catch (err) {
    // The engine's own message already says what is wrong and what to do (wrong version,
    // damaged file, not a dataset); it only needs a first sentence for context.
    throw new EngineError(
      `The sanctions lists could not be opened: ${messageOf(err)}`,
      err,
    );
  }
}

function readManifest(checker) {
  let manifest;
  try {
    manifest = checker.manifest();
  } catch (err) {
    throw new EngineError(
      `The list data is damaged (${messageOf(err)}); ${REBUILD_HINT}.`,
      err,
    );
  }
  // The manifest inside the index is the one that describes what will actually be screened,
  // so it is checked again even when data/manifest.json already passed.
  checkFormat(manifest.format, 'The list data');
  return manifest;
}

function checkFormat(format, what) {
  const expected = Checker.formatVersion();
  if (format !== expected) {
    throw new EngineError(
      `${what} was built by another version of sanctions-checker ` +
        `(dataset format ${format ?? 'unknown'}, this engine reads format ${expected}); ` +
        `${REBUILD_HINT}.`,
    );
  }
}

/** Keeps only the fields the engine knows, and leaves out blanks so they mean "not given". */
function toRequest(query) {
  const request = { name: String(query?.name ?? '').trim() };
  for (const field of ['kind', 'dob', 'country']) {
    const value = typeof query?.[field] === 'string' ? query[field].trim() : '';
    if (value !== '' && !(field === 'kind' && value === 'any')) {
      request[field] = value;
    }
  }
  for (const field of ['threshold', 'limit']) {
    if (typeof query?.[field] === 'number' && Number.isFinite(query[field])) {
      request[field] = query[field];
    }
  }
  return request;
}

function screenWith(checker, query) {
  return call(() => checker.screen(toRequest(query)));
}

/** Runs one engine call and turns what it throws into an EngineError for the user. */
function call(fn) {
  try {
    return fn();
  } catch (err) {
    if (err instanceof WebAssembly.RuntimeError) {
      // A Rust panic aborts the instance (panic = "abort"); it cannot be trusted afterwards.
      throw new EngineError(
        'The screening engine stopped unexpectedly. Reload the page and try again.',
        err,
      );
    }
    // Input errors ("dob: …") come from the engine already phrased for the user.
    throw new EngineError(messageOf(err), err);
  }
}

function messageOf(err) {
  return err instanceof Error ? err.message : String(err);
}
