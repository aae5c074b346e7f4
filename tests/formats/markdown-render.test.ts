// The Markdown export as two real Markdown libraries render it: text from articles and users
// never becomes a link, a tag or a new row, and the export's own evidence links stay links.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forecastViews } from '../../src/domain/catalogue';
import { toIsoDate } from '../../src/domain/dates';
import type { AppData, Evidence } from '../../src/domain/model';
import { exportSummary } from '../../src/formats/export-summary';
import { scorecardToMarkdown } from '../../src/formats/markdown';
import { makeData, makeForecast, makeJudgement, makeSource } from '../support/factories';
import { HOSTILE_PIECES, hostileText, LINE_BREAKS } from './markdown-hostile';
import { links, renderedTables, RENDERERS, textOf } from './markdown-renderers';
import { EXPORTED_AT } from './scorecard-fixture';

/** What a reader sees of a text field in a cell: separators as spaces, ends trimmed. */
const shown = (text: string) => text.replace(LINE_BREAKS, ' ').replace(/^ +| +$/g, '');

// Evidence that must never be a link: text that cannot parse as an address, and http(s)
// addresses whose user part hides their real host.
const notAWebAddress = fc.oneof(
  hostileText.map((text) => `not a link ${text}`),
  fc.webUrl().map((url) => url.replace('://', '://trusted.example@')),
);

interface Hostile {
  data: AppData;
  /** How many links the export means to make: one per http(s) evidence address. */
  intendedLinks: number;
}

const hostileForecast = fc.record({
  speaker: hostileText,
  speakerRole: hostileText,
  quote: hostileText,
  claim: hostileText,
  hedge: hostileText,
  resolutionCriteria: hostileText,
  note: hostileText,
  premise: hostileText,
  tags: fc.array(hostileText, { maxLength: 2 }),
  judgementNote: hostileText,
  webEvidence: fc.array(fc.record({ url: fc.webUrl(), note: hostileText }), { maxLength: 2 }),
  otherEvidence: fc.array(fc.record({ url: notAWebAddress, note: hostileText }), { maxLength: 2 }),
});

const hostileData: fc.Arbitrary<Hostile> = fc
  .record({
    title: hostileText,
    publisher: hostileText,
    url: hostileText,
    text: hostileText,
    forecasts: fc.array(hostileForecast, { minLength: 1, maxLength: 6 }),
  })
  .map(({ forecasts, ...sourceFields }) => {
    const source = makeSource(sourceFields);
    const made = forecasts.map(({ judgementNote, webEvidence, otherEvidence, ...fields }, i) => {
      const forecast = makeForecast({ ...fields, id: `f${i}`, sourceId: source.id });
      const evidence: Evidence[] = [...otherEvidence, ...webEvidence];
      const judgement = makeJudgement({ forecastId: forecast.id, note: judgementNote, evidence });
      return { forecast, judgement, links: webEvidence.length };
    });
    return {
      data: makeData({
        sources: [source],
        forecasts: made.map((m) => m.forecast),
        judgements: made.map((m) => m.judgement),
      }),
      intendedLinks: made.reduce((sum, m) => sum + m.links, 0),
    };
  });

/** Rows each table must render with: header plus body, in the export's order of tables. */
function expectedRows(data: AppData): number[] {
  const summary = exportSummary(forecastViews(data), toIsoDate(EXPORTED_AT), 0.5);
  return [
    1 + summary.speakers.length + 1,
    1 + summary.calibration.length,
    ...(summary.trackRecords.length > 0 ? [1 + summary.trackRecords.length] : []),
    ...(data.forecasts.length > 0 ? [1 + data.forecasts.length] : []),
  ];
}

function checkRendering(render: (markdown: string) => string, { data, intendedLinks }: Hostile) {
  const html = render(scorecardToMarkdown(data, EXPORTED_AT));
  const found = links(html);
  expect(found, 'links').toHaveLength(intendedLinks);
  // Every link is an evidence number pointing at an http(s) address.
  for (const tag of found) expect(tag).toMatch(/^<a href="https?:\/\//);
  const tables = renderedTables(html);
  expect(
    tables.map((t) => t.length),
    'rows per table',
  ).toEqual(expectedRows(data));
  const forecastRows = tables.at(-1)!.slice(1);
  // Speaker and claim cells read as the text itself: no cell split, nothing lost to markup.
  expect(forecastRows.map((row) => [textOf(row[0]!), textOf(row[1]!)]).sort()).toEqual(
    data.forecasts.map((f) => [shown(f.speaker), shown(f.claim)]).sort(),
  );
}

describe.each(Object.entries(RENDERERS))('the Markdown export rendered by %s', (_, render) => {
  it.each(HOSTILE_PIECES.map((piece) => [piece]))(
    'shows %j in every text field as text: no link, one row per forecast',
    (piece) => {
      const forecast = makeForecast({ id: 'f1', speaker: `Ada ${piece}`, claim: `x${piece}y` });
      const source = makeSource({ title: piece, url: piece });
      const evidence = [
        { url: `not a link ${piece}`, note: piece },
        { url: 'https://trusted.example@evil.example/', note: piece },
        { url: 'https://example.org/a(b)|c?d=<e>&f', note: piece },
      ];
      const data = makeData({
        sources: [source],
        forecasts: [{ ...forecast, sourceId: source.id, quote: piece, note: piece }],
        judgements: [makeJudgement({ forecastId: 'f1', note: piece, evidence })],
      });
      checkRendering(render, { data, intendedLinks: 1 });
    },
  );

  it('links only the http(s) evidence, and keeps every row, whatever the text', () => {
    fc.assert(
      fc.property(hostileData, (hostile) => checkRendering(render, hostile)),
      { numRuns: 150 },
    );
  });
});
