// Full stops that end no sentence. Intl.Segmenter breaks after "Dr." or "Gen." before a
// capital ("Dr. | Ana Ruiz said …"), after "Jan." before a day ("Jan. | 5"), and after "No."
// before a number: such pieces are joined to the next again, as long as the two together stay
// within the longest sentence allowed.

/** Titles and ranks: always followed by a name, never the end of a sentence. */
const TITLE_STOP =
  /(?:^|[^\p{L}.])(?:Adm|Dr|Gen|Lt|Col|Capt|Maj|Sgt|Cmdr|Sen|Rep|Gov|Mr|Mrs|Ms|Prof|Rev|Hon|St|Mt|Ft|Sens|Reps|Supt|Insp|Messrs)\.$/u;
/** Followed by a number: "Jan. 5", "No. 12". */
const NUMBER_STOP =
  /(?:^|[^\p{L}.])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|Vol|p|pp|Art|Fig)\.$/u;
/** Ends a sentence only before a capital: "Apple Inc. | said" is one sentence. */
const NAME_STOP = /(?:^|[^\p{L}.])(?:Inc|Corp|Co|Ltd|Bros|Jr|Sr|U\.S|U\.K|U\.N|E\.U)\.$/u;

/** A middle initial after a first name: "Richard D. | Wolff" is one name. */
const INITIAL_STOP = /(?:^|\s)\p{Lu}\p{Ll}+\s+\p{Lu}\.$/u;

/** Whether a piece ending in `piece` runs on into one starting `next`. */
export function runsOn(piece: string, next: string): boolean {
  if (TITLE_STOP.test(piece)) return /^[\p{Lu}\d"“'‘(]/u.test(next);
  if (INITIAL_STOP.test(piece)) return /^\p{Lu}\p{Ll}/u.test(next);
  if (NUMBER_STOP.test(piece)) return /^\d/.test(next);
  if (NAME_STOP.test(piece)) return /^[\p{Ll}\d]/u.test(next);
  return false;
}

/** Spans (in order, within `text`) with those cut after such a stop joined to the next. */
export function joinAbbreviations<T extends { start: number; end: number; text: string }>(
  spans: readonly T[],
  text: string,
  maxChars: number,
): T[] {
  const out: T[] = [];
  for (const s of spans) {
    const prev = out.at(-1);
    if (prev && s.end - prev.start <= maxChars && runsOn(prev.text, s.text))
      out[out.length - 1] = { ...prev, end: s.end, text: text.slice(prev.start, s.end) };
    else out.push(s);
  }
  return out;
}
