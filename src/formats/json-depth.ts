// How deep a JSON text nests, found before it is parsed. A file of `[[[[…` fifteen million
// levels deep parses (V8's JSON.parse is iterative) but then ties up whatever walks the result
// for seconds. A scorecard nests seven levels (root, forecasts, a forecast, its history, a
// judgement, its evidence, an item), so this refuses anything past `JSON_MAX_DEPTH` in one
// pass over the text, without recursion and without building anything, and names where.
import { formatPath, ROOT_PATH } from '../shared/issue-path';

/** Far more than any Hindsight file needs, and far less than would slow anything down. */
export const JSON_MAX_DEPTH = 64;

/** How much of the path to the place a refusal shows; past it, the path is cut short. */
const SHOWN_STEPS = 12;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

/** The index just past the string whose opening quote is at `start` (or the text's end). */
function endOfString(text: string, start: number): number {
  let at = start + 1;
  for (;;) {
    const quote = text.indexOf('"', at);
    if (quote === -1) return text.length;
    let slashes = 0;
    while (text.charCodeAt(quote - 1 - slashes) === BACKSLASH) slashes += 1;
    if (slashes % 2 === 0) return quote + 1;
    at = quote + 1;
  }
}

function keyOf(text: string, start: number, end: number): string {
  try {
    const key: unknown = JSON.parse(text.slice(start, end));
    return typeof key === 'string' ? key : '?';
  } catch {
    return '?';
  }
}

/**
 * Null when `text` nests at most `maxDepth` arrays and objects deep; otherwise the refusal,
 * naming the path to the first value past the limit. Malformed JSON is left to JSON.parse:
 * this only counts brackets outside strings.
 */
export function checkJsonDepth(text: string, maxDepth = JSON_MAX_DEPTH): string | null {
  // Per open level: an array's index so far, or an object's current key (as text positions).
  const isArray: boolean[] = [];
  const index: number[] = [];
  const keyStart: number[] = [];
  const keyEnd: number[] = [];
  let depth = 0;
  let expectKey = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = endOfString(text, i);
      if (expectKey && depth > 0 && !isArray[depth - 1]) {
        keyStart[depth - 1] = i;
        keyEnd[depth - 1] = end;
        expectKey = false;
      }
      i = end - 1;
    } else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      if (depth === maxDepth) return tooDeep(text, depth, isArray, index, keyStart, keyEnd);
      isArray[depth] = c === OPEN_ARRAY;
      index[depth] = 0;
      keyStart[depth] = -1;
      depth += 1;
      expectKey = c === OPEN_OBJECT;
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
      if (depth > 0) depth -= 1;
      expectKey = false;
    } else if (c === COMMA && depth > 0) {
      if (isArray[depth - 1]) index[depth - 1]! += 1;
      else expectKey = true;
    } else if (c === COLON) {
      expectKey = false;
    }
  }
  return null;
}

function tooDeep(
  text: string,
  depth: number,
  isArray: readonly boolean[],
  index: readonly number[],
  keyStart: readonly number[],
  keyEnd: readonly number[],
): string {
  const steps: (string | number)[] = [];
  for (let level = 0; level < Math.min(depth, SHOWN_STEPS); level += 1) {
    if (isArray[level]) steps.push(index[level]!);
    else steps.push(keyStart[level]! < 0 ? '?' : keyOf(text, keyStart[level]!, keyEnd[level]!));
  }
  const path = formatPath(steps);
  const where = depth > SHOWN_STEPS ? `${path === ROOT_PATH ? '' : path}…` : path;
  return `${where}: nested more than ${depth} levels deep (a Hindsight scorecard nests 7)`;
}
