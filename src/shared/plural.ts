/** A count with its noun: "1 forecast", "3 forecasts" (`many` for an irregular plural). */
export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n} ${n === 1 ? one : many}`;
