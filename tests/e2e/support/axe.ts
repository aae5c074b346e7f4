// axe-core in the e2e tests: one call checks whatever the page shows at that moment and fails
// on any serious or critical violation, naming each rule, its help text and the elements it hit.
//
// The page's CSP (script-src 'self') would block an injected <script> tag, so axe is not added
// that way: @axe-core/playwright hands axe's source to `page.evaluate`, which runs it through the
// DevTools protocol, where the page's CSP does not apply. The contexts stay without bypassCSP,
// so the app is checked under the policy it ships with.
import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus axe's best practices. */
export const AXE_TAGS = [
  'wcag2a',
  'wcag2aa',
  'wcag21a',
  'wcag21aa',
  'wcag22a',
  'wcag22aa',
  'best-practice',
] as const;

const BLOCKING = new Set(['serious', 'critical']);

/** One line per violation: its rule, impact and help, then each element it found. */
export function describeViolations(violations: readonly Result[]): string {
  return violations
    .map((v) => {
      const targets = v.nodes.map((node) => `    ${JSON.stringify(node.target)}`).join('\n');
      return `${v.id} (${v.impact}): ${v.help}\n${targets}`;
    })
    .join('\n');
}

/**
 * Runs axe over the whole page (or only the elements `include` selects) and returns its serious
 * and critical violations. Legacy mode runs axe.run() in the page itself, rather than
 * axe.runPartial() per frame finished in a second, blank page: Hindsight has no frames, and it
 * takes half the time.
 */
export async function seriousViolations(page: Page, include?: string): Promise<Result[]> {
  const builder = new AxeBuilder({ page }).withTags([...AXE_TAGS]).setLegacyMode(true);
  if (include) builder.include(include);
  const results = await builder.analyze();
  return results.violations.filter((v) => v.impact != null && BLOCKING.has(v.impact));
}

/**
 * Fails, listing every serious or critical violation axe finds on the page as it is now.
 * `label` names the view in the failure ("dashboard, dark"); `include` (a CSS selector) limits
 * the check to part of the page.
 */
export async function expectNoSeriousViolations(
  page: Page,
  label: string,
  include?: string,
): Promise<void> {
  const violations = await seriousViolations(page, include);
  expect(violations.length, `axe on ${label}:\n${describeViolations(violations)}`).toBe(0);
}
