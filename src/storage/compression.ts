// A shard's text as stored: its JSON, deflated (fflate, raw deflate) and packed 15 bits to a
// character. Raw deflate has no checksum of its own; the shard's key is a hash of the stored
// string (contentHash), checked on every read.
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { packBytes, unpackBytes } from './packing';

/** zlib's default: at 170 kB of JSON, levels 6 and 9 give the same size, and 6 is no slower. */
const LEVEL = 6;

export function compress(json: string): string {
  return packBytes(deflateSync(strToU8(json), { level: LEVEL }));
}

export function decompress(stored: string): string {
  return strFromU8(inflateSync(unpackBytes(stored)));
}

/** cyrb53: a 53-bit hash, as base 36 (at most 11 characters). Content addresses, not security. */
export function contentHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
