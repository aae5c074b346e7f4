// The speakers as the record shows them: one entry per name after merges, with how many
// forecasts they made, the role most of those give them, and the names merged into them.
import { canonicalSpeaker } from '../../domain/events';
import type { Forecast } from '../../domain/model';

export interface SpeakerEntry {
  name: string;
  forecasts: number;
  /** The role most of their forecasts give, or '' when none does. */
  role: string;
  /** The names shown as this one (merged into it), in order. */
  aliases: string[];
}

export function speakerList(
  forecasts: readonly Forecast[],
  aliases: ReadonlyMap<string, string>,
): SpeakerEntry[] {
  const counts = new Map<string, { forecasts: number; roles: Map<string, number> }>();
  for (const f of forecasts) {
    let entry = counts.get(f.speaker);
    if (!entry) counts.set(f.speaker, (entry = { forecasts: 0, roles: new Map() }));
    entry.forecasts++;
    const role = f.speakerRole?.trim();
    if (role) entry.roles.set(role, (entry.roles.get(role) ?? 0) + 1);
  }
  const merged = new Map<string, string[]>();
  for (const alias of aliases.keys()) {
    const into = canonicalSpeaker(alias, aliases);
    if (into === alias || !counts.has(into)) continue;
    merged.set(into, [...(merged.get(into) ?? []), alias]);
  }
  return [...counts]
    .map(([name, { forecasts: n, roles }]) => ({
      name,
      forecasts: n,
      role: [...roles].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '',
      aliases: (merged.get(name) ?? []).sort((a, b) => a.localeCompare(b)),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
