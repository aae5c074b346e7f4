// The import worker: a same-origin module worker (the page's Content-Security-Policy allows no
// other), so reading, parsing, validating and planning a 30 MB file never holds up the page.
import '../../domain/zod';
import { serveMessages } from '../../formats/worker-scope';
import { importWorker } from './import-worker-core';

serveMessages(importWorker);
