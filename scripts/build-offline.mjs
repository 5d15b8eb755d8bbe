#!/usr/bin/env node
// Builds dist/sanctions-checker.html: the whole checker in one file that works when opened from
// disk (file://) with no network at all, for traders who cannot or will not use a web page.
//
// The markup is index.html itself, so the two pages cannot drift apart. Into it go:
//   - the CSS, inline in a <style>;
//   - the Wasm and the dataset, base64 in <script type="application/octet-stream"> data blocks,
//     which browsers never execute and CSP therefore does not govern; app.js finds them by id
//     and hands the bytes to loadEngine({ wasm, dataset });
//   - app.js + engine.js + pkg/ bundled by esbuild into one classic inline <script>, because
//     browsers refuse ES module imports from file://.
// The CSP allows exactly those two inline blocks by their SHA-256 hashes: no 'unsafe-inline'.

import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'dist', 'sanctions-checker.html');

function fail(message) {
  console.error(`[offline] ${message}`);
  process.exit(1);
}

function need(relative, hint) {
  const file = path.join(ROOT, relative);
  if (!existsSync(file)) fail(`${relative} is missing: ${hint}`);
  return file;
}

/** Replaces exactly one occurrence, and says so loudly when index.html no longer has it. */
function replaceOnce(html, search, replacement, what) {
  const at = html.indexOf(search);
  if (at === -1 || html.indexOf(search, at + search.length) !== -1) {
    fail(
      `index.html must contain ${what} exactly once (looked for: ${search})`,
    );
  }
  // A function replacement, so `$` sequences in the inserted text are taken literally.
  return html.replace(search, () => replacement);
}

function sha256(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

function megabytes(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

async function bundleScript() {
  const worker = await bundle('worker.js', {});
  return bundle('app.js', { __WORKER_SOURCE__: JSON.stringify(worker) });
}

/**
 * One www/ module with everything it imports, as a classic script. The page's script gets the
 * worker's bundle as a string constant (__WORKER_SOURCE__), started from a blob: URL.
 */
async function bundle(entry, define) {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    fail(
      'the npm package esbuild is not installed: run `npm ci` (or `make setup`) first',
    );
  }
  const result = await esbuild.build({
    entryPoints: [path.join(ROOT, 'www', entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    // The bundle has no module URL. Only the fetch path (never taken offline) reads it.
    define: { 'import.meta.url': 'undefined', ...define },
    logLevel: 'warning',
  });
  let code = result.outputFiles[0].text.trim();
  // The HTML parser ends a script at the first "</script", wherever it stands in the JS.
  // Inside JS strings, regexes and comments "<\/script" means the same thing.
  code = code.replace(/<\/(script)/gi, '<\\/$1');
  // "<!--" switches the HTML parser into a mode where a later "<script" hides the real end
  // tag. No rewrite of it is valid in every JS context, so refuse rather than guess.
  if (code.includes('<!--')) {
    fail('the bundled script contains "<!--"; it cannot be inlined safely');
  }
  return code;
}

async function main() {
  need('pkg/sanctions_checker.js', 'run `make wasm` first');
  const wasmFile = need(
    'pkg/sanctions_checker_bg.wasm',
    'run `make wasm` first',
  );
  const manifestFile = need(
    'www/data/manifest.json',
    'run `make dataset` first',
  );
  let manifest;
  try {
    manifest = JSON.parse(await readFile(manifestFile, 'utf8'));
  } catch (err) {
    fail(
      `www/data/manifest.json is not valid JSON (${err.message}): run \`make dataset\` again`,
    );
  }
  if (typeof manifest.index !== 'string') {
    fail(
      'www/data/manifest.json names no index file: run `make dataset` again',
    );
  }
  const datasetFile = need(
    `www/data/${manifest.index}`,
    'run `make dataset` again',
  );

  const [template, css, wasm, dataset, script] = await Promise.all([
    readFile(path.join(ROOT, 'index.html'), 'utf8'),
    readFile(path.join(ROOT, 'www', 'style.css'), 'utf8'),
    readFile(wasmFile),
    readFile(datasetFile),
    bundleScript(),
  ]);
  if (/<\/style/i.test(css)) {
    fail('www/style.css contains "</style", which would end the inline style');
  }

  const csp = [
    "default-src 'none'",
    `script-src ${sha256(script)} 'wasm-unsafe-eval'`,
    `style-src ${sha256(css)}`,
    'img-src data:',
    "connect-src 'none'",
    // The engine's worker is started from a blob: URL holding the worker bundle above.
    'worker-src blob:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

  let html = template;
  html = html.replace(
    /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")[^"]*(")/,
    (_, start, end) => start + csp + end,
  );
  if (!html.includes(csp)) {
    fail('index.html has no Content-Security-Policy <meta> to replace');
  }
  html = replaceOnce(
    html,
    '<link rel="stylesheet" href="www/style.css" />',
    `<style>${css}</style>`,
    'the stylesheet link',
  );
  html = replaceOnce(
    html,
    '<script type="module" src="www/app.js"></script>',
    '',
    'the app.js module script',
  );
  // The served page preloads its modules; here they are all in the one inline script.
  html = html.replace(/\s*<!-- Every module app\.js imports[\s\S]*?-->/, '');
  html = html.replace(/\s*<link rel="modulepreload"[^>]*>/g, '');
  if (html.includes('modulepreload')) fail('a modulepreload link is left in the offline page');
  // Last in <body>, so the whole page, data blocks included, exists when the script runs.
  html = replaceOnce(
    html,
    '</body>',
    `<script type="application/octet-stream" id="sanctions-checker-wasm">${wasm.toString('base64')}</script>\n` +
      `<script type="application/octet-stream" id="sanctions-checker-dataset">${dataset.toString('base64')}</script>\n` +
      `<script>${script}</script>\n</body>`,
    'one </body>',
  );

  await mkdir(path.dirname(OUT), { recursive: true });
  await writeFile(OUT, html);
  const size = Buffer.byteLength(html);
  console.log(
    `[offline] ${path.relative(ROOT, OUT)}: ${megabytes(size)} ` +
      `(engine ${megabytes(wasm.length)} and lists ${megabytes(dataset.length)} as base64, ` +
      `script ${megabytes(Buffer.byteLength(script))}, style ${megabytes(Buffer.byteLength(css))})`,
  );
}

await main();
