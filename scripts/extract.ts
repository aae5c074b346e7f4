// npm run extract -- <file.txt> --published YYYY-MM-DD [--title T]
// Prints the proposed forecasts of an article as JSON, in the shape of the scorecard format's
// `forecasts`, from the same extraction code the browser runs.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { isIsoDate } from '../src/domain/dates';
import { describeDeadline } from '../src/domain/deadline';
import { extractForecasts, type Proposal } from '../src/domain/extract/extract';

const USAGE = 'usage: npm run extract -- <file.txt> --published YYYY-MM-DD [--title T]';

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(argv: readonly string[]): { file: string; published: string; title?: string } {
  let file: string | undefined;
  let published: string | undefined;
  let title: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--published' || arg === '--title') {
      const value = argv[i + 1];
      if (value === undefined) fail(`${arg} needs a value`);
      if (arg === '--published') published = value;
      else title = value;
      i += 1;
    } else if (arg.startsWith('--')) fail(`unknown option ${arg}`);
    else if (file === undefined) file = arg;
    else fail(`unexpected argument ${arg}`);
  }
  if (file === undefined) fail('no file given');
  if (published === undefined) fail('--published YYYY-MM-DD is required');
  if (!isIsoDate(published)) fail(`--published: “${published}” is not a date (YYYY-MM-DD)`);
  return { file, published, ...(title === undefined ? {} : { title }) };
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
process.stdout.write(`${JSON.stringify({ forecasts }, null, 2)}\n`);
