// A saved web page reduced to the words a reader sees: scripts, styles, navigation and other
// chrome dropped, block elements turned into paragraphs. DOMParser builds an inert document
// (no script runs, nothing loads), so a hostile page is just text here.
const DROP =
  'script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, figure > img';
const BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'FIGCAPTION',
  'TR',
  'BR',
  'PRE',
]);

export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll(DROP).forEach((el) => el.remove());
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  if (!root) return '';
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const block = BLOCKS.has((node as Element).tagName);
    if (block) parts.push('\n\n');
    node.childNodes.forEach(walk);
    if (block) parts.push('\n\n');
  };
  walk(root);
  return parts
    .join('')
    .replace(/[ \t\u00a0]+/g, ' ')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .join('\n\n');
}

export function looksLikeHtml(name: string, text: string): boolean {
  return /\.html?$/i.test(name) || /^\s*(<!doctype html|<html[\s>])/i.test(text);
}
