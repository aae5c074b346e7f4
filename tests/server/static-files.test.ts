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
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveApp } from '../../server/static-files';

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
function get(path: string, method = 'GET') {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>(
    (resolve, reject) => {
      const request = httpRequest(`${origin}/`, { method, path }, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () =>
          resolve({ status: response.statusCode!, headers: response.headers, body }),
        );
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

  it('answers HEAD without a body, other methods with 405, and the desk path with 426', async () => {
    const head = await get('/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect((await get('/', 'POST')).status).toBe(405);
    expect((await get('/desk')).status).toBe(426);
  });
});
