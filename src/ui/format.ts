// How figures read on screen. A figure that does not exist (nothing to score) is an em dash,
// never 0: the difference between "no record" and "always wrong" matters.
export const NO_FIGURE = '—';
import { percentText } from '../domain/percent';

export function formatPercent(value: number | null, digits = 0): string {
  return value === null ? NO_FIGURE : `${(value * 100).toFixed(digits)}%`;
}

export function formatBrier(value: number | null): string {
  return value === null ? NO_FIGURE : value.toFixed(3);
}

export function formatProbability(value: number | null): string {
  return value === null ? 'none stated' : `${percentText(value)}%`;
}

/** A score that can fall either side of zero (skill, log score), to three decimals. */
export function formatSigned(value: number | null): string {
  if (value === null) return NO_FIGURE;
  const text = Math.abs(value).toFixed(3);
  return value < 0 && text !== '0.000' ? `−${text}` : text;
}

/** The articles section's heading, shared by the section and its placeholder. */
export function articlesHeading(count: number): string {
  return count === 1 ? 'Article' : `Articles (${count})`;
}
