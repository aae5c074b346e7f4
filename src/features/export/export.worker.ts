// The export worker: a same-origin module worker (the page's Content-Security-Policy allows no
// other), so writing the file of a big record never holds up the page.
import '../../domain/zod';
import { serveMessages } from '../../formats/worker-scope';
import { exportWorker } from './export-worker-core';

serveMessages(exportWorker);
