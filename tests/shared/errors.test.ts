import { describe, expect, it } from 'vitest';
import { describeError } from '../../src/shared/errors';

describe('describeError', () => {
  it.each([
    [new Error('disk full'), 'disk full'],
    ['plain text', 'plain text'],
    [42, '42'],
    [null, 'null'],
  ])('%s → %j', (error, text) => {
    expect(describeError(error)).toBe(text);
  });
});
