// Types of the <sanctions-checker> element (element.js; define.js registers the default tag).

import type { CodeReport, Engine, ListId, Manifest, Report, TextReport } from './index.js';

export type SanctionsCheckerLang = 'en' | 'ru' | 'kk';
export type SanctionsCheckerMode = 'partner' | 'goods' | 'both';

/** What `check()` fills the partner form with. */
export interface SanctionsCheckerQuery {
  name: string;
  kind?: 'any' | 'person' | 'organization' | 'vessel' | 'aircraft';
  /** YYYY, YYYY-MM or YYYY-MM-DD */
  dob?: string;
  /** ISO 3166-1 alpha-2 code or an English country name */
  country?: string;
  /** passport, registration, tax or IMO number */
  identifier?: string;
}

export interface SanctionsCheckerReadyDetail {
  manifest: Manifest;
}

export type SanctionsCheckerResultDetail =
  | {
      kind: 'partner';
      /** The query as screened (with the element's threshold and lists). */
      query: SanctionsCheckerQuery & { threshold?: number; lists?: ListId[] };
      report: Report;
    }
  | { kind: 'goods'; query: string; report: CodeReport | TextReport };

export interface SanctionsCheckerErrorDetail {
  message: string;
  error: Error;
  kind?: 'partner' | 'goods';
}

export declare class SanctionsCheckerElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /** `lang` attribute; default the document's language when en, ru or kk, else en. */
  lang: SanctionsCheckerLang | string;
  /** `mode` attribute; default partner. */
  mode: SanctionsCheckerMode;
  /** `threshold` attribute (0..1); null = the engine's default (0.85). */
  threshold: number | null;
  /** `lists` attribute (comma-separated list ids); empty = every list. */
  lists: ListId[];
  /** `dataset-src` attribute: the URL of a dataset .bin; null = the built-in lists. */
  datasetSrc: string | null;
  /** `compact` attribute: a one-line form and terse hits. */
  compact: boolean;
  /** The engine in use (null while loading); set it to share an Engine the host loaded. */
  engine: Engine | null;
  /** Resolves with the dataset's manifest once the engine is loaded. */
  readonly ready: Promise<Manifest>;
  /** Fills the partner form and runs it; rejects with an Error on bad input. */
  check(query: SanctionsCheckerQuery | string): Promise<Report>;
  /** Fills the goods form with a customs code or a description and runs it. */
  checkGoods(codeOrText: string): Promise<CodeReport | TextReport>;
}

/** Registers the element under `tag` (default "sanctions-checker"); idempotent. */
export declare function defineSanctionsChecker(tag?: string): typeof SanctionsCheckerElement;

declare global {
  interface HTMLElementTagNameMap {
    'sanctions-checker': SanctionsCheckerElement;
  }
  interface HTMLElementEventMap {
    'sanctions-checker-ready': CustomEvent<SanctionsCheckerReadyDetail>;
    'sanctions-checker-result': CustomEvent<SanctionsCheckerResultDetail>;
    'sanctions-checker-error': CustomEvent<SanctionsCheckerErrorDetail>;
  }
}
