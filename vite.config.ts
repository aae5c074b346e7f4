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

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), seedAsset()],
  build: { target: 'es2022', sourcemap: true },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
