// Errors about a file or stored data are read by people who may fix it by hand, so each names
// where it is the way they would write it in code: `forecasts[3].deadline.latest`.

export const ROOT_PATH = '(root)';

/** Numbers as `[n]`, keys joined with dots; the empty path is `(root)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? ROOT_PATH : out;
}
