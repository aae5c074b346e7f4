// Validation without compiling code at run time. zod decides when each schema is built whether
// it may use `new Function`, probing for it once, so this must run before any schema module:
// a worker entry imports it first. A worker has no Content-Security-Policy of its own to
// refuse eval, and nothing of Hindsight's should need it wherever the app is served.
import { z } from 'zod';

z.config({ jitless: true });
