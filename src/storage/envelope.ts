// What lies under the storage key: an envelope around the document, written by one setItem so a
// failed write leaves the previous envelope whole.
import { z } from 'zod';

export const STORAGE_KEY = 'hindsight';
export const BACKUP_KEY_PREFIX = 'hindsight:backup:';
export const SCHEMA_VERSION = 1;

export const envelopeSchema = z.object({
  schemaVersion: z.number().int().positive(),
  rev: z.number().int().nonnegative(),
  savedAt: z.string(),
  writer: z.string(),
  data: z.unknown(),
});
export type Envelope = z.infer<typeof envelopeSchema>;
