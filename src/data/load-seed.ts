// What a first visit opens with: the shipped article and its catalogue, fetched from the JSON
// file the build writes next to the scripts (see seedAsset in vite.config.ts). Only the boot
// imports this, and only when storage holds nothing.
import seedUrl from 'virtual:hindsight-seed-url';
import type { AppData } from '../domain/model';

export async function loadSeed(): Promise<AppData> {
  const response = await fetch(seedUrl);
  if (!response.ok) throw new Error(`The shipped article could not be loaded (${response.status})`);
  return (await response.json()) as AppData;
}
