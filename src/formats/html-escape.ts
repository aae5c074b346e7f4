// Escaping for text and attribute values in the HTML export. Every piece of outside text (a
// claim, a quote, a note, a title, an evidence URL) goes through `escapeHtml` before it becomes
// part of the page, so none of it can open a tag, end an attribute or start an entity.

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text safe inside an element or a double- or single-quoted attribute value. A NUL, which HTML
 * parsers drop or replace, becomes U+FFFD here, so what the page shows is what it says.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c).replace(/\0/g, '\uFFFD');
}

/** An element with escaped text content: `tag('td', 'a < b')` is `<td>a &lt; b</td>`. */
export function tag(name: string, text: string, attributes = ''): string {
  return `<${name}${attributes && ` ${attributes}`}>${escapeHtml(text)}</${name}>`;
}
