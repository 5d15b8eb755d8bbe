#!/usr/bin/env node
// Builds dist/sanctions-checker.classic.js: the element and the API as one classic script
// (an IIFE, no modules), with the Wasm engine and the default dataset inlined as base64 so a
// page opened from file:// fetches nothing. Run after build-package.mjs has filled pkg/
// (build-package.mjs calls it at its end).

import { readFile, stat } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'dist', 'sanctions-checker.classic.js');

export async function buildClassic() {
  const esbuild = await import('esbuild');
  const wasm = await readFile(path.join(ROOT, 'pkg', 'sanctions_checker_bg.wasm'));
  const dataset = await readFile(path.join(ROOT, 'pkg', 'data', 'default.bin'));
  const embed = path.join(ROOT, 'embed');
  const classic = {
    name: 'classic',
    setup(build) {
      // The element's engine import goes to the API with the inlined files.
      build.onResolve({ filter: /^\.\/api\.js$/ }, (args) =>
        args.importer === path.join(embed, 'element.js')
          ? { path: path.join(embed, 'classic-api.js') }
          : undefined,
      );
      build.onResolve({ filter: /^classic:inline$/ }, () => ({ path: 'inline', namespace: 'classic' }));
      build.onLoad({ filter: /.*/, namespace: 'classic' }, () => ({
        contents:
          `export const WASM_BASE64 = ${JSON.stringify(wasm.toString('base64'))};\n` +
          `export const DATASET_BASE64 = ${JSON.stringify(dataset.toString('base64'))};\n`,
        loader: 'js',
      }));
      // api.js imports the wasm-bindgen glue from next to itself; in the repo that is pkg/.
      build.onResolve({ filter: /^\.\/sanctions_checker\.js$/ }, () => ({
        path: path.join(ROOT, 'pkg', 'sanctions_checker.js'),
      }));
    },
  };
  mkdirSync(path.dirname(OUT), { recursive: true });
  await esbuild.build({
    entryPoints: [path.join(embed, 'classic.js')],
    outfile: OUT,
    bundle: true,
    format: 'iife',
    target: 'es2022',
    plugins: [classic],
    // A classic script has no import.meta: the default URLs are only names here (the inlined
    // bytes are always passed), so the page's address stands in as their base.
    define: { 'import.meta.url': 'location.href' },
    legalComments: 'none',
    logLevel: 'warning',
  });
  const { size } = await stat(OUT);
  console.log(
    `[classic] dist/sanctions-checker.classic.js: ${(size / 1e6).toFixed(1)} MB ` +
      `(engine ${(wasm.length / 1e6).toFixed(1)} MB and dataset ${(dataset.length / 1e6).toFixed(1)} MB inlined as base64)`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await buildClassic();
