// What reads like a forecast but is not one: page furniture, a refusal to forecast, a figure
// the speaker says is no forecast, a report that a forecast changed, advice, a prediction
// reported as past, a wish, a schedule. Each proposal costs the reader a decision, so these
// are dropped before they are proposed. Every pattern is anchored on its own words and has no
// nested repetition: each costs time in proportion to the sentence.

/** Cookie notices, archive notices, subscription boxes, video prompts. Read on the sentence. */
const FURNITURE =
  /\b(?:cookies?(?:\s+settings)?|your\s+browser|newsletters?|sign\s+up|subscribe|click\s+here|inconsistencies\s+may\s+occur|neither\s+altered\s+nor\s+updated|mis-?categori[sz]ations|all\s+rights\s+reserved|privacy\s+policy|terms\s+of\s+(?:use|service)|story\s+continues|watch\s+\w+(?:\s+\w+)?\s+now|email\s+address\s+will\s+not\s+be\s+published|free\s+trial)\b/i;

/**
 * The words of the forecast itself say it is none, or (`lead`) the words that introduce it:
 * "We have long said that …", read up to LEAD_REACH characters before the quote.
 */
const NOT_A_FORECAST: readonly [RegExp, string, 'lead'?][] = [
  [
    /\b(?:(?:difficult|hard|too\s+early|premature)\s+to\s+(?:predict|say|tell|forecast|know|declare|expect)|(?:nobody|anybody|no\s+one|anyone)\s+knows|(?:is|was|were|remains)\s+(?:unknown|unclear|uncertain)\b|(?:can(?:no|['’])t|could\s+not|couldn['’]t)\s+say\b|remains\s+to\s+be\s+seen|we['’]ll\s+(?:just\s+)?(?:have\s+to\s+)?see\b|(?:can(?:no|['’])t|won['’]t)\s+(?:predict|forecast)|(?:not\s+possible|impossible|no\s+way)\s+to\s+(?:predict|say|tell|know|forecast|put|give|set)\b|as\s+long\s+as\s+it\s+takes)/i,
    'a refusal to forecast',
  ],
  [
    /\b(?:neither\s+a\s+(?:forecast|prediction)|(?:is\s+)?not\s+a\s+(?:forecast|prediction)|(?:am|are|is|was|were|['’]m|['’]re)\s+not\s+(?:forecasting|predicting|making\s+(?:a\s+|any\s+)?(?:forecasts?|predictions?)))\b/i,
    'the speaker says it is not a forecast',
  ],
  [
    /\b(?:raises?|raised|raising|cuts?|cutting|lowers?|lowered|lowering|revises?|revised|trims?|trimmed|upgrades?|upgraded|downgrades?|downgraded|slash(?:es|ed)?|reduc(?:es|ed)|boost(?:s|ed)|hik(?:es|ed)|pare[sd]?|nudg(?:es|ed))\s+(?:its|their|his|her|the|our)\s+(?:[\w-]+\s+){0,4}(?:forecasts?|outlook|projections?|estimates?|guidance)\b|\b(?:forecast|outlook|projection)\s+(?:remains|was\s+left|is)\s+(?:broadly\s+|largely\s+)?unchanged\b|^\s*in\s+(?:a|an|another|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:forecast|prediction|projection)\s+for\b/i,
    'a report about a forecast',
  ],
  [
    /\b(?:should\s+(?:expect|be\s+(?:developed|taken|used|treated|seen|reminded))|(?:have|has|['’]ve)\s+got\s+to\s+(?:understand|remember|realise|realize)|will\s+(?:have|need)\s+to\s+be\s+reminded|will\s+need\s+to\s+[^.;]{0,80}\bif\s+(?:they|we|you|he|she|it)\s+(?:want|wish|hope)s?)\b/i,
    'advice',
  ],
  [
    /\b(?:initially|originally|previously|once)\s+(?:projected|predicted|forecast|expected|said)\b|\b(?:I|we|they)\s*(?:['’]ve|have|had)\s+(?:been\s+saying|long\s+(?:said|predicted|argued|warned))\b|^\s*in\s+(?:1[89]|20)\d\d,\s+(?:I|we|he|she|they)\s+(?:said|predicted|wrote|warned)\b/i,
    'a past prediction',
    'lead',
  ],
  [
    /^\s*(?:the\s+)?(?:idea|notion|belief|fear|hope|prospect)\s+that\b|^\s*(?:I|we|they|you)\s*(?:['’]ve|have)\s+(?:seen|been\s+(?:pretty\s+|very\s+)?(?:accurate|right|wrong))\b|\bpremature\b/i,
    'a remark about a view, the past or the present',
  ],
  [/\bif\s+(?:only\s+)?(?:I|we)\s+could\b|\bI\s+wish\b|\bif\s+only\b/i, 'a wish'],
  [
    /\bas\s+(?:you|one|we|anyone)\s+(?:might|would|could|can|may)\s+expect\b|\b(?:can(?:no|['’])t|could(?:\s+not|n['’]t))\s+deny\b/i,
    'an aside on the present',
  ],
  [
    /\b(?:is|was|remains|are)\s+whether\b|\b(?:as\s+to|on|about)\s+who\s+(?:will|would)\b/i,
    'an indirect question',
    'lead',
  ],
  [
    /\b(?:do|does|did)(?:\s+not|n['’]t)\s+(?:necessarily\s+)?mean\s+(?:that\s+)?/i,
    'a caveat on what a forecast means',
    'lead',
  ],
  [/\b(?:warn(?:s|ed)?|cautions?|cautioned)\s+against\s+expecting\b/i, 'advice', 'lead'],
  [
    /\bwill\s+(?:now\s+)?(?:meet|convene|gather|be\s+readying|be\s+up\s+for\s+grabs)\b|\bwill\s+meet\s+in\s+\w+\s+(?:from|on)\b/i,
    'a schedule',
  ],
];

const LEAD_REACH = 80;

/** "were going to": a past expectation, unless someone is reported as predicting it. */
const PAST_GOING_TO = /\b(?:was|were)\s+going\s+to\b/i;
const REPORTING_BEFORE =
  /\b(?:said|says|predict\w*|expect\w*|forecast\w*|thought|believed?|warned|told|insisted|argued)\b/i;

/** Why a proposed forecast is none, or null when nothing says so. */
export function notAForecast(quote: string, sentence: string): string | null {
  if (FURNITURE.test(sentence)) return 'page furniture';
  const at = Math.max(0, sentence.indexOf(quote));
  const lead = sentence.slice(Math.max(0, at - LEAD_REACH), at) + quote;
  for (const [pattern, why, scope] of NOT_A_FORECAST)
    if (pattern.test(scope === 'lead' ? lead : quote)) return why;
  const going = quote.search(PAST_GOING_TO);
  if (going >= 0) {
    if (!REPORTING_BEFORE.test(sentence.slice(0, at + going))) return 'a past expectation';
  }
  return null;
}
