// @vitest-environment node
// The built app as the desk server serves it (server/static-files.ts), on an HTTP server of
// its own: content types, headers, and no way out of the app's folder.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type Server,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptsGzip, serveApp } from '../../server/static-files';

const SCRIPT = Array.from({ length: 400 }, (_, i) => `export const value${i} = ${i};`).join('\n');
let base: string;
let server: Server;
let origin: string;

beforeAll(async () => {
  // base/secret.txt sits next to the app's folder, where a path leading out of it would reach.
  base = await mkdtemp(join(tmpdir(), 'hindsight-app-'));
  const appDir = join(base, 'app');
  await mkdir(join(appDir, 'assets'), { recursive: true });
  await writeFile(join(base, 'secret.txt'), 'not for the web');
  await writeFile(join(appDir, 'index.html'), '<!doctype html><title>Hindsight</title>');
  await writeFile(join(appDir, 'assets', 'app-1234.js'), 'console.log(1);');
  await writeFile(join(appDir, 'assets', 'big-5678.js'), SCRIPT);
  await writeFile(join(appDir, 'icon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  await writeFile(join(appDir, 'manifest.webmanifest'), '{}');
  await symlink(base, join(appDir, 'outside'));
  const app = await serveApp(appDir, '/desk');
  server = createServer((request, response) => void app(request, response));
  await new Promise<void>((resolve) => server.listen({ host: '127.0.0.1', port: 0 }, resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  if (base) await rm(base, { recursive: true, force: true });
});

/** A request for `path` exactly as written (fetch would resolve dot segments before sending). */
function get(path: string, method = 'GET', headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: string; bytes: Buffer }>(
    (resolve, reject) => {
      const request = httpRequest(`${origin}/`, { method, path, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const bytes = Buffer.concat(chunks);
          resolve({
            status: response.statusCode!,
            headers: response.headers,
            body: bytes.toString(),
            bytes,
          });
        });
      });
      request.on('error', reject);
      request.end();
    },
  );
}

describe('serveApp', () => {
  it('serves index.html for /, with its content type, the security headers and no CSP', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Hindsight</title>');
    expect(page.headers).toMatchObject({
      'content-type': 'text/html; charset=utf-8',
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    });
    expect(page.headers['content-security-policy']).toBeUndefined();
  });

  it.each([
    [
      '/assets/app-1234.js',
      'text/javascript; charset=utf-8',
      'public, max-age=31536000, immutable',
    ],
    ['/manifest.webmanifest', 'application/manifest+json; charset=utf-8', 'no-cache'],
  ])('serves %s as %s', async (path, type, cache) => {
    const file = await get(path);
    expect(file.status).toBe(200);
    expect(file.headers).toMatchObject({ 'content-type': type, 'cache-control': cache });
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/outside/secret.txt',
    '/%00index.html',
    '/%E0%A4%A',
    '/nothing.js',
  ])('answers %s with 404', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('not for the web');
  });

  it('sends text gzipped to a client that accepts gzip, and as it is otherwise', async () => {
    const zipped = await get('/assets/big-5678.js', 'GET', { 'Accept-Encoding': 'br, gzip' });
    expect(zipped.headers).toMatchObject({ 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
    expect(Number(zipped.headers['content-length'])).toBe(zipped.bytes.length);
    expect(zipped.bytes.length).toBeLessThan(SCRIPT.length / 3);
    expect(gunzipSync(zipped.bytes).toString()).toBe(SCRIPT);
    // Again, from the server's memory: the same bytes.
    const again = await get('/assets/big-5678.js', 'GET', { 'Accept-Encoding': 'gzip' });
    expect(again.bytes.equals(zipped.bytes)).toBe(true);

    for (const accept of [undefined, 'identity', 'gzip;q=0', 'br']) {
      const plain = await get(
        '/assets/big-5678.js',
        'GET',
        accept ? { 'Accept-Encoding': accept } : {},
      );
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body).toBe(SCRIPT);
    }
    // An image goes as it is, whatever the client accepts.
    const image = await get('/icon.png', 'GET', { 'Accept-Encoding': 'gzip' });
    expect(image.headers['content-encoding']).toBeUndefined();
    expect(image.bytes).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  });

  it.each([
    ['gzip', true],
    ['deflate, gzip;q=0.5', true],
    ['*', true],
    ['GZIP', true],
    ['gzip;q=0', false],
    ['gzip; q=0.0', false],
    ['', false],
    ['x-gzip-ish', false],
  ])('reads Accept-Encoding %j as accepting gzip: %s', (header, accepts) => {
    expect(acceptsGzip(header)).toBe(accepts);
  });

  it('answers HEAD without a body, other methods with 405, and the desk path with 426', async () => {
    const head = await get('/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect((await get('/', 'POST')).status).toBe(405);
    expect((await get('/desk')).status).toBe(426);
  });
});
