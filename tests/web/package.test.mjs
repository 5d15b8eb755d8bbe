// The npm package as a stranger gets it: `npm pack ./pkg`, the tarball installed into a fresh
// project in a temp folder, then used (c) from Node, through the CSV example and the API
// directly, (a) from a plain <script type="module"> under a strict CSP, (b) through a Vite build,
// and (d) from TypeScript with --strict. Everything runs against the real engine and the real
// default dataset inside the installed tarball; nothing reads pkg/ from the repository.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import {
  copyFile,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { startServer } from '../../scripts/serve.mjs';
import {
  ROOT,
  assertNoErrors,
  builtManifest,
  launchBrowser,
  openPage,
  screenshot,
} from './helpers.mjs';

const EXAMPLES = path.join(ROOT, 'examples');
const VITE = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
const TSC = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The official UN list, where the Makefile looks for the lists (SANCTIONS_DATA, LISTS_DIR).
const LISTS_DIR =
  process.env.LISTS_DIR ??
  path.join(
    process.env.SANCTIONS_DATA ?? path.resolve(ROOT, '..', 'shared', 'data'),
    'lists',
  );

/** The newest un/<date>/consolidated.xml under LISTS_DIR, or null. */
function unListFile() {
  const dir = path.join(LISTS_DIR, 'un');
  if (!existsSync(dir)) return null;
  const dates = readdirSync(dir)
    .filter((d) => existsSync(path.join(dir, d, 'consolidated.xml')))
    .sort();
  return dates.length ? path.join(dir, dates.at(-1), 'consolidated.xml') : null;
}

/** Runs a command; resolves with its exit code and output whatever the code (never rejects on it). */
function run(command, args, { cwd, timeout = 60_000 } = {}) {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      {
        cwd,
        timeout,
        maxBuffer: 16 * 1024 * 1024,
        env: { ...process.env, NO_COLOR: '1' },
      },
      (err, stdout, stderr) => {
        if (err && typeof err.code !== 'number') reject(err);
        else resolve({ code: err ? err.code : 0, stdout, stderr });
      },
    );
  });
}

/** Like run, but a non-zero exit fails with the command's output. */
async function ok(command, args, options) {
  const result = await run(command, args, options);
  assert.equal(
    result.code,
    0,
    `${command} ${args.join(' ')} failed (exit ${result.code}):\n${result.stdout}\n${result.stderr}`,
  );
  return result;
}

let temp;
let project;
let packed;
let browser;

before(async () => {
  const needed = [
    'pkg/package.json',
    'pkg/index.js',
    'pkg/sanctions_checker_bg.wasm',
    'pkg/data/default.bin',
  ];
  const missing = needed.filter((f) => !existsSync(path.join(ROOT, f)));
  if (missing.length) {
    throw new Error(
      `the package is not built (missing ${missing.join(', ')}): run \`make wasm dataset package\``,
    );
  }
  for (const [tool, file] of [
    ['vite', VITE],
    ['typescript', TSC],
  ]) {
    if (!existsSync(file))
      throw new Error(
        `${tool} is not installed: run \`npm ci\` (or \`make setup\`)`,
      );
  }
  if (!existsSync(CHROMIUM))
    throw new Error(`no Chromium at ${CHROMIUM}: run \`make setup-browser\``);

  temp = await mkdtemp(path.join(tmpdir(), 'sanctions-checker-package-'));
  // ./pkg, not pkg: `npm pack pkg` would fetch the registry's package called "pkg".
  const { stdout } = await ok(
    'npm',
    ['pack', './pkg', '--json', '--pack-destination', temp],
    { cwd: ROOT },
  );
  [packed] = JSON.parse(stdout);

  project = path.join(temp, 'project');
  await mkdir(project);
  await ok('npm', ['init', '-y'], { cwd: project });
  const manifestFile = path.join(project, 'package.json');
  const json = JSON.parse(await readFile(manifestFile, 'utf8'));
  await writeFile(
    manifestFile,
    JSON.stringify({ ...json, type: 'module' }, null, 2),
  );
  await ok(
    'npm',
    [
      'install',
      path.join(temp, packed.filename),
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
    ],
    { cwd: project },
  );
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  if (temp) await rm(temp, { recursive: true, force: true });
});

test('npm pack ./pkg makes a tarball with the API, types, engine and dataset and nothing else', async () => {
  const files = packed.files.map((f) => f.path).sort();
  console.log(
    `  ${packed.filename}: ${(packed.size / 1e6).toFixed(1)} MB packed, ` +
      `${(packed.unpackedSize / 1e6).toFixed(1)} MB unpacked, ${files.length} files:\n` +
      packed.files
        .map((f) => `    ${String(f.size).padStart(9)}  ${f.path}`)
        .join('\n'),
  );
  assert.equal(packed.name, 'sanctions-checker');
  for (const file of [
    'package.json',
    'README.md',
    'index.js',
    'index.d.ts',
    'node.js',
    'sanctions_checker.js',
    'sanctions_checker.d.ts',
    'sanctions_checker_bg.wasm',
    'data/default.bin',
    'element.js',
    'element.d.ts',
    'define.js',
    'frame.html',
    'frame.js',
    'frame.css',
  ]) {
    assert.ok(files.includes(file), `${file} is in the tarball`);
  }
  // Every file the package's exports point at must ship, or an import fails only for users.
  const pkg = JSON.parse(
    await readFile(
      path.join(project, 'node_modules/sanctions-checker/package.json'),
      'utf8',
    ),
  );
  // The values of `exports` (conditions nest), not its keys: './element' names no file.
  const targetsOf = (value) =>
    typeof value === 'string'
      ? [value.slice(2)]
      : Object.values(value).flatMap(targetsOf);
  const targets = targetsOf(pkg.exports);
  for (const target of targets.filter((t) => !t.includes('*'))) {
    assert.ok(
      files.includes(target),
      `exports target ./${target} is in the tarball`,
    );
  }
  assert.deepEqual(
    Object.keys(pkg.exports['.']),
    ['types', 'node', 'default'],
    'types first, then node, then default',
  );
  assert.equal(pkg.type, 'module');
  assert.equal(pkg.types, './index.d.ts');
  assert.match(pkg.version, /^\d+\.\d+\.\d+/);
  assert.ok(
    pkg.license && pkg.description && pkg.engines?.node,
    'license, description and engines are set',
  );
  // Nothing from the build or the repository: no dotfiles, tests, sources, maps or tarballs.
  const stray = files.filter((f) =>
    /(^|\/)\.|\.(tgz|map|rs|toml)$|^(src|tests?|target)\//.test(f),
  );
  assert.deepEqual(stray, []);
  // The README is the package's own, with its examples, not a placeholder.
  assert.match(
    await readFile(
      path.join(project, 'node_modules/sanctions-checker/README.md'),
      'utf8',
    ),
    /npm install sanctions-checker/,
  );
  assert.ok(
    packed.size < 10e6,
    `the tarball stays under 10 MB (${packed.size} bytes)`,
  );
});

test('the CSV example screens partners in Node: a listed name hits UN, a made-up one does not, a bad row is reported', async () => {
  await copyFile(
    path.join(EXAMPLES, 'node', 'screen-csv.mjs'),
    path.join(project, 'screen-csv.mjs'),
  );
  await writeFile(
    path.join(project, 'partners.csv'),
    [
      'name,type,dob,country,identifier',
      'Eric Badege,person,,,',
      'Zorblat Quinterfax,company,,,',
      '"Бадеге, Эрик",individual,,,',
      '"Smith, ""Johnny""",person,1970-13-45,GB,',
      '',
    ].join('\r\n'),
  );
  const { code, stdout, stderr } = await run(
    'node',
    [
      'screen-csv.mjs',
      'partners.csv',
      '--threshold',
      '0.8',
      '--lists',
      'un-sc',
    ],
    { cwd: project },
  );
  const lines = stdout.trimEnd().split('\n');
  assert.equal(lines[0], 'row,name,list,listed_name,score,entity_id');
  assert.equal(lines.length, 5, `one line per row:\n${stdout}\n${stderr}`);
  assert.match(
    lines[1],
    /^2,Eric Badege,un-sc,[^,]*BADEGE[^,]*,(0\.9\d\d|1\.000),un-sc:CDi\.001$/,
  );
  assert.equal(
    lines[2],
    '3,Zorblat Quinterfax,,,,',
    'no hit for a made-up name',
  );
  assert.match(
    lines[3],
    /^4,"Бадеге, Эрик",un-sc,[^,]*BADEGE[^,]*,0\.9\d\d,un-sc:CDi\.001$/,
  );
  assert.equal(
    lines[4],
    '5,"Smith, ""Johnny""",,,,',
    'the bad row keeps its line, quoted back',
  );
  assert.match(
    stderr,
    /row 5: not screened: date of birth: "1970-13-45" is not a date/,
  );
  assert.match(
    stderr,
    /screened 3 of 4 rows against un-sc: 2 with a hit, 1 not screened/,
  );
  assert.equal(code, 1, 'hits give exit status 1');

  await writeFile(
    path.join(project, 'clean.csv'),
    'name\nZorblat Quinterfax\n',
  );
  const clean = await run('node', ['screen-csv.mjs', 'clean.csv'], {
    cwd: project,
  });
  assert.equal(clean.code, 0, `no hit gives exit status 0: ${clean.stderr}`);
  assert.equal(
    clean.stdout,
    'row,name,list,listed_name,score,entity_id\n2,Zorblat Quinterfax,,,,\n',
  );

  const missing = await run('node', ['screen-csv.mjs', 'nowhere.csv'], {
    cwd: project,
  });
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /cannot read nowhere\.csv: no such file/);
  const badList = await run(
    'node',
    ['screen-csv.mjs', 'clean.csv', '--lists', 'un'],
    { cwd: project },
  );
  assert.equal(badList.code, 2);
  assert.match(
    badList.stderr,
    /--lists: "un" is not a list id; use any of .*un-sc/,
    'a wrong list id names the right ones',
  );
});

test('the API from Node: screen, compare, goods, manifest, loadListFiles and clear errors', async (t) => {
  const unFile = unListFile();
  const script = `
    import { load, loadListFiles, SanctionsCheckerError } from 'sanctions-checker';
    const out = {};
    const engine = await load();
    out.badege = engine.screen({ name: 'Eric Badege', lists: ['un-sc'] }).hits
      .map((h) => ({ list: h.list, id: h.entity_id, name: h.name, score: h.score }));
    out.putin = [...new Set(engine.screen('Vladimir Putin').hits.map((h) => h.list))];
    out.madeUp = engine.screen('Zorblat Quinterfax').hits.length;
    out.compare = [engine.compare('Vladimir Putin', 'Владимир Путин'), engine.compare('Vladimir Putin', 'Maria Gonzalez')];
    const goods = engine.goods('8471 30');
    out.goods = { status: goods.status, code: goods.code, matches: goods.matches.length };
    out.manifest = engine.manifest();
    out.errors = {};
    const wrong = {
      badDate: () => engine.screen({ name: 'Ivan Petrov', dob: '1970-13-45' }),
      notAName: () => engine.screen(42),
      badCode: () => engine.goods('12345678901'),
      notADataset: () => load({ dataset: new Uint8Array([1, 2, 3]) }),
      noFiles: () => loadListFiles([]),
      missingFile: () => loadListFiles(['/nonexistent/consolidated.xml']),
      notAList: () => loadListFiles([{ name: 'notes.xml', bytes: new TextEncoder().encode('<notes/>') }]),
    };
    for (const [key, call] of Object.entries(wrong)) {
      try { await call(); out.errors[key] = null; }
      catch (err) { out.errors[key] = { ours: err instanceof SanctionsCheckerError, error: err instanceof Error, name: err.name, message: err.message }; }
    }
    const unFile = process.argv[2];
    if (unFile) {
      const built = await loadListFiles([unFile], { built: '2026-03-01T00:00:00Z' });
      const fresh = await load({ dataset: built });
      out.built = { manifest: built.manifest, hits: fresh.screen('Eric Badege').hits.map((h) => h.entity_id) };
      const update = await engine.loadListFiles([unFile]);
      out.update = { changes: update.changes, goods: update.manifest.goods !== null };
    }
    console.log(JSON.stringify(out));
  `;
  await writeFile(path.join(project, 'api.mjs'), script);
  const result = await ok('node', ['api.mjs', ...(unFile ? [unFile] : [])], {
    cwd: project,
  });
  const out = JSON.parse(result.stdout);

  assert.ok(out.badege.length >= 1, 'Eric Badege is found');
  assert.deepEqual(
    out.badege.map((h) => h.list),
    out.badege.map(() => 'un-sc'),
    'the lists filter keeps only UN hits',
  );
  assert.equal(out.badege[0].id, 'un-sc:CDi.001');
  assert.match(out.badege[0].name, /BADEGE/);
  assert.ok(
    out.putin.length >= 2,
    `Vladimir Putin is on several lists (${out.putin})`,
  );
  assert.equal(out.madeUp, 0, 'a made-up name gives no hit');
  assert.ok(
    out.compare[0] > 0.9,
    `a Cyrillic spelling scores as the same name (${out.compare[0]})`,
  );
  assert.ok(
    out.compare[1] < 0.5,
    `two different names score low (${out.compare[1]})`,
  );
  assert.equal(out.goods.code, '847130');
  assert.equal(out.goods.status, 'restricted');
  assert.ok(out.goods.matches > 0);

  // The tarball's dataset is the one the page loads: the same lists, dates and counts.
  const expected = builtManifest();
  assert.deepEqual(
    out.manifest.sources.map(({ list, published, entities }) => ({
      list,
      published,
      entities,
    })),
    expected.sources.map(({ list, published, entities }) => ({
      list,
      published,
      entities,
    })),
  );
  assert.ok(out.manifest.goods, 'the default dataset has the goods tables');

  const messages = {
    badDate:
      /date of birth: "1970-13-45" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD/,
    notAName:
      /screen: give a name, or an object with a `name` string, not number 42/,
    badCode: /has 11 digits/,
    notADataset: /not a sanctions-checker dataset/,
    noFiles: /no files were given/,
    missingFile:
      /could not be read from \/nonexistent\/consolidated\.xml \(ENOENT\)/,
    notAList: /notes\.xml: not a sanctions list this tool can read/,
  };
  for (const [key, message] of Object.entries(messages)) {
    const err = out.errors[key];
    assert.ok(err, `${key} throws`);
    assert.ok(
      err.ours && err.error,
      `${key} throws a SanctionsCheckerError (an Error)`,
    );
    assert.equal(err.name, 'SanctionsCheckerError');
    assert.match(err.message, message, key);
  }

  if (!unFile) {
    t.skip(
      `no UN list file under ${LISTS_DIR}/un/*/consolidated.xml (set SANCTIONS_DATA or LISTS_DIR)`,
    );
    return;
  }
  const [un] = out.built.manifest.sources;
  assert.equal(
    out.built.manifest.sources.length,
    1,
    'a dataset of the one list given',
  );
  assert.equal(un.list, 'un-sc');
  assert.equal(
    un.published,
    path.basename(path.dirname(unFile)),
    'the date the UN published it',
  );
  assert.ok(un.entities > 900, `the whole UN list (${un.entities} entries)`);
  assert.equal(out.built.manifest.built, '2026-03-01T00:00:00Z');
  assert.equal(
    out.built.manifest.goods,
    null,
    'built from list files alone: no goods tables',
  );
  assert.ok(
    out.built.hits.includes('un-sc:CDi.001'),
    'the built dataset finds Eric Badege',
  );
  assert.equal(out.update.changes.length, 1);
  assert.equal(out.update.changes[0].list, 'un-sc');
  assert.equal(out.update.changes[0].change, 'replaced');
  assert.ok(out.update.goods, 'engine.loadListFiles keeps the goods tables');
});

/** Serves `root`, opens `page` in Chromium, screens Eric Badege and checks the UN hit is shown. */
async function screensInBrowser(root, page, shot, more = async () => {}) {
  const server = await startServer({ root, port: 0 });
  const { context, page: tab, errors, requests } = await openPage(browser);
  try {
    await tab.goto(new URL(page, server.url).href);
    await tab.waitForSelector('body:not([data-state="loading"])', {
      timeout: 30_000,
    });
    assert.equal(
      await tab.evaluate(() => document.body.dataset.state),
      'ready',
      `the engine loaded: ${await tab.textContent('#status')}`,
    );
    assert.match(
      await tab.textContent('#status'),
      /lists as of \d{4}-\d\d-\d\d/,
    );
    await tab.fill('#name', 'Eric Badege');
    await tab.click('#check');
    const hit = tab.locator('#hits li[data-list="un-sc"]');
    await hit.first().waitFor({ timeout: 10_000 });
    assert.match(
      await hit.first().textContent(),
      /BADEGE \(UN Security Council Consolidated List, \d+%\)/,
    );
    await screenshot(tab, shot);

    await tab.fill('#name', 'Zorblat Quinterfax');
    await tab.click('#check');
    await tab.waitForFunction(
      () => document.getElementById('status').textContent === 'No match',
    );
    assert.equal(await tab.locator('#hits li').count(), 0);

    // The meta CSP is in force (a policy that did not apply would make the check above say
    // nothing about strict hosts), and every request went to the page's own server.
    assert.match(
      await tab.getAttribute(
        'meta[http-equiv="Content-Security-Policy"]',
        'content',
      ),
      /script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'/,
    );
    await more(tab, requests);
    const elsewhere = requests.filter((url) => !url.startsWith(server.url));
    assert.deepEqual(elsewhere, [], "no request leaves the page's origin");
    assertNoErrors(errors);
  } finally {
    await context.close();
    await server.close();
  }
}

test('a plain <script type="module"> page under a strict CSP screens a name with the installed package', async () => {
  // plain.html, not index.html: the Vite example's index.html lives in the same project.
  await copyFile(
    path.join(EXAMPLES, 'plain-module', 'index.html'),
    path.join(project, 'plain.html'),
  );
  await copyFile(
    path.join(EXAMPLES, 'plain-module', 'app.js'),
    path.join(project, 'app.js'),
  );
  await screensInBrowser(project, 'plain.html', 'package-plain-module');
});

test('a Vite build of the installed package emits the engine and dataset and screens a name when served', async () => {
  for (const file of await readdir(path.join(EXAMPLES, 'vite'))) {
    await copyFile(path.join(EXAMPLES, 'vite', file), path.join(project, file));
  }
  const build = await ok('node', [VITE, 'build', '--logLevel', 'warn'], {
    cwd: project,
    timeout: 90_000,
  });
  const assets = path.join(project, 'dist', 'assets');
  const emitted = await readdir(assets);
  const sizes = await Promise.all(
    emitted.map(async (f) => [f, (await stat(path.join(assets, f))).size]),
  );
  console.log(
    `  vite build output:\n${sizes.map(([f, s]) => `    ${String(s).padStart(9)}  dist/assets/${f}`).join('\n')}`,
  );
  assert.equal(build.stderr.includes('error'), false, build.stderr);
  assert.ok(
    emitted.some((f) => /^sanctions_checker_bg-.*\.wasm$/.test(f)),
    'the .wasm is emitted',
  );
  assert.ok(
    emitted.some((f) => /^default-.*\.bin$/.test(f)),
    'the dataset is emitted',
  );
  const wasm = sizes.find(([f]) => f.endsWith('.wasm'))[1];
  const dataset = sizes.find(([f]) => f.endsWith('.bin'))[1];
  assert.equal(
    wasm,
    (
      await stat(
        path.join(
          project,
          'node_modules/sanctions-checker/sanctions_checker_bg.wasm',
        ),
      )
    ).size,
  );
  assert.equal(
    dataset,
    (
      await stat(
        path.join(project, 'node_modules/sanctions-checker/data/default.bin'),
      )
    ).size,
  );
  // The package is bundled, not left as a bare import the browser cannot resolve.
  const js = emitted.filter((f) => f.endsWith('.js'));
  const code = (
    await Promise.all(js.map((f) => readFile(path.join(assets, f), 'utf8')))
  ).join('\n');
  assert.doesNotMatch(code, /from\s*["']sanctions-checker["']/);
  await screensInBrowser(
    path.join(project, 'dist'),
    'index.html',
    'package-vite',
    async (tab, requests) => {
      // The element, bundled from 'sanctions-checker/define', checks with the page's engine.
      const report = await tab.evaluate(() =>
        document.getElementById('widget').check({ name: 'Eric Badege' }),
      );
      assert.equal(report.hits[0].entity_id, 'un-sc:CDi.001');
      await tab
        .locator('#widget')
        .getByText('ERIC BADEGE', { exact: true })
        .first()
        .waitFor();
      const datasets = requests.filter((url) => /\.bin$/.test(url));
      assert.equal(datasets.length, 1, `the lists load once: ${datasets.join(', ')}`);
    },
  );
});

test('TypeScript --strict checks a consumer against the installed types, and wrong uses stay errors', async () => {
  await copyFile(
    path.join(EXAMPLES, 'typescript', 'check.ts'),
    path.join(project, 'check.ts'),
  );
  // Both resolutions a consumer may use: Node's (the exports' types condition) and a bundler's.
  for (const resolution of [
    ['nodenext', 'nodenext'],
    ['esnext', 'bundler'],
  ]) {
    await ok(
      'node',
      [
        TSC,
        '--noEmit',
        '--strict',
        '--target',
        'es2022',
        '--module',
        resolution[0],
        '--moduleResolution',
        resolution[1],
        'check.ts',
      ],
      { cwd: project },
    );
  }
});
