// The benchmark's dataset: 10,000 forecasts by 200 speakers in 500 sources, the same every run
// (a seeded generator, no Math.random). It is written as a Hindsight scorecard JSON file so the
// benchmark imports it through the app's own Import button, like a user would.
//
// The text is drawn word by word from the shipped article, so its letters and word lengths are
// those of real English prose and it compresses about as well as real text, not better.
// Lengths follow the shipped catalogue: quotes of 80–260 characters, claims of 60–170,
// resolution criteria of 80–260, an article excerpt of 1,500–4,000 characters per source.
import { SEED_ARTICLE_TEXT } from '../src/data/seed-article';
import { addDays } from '../src/domain/dates';
import { DEFAULT_LEXICON } from '../src/domain/lexicon';
import {
  FORECAST_KINDS,
  type AppData,
  type Forecast,
  type Judgement,
  type Outcome,
  type Source,
} from '../src/domain/model';

export interface DatasetSize {
  forecasts: number;
  speakers: number;
  sources: number;
}

export const BENCH_DATASET_SIZE: DatasetSize = { forecasts: 10_000, speakers: 200, sources: 500 };

/** mulberry32: a small, well-mixed 32-bit generator; the same seed gives the same stream. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  return { next, int, pick };
}

const WORDS = SEED_ARTICLE_TEXT.split(/\s+/)
  .map((w) => w.replace(/[^\p{L}\p{N}'’-]/gu, ''))
  .filter(Boolean);

const FIRST = ['Anna', 'Boris', 'Chen', 'Dara', 'Elif', 'Femi', 'Greta', 'Hiro', 'Ines', 'Jon'];
const LAST = ['Adler', 'Brandt', 'Costa', 'Dvorak', 'Eze', 'Fischer', 'Gupta', 'Haddad'];
const ROLES = ['Economist', 'Former diplomat', 'Political scientist', 'Columnist', 'Analyst'];
const PUBLISHERS = ['The Daily Ledger', 'Northern Post', 'Evening Wire', 'Global Review'];
const TAGS = Array.from({ length: 40 }, (_, i) => `topic-${i + 1}`);
const OUTCOMES: Outcome[] = ['correct', 'incorrect', 'partly', 'unresolvable', 'annulled'];
const HEDGES = DEFAULT_LEXICON.filter((e) => e.probability !== null);

const START = '2015-01-01';
const LAST_JUDGED_ON = '2026-11-20';
const LAST_DAY = 4300; // about 2026-10: every source is published before today (2026-11-24)

export function benchDataset(size: DatasetSize = BENCH_DATASET_SIZE, seed = 20221222): AppData {
  const rng = generator(seed);
  const prose = (min: number, max: number) => {
    const target = rng.int(min, max);
    let out = '';
    while (out.length < target) out += (out ? ' ' : '') + rng.pick(WORDS);
    return `${out.charAt(0).toUpperCase()}${out.slice(1)}.`;
  };
  const speakers = Array.from({ length: size.speakers }, (_, i) => ({
    speaker: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i + 1}`,
    role: i % 3 === 0 ? undefined : `${rng.pick(ROLES)}, ${prose(20, 60)}`,
  }));
  const sources: Source[] = Array.from({ length: size.sources }, (_, i) => ({
    id: `src-bench-${i + 1}`,
    title: prose(40, 110),
    publisher: rng.pick(PUBLISHERS),
    url: `https://news.example.org/${2015 + (i % 12)}/article-${i + 1}`,
    publishedOn: addDays(START, rng.int(0, LAST_DAY)),
    text: prose(1500, 4000),
  }));
  const forecasts: Forecast[] = [];
  const judgements: Judgement[] = [];
  for (let i = 0; i < size.forecasts; i += 1) {
    const source = sources[i % sources.length]!;
    const who = speakers[rng.int(0, speakers.length - 1)]!;
    const hedge = rng.pick(HEDGES);
    const kind = rng.pick(FORECAST_KINDS);
    const latest = addDays(source.publishedOn, rng.int(30, 2200));
    const deadline =
      kind === 'open-ended' || kind === 'vague'
        ? null
        : rng.next() < 0.3
          ? { earliest: addDays(source.publishedOn, rng.int(1, 29)), latest }
          : { latest };
    const id = `fc-bench-${i + 1}`;
    forecasts.push({
      id,
      sourceId: source.id,
      speaker: who.speaker,
      ...(who.role !== undefined && { speakerRole: who.role }),
      quote: prose(80, 260),
      claim: prose(60, 170),
      madeOn: source.publishedOn,
      deadline,
      kind,
      probability: hedge.probability,
      hedge: hedge.phrase,
      ...(kind === 'conditional' && { premise: prose(30, 90) }),
      resolutionCriteria: prose(80, 260),
      note: rng.next() < 0.4 ? prose(40, 200) : '',
      tags: Array.from({ length: rng.int(0, 3) }, () => rng.pick(TAGS)),
    });
    // About half the forecasts whose deadline has passed are judged; some twice.
    if (deadline && deadline.latest < '2026-11-01' && rng.next() < 0.55) {
      const entries = rng.next() < 0.1 ? 2 : 1;
      for (let e = 0; e < entries; e += 1) {
        // Judged by the day the dataset was made: no judgement is stamped in the future.
        const later = addDays(deadline.latest, rng.int(1, 60) + e);
        const judgedOn = later < LAST_JUDGED_ON ? later : LAST_JUDGED_ON;
        judgements.push({
          id: `jd-bench-${i + 1}-${e + 1}`,
          forecastId: id,
          outcome: rng.pick(OUTCOMES),
          judgedOn,
          evidence:
            rng.next() < 0.5
              ? [{ url: `https://evidence.example.org/${i + 1}/${e + 1}`, note: prose(20, 80) }]
              : [],
          note: rng.next() < 0.5 ? prose(20, 160) : '',
          at: `${judgedOn}T12:${String(10 + e).padStart(2, '0')}:00.000Z`,
        });
      }
    }
  }
  return { sources, forecasts, judgements };
}
