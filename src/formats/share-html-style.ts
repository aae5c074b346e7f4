// The stylesheet inside the shared HTML file. It is the file's only styling (its CSP allows
// inline styles and nothing else): light and dark follow the reader's system, colours pass WCAG
// AA in both, an outcome is always a word as well as a colour, and print gets black on white,
// no page breaks inside a forecast, and the address of every link written out.
export const SHARE_HTML_STYLE = `
:root {
  color-scheme: light dark;
  --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --paper: #ffffff; --wash: #f6f8fa;
  --accent: #0b5cad; --correct: #1a7f37; --incorrect: #cf222e; --partly: #9a6700;
  --unresolvable: #57606a; --annulled: #8250df; --pending: #57606a;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  line-height: 1.45; color: var(--ink); background: var(--wash);
}
@media (prefers-color-scheme: dark) {
  :root {
    --ink: #e6edf3; --muted: #9da7b3; --line: #3d444d; --paper: #151b23; --wash: #0d1117;
    --accent: #6cb6ff; --correct: #57c96f; --incorrect: #ff8182; --partly: #e3b341;
    --unresolvable: #9da7b3; --annulled: #c297ff; --pending: #9da7b3;
  }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem 1rem 3rem; }
h1, h2, h3, h4 { line-height: 1.2; margin: 1.2em 0 0.4em; }
h1 { margin-top: 0; font-size: 1.8rem; }
h2 { font-size: 1.35rem; border-bottom: 1px solid var(--line); padding-bottom: 0.2em; }
h3 { font-size: 1.15rem; }
h4 { font-size: 1rem; margin: 0 0 0.4em; }
a { color: var(--accent); overflow-wrap: anywhere; }
.meta, .hint { color: var(--muted); font-size: 0.9rem; }
.table-scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; background: var(--paper); font-size: 0.85rem; }
th, td { border: 1px solid var(--line); padding: 0.25rem 0.4rem; text-align: right; }
td { white-space: nowrap; }
th:first-child, td:first-child { text-align: left; }
thead th { background: var(--wash); vertical-align: bottom; }
tfoot th, tfoot td { font-weight: 700; border-top: 2px solid var(--ink); }
.notes { font-size: 0.9rem; }
.notes dt { font-weight: 700; display: inline; }
.notes dd { display: inline; margin: 0; }
.notes div { margin: 0.2rem 0; }
.table-note { margin: 0.4rem 0 0.8rem; }
.forecast {
  background: var(--paper); border: 1px solid var(--line); border-left: 5px solid var(--pending);
  border-radius: 6px; padding: 0.8rem 1rem; margin: 0.8rem 0;
}
.forecast.correct { border-left-color: var(--correct); }
.forecast.incorrect { border-left-color: var(--incorrect); }
.forecast.partly { border-left-color: var(--partly); }
.forecast.unresolvable { border-left-color: var(--unresolvable); }
.forecast.annulled { border-left-color: var(--annulled); }
.speaker { margin: 0 0 0.4rem; }
.edited-after { display: inline-block; margin: 0 0 0.4rem; padding: 0 0.4em; font-size: 0.9rem;
  font-weight: 600; border: 1px solid var(--partly); border-radius: 0.25rem; }
blockquote {
  margin: 0.4rem 0 0.6rem; padding: 0.2rem 0.9rem; border-left: 3px solid var(--line);
  color: var(--ink); font-style: italic;
}
blockquote p { margin: 0.3rem 0; }
.facts { margin: 0; }
.facts > div { display: grid; grid-template-columns: 10rem minmax(0, 1fr); gap: 1rem; margin: 0.2rem 0; }
.facts dt { font-weight: 700; color: var(--muted); }
.facts dd { margin: 0; overflow-wrap: anywhere; }
@media (max-width: 36rem) { .facts > div { display: block; } }
.facts ul { margin: 0; padding-left: 1.1rem; }
.outcome { font-weight: 700; }
.outcome.correct { color: var(--correct); }
.outcome.incorrect { color: var(--incorrect); }
.outcome.partly { color: var(--partly); }
.outcome.annulled { color: var(--annulled); }
.not-a-link { font-family: ui-monospace, monospace; font-size: 0.85rem; }
footer { margin-top: 2rem; border-top: 1px solid var(--line); color: var(--muted); font-size: 0.85rem; }
@media print {
  :root {
    --ink: #000; --muted: #333; --line: #999; --paper: #fff; --wash: #fff; --accent: #000;
    --correct: #000; --incorrect: #000; --partly: #000; --unresolvable: #000; --annulled: #000;
    --pending: #000; font-size: 10.5pt; background: #fff;
  }
  body { max-width: none; padding: 0; }
  .table-scroll { overflow: visible; }
  table { font-size: 9pt; }
  thead { display: table-header-group; }
  tr, .forecast, blockquote { break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; }
  .forecast { border-width: 1px 1px 1px 4px; }
  a { text-decoration: underline; }
  .evidence a[href]:not(.bare)::after { content: ' (' attr(href) ')'; font-size: 8.5pt; }
  .source-link a[href]::after { content: ' (' attr(href) ')'; font-size: 8.5pt; }
}
@page { margin: 1.5cm; }
`;
