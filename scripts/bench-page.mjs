#!/usr/bin/env node
// Browser benchmark of the page itself, in headless Chromium with the real engine (pkg/) and
// the default dataset (www/data/):
//   - start-up: from navigation to "ready" (engine compiled, lists opened, form enabled), for
//     the served page and for the offline single file, median of several fresh loads;
//   - opening the dataset in Wasm (`new Checker(bytes)`), median of seven opens;
//   - one partner check: the time from asking the engine (in its worker) to having the report,
//     over the UN evaluation queries and the negatives (../shared/eval), median and p99.
//
//   node scripts/bench-page.mjs [--loads N] [--queries N]     (after `make wasm dataset offline`)
// Targets (issues 4 and 6): ready ≤ 1 s; dataset opened ≤ 300 ms; screening median ≤ 2 ms,
// p99 ≤ 10 ms.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startServer } from './serve.mjs';
import {
  OFFLINE_PAGE,
  launchBrowser,
  requireBuilt,
} from '../tests/web/helpers.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EVAL = path.join(
  process.env.SANCTIONS_DATA ?? path.join(ROOT, '..', 'shared', 'data'),
  '..',
  'eval',
);

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
}
const LOADS = option('--loads', 5);
const QUERIES = option('--queries', 2000);

/** Rows of a simple CSV (the eval sets quote nothing but names with commas). */
function readCsv(file) {
  const [head, ...lines] = readFileSync(file, 'utf8').split(/\r?\n/).filter(Boolean);
  const columns = head.split(',');
  return lines.map((line) => {
    const cells = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quoted) {
        if (c === '"' && line[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (c === '"') quoted = false;
        else cell += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') {
        cells.push(cell);
        cell = '';
      } else cell += c;
    }
    cells.push(cell);
    return Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
  });
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1], n: sorted.length };
}

const ms = (v) => `${v.toFixed(v < 10 ? 2 : 0)} ms`;

async function timeLoad(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });
    // From the navigation's start to the page's own "ready" mark, as the browser counts it.
    return await page.evaluate(
      () => performance.getEntriesByName('sanctions-checker-ready')[0].startTime,
    );
  } finally {
    await context.close();
  }
}

requireBuilt({ offline: true });
const queries = [
  ...readCsv(path.join(EVAL, 'screen_un_dev.csv')),
  ...readCsv(path.join(EVAL, 'screen_negatives_dev.csv')),
]
  .filter((_, i, all) => i % Math.max(1, Math.floor(all.length / QUERIES)) === 0)
  .slice(0, QUERIES)
  .map(({ name, type, dob, country }) => ({ name, kind: type, dob, country }));

const server = await startServer({ port: 0 });
const browser = await launchBrowser();
try {
  const served = [];
  const offline = [];
  for (let i = 0; i < LOADS; i++) {
    served.push(await timeLoad(browser, server.url));
    offline.push(await timeLoad(browser, pathToFileURL(OFFLINE_PAGE).href));
  }
  const s = stats(served);
  const o = stats(offline);
  console.log(`ready after opening (served page):  median ${ms(s.median)}, max ${ms(s.max)} over ${s.n} loads`);
  console.log(`ready after opening (offline file): median ${ms(o.median)}, max ${ms(o.max)} over ${o.n} loads`);

  // Opening the dataset in Wasm (`new Checker(bytes)`: checksum, decode, stored search
  // tables), on a page of the server without the app's CSP so it may fetch the bytes.
  {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/www/data/manifest.json`);
    const opens = await page.evaluate(async () => {
      const wasm = await import('/pkg/sanctions_checker.js');
      await wasm.default();
      const manifest = await (await fetch('/www/data/manifest.json')).json();
      const bytes = new Uint8Array(await (await fetch(`/www/data/${manifest.index}`)).arrayBuffer());
      const out = [];
      for (let i = 0; i < 7; i++) {
        const t = performance.now();
        const checker = new wasm.Checker(bytes);
        out.push(performance.now() - t);
        checker.free();
      }
      return out;
    });
    const d = stats(opens);
    console.log(`dataset opened in Wasm (new Checker): median ${ms(d.median)}, max ${ms(d.max)} over ${d.n} opens`);
    await context.close();
  }

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });
  const times = await page.evaluate(async (queries) => {
    const { loadEngine } = await import('/www/engine.js');
    const engine = await loadEngine();
    // Warm-up: the first calls pay for lazily built structures and JIT tiers.
    for (const q of queries.slice(0, 50)) await engine.screen(q);
    const out = [];
    for (const q of queries) {
      const t = performance.now();
      await engine.screen(q);
      out.push(performance.now() - t);
    }
    return out;
  }, queries);
  const q = stats(times);
  console.log(
    `one partner check (engine in its worker, round trip): median ${ms(q.median)}, ` +
      `p99 ${ms(q.p99)}, max ${ms(q.max)} over ${q.n} queries`,
  );
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
