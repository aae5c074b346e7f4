import { describe, expect, it } from 'vitest';
import { htmlToText, looksLikeHtml } from '../../src/features/add-article/html-to-text';

describe('htmlToText', () => {
  it('keeps the article’s paragraphs and drops scripts, styles and page chrome', () => {
    const html = `<!doctype html><html><head><style>p{color:red}</style><script>alert(1)</script></head>
      <body><nav>Home | World</nav><header>Site header</header>
      <article><h1>Rates outlook</h1><p>The bank <b>will</b> raise rates&nbsp;by 2025.</p>
      <p>“Inflation could fall,” she said.</p><aside>Related stories</aside><script>track()</script></article>
      <footer>© Example</footer></body></html>`;
    expect(htmlToText(html)).toBe(
      'Rates outlook\n\nThe bank will raise rates by 2025.\n\n“Inflation could fall,” she said.',
    );
  });

  it('falls back to the body, and runs nothing on the way', () => {
    (globalThis as { pwned?: boolean }).pwned = false;
    const text = htmlToText(
      '<div>One</div><img src=x onerror="globalThis.pwned=true"><div>Two</div>',
    );
    expect(text).toBe('One\n\nTwo');
    expect((globalThis as { pwned?: boolean }).pwned).toBe(false);
  });

  it.each([
    ['page.html', 'anything', true],
    ['page.htm', 'anything', true],
    ['notes.txt', '<!DOCTYPE html><html>', true],
    ['notes.txt', 'He said <b> is bold', false],
  ])('looksLikeHtml(%s, %s) is %s', (name, text, expected) => {
    expect(looksLikeHtml(name, text)).toBe(expected);
  });
});
