/**
 * The URL, normalised, when it is an absolute http(s) URL; otherwise null. The one test every
 * layer uses before something becomes a link: the evidence form, rendering, the Markdown export
 * and import warnings, so `javascript:` and friends are refused the same way everywhere.
 */
export function httpUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}
