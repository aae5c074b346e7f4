// The import worker: a same-origin module worker (the page's Content-Security-Policy allows no
// other), so reading, parsing, validating and planning a 30 MB file never holds up the page.
import '../../formats/jitless';
import type { FromImportWorker, ToImportWorker } from './import-messages';
import { importWorker } from './import-worker-core';

interface WorkerScope {
  postMessage(message: FromImportWorker): void;
  onmessage: ((event: MessageEvent<ToImportWorker>) => void) | null;
}

const scope = self as unknown as WorkerScope;
const handle = importWorker((message) => scope.postMessage(message));
scope.onmessage = (event) => handle(event.data);
