import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { SEED_DATA } from './src/data/seed';

/**
 * Nothing leaves the browser: the built page may load only its own files and talk only to its
 * own origin. Applied to the build alone, since the dev server injects inline scripts for HMR.
 * React's style props are set through the CSSOM, which style-src does not restrict. The service
 * worker and the web app manifest come from the page's own origin too (worker-src, manifest-src:
 * default-src already says so, and naming them keeps it so if default-src ever changes).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
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
    // The entry itself stays in a chunk of its own: it awaits the boot at its top level, and a
    // lazy chunk (the storage codec, loaded during that boot) importing from a chunk that is
    // still evaluating would wait for it forever.
    if (ctx.getModuleInfo(id)?.isEntry || /[\\/]src[\\/]main\.tsx$/.test(id)) return null;
    if (!known.has(id))
      known.set(
        id,
        fromEntry(id, (m) => ctx.getModuleInfo(m)),
      );
    return known.get(id) ? 'app' : null;
  };
}

/**
 * Offline and installable: a web app manifest, and a Workbox service worker that precaches the
 * whole build (every script, including the lazily loaded ones, the styles, the icons and the
 * seed JSON), so after one visit the app opens with no network, even with empty storage.
 * Navigations are answered with the precached index.html. A new build's worker waits until the
 * reader chooses Reload (src/app/service-worker.tsx); the page registers it from main.tsx, after
 * the first render and in production builds only.
 *
 * When a new build's worker takes over, Workbox drops the older build's files from its precache,
 * and a deploy has removed them from the server; a tab still running the older build would then
 * fail to load any part it had not loaded yet. public/sw-keep-previous.js (imported into the
 * generated worker) copies them aside while the new worker installs and deletes the copy once no
 * page of the older build is open; the route below serves a built file the precache no longer
 * holds from that copy. Where a file is missing all the same (no service worker, or a cleared
 * cache), the page saves its work and offers Reload (src/ui/lazy-part.ts, src/app/AppAlerts.tsx).
 */
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
  manifest: {
    name: 'Hindsight',
    short_name: 'Hindsight',
    description: 'Check the forecasts pundits make, in your browser: judge them and score them.',
    lang: 'en',
    start_url: '.',
    scope: '.',
    display: 'standalone',
    background_color: '#f6f8fa',
    theme_color: '#1f3a5f',
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  },
  workbox: {
    // JSON brings the seed (assets/seed-<hash>.json), for a first visit reloaded offline.
    globPatterns: ['**/*.{js,css,html,json,svg,png,webmanifest}'],
    globIgnores: ['**/*.map'],
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    importScripts: ['sw-keep-previous.js'],
    runtimeCaching: [
      {
        // Content-hashed, so a copy is never stale; matched only after the precache's route.
        // The copies were fetched by the worker, without the Origin header a page's module
        // request carries, and the preview server answers `Vary: Origin`: ignore it.
        urlPattern: /\/assets\/[^/?#]+$/,
        handler: 'CacheFirst',
        options: { cacheName: 'hindsight-previous-builds', matchOptions: { ignoreVary: true } },
      },
    ],
    // The first visit's page is controlled at once, so it works offline without a reload.
    clientsClaim: true,
  },
});

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), seedAsset(), pwa],
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: firstLoadChunk() }] } } },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
