// npm run --silent extract -- <file.txt> --published YYYY-MM-DD [--title T] [--out F]
// Prints the proposed forecasts of an article as JSON, in the shape of the scorecard format's
// `forecasts`, from the same extraction code the browser runs; with --out, writes them to that
// file instead and prints nothing. npm run prints its own "> hindsight@… extract" lines on
// standard output unless --silent is given, so `npm run extract -- … > out.json` would not be
// JSON: use --silent or --out.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { isIsoDate } from '../src/domain/dates';
import { describeDeadline } from '../src/domain/deadline';
import { extractForecasts, type Proposal } from '../src/domain/extract/extract';

const USAGE =
  'usage: npm run --silent extract -- <file.txt> --published YYYY-MM-DD [--title T] [--out out.json]';

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n${USAGE}\n`);
  process.exit(2);
}

interface Args {
  file: string;
  published: string;
  title?: string;
  out?: string;
}

const OPTIONS = ['--published', '--title', '--out'] as const;

function parseArgs(argv: readonly string[]): Args {
  let file: string | undefined;
  const values: Partial<Record<(typeof OPTIONS)[number], string>> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const option = OPTIONS.find((o) => o === arg);
    if (option) {
      const value = argv[i + 1];
      if (value === undefined) fail(`${arg} needs a value`);
      values[option] = value;
      i += 1;
    } else if (arg.startsWith('--')) fail(`unknown option ${arg}`);
    else if (file === undefined) file = arg;
    else fail(`unexpected argument ${arg}`);
  }
  const published = values['--published'];
  if (file === undefined) fail('no file given');
  if (published === undefined) fail('--published YYYY-MM-DD is required');
  if (!isIsoDate(published)) fail(`--published: “${published}” is not a date (YYYY-MM-DD)`);
  const { '--title': title, '--out': out } = values;
  return {
    file,
    published,
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

const args = parseArgs(process.argv.slice(2));
let text: string;
try {
  text = readFileSync(args.file, 'utf8');
} catch (e) {
  fail(`cannot read ${args.file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
}
const sourceId = `src-${slug(args.title ?? basename(args.file).replace(/\.[^.]+$/, ''))}`;
const proposals = extractForecasts(text, { publishedOn: args.published });
const forecasts = proposals.map((p) => toForecast(p, sourceId, args.published));
const json = `${JSON.stringify({ forecasts }, null, 2)}\n`;
if (args.out === undefined) process.stdout.write(json);
else {
  try {
    writeFileSync(args.out, json);
  } catch (e) {
    fail(`cannot write ${args.out}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
}
