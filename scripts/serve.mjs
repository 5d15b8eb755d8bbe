#!/usr/bin/env node
// A zero-dependency static server for the repository root, so the page can be used and tested
// over http:// (browsers refuse ES modules and fetch() from file://; the offline build is the
// file:// answer). It only listens on 127.0.0.1: the page needs no server beyond delivery, and
// nothing a user types ever reaches this process.
//
//   node scripts/serve.mjs [--port N]     (N = 0 picks a free port)
//   import { startServer } from './serve.mjs'; const { url, close } = await startServer({ port: 0 });

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
);
const DEFAULT_PORT = 8080;
const WORKER_CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'";

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  // application/wasm is what lets the browser compile while downloading
  // (WebAssembly.instantiateStreaming); any other type makes it fall back and warn.
  '.wasm': 'application/wasm',
  '.bin': 'application/octet-stream',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

/**
 * Maps a request path onto a file under `root`, or returns null to refuse it. Decoding happens
 * before the checks so `%2e%2e/` cannot sneak past them. Any `..` segment is refused outright
 * rather than clamped, and so are dot-files (.git, .tools): nothing there is for a browser.
 */
function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const segments = decoded.split(/[/\\]/);
  if (segments.some((s) => s === '..' || (s.startsWith('.') && s !== '.'))) {
    return null;
  }
  const resolved = path.resolve(
    root,
    '.' + path.posix.normalize('/' + decoded),
  );
  if (resolved !== root && !resolved.startsWith(root + path.sep)) return null;
  return resolved;
}

function send(res, status, message) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(message + '\n');
}

function handler(root) {
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      send(res, 405, 'Method not allowed');
      return;
    }
    // The raw path, not new URL(...).pathname: the URL parser would quietly resolve `..`
    // segments, and such a request should be refused, not answered with some other file.
    const pathname = req.url.split(/[?#]/, 1)[0];
    let file = resolveInside(root, pathname);
    if (file === null) {
      send(res, 403, 'Forbidden');
      return;
    }
    let info;
    try {
      info = await stat(file);
      if (info.isDirectory()) {
        file = path.join(file, 'index.html');
        info = await stat(file);
      }
    } catch {
      send(res, 404, `Not found: ${pathname}`);
      return;
    }
    if (!info.isFile()) {
      send(res, 404, `Not found: ${pathname}`);
      return;
    }
    res.writeHead(200, {
      'Content-Type':
        MIME_TYPES[path.extname(file).toLowerCase()] ??
        'application/octet-stream',
      'Content-Length': info.size,
      // The dataset is rebuilt in place during development; a cached manifest that names an old
      // index file would show stale lists, which for sanctions is worse than a slower reload.
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      // A worker does not inherit the page's <meta> policy: it runs under the policy sent with
      // its own script. The engine's worker (www/worker.js) fetches only the engine and the
      // lists from this server, and this header holds it to exactly that.
      ...(file.endsWith('.js') ? { 'Content-Security-Policy': WORKER_CSP } : {}),
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  };
}

/**
 * Starts the server on 127.0.0.1. `port: 0` lets the system pick a free port, which tests use
 * so several runs never collide.
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startServer({ port = 0, root = REPO_ROOT } = {}) {
  const absoluteRoot = path.resolve(root);
  const server = createServer(handler(absoluteRoot));
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = server.address().port;
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    port: actualPort,
    close: () =>
      new Promise((resolve) => {
        // Browsers keep connections alive; without this, close() would wait for them to time out.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function parsePort(argv) {
  const i = argv.indexOf('--port');
  if (i === -1) return DEFAULT_PORT;
  const value = argv[i + 1];
  const port = Number(value);
  if (
    value === undefined ||
    !Number.isInteger(port) ||
    port < 0 ||
    port > 65535
  ) {
    console.error(
      `--port needs a number from 0 to 65535 (got ${value ?? 'nothing'})`,
    );
    process.exit(2);
  }
  return port;
}

if (
  process.argv[1] &&
  path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
) {
  const port = parsePort(process.argv.slice(2));
  try {
    const { url } = await startServer({ port });
    console.log(`Serving sanctions-checker at ${url}`);
  } catch (err) {
    const reason =
      err.code === 'EADDRINUSE'
        ? `port ${port} is already in use; pick another with --port N (0 = any free port)`
        : err.message;
    console.error(`Could not start the server: ${reason}`);
    process.exit(1);
  }
}
