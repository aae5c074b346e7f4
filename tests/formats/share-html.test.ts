import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forecastViews } from '../../src/domain/catalogue';
import type { AppData } from '../../src/domain/model';
import { buildClaimReviews } from '../../src/formats/claimreview';
import { toIsoDate } from '../../src/domain/dates';
import { exportSummary } from '../../src/formats/export-summary';
import { accuracyWithCount, formatBrier } from '../../src/formats/markdown';
import {
  HTML_SUMMARY_HEADERS,
  scorecardToHtml,
  SHARE_HTML_CSP,
  shareHtmlFileName,
} from '../../src/formats/share-html';
import { makeData, makeForecast, makeJudgement, makeSource } from '../support/factories';
import { appData } from './arbitraries';
import { EXPORTED_AT, scoredData } from './scorecard-fixture';

const SCRIPT = '<script>alert(1)</script>';
const BREAKOUT = '"><img src=x onerror=alert(1)>';
const SINGLE = "' onmouseover='alert(1)";

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const squash = (text: string | null | undefined) =>
  (text ?? '').replace(/\0/g, '\uFFFD').replace(/\s+/g, ' ').trim();
const cells = (row: Element) => [...row.children].map((c) => squash(c.textContent));

/** The elements a shared page may hold; anything else got in through text. */
const ALLOWED_TAGS = new Set(
  'html head meta title style body header main footer section h1 h2 h3 h4 p strong time div table thead tbody tfoot tr th td dl dt dd article blockquote ul li a span'.split(
    ' ',
  ),
);

/** The page's JSON-LD data block: a script no browser runs, in the head, at most one. */
const DATA_BLOCK = 'head > script[type="application/ld+json"]';

function expectInert(doc: Document): void {
  const blocks = [...doc.querySelectorAll(DATA_BLOCK)];
  expect(blocks.length).toBeLessThanOrEqual(1);
  for (const block of blocks) expect(() => JSON.parse(block.textContent ?? '')).not.toThrow();
  const all = [...doc.querySelectorAll('*')].filter((e) => !blocks.includes(e));
  expect(all.map((e) => e.localName).filter((name) => !ALLOWED_TAGS.has(name))).toEqual([]);
  const handlers = all.flatMap((e) =>
    [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name),
  );
  expect(handlers).toEqual([]);
  for (const link of doc.querySelectorAll('a')) {
    expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
  }
}

function hostileData(): AppData {
  const source = makeSource({
    id: 's1',
    title: `Title ${SCRIPT}`,
    publisher: `Pub ${BREAKOUT}`,
    url: 'javascript:alert(1)',
  });
  const forecast = makeForecast({
    id: 'f1',
    sourceId: 's1',
    speaker: `Speaker ${BREAKOUT}`,
    speakerRole: SINGLE,
    claim: `Claim ${SCRIPT}`,
    quote: `Quote ${BREAKOUT} & more`,
    hedge: `${SCRIPT}`,
    probability: 0.7,
    resolutionCriteria: `Criteria ${SCRIPT}`,
  });
  const judgement = makeJudgement({
    forecastId: 'f1',
    outcome: 'incorrect',
    judgedOn: '2024-02-03',
    note: `Note ${BREAKOUT} ${SCRIPT}`,
    evidence: [
      { url: 'javascript:alert(document.cookie)', note: `js ${SCRIPT}` },
      { url: 'data:text/html,<script>alert(1)</script>', note: '' },
      { url: 'https://example.com/a?q="><script>x</script>&b=1', note: `Report ${BREAKOUT}` },
      { url: 'http://example.org/plain', note: '' },
      { url: 'https://trusted.example@evil.example/', note: 'Trusted report' },
    ],
  });
  return makeData({ sources: [source], forecasts: [forecast], judgements: [judgement] });
}

describe('scorecardToHtml', () => {
  it('is one self-contained page: the strict CSP, inline styles, no script, nothing to load', () => {
    const html = scorecardToHtml(scoredData(), EXPORTED_AT);
    const doc = parse(html);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(SHARE_HTML_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(csp?.getAttribute('content')).toBe(SHARE_HTML_CSP);
    expect(
      doc.querySelectorAll(
        'script:not([type="application/ld+json"]), link, img, iframe, object, embed, form',
      ),
    ).toHaveLength(0);
    expect(doc.querySelectorAll('[src], [srcset], [style]')).toHaveLength(0);
    const css = [...doc.querySelectorAll('style')].map((s) => s.textContent).join('');
    expect(css).toContain('@media print');
    expect(css).toContain('prefers-color-scheme: dark');
    expect(css).not.toMatch(/url\(|@import/);
    expect(doc.documentElement.lang).toBe('en');
    expectInert(doc);
  });

  it('has a title and the export date', () => {
    const doc = parse(scorecardToHtml(scoredData(), EXPORTED_AT));
    expect(squash(doc.querySelector('h1')?.textContent)).toBe('Hindsight scorecard');
    expect(doc.title).toBe('Hindsight scorecard, 1 May 2024');
    const time = doc.querySelector('header time');
    expect(time?.getAttribute('datetime')).toBe(EXPORTED_AT.toISOString());
    expect(squash(time?.textContent)).toBe('1 May 2024');
    expect(squash(doc.querySelector('header p')?.textContent)).toContain(
      '8 forecasts from 1 article, 7 judged',
    );
  });

  it("tabulates each speaker and all speakers with the app's figures", () => {
    const doc = parse(scorecardToHtml(scoredData(), EXPORTED_AT));
    const table = doc.querySelector('table')!;
    expect(cells(table.querySelector('thead tr')!)).toEqual([...HTML_SUMMARY_HEADERS]);
    expect([...table.querySelectorAll('tbody tr, tfoot tr')].map(cells)).toEqual([
      ['Ada', '5', '4', '2', '1', '1', '1', '0', '0', '62.5% (4)', '0.145 (4)', '0.227', '0'],
      ['Bo', '3', '1', '1', '0', '0', '0', '1', '1', '—', '—', '—', '0'],
      [
        'All speakers',
        ...['8', '5', '3', '1', '1', '1', '1', '1', '62.5% (4)', '0.145 (4)', '0.227', '0'],
      ],
    ]);
    expect(
      squash(doc.getElementById(table.getAttribute('aria-describedby')!)?.textContent),
    ).toContain('earns ½');
  });

  it('uses the credit for "partly correct" it is given', () => {
    const doc = parse(scorecardToHtml(scoredData(), EXPORTED_AT, 1));
    const ada = cells(doc.querySelector('tbody tr')!);
    expect(ada[9]).toBe('75.0% (4)');
    expect(squash(doc.getElementById('speakers-note')?.textContent)).toContain('earns 1');
  });

  it('lists every forecast under its article, with its facts in words', () => {
    const data = scoredData();
    const doc = parse(scorecardToHtml(data, EXPORTED_AT));
    const section = doc.querySelector('section.source')!;
    expect(squash(section.querySelector('h3')?.textContent)).toBe('Experts warn');
    expect(section.querySelector('.source-link a')?.getAttribute('href')).toBe(
      'https://example.com/a',
    );
    const articles = [...doc.querySelectorAll('article')];
    expect(articles).toHaveLength(data.forecasts.length);
    const first = articles[0]!;
    const facts = Object.fromEntries(
      [...first.querySelectorAll('dl > div')].map((d) => [
        squash(d.querySelector('dt')?.textContent),
        squash(d.querySelector('dd')?.textContent),
      ]),
    );
    expect(facts).toMatchObject({
      Deadline: 'by 30 Jun 2023',
      'Implied probability': '80%',
      Outcome: 'Correct',
      'Judged on': '1 Jul 2023',
    });
    expect(squash(first.querySelector('blockquote')?.textContent)).toBe(
      'The war will end by next summer',
    );
    const labelled = first.getAttribute('aria-labelledby')!;
    expect(squash(doc.getElementById(labelled)?.textContent)).toBe(data.forecasts[0]!.claim);
    const pending = articles[5]!;
    expect(squash(pending.querySelector('.outcome')?.textContent)).toBe('Pending');
    expect(pending.querySelector('dt:not(:empty)')).not.toBeNull();
    expect([...pending.querySelectorAll('dt')].map((d) => d.textContent)).not.toContain(
      'Judged on',
    );
  });

  it('counts in the summary match the forecasts it lists', () => {
    fc.assert(
      fc.property(appData, (data) => {
        const doc = parse(scorecardToHtml(data, EXPORTED_AT));
        expect(doc.querySelectorAll('article')).toHaveLength(data.forecasts.length);
        const summary = exportSummary(forecastViews(data), toIsoDate(EXPORTED_AT));
        const rows = [...doc.querySelectorAll('tbody tr')].map(cells);
        expect(rows.map((r) => r[0])).toEqual(summary.speakers.map((t) => squash(t.speaker)));
        const total = cells(doc.querySelector('tfoot tr')!);
        expect(total.slice(1, 3)).toEqual([
          String(data.forecasts.length),
          String(summary.overall.scored),
        ]);
        expect(total[9]).toBe(accuracyWithCount(summary.overall));
        expect(total[10]?.startsWith(formatBrier(summary.overall.brier))).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it('escapes hostile text everywhere: it reads as text and never becomes markup', () => {
    const html = scorecardToHtml(hostileData(), EXPORTED_AT);
    const doc = parse(html);
    expectInert(doc);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    const article = doc.querySelector('article')!;
    expect(squash(article.querySelector('h4')?.textContent)).toBe(`Claim ${SCRIPT}`);
    expect(squash(article.querySelector('blockquote')?.textContent)).toBe(
      `Quote ${BREAKOUT} & more`,
    );
    expect(squash(article.querySelector('.speaker')?.textContent)).toBe(
      `Speaker ${BREAKOUT}, ${SINGLE}`,
    );
    expect(squash(article.textContent)).toContain(`Note ${BREAKOUT} ${SCRIPT}`);
    expect(squash(doc.querySelector('section.source h3')?.textContent)).toBe(`Title ${SCRIPT}`);
    expect(squash(doc.querySelector('section.source .meta')?.textContent)).toContain(
      `Pub ${BREAKOUT}`,
    );
  });

  it('carries the verdicts as ClaimReview JSON-LD in one data block, signed by the reviewer given', () => {
    const data = scoredData();
    const edited = new Map([[data.forecasts[0]!.id, '2024-03-02']]);
    const doc = parse(scorecardToHtml(data, EXPORTED_AT, 0.5, edited, 'Dee Reader'));
    const blocks = doc.querySelectorAll(DATA_BLOCK);
    expect(blocks).toHaveLength(1);
    const reviews = JSON.parse(blocks[0]?.textContent ?? '') as Record<string, unknown>[];
    expect(reviews).toEqual(buildClaimReviews(data, { edited, reviewer: 'Dee Reader' }));
    // 7 judged, of which one annulled: six verdicts.
    expect(reviews).toHaveLength(6);
    expect(reviews[0]?.author).toEqual({ '@type': 'Person', name: 'Dee Reader' });
    // Nothing judged, nothing to mark up.
    expect(parse(scorecardToHtml(makeData(), EXPORTED_AT)).querySelectorAll('script')).toHaveLength(
      0,
    );
  });

  it('keeps hostile text inside the data block, where it reads back as written', () => {
    const html = scorecardToHtml(hostileData(), EXPORTED_AT);
    const block = parse(html).querySelector(DATA_BLOCK);
    const [review] = JSON.parse(block?.textContent ?? '') as { claimReviewed: string }[];
    expect(review?.claimReviewed).toBe(`Claim ${SCRIPT}`);
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html.match(/<script/gi)).toHaveLength(1);
  });

  it('links only http(s) evidence; javascript:, data: and user-part addresses stay visible as text', () => {
    const doc = parse(scorecardToHtml(hostileData(), EXPORTED_AT));
    const links = [...doc.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://example.com/a?q=%22%3E%3Cscript%3Ex%3C/script%3E&b=1',
      'http://example.org/plain',
    ]);
    expect(links.map((a) => squash(a.textContent))).toEqual([
      `Report ${BREAKOUT}`,
      'http://example.org/plain',
    ]);
    expect(links.every((a) => a.rel === 'noopener noreferrer')).toBe(true);
    const evidence = squash(doc.querySelector('.evidence')?.textContent);
    expect(evidence).toContain('javascript:alert(document.cookie) (not a web link)');
    expect(evidence).toContain('data:text/html,<script>alert(1)</script> (not a web link)');
    // An address with a user part is shown by where it really goes.
    expect(evidence).toContain(
      'Trusted report: https://evil.example/ (not a link: it hid this host behind “trusted.example@”)',
    );
    // The article's own javascript: URL is not linked either.
    expect(doc.querySelector('.source-link')).toBeNull();
  });

  it('never lets arbitrary text become markup', () => {
    fc.assert(
      fc.property(appData, (data) => expectInert(parse(scorecardToHtml(data, EXPORTED_AT)))),
      { numRuns: 50 },
    );
  });

  it('says so when there is nothing to list', () => {
    const doc = parse(scorecardToHtml(makeData(), EXPORTED_AT));
    expect(doc.querySelectorAll('article')).toHaveLength(0);
    expect(squash(doc.querySelector('main')?.textContent)).toContain('No forecasts yet.');
    expect(cells(doc.querySelector('tfoot tr')!)).toEqual([
      'All speakers',
      ...Array<string>(8).fill('0'),
      '—',
      '—',
      '—',
      '0',
    ]);
  });

  it('flags a forecast edited after it was judged in words, and counts it for its speaker', () => {
    const data = scoredData();
    const judged = new Set(data.judgements.map((j) => j.forecastId));
    const flagged = data.forecasts.find((f) => f.speaker === 'Ada' && judged.has(f.id))!;
    const doc = parse(
      scorecardToHtml(data, EXPORTED_AT, 0.5, new Map([[flagged.id, '2024-03-02']])),
    );
    const article = [...doc.querySelectorAll('article')].find(
      (a) => squash(a.querySelector('h4')?.textContent) === flagged.claim,
    )!;
    expect(squash(article.querySelector('.edited-after')?.textContent)).toBe(
      '✎ edited after it was judged, on 2 Mar 2024',
    );
    expect(doc.querySelectorAll('.edited-after')).toHaveLength(1);
    const column = HTML_SUMMARY_HEADERS.indexOf('Edited after judgement');
    const rows = [...doc.querySelectorAll('tbody tr, tfoot tr')].map(cells);
    expect(rows.map((r) => [r[0], r[column]])).toEqual([
      ['Ada', '1'],
      ['Bo', '0'],
      ['All speakers', '1'],
    ]);
  });

  it('is named hindsight-scorecard-YYYY-MM-DD.html after the local day', () => {
    expect(shareHtmlFileName(new Date(2025, 2, 5, 23, 59))).toBe(
      'hindsight-scorecard-2025-03-05.html',
    );
  });
});
