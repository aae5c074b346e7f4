// fast-check generators of scorecard JSON files that must be refused, and of arbitrary bytes.
// Each JSON file starts from a valid export and applies one change that no reading of the
// format can accept, so a generated file that imports is a bug in the importer, never bad luck
// in the generator. tests/formats/hostile-csv.ts does the same for the CSVs.
import fc from 'fast-check';
import { buildScorecard } from '../../src/formats/scorecard';
import { appData } from './arbitraries';
import { EXPORTED_AT } from './scorecard-fixture';

type Key = string | number;
type Json = unknown;

export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'];
export const HUGE = 'x'.repeat(200_000);
export const BAD_DATES = [
  '2023-02-30',
  '2023-13-01',
  '2023-00-10',
  '2023-1-1',
  '23-01-01',
  '2023/01/01',
  '01/02/2023',
  '2023-01-01T00:00:00Z',
  ' 2023-01-01',
  '２０２３-01-01',
  'NaN',
  'Infinity',
  "'=2023-01-01",
  '=TODAY()',
  '+2023-01-01',
  HUGE,
];
const BAD_FRACTIONS = [1.5, -0.1, 1.0000001, -1e-12, 2, 1e308, -1e308];
export const BAD_ENUMS = [
  'guess',
  'Correct',
  'PENDING',
  '',
  ' pending',
  'toString',
  ...PROTO_KEYS,
  HUGE,
];
// Written into the JSON text in place of a number: not JSON at all, or (1e999) Infinity.
const BAD_LITERALS = ['NaN', 'Infinity', '-Infinity', '0x1F', '1e999', '-1e999', '.5', '01', '+1'];
const OPTIONAL_KEYS = new Set([
  'publisher',
  'url',
  'speakerRole',
  'undoes',
  'earliest',
  'probabilitySource',
  'premise',
  // A forecast that is not snoozed has none; one with no review date, none.
  'snoozedUntil',
  'reviewBy',
  // A file without a lexicon is valid: importing it leaves the reader's alone.
  'lexicon',
]);
const DATE_KEYS = new Set([
  'publishedOn',
  'madeOn',
  'latest',
  'earliest',
  'judgedOn',
  'snoozedUntil',
  'reviewBy',
]);
const FRACTION_KEYS = new Set([
  'probability',
  'accuracy',
  'brier',
  'meanProbability',
  'observed',
  'low',
  'high',
  'vagueness',
]);
const ENUM_KEYS = new Set(['kind', 'outcome', 'probabilitySource']);
const SENTINEL = '\u0001not-a-number\u0001';

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every path below the root, parents before children. */
function pathsOf(value: Json, at: Key[] = []): Key[][] {
  if (typeof value !== 'object' || value === null) return [];
  const entries: [Key, Json][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value);
  return entries.flatMap(([key, v]) => [[...at, key], ...pathsOf(v, [...at, key])]);
}

function getAt(root: Json, path: Key[]): Json {
  return path.reduce<Json>((node, key) => (node as Record<Key, Json>)[key], root);
}

function setAt(root: Json, path: Key[], value: Json): void {
  const parent = getAt(root, path.slice(0, -1)) as Record<Key, Json>;
  parent[path.at(-1)!] = value;
}

export function pick<T>(items: readonly T[], n: number): T {
  return items[n % items.length]!;
}

/** A value of another JSON type than `value`; never null, which some fields allow. */
function flipped(value: Json, n: number): Json {
  if (typeof value === 'string') return pick([42, true, {}, []], n);
  if (typeof value === 'number') return pick(['1', 'NaN', true, [], {}], n);
  if (value === null) return pick(['NaN', 'Infinity', true, [], {}], n);
  if (typeof value === 'boolean') return pick(['true', 0, null, {}], n);
  if (Array.isArray(value)) return pick(['x', 1, {}, true], n);
  return pick(['x', 1, [], true], n);
}

function protoWrapped(value: Json, n: number): Json {
  const wrapper: Record<string, Json> = {};
  Object.defineProperty(wrapper, pick(PROTO_KEYS, n), {
    value: { ...(value as object), polluted: 1 },
    enumerable: true,
    configurable: true,
    writable: true,
  });
  return wrapper;
}

type JsonMutation = (card: Json, a: number, b: number) => Json | string;

/** Sets one of the paths whose last key is in `keys`; with none, breaks the version. */
function setKeyed(keys: Set<string>, values: (path: Key[]) => readonly Json[]): JsonMutation {
  return (card, a, b) => {
    const paths = pathsOf(card).filter((p) => keys.has(String(p.at(-1))));
    if (paths.length === 0) return { ...(card as object), version: 0 };
    const path = pick(paths, a);
    setAt(card, path, pick(values(path), b));
    return card;
  };
}

const JSON_MUTATIONS: Record<string, JsonMutation> = {
  'wrong type': (card, a, b) => {
    const path = pick(pathsOf(card), a);
    setAt(card, path, flipped(getAt(card, path), b));
    return card;
  },
  'missing key': (card, a) => {
    const paths = pathsOf(card).filter((p) => {
      const key = p.at(-1);
      // A forecast's short title is optional; an article's title is not.
      const optional =
        OPTIONAL_KEYS.has(key as string) || (key === 'title' && p[0] === 'forecasts');
      return typeof key === 'string' && !optional;
    });
    const path = pick(paths, a);
    delete (getAt(card, path.slice(0, -1)) as Record<string, Json>)[path.at(-1) as string];
    return card;
  },
  'bad date': setKeyed(DATE_KEYS, () => BAD_DATES),
  'out-of-range figure': setKeyed(FRACTION_KEYS, () => BAD_FRACTIONS),
  'bad count': setKeyed(
    new Set(['forecasts', 'scored', 'correct', 'brierCount', 'count', 'sources']),
    (path) =>
      // Infinity is written as null, which no count may be.
      path.length > 1 ? [-1, 0.5, Infinity] : [{}],
  ),
  'wrong enum value': setKeyed(ENUM_KEYS, () => BAD_ENUMS),
  'prototype key': (card, a, b) => {
    const objects = [[], ...pathsOf(card)].filter((p) => isRecord(getAt(card, p)));
    const path = pick(objects, a);
    if (path.length === 0) return protoWrapped(card, b);
    setAt(card, path, protoWrapped(getAt(card, path), b));
    return card;
  },
  'not-a-number literal': (card, a, b) => {
    const numbers = pathsOf(card).filter((p) => typeof getAt(card, p) === 'number');
    setAt(card, pick(numbers, a), SENTINEL);
    return JSON.stringify(card, null, 2).replace(JSON.stringify(SENTINEL), pick(BAD_LITERALS, b));
  },
  truncated: (card, a) => {
    const json = `${JSON.stringify(card, null, 2)}\n`;
    return json.slice(0, a % (json.length - 1));
  },
};

export const hostileJson: fc.Arbitrary<string> = fc
  .record({
    data: appData,
    mutation: fc.constantFrom(...Object.keys(JSON_MUTATIONS)),
    a: fc.nat(),
    b: fc.nat(),
  })
  .map(({ data, mutation, a, b }) => {
    const card = structuredClone(buildScorecard(data, EXPORTED_AT)) as Json;
    const out = JSON_MUTATIONS[mutation]!(card, a, b);
    return typeof out === 'string' ? out : JSON.stringify(out, null, 2);
  });

// Anything at all: random bytes, random text, and snippets that have broken parsers elsewhere.

const HOSTILE_TEXTS = [
  '{"__proto__": {"polluted": 1}}',
  '{"constructor": {"prototype": {"polluted": 1}}}',
  '{"format": "hindsight-scorecard", "version": 1}',
  '{}',
  '[]',
  'null',
  '42',
  '"hindsight-scorecard"',
  '\uFEFF',
  '__proto__,constructor,prototype\n1,2,3',
  `${'['.repeat(5000)}${']'.repeat(5000)}`,
  '['.repeat(100_000),
  `id,claim\n${'"'.repeat(10_001)}`,
];

export const randomFile: fc.Arbitrary<string> = fc.oneof(
  fc.uint8Array({ maxLength: 2048 }).map((bytes) => new TextDecoder().decode(bytes)),
  fc.string({ unit: 'binary', maxLength: 500 }),
  fc.constantFrom(...HOSTILE_TEXTS),
);
