// The lexicon's figures are typed as percentages: 0 to 100, empty for "no probability".

/**
 * Reads a typed percentage. `badInput` is the number field's own verdict: a browser reports
 * text it cannot read as a number as an empty value, which must not pass for "no probability".
 */
export function readPercent(
  text: string,
  badInput = false,
): { probability: number | null } | { error: string } {
  const trimmed = text.trim();
  if (badInput) return { error: 'Enter a number from 0 to 100, or leave it empty.' };
  if (trimmed === '') return { probability: null };
  const value = Number(trimmed);
  if (!Number.isFinite(value) || value < 0 || value > 100) {
    return { error: 'Enter a number from 0 to 100, or leave it empty.' };
  }
  return { probability: value / 100 };
}
