// The built app, served over plain HTTP by the desk server itself: the page's own CSP
// (connect-src 'self') then covers the desk's WebSocket on the same host and port, and one
// process is all a team runs. Only files under the app's folder are served, never a path that
// leads out of it (.., encoded slashes, symbolic links). Text is sent gzipped to a browser that
// accepts it, each file compressed once and kept in memory (the app is about 1 MB of text).
import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';

const gzip = promisify(gzipCallback);

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
};

/** Types worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/([a-z+]*json)|image\/svg)/;
/** Files larger than this are streamed as they are, not held in memory. */
const MAX_GZIPPED_FILE = 8 * 1024 * 1024;

/** Whether an Accept-Encoding header accepts gzip (by name or `*`, with a q above 0). */
export function acceptsGzip(header: string | undefined): boolean {
  return (header ?? '').split(',').some((part) => {
    const [coding = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (coding !== 'gzip' && coding !== '*') return false;
    const q = params.find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

// The page brings its own Content-Security-Policy (a meta tag); a header would add a second
// policy that both must satisfy, so none is sent. These only narrow what a browser may do.
const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export async function serveApp(appDir: string | null, deskPath: string) {
  const root = appDir === null ? null : await realpath(appDir);
  // Each file's gzipped body, by path, size and time of change (so a rebuilt file is redone).
  const gzipped = new Map<string, Promise<Buffer>>();
  const gzippedBody = (file: { path: string; size: number; mtimeMs: number }) => {
    const key = `${file.path}\0${file.size}\0${file.mtimeMs}`;
    let body = gzipped.get(key);
    if (!body) {
      body = readFile(file.path).then((bytes) => gzip(bytes, { level: 9 }));
      body.catch(() => gzipped.delete(key));
      gzipped.set(key, body);
    }
    return body;
  };
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const reply = (status: number, text: string, headers: Record<string, string> = {}) => {
      response.writeHead(status, {
        ...SECURITY_HEADERS,
        'Content-Type': 'text/plain; charset=utf-8',
        ...headers,
      });
      response.end(request.method === 'HEAD' ? undefined : `${text}\n`);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return reply(405, 'Method not allowed', { Allow: 'GET, HEAD' });
    const pathname = (request.url ?? '/').split('?')[0]!;
    if (pathname === deskPath) return reply(426, 'This address is the desk’s WebSocket.');
    if (root === null)
      return pathname === '/'
        ? reply(200, 'Hindsight desk server. No app is served here (build one, or pass --app DIR).')
        : reply(404, 'Not found');
    const file = await resolveFile(root, pathname);
    if (!file) return reply(404, 'Not found');
    const type = CONTENT_TYPES[extname(file.path).toLowerCase()] ?? 'application/octet-stream';
    const compressible = COMPRESSIBLE.test(type) && file.size <= MAX_GZIPPED_FILE;
    const body =
      compressible && acceptsGzip(request.headers['accept-encoding'])
        ? await gzippedBody(file).catch(() => null)
        : null;
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': type,
      'Content-Length': String(body ? body.length : file.size),
      ...(body ? { 'Content-Encoding': 'gzip' } : {}),
      ...(compressible ? { Vary: 'Accept-Encoding' } : {}),
      // Built assets carry a hash of their content in their names; all else may change.
      'Cache-Control': pathname.startsWith('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    });
    if (request.method === 'HEAD') return void response.end();
    if (body) return void response.end(body);
    await pipeline(createReadStream(file.path), response).catch(() => response.destroy());
  };
}

/** The file `pathname` names under `root` (index.html for a folder), or null. */
async function resolveFile(root: string, pathname: string) {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const parts = decoded.split('/').filter((part) => part !== '');
  if (parts.some((p) => p === '..' || p === '.' || p.includes('\\') || p.includes('\0')))
    return null;
  try {
    let path = join(root, ...parts);
    let info = await stat(path);
    if (info.isDirectory()) {
      path = join(path, 'index.html');
      info = await stat(path);
    }
    const real = await realpath(path);
    if (!info.isFile() || !real.startsWith(root + sep)) return null;
    return { path: real, size: info.size, mtimeMs: info.mtimeMs };
  } catch {
    return null;
  }
}
