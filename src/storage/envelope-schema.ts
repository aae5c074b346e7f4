// The envelope's run-time check, apart from envelope.ts so zod loads only with the decoder.
import { z } from '../domain/zod';
import type { Envelope } from './envelope';

export const envelopeSchema: z.ZodType<Envelope> = z.object({
  schemaVersion: z.number().int().positive(),
  rev: z.number().int().nonnegative(),
  savedAt: z.string(),
  writer: z.string(),
  data: z.unknown(),
});
