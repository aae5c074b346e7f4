import { httpUrl } from '../../src/domain/urls';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AppData } from '../../src/domain/model';
import {
  FORECAST_HEADERS,
  formatAccuracy,
  formatBrier,
  formatDeadline,
  formatProbability,
  scorecardToMarkdown,
  SUMMARY_HEADERS,
} from '../../src/formats/markdown';
import { escapeMarkdownText, markdownLink } from '../../src/formats/markdown-escape';
import { makeData, makeForecast, makeJudgement } from '../support/factories';
import { text } from './arbitraries';
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
      ['Ada', '5', '5', '2', '1', '1', '1', '0', '0', '62.5%', '0.145'],
      ['Bo', '3', '2', '1', '0', '0', '0', '1', '1', '100.0%', '—'],
      ['All speakers', '8', '7', '3', '1', '1', '1', '1', '1', '70.0%', '0.145'],
    ]);
  });

  it('explains the figures under the summary', () => {
    expect(markdown).toContain(
      '- **Accuracy** = (correct + ½·partly) / (correct + incorrect + partly).',
    );
    expect(markdown).toMatch(/\*\*Brier \(0–1\)\*\* = mean \(p − o\)².*0\.25 is what a forecaster/);
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
    ]);
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
      '&lt;script&gt;alert\\(1\\)&lt;/script&gt; \\| \\*x\\* \\[a\\]\\(javascript:alert\\(1\\)\\)',
    );
    expect(claim).not.toMatch(/[<>]/);
    expect(unescapeCell(claim)).toBe(EVIL);
  });

  it('links evidence only when it is http(s)', () => {
    const urls = [
      'https://example.com/a',
      'javascript:alert(1)',
      'http://example.com/a_(b)|c?q=1&lt;2',
      'data:text/html,<b>x</b>',
      'not a url',
    ];
    const [row] = forecastRows(oneForecast('c', urls));
    expect(row?.[5]).toBe(
      [
        '[1](https://example.com/a)',
        'javascript:alert\\(1\\)',
        '[3](http://example.com/a_%28b%29%7Cc?q=1\\&lt;2)',
        'data:text/html,&lt;b&gt;x&lt;/b&gt;',
        'not a url',
      ].join(' '),
    );
  });

  it.each([
    ['a\nb\r\nc\td', 'a b c d'],
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
      fc.property(text(), (raw) => {
        const escaped = escapeMarkdownText(raw);
        expect(escaped).not.toMatch(/[<>\r\n]/);
        expect(splitRow(`| ${escaped} | x |`)).toEqual([escaped.trim(), 'x']);
        expect(unescapeCell(escaped)).toBe(raw.replace(/\r\n|[\r\n\t]/g, ' '));
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
