// Which card the feed draws for each forecast: the reader's own, to judge and edit, unless a
// screen above says otherwise (a shared report's cards are reading matter, with no controls).
// A context rather than a prop through every page, and the report's card is handed in by the
// shared view, so none of its code is in the first load.
import { createContext, type ComponentType } from 'react';
import { ForecastCard, type ForecastCardProps } from './ForecastCard';

export const CardComponent = createContext<ComponentType<ForecastCardProps>>(ForecastCard);
