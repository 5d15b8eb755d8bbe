// What the page remembers about checks and decisions, and how it is saved, exported and
// imported. No DOM here: history.js draws, report.js prints, this module keeps the records.
//
// Two stores (see store.js):
//   decisions  the user's current decision on one listed entry for one query, keyed by
//              [queryKey, entityId]. It is what later checks of the same query look up, so a
//              hit marked "not this party" comes back suppressed (and shown as such).
//   history    one record per finished check, self-contained for an audit: the query, the
//              hits in short, the lists it was checked against (dates and SHA-256) and the
//              decisions taken *on that check*.
//
// Why decisions are written into the history record instead of joined at display time: the
// record must say what was decided when, on that check. A join on the decisions store would
// show today's decision on last month's check, and a decision changed later would rewrite
// the past. So a decision is saved twice, in one transaction: as the current decision (for
// suppression) and into the record of the check it was taken on (with a log of changes).

import { StoreError, done, transaction } from './store.js';

export const VERDICTS = ['false_positive', 'confirmed', 'escalate'];
export const EXPORT_FORMAT = 'sanctions-checker-history';
export const EXPORT_VERSION = 1;
/** An import file larger than this is refused before it is read (a real export is far smaller). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
const NOTE_MAX = 4000;

/**
 * The key a decision is filed under. Only for telling "the same query" apart: the name is
 * trimmed, case-folded and its whitespace collapsed, so "eric  BADEGE " and "Eric Badege" share
 * decisions; type, date of birth and country are part of it, because a decision about
 * "Eric Badege, born 1980" says nothing about "Eric Badege, born 1971". It never reaches the
 * engine, which does its own (much deeper) normalising for matching.
 */
export function queryKey(query = {}) {
  const fold = (value) =>
    String(value ?? '')
      .normalize('NFKC')
      .trim()
      .replace(/\s+/gu, ' ')
      .toLowerCase();
  const kind = fold(query.kind);
  return JSON.stringify([
    fold(query.name),
    kind === '' ? 'any' : kind,
    fold(query.dob),
    fold(query.country),
  ]);
}

/** A random id that stays with a record through export and import (dedupes merges). */
export function newUid() {
  if (globalThis.crypto?.randomUUID) return crypto.randomUUID();
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The lists a check was run against, enough to prove later which data answered. */
export function manifestSummary(manifest = {}, type = 'partner') {
  const summary = {
    built: manifest.built ?? null,
    engine: manifest.engine ?? null,
    format: manifest.format ?? null,
    entities: manifest.entities ?? null,
    index: manifest.index ?? null,
    sources: (manifest.sources ?? []).map((s) => ({
      list: s.list ?? null,
      title: s.title ?? '',
      file: s.file ?? null,
      published: s.published ?? null,
      sha256: s.sha256 ?? null,
      entities: s.entities ?? null,
      parts: (s.parts ?? []).map((p) => ({ name: p.name ?? '', sha256: p.sha256 ?? null })),
    })),
  };
  if (type === 'goods' && manifest.goods) {
    summary.goods = (manifest.goods.sources ?? []).map((s) => ({
      title: s.title ?? '',
      file: s.file ?? null,
      published: s.as_of ?? null,
      sha256: s.sha256 ?? null,
      entities: s.rows ?? null,
    }));
  }
  return summary;
}

/** One hit in short: what a reviewer needs to see again, not the whole listed record. */
export function compactHit(hit) {
  const explanation = hit.explanation ?? {};
  const out = {
    entity_id: String(hit.entity_id ?? ''),
    name: String(hit.name ?? ''),
    matched_name: String(hit.matched_name ?? ''),
    list: String(hit.list ?? ''),
    list_title: String(hit.list_title ?? ''),
    list_date: hit.list_date ?? null,
    kind: String(hit.kind ?? ''),
    score: Number(hit.score) || 0,
    summary: String(explanation.summary ?? ''),
    tokens: (explanation.tokens ?? []).map((tok) => ({
      query: String(tok.query ?? ''),
      listed: String(tok.listed ?? ''),
      similarity: Number(tok.similarity) || 0,
    })),
    factors: (explanation.factors ?? []).map((f) => ({
      effect: Number(f.effect) || 0,
      reason: String(f.reason ?? ''),
    })),
  };
  // A decision taken on an earlier check of the same query, in force when this check ran.
  if (hit.decision) out.prior = pickDecision(hit.decision);
  return out;
}

function pickDecision(d) {
  return { verdict: d.verdict, note: String(d.note ?? ''), time: d.time };
}

/** Goods answers in short: the verdict line of a code, or the best candidate headings. */
function compactGoods(report = {}) {
  if (Array.isArray(report.candidates)) {
    return {
      candidates: report.candidates.slice(0, 5).map((c) => ({
        code: String(c.code ?? ''),
        status: String(c.status ?? ''),
        label: String(c.status_label ?? ''),
        score: Number(c.score) || 0,
      })),
    };
  }
  return {
    code: String(report.formatted ?? ''),
    status: String(report.status ?? ''),
    label: String(report.status_label ?? ''),
    summary: String(report.summary ?? ''),
    matches: Array.isArray(report.matches) ? report.matches.length : 0,
  };
}

/** A batch in short: per row, its query and its hits (compact), or its error. */
function compactBatch(report = {}, queries = []) {
  const rows = Array.isArray(report.results) ? report.results : [];
  return rows.map((row) => ({
    index: Number(row.index) || 0,
    query: plainQuery(row.query ?? queries[row.index] ?? {}),
    hits: (row.report?.hits ?? []).map(compactHit),
    error: row.error ? String(row.error.message ?? row.error) : undefined,
  }));
}

function plainQuery(query) {
  if (typeof query !== 'object' || query === null) return { name: String(query ?? '') };
  const out = {};
  for (const [key, value] of Object.entries(query)) {
    if (['string', 'number', 'boolean'].includes(typeof value)) out[key] = value;
  }
  return out;
}

/** The history record of a finished check (from hooks.js's onCheck event). */
export function recordOf({ type, query, report, manifest, time }) {
  const record = {
    uid: newUid(),
    time: time ?? new Date().toISOString(),
    type: type ?? 'partner',
    query: type === 'batch' ? { rows: Array.isArray(query) ? query.length : 0 } : plainQuery(query ?? {}),
    manifest: manifestSummary(manifest, type),
    hits: [],
    decisions: {},
    log: [],
  };
  if (record.type === 'partner') {
    record.queryKey = queryKey(record.query);
    record.threshold = Number(report?.threshold) || null;
    record.hits = (report?.hits ?? []).map(compactHit);
  } else if (record.type === 'goods') {
    record.goods = compactGoods(report);
  } else if (record.type === 'batch') {
    record.rows = compactBatch(report, Array.isArray(query) ? query : []);
    record.query.rows = record.rows.length || record.query.rows;
  }
  return record;
}

/** The decision in force for a hit of a record: one taken on that check, else the earlier one. */
export function effectiveDecision(record, hit) {
  const own = record.decisions?.[hit.entity_id];
  if (own) return { ...own, source: own.verdict === 'cleared' ? 'cleared' : 'this' };
  if (hit.prior) return { ...hit.prior, source: 'earlier' };
  return null;
}

/** Counts of a record's hits by the decision in force (and how many were suppressed). */
export function decisionCounts(record) {
  const counts = { false_positive: 0, confirmed: 0, escalate: 0, suppressed: 0, open: 0 };
  for (const hit of record.hits ?? []) {
    const d = effectiveDecision(record, hit);
    if (d && VERDICTS.includes(d.verdict)) counts[d.verdict]++;
    else counts.open++;
    if (hit.prior?.verdict === 'false_positive') counts.suppressed++;
  }
  return counts;
}

// ---- IndexedDB ----------------------------------------------------------------------------

/** Saves a new check; resolves with its id. */
export function addCheck(record) {
  return transaction('history', 'readwrite', (s) => done(s.history.add(record)));
}

/** Every check, newest first. */
export async function allChecks() {
  const records = await transaction('history', 'readonly', (s) => done(s.history.getAll()));
  return records.sort((a, b) => (a.time < b.time ? 1 : a.time > b.time ? -1 : b.id - a.id));
}

export function getCheck(id) {
  return transaction('history', 'readonly', (s) => done(s.history.get(id)));
}

export function deleteCheck(id) {
  return transaction('history', 'readwrite', (s) => done(s.history.delete(id)));
}

/** Deletes every check, and with `decisions` every saved decision too. */
export function clearAll({ decisions = false } = {}) {
  const names = decisions ? ['history', 'decisions'] : ['history'];
  return transaction(names, 'readwrite', async (s) => {
    await done(s.history.clear());
    if (decisions) await done(s.decisions.clear());
  });
}

export function allDecisions() {
  return transaction('decisions', 'readonly', (s) => done(s.decisions.getAll()));
}

/** The saved decisions for these entity ids under one query key, as a Map by entity id. */
export function decisionsFor(key, entityIds) {
  return transaction('decisions', 'readonly', async (s) => {
    const found = new Map();
    for (const id of entityIds) {
      const d = await done(s.decisions.get([key, id]));
      if (d) found.set(id, d);
    }
    return found;
  });
}

/**
 * Saves (or with verdict null, clears) the decision on one hit: as the current decision for
 * the query and entity, and into the record of the check it was taken on (checkId may be
 * null when that check could not be saved). Resolves with the decision saved, or null.
 */
export function saveDecision({ key, hit, query, verdict, note, checkId, time }) {
  if (verdict !== null && !VERDICTS.includes(verdict)) {
    throw new StoreError(`Unknown decision "${verdict}".`);
  }
  const when = time ?? new Date().toISOString();
  const decision =
    verdict === null
      ? null
      : {
          queryKey: key,
          entityId: hit.entity_id,
          verdict,
          note: String(note ?? '').slice(0, NOTE_MAX),
          time: when,
          query: plainQuery(query ?? {}),
          name: hit.name ?? '',
          list_title: hit.list_title ?? '',
        };
  return transaction(['decisions', 'history'], 'readwrite', async (s) => {
    if (decision) await done(s.decisions.put(decision));
    else await done(s.decisions.delete([key, hit.entity_id]));
    if (checkId != null) {
      const record = await done(s.history.get(checkId));
      if (record) {
        applyToRecord(record, hit.entity_id, decision, when);
        await done(s.history.put(record));
      }
    }
    return decision;
  });
}

/** Writes a decision (or its clearing) into a history record, with a line in its log. */
export function applyToRecord(record, entityId, decision, time) {
  record.decisions ??= {};
  record.log ??= [];
  if (decision) {
    record.decisions[entityId] = pickDecision(decision);
  } else {
    // Clearing a decision taken on this check forgets it; clearing one carried over from an
    // earlier check is itself a decision on this check, and the record says so.
    const hit = (record.hits ?? []).find((h) => h.entity_id === entityId);
    if (hit?.prior) record.decisions[entityId] = { verdict: 'cleared', note: '', time };
    else delete record.decisions[entityId];
  }
  record.log.push({
    entityId,
    verdict: decision ? decision.verdict : 'cleared',
    note: decision ? decision.note : '',
    time,
  });
}

// ---- Export and import --------------------------------------------------------------------

/** Everything kept, as one JSON-ready object. */
export async function exportAll() {
  const [checks, decisions] = await Promise.all([allChecks(), allDecisions()]);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exported: new Date().toISOString(),
    checks: checks.map(({ id, ...rest }) => rest),
    decisions,
  };
}

/** The file name of an export made at `date`: sanctions-checker-history-2026-11-23.json. */
export function exportFileName(date = new Date()) {
  const pad = (n) => String(n).padStart(2, '0');
  return `sanctions-checker-history-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}

/** Why an import file was refused; `reason` is a key of the strings catalog, `vars` its values. */
export class ImportError extends Error {
  constructor(reason, vars = {}) {
    super(reason);
    this.name = 'ImportError';
    this.reason = reason;
    this.vars = vars;
  }
}

const isText = (v) => typeof v === 'string';
const isTime = (v) => isText(v) && !Number.isNaN(Date.parse(v));
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks an export file's text and returns clean copies of its checks and decisions: only
 * known fields with the right types go on, so an edited or foreign file cannot put
 * arbitrary values into the store. Throws an ImportError that says what is wrong.
 */
export function parseExport(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ImportError('history.import.notJson');
  }
  if (!isObject(data) || data.format !== EXPORT_FORMAT) {
    throw new ImportError('history.import.notExport');
  }
  if (data.version !== EXPORT_VERSION) {
    throw new ImportError('history.import.version', { version: String(data.version) });
  }
  if (!Array.isArray(data.checks) || !Array.isArray(data.decisions ?? [])) {
    throw new ImportError('history.import.shape');
  }
  const checks = data.checks.map((c, i) => cleanCheck(c, i + 1));
  const decisions = (data.decisions ?? []).map((d, i) => cleanDecision(d, i + 1));
  return { checks, decisions };
}

function cleanCheck(c, n) {
  const bad = (what) => new ImportError('history.import.badCheck', { n, what });
  if (!isObject(c)) throw bad('record');
  if (!isText(c.uid) || c.uid === '') throw bad('uid');
  if (!isTime(c.time)) throw bad('time');
  if (!['partner', 'goods', 'batch'].includes(c.type)) throw bad('type');
  if (!isObject(c.query)) throw bad('query');
  if (!isObject(c.manifest) || !Array.isArray(c.manifest.sources)) throw bad('manifest');
  if (!Array.isArray(c.hits ?? [])) throw bad('hits');
  const hits = (c.hits ?? []).map((h) => {
    if (!isObject(h) || !isText(h.entity_id)) throw bad('hits');
    const clean = compactHit({ ...h, explanation: { summary: h.summary, tokens: h.tokens, factors: h.factors } });
    delete clean.prior;
    if (h.prior) clean.prior = cleanVerdict(h.prior, bad);
    return clean;
  });
  const decisions = {};
  if (c.decisions !== undefined && !isObject(c.decisions)) throw bad('decisions');
  for (const [id, d] of Object.entries(c.decisions ?? {})) {
    decisions[id] = cleanVerdict(d, bad, true);
  }
  const log = Array.isArray(c.log)
    ? c.log.map((l) => {
        if (!isObject(l) || !isText(l.entityId)) throw bad('log');
        return { entityId: l.entityId, ...cleanVerdict(l, bad, true) };
      })
    : [];
  const manifest = manifestSummary(
    {
      ...c.manifest,
      sources: c.manifest.sources.map((s) => (isObject(s) ? s : {})),
      goods: undefined,
    },
    'partner',
  );
  if (Array.isArray(c.manifest.goods)) {
    manifest.goods = c.manifest.goods.filter(isObject).map((s) => ({
      title: String(s.title ?? ''),
      file: s.file ?? null,
      published: s.published ?? null,
      sha256: s.sha256 ?? null,
      entities: s.entities ?? null,
    }));
  }
  const record = {
    uid: c.uid,
    time: c.time,
    type: c.type,
    query: plainQuery(c.query),
    manifest,
    hits,
    decisions,
    log,
  };
  if (record.type === 'partner') {
    record.queryKey = queryKey(record.query);
    record.threshold = Number(c.threshold) || null;
  }
  if (isObject(c.goods)) record.goods = JSON.parse(JSON.stringify(c.goods));
  if (Array.isArray(c.rows)) {
    record.rows = c.rows.filter(isObject).map((r) => ({
      index: Number(r.index) || 0,
      query: plainQuery(isObject(r.query) ? r.query : {}),
      hits: (Array.isArray(r.hits) ? r.hits : []).filter(isObject).map(compactHit),
      error: isText(r.error) ? r.error : undefined,
    }));
  }
  return record;
}

function cleanVerdict(d, bad, allowCleared = false) {
  const verdicts = allowCleared ? [...VERDICTS, 'cleared'] : VERDICTS;
  if (!isObject(d) || !verdicts.includes(d.verdict) || !isTime(d.time)) throw bad('decisions');
  return { verdict: d.verdict, note: String(d.note ?? '').slice(0, NOTE_MAX), time: d.time };
}

function cleanDecision(d, n) {
  const bad = (what) => new ImportError('history.import.badDecision', { n, what });
  if (!isObject(d) || !isText(d.queryKey) || !isText(d.entityId)) throw bad('key');
  if (!VERDICTS.includes(d.verdict)) throw bad('verdict');
  if (!isTime(d.time)) throw bad('time');
  return {
    queryKey: d.queryKey,
    entityId: d.entityId,
    verdict: d.verdict,
    note: String(d.note ?? '').slice(0, NOTE_MAX),
    time: d.time,
    query: plainQuery(isObject(d.query) ? d.query : {}),
    name: String(d.name ?? ''),
    list_title: String(d.list_title ?? ''),
  };
}

/**
 * Merges parsed export data into the stores in one transaction (all or nothing): a check
 * already here (same uid) is skipped; of two decisions on the same query and entity the later
 * one wins. Resolves with counts for the message.
 */
export function importAll({ checks, decisions }) {
  return transaction(['history', 'decisions'], 'readwrite', async (s) => {
    const existing = new Set((await done(s.history.getAll())).map((r) => r.uid));
    let added = 0;
    let skipped = 0;
    for (const record of checks) {
      if (existing.has(record.uid)) {
        skipped++;
        continue;
      }
      existing.add(record.uid);
      await done(s.history.add(record));
      added++;
    }
    let decided = 0;
    for (const decision of decisions) {
      const current = await done(s.decisions.get([decision.queryKey, decision.entityId]));
      if (current && current.time >= decision.time) continue;
      await done(s.decisions.put(decision));
      decided++;
    }
    return { added, skipped, decided };
  });
}
