// zod, configured before any schema is built. By default zod 4 compiles a fast parser for each
// object schema with `new Function`, after probing whether it may. The app's
// Content-Security-Policy has no 'unsafe-eval', so the probe is refused and the browser reports
// a `securitypolicyviolation` on every validation (every import, every load of stored data),
// which buries real reports. `jitless` skips both: schemas are interpreted, never compiled.
// A schema reads this setting when it is built, so every module that builds one (here and in
// storage, formats, workers and tests) imports `z` from this file; lint forbids importing zod
// itself for anything but types.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
