// The lexical layer of iCalendar (RFC 5545 §3.1, §3.3.11): content lines ended by CRLF and
// folded at 75 octets, and TEXT values escaped. Kept apart from what the calendar says (ics.ts)
// so each rule can be tested on its own.

const CRLF = '\r\n';
/** A content line's longest length in octets, its line break not counted (§3.1). */
export const MAX_LINE_OCTETS = 75;

const encoder = new TextEncoder();
const octets = (text: string) => encoder.encode(text).length;

/**
 * Text as a TEXT value can carry it: every line break becomes "\n", the other control
 * characters (which §3.3.11 forbids, bar the tab) are dropped, and a lone UTF-16 surrogate, which
 * UTF-8 cannot encode, becomes U+FFFD, as the encoder would make it anyway.
 */
export function calendarSafeText(value: string): string {
  return (
    value
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- these are the characters being removed
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
  );
}

/** A TEXT value, escaped: backslash, semicolon, comma and line break (§3.3.11). */
export function escapeText(value: string): string {
  return calendarSafeText(value).replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
}

/**
 * A content line folded so no physical line exceeds 75 octets: a CRLF and a space are put
 * before the character that would cross the limit (the space counts on the continuation line).
 * It breaks between code points, never inside one, so a UTF-8 sequence is never split.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let used = 0;
  for (const char of line) {
    const size = octets(char);
    if (used + size > MAX_LINE_OCTETS) {
      parts.push(current);
      current = ' ';
      used = 1;
    }
    current += char;
    used += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** A property as a content line: `NAME;PARAM=V:value`, the value already in its type's form. */
export function contentLine(name: string, value: string, params: Record<string, string> = {}) {
  const head = [name, ...Object.entries(params).map(([k, v]) => `${k}=${v}`)].join(';');
  return foldLine(`${head}:${value}`);
}

/** A property whose value is TEXT, escaped. */
export const textLine = (name: string, value: string) => contentLine(name, escapeText(value));

/** Content lines joined as an iCalendar stream: CRLF after every line, the last one included. */
export const joinLines = (lines: readonly string[]) => lines.map((line) => line + CRLF).join('');

/** A calendar date (YYYY-MM-DD) as a DATE value: 20240309. */
export const dateValue = (iso: string) => iso.replaceAll('-', '');

/** An instant as a UTC DATE-TIME value: 20240309T143000Z. */
export function utcDateTime(instant: Date): string {
  return instant
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}
