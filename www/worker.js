// The engine's home: a Web Worker holding the Wasm checker and the dataset, so that loading
// the lists, a batch of ten thousand partners or a list rebuild never freezes the page.
//
// The page talks to it only through engine.js, with messages of one shape:
//   request  { id, op, args }
//   answer   { id, ok: true, value } | { id, ok: false, error: { message, name } }
//   progress { id, progress: { done, total, hits } }        (batch screening only)
// A request is answered exactly once. Names and files stay inside this browser: the worker
// fetches nothing but the engine and the built-in dataset, and only when the page is served.
//
// Served page: a module worker, importing the wasm-bindgen glue from ../pkg/. Offline single
// file: this module is bundled into a classic script started from a blob: URL, and the page
// hands over the Wasm and dataset bytes it carries inline (no URL to fetch them from exists).

import * as wasmGlue from '../pkg/sanctions_checker.js';

const { Checker } = wasmGlue;

const REBUILD_HINT = 'rebuild it with `make dataset`';

/** The loaded checker; replaced only once a new dataset has opened successfully. */
let checker = null;
/**
 * The compiled engine and the dataset bytes in use, kept so that helper workers can be started
 * with exactly this engine and these lists, without fetching anything (see shareEngine).
 */
let wasmModule = null;
let datasetBytes = null;
/** Batch ids the page asked to cancel. */
const cancelled = new Set();

/** An Error whose message is written for the person using the page. */
class EngineError extends Error {
  constructor(message, cause) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'EngineError';
  }
}

const OPS = {
  /**
   * Starts the engine. `wasm` and `dataset` are bytes (offline build, or a dataset the user
   * updated and the page kept); without `wasm` the engine is fetched next to the glue, without
   * `dataset` the built-in one is fetched through data/manifest.json.
   */
  async load({ wasm, dataset } = {}) {
    // The engine compiles while the lists download: neither waits for the other.
    const started = startWasm(wasm);
    started.catch(() => {}); // awaited below; this only keeps an early failure from going unhandled
    const bytes = dataset ?? (await fetchBuiltinDataset(started));
    await started;
    checker = openDataset(bytes);
    datasetBytes = bytes;
    return readManifest(checker);
  },

  /** Opens other dataset bytes; on failure the loaded one stays in use. */
  async open({ dataset }) {
    const next = openDataset(dataset);
    const manifest = readManifest(next);
    checker?.free();
    checker = next;
    datasetBytes = dataset;
    return manifest;
  },

  /** The built-in dataset's bytes (to return to it after an update, without a reload). */
  async builtinDataset() {
    return fetchBuiltinDataset();
  },

  screen(query) {
    return call(() => loaded().screen(toRequest(query)));
  },

  entity({ id }) {
    return call(() => loaded().entity(String(id ?? '')) ?? null);
  },

  goodsCode({ code }) {
    return call(() => loaded().goodsCode(String(code ?? '')));
  },

  goodsPrepare() {
    return call(() => loaded().goodsPrepare());
  },

  goodsText({ text, limit }) {
    const n =
      typeof limit === 'number' && Number.isFinite(limit) && limit > 0
        ? Math.floor(limit)
        : undefined;
    return call(() => loaded().goodsText(String(text ?? ''), n));
  },

  /** Screens an ownership structure's parties and gives the OFAC and EU/UK verdicts. */
  ownership({ structure }) {
    return call(() => loaded().ownership(structure));
  },

  /** Reads ownership CSV text into a structure (the same reader as the CLI's). */
  parseOwnershipCsv({ text }) {
    return call(() => wasmGlue.parseOwnershipCsv(String(text ?? '')));
  },

  /** Reads a CSV or XLSX file of partners into rows (engine-side, so one reader for all). */
  readTable({ bytes, name }) {
    return call(() => wasmGlue.readTable(bytes, String(name ?? '')));
  },

  /** Parses dropped official list files into a new dataset; does not switch to it. */
  updateLists({ files, built }) {
    return call(() => loaded().updateLists(files, built));
  },

  /**
   * Screens many queries, yielding between slices so that a cancel (or a single check the
   * user starts meanwhile) is taken in, and reporting progress as it goes. Each result is
   * `{ index, report }` or `{ index, error }`: one bad row never stops a batch.
   */
  async screenBatch({ queries, options = {} }, id, post) {
    const results = [];
    let hits = 0;
    let lastReport = 0;
    const total = queries.length;
    for (let start = 0; start < total; ) {
      if (cancelled.delete(id)) {
        return { results, cancelled: true };
      }
      const sliceEnd = performance.now() + 40;
      while (start < total && performance.now() < sliceEnd) {
        const query = { ...options, ...queries[start] };
        try {
          const report = loaded().screen(toRequest(query));
          if (report.hits.length > 0) hits += 1;
          results.push({ index: start, report });
        } catch (err) {
          if (err instanceof WebAssembly.RuntimeError) throw stopped(err);
          results.push({ index: start, error: messageOf(err) });
        }
        start += 1;
      }
      const now = performance.now();
      if (now - lastReport > 100 || start === total) {
        lastReport = now;
        post({ id, progress: { done: start, total, hits } });
      }
      // A macrotask, so messages queued meanwhile (cancel, a single check) are handled.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    cancelled.delete(id);
    return { results, cancelled: false };
  },

  /**
   * The compiled engine and a copy of the dataset in use, for a helper worker that screens part
   * of a large batch in parallel (engine.js); null if either is not at hand.
   */
  shareEngine() {
    if (!wasmModule || !datasetBytes) return null;
    return { module: wasmModule, dataset: datasetBytes.slice() };
  },

  cancel({ batch }) {
    cancelled.add(batch);
    return true;
  },
};

function loaded() {
  if (!checker) throw new EngineError('The engine has not loaded its lists yet.');
  return checker;
}

let wasmStarted = false;

async function startWasm(wasm) {
  if (wasmStarted) return;
  try {
    if (wasm) {
      // Compiled here rather than by the glue, so the module can be shared (shareEngine). A
      // WebAssembly.Module passes as is: a helper worker gets one already compiled.
      wasmModule = wasm instanceof WebAssembly.Module ? wasm : new WebAssembly.Module(wasm);
      wasmGlue.initSync({ module: wasmModule });
    } else {
      // No engine given: fetched next to the glue (www/worker.js → pkg/).
      const response = await fetch(new URL('../pkg/sanctions_checker_bg.wasm', import.meta.url));
      if (!response.ok) {
        throw new Error(`${response.status} ${response.statusText} fetching sanctions_checker_bg.wasm`);
      }
      wasmModule = await WebAssembly.compileStreaming(response);
      wasmGlue.initSync({ module: wasmModule });
    }
  } catch (err) {
    throw new EngineError(
      wasm
        ? `The screening engine in this file could not start (${messageOf(err)}). ` +
            'The file may be damaged; download it again or rebuild it with `make offline`.'
        : `The screening engine could not be loaded (${messageOf(err)}). ` +
            'Check that pkg/ was built with `make wasm`, then reload the page.',
      err,
    );
  }
  wasmStarted = true;
}

/** The built-in dataset's bytes; `started` is the engine's start (the format check needs it). */
async function fetchBuiltinDataset(started = startWasm()) {
  // Relative to this worker (www/worker.js): www/data/manifest.json. Computed here, not at
  // module level: the offline bundle has no import.meta.url and never fetches.
  const manifestUrl = new URL('./data/manifest.json', import.meta.url);
  const listed = await fetchManifest(manifestUrl);
  if (typeof listed.index !== 'string' || listed.index === '') {
    throw new EngineError(
      `The list data is incomplete: data/manifest.json does not name an index file; ${REBUILD_HINT}.`,
    );
  }
  const bytes = fetchBytes(new URL(listed.index, manifestUrl), `data/${listed.index}`);
  bytes.catch(() => {}); // awaited below, after the format check
  await started;
  checkFormat(listed.format, 'The list data (data/manifest.json)');
  return bytes;
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
    if (err instanceof WebAssembly.RuntimeError) throw stopped(err);
    // The engine's own message already says what is wrong and what to do (wrong version,
    // damaged file, not a dataset); it only needs a first sentence for context.
    throw new EngineError(
      `The sanctions lists could not be opened: ${messageOf(err)}`,
      err,
    );
  }
}

function readManifest(from) {
  let manifest;
  try {
    manifest = from.manifest();
  } catch (err) {
    throw new EngineError(
      `The list data is damaged (${messageOf(err)}); ${REBUILD_HINT}.`,
      err,
    );
  }
  // The manifest inside the index is the one that describes what will actually be screened,
  // so it is checked again even when data/manifest.json already passed.
  checkFormat(manifest.format, 'The list data');
  return { ...manifest, defaultThreshold: Checker.defaultThreshold() };
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
  for (const field of ['kind', 'dob', 'country', 'identifier']) {
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

/** Runs one engine call and turns what it throws into an EngineError for the user. */
function call(fn) {
  try {
    return fn();
  } catch (err) {
    if (err instanceof WebAssembly.RuntimeError) throw stopped(err);
    if (err instanceof EngineError) throw err;
    // Input errors ("dob: …") come from the engine already phrased for the user.
    throw new EngineError(messageOf(err), err);
  }
}

/** A Rust panic aborts the instance (panic = "abort"); it cannot be trusted afterwards. */
function stopped(err) {
  checker = null;
  return new EngineError(
    'The screening engine stopped unexpectedly. Reload the page and try again.',
    err,
  );
}

function messageOf(err) {
  return err instanceof Error ? err.message : String(err);
}

/** Byte arrays inside an answer, handed over rather than copied (a dataset is megabytes). */
function transferables(value) {
  if (value instanceof Uint8Array) return [value.buffer];
  if (value && typeof value === 'object' && value.dataset instanceof Uint8Array) {
    return [value.dataset.buffer];
  }
  return [];
}

const post = (message) => self.postMessage(message);

self.addEventListener('message', async ({ data }) => {
  const { id, op, args } = data ?? {};
  const handler = OPS[op];
  if (!handler) {
    post({ id, ok: false, error: { name: 'EngineError', message: `Unknown engine request "${op}".` } });
    return;
  }
  try {
    const value = await handler(args ?? {}, id, post);
    self.postMessage({ id, ok: true, value }, transferables(value));
  } catch (err) {
    post({
      id,
      ok: false,
      error: { name: err?.name ?? 'Error', message: messageOf(err) },
    });
  }
});
