// Types of the package's ES-module API (index.js, and node.js under Node). The shapes of the
// engine's answers (Report, Hit, CodeReport, ...) are generated from the Rust side into
// sanctions_checker.d.ts and re-exported here.

// The generated Checker class declares `[Symbol.dispose]`, which a project whose `lib` predates
// ES2025 does not know of; without this line its type check fails inside the package.
/// <reference lib="esnext.disposable" />

import type {
  CodeReport,
  ListId,
  ListUpdate,
  Manifest,
  OwnershipReport,
  OwnershipStructure,
  Report,
  ScreenQuery,
  TextReport,
} from './sanctions_checker.js';

export type * from './sanctions_checker.js';

/** Where bytes come from: a URL (or, in Node, a file path), a Response, a Blob or the bytes. */
export type Source = string | URL | Response | Blob | ArrayBuffer | ArrayBufferView;

export interface LoadOptions {
  /** The dataset: bytes, a URL, or a `ListUpdate` from `loadListFiles`. Default: the built-in lists. */
  dataset?: Source | ListUpdate;
  /** The engine: the package's own .wasm by default; a compiled module is also accepted. */
  wasm?: Source | WebAssembly.Module;
}

/** One official list file: a File (browser), `{ name, bytes }`, or in Node a path. */
export type ListFileInput = File | Blob | { name: string; bytes: Source } | string | URL;

/** The URL of the package's .wasm file. */
export declare const DEFAULT_WASM_URL: URL;
/** The URL of the built-in dataset. */
export declare const DEFAULT_DATASET_URL: URL;

/** Every error this package throws: the message says what went wrong and what to do. */
export declare class SanctionsCheckerError extends Error {
  name: 'SanctionsCheckerError';
}

/** Loads the engine with the built-in lists, or the dataset given. */
export declare function load(options?: LoadOptions): Promise<Engine>;

/**
 * The page-wide engine for a dataset address (default: the built-in lists), loaded once and
 * shared with every `<sanctions-checker>` element on the page. Do not `free()` it.
 */
export declare function loadShared(dataset?: string | URL): Promise<Engine>;

/**
 * Builds a dataset from official list files (UN, EU, OFAC, UK, Canada, Australia, US CSL),
 * recognised from their content. Pass the result to `load({ dataset })`.
 */
export declare function loadListFiles(
  files: Iterable<ListFileInput>,
  options?: { built?: Date | string; wasm?: Source | WebAssembly.Module },
): Promise<ListUpdate>;

/** A loaded dataset; every method is synchronous after `load`. */
export declare class Engine {
  private constructor();
  /** The lists in the dataset, their publication dates, counts and SHA-256. */
  manifest(): Manifest;
  /** Screens one party by name, or with birth date, country, identifier and options. */
  screen(query: string | ScreenQuery): Report;
  /** The score in [0, 1] of two names as the same party's. */
  compare(a: string, b: string): number;
  /** A customs code gives a CodeReport; a description gives a TextReport. */
  goods(query: string): CodeReport | TextReport;
  goods(query: { code: string }): CodeReport;
  goods(query: { text: string; limit?: number }): TextReport;
  goodsCode(code: string): CodeReport;
  goodsText(text: string, limit?: number): TextReport;
  /** The whole listed record of one entity (a hit's `entity_id`), or null. */
  entity(id: string): Record<string, unknown> | null;
  /** OFAC 50% rule and EU/UK ownership verdicts for a structure of owners. */
  ownership(structure: OwnershipStructure): OwnershipReport;
  /** A new dataset with these list files replacing the lists they hold (goods kept). */
  loadListFiles(files: Iterable<ListFileInput>, options?: { built?: Date | string }): Promise<ListUpdate>;
  /** Frees the engine's memory. */
  free(): void;
}

export type { ListId };
