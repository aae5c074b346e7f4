// The export worker's work, apart from the worker itself so tests can run it in-process: gather
// the document's slices, write the file with the same code the page uses, and hand it back.
import { ArrayAssembler, assembleDocument } from '../../formats/chunks';
import type { RecordEvent } from '../../domain/events';
import {
  LOG_EDITED,
  LOG_EVENTS,
  type FromExportWorker,
  type ToExportWorker,
} from './export-messages';
import { renderExport } from './render-export';
import { describeError } from '../../shared/errors';

type Post = (message: FromExportWorker) => void;

export function exportWorker(post: Post): (message: ToExportWorker) => void {
  const received = new ArrayAssembler();
  return (message) => {
    if (message.type === 'data') {
      received.add(message.chunk);
      return;
    }
    const data = assembleDocument(received, message.lexicon);
    const log = {
      events: received.take<RecordEvent>(LOG_EVENTS),
      editedAfterJudgement: new Map(received.take<[string, string]>(LOG_EDITED)),
    };
    post({ type: 'writing' });
    renderExport(message.kind, data, new Date(message.now), message.credit, log)
      .then((text) => {
        const parts = typeof text === 'string' ? [text] : text;
        post({ type: 'done', file: new Blob(parts, { type: message.mimeType }) });
      })
      .catch((error: unknown) => post({ type: 'failed', message: describeError(error) }));
  };
}
