// Hand-labelled real excerpts: the development corpus (tests/domain/extract/corpus) and the
// held-out check set (tests/domain/extract/check), each described in its README.md: each
// excerpt's text (<id>.txt) with its source and labels (<id>.json). Also the measure both tests
// run over them and the per-domain table both print.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractForecasts } from '../../../src/domain/extract/extract';
import {
  NO_COUNTS,
  addCounts,
  figures,
  measureExcerpt,
  type CorpusCounts,
  type LabelledForecast,
  type Miss,
} from '../../../src/domain/extract/measure/corpus-metrics';

export interface CorpusSource {
  url: string;
  publisher: string;
  title: string;
  publishedOn: string;
  domain: string;
  dateNote?: string;
  titleNote?: string;
}

export interface CorpusExcerpt {
  id: string;
  text: string;
  source: CorpusSource;
  forecasts: LabelledForecast[];
  negatives: { quote: string; why: string }[];
}

/** The domains issue 17 names, in the order the tables print them. */
export const DOMAINS = [
  'economics',
  'elections',
  'technology',
  'climate',
  'energy',
  'geopolitics',
  'sports',
  'opinion',
];

/** The excerpts in `folder`, a folder next to this file ('corpus' or 'check'), by id. */
export function loadCorpus(folder = 'corpus'): CorpusExcerpt[] {
  const dir = `${resolve(__dirname, folder)}/`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const id = f.slice(0, -'.json'.length);
      const labels = JSON.parse(readFileSync(dir + f, 'utf8')) as Omit<
        CorpusExcerpt,
        'id' | 'text'
      >;
      return { id, text: readFileSync(`${dir}${id}.txt`, 'utf8'), ...labels };
    });
}

/** The extractor run over every excerpt, counted per domain, with what it got wrong. */
export function measureCorpus(excerpts: readonly CorpusExcerpt[]): {
  byDomain: Map<string, CorpusCounts>;
  total: CorpusCounts;
  misses: [string, Miss][];
} {
  const byDomain = new Map<string, CorpusCounts>();
  const misses: [string, Miss][] = [];
  for (const excerpt of excerpts) {
    const proposals = extractForecasts(excerpt.text, { publishedOn: excerpt.source.publishedOn });
    const measured = measureExcerpt(proposals, excerpt.forecasts);
    const domain = excerpt.source.domain;
    byDomain.set(domain, addCounts(byDomain.get(domain) ?? NO_COUNTS, measured.counts));
    for (const m of measured.misses) misses.push([excerpt.id, m]);
  }
  return { byDomain, total: [...byDomain.values()].reduce(addCounts, NO_COUNTS), misses };
}

function row(name: string, c: CorpusCounts): string {
  const f = figures(c);
  const pct = (x: number): string => `${(100 * x).toFixed(0)}%`.padStart(5);
  return [
    name.padEnd(12),
    String(c.excerpts).padStart(3),
    String(c.forecasts).padStart(5),
    String(c.proposals).padStart(5),
    pct(f.precision),
    pct(f.recall),
    pct(f.speaker),
    pct(f.role),
    pct(f.deadline),
    pct(f.probability),
  ].join(' ');
}

/** The per-domain table under `heading`, one row a domain and one overall. */
export function figuresTable(
  heading: string,
  byDomain: Map<string, CorpusCounts>,
  total: CorpusCounts,
): string {
  const header = 'domain       exc  fcst  prop  prec  rec   spkr  role  dead  prob';
  const lines = DOMAINS.map((d) => row(d, byDomain.get(d) ?? NO_COUNTS));
  return [heading, header, ...lines, row('overall', total)].join('\n');
}

/** One line a miss, for CORPUS_MISSES=1. */
export function missLines(misses: readonly [string, Miss][]): string {
  return misses
    .map(
      ([id, m]) => `${id} ${m.field}: ${m.quote.slice(0, 60)} | want ${m.expected} | got ${m.got}`,
    )
    .join('\n');
}
