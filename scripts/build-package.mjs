#!/usr/bin/env node
// Makes pkg/ the npm package `sanctions-checker`, around the wasm-bindgen output that
// scripts/build-wasm.sh leaves there:
//   index.js, index.d.ts   the ES-module API (embed/api.js) and its types
//   node.js                the same API for Node, reading files from disk (embed/node.js)
//   element.js, define.js  the <sanctions-checker> element (embed/element.js bundled with its
//                          strings; its engine import stays external, mapped to ./index.js)
//                          and the file that registers its default tag; element.d.ts
//   frame.html, frame.js   the iframe embed and its postMessage protocol (embed/frame.*)
//   data/default.bin       the default dataset (www/data, from `make dataset`)
//   package.json, README.md
// `npm pack ./pkg` then yields the tarball (the ./ matters: `npm pack pkg` fetches the registry's
// package named pkg). Run after build-wasm.sh and build-dataset.sh.

import { existsSync, readdirSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PKG = path.join(ROOT, 'pkg');

function fail(message) {
  console.error(`[package] ${message}`);
  process.exit(1);
}

function need(relative, hint) {
  const file = path.join(ROOT, relative);
  if (!existsSync(file)) fail(`${relative} is missing: ${hint}`);
  return file;
}

/** The crate's version: one version for the engine and the package. */
async function crateVersion() {
  const toml = await readFile(path.join(ROOT, 'Cargo.toml'), 'utf8');
  const version = toml.match(/^version\s*=\s*"([^"]+)"/m)?.[1];
  if (!version) fail('Cargo.toml has no version line');
  return version;
}

/** The dataset www/data/manifest.json names (the one the page loads). */
function defaultDataset() {
  const dir = need('www/data', 'run `make dataset` first');
  const bins = readdirSync(dir).filter((f) => /^index\.[0-9a-f]+\.bin$/.test(f));
  if (bins.length !== 1) {
    fail(`www/data must hold exactly one index.*.bin (found ${bins.length}); run \`make dataset\``);
  }
  return path.join(dir, bins[0]);
}

const FILES = [
  'index.js',
  'index.d.ts',
  'node.js',
  'element.js',
  'element.d.ts',
  'define.js',
  'frame.html',
  'frame.js',
  'frame.css',
  'sanctions_checker.js',
  'sanctions_checker.d.ts',
  'sanctions_checker_bg.wasm',
  'sanctions_checker_bg.wasm.d.ts',
  'data/',
  'README.md',
];

function packageJson(version) {
  return {
    name: 'sanctions-checker',
    version,
    description:
      'Sanctions screening (UN, OFAC, EU, UK, Canada, Australia lists) and goods restrictions, ' +
      'in WebAssembly: runs in the browser or Node, names never leave the device',
    license: 'MIT OR Apache-2.0',
    type: 'module',
    main: './index.js',
    types: './index.d.ts',
    exports: {
      '.': {
        types: './index.d.ts',
        node: './node.js',
        default: './index.js',
      },
      './element': { types: './element.d.ts', default: './element.js' },
      './define': { types: './element.d.ts', default: './define.js' },
      './sanctions_checker_bg.wasm': './sanctions_checker_bg.wasm',
      './data/default.bin': './data/default.bin',
      './package.json': './package.json',
    },
    files: FILES,
    // define.js registers the tag and frame.js runs the iframe page: a bundler must keep both.
    sideEffects: ['./define.js', './frame.js'],
    // 20: the oldest Node the package tests run on (global fetch, Blob, File, structuredClone).
    engines: { node: '>=20' },
    keywords: ['sanctions', 'screening', 'ofac', 'compliance', 'webassembly', 'kyc'],
  };
}

/**
 * The element as one ES module: its strings and helpers from www/ bundled in, the engine API
 * left as an import of ./index.js so that the element and the host's own `load()` share one
 * module instance (one Wasm compile, one engine cache). define.js imports ./element.js the
 * same way, so registering the tag never makes a second copy of the class.
 */
async function bundleElement() {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    fail('the npm package esbuild is not installed: run `npm ci` (or `make setup`) first');
  }
  const externals = { './api.js': './index.js', './element.js': './element.js' };
  const keepExternal = {
    name: 'package-imports',
    setup(build) {
      build.onResolve({ filter: /^\.\/(api|element)\.js$/ }, (args) =>
        args.kind === 'entry-point' ? undefined : { path: externals[args.path], external: true },
      );
    },
  };
  for (const entry of ['element.js', 'define.js']) {
    await esbuild.build({
      entryPoints: [path.join(ROOT, 'embed', entry)],
      outfile: path.join(PKG, entry),
      bundle: true,
      format: 'esm',
      target: 'es2022',
      plugins: [keepExternal],
      legalComments: 'none',
      logLevel: 'warning',
    });
  }
}

async function main() {
  need('pkg/sanctions_checker.js', 'run scripts/build-wasm.sh first');
  const version = await crateVersion();
  await mkdir(path.join(PKG, 'data'), { recursive: true });
  await copyFile(path.join(ROOT, 'embed/api.js'), path.join(PKG, 'index.js'));
  await copyFile(path.join(ROOT, 'embed/node.js'), path.join(PKG, 'node.js'));
  await copyFile(path.join(ROOT, 'embed/index.d.ts'), path.join(PKG, 'index.d.ts'));
  await copyFile(path.join(ROOT, 'embed/element.d.ts'), path.join(PKG, 'element.d.ts'));
  await bundleElement();
  // The iframe embed: frame.js imports ./element.js, which the package has as it is.
  for (const file of ['frame.html', 'frame.js', 'frame.css']) {
    await copyFile(path.join(ROOT, 'embed', file), path.join(PKG, file));
  }
  await copyFile(path.join(ROOT, 'embed/README.md'), path.join(PKG, 'README.md'));
  await copyFile(defaultDataset(), path.join(PKG, 'data/default.bin'));
  const json = packageJson(version);
  await writeFile(path.join(PKG, 'package.json'), `${JSON.stringify(json, null, 2)}\n`);
  console.log(`[package] pkg/: sanctions-checker ${version} (npm pack ./pkg makes the tarball)`);
  // The classic-script build inlines pkg/'s engine and dataset: made from them, after them.
  const { buildClassic } = await import('./build-classic.mjs');
  await buildClassic();
}

await main();
