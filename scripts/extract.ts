// npm run --silent extract -- <file.txt> --published YYYY-MM-DD [--title T] [--out F]
// npm run --silent extract -- <folder> [--published YYYY-MM-DD] [--jsonl] [--out F]
// Prints the proposed forecasts of an article as JSON, in the shape of the scorecard format's
// `forecasts`, from the same extraction code the browser runs; with --out, writes them to that
// file instead and prints nothing. Given a folder, reads each .txt and .html file in it (by
// name; a page's text as the browser reads it) and prints one JSON document per file,
// `{ "file", "publishedOn", "forecasts" }`, or with --jsonl one such line per file. A file
// named YYYY-MM-DD-… was published that day; the others on --published. npm run prints its own "> hindsight@… extract" lines on
// standard output unless --silent is given, so `npm run extract -- … > out.json` would not be
// JSON: use --silent or --out.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { JSDOM } from 'jsdom';
import { isIsoDate } from '../src/domain/dates';
import { describeDeadline } from '../src/domain/deadline';
import { extractForecasts, type Proposal } from '../src/domain/extract/extract';

import { htmlToText, looksLikeHtml } from '../src/features/add-article/html-to-text';

const USAGE =
  'usage: npm run --silent extract -- <file.txt> --published YYYY-MM-DD [--title T] [--out out.json]\n' +
  '       npm run --silent extract -- <folder> [--published YYYY-MM-DD] [--jsonl] [--out out.json]';

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n${USAGE}\n`);
  process.exit(2);
}

interface Args {
  file: string;
  /** Required for one file; for a folder, the date of files whose names carry none. */
  published?: string;
  title?: string;
  out?: string;
  jsonl: boolean;
  folder: boolean;
}

const OPTIONS = ['--published', '--title', '--out'] as const;

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function parseArgs(argv: readonly string[]): Args {
  let file: string | undefined;
  let jsonl = false;
  const values: Partial<Record<(typeof OPTIONS)[number], string>> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const option = OPTIONS.find((o) => o === arg);
    if (option) {
      const value = argv[i + 1];
      if (value === undefined) fail(`${arg} needs a value`);
      values[option] = value;
      i += 1;
    } else if (arg === '--jsonl') jsonl = true;
    else if (arg.startsWith('--')) fail(`unknown option ${arg}`);
    else if (file === undefined) file = arg;
    else fail(`unexpected argument ${arg}`);
  }
  const published = values['--published'];
  if (file === undefined) fail('no file given');
  const folder = isFolder(file);
  if (published === undefined && !folder) fail('--published YYYY-MM-DD is required');
  if (published !== undefined && !isIsoDate(published))
    fail(`--published: “${published}” is not a date (YYYY-MM-DD)`);
  if (jsonl && !folder) fail('--jsonl reads a folder');
  const { '--title': title, '--out': out } = values;
  return {
    file,
    folder,
    jsonl,
    ...(published === undefined ? {} : { published }),
    ...(title === undefined ? {} : { title }),
    ...(out === undefined ? {} : { out }),
  };
}

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'article';

/** A starting point the reader must review: the claim, by its deadline if it has one. */
function defaultCriteria(p: Proposal): string {
  const when = p.deadline ? `, judged ${describeDeadline(p.deadline)}` : '';
  return `Correct if this holds: “${p.claim.replace(/\.$/, '')}”${when}; review before scoring.`;
}

function toForecast(p: Proposal, sourceId: string, madeOn: string) {
  return {
    id: `fc-${sourceId.replace(/^src-/, '')}-${p.id}`,
    sourceId,
    speaker: p.speaker ?? 'Unattributed',
    ...(p.speakerRole === undefined ? {} : { speakerRole: p.speakerRole }),
    quote: p.quote,
    claim: p.claim,
    madeOn,
    deadline: p.deadline,
    kind: p.kind,
    probability: p.probability,
    hedge: p.hedge,
    resolutionCriteria: defaultCriteria(p),
    note: p.repeats > 0 ? `Stated ${p.repeats + 1} times in the text; proposed once.` : '',
    tags: [],
    outcome: 'pending',
    evidence: [],
    history: [],
  };
}

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    fail(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
}

function write(json: string, out: string | undefined): void {
  if (out === undefined) {
    process.stdout.write(json);
    return;
  }
  try {
    writeFileSync(out, json);
  } catch (e) {
    fail(`cannot write ${out}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
}

/** A saved page's words as the browser reads them (jsdom parses; no script runs). */
function pageText(name: string, raw: string): string {
  if (!looksLikeHtml(name, raw)) return raw;
  const { window } = new JSDOM('');
  const g = globalThis as { DOMParser?: unknown; Node?: unknown };
  g.DOMParser = window.DOMParser;
  g.Node = window.Node;
  return htmlToText(raw);
}

function forecastsOf(name: string, text: string, publishedOn: string, title?: string) {
  const sourceId = `src-${slug(title ?? name.replace(/\.[^.]+$/, ''))}`;
  return extractForecasts(text, { publishedOn }).map((p) => toForecast(p, sourceId, publishedOn));
}

function runFolder(args: Args): void {
  let names: string[];
  try {
    names = readdirSync(args.file).filter((n) => /\.(?:txt|html?)$/i.test(n));
  } catch (e) {
    fail(`cannot read ${args.file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  names.sort();
  if (names.length === 0) fail(`no .txt or .html files in ${args.file}`);
  const docs = names.map((file) => {
    const publishedOn = /^(\d{4}-\d{2}-\d{2})/.exec(file)?.[1] ?? args.published;
    if (publishedOn === undefined || !isIsoDate(publishedOn))
      fail(`${file}: no date in its name and no --published YYYY-MM-DD`);
    const text = pageText(file, read(join(args.file, file)));
    return { file, publishedOn, forecasts: forecastsOf(file, text, publishedOn) };
  });
  const json = args.jsonl
    ? docs.map((d) => JSON.stringify(d)).join('\n') + '\n'
    : docs.map((d) => `${JSON.stringify(d, null, 2)}\n`).join('');
  write(json, args.out);
}

const args = parseArgs(process.argv.slice(2));
if (args.folder) runFolder(args);
else {
  const text = read(args.file);
  const name = basename(args.file);
  const forecasts = forecastsOf(name, text, args.published!, args.title);
  write(`${JSON.stringify({ forecasts }, null, 2)}\n`, args.out);
}
