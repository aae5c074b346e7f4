// base64url (RFC 4648 §5) without padding: the alphabet A–Z a–z 0–9 - _, none of which a URL
// fragment needs to escape, so a link survives being copied, pasted and re-encoded.

const CHUNK = 0x8000;

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const ALPHABET = /^[A-Za-z0-9_-]*$/;

/** The bytes, or null when `text` is not unpadded base64url (a stray character, a bad length). */
export function fromBase64Url(text: string): Uint8Array | null {
  // A length of 4n + 1 cannot come from any byte string.
  if (!ALPHABET.test(text) || text.length % 4 === 1) return null;
  let binary: string;
  try {
    binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
