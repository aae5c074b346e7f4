// Builds the app with Vite and serves the build on 127.0.0.1, for the e2e tests and the
// screenshot script alike. The build runs in a child process so that its output and failures
// stay separate from the test runner's.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';

/** A fresh temporary directory for a build. */
export const makeOutDir = () => mkdtempSync(join(tmpdir(), 'hindsight-build-'));

export const removeOutDir = (outDir) => rmSync(outDir, { recursive: true, force: true });

/**
 * Runs `npx vite build` for the app at `root` into `outDir` (with another Vite config file, if
 * `configFile` names one); throws with the build's output if it fails.
 * @param {{ root: string, outDir: string, configFile?: string }} options
 */
export function buildApp({ root, outDir, configFile }) {
  const args = ['--no', 'vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'];
  if (configFile) args.push('--config', configFile);
  // A production build, whatever NODE_ENV the caller runs under: vitest sets it to "test",
  // which would make Vite build React's development bundle and leave out what only production
  // builds do (the service worker's registration).
  const env = { ...process.env, NODE_ENV: 'production' };
  const result = spawnSync('npx', args, { cwd: root, encoding: 'utf8', env });
  if (result.status !== 0) {
    const output = [result.error?.message, result.stdout, result.stderr].filter(Boolean).join('\n');
    throw new Error(`\`npx ${args.join(' ')}\` failed (exit ${result.status}):\n${output}`);
  }
}

/**
 * Puts the build in `from` where `to` is served, as a deploy does: the files of the build served
 * before are gone (the preview server looks each request up on disk).
 * @param {{ from: string, to: string }} folders
 */
export function deploy({ from, to }) {
  for (const entry of readdirSync(to)) rmSync(join(to, entry), { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
}

/**
 * Serves a build with Vite's preview server on 127.0.0.1 and a free port, and checks that it
 * answers with the app's index.html.
 * @param {{ root: string, outDir: string }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveApp({ root, outDir }) {
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') {
    await server.close();
    throw new Error('The preview server is not listening on a TCP port.');
  }
  const url = new URL(server.config.base, `http://127.0.0.1:${address.port}`).href;
  const response = await fetch(url).catch((error) => ({ ok: false, status: String(error) }));
  const body = response.ok ? await response.text() : '';
  if (!/<html/i.test(body)) {
    await server.close();
    throw new Error(`The preview server at ${url} did not serve index.html (${response.status}).`);
  }
  return { url, close: () => server.close() };
}
