// Bytes into a string that localStorage keeps as it is: 15 bits to a character, each offset
// into U+0020…U+801F, so no character is a control character or a surrogate (a lone surrogate
// may be replaced or refused by a browser's storage). The same idea as lz-string's
// compressToUTF16. Two leading characters hold the byte count (up to 2^30 bytes).

const OFFSET = 0x20;
const MASK = 0x7fff;
const CHUNK = 0x2000;

export function packBytes(bytes: Uint8Array): string {
  const n = bytes.length;
  const codes = new Uint16Array(2 + Math.ceil((n * 8) / 15));
  codes[0] = ((n >>> 15) & MASK) + OFFSET;
  codes[1] = (n & MASK) + OFFSET;
  let k = 2;
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < n; i += 1) {
    buffer = (buffer << 8) | bytes[i]!;
    bits += 8;
    if (bits >= 15) {
      bits -= 15;
      codes[k++] = ((buffer >>> bits) & MASK) + OFFSET;
      buffer &= (1 << bits) - 1;
    }
  }
  if (bits > 0) codes[k++] = ((buffer << (15 - bits)) & MASK) + OFFSET;
  let out = '';
  for (let i = 0; i < k; i += CHUNK) {
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(k, i + CHUNK)) as never);
  }
  return out;
}

function codeAt(text: string, i: number): number {
  const value = text.charCodeAt(i) - OFFSET;
  if (!(value >= 0 && value <= MASK)) throw new Error(`not packed data (character ${i})`);
  return value;
}

export function unpackBytes(text: string): Uint8Array<ArrayBuffer> {
  if (text.length < 2) throw new Error('not packed data (too short)');
  const n = codeAt(text, 0) * 0x8000 + codeAt(text, 1);
  if (Math.ceil((n * 8) / 15) !== text.length - 2)
    throw new Error('packed data of the wrong length');
  const bytes = new Uint8Array(n);
  let k = 0;
  let buffer = 0;
  let bits = 0;
  for (let i = 2; i < text.length; i += 1) {
    buffer = (buffer << 15) | codeAt(text, i);
    bits += 15;
    while (bits >= 8 && k < n) {
      bits -= 8;
      bytes[k++] = (buffer >>> bits) & 0xff;
    }
    buffer &= (1 << bits) - 1;
  }
  return bytes;
}
