// Marks what the search matched in the cards on screen, with the CSS Custom Highlight API: no
// element is added to the cards, so React's rendering is untouched and a card the search did
// not change is not redrawn. Where the API is missing, nothing is marked and nothing breaks.
import { foldText } from './search-text';

const NAME = 'forecast-search';
/** The parts of a card the search reads and that are drawn as text: claim, speaker, quote, caveats. */
const SEARCHED =
  '.forecast-card h3, .forecast-card .speaker, .forecast-card .quote, .forecast-card .caveats';

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}
type HighlightConstructor = new (...ranges: Range[]) => unknown;

function registry(): { highlights: HighlightRegistry; Highlight: HighlightConstructor } | null {
  const css = globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined;
  const Highlight = (globalThis as { Highlight?: HighlightConstructor }).Highlight;
  return css?.highlights && Highlight ? { highlights: css.highlights, Highlight } : null;
}

/**
 * A text node's folded text, and for each folded character the offset in the node it came
 * from, so a match found in the folded text can be marked on the text as shown.
 */
function foldWithOffsets(text: string): { folded: string; from: number[] } {
  let folded = '';
  const from: number[] = [];
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const piece = foldText(text.slice(i, i + width));
    folded += piece;
    for (let k = 0; k < piece.length; k += 1) from.push(i);
    i += width;
  }
  from.push(text.length);
  return { folded, from };
}

/** Ranges over every occurrence of every term in the searched parts of the cards in `root`. */
export function matchRanges(root: ParentNode, terms: readonly string[]): Range[] {
  const ranges: Range[] = [];
  for (const element of root.querySelectorAll(SEARCHED)) {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue ?? '';
      if (text.trim() === '') continue;
      const { folded, from } = foldWithOffsets(text);
      for (const term of terms) {
        for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
          const range = document.createRange();
          range.setStart(node, from[at]!);
          range.setEnd(node, from[at + term.length] ?? text.length);
          ranges.push(range);
        }
      }
    }
  }
  return ranges;
}

/**
 * Keeps the matches of `terms` marked in the feed as cards come and go (a windowed list mounts
 * them as it scrolls); returns a function that stops and clears the marks.
 */
export function highlightMatches(feed: Element, terms: readonly string[]): () => void {
  const api = registry();
  if (!api || terms.length === 0) return () => {};
  let frame = 0;
  const paint = () => {
    frame = 0;
    api.highlights.set(NAME, new api.Highlight(...matchRanges(feed, terms)));
  };
  paint();
  const observer = new MutationObserver(() => {
    frame ||= requestAnimationFrame(paint);
  });
  observer.observe(feed, { childList: true, subtree: true, characterData: true });
  return () => {
    observer.disconnect();
    if (frame) cancelAnimationFrame(frame);
    api.highlights.delete(NAME);
  };
}
