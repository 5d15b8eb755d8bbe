#!/usr/bin/env node
// Browser benchmark of the Batch tab: 10,000 partners screened in headless Chromium with the
// real engine (pkg/) and the default dataset (www/data/), loaded through the tab's file input
// exactly as a user would, and timed from "Check all rows" to the finished table.
//   node scripts/bench-batch.mjs [--rows N] [--listed 0.2]      (after `make wasm dataset`)
//
// The rows are made here: a share of real listed names, taken from the loaded dataset by
// screening a few common name words and then varied (case, word order, a dropped or doubled
// letter, an added legal form), and the rest realistic made-up names of people and companies
// from Kazakhstan, Russia and elsewhere that are on no list. No data file is copied.
//
// Prints the elapsed seconds, rows per second, the browser's CPU time (what the batch costs,
// whatever else the machine is doing), how many rows had possible matches, and how often
// progress was drawn (number of updates, the longest gap between two). BENCH_DEBUG=1 also lists
// every moment the page's timers ran more than 100 ms late. Target: 10,000 rows in at most
// 20 s with progress shown throughout.

import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { startServer } from './serve.mjs';
import { launchBrowser, requireBuilt } from '../tests/web/helpers.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const ROWS = arg('--rows', 10_000);
const LISTED_SHARE = arg('--listed', 0.2);
const TARGET_SECONDS = 20;

// A small deterministic generator, so two runs screen the same rows.
let seed = 20261123;
const random = () => {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
};
const pick = (list) => list[Math.floor(random() * list.length)];

const GIVEN = [
  'Aigerim', 'Nurlan', 'Dana', 'Timur', 'Saule', 'Arman', 'Madina', 'Yerlan', 'Askar', 'Gulnara',
  'Dmitry', 'Olga', 'Sergey', 'Natalia', 'Andrey', 'Elena', 'Pavel', 'Irina', 'Maxim', 'Anna',
  'John', 'Maria', 'Peter', 'Laura', 'Thomas', 'Sofia', 'Daniel', 'Emma', 'Lukas', 'Chen',
  'Айгерим', 'Нурлан', 'Дмитрий', 'Ольга', 'Ерлан', 'Мадина', 'Сергей', 'Наталья',
];
const FAMILY = [
  'Zhaksylykova', 'Omarbekuly', 'Tulegenova', 'Seitkali', 'Abdrakhmanov', 'Kassymova', 'Nurpeisov',
  'Smirnova', 'Kuznetsov', 'Volkova', 'Sokolov', 'Lebedeva', 'Morozov', 'Pavlova', 'Fedorov',
  'Schneider', 'Rossi', 'Novak', 'Jensen', 'Dubois', 'Garcia', 'Walker', 'Wang', 'Tanaka',
  'Жаксылыкова', 'Омарбеков', 'Смирнова', 'Кузнецов', 'Тулегенова', 'Соколов',
];
const PATRONYMIC = ['Ivanovich', 'Sergeevna', 'Petrovich', 'Bolatovna', 'Нурланович', 'Аскаровна', ''];
const COMPANY_WORDS = [
  'Almaty', 'Astana', 'Steppe', 'Caspian', 'Altyn', 'Nomad', 'Baikonur', 'Shymkent', 'Karaganda',
  'Agro', 'Logistic', 'Stroy', 'Service', 'Trans', 'Textile', 'Mebel', 'Food', 'Tech', 'Print',
  'Алтын', 'Степь', 'Строй', 'Сервис', 'Транс', 'Агро',
];
const COMPANY_FORMS = ['TOO', 'LLP', 'LLC', 'ТОО', 'ООО', 'GmbH', 'Ltd', 'JSC', 'АО', 'ИП'];

function madeUpName() {
  if (random() < 0.35) {
    const words = [pick(COMPANY_WORDS), pick(COMPANY_WORDS)];
    if (random() < 0.5) words.push(pick(COMPANY_WORDS));
    const form = pick(COMPANY_FORMS);
    return random() < 0.5 ? `${form} ${words.join(' ')}` : `${words.join(' ')} ${form}`;
  }
  const parts = [pick(GIVEN), pick(FAMILY)];
  const patronymic = pick(PATRONYMIC);
  if (patronymic && random() < 0.4) parts.splice(1, 0, patronymic);
  return random() < 0.3 ? parts.reverse().join(' ') : parts.join(' ');
}

/** A listed name as it might appear in a partner file: re-cased, reordered, misspelt. */
function variation(name) {
  const words = name.split(/\s+/).filter(Boolean);
  switch (Math.floor(random() * 6)) {
    case 0:
      return name;
    case 1:
      return name.toLowerCase();
    case 2:
      return words.length > 1 ? [...words.slice(1), words[0]].join(' ') : name;
    case 3: {
      // One letter dropped from the longest word.
      const i = words.reduce((best, w, j) => (w.length > words[best].length ? j : best), 0);
      const w = words[i];
      if (w.length < 5) return name;
      const k = 1 + Math.floor(random() * (w.length - 2));
      words[i] = w.slice(0, k) + w.slice(k + 1);
      return words.join(' ');
    }
    case 4: {
      const w = words[0];
      const k = Math.floor(random() * w.length);
      words[0] = w.slice(0, k + 1) + w[k] + w.slice(k + 1);
      return words.join(' ');
    }
    default:
      return `${name} ${pick(['LLC', 'Ltd', 'ТОО'])}`;
  }
}

/**
 * CPU seconds used so far by this script's child processes (the browser and its renderer and
 * worker processes), from /proc on Linux; null elsewhere. On a machine shared with other work,
 * elapsed time says how busy the machine was; CPU time says what the batch itself costs.
 */
function browserCpuSeconds() {
  try {
    const procs = new Map();
    for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        // Fields after the command name (which may contain spaces) in parentheses.
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        procs.set(Number(pid), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) });
      } catch {
        // The process ended meanwhile.
      }
    }
    const mine = new Set([process.pid]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const [pid, p] of procs) {
        if (!mine.has(pid) && mine.has(p.ppid)) {
          mine.add(pid);
          grew = true;
        }
      }
    }
    mine.delete(process.pid);
    let ticks = 0;
    for (const pid of mine) ticks += procs.get(pid).ticks;
    return ticks / 100; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

const csvCell = (s) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

requireBuilt();
const server = await startServer({ port: 0 });
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  await page.goto(server.url);
  await page.waitForSelector('body[data-state="ready"]', { timeout: 60_000 });

  // Real listed names, found by screening common name words against the loaded lists.
  const listed = await page.evaluate(async () => {
    const { loadEngine } = await import('/www/engine.js');
    const engine = await loadEngine();
    const seeds = [
      'Mohammad Ali', 'Ivan Petrov', 'Sergei Ivanov', 'Bank', 'Trading Company', 'Ahmed Hassan',
      'Kim Jong', 'Abdul Rahman', 'Vladimir', 'Shipping', 'Industries', 'Alexander', 'Igor',
      'Oil Company', 'Investment', 'Petroleum', 'Aviation', 'Group', 'Yusuf', 'Dmitry',
    ];
    const names = new Set();
    for (const name of seeds) {
      const report = await engine.screen({ name, threshold: 0.5, limit: 50 });
      for (const hit of report.hits) names.add(hit.name);
    }
    return [...names];
  });
  if (listed.length < 20) throw new Error(`only ${listed.length} listed names found to vary`);

  const lines = ['Reference,Name,Country'];
  let listedRows = 0;
  for (let i = 0; i < ROWS; i++) {
    const fromList = random() < LISTED_SHARE;
    if (fromList) listedRows += 1;
    const name = fromList ? variation(pick(listed)) : madeUpName();
    lines.push([`B-${String(i + 1).padStart(5, '0')}`, csvCell(name), pick(['KZ', 'RU', 'CN', 'TR', ''])].join(','));
  }
  const csv = Buffer.from(lines.join('\r\n'), 'utf8');

  await page.click('#tab-batch');
  await page.setInputFiles('#batch-file', { name: 'bench.csv', mimeType: 'text/csv', buffer: csv });
  await page.waitForSelector('#batch-start:not([disabled])', { timeout: 60_000 });

  // Records each time the progress count on the page changes, with the page's own clock, and
  // how late the page's timers run (a frozen page would show long delays here).
  await page.evaluate(() => {
    window.__bench = { updates: [], lag: 0, lags: [] };
    const run = document.querySelector('[data-testid=batch-run]');
    new MutationObserver(() => {
      window.__bench.updates.push([performance.now(), Number(run.dataset.done)]);
    }).observe(run, { attributes: true, attributeFilter: ['data-done'] });
    let last = performance.now();
    window.__bench.timer = setInterval(() => {
      const now = performance.now();
      window.__bench.lag = Math.max(window.__bench.lag, now - last - 50);
      if (now - last - 50 > 100) window.__bench.lags.push([Math.round(now), Math.round(now - last - 50)]);
      last = now;
    }, 50);
  });

  const before = await page.getAttribute('[data-testid=batch-results]', 'data-runs');
  const started = await page.evaluate(() => performance.now());
  const cpuBefore = browserCpuSeconds();
  await page.click('#batch-start');
  await page.waitForFunction(
    (previous) => document.querySelector('[data-testid=batch-results]').dataset.runs !== previous,
    before ?? undefined,
    { timeout: 600_000, polling: 250 },
  );
  const cpuAfter = browserCpuSeconds();
  const result = await page.evaluate((t0) => {
    clearInterval(window.__bench.timer);
    const ended = performance.now();
    const times = [t0, ...window.__bench.updates.map(([t]) => t), ended];
    let maxGap = 0;
    for (let i = 1; i < times.length; i++) maxGap = Math.max(maxGap, times[i] - times[i - 1]);
    return {
      seconds: (ended - t0) / 1000,
      updates: window.__bench.updates.length,
      maxGap,
      lag: window.__bench.lag,
      lastDone: window.__bench.updates.at(-1)?.[1] ?? 0,
      lags: window.__bench.lags.map(([t, l]) => `${l} ms at ${((t - t0) / 1000).toFixed(1)} s`),
      message: document.querySelector('[data-testid=batch-message]')?.textContent,
      summary: document.querySelector('[data-testid=batch-summary]')?.textContent,
    };
  }, started);

  const rate = ROWS / result.seconds;
  console.log(`rows:                ${ROWS.toLocaleString('en-US')} (${listedRows} varied listed names, ${listed.length} distinct listed names used)`);
  console.log(`elapsed:             ${result.seconds.toFixed(2)} s (target ≤ ${TARGET_SECONDS} s)`);
  console.log(`throughput:          ${Math.round(rate).toLocaleString('en-US')} rows/s`);
  if (cpuBefore !== null) {
    const cpu = cpuAfter - cpuBefore;
    console.log(`browser CPU time:    ${cpu.toFixed(1)} s in all its processes (${((cpu * 1000) / ROWS).toFixed(2)} ms per row)`);
  }
  console.log(`progress updates:    ${result.updates} (last at ${result.lastDone.toLocaleString('en-US')} rows)`);
  console.log(`longest gap:         ${Math.round(result.maxGap)} ms between progress updates`);
  console.log(`page timer lag:      ${Math.round(result.lag)} ms at worst (how long the page was busy)`);
  if (process.env.BENCH_DEBUG) console.log(`lags over 100 ms:   ${result.lags.join(', ') || 'none'}`);
  console.log(`page says:           ${result.message}`);
  console.log(`summary:             ${result.summary}`);
  if (errors.length > 0) console.log(`page errors:         ${errors.join(' | ')}`);
  // Other work on the machine slows the engine down; the load says how busy it was.
  console.log(`machine:             ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log(result.seconds <= TARGET_SECONDS ? 'within target' : 'OVER TARGET');
} finally {
  await browser.close();
  await server.close();
}
