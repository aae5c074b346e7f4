import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { SEED_DATA } from './src/data/seed';

/**
 * Nothing leaves the browser: the built page may load only its own files and talk only to its
 * own origin. Applied to the build alone, since the dev server injects inline scripts for HMR.
 * React's style props are set through the CSSOM, which style-src does not restrict.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'hindsight-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export const SEED_MODULE_ID = 'virtual:hindsight-seed-url';
const SEED_DEV_PATH = '/hindsight-seed.json';

/**
 * The shipped article and its catalogue are data, not code: they are written out as a JSON file
 * next to the scripts and fetched on a first visit only, so returning visitors, whose data is in
 * localStorage, never download them, and they add nothing to the JavaScript a page must parse.
 * `virtual:hindsight-seed-url` is that file's URL. The catalogue itself stays in TypeScript
 * (src/data), where its comments live and tests hold it to the article.
 */
function seedAsset(): Plugin {
  const resolved = `\0${SEED_MODULE_ID}`;
  let serving = false;
  return {
    name: 'hindsight-seed',
    configResolved: (config) => {
      serving = config.command === 'serve';
    },
    resolveId: (id) => (id === SEED_MODULE_ID ? resolved : null),
    load(id) {
      if (id !== resolved) return null;
      if (serving) return `export default ${JSON.stringify(SEED_DEV_PATH)};`;
      const ref = this.emitFile({
        type: 'asset',
        name: 'seed.json',
        source: JSON.stringify(SEED_DATA),
      });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
    configureServer(server) {
      server.middlewares.use(SEED_DEV_PATH, (_req, res) => {
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify(SEED_DATA));
      });
    },
  };
}

/**
 * Everything the entry imports statically, directly or not (React and our first view), goes in
 * one chunk: the bundler otherwise splits out each module that a lazy chunk shares with the
 * first view, and twenty small files gzip to about 5 kB more than one. Lazy chunks import from it.
 */
function firstLoadChunk() {
  type Info = { isEntry: boolean; importers: readonly string[] } | null;
  const known = new Map<string, boolean>();
  // Up through static importers until an entry: a few hundred modules, so a walk per module.
  const fromEntry = (id: string, info: (id: string) => Info): boolean => {
    const seen = new Set([id]);
    const stack = [id];
    while (stack.length > 0) {
      const module = info(stack.pop()!);
      if (!module) continue;
      if (module.isEntry) return true;
      for (const importer of module.importers)
        if (!seen.has(importer)) {
          seen.add(importer);
          stack.push(importer);
        }
    }
    return false;
  };
  return (id: string, ctx: { getModuleInfo: (id: string) => Info }) => {
    if (!known.has(id)) known.set(id, fromEntry(id, (m) => ctx.getModuleInfo(m)));
    return known.get(id) ? 'app' : null;
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), seedAsset()],
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: firstLoadChunk() }] } } },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
