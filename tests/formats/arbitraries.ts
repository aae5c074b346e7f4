// fast-check generators of valid AppData for the formats' round-trip properties. Text mixes
// any Unicode with runs of the characters the formats must escape, so the escaping paths are
// exercised often rather than by luck.
import fc from 'fast-check';
import { toIsoDate } from '../../src/domain/dates';
import { DEFAULT_LEXICON, normalisePhrase } from '../../src/domain/lexicon';
import {
  FORECAST_KINDS,
  OUTCOMES,
  type AppData,
  type Forecast,
  type Judgement,
  type LexiconEntry,
  type Source,
} from '../../src/domain/model';

const TRICKY = ['=', '+', '-', '@', '\t', '\r', '\n', '\0', "'", '"', ',', ';', '|', ' ', 'a'];

export const text = (minLength = 0): fc.Arbitrary<string> =>
  fc
    .oneof(
      fc.string({ unit: 'binary', minLength }),
      fc.string({ unit: fc.constantFrom(...TRICKY), minLength }),
      fc.constantFrom('__proto__', 'constructor', '=1+1\n2', "'=x", '\n=cmd'),
    )
    .filter((s) => s.length >= minLength);

export const isoDate: fc.Arbitrary<string> = fc
  .date({ min: new Date(1990, 0, 1), max: new Date(2060, 11, 31), noInvalidDate: true })
  .map(toIsoDate);

/** The latest instant a generated judgement is stamped at: every test clock is later. */
export const LATEST_INSTANT = new Date(Date.UTC(2025, 0, 1));
/** A receiver's clock later than every stamp the tests' data carry. */
export const RECEIVER_CLOCK = new Date(Date.UTC(2030, 0, 1));

const instant = fc
  .date({
    min: new Date(Date.UTC(2000, 0, 1)),
    max: LATEST_INSTANT,
    noInvalidDate: true,
  })
  .map((d) => d.toISOString());

const deadline = fc.oneof(
  fc.constant(null),
  isoDate.map((latest) => ({ latest })),
  fc
    .tuple(isoDate, isoDate)
    .map(([a, b]) => (a <= b ? { earliest: a, latest: b } : { earliest: b, latest: a })),
);

// `+ 0` turns -0 into 0: JSON has no negative zero, and the round trip is compared exactly.
const probability = fc.option(fc.double({ min: 0, max: 1, noNaN: true }).map((p) => p + 0));

const evidence = fc.array(fc.record({ url: text(1), note: text() }), { maxLength: 3 });

const ids = (max: number, min = 0) => fc.uniqueArray(text(1), { minLength: min, maxLength: max });

function source(id: string): fc.Arbitrary<Source> {
  return fc.record(
    {
      id: fc.constant(id),
      title: text(1),
      publisher: text(),
      url: text(),
      publishedOn: isoDate,
      text: text(),
    },
    { requiredKeys: ['id', 'title', 'publishedOn', 'text'] },
  );
}

function forecast(id: string, sourceIds: string[]): fc.Arbitrary<Forecast> {
  return fc.record(
    {
      id: fc.constant(id),
      sourceId: fc.constantFrom(...sourceIds),
      speaker: fc.oneof(fc.constantFrom('Ada', 'Bo', 'Cy'), text(1)),
      speakerRole: text(),
      quote: text(1),
      claim: text(1),
      title: text(),
      madeOn: isoDate,
      deadline,
      kind: fc.constantFrom(...FORECAST_KINDS),
      probability,
      probabilitySource: fc.constantFrom('wording', 'manual'),
      hedge: fc.oneof(text(), fc.constantFrom(...DEFAULT_LEXICON.map((e) => e.phrase))),
      premise: text(),
      resolutionCriteria: text(1),
      note: text(),
      tags: fc.array(text(), { maxLength: 3 }),
      snoozedUntil: isoDate,
      reviewBy: fc.option(isoDate, { nil: null }),
    },
    {
      requiredKeys: [
        'id',
        'sourceId',
        'speaker',
        'quote',
        'claim',
        'madeOn',
        'deadline',
        'kind',
        'probability',
        'hedge',
        'resolutionCriteria',
        'note',
        'tags',
      ],
    },
  );
}

function judgement(id: string, forecastIds: string[], earlier: string[]): fc.Arbitrary<Judgement> {
  return fc.record(
    {
      id: fc.constant(id),
      forecastId: fc.constantFrom(...forecastIds),
      outcome: fc.constantFrom(...OUTCOMES),
      judgedOn: fc.option(isoDate),
      evidence,
      note: text(),
      at: instant,
      undoes: earlier.length > 0 ? fc.oneof(fc.constantFrom(...earlier), text()) : text(),
    },
    { requiredKeys: ['id', 'forecastId', 'outcome', 'judgedOn', 'evidence', 'note', 'at'] },
  );
}

const lexiconEntry: fc.Arbitrary<LexiconEntry> = fc.record({
  phrase: fc.oneof(text(1), fc.constantFrom(...DEFAULT_LEXICON.map((e) => e.phrase))),
  probability,
  source: text(),
});

/**
 * A lexicon an editor could hold (validateLexicon): no phrase blank or repeated once
 * normalised. Sometimes the defaults, sometimes the defaults edited, sometimes anything.
 */
export const lexicon: fc.Arbitrary<LexiconEntry[]> = fc.oneof(
  fc.constant(DEFAULT_LEXICON.map((e) => ({ ...e }))),
  fc
    .tuple(fc.nat(), probability)
    .map(([i, p]) =>
      DEFAULT_LEXICON.map((e, k) =>
        k === i % DEFAULT_LEXICON.length ? { ...e, probability: p } : { ...e },
      ),
    ),
  fc
    .uniqueArray(lexiconEntry, { maxLength: 6, selector: (e) => normalisePhrase(e.phrase) })
    .map((entries) => entries.filter((e) => normalisePhrase(e.phrase) !== '')),
);

/** Consistent data: unique ids, every forecast's source exists, every judgement's forecast too. */
export const appData: fc.Arbitrary<AppData> = ids(3, 1).chain((sourceIds) =>
  fc
    .tuple(fc.tuple(...sourceIds.map(source)), ids(5))
    .chain(([sources, forecastIds]) =>
      fc.tuple(
        fc.constant(sources),
        fc.tuple(...forecastIds.map((id) => forecast(id, sourceIds))),
        forecastIds.length === 0 ? fc.constant([]) : ids(8),
      ),
    )
    .chain(([sources, forecasts, judgementIds]) =>
      fc
        .tuple(
          ...judgementIds.map((id, i) =>
            judgement(
              id,
              forecasts.map((f) => f.id),
              judgementIds.slice(0, i),
            ),
          ),
        )
        .map((judgements) => ({ sources, forecasts, judgements })),
    )
    .chain((data) =>
      fc
        .option(lexicon, { nil: undefined })
        .map((entries) => (entries === undefined ? data : { ...data, lexicon: entries })),
    ),
);

/**
 * Valid data whose lists survive the CSV's joined cells, and without snoozes: no tag that is empty or holds the
 * `; ` separator, no space in an evidence URL, no `|` in an evidence note. The CSV is a view;
 * these are the limits docs/scorecard-format.md states for reading it back.
 */
export const csvSafeAppData: fc.Arbitrary<AppData> = appData.map((data) => ({
  ...data,
  // A snooze is the reader's own reminder, not part of the spreadsheet view: the CSV leaves it
  // out.
  forecasts: data.forecasts.map(({ snoozedUntil: _snooze, ...f }) => ({
    ...f,
    tags: f.tags.filter((t) => t !== '' && !t.includes('; ')),
  })),
  judgements: data.judgements.map((j) => ({
    ...j,
    evidence: j.evidence.map((e) => ({
      url: e.url.replaceAll(' ', '_'),
      note: e.note.replaceAll('|', '/'),
    })),
  })),
}));

/** Fatebook's export columns (Sage-Future/fatebook, lib/web/export.ts). */
export const FATEBOOK_HEADER = [
  'Question title',
  'Multiple choice option',
  'Forecast created by',
  'Forecast (scale = 0-1)',
  'Forecast created at',
  'Question created by',
  'Question created at',
  'Question resolve by',
  'Resolution',
  'Resolved at',
  'Your Brier score for this question',
  'Your relative Brier score for this question',
  'Question notes',
  'Question shared with',
  'Question shared publicly',
  'Question comments',
];

// As Fatebook's getDateTimeYYYYMMDDHHMMSS writes them: seconds not zero-padded.
const fatebookTime = fc
  .date({
    min: new Date(Date.UTC(2020, 0, 1)),
    max: new Date(Date.UTC(2030, 0, 1)),
    noInvalidDate: true,
  })
  .map(
    (d) => `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)}:${d.getUTCSeconds()}`,
  );

const fatebookRow = fc
  .record({
    title: text(1),
    option: fc.oneof(fc.constant(''), text()),
    by: fc.oneof(fc.constantFrom('', 'Ada', 'Bo'), text()),
    forecast: fc.double({ min: 0, max: 1, noNaN: true }).map((p) => String(p + 0)),
    at: fatebookTime,
    created: fatebookTime,
    resolveBy: fatebookTime,
    resolution: fc.constantFrom('', 'YES', 'NO', 'AMBIGUOUS'),
    resolvedAt: fc.oneof(fc.constant(''), fatebookTime),
    notes: text(),
  })
  .map((r) => [
    r.title,
    r.option,
    r.by,
    r.forecast,
    r.at,
    'Ada',
    r.created,
    r.resolveBy,
    r.resolution,
    r.resolvedAt,
    '',
    '',
    r.notes,
    '',
    'false',
    '',
  ]);

/** A valid Fatebook export as rows, the header first. */
export const fatebookRows: fc.Arbitrary<string[][]> = fc
  .array(fatebookRow, { minLength: 1, maxLength: 6 })
  .map((rows) => [[...FATEBOOK_HEADER], ...rows]);
