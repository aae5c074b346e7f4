// How news copy names an organisation after it first gives it in full: by its initials ("the
// WMO" for the World Meteorological Organization), by an acronym that leads its name ("CCS" for
// CCS Insight), by a common noun ("the research firm", "the agency") and through what it
// publishes ("the new forecast from OPEC", "the latest IEA's forecasts", "the report published
// by WMO"): the publisher speaks through its report (issue 17).

/**
 * "the agency", "the research firm", "the report", "the bank's strategists": the organisation
 * last named.
 */
export const ORG_REFERENCE =
  /^(?:the|its)\s+(?:[\w-]+\s+)?(?:agency|firm|company|bank|group|organi[sz]ation|report|cartel|body|institute|consultancy|outlook|maker|producer|manufacturer|retailer|giant|carrier|lender|insurer|airline|operator|provider|fund|regulator|ministry|committee|council|commission|department|board|office|authority|bureau|government|treasury|panel|union|association|federation|watchdog|think\s+tank|consultancy|pollster|forecaster)(?:['’]s\s+(?:[a-z]+\s+)?(?:analysts|economists|strategists|researchers|experts|forecasters))?$/i;

const PUBLICATION =
  '(?:report|forecasts?|predictions?|outlook|study|survey|poll|model|project|simulations?|analysis|update|projections?|estimates?|figures|data|statement|review)';
const ORG_WORDS = String.raw`\p{Lu}[\p{L}.&'’-]*(?:\s+(?:of\s+|the\s+|and\s+)*\p{Lu}[\p{L}.&'’-]*){0,5}`;
/** "The new forecast from OPEC", "the report published by the WMO". */
const PUBLICATION_BY = new RegExp(
  String.raw`^(?:(?:the|its|a|an)\s+)?(?:[\p{L}-]+\s+){0,3}?${PUBLICATION}\s+` +
    String.raw`(?:(?:published|released|issued|produced|prepared|compiled)\s+)?(?:by|from|of)\s+` +
    String.raw`(?:the\s+)?(${ORG_WORDS})$`,
  'iu',
);
/** "OPEC's annual outlook", "the latest IEA's forecasts", "YouGov's estimate of the results". */
const PUBLICATION_OF = new RegExp(
  String.raw`^(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}(${ORG_WORDS})['’]s?\s+(?:[\p{L}-]+\s+){0,3}${PUBLICATION}(?:\s+(?:of|for|on)\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+)?$`,
  'u',
);
/** "produced by the UK Met Office": a publication's source, set off by commas. */
const BY_SOURCE = new RegExp(
  String.raw`^(?:published|released|issued|produced|prepared|compiled|conducted|commissioned)\s+by\s+(?:the\s+)?(${ORG_WORDS})$`,
  'u',
);

/** The organisation a publication is credited to, if the words name one. */
export function publisherOf(phrase: string): string | null {
  const m = PUBLICATION_BY.exec(phrase) ?? PUBLICATION_OF.exec(phrase) ?? BY_SOURCE.exec(phrase);
  const org = m?.[1];
  // The name must start with a capital even where the pattern ignores case.
  return org !== undefined && /^\p{Lu}/u.test(org) ? org : null;
}

/** Whether the words are a publication: "the report", "the new forecast from OPEC". */
export function isPublication(phrase: string): boolean {
  return publisherOf(phrase) !== null || ORG_REFERENCE.test(phrase);
}

const LINKING = new Set(['of', 'the', 'and', 'for', 'on', 'de', 'du', 'des', 'für']);

/**
 * Short names a full organisation name may go by later: its initials ("World Meteorological
 * Organization" → "WMO", "Bank of England" → "BE" and "BoE") and an acronym that leads it
 * ("CCS Insight" → "CCS").
 */
export function shortNames(name: string): string[] {
  const words = name.split(/\s+/);
  const out: string[] = [];
  const lead = words[0] ?? '';
  if (words.length > 1 && /^[A-Z][A-Z&]{1,7}$/.test(lead)) out.push(lead);
  const capitals = words.filter((w) => !LINKING.has(w.toLowerCase()));
  if (capitals.length >= 2 && capitals.every((w) => /^\p{Lu}/u.test(w))) {
    out.push(capitals.map((w) => w[0]).join(''));
    const withLinks = words.map((w) => (LINKING.has(w.toLowerCase()) ? w[0] : w[0]!.toUpperCase()));
    const mixed = withLinks.join('');
    if (mixed !== out.at(-1)) out.push(mixed);
  }
  return out;
}

/** "Full Name (ACRONYM)": the acronym stands for the name from then on. */
export const ACRONYM_AFTER = /^\s*\(([A-Z][A-Z&.]{1,7})\)/;
/** "ACRONYM (Full Name)", the other way round. */
export const ACRONYM_BEFORE = /\b([A-Z][A-Z&.]{1,7})\s*\(\s*$/;
