import { describe, expect, inject, it } from 'vitest';
import { allowCspViolations, appUnderTest } from './support/browser';
import { waitForForecasts } from './support/hindsight';

/** The directives of a policy, each as its list of sources, keyed by name. */
function directives(policy: string): Map<string, string[]> {
  const parsed = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !parsed.has(name.toLowerCase())) parsed.set(name.toLowerCase(), sources);
  }
  return parsed;
}

const attribute = (tag: string, name: string) =>
  new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'i').exec(tag)?.slice(2).find(Boolean);

const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');

async function servedIndex(): Promise<string> {
  const response = await fetch(inject('baseURL'));
  expect(response.ok).toBe(true);
  return response.text();
}

const app = appUnderTest();

describe('Content-Security-Policy', () => {
  it('is in the built index.html: connect-src only to itself, no inline script', async () => {
    const html = await servedIndex();
    const policies = (html.match(/<meta\b[^>]*>/gi) ?? [])
      .filter((tag) => attribute(tag, 'http-equiv')?.toLowerCase() === 'content-security-policy')
      .map((tag) => decode(attribute(tag, 'content') ?? ''));
    expect(policies, 'a <meta http-equiv="Content-Security-Policy"> tag').toHaveLength(1);
    const policy = directives(policies[0] ?? '');
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    const scriptSources = policy.get('script-src') ?? policy.get('default-src');
    expect(scriptSources, 'script-src or default-src').toBeDefined();
    expect(scriptSources).not.toContain("'unsafe-inline'");
    expect(scriptSources).not.toContain('*');

    const inline = (html.match(/<script\b[^>]*>/gi) ?? []).filter(
      (tag) => attribute(tag, 'src') === undefined,
    );
    expect(inline, 'inline <script> elements').toEqual([]);
  });

  it('is in force: the page cannot fetch another origin, and the harness records the violation', async () => {
    const loaded = await app.open();
    const { page, context } = loaded;
    await waitForForecasts(page);
    const elsewhere = 'http://192.0.2.1/beacon'; // TEST-NET-1: routed nowhere, and aborted here
    await context.route(elsewhere, (route) => route.abort());
    // Provoked on purpose; any other violation still fails this test, as it fails every test.
    allowCspViolations(loaded, (violation) => violation.includes(elsewhere));
    await page.evaluate((url) => fetch(url).catch(() => undefined), elsewhere);
    const reported = `securitypolicyviolation: connect-src refused ${elsewhere}`;
    await expect
      .poll(() => loaded.cspViolations.some((violation) => violation.startsWith(reported)))
      .toBe(true);
  });
});
