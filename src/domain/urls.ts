/**
 * The URL, normalised, when it is an absolute http(s) URL; otherwise null. What the evidence
 * form and the import warnings accept, so `javascript:` and friends are refused the same way
 * everywhere; `linkUrl` adds the check every place that makes a link uses.
 */
export function httpUrl(raw: string): string | null {
  const url = parsedHttp(raw);
  return url === null ? null : url.href;
}

function parsedHttp(raw: string): URL | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
}

/**
 * An http(s) URL with a user part before its host (`https://trusted.example@evil.example/`):
 * it reads as one site and goes to another. `userPart` is what was written before the `@`,
 * `href` the same address without it, `host` where it really goes.
 */
export interface UserPartUrl {
  userPart: string;
  href: string;
  host: string;
}

/** The http(s) URL's user part and real host, or null when it has no user part (or is not http(s)). */
export function userPartUrl(raw: string): UserPartUrl | null {
  const url = parsedHttp(raw);
  if (url === null || (url.username === '' && url.password === '')) return null;
  const userPart = url.password === '' ? url.username : `${url.username}:${url.password}`;
  url.username = '';
  url.password = '';
  return { userPart: decodeURIComponentSafely(userPart), href: url.href, host: url.host };
}

function decodeURIComponentSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The URL, normalised, when it may become a link: http(s), with no user part. Every place that
 * makes a link (the cards, the Markdown, the shared page, the calendar) asks this.
 */
export function linkUrl(raw: string): string | null {
  return userPartUrl(raw) === null ? httpUrl(raw) : null;
}

/** Why an evidence URL with a user part is refused, naming the part and the real host. */
export function userPartProblem(raw: string): string | null {
  const found = userPartUrl(raw);
  return found === null
    ? null
    : `has a user name (“${found.userPart}@”) before its real host, ${found.host}, which makes it look like another site`;
}

/** How an address that is not a link reads: one with a user part shows where it really goes. */
export function unlinkedUrlText(raw: string): string {
  const found = userPartUrl(raw);
  return found === null
    ? raw
    : `${found.href} (not a link: it hid this host behind “${found.userPart}@”)`;
}
