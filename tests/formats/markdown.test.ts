import { httpUrl } from '../../src/domain/urls';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AppData } from '../../src/domain/model';
import {
  CALIBRATION_HEADERS,
  FORECAST_HEADERS,
  formatAccuracy,
  formatBrier,
  formatDeadline,
  formatPercent,
  formatProbability,
  formatSigned,
  scorecardToMarkdown,
  SUMMARY_HEADERS,
  TOO_FEW_NOTE,
  TRACK_RECORD_HEADERS,
} from '../../src/formats/markdown';
import { escapeMarkdownText, markdownLink } from '../../src/formats/markdown-escape';
import { makeData, makeForecast, makeJudgement } from '../support/factories';
import { text } from './arbitraries';
import { hostileText, LINE_BREAKS } from './markdown-hostile';
import { splitRow, tableAfter, unescapeCell } from './markdown-table';
import { EXPORTED_AT, scoredData } from './scorecard-fixture';

const EVIL = '<script>alert(1)</script> | *x* [a](javascript:alert(1))';

function oneForecast(claim: string, evidenceUrls: string[] = []): AppData {
  const forecast = makeForecast({ id: 'f1', claim, probability: 0.8 });
  const evidence = evidenceUrls.map((url) => ({ url, note: '' }));
  return makeData({
    forecasts: [forecast],
    judgements: [makeJudgement({ forecastId: 'f1', outcome: 'correct', evidence })],
  });
}

function forecastRows(data: AppData): string[][] {
  return tableAfter(scorecardToMarkdown(data, EXPORTED_AT), '## Forecasts').slice(1);
}

describe('scorecardToMarkdown', () => {
  const markdown = scorecardToMarkdown(scoredData(), EXPORTED_AT);

  it('opens with a title and the export date', () => {
    expect(markdown.split('\n').slice(0, 3)).toEqual([
      '# Hindsight scorecard',
      '',
      'Exported on 1 May 2024.',
    ]);
    expect(markdown.endsWith('|\n')).toBe(true);
  });

  it('tabulates each speaker and all speakers, with "—" where nothing is scored', () => {
    expect(tableAfter(markdown, '## Speakers')).toEqual([
      [...SUMMARY_HEADERS],
      ['Ada', '5', '5', '2', '1', '1', '1', '0', '0', '62.5% (4)', '0.145', '0.227', '−0.853', '0'],
      // Bo's one scored forecast states no probability: no accuracy, as no Brier.
      ['Bo', '3', '2', '1', '0', '0', '0', '1', '1', '—', '—', '—', '—', '0'],
      [
        'All speakers',
        ...['8', '7', '3', '1', '1', '1', '1', '1', '62.5% (4)', '0.145', '0.227', '−0.853', '0'],
      ],
    ]);
  });

  it('flags a forecast edited after it was judged, and counts the scored ones per speaker', () => {
    const data = scoredData();
    const judged = new Set(data.judgements.map((j) => j.forecastId));
    const [first, pending] = [
      data.forecasts.find((f) => f.speaker === 'Ada' && judged.has(f.id))!,
      data.forecasts.find((f) => !judged.has(f.id))!,
    ];
    const edited = new Map([
      [first.id, '2024-03-02'],
      [pending.id, '2024-03-03'],
    ]);
    const out = scorecardToMarkdown(data, EXPORTED_AT, 0.5, edited);
    const rows = tableAfter(out, '## Forecasts').slice(1);
    const outcomeOf = (claim: string) => rows.find((r) => r[1] === claim)![4];
    expect(outcomeOf(first.claim)).toMatch(/\(edited after it was judged, on 2 Mar 2024\)$/);
    expect(rows.filter((r) => r[4]!.includes('edited after it was judged'))).toHaveLength(2);
    const speakers = tableAfter(out, '## Speakers');
    const column = SUMMARY_HEADERS.indexOf('Edited after judgement');
    // Only the scored one counts: a pending forecast has nothing to be edited after.
    expect(speakers.map((r) => [r[0], r[column]])).toEqual([
      ['Speaker', 'Edited after judgement'],
      ['Ada', '1'],
      ['Bo', '0'],
      ['All speakers', '1'],
    ]);
  });

  it('tabulates calibration: every bucket, with "—" where it is empty', () => {
    const rows = tableAfter(markdown, '## Calibration');
    expect(rows[0]).toEqual([...CALIBRATION_HEADERS]);
    expect(rows).toHaveLength(11);
    expect(rows[1]).toEqual(['0–9%', '0', '—', '—', '—']);
    expect(rows.slice(7)).toEqual([
      ['60–69%', '1', '60.0%', '50.0%', '7%–93%'],
      ['70–79%', '1', '70.0%', '0.0%', '0%–73%'],
      ['80–89%', '2', '80.0%', '100.0%', '43%–100%'],
      ['90–100%', '0', '—', '—', '—'],
    ]);
  });

  it('tabulates each speaker’s track record, marking those with too few scored', () => {
    expect(tableAfter(markdown, '## Track records')).toEqual([
      [...TRACK_RECORD_HEADERS],
      // Vagueness: Ada's unresolvable one of five; two of Bo's three state no probability.
      // Boldness: mean 2·|p − 0.5|.
      ['Ada', '4', '62.5% (4)', '0.145 (4)', '20%', '36%', TOO_FEW_NOTE],
      ['Bo', '1', '—', '—', '67%', '80%', TOO_FEW_NOTE],
    ]);
  });

  it('leaves the note empty from ten scored forecasts on', () => {
    const judged = Array.from({ length: 10 }, (_, i) => {
      const f = makeForecast({ id: `f${i}`, speaker: 'Cy', probability: 0.9 });
      return { f, j: makeJudgement({ forecastId: f.id, outcome: 'correct' }) };
    });
    const data = makeData({
      forecasts: judged.map((x) => x.f),
      judgements: judged.map((x) => x.j),
    });
    const [, cy] = tableAfter(scorecardToMarkdown(data, EXPORTED_AT), '## Track records');
    expect(cy).toEqual(['Cy', '10', '100.0% (10)', '0.010 (10)', '0%', '80%', '']);
  });

  it('escapes speaker names in every table', () => {
    const speaker = '<b>|Ada|</b>';
    const data = makeData({ forecasts: [makeForecast({ speaker, probability: 0.5 })] });
    const out = scorecardToMarkdown(data, EXPORTED_AT);
    for (const heading of ['## Speakers', '## Track records', '## Forecasts']) {
      const rows = tableAfter(out, heading);
      expect(rows[1]?.[0]).toBe('&lt;b&gt;\\|Ada\\|&lt;/b&gt;');
      expect(rows[1]).toHaveLength(rows[0]!.length);
    }
  });

  it('states the credit for partly it used', () => {
    const scored = (credit: 0 | 0.5 | 1) => scorecardToMarkdown(scoredData(), EXPORTED_AT, credit);
    expect(scored(1)).toContain('a partly correct one earns 1 here, whichever way it leaned');
    expect(tableAfter(scored(1), '## Speakers')[1]?.[9]).toBe('75.0% (4)');
    expect(scored(0)).toContain('a partly correct one earns 0 here');
    expect(tableAfter(scored(0), '## Track records')[1]?.[2]).toBe('50.0% (4)');
  });

  it('explains the figures under the summary', () => {
    expect(markdown).toContain(
      '- **Accuracy (n)**: the share of forecasts whose probability pointed the way things went (above 50% and it happened, below 50% and it did not), over the n scored forecasts that state a probability other than 50%',
    );
    expect(markdown).toMatch(/\*\*Brier \(0–1\)\*\* = mean \(p − o\)².*0\.25 is what a forecaster/);
    expect(markdown).toMatch(/\*\*Brier skill\*\* = 1 − Brier ÷ the Brier of always saying 50%/);
    expect(markdown).toMatch(/\*\*Log score\*\* = .*always saying 50% earns −1\./);
    expect(markdown).toContain('- **—** means there is nothing to score yet.');
  });

  it('lists every forecast with its outcome label', () => {
    const rows = tableAfter(markdown, '## Forecasts');
    expect(rows[0]).toEqual([...FORECAST_HEADERS]);
    expect(rows.slice(1).map((r) => [r[0], r[3], r[4]])).toEqual([
      ['Ada', '80%', 'Correct'],
      ['Ada', '80%', 'Correct'],
      ['Ada', '70%', 'Incorrect'],
      ['Ada', '60%', 'Partly correct'],
      ['Ada', '50%', 'Unresolvable'],
      ['Bo', '90%', 'Pending'],
      ['Bo', '—', 'Annulled'],
      ['Bo', '—', 'Correct'],
    ]);
    expect(rows[1]?.[2]).toBe('by 30 Jun 2023');
  });

  it('says so when there are no forecasts', () => {
    const empty = scorecardToMarkdown(makeData(), EXPORTED_AT);
    expect(empty).toContain('## Forecasts\n\nNo forecasts yet.\n');
    expect(tableAfter(empty, '## Speakers').at(-1)).toEqual([
      'All speakers',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '—',
      '—',
      '—',
      '—',
      '0',
    ]);
    expect(tableAfter(empty, '## Calibration').slice(1)).toHaveLength(10);
    expect(empty).toContain('## Track records\n\nNo speakers yet.\n');
  });
});

describe('escaping', () => {
  it('keeps hostile text inert: no tag, no link, no extra cell', () => {
    const rows = forecastRows(oneForecast(EVIL));
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row).toHaveLength(FORECAST_HEADERS.length);
    const claim = row[1]!;
    expect(claim).toBe(
      '&lt;script&gt;alert\\(1\\)&lt;/script&gt; \\| \\*x\\* \\[a\\]\\(javascript\\:alert\\(1\\)\\)',
    );
    expect(claim).not.toMatch(/[<>]/);
    expect(unescapeCell(claim)).toBe(EVIL);
  });

  it('links evidence only when it is http(s) with no user part', () => {
    const urls = [
      'https://example.com/a',
      'javascript:alert(1)',
      'http://example.com/a_(b)|c?q=1&lt;2',
      'data:text/html,<b>x</b>',
      'not a url',
      'https://trusted.example@evil.example/',
    ];
    const [row] = forecastRows(oneForecast('c', urls));
    expect(row?.[5]).toBe(
      [
        '[1](https://example.com/a)',
        'javascript\\:alert\\(1\\)',
        '[3](http://example.com/a_%28b%29%7Cc?q=1\\&lt;2)',
        'data\\:text/html,&lt;b&gt;x&lt;/b&gt;',
        'not a url',
        'https\\:/\\/evil\\.example/ \\(not a link: it hid this host behind “trusted\\.example\\@”\\)',
      ].join(' '),
    );
  });

  it.each([
    ['a\nb\r\nc\td', 'a b c d'],
    ['a\u2028b\u2029c\u0085d\ve\ff\rg', 'a b c d e f g'],
    ['https://evil.com/x', 'https\\:/\\/evil\\.com/x'],
    ['www.evil.com', 'www\\.evil\\.com'],
    ['//host/a', '/\\/host/a'],
    ['mail a@b.c', 'mail a\\@b\\.c'],
    ['<https://x.org>', '&lt;https\\:/\\/x\\.org&gt;'],
    ['1.2.3.4 is 2.5%, at 10:30. Note: e.g.', '1\\.2\\.3\\.4 is 2.5%, at 10:30. Note: e\\.g.'],
    [
      '_under_ `code` ~strike~ #1 +2 -3 !4 {5}',
      '\\_under\\_ \\`code\\` \\~strike\\~ \\#1 \\+2 \\-3 \\!4 \\{5\\}',
    ],
    ['back\\slash & <b>', 'back\\\\slash &amp; &lt;b&gt;'],
  ])('escapes %j as %j', (raw, escaped) => {
    expect(escapeMarkdownText(raw)).toBe(escaped);
  });

  it('reads back as the original text (line breaks as spaces), in one cell, with no tag', () => {
    fc.assert(
      fc.property(fc.oneof(text(), hostileText), (raw) => {
        const escaped = escapeMarkdownText(raw);
        expect(escaped).not.toMatch(/[<>\r\n\v\f\u0085\u2028\u2029]/);
        expect(splitRow(`| ${escaped} | x |`)).toEqual([escaped.trim(), 'x']);
        expect(unescapeCell(escaped)).toBe(raw.replace(LINE_BREAKS, ' '));
      }),
      { numRuns: 500 },
    );
  });

  it('writes any http(s) URL as one link that stays in its cell', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (raw) => {
        const href = httpUrl(raw);
        expect(href).not.toBeNull();
        const link = markdownLink('1', href!);
        expect(link).toMatch(/^\[1\]\([^\s()<>|`]+\)$/);
        expect(splitRow(`| ${link} |`)).toEqual([link]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('figures', () => {
  it.each([
    [null, '—', '—'],
    [2 / 3, '66.7%', '0.667'],
    [0.625, '62.5%', '0.625'],
    [0, '0.0%', '0.000'],
    [1, '100.0%', '1.000'],
  ])('accuracy and Brier of %s read %s and %s', (value, accuracy, brier) => {
    expect(formatAccuracy(value)).toBe(accuracy);
    expect(formatBrier(value)).toBe(brier);
  });

  it.each([
    [null, '—'],
    [0.227, '0.227'],
    [-0.8525, '−0.853'],
    [-0.0001, '0.000'],
    [0, '0.000'],
  ])('a score either side of zero, %s, reads %s', (value, shown) => {
    expect(formatSigned(value)).toBe(shown);
  });

  it.each([
    [null, '—'],
    [0, '0%'],
    [0.18, '18%'],
    [0.426, '43%'],
    [1, '100%'],
  ])('a share %s reads %s', (value, shown) => {
    expect(formatPercent(value)).toBe(shown);
  });

  it.each([
    [null, '—'],
    [0.8, '80%'],
    [1 / 3, '33.3%'],
    [0.05, '5%'],
  ])('probability %s reads %s', (p, shown) => {
    expect(formatProbability(p)).toBe(shown);
  });

  it.each([
    [null, 'None stated'],
    [{ latest: '2023-06-30' }, 'by 30 Jun 2023'],
    [{ earliest: '2023-01-01', latest: '2024-12-31' }, '1 Jan 2023 – 31 Dec 2024'],
  ])('deadline %j reads %s', (deadline, shown) => {
    expect(formatDeadline(deadline)).toBe(shown);
  });
});
