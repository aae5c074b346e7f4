import { describe, expect, it } from 'vitest';
import { z } from '../../src/domain/zod';
import { capErrors, formatIssue } from '../../src/formats/issue-path';
import { formatPath } from '../../src/shared/issue-path';

describe('formatPath', () => {
  it.each<[PropertyKey[], string]>([
    [[], '(root)'],
    [['exportedAt'], 'exportedAt'],
    [[3], '[3]'],
    [['forecasts', 3, 'deadline', 'latest'], 'forecasts[3].deadline.latest'],
    [
      ['forecasts', 0, 'history', 2, 'evidence', 1, 'url'],
      'forecasts[0].history[2].evidence[1].url',
    ],
    [['summary', 'speakers', 0], 'summary.speakers[0]'],
  ])('writes %j as %s', (path, written) => {
    expect(formatPath(path)).toBe(written);
  });
});

describe('formatIssue', () => {
  it('says a key is missing rather than undefined', () => {
    const result = z.object({ a: z.array(z.object({ b: z.string() })) }).safeParse({ a: [{}] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map(formatIssue)).toEqual(['a[0].b: missing (expected string)']);
  });
});

describe('capErrors', () => {
  it('keeps short lists and summarises the rest of long ones', () => {
    expect(capErrors(['a', 'b'], 2)).toEqual(['a', 'b']);
    expect(capErrors(['a', 'b', 'c', 'd'], 2)).toEqual(['a', 'b', '(root): and 2 more problems']);
  });
});
