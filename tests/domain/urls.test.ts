import { describe, expect, it } from 'vitest';
import {
  httpUrl,
  linkUrl,
  unlinkedUrlText,
  userPartProblem,
  userPartUrl,
} from '../../src/domain/urls';

describe('web addresses', () => {
  it.each([
    ['https://example.org/a?b=1', 'https://example.org/a?b=1', 'https://example.org/a?b=1'],
    ['HTTP://Example.ORG', 'http://example.org/', 'http://example.org/'],
    // An empty user part is dropped by the parser: the link shows and goes to the real host.
    ['https://@evil.example/', 'https://evil.example/', 'https://evil.example/'],
    ['https://trusted.example@evil.example/', 'https://trusted.example@evil.example/', null],
    [
      'https://trusted.example:443@evil.example/x',
      'https://trusted.example:443@evil.example/x',
      null,
    ],
    ['http://user:@evil.example', 'http://user@evil.example/', null],
    // A backslash is a slash in an http(s) URL, so this one's host is trusted.example.
    [
      'https://trusted.example\\@evil.example',
      'https://trusted.example/@evil.example',
      'https://trusted.example/@evil.example',
    ],
    ['javascript:alert(1)', null, null],
    ['ftp://user@files.example', null, null],
    ['not a url', null, null],
  ])('%s: http(s) %s, link %s', (raw, http, link) => {
    expect(httpUrl(raw)).toBe(http);
    expect(linkUrl(raw)).toBe(link);
  });

  it.each([
    [
      'https://trusted.example@evil.example/',
      'trusted.example',
      'https://evil.example/',
      'evil.example',
    ],
    [
      'https://a%20b:p%40ss@evil.example:8080/x?y#z',
      'a b:p@ss',
      'https://evil.example:8080/x?y#z',
      'evil.example:8080',
    ],
    ['https://%E0%A4%A@evil.example/', '%E0%A4%A', 'https://evil.example/', 'evil.example'],
  ])('%s has the user part %j and really goes to %s', (raw, userPart, href, host) => {
    expect(userPartUrl(raw)).toEqual({ userPart, href, host });
    expect(userPartProblem(raw)).toBe(
      `has a user name (“${userPart}@”) before its real host, ${host}, which makes it look like another site`,
    );
    expect(unlinkedUrlText(raw)).toBe(
      `${href} (not a link: it hid this host behind “${userPart}@”)`,
    );
  });

  it.each(['https://example.org/', 'javascript:alert(1)', 'not a url', 'ftp://user@files.example'])(
    '%s has no user part to speak of, and reads as itself when not linked',
    (raw) => {
      expect(userPartUrl(raw)).toBeNull();
      expect(userPartProblem(raw)).toBeNull();
      expect(unlinkedUrlText(raw)).toBe(raw);
    },
  );
});
