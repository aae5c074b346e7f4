// One escaping scheme for every piece of outside text in the Markdown export, so that a claim
// or a URL reads as text wherever the file is rendered and can never become markup, a link or
// HTML:
// - `&`, `<` and `>` become HTML entities, so no tag or entity from the text survives even in
//   a renderer that passes HTML through;
// - every other character Markdown gives meaning, \ ` * _ { } [ ] ( ) # + - ! | ~, is escaped
//   with a backslash (CommonMark and GFM render `\x` as `x` for ASCII punctuation; an
//   unescaped `|` would end a table cell);
// - line breaks and tabs become spaces, because a table row must stay on one line.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

export function escapeMarkdownText(text: string): string {
  return text
    .replace(/\r\n|[\r\n\t]/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-!|~]/g, (c) => `\\${c}`)
    .replace(/[&<>]/g, (c) => ENTITIES[c] ?? c);
}

/**
 * A link to a URL already checked by `httpUrl` (src/domain/urls.ts). Its href has no spaces or angle brackets
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
