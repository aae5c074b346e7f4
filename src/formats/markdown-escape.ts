// One escaping scheme for every piece of outside text in the Markdown export, so that a claim
// or a URL reads as text wherever the file is rendered and can never become markup, a link or
// HTML:
// - `&`, `<` and `>` become HTML entities, so no tag, entity or `<…>` autolink from the text
//   survives even in a renderer that passes HTML through;
// - every other character Markdown gives meaning, \ ` * _ { } [ ] ( ) # + - ! | ~, is escaped
//   with a backslash (CommonMark and GFM render `\x` as `x` for ASCII punctuation; an
//   unescaped `|` would end a table cell);
// - what GFM's autolinks and linkify (markdown-it) turn into links is broken up with the same
//   invisible backslash escapes: the colon after a scheme (`https\://`), the second of two
//   slashes (`/\/host`), every `@` (`a\@b.c`), a dot before a letter (`www\.evil\.com`) and the
//   dots of a dotted number run (`1\.2\.3\.4`). An escape ends the text run a linkifier scans,
//   and no autolink pattern matches across the backslash;
// - line and paragraph separators (CR, LF, VT, FF, NEL, U+2028, U+2029) and tabs become
//   spaces, because a table row must stay on one line, and some renderers end a row at them.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

const LINE_BREAKS = /\r\n|[\n\r\t\v\f\u0085\u2028\u2029]/g;

// Markdown's own punctuation, and the joints of an address: an at sign, a colon between a
// letter and anything but a space (a scheme's), a slash after a slash, a dot before a letter.
const MARKUP = /[\\`*_{}[\]()#+\-!|~@]|(?<=\p{L}):(?=\S)|(?<=\/)\/|\.(?=\p{L})/gu;

// A dotted run of numbers (an IPv4 address, a version): linkify's fuzzy IP links need only that.
const DOTTED_NUMBERS = /\d+(?:\.\d+){2,}/g;

export function escapeMarkdownText(text: string): string {
  return text
    .replace(LINE_BREAKS, ' ')
    .replace(MARKUP, (c) => `\\${c}`)
    .replace(DOTTED_NUMBERS, (run) => run.replaceAll('.', '\\.'))
    .replace(/[&<>]/g, (c) => ENTITIES[c] ?? c);
}

/**
 * A link to a URL already checked by `linkUrl` (src/domain/urls.ts). Its href has no spaces or angle brackets
 * (the URL parser percent-encodes them); the characters that could still end the destination
 * or the table cell, or start a code span, are percent-encoded too, and `&` is escaped so an
 * entity-like run in a query is not decoded.
 */
export function markdownLink(text: string, href: string): string {
  const destination = href
    .replace(/[()|`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/&/g, '\\&');
  return `[${escapeMarkdownText(text)}](${destination})`;
}
