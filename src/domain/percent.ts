/** A probability as a form shows it: a percentage to one decimal place, '' for none. */
export function percentText(p: number | null): string {
  return p === null ? '' : String(Math.round(p * 1000) / 10);
}
