// The one string hash: its values are stored (shard addresses) and exported (the ids an import
// derives from a file), so they must never change. The expected values are the ones storage's and
// formats' own copies gave before they became this one.
import { describe, expect, it } from 'vitest';
import { hash53, hash64 } from '../../src/shared/hash';

describe('hash53 and hash64', () => {
  it.each([
    ['', 'wvjl67o803', '488bdcb81aee8d83'],
    ['hindsight', '1n9x97ywtv3', '4b75633047ac0d2f'],
    ['["a,b"]', '1lrnlz6ddvk', 'b6d4d7f2e24ac980'],
    ['ünïcødé ✓', '2fw5yp0465k', '671fb69137305c28'],
  ])('%j → %s (53 bits, base 36) and %s (64 bits, hex)', (text, short, long) => {
    expect(hash53(text)).toBe(short);
    expect(hash64(text)).toBe(long);
  });
});
