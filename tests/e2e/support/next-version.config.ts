// The Vite config of "the next version", for the deploy tests (tests/e2e/deploy.e2e.ts): the app
// as it is, but one schema version ahead, with a migration to it that changes nothing. A tab of
// this build writes data the served build cannot write (a stored schemaVersion above its own),
// and its files are all named differently (the app chunk changes, and every chunk that imports
// it with it), as after any deploy. Whatever the current version is, this one is the next.
import { mergeConfig, type Plugin } from 'vite';
import app from '../../../vite.config';

const SCHEMA = /export const SCHEMA_VERSION = (\d+);/;

function nextSchemaVersion(): Plugin {
  return {
    name: 'hindsight-e2e-next-schema-version',
    enforce: 'pre',
    transform(code, id) {
      if (/[\\/]src[\\/]storage[\\/]envelope\.ts$/.test(id)) {
        const current = SCHEMA.exec(code);
        if (!current) this.error('src/storage/envelope.ts no longer declares SCHEMA_VERSION');
        const next = `export const SCHEMA_VERSION = ${Number(current[1]) + 1};`;
        // Same lines as before: the source map stays right without a new one.
        return { code: code.replace(SCHEMA, next), map: null };
      }
      if (/[\\/]src[\\/]storage[\\/]migrations\.ts$/.test(id)) {
        if (!/export const MIGRATIONS\b/.test(code))
          this.error('src/storage/migrations.ts no longer exports MIGRATIONS');
        // SCHEMA_VERSION is the bumped one here: the step from the current version to it.
        const step =
          '(MIGRATIONS as Record<number, Migration>)[SCHEMA_VERSION - 1] = (d: unknown) => d;';
        return { code: `${code}\n${step}\n`, map: null };
      }
      return null;
    },
  };
}

export default mergeConfig(app, { plugins: [nextSchemaVersion()] });
