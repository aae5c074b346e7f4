// Runs once before the e2e files: finds Chromium, builds the app and serves the build on
// 127.0.0.1, then hands the URL and the browser's path to the tests through `inject`.
import type { TestProject } from 'vitest/node';
import { resolveChromium } from './support/chromium.mjs';
import { buildApp, makeOutDir, removeOutDir, serveApp } from './support/app-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    chromiumPath: string;
    /** The served build's folder: a test may put a newer file there (and restore it). */
    outDir: string;
  }
}

const log = (message: string) => console.log(`[e2e] ${message}`);

async function timed<T>(label: string, step: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  const value = await step();
  log(`${label} in ${Math.round(performance.now() - start)} ms`);
  return value;
}

export default async function setup(project: TestProject) {
  const root = project.config.root;
  const chromiumPath = await timed('found Chromium', () => resolveChromium({ log }));
  const outDir = makeOutDir();
  try {
    await timed('built the app', () => buildApp({ root, outDir }));
    const server = await timed('started the preview server', () => serveApp({ root, outDir }));
    log(`serving ${outDir} at ${server.url}; Chromium at ${chromiumPath}`);
    project.provide('baseURL', server.url);
    project.provide('chromiumPath', chromiumPath);
    project.provide('outDir', outDir);
    return async () => {
      await server.close();
      removeOutDir(outDir);
    };
  } catch (error) {
    removeOutDir(outDir);
    throw error;
  }
}
