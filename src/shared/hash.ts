// One string hash for the whole app: cyrb53, two 32-bit multiply-xorshift lanes. Not
// cryptographic, and it need not be: its uses (storage's content addresses, the ids an import
// derives from a file's content) only need stable and distinct values.

function lanes(text: string): [number, number] {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1, h2];
}

/** The 53-bit cyrb53, in base 36 (at most 11 characters): storage's shard addresses. */
export function hash53(text: string): string {
  const [h1, h2] = lanes(text);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * Both lanes kept whole, in hex: 64 bits, so a collision among one user's few thousand items is
 * out of reach (the ids an import derives).
 */
export function hash64(text: string): string {
  const [h1, h2] = lanes(text);
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return hex(h2) + hex(h1);
}
