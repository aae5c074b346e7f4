// Text built to become something else in rendered Markdown: links of every kind renderers make,
// markup, HTML, and the separators that end a table row. The Markdown tests feed it to every
// field of the export.
import fc from 'fast-check';

/** What renderers turn into links, markup or line breaks, and what breaks a table row. */
export const HOSTILE_PIECES = [
  'https://evil.example/x?a=1&b=2',
  'http://evil.com',
  'HTTPS://EVIL.COM/',
  'ftp://files.example.org/f',
  'mailto:a@b.co',
  'www.evil.com',
  'WWW.Evil.org/x',
  '//evil.com/x',
  '//localhost/x',
  '///x',
  'a@b.c',
  'x.y+z@mail.example.com',
  'x@y.12',
  '<https://evil.com>',
  '<a@b.co>',
  '<a href="https://evil.com">x</a>',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[x](https://evil.com)',
  '![i](https://evil.com/i.png)',
  '[x]: https://evil.com',
  '`code`',
  '```',
  '|',
  '\\|',
  '\\',
  '&#58;',
  '&amp;',
  '\n',
  '\r',
  '\r\n',
  '\u2028',
  '\u2029',
  '\u0085',
  '\v',
  '\f',
  '\t',
  'evil.com',
  'evil.рф',
  '1.2.3.4',
  'http://1.2.3.4',
  'localhost:8080',
  'javascript:alert(1)',
  'data:text/html,x',
  'trusted.example@evil.example',
  '~~x~~',
  '- item',
  '> q',
  '---',
  ' ',
  'Zoë',
  ':',
  '.',
  '/',
];

/** Every separator that ends a line or paragraph somewhere, and the tab; the export writes each as a space. */
export const LINE_BREAKS = /\r\n|[\n\r\t\v\f\u0085\u2028\u2029]/g;

export const hostileText = fc
  .array(fc.constantFrom(...HOSTILE_PIECES), { minLength: 1, maxLength: 6 })
  .map((pieces) => pieces.join(''));
