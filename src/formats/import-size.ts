// The size cap on imported files, on its own so the page can check a file's size before it
// loads any of the code that reads one (that runs in a worker).
import { ROOT_PATH } from '../shared/issue-path';

/**
 * Checked against the file's size before it is read (`checkImportSize`). 32 MiB holds a
 * 10,000-forecast export with its full history (about 15 MB) with room to spare.
 */
export const IMPORT_MAX_BYTES = 32 * 1024 * 1024;
const MEGABYTE = 1024 * 1024;

/** The refusal for a file too big to import, or null; the UI checks `File.size` first. */
export function checkImportSize(bytes: number): string | null {
  if (bytes <= IMPORT_MAX_BYTES) return null;
  // Rounded up, so a file a byte over the limit does not read as "10.0 MB".
  const size = Number.isFinite(bytes) ? (Math.ceil((bytes / MEGABYTE) * 10) / 10).toFixed(1) : '?';
  return `${ROOT_PATH}: the file is ${size} MB; Hindsight imports files up to ${IMPORT_MAX_BYTES / MEGABYTE} MB`;
}
