#!/usr/bin/env node
// Browser benchmark of goods screening: code lookup and description search, timed inside
// headless Chromium against the real engine (pkg/) and the default dataset (www/data/).
//   node scripts/bench-goods.mjs            (after `make wasm dataset`)
// Prints median and p99 per call in milliseconds. The first description search also builds
// the search index (once per page load); it is reported on its own line.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './serve.mjs';
import { launchBrowser, requireBuilt } from '../tests/web/helpers.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Codes: every CHPL code in three writings, plus short and EAEU codes.
const chpl = readFileSync(
  path.join(process.env.SANCTIONS_DATA ?? path.join(ROOT, '..', 'shared', 'data'), 'goods', 'sanctions', 'chpl_2024-02-23.csv'),
  'utf8',
)
  .split('\n')
  .slice(1)
  .map((l) => l.split(',')[0])
  .filter((c) => /^\d{6}$/.test(c));
const codes = [
  ...chpl,
  ...chpl.map((c) => `${c.slice(0, 4)}.${c.slice(4)}`),
  ...chpl.map((c) => `${c}0000`),
  '85', '84', '8542', '9013', '7401 00 00', '8471 80 00', '0101', '9999',
];
const queries = readFileSync(path.join(ROOT, 'tests', 'data', 'goods_queries.csv'), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#') && !l.startsWith('query,'))
  .map((l) => l.slice(0, l.lastIndexOf(',', l.lastIndexOf(',') - 1)).replace(/^"|"$/g, ''));

requireBuilt();
const server = await startServer({ port: 0 });
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });
  const result = await page.evaluate(
    async ({ codes, queries, rounds }) => {
      const { loadEngine } = await import('/www/engine.js');
      const engine = await loadEngine();
      const time = async (fn) => {
        const t = performance.now();
        await fn();
        return performance.now() - t;
      };
      const firstSearch = await time(() => engine.goodsText('ball bearings', 10));
      const code = [];
      const text = [];
      const slowest = new Map();
      for (let r = 0; r < rounds; r++) {
        for (const c of codes) {
          const ms = await time(() => engine.goodsCode(c));
          code.push(ms);
          slowest.set(c, Math.max(ms, slowest.get(c) ?? 0));
        }
        for (const q of queries) text.push(await time(() => engine.goodsText(q, 10)));
      }
      // Chromium rounds performance.now() to 0.1 ms, so also the mean of whole batches.
      const batch = async (items, fn) => {
        const t = performance.now();
        for (const x of items) await fn(x);
        return (performance.now() - t) / items.length;
      };
      const codeMean = await batch(codes, (c) => engine.goodsCode(c));
      const textMean = await batch(queries, (q) => engine.goodsText(q, 10));
      const worst = [...slowest].sort((a, b) => b[1] - a[1]).slice(0, 5);
      return { firstSearch, code, text, worst, codeMean, textMean };
    },
    { codes, queries, rounds: 5 },
  );
  const stats = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const at = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
    return `median ${at(0.5).toFixed(3)} ms, p99 ${at(0.99).toFixed(3)} ms, max ${s.at(-1).toFixed(3)} ms (${s.length} calls)`;
  };
  console.log(`[bench-goods] Chromium ${browser.version()}, default dataset`);
  console.log(`[bench-goods] code lookup:        ${stats(result.code)}; batch mean ${result.codeMean.toFixed(3)} ms`);
  console.log(`[bench-goods] description search: ${stats(result.text)}; batch mean ${result.textMean.toFixed(3)} ms`);
  console.log(
    `[bench-goods] slowest codes: ${result.worst.map(([c, ms]) => `${c} ${ms.toFixed(1)} ms`).join(', ')}`,
  );
  console.log(`[bench-goods] first search (builds the search index): ${result.firstSearch.toFixed(1)} ms`);
} finally {
  await browser.close();
  await server.close();
}
