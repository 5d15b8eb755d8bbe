#!/usr/bin/env node
// Screens a CSV file of partners against the sanctions lists built into the package, on this
// machine: the names are never sent anywhere.
//
//   npm install sanctions-checker
//   node screen-csv.mjs partners.csv [--threshold 0.8] [--lists un-sc,eu-fsf] > results.csv
//
// See USAGE below for the columns read and written, and the exit codes.

import { readFile } from 'node:fs/promises';
import { load, SanctionsCheckerError } from 'sanctions-checker';

const USAGE = `Usage: node screen-csv.mjs FILE.csv [--threshold 0.8] [--lists un-sc,eu-fsf]

Screens every row of FILE.csv against the sanctions lists, locally.

Input: a CSV file (UTF-8, comma-separated, fields may be "quoted") whose first row names the
columns: name (required), and optionally kind (or type: person, organization, vessel,
aircraft), dob (YYYY, YYYY-MM or YYYY-MM-DD), country, identifier.

Output (stdout): CSV with one line per input row:
  row,name,list,listed_name,score,entity_id
"row" is the row's number as a spreadsheet shows it (the header is row 1); the other
fields are those of the best hit, and empty when the row has no hit.
Rows that cannot be screened (a bad date, no name) are reported on stderr with their row
number and do not stop the run; a summary line goes to stderr at the end.

Options:
  --threshold N   the lowest score (0 to 1) reported as a hit; default: the engine's
  --lists a,b     only hits from these lists (e.g. un-sc, eu-fsf, us-ofac-sdn, uk-ofsi)

Exit status:
  0  no row has a hit
  1  at least one row has a hit, or could not be screened: review them
  2  usage error, or the file could not be read`;

/** A usage or file problem: the message is printed with the usage hint, exit status 2. */
class UsageError extends Error {}

function parseArgs(argv) {
  const options = { file: null, threshold: undefined, lists: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') {
      console.log(USAGE);
      process.exit(0);
    }
    // --name=value and --name value both work.
    const [flag, inline] = arg.startsWith('--')
      ? arg.split(/=(.*)/s, 2)
      : [arg];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '')
        throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--threshold') {
      const text = value();
      const t = Number(text);
      if (!Number.isFinite(t) || t < 0 || t > 1 || text.trim() === '') {
        throw new UsageError(
          `--threshold must be a number from 0 to 1, not "${text}"`,
        );
      }
      options.threshold = t;
    } else if (flag === '--lists') {
      options.lists = value()
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option ${arg}`);
    } else if (options.file === null) {
      options.file = arg;
    } else {
      throw new UsageError(
        `one file at a time (got "${options.file}" and "${arg}")`,
      );
    }
  }
  if (options.file === null)
    throw new UsageError('give the CSV file to screen');
  return options;
}

/**
 * Splits CSV text into records of fields (RFC 4180): fields in double quotes may hold commas,
 * line breaks and doubled quotes (""). Each record carries the line it starts on.
 */
function parseCsv(text) {
  const records = [];
  let record = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let startLine = 1;
  let i = 0;
  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    // A blank line is not a row of one empty field.
    if (!(record.length === 1 && record[0] === ''))
      records.push({ fields: record, line: startLine });
    record = [];
    startLine = line;
  };
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
      i++;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === ',') endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      i++;
      continue;
    } else if (c === '\n' || c === '\r') {
      line++;
      endRecord();
    } else field += c;
    i++;
  }
  if (quoted)
    throw new UsageError(
      `a quoted field opened on line ${startLine} is never closed`,
    );
  if (field !== '' || record.length > 0) endRecord();
  return records;
}

/** The column indexes of the header's known names (case and spacing ignored). */
function columnsOf(header) {
  const names = header.map((h) =>
    h
      .trim()
      .toLowerCase()
      .replace(/[\s_-]+/g, ' '),
  );
  const find = (...aliases) => {
    const i = names.findIndex((n) => aliases.includes(n));
    return i === -1 ? undefined : i;
  };
  const columns = {
    name: find('name', 'full name', 'partner', 'party'),
    kind: find('kind', 'type'),
    dob: find('dob', 'date of birth', 'birth date'),
    country: find('country'),
    identifier: find(
      'identifier',
      'id number',
      'passport',
      'registration number',
    ),
  };
  if (columns.name === undefined) {
    throw new UsageError(
      `the first row must name the columns, with one called "name" (found: ${header.join(', ')})`,
    );
  }
  return columns;
}

// Words people write in a "type" column, mapped to the engine's kinds; anything else goes to
// the engine as it is, which names the kinds it accepts.
const KINDS = {
  individual: 'person',
  person: 'person',
  company: 'organization',
  entity: 'organization',
  organisation: 'organization',
  organization: 'organization',
  vessel: 'vessel',
  ship: 'vessel',
  aircraft: 'aircraft',
};

function queryOf(fields, columns, options) {
  const cell = (key) => {
    const i = columns[key];
    const value = i === undefined ? '' : (fields[i] ?? '').trim();
    return value === '' ? undefined : value;
  };
  const name = cell('name');
  if (name === undefined) throw new SanctionsCheckerError('no name');
  const kind = cell('kind');
  return {
    name,
    kind:
      kind === undefined
        ? undefined
        : (KINDS[kind.toLowerCase()] ?? kind.toLowerCase()),
    dob: cell('dob'),
    country: cell('country'),
    identifier: cell('identifier'),
    threshold: options.threshold,
    lists: options.lists,
  };
}

/** One CSV field: quoted when it holds a comma, a quote or a line break. */
function csvField(value) {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvLine(values) {
  return `${values.map(csvField).join(',')}\n`;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  let text;
  try {
    text = await readFile(options.file, 'utf8');
  } catch (err) {
    throw new UsageError(
      `cannot read ${options.file}: ${err.code === 'ENOENT' ? 'no such file' : err.message}`,
    );
  }
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  if (!header) throw new UsageError(`${options.file} is empty`);
  const columns = columnsOf(header.fields);

  const engine = await load();
  const inDataset = new Set(engine.manifest().sources.map((s) => s.list));
  if (options.lists) {
    // One screen up front, so that a misspelt list id stops the run before any row, with the
    // engine's own message naming the ids it knows.
    try {
      engine.screen({ name: 'test', lists: options.lists });
    } catch (err) {
      throw new UsageError(`--lists: ${err.message.replace(/^lists: /, '')}`);
    }
    for (const list of options.lists.filter((l) => !inDataset.has(l))) {
      console.error(
        `warning: ${list} is not in this dataset; no row can have a hit on it`,
      );
    }
  }

  const out = [
    csvLine(['row', 'name', 'list', 'listed_name', 'score', 'entity_id']),
  ];
  let hits = 0;
  let failed = 0;
  for (const [index, { fields }] of rows.entries()) {
    // The header is row 1, as in a spreadsheet (a quoted field may span several lines).
    const row = index + 2;
    const name = fields[columns.name]?.trim() ?? '';
    try {
      const best = engine.screen(queryOf(fields, columns, options)).hits[0];
      if (best) hits++;
      out.push(
        csvLine(
          best
            ? [
                row,
                name,
                best.list,
                best.name,
                best.score.toFixed(3),
                best.entity_id,
              ]
            : [row, name, '', '', '', ''],
        ),
      );
    } catch (err) {
      if (!(err instanceof SanctionsCheckerError)) throw err;
      failed++;
      console.error(`row ${row}: not screened: ${err.message}`);
      out.push(csvLine([row, name, '', '', '', '']));
    }
  }
  process.stdout.write(out.join(''));

  const manifest = engine.manifest();
  const lists = options.lists?.join(', ') ?? `${manifest.sources.length} lists`;
  console.error(
    `screened ${rows.length - failed} of ${rows.length} rows against ${lists}: ` +
      `${hits} with a hit, ${failed} not screened`,
  );
  return hits > 0 || failed > 0 ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (err) {
  if (err instanceof UsageError) {
    console.error(
      `screen-csv: ${err.message}\n(node screen-csv.mjs --help for usage)`,
    );
    process.exitCode = 2;
  } else if (err instanceof SanctionsCheckerError) {
    // The engine or its lists could not be loaded: nothing was screened.
    console.error(`screen-csv: ${err.message}`);
    process.exitCode = 2;
  } else {
    throw err;
  }
}
