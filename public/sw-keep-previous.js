// Part of Hindsight's service worker (imported by the sw.js Workbox generates; see the PWA
// options in vite.config.ts): an older version's files stay available while a page of that
// version may still ask for them.
//
// When a new version's worker takes over, Workbox deletes every precached file the new build
// does not list, and the server no longer has them either. A tab still running the older
// version (opened before the deploy, left open) then fails to load any part it had not loaded
// yet: Add article, the scorecard, a dialog. So, while installing, this copies the built files
// (`assets/`, named by content hash, so never stale) of the precache into a cache of its own;
// on taking over it records which pages are open; and that cache is deleted once none of those
// pages is left (checked on taking over, and whenever a page opens and says so). The generated
// worker serves a request for `assets/` that the precache does not hold from that cache.
/* global self, caches */

const KEPT = 'hindsight-previous-builds';
const RECORD = new URL('__hindsight/kept-for-pages', self.registration.scope).href;
const isBuiltFile = (url) => new URL(url).pathname.includes('/assets/');

/** The pages the kept files are for: { pending } until this worker has taken over. */
async function readRecord(cache) {
  const response = await cache.match(RECORD);
  return response ? response.json() : { pending: false, pages: [] };
}

const writeRecord = (cache, record) => cache.put(RECORD, new Response(JSON.stringify(record)));

async function keepPrecachedFiles() {
  const names = (await caches.keys()).filter((name) => name.startsWith('workbox-precache'));
  if (names.length === 0) return; // a first install: nothing older to keep
  const kept = await caches.open(KEPT);
  for (const name of names) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      if (!isBuiltFile(request.url)) continue;
      const response = await cache.match(request);
      if (response) await kept.put(request, response);
    }
  }
  const record = await readRecord(kept);
  await writeRecord(kept, { ...record, pending: true });
}

async function openPages() {
  const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  return new Set(pages.map((page) => page.id));
}

/** Deletes the kept files once no page they were kept for is open. */
async function prune({ takingOver = false } = {}) {
  if (!(await caches.has(KEPT))) return;
  const kept = await caches.open(KEPT);
  const record = await readRecord(kept);
  if (record.pending && !takingOver) return; // kept by a worker still waiting to take over
  const open = await openPages();
  const pages = record.pages.filter((id) => open.has(id));
  // Taking over: every page open now runs an older version (new pages load after this).
  if (takingOver) for (const id of open) if (!pages.includes(id)) pages.push(id);
  if (pages.length === 0) await caches.delete(KEPT);
  else await writeRecord(kept, { pending: false, pages });
}

self.addEventListener('install', (event) => event.waitUntil(keepPrecachedFiles()));
self.addEventListener('activate', (event) => event.waitUntil(prune({ takingOver: true })));
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'HINDSIGHT_PRUNE') event.waitUntil(prune());
});
