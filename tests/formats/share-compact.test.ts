import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { SEED_DATA } from '../../src/data/seed';
import type { AppData, Forecast, Source } from '../../src/domain/model';
import { toBase64Url } from '../../src/formats/base64url';
import { compactPayload, diffList, type SharePayload } from '../../src/formats/share-compact';
import { SHARE_FRAGMENT_PREFIX } from '../../src/formats/share-fragment';
import {
  buildShareLink,
  decodeShareFragment,
  encodeCompactShareFragment,
  encodeShareFragment,
  MAX_SHARED_JSON_BYTES,
} from '../../src/formats/share-link';
import { appData, RECEIVER_CLOCK } from './arbitraries';
import { EXPORTED_AT } from './scorecard-fixture';
import { evidenceUrl, noteFor, tenJudgements } from './share-ten-judgements';

const APP = 'http://127.0.0.1:4721/';
const SHARED_AT = new Date('2024-03-19T10:00:00.000Z');
const OPENED_AT = new Date('2024-03-20T10:00:00.000Z');

const fragmentOf = (payload: unknown) =>
  SHARE_FRAGMENT_PREFIX +
  toBase64Url(deflateSync(new TextEncoder().encode(JSON.stringify(payload)), { level: 9 }));

const payloadOf = (data: AppData, catalogue: AppData = SEED_DATA): SharePayload =>
  JSON.parse(JSON.stringify(compactPayload(data, catalogue, SHARED_AT))) as SharePayload;

function opened(hash: string, catalogue: AppData | null = SEED_DATA) {
  const result = decodeShareFragment(hash, OPENED_AT, catalogue);
  if (!result.ok) throw new Error(`${result.reason} ${result.details.join('; ')}`);
  return result;
}

function refused(payload: unknown, catalogue: AppData | null = SEED_DATA) {
  const result = decodeShareFragment(fragmentOf(payload), OPENED_AT, catalogue);
  if (result.ok) throw new Error('expected the link to be refused');
  return result;
}

describe('the compact share link', () => {
  it('carries the shipped article with 10 judgements in under 4,000 characters (15,000 before)', () => {
    const data = tenJudgements();
    const before = APP.length + encodeShareFragment(data, SHARED_AT).length;
    const link = buildShareLink(APP, data, SEED_DATA, SHARED_AT);
    if (!link.ok) throw new Error('expected a link');
    expect(before).toBeGreaterThan(14_000);
    expect(link.url.length).toBeLessThan(2_500);
    // It opens as the same record the whole scorecard would have given.
    const compact = opened(new URL(link.url).hash);
    const whole = opened(encodeShareFragment(data, SHARED_AT));
    expect(compact.data).toEqual(whole.data);
    expect(compact.warnings).toEqual([]);
    const views = compact.data.judgements.filter((j) => j.evidence[0]?.url === evidenceUrl(0));
    expect(views.at(-1)?.note).toBe(noteFor(0));
  });

  it('names catalogued items by id, in runs, and carries none of their text', () => {
    const payload = payloadOf(tenJudgements());
    expect(payload.sources).toEqual([[SEED_DATA.sources[0]!.id]]);
    expect(payload.forecasts).toEqual([
      [SEED_DATA.forecasts[0]!.id, SEED_DATA.forecasts.at(-1)!.id],
    ]);
    expect(JSON.stringify(payload)).not.toContain(SEED_DATA.forecasts[0]!.quote);
    expect(payload.judgements).toHaveLength(10);
  });

  it('carries an edited catalogued forecast as the fields that changed, whatever they are', () => {
    const [first, second, ...rest] = SEED_DATA.forecasts;
    const withoutRole: Forecast = { ...second! };
    delete withoutRole.speakerRole;
    const edited: AppData = {
      ...SEED_DATA,
      forecasts: [
        { ...first!, claim: 'Reworded.', tags: ['coup'], snoozedUntil: '2024-05-01' },
        withoutRole,
        ...rest,
      ],
    };
    const payload = payloadOf(edited);
    expect(payload.forecasts.slice(0, 2)).toEqual([
      { ref: first!.id, claim: 'Reworded.', tags: ['coup'], snoozedUntil: '2024-05-01' },
      { ref: second!.id, unset: ['speakerRole'] },
    ]);
    expect(opened(fragmentOf(payload)).data.forecasts.slice(0, 2)).toEqual(
      edited.forecasts.slice(0, 2),
    );
    // A field this module has never heard of is diffed like any other.
    type Titled = { id: string; claim: string; title?: string };
    const base: Titled[] = [{ id: 'a', claim: 'x' }];
    expect(diffList([{ id: 'a', claim: 'x', title: 'T' }], base)).toEqual([
      { ref: 'a', title: 'T' },
    ]);
  });

  it('keeps the order, deletions and additions of the lists, and a lexicon of the reader’s own', () => {
    const [a, b, c, ...rest] = SEED_DATA.forecasts;
    const added: Forecast = { ...a!, id: 'fc-mine', claim: 'Mine.' };
    const source: Source = { id: 'src-mine', title: 'Mine', publishedOn: '2024-01-02', text: '' };
    const data: AppData = {
      ...SEED_DATA,
      sources: [source, ...SEED_DATA.sources],
      // The second catalogued forecast deleted; the third moved to the front.
      forecasts: [c!, a!, added, ...rest],
      lexicon: [{ phrase: 'surely', probability: 0.9, source: 'me' }],
    };
    expect(b).toBeDefined();
    const payload = payloadOf(data);
    expect(payload.forecasts[0]).toEqual([c!.id]);
    expect(payload.forecasts[2]).toMatchObject({ id: 'fc-mine' });
    const result = opened(fragmentOf(payload));
    expect(result.data.forecasts.map((f) => f.id)).toEqual(data.forecasts.map((f) => f.id));
    expect(result.data.sources).toEqual(data.sources);
    expect(result.data.lexicon).toEqual(data.lexicon);
  });

  it('opens as the same record as the whole scorecard, for any record and any catalogue', () => {
    // The catalogue: some of the record's items, some changed, in another order, with others.
    const catalogueOf = (data: AppData, other: AppData) =>
      fc
        .tuple(
          fc.array(fc.constantFrom('keep', 'change', 'drop'), {
            minLength: data.forecasts.length,
            maxLength: data.forecasts.length,
          }),
          fc.boolean(),
        )
        .map(([fates, reverse]): AppData => {
          const forecasts = data.forecasts.flatMap((f, i) =>
            fates[i] === 'drop'
              ? []
              : fates[i] === 'change'
                ? [{ ...f, claim: `${f.claim} (as catalogued)`, snoozedUntil: '2020-01-01' }]
                : [f],
          );
          const all = [...forecasts, ...other.forecasts];
          return {
            sources: [...other.sources, ...data.sources.slice(1)],
            forecasts: reverse ? all.reverse() : all,
            judgements: [],
          };
        });
    fc.assert(
      fc.property(
        fc
          .tuple(appData, appData)
          .chain(([data, other]) =>
            catalogueOf(data, other).map((catalogue) => ({ data, catalogue })),
          ),
        ({ data, catalogue }) => {
          const compact = decodeShareFragment(
            encodeCompactShareFragment(data, catalogue, EXPORTED_AT),
            RECEIVER_CLOCK,
            catalogue,
          );
          const whole = decodeShareFragment(encodeShareFragment(data, EXPORTED_AT), RECEIVER_CLOCK);
          expect(compact).toEqual(whole);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('says so when the recipient’s catalogue is another version', () => {
    const data = tenJudgements();
    const theirs: AppData = {
      ...SEED_DATA,
      forecasts: SEED_DATA.forecasts.map((f, i) => (i === 12 ? { ...f, claim: 'Newer.' } : f)),
    };
    const result = opened(encodeCompactShareFragment(data, SEED_DATA, SHARED_AT), theirs);
    expect(result.warnings.join(' ')).toMatch(/another version of the shipped article/);
    expect(result.data.forecasts[12]!.claim).toBe('Newer.');
  });
});

const STAMP = '2024-03-18T09:00:00.000Z';

/** A forgery: the payload with one log of judgements, each given as its parts. */
const judged =
  (forecastId: string, ...log: unknown[][]) =>
  (p: Record<string, unknown>) => ({ ...p, judgements: [[forecastId, log]] });

describe('a hostile compact link', () => {
  const good = () => payloadOf(tenJudgements());

  it('that names a catalogue id this copy does not have is refused, naming it', () => {
    const payload = good();
    payload.forecasts = [['fc-not-in-any-catalogue', SEED_DATA.forecasts.at(-1)!.id]];
    const result = refused(payload);
    expect(result.reason).toMatch(/parts of the shipped article’s catalogue that this copy/);
    expect(result.details.join('\n')).toMatch(/forecast “fc-not-in-any-catalogue”/);
    const edited = good();
    edited.sources = [{ ref: 'src-elsewhere', title: 'x' }];
    expect(refused(edited).details.join('\n')).toMatch(/article “src-elsewhere”/);
  });

  it('is refused when the catalogue could not be loaded', () => {
    expect(refused(good(), null).reason).toMatch(/catalogue, which could not be loaded/);
  });

  it.each([
    ['a newer version', (p: Record<string, unknown>) => ({ ...p, version: 2 }), /version 2/],
    ['no version', (p: Record<string, unknown>) => ({ ...p, version: undefined }), /version/],
    ['an unknown key', (p: Record<string, unknown>) => ({ ...p, admin: true }), /admin/],
    [
      'a forged field on a catalogued forecast',
      (p: Record<string, unknown>) => ({
        ...p,
        forecasts: [{ ref: SEED_DATA.forecasts[0]!.id, isAdmin: true }],
      }),
      /forecasts\[0\]/,
    ],
    [
      'a __proto__ field',
      (p: Record<string, unknown>) => ({
        ...p,
        forecasts: [JSON.parse(`{"ref":"${SEED_DATA.forecasts[0]!.id}","__proto__":{"x":1}}`)],
      }),
      /forecasts\[0\]/,
    ],
    [
      'a field of the wrong type',
      (p: Record<string, unknown>) => ({
        ...p,
        forecasts: [{ ref: SEED_DATA.forecasts[0]!.id, probability: 7 }],
      }),
      /forecasts\[0\]\.probability/,
    ],
    [
      'a run that ends before it starts',
      (p: Record<string, unknown>) => ({
        ...p,
        forecasts: [[SEED_DATA.forecasts[3]!.id, SEED_DATA.forecasts[1]!.id]],
      }),
      /ends before it starts/,
    ],
    [
      'a judgement with a forged outcome',
      judged(SEED_DATA.forecasts[0]!.id, ['j1', STAMP, 'won', null, '', []]),
      /outcome/,
    ],
    [
      'a judgement with parts too many',
      judged(SEED_DATA.forecasts[0]!.id, ['j1', STAMP, 'correct', null, '', [], {}, {}]),
      /too many parts/,
    ],
    [
      'a judgement stamped in the future',
      judged(SEED_DATA.forecasts[0]!.id, [
        'j1',
        '9999-12-31T23:59:59.999Z',
        'correct',
        null,
        '',
        [],
      ]),
      /history\[0\]\.at/,
    ],
    [
      'a judgement of a forecast it does not have',
      judged('fc-nowhere', ['j1', STAMP, 'correct', '2024-03-18', '', []]),
      /forecast “fc-nowhere”, which the link does not have/,
    ],
    [
      'a judgement with a forged field',
      judged(SEED_DATA.forecasts[0]!.id, ['j1', STAMP, 'correct', null, '', [], { pinned: true }]),
      /pinned/,
    ],
    [
      'evidence with a user part in its address',
      judged(SEED_DATA.forecasts[0]!.id, [
        'j1',
        STAMP,
        'correct',
        '2024-03-18',
        '',
        [['https://trusted.example@evil.example/', '']],
      ]),
      /evil\.example/,
    ],
    [
      'a date that is not one',
      (p: Record<string, unknown>) => ({ ...p, exportedAt: 'soon' }),
      /exportedAt/,
    ],
  ])('is refused: %s', (_, forge, detail) => {
    const result = refused(forge(good() as unknown as Record<string, unknown>));
    expect(result.reason).toMatch(/valid Hindsight scorecard|catalogue/);
    expect([result.reason, ...result.details].join('\n')).toMatch(detail);
  });

  it('stops inflating a huge field at the cap', () => {
    const payload = good();
    payload.sources = [
      {
        id: 'src-huge',
        title: 'x',
        publishedOn: '2024-01-01',
        text: 'a'.repeat(MAX_SHARED_JSON_BYTES),
      },
    ];
    expect(refused(payload).reason).toMatch(/unpacks to more than 32 MB/);
  });
});
