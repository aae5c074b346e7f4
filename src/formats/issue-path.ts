// Import errors are read by people fixing a file by hand, so each one names where it is in the
// file the way they would write it in code (src/shared/issue-path.ts): `forecasts[3].deadline.latest`.
import type { z } from 'zod';
import { formatPath, ROOT_PATH } from '../shared/issue-path';

// zod words a missing key as "expected string, received undefined"; a file has no undefined.
function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) {
    return `missing (expected ${issue.expected})`;
  }
  return issue.message;
}

export function formatIssue(issue: z.core.$ZodIssue): string {
  return `${formatPath(issue.path)}: ${describe(issue)}`;
}

/** Keeps an error list readable when a whole file is wrong in the same way many times. */
export function capErrors(errors: readonly string[], max = 50): string[] {
  if (errors.length <= max) return [...errors];
  return [...errors.slice(0, max), `${ROOT_PATH}: and ${errors.length - max} more problems`];
}
