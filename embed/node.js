// The package's Node entry (the `node` condition of its `exports`): the API of index.js, with
// the Wasm, the dataset and list files read from disk. A path or file: URL is read with
// node:fs; http(s) URLs are fetched as in a browser.
//
//   import { load } from 'sanctions-checker';
//   const engine = await load();
//   console.log(engine.screen('Ivan Petrov').hits);

import { readFile } from 'node:fs/promises';
import * as api from './index.js';

export * from './index.js';

/** Loads the engine (see index.js); `dataset` and `wasm` may also be file paths. */
export function load(options = {}) {
  return api.load({ ...options, read: fromDisk });
}

/** Builds a dataset from list files (see index.js); a file may also be a path. */
export function loadListFiles(files, options = {}) {
  return api.loadListFiles(files, { ...options, read: fromDisk });
}

/** The bytes of a path or file: URL; undefined for anything else (bytes, http URLs). */
async function fromDisk(source, what) {
  const isFileUrl =
    source instanceof URL
      ? source.protocol === 'file:'
      : typeof source === 'string' && source.startsWith('file:');
  // A drive letter (C:\lists\un.xml) looks like a URL scheme; it is a path.
  const isPath =
    typeof source === 'string' &&
    (/^[a-z]:[\\/]/i.test(source) || !/^[a-z][a-z0-9+.-]*:/i.test(source));
  if (!isFileUrl && !isPath) return undefined;
  try {
    return new Uint8Array(await readFile(isFileUrl ? new URL(source) : source));
  } catch (err) {
    throw new api.SanctionsCheckerError(
      `${what} could not be read from ${String(source)} (${err.code ?? err.message})`,
      { cause: err },
    );
  }
}
