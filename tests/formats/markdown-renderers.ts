// The Markdown export rendered the way readers will see it: by markdown-it with linkify (once
// as configured out of the box, once with every fuzzy matcher on, as markdown-it 14 shipped it)
// and by marked with GFM. Tests count what came out: links, tables, rows and each cell's text.
import MarkdownIt from 'markdown-it';
import { marked } from 'marked';

const markdownIt = new MarkdownIt({ linkify: true });
const markdownItFuzzy = new MarkdownIt({ linkify: true });
markdownItFuzzy.linkify.set({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: true });

export const RENDERERS: Record<string, (markdown: string) => string> = {
  'markdown-it (linkify)': (md) => markdownIt.render(md),
  'markdown-it (linkify, fuzzy links, e-mails and IPs)': (md) => markdownItFuzzy.render(md),
  'marked (GFM)': (md) => marked.parse(md, { gfm: true, async: false }),
};

/** The links in rendered HTML, as their opening tags. */
export function links(html: string): string[] {
  return html.match(/<a\b[^>]*>/g) ?? [];
}

const ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&amp;': '&',
};

/** The text of a piece of rendered HTML: tags dropped, the renderers' entities decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:lt|gt|quot|#39|amp);/g, (entity) => ENTITIES[entity] ?? entity);
}

/** Each rendered table as its rows, each row as its cells' inner HTML. */
export function renderedTables(html: string): string[][][] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map(([, table]) =>
    [...table!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
      [...row!.matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g)].map(([, cell]) => cell!),
    ),
  );
}
