import type { AppData } from '../domain/model';
import { SEED_SOURCE } from './seed-article';
import { SEED_FORECASTS } from './seed-forecasts';

/** What Hindsight opens with on a first visit: the shipped article, catalogued, nothing judged. */
export const SEED_DATA: AppData = {
  sources: [SEED_SOURCE],
  forecasts: SEED_FORECASTS,
  judgements: [],
};
