// A TypeScript consumer of the package, compiled with `tsc --noEmit --strict` by
// tests/web/package.test.mjs against the installed tarball. The `@ts-expect-error` lines are
// wrong uses: if the package's types degraded to `any`, they would stop being errors and tsc
// would fail on the unused directives.

import {
  DEFAULT_DATASET_URL,
  Engine,
  SanctionsCheckerError,
  load,
  loadListFiles,
  type CodeReport,
  type Hit,
  type ListId,
  type ListUpdate,
  type Manifest,
  type Report,
  type TextReport,
} from 'sanctions-checker';

const engine: Engine = await load();
const report: Report = engine.screen({
  name: 'Eric Badege',
  dob: '1971',
  lists: ['un-sc'],
});
const best: Hit | undefined = report.hits[0];
const list: ListId | undefined = best?.list;
const score: number = engine.compare('Vladimir Putin', 'Владимир Путин');
const code: CodeReport = engine.goods({ code: '8471 30' });
const candidates: TextReport = engine.goods({
  text: 'ball bearings',
  limit: 3,
});
const either: CodeReport | TextReport = engine.goods('8471 30');
const manifest: Manifest = engine.manifest();
const dates: (string | null)[] = manifest.sources.map((s) => s.published);
const update: ListUpdate = await loadListFiles([
  { name: 'un.xml', bytes: new Uint8Array() },
]);
const fresh: Engine = await load({
  dataset: update,
  wasm: new URL('./engine.wasm', DEFAULT_DATASET_URL),
});
fresh.free();

try {
  engine.screen({ name: 'Someone', dob: '1970-13-45' });
} catch (err) {
  if (err instanceof SanctionsCheckerError) {
    const message: string = err.message;
    console.log(message);
  }
}

console.log(
  list,
  score,
  code.status,
  candidates.candidates.length,
  either,
  dates,
);

// @ts-expect-error a name is a string, or an object with one
engine.screen(42);
// @ts-expect-error "un" is not a list id ("un-sc" is)
engine.screen({ name: 'Eric Badege', lists: ['un'] });
// @ts-expect-error a report has hits, not matches
console.log(report.matches);
// @ts-expect-error a score is a number
const wrong: string = report.hits[0].score;
// @ts-expect-error a code check gives a CodeReport, which has no candidates
console.log(engine.goods({ code: '8471' }).candidates);
// @ts-expect-error load takes options, not a URL
await load('https://example.org/dataset.bin');
// @ts-expect-error an Engine comes from load(), not new
new Engine();
