// The page's one door to the engine. The engine itself lives in a Web Worker (worker.js) so
// that loading lists, screening a batch or rebuilding lists never freezes the page; this
// module starts the worker and turns its messages into promises. Every failure leaves here as
// an Error whose message a trader can act on.

/** An Error whose message is written for the person using the page. */
export class EngineError extends Error {
  constructor(message, cause) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'EngineError';
  }
}

/**
 * Starts the worker. The offline single-file build defines __WORKER_SOURCE__ (the worker
 * bundled as one classic script) and starts it from a blob: URL, because file:// pages cannot
 * start module workers from files; the served page starts www/worker.js as a module.
 */
function startWorker() {
  // eslint-disable-next-line no-undef
  if (typeof __WORKER_SOURCE__ === 'string') {
    // eslint-disable-next-line no-undef
    const blob = new Blob([__WORKER_SOURCE__], { type: 'text/javascript' });
    return new Worker(URL.createObjectURL(blob), { name: 'sanctions-checker' });
  }
  return new Worker(new URL('./worker.js', import.meta.url), {
    type: 'module',
    name: 'sanctions-checker',
  });
}

/**
 * Loads the engine and a dataset in a worker.
 *
 * With no arguments the worker fetches the Wasm, `data/manifest.json` and the index it names.
 * The offline single-file build passes `wasm` and `dataset` as bytes instead, so nothing is
 * fetched at all; a dataset the user updated is passed as `dataset` alone (served page), or
 * with `builtin` holding the offline build's own dataset, for builtinDataset().
 *
 * @param {{ wasm?: Uint8Array, dataset?: Uint8Array, builtin?: Uint8Array }} [sources]
 */
export async function loadEngine({ wasm, dataset, builtin = wasm ? dataset : undefined } = {}) {
  let worker;
  try {
    worker = startWorker();
  } catch (err) {
    throw new EngineError(
      `The screening engine could not be started in this browser (${messageOf(err)}).`,
      err,
    );
  }
  const client = new WorkerClient(worker);
  let manifest;
  try {
    manifest = await client.request('load', { wasm, dataset });
  } catch (err) {
    // A caller may try again with other data (the built-in lists): do not leave this one running.
    worker.terminate();
    throw err;
  }
  let listeners = [];

  return {
    get manifest() {
      return manifest;
    },
    /** Called with the new manifest whenever another dataset is switched to. */
    onDatasetChange(listener) {
      listeners.push(listener);
    },
    /** Screens one partner; resolves to a Report. */
    screen(query) {
      return client.request('screen', query);
    },
    /** The whole record of one listed entity, or null. */
    entity(id) {
      return client.request('entity', { id });
    },
    /** Looks up a customs code (2 to 10 digits, any writing); resolves to a CodeReport. */
    goodsCode(code) {
      return client.request('goodsCode', { code });
    },
    /** Builds the description search ahead of the first search (a few hundred ms, once). */
    goodsPrepare() {
      return client.request('goodsPrepare');
    },
    /** Searches a goods description (English or Russian); resolves to a TextReport. */
    goodsText(text, limit) {
      return client.request('goodsText', { text, limit });
    },
    /**
     * Screens every party of an ownership structure and applies OFAC's 50% rule and the EU/UK
     * "owned or controlled" test; resolves to an OwnershipReport.
     */
    ownership(structure) {
      return client.request('ownership', { structure });
    },
    /** Reads ownership CSV text into an OwnershipStructure; rejects naming the bad row. */
    parseOwnershipCsv(text) {
      return client.request('parseOwnershipCsv', { text });
    },
    /** Reads a CSV or XLSX file (bytes) into a table of strings. */
    readTable(bytes, name) {
      return client.request('readTable', { bytes, name });
    },
    /**
     * Screens many queries in the worker. `onProgress({done, total, hits})` is called as it
     * goes; `signal` (an AbortSignal) cancels, resolving with the results so far and
     * `cancelled: true`. Resolves to `{ results: [{index, report} | {index, error}], cancelled }`.
     */
    screenBatch(queries, { options, onProgress, signal } = {}) {
      return screenInParallel(client, queries, { options, onProgress, signal });
    },
    /**
     * Builds a new dataset from dropped official list files without switching to it. Resolves
     * to `{ dataset, manifest, changes, warnings }`; a file that cannot be read rejects with a
     * message naming it.
     */
    updateLists(files, built = new Date().toISOString()) {
      return client.request('updateLists', { files, built });
    },
    /**
     * Switches to other dataset bytes. On failure the loaded dataset stays in use and the
     * promise rejects with the reason.
     */
    async open(dataset) {
      manifest = await client.request('open', { dataset });
      for (const listener of listeners) listener(manifest);
      return manifest;
    },
    /** The bytes of the dataset built into the page (offline: the inline copy). */
    builtinDataset() {
      if (builtin) return Promise.resolve(builtin.slice());
      return client.request('builtinDataset');
    },
  };
}

/** Below this many queries a batch runs in the one worker: starting a helper costs ~1 s. */
const PARALLEL_FROM = 1000;
/** Queries handed to a worker at a time; small enough to share the work out evenly. */
const CHUNK = 250;

/**
 * Screens a batch in the engine's worker and, for a large batch on a machine with more than one
 * core, in helper workers too, each started with the same compiled engine and a copy of the
 * same dataset (nothing is fetched). Workers take chunks of queries until none are left, so a
 * helper that starts late or runs slowly simply takes fewer; the main worker keeps answering
 * single checks between its slices. Helpers are closed when the batch ends, freeing their copy
 * of the lists. If no helper can start, the main worker does it all.
 */
async function screenInParallel(client, queries, { options, onProgress, signal }) {
  const total = queries.length;
  const cores = globalThis.navigator?.hardwareConcurrency ?? 1;
  const helpers = total >= PARALLEL_FROM ? Math.min(cores - 1, 3) : 0;
  if (helpers <= 0) {
    return client.request('screenBatch', { queries, options }, { onProgress, signal });
  }

  const results = [];
  let next = 0;
  let done = 0;
  let hits = 0;
  let cancelled = false;
  const inFlight = new Map();
  const report = () => {
    let d = done;
    let h = hits;
    for (const p of inFlight.values()) {
      d += p.done;
      h += p.hits;
    }
    onProgress?.({ done: d, total, hits: h });
  };
  // Chunks a failed helper took, to be screened again by the main worker.
  const retry = [];
  const take = () => {
    if (retry.length > 0) return retry.shift();
    if (next >= total) return null;
    const start = next;
    next = Math.min(total, next + CHUNK);
    return start;
  };
  const drain = async (worker, key) => {
    for (let start = take(); start !== null; start = take()) {
      if (cancelled || signal?.aborted) {
        retry.push(start);
        return;
      }
      const chunk = queries.slice(start, start + CHUNK);
      let answer;
      try {
        answer = await worker.request('screenBatch', { queries: chunk, options }, {
          signal,
          onProgress: (p) => {
            inFlight.set(key, p);
            report();
          },
        });
      } catch (err) {
        inFlight.delete(key);
        if (worker !== client) retry.push(start);
        throw err;
      }
      inFlight.delete(key);
      for (const r of answer.results) {
        results.push({ ...r, index: r.index + start });
        if (r.report?.hits?.length > 0) hits += 1;
      }
      done += answer.results.length;
      if (answer.cancelled) cancelled = true;
      report();
    }
  };

  const started = [];
  const helping = (async () => {
    const shared = await client.request('shareEngine').catch(() => null);
    if (!shared) return;
    // A cancel does not wait for a helper still loading its lists (a second or so).
    const aborted = new Promise((resolve, reject) => {
      if (signal?.aborted) reject(new Error('cancelled'));
      signal?.addEventListener('abort', () => reject(new Error('cancelled')), { once: true });
    });
    aborted.catch(() => {});
    for (let i = 0; i < helpers; i++) {
      const helper = new WorkerClient(startWorker());
      started.push(helper);
      // A helper that cannot start leaves its share to the others.
      helper.ready = Promise.race([
        helper.request('load', { wasm: shared.module, dataset: shared.dataset }),
        aborted,
      ])
        .then(() => drain(helper, `helper${i}`))
        .catch((err) => {
          if (!signal?.aborted) console.warn('sanctions-checker: a batch helper failed', err);
        });
    }
    await Promise.all(started.map((h) => h.ready));
  })();
  try {
    await Promise.all([drain(client, 'main'), helping]);
    // What a failed helper left, unless the batch was cancelled meanwhile.
    if (!cancelled && !signal?.aborted) await drain(client, 'main');
  } finally {
    for (const helper of started) helper.worker.terminate();
  }
  results.sort((a, b) => a.index - b.index);
  return { results, cancelled: cancelled || Boolean(signal?.aborted) };
}

/** Pairs each request with its answer by id, and routes batch progress to its callback. */
class WorkerClient {
  constructor(worker) {
    this.worker = worker;
    this.next = 1;
    this.pending = new Map();
    worker.addEventListener('message', ({ data }) => this.receive(data));
    worker.addEventListener('error', (event) => {
      event.preventDefault?.();
      this.failAll(
        new EngineError(
          `The screening engine failed to start (${event.message || 'worker error'}). ` +
            'Reload the page; if it keeps failing, rebuild it with `make wasm`.',
        ),
      );
    });
    worker.addEventListener('messageerror', () =>
      this.failAll(new EngineError('The screening engine sent an unreadable answer.')),
    );
  }

  request(op, args, { onProgress, signal } = {}) {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress });
      if (signal) {
        const cancel = () => this.worker.postMessage({ id: this.next++, op: 'cancel', args: { batch: id } });
        if (signal.aborted) cancel();
        else signal.addEventListener('abort', cancel, { once: true });
      }
      try {
        this.worker.postMessage({ id, op, args });
      } catch (err) {
        this.pending.delete(id);
        reject(new EngineError(`The request could not be sent to the engine (${messageOf(err)}).`, err));
      }
    });
  }

  receive(data) {
    const entry = this.pending.get(data?.id);
    if (!entry) return;
    if (data.progress) {
      entry.onProgress?.(data.progress);
      return;
    }
    this.pending.delete(data.id);
    if (data.ok) entry.resolve(data.value);
    else entry.reject(new EngineError(data.error?.message ?? 'The engine failed.'));
  }

  failAll(error) {
    for (const { reject } of this.pending.values()) reject(error);
    this.pending.clear();
  }
}

function messageOf(err) {
  return err instanceof Error ? err.message : String(err);
}
