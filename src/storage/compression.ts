// A shard's text as stored: its JSON, deflated (fflate, raw deflate) and packed 15 bits to a
// character. Raw deflate has no checksum of its own; the shard's key is a hash of the stored
// string (contentHash), checked on every read.
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { packBytes, unpackBytes } from './packing';
import { hash53 } from '../shared/hash';

/** zlib's default: at 170 kB of JSON, levels 6 and 9 give the same size, and 6 is no slower. */
const LEVEL = 6;

export function compress(json: string): string {
  return packBytes(deflateSync(strToU8(json), { level: LEVEL }));
}

export function decompress(stored: string): string {
  return strFromU8(inflateSync(unpackBytes(stored)));
}

/** A shard's content address: cyrb53 (src/shared/hash.ts), not security. */
export const contentHash = hash53;
