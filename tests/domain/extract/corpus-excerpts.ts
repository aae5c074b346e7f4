// The development corpus (tests/domain/extract/corpus, described in its README.md): each
// excerpt's text (<id>.txt) with its source and labels (<id>.json).
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LabelledForecast } from '../../../src/domain/extract/measure/corpus-metrics';

export interface CorpusSource {
  url: string;
  publisher: string;
  title: string;
  publishedOn: string;
  domain: string;
}

export interface CorpusExcerpt {
  id: string;
  text: string;
  source: CorpusSource;
  forecasts: LabelledForecast[];
  negatives: { quote: string; why: string }[];
}

const FOLDER = `${resolve(__dirname, 'corpus')}/`;

export function loadCorpus(): CorpusExcerpt[] {
  return readdirSync(FOLDER)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const id = f.slice(0, -'.json'.length);
      const labels = JSON.parse(readFileSync(FOLDER + f, 'utf8')) as Omit<
        CorpusExcerpt,
        'id' | 'text'
      >;
      return { id, text: readFileSync(`${FOLDER}${id}.txt`, 'utf8'), ...labels };
    });
}
