// What kind of forecaster someone is, apart from how often they were right: how much of what
// they say cannot be held to account (vagueness), and how far from a coin toss they dare to go
// (boldness). Neither is skill; each is read beside the scores. Definitions in docs/scoring.md.
import type { ForecastView } from './catalogue';

export interface Vagueness {
  /** vague / forecasts, or null with no forecasts. */
  share: number | null;
  /** Forecasts with at least one of the marks below (a forecast counts once). */
  vague: number;
  forecasts: number;
  /** Each mark on its own (a forecast may have several). */
  noDeadline: number;
  noProbability: number;
  vagueKind: number;
  unresolvable: number;
}

/**
 * The share of someone's forecasts that cannot be fully held to account: those that name no
 * deadline (nothing says by when it should come true), state no probability (nothing says how
 * sure), are vague in kind, or were judged unresolvable. Pending forecasts count too.
 */
export function vaguenessOf(views: readonly ForecastView[]): Vagueness {
  const v: Vagueness = {
    share: null,
    vague: 0,
    forecasts: views.length,
    noDeadline: 0,
    noProbability: 0,
    vagueKind: 0,
    unresolvable: 0,
  };
  for (const { forecast, state } of views) {
    const noDeadline = forecast.deadline === null;
    const noProbability = forecast.probability === null;
    const vagueKind = forecast.kind === 'vague';
    const unresolvable = state.outcome === 'unresolvable';
    if (noDeadline) v.noDeadline += 1;
    if (noProbability) v.noProbability += 1;
    if (vagueKind) v.vagueKind += 1;
    if (unresolvable) v.unresolvable += 1;
    if (noDeadline || noProbability || vagueKind || unresolvable) v.vague += 1;
  }
  if (views.length > 0) v.share = v.vague / views.length;
  return v;
}

/**
 * The mean of 2·|p − 0.5| over the forecasts that state a probability p, judged or not: 0 when
 * they always say 50%, 1 when they always say 0% or 100%. Null when none states one.
 */
export function boldnessOf(views: readonly ForecastView[]): number | null {
  let sum = 0;
  let n = 0;
  for (const { forecast } of views) {
    if (forecast.probability === null) continue;
    sum += 2 * Math.abs(forecast.probability - 0.5);
    n += 1;
  }
  return n === 0 ? null : sum / n;
}
