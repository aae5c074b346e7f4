// The import worker's work, apart from the worker itself so tests can run it in-process: read
// the file, parse and validate it (parseImport, reporting each step), plan it against the
// document the page sends, send back the plan's summary, and its patch in slices when asked.
import type { RecordEvent } from '../../domain/events';
import type { AppData } from '../../domain/model';
import { arrayChunks, ArrayAssembler, assembleDocument } from '../../formats/chunks';
import { parseImport, planParsedImport, type ImportResult } from '../../formats/import';
import { ROOT_PATH } from '../../shared/issue-path';
import type { FromImportWorker, ImportStage, ToImportWorker } from './import-messages';
import { CURRENT_EVENTS, patchArrays, patchOf } from './plan-patch';
import { summarisePlan } from './plan-summary';
import { describeError } from '../../shared/errors';

type Post = (message: FromImportWorker) => void;
type Report = (stage: ImportStage, done?: number, total?: number) => void;

/** At most one progress message per stage this often, besides each stage's first and last. */
const REPORT_EVERY_MS = 50;

function reporter(post: Post): Report {
  let stage: ImportStage | null = null;
  let at = 0;
  return (next, done, total) => {
    const now = performance.now();
    if (next === stage && now - at < REPORT_EVERY_MS && done !== total) return;
    stage = next;
    at = now;
    post({ type: 'progress', progress: { stage: next, done, total } });
  };
}

/** The file as text, decoded as UTF-8 like `Blob.text()`, with the bytes read so far told. */
async function readText(file: File, report: Report): Promise<string> {
  report('read', 0, file.size);
  if (typeof file.stream !== 'function') return file.text();
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    parts.push(decoder.decode(value, { stream: true }));
    report('read', bytes, file.size);
  }
  parts.push(decoder.decode());
  return parts.join('');
}

const failure = (error: unknown) => `${ROOT_PATH}: could not be imported: ${describeError(error)}`;

/** Handles the page's messages, answering through `post`. */
export function importWorker(post: Post): (message: ToImportWorker) => void {
  const report = reporter(post);
  const current = new ArrayAssembler();
  let parsed: Promise<ImportResult> | null = null;
  let rounds = Promise.resolve();
  /** The last plan's patch, kept here until the page asks for it (at Confirm import). */
  let patched: Record<string, readonly unknown[]> = {};

  async function plan(against: AppData): Promise<void> {
    const result = await parsed;
    if (result === null) throw new Error('no file was sent');
    if (!result.ok) {
      post({ type: 'refused', errors: result.errors });
      return;
    }
    report('plan');
    const planned = planParsedImport(against, result);
    const patch = patchOf(against, planned);
    const arrays = patchArrays(patch);
    patched = arrays;
    post({
      type: 'planned',
      kind: result.kind,
      warnings: result.warnings,
      summary: summarisePlan(planned),
      ...(patch.lexicon !== undefined && { lexicon: patch.lexicon }),
      items: Object.values(arrays).reduce((sum, items) => sum + items.length, 0),
    });
  }

  function send(): void {
    for (const chunk of arrayChunks(patched)) post({ type: 'patch', chunk });
    post({ type: 'done' });
  }

  return (message) => {
    switch (message.type) {
      case 'import':
        parsed = readText(message.file, report).then((text) => {
          report('parse');
          return parseImport(message.file.name, text, {
            now: new Date(message.now),
            onProgress: report,
          });
        });
        // A failure to read is the file's refusal, like any other.
        parsed = parsed.catch((error: unknown) => ({ ok: false, errors: [failure(error)] }));
        return;
      case 'current':
        current.add(message.chunk);
        return;
      case 'plan': {
        const against = assembleDocument(current, message.lexicon);
        const events = current.take<RecordEvent>(CURRENT_EVENTS);
        if (events.length > 0) against.events = events;
        rounds = rounds
          .then(() => plan(against))
          .catch((error: unknown) => post({ type: 'refused', errors: [failure(error)] }));
        return;
      }
      case 'send':
        rounds = rounds.then(send);
        return;
    }
  };
}
