// A forecast's tags: short labels the reader adds to group forecasts and filter by them.
// One tag is one form: trimmed, inner spaces collapsed, at most MAX_TAG_LENGTH characters, and
// never twice on a forecast in different cases ("Economy" and "economy" are the same tag).
// Commas and semicolons separate tags as they are typed, so a tag never holds one; that also
// keeps the CSV export's "a; b" list of tags readable back.

export const MAX_TAG_LENGTH = 40;
export const MAX_TAGS = 20;

/** Splits what was typed into the tags it names, each in its one form (empty ones dropped). */
export function splitTagInput(input: string): string[] {
  return input
    .split(/[,;]/)
    .map((part) => part.normalize('NFC').replace(/\s+/gu, ' ').trim())
    .filter((part) => part !== '');
}

/** What makes two tags the same tag: case (and a case-folding locale) aside. */
export function tagKey(tag: string): string {
  return tag.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
}

export type TagAddition = { tags: string[]; added: string[] } | { error: string };

/**
 * `existing` with the tags typed in `input` added at the end, or why none can be: nothing typed,
 * a tag too long or holding a control character, one the forecast already has, or too many.
 */
export function addTags(existing: readonly string[], input: string): TagAddition {
  const wanted = splitTagInput(input);
  if (wanted.length === 0) return { error: 'Type a tag first.' };
  const keys = new Set(existing.map(tagKey));
  const added: string[] = [];
  for (const tag of wanted) {
    if ([...tag].length > MAX_TAG_LENGTH) {
      return { error: `A tag can be at most ${MAX_TAG_LENGTH} characters long.` };
    }
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/u.test(tag))
      return { error: 'A tag cannot hold control characters.' };
    const key = tagKey(tag);
    if (keys.has(key)) {
      const same = existing.find((t) => tagKey(t) === key) ?? added.find((t) => tagKey(t) === key);
      return { error: `This forecast already has the tag “${same ?? tag}”.` };
    }
    keys.add(key);
    added.push(tag);
  }
  if (existing.length + added.length > MAX_TAGS) {
    return { error: `A forecast can have at most ${MAX_TAGS} tags.` };
  }
  return { tags: [...existing, ...added], added };
}

/** `existing` without `tag` (matched in any case). */
export function removeTag(existing: readonly string[], tag: string): string[] {
  const key = tagKey(tag);
  return existing.filter((t) => tagKey(t) !== key);
}
