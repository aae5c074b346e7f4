// Reading a compact share payload (share-compact.ts) back into a record, trusting nothing: the
// payload's shape is checked strictly, every id it takes from the catalogue must be there, and
// each article, forecast and judgement it rebuilds must pass the domain's own strict schema.
// The caller then writes the record as a scorecard and reads it through the import's parser, so
// a compact link meets every check an imported file does.
import type { AppData, Judgement } from '../domain/model';
import {
  forecastSchema,
  judgementSchema,
  lexiconEntrySchema,
  sourceSchema,
} from '../domain/schemas';
import { z } from '../domain/zod';
import { capErrors, formatIssue } from './issue-path';
import { partlyCreditSchema } from './scorecard-schema';
import {
  catalogueKey,
  SHARE_PAYLOAD_FORMAT,
  SHARE_PAYLOAD_VERSION,
  type ListEntry,
} from './share-compact';

const id = z.string().min(1).max(200);
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const listEntry = z.union([
  z.tuple([id]),
  z.tuple([id, id]),
  // A changed item or a new one, as parsed (not copied, so a key such as __proto__ stays in
  // view): its fields are checked once it is rebuilt.
  z.custom<Record<string, unknown>>(isPlainObject, { message: 'not an article or a forecast' }),
]);
// Its parts are checked as a judgement once it is rebuilt; here only what the rebuilding reads.
const judgementTuple = z
  .tuple(
    [
      z.unknown(),
      z.unknown(),
      z.unknown(),
      z.unknown(),
      z.unknown(),
      z.array(z.tuple([z.unknown(), z.unknown()])),
    ],
    z.record(z.string(), z.unknown()),
  )
  .refine((tuple) => tuple.length <= 7, { message: 'too many parts for a judgement' });

const payloadSchema = z
  .object({
    format: z.literal(SHARE_PAYLOAD_FORMAT),
    version: z.literal(SHARE_PAYLOAD_VERSION),
    exportedAt: z.iso.datetime({ offset: true, error: 'not an ISO date-time' }),
    partlyCredit: partlyCreditSchema.optional(),
    catalogue: z.string().max(64),
    sources: z.array(listEntry),
    forecasts: z.array(listEntry),
    judgements: z.array(z.tuple([id, z.array(judgementTuple)])),
    lexicon: z.array(lexiconEntrySchema.strict()).nullable().optional(),
  })
  .strict();

export type ExpandedShare =
  | { ok: true; data: AppData; exportedAt: string; partlyCredit?: 0 | 0.5 | 1; warnings: string[] }
  | { ok: false; missing: boolean; errors: string[] };

/** True when parsed JSON says it is a compact share payload (of any version). */
export function isSharePayload(raw: unknown): boolean {
  return isPlainObject(raw) && raw.format === SHARE_PAYLOAD_FORMAT;
}

interface Kind {
  /** "article" or "forecast", for the messages. */
  noun: string;
  path: string;
  schema: z.ZodObject;
}

/** Rebuilds a list from its entries over the catalogue's `base`; problems go to `errors`. */
function expandList<T extends { id: string }>(
  entries: readonly z.infer<typeof listEntry>[],
  base: readonly T[],
  kind: Kind,
  errors: { missing: string[]; invalid: string[] },
): T[] {
  const at = new Map(base.map((item, i) => [item.id, i]));
  const lookup = (ref: string): number | null => {
    const index = at.get(ref);
    if (index !== undefined) return index;
    errors.missing.push(
      `${kind.path}: the ${kind.noun} “${ref}” of the shipped catalogue, which this copy of Hindsight does not have`,
    );
    return null;
  };
  const out: T[] = [];
  entries.forEach((raw, i) => {
    const entry = raw as ListEntry;
    if (Array.isArray(entry)) {
      const first = lookup(entry[0]);
      const last = entry.length === 2 ? lookup(entry[1]) : first;
      if (first === null || last === null) return;
      if (last < first) {
        errors.invalid.push(
          `${kind.path}[${i}]: a run of the catalogue that ends before it starts`,
        );
        return;
      }
      out.push(...base.slice(first, last + 1));
      return;
    }
    let item: Record<string, unknown>;
    if ('ref' in entry) {
      const { ref, unset, ...changes } = entry;
      const index = typeof ref === 'string' ? lookup(ref) : null;
      if (typeof ref !== 'string') errors.invalid.push(`${kind.path}[${i}].ref: not an id`);
      if (index === null) return;
      item = { ...base[index]!, ...changes };
      if (unset !== undefined && !Array.isArray(unset))
        errors.invalid.push(`${kind.path}[${i}].unset: not a list of fields`);
      for (const field of Array.isArray(unset) ? unset : []) delete item[String(field)];
    } else {
      item = entry;
    }
    // Strict: a field the domain does not know (or one named __proto__) is refused, not carried.
    const parsed = kind.schema.strict().safeParse(item);
    if (parsed.success) out.push(parsed.data as unknown as T);
    else
      errors.invalid.push(
        ...parsed.error.issues.map((issue) =>
          formatIssue({ ...issue, path: [kind.path, i, ...issue.path] }),
        ),
      );
  });
  return out;
}

function expandJudgements(
  logs: [string, z.infer<typeof judgementTuple>[]][],
  forecastIds: ReadonlySet<string>,
  invalid: string[],
): Judgement[] {
  const out: Judgement[] = [];
  logs.forEach(([forecastId, log], n) => {
    if (!forecastIds.has(forecastId))
      invalid.push(
        `judgements[${n}]: judgements of forecast “${forecastId}”, which the link does not have`,
      );
    log.forEach((tuple, i) => {
      const [entryId, at, outcome, judgedOn, note, evidence, rest] = tuple;
      const candidate = {
        ...rest,
        id: entryId,
        forecastId,
        outcome,
        judgedOn,
        evidence: evidence.map(([url, evidenceNote]) => ({ url, note: evidenceNote })),
        note,
        at,
      };
      const parsed = judgementSchema.strict().safeParse(candidate);
      if (parsed.success) out.push(parsed.data);
      else
        invalid.push(
          ...parsed.error.issues.map((issue) =>
            formatIssue({ ...issue, path: ['judgements', n, 1, i, ...issue.path] }),
          ),
        );
    });
  });
  return out;
}

/** The record a compact payload describes, over the recipient's shipped `catalogue`. */
export function expandSharePayload(raw: unknown, catalogue: AppData): ExpandedShare {
  if (isPlainObject(raw) && raw.version !== SHARE_PAYLOAD_VERSION) {
    return {
      ok: false,
      missing: false,
      errors: [
        `version: a share link of version ${JSON.stringify(raw.version) ?? 'undefined'}; this copy of Hindsight reads version ${SHARE_PAYLOAD_VERSION}. A newer Hindsight may have made it.`,
      ],
    };
  }
  const parsed = payloadSchema.safeParse(raw);
  if (!parsed.success)
    return { ok: false, missing: false, errors: capErrors(parsed.error.issues.map(formatIssue)) };
  const payload = parsed.data;
  const errors = { missing: [] as string[], invalid: [] as string[] };
  const sources = expandList(
    payload.sources,
    catalogue.sources,
    {
      noun: 'article',
      path: 'sources',
      schema: sourceSchema,
    },
    errors,
  );
  const forecasts = expandList(
    payload.forecasts,
    catalogue.forecasts,
    {
      noun: 'forecast',
      path: 'forecasts',
      schema: forecastSchema,
    },
    errors,
  );
  const forecastIds = new Set(forecasts.map((f) => f.id));
  const judgements = expandJudgements(payload.judgements, forecastIds, errors.invalid);
  if (errors.missing.length > 0)
    return { ok: false, missing: true, errors: capErrors([...new Set(errors.missing)]) };
  if (errors.invalid.length > 0)
    return { ok: false, missing: false, errors: capErrors(errors.invalid) };
  const lexicon =
    payload.lexicon === undefined ? catalogue.lexicon : (payload.lexicon ?? undefined);
  const warnings =
    payload.catalogue === catalogueKey(catalogue)
      ? []
      : [
          'The link was made with another version of the shipped article’s catalogue: its catalogued forecasts are shown as this copy of Hindsight has them, with the sharer’s changes and judgements.',
        ];
  return {
    ok: true,
    data: { sources, forecasts, judgements, ...(lexicon !== undefined && { lexicon }) },
    exportedAt: payload.exportedAt,
    ...(payload.partlyCredit !== undefined && { partlyCredit: payload.partlyCredit }),
    warnings,
  };
}
