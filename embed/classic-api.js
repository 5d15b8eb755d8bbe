// The package's API for the classic-script build: the same functions, with the engine and the
// default dataset inlined (base64, decoded on first use), so that a page opened from file://
// or a portal that cannot serve extra files needs no fetch at all. The build
// (scripts/build-classic.mjs) supplies the virtual module `classic:inline` and points the
// element's `./api.js` here.

import {
  load as loadFrom,
  loadListFiles as buildFrom,
  sharedLoader,
  SanctionsCheckerError,
  Engine,
} from './api.js';
import { WASM_BASE64, DATASET_BASE64 } from 'classic:inline';

export { SanctionsCheckerError, Engine };

let wasm = null;
let dataset = null;

function decode(base64) {
  if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(base64);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function inlineWasm() {
  wasm ??= decode(WASM_BASE64);
  return wasm;
}

function inlineDataset() {
  dataset ??= decode(DATASET_BASE64);
  return dataset;
}

/** `load` with the inlined engine, and the inlined dataset when none is given. */
export function load(options = {}) {
  return loadFrom({
    ...options,
    wasm: options.wasm ?? inlineWasm(),
    dataset: options.dataset ?? inlineDataset(),
  });
}

/** The page-wide engine per dataset (the elements' too), with the inlined data by default. */
export const loadShared = sharedLoader(load);

/** `loadListFiles` with the inlined engine. */
export function loadListFiles(files, options = {}) {
  return buildFrom(files, { ...options, wasm: options.wasm ?? inlineWasm() });
}
