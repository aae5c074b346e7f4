// How wide a line of text is drawn, estimated from its characters: the timeline needs its labels'
// widths to lay them out, for 10,000 forecasts, without measuring each in the page. The advance
// widths are DejaVu Sans's, among the widest of the sans-serif system fonts, so the estimate is
// generous on others; the page sets each label's box to it and cuts off (with an ellipsis) what a
// wider font would still overflow, so the boxes laid out are the boxes drawn.

// Em fractions by character class.
const NARROW = 0.3; // i j l . , ' : ; ! | and the like
const SPACE = 0.32;
const SLIM = 0.4; // f r t ( ) - and quotes
const LOWER = 0.62;
const WIDE_LOWER = 0.98; // m (w is 0.82)
const UPPER = 0.72;
const WIDE_UPPER = 0.95; // M W
const DIGIT = 0.64;
const OTHER = 0.8;

function advance(code: number): number {
  const c = String.fromCharCode(code);
  if (code === 32) return SPACE;
  if ("ijl.,:;!|'’‘".includes(c)) return NARROW;
  if ('frt()-–"“”[]/I'.includes(c)) return SLIM;
  if (c === 'm') return WIDE_LOWER;
  if (c === 'w') return 0.82;
  if (c === 'M' || c === 'W') return WIDE_UPPER;
  if (code >= 97 && code <= 122) return LOWER;
  if (code >= 65 && code <= 90) return UPPER;
  if (code >= 48 && code <= 57) return DIGIT;
  if (code === 0x2026) return 1; // …
  return OTHER;
}

// The first 128 characters' advances, looked up rather than worked out for 10,000 labels.
const ASCII = Float64Array.from({ length: 128 }, (_, code) => advance(code));

/** The estimated width in pixels of `text` in a sans-serif font of `fontPx`, bold or not. */
export function textWidth(text: string, fontPx: number, bold = false): number {
  let ems = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    ems += code < 128 ? ASCII[code]! : advance(code);
  }
  return Math.ceil(ems * fontPx * (bold ? 1.08 : 1));
}
