// The desk server's command line (run with tsx; docs/desk.md):
//   npm run desk -- [--port N] [--host 127.0.0.1] [--app DIR]
//   npm run desk -- token create|list|revoke --desk NAME [--role member|viewer] [--prefix P]
// DATABASE_URL is required; REDIS_URL lets several instances serve the same desks.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startDeskServer } from './desk-server';
import { runTokenCommand, TOKEN_USAGE } from './token-cli';

const USAGE = `npm run desk -- [--port N] [--host 127.0.0.1] [--app DIR]\n${TOKEN_USAGE}`;

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error(
      'DATABASE_URL is not set. For a local PostgreSQL run `npm run desk:db` and set DATABASE_URL to the URL it prints last.',
    );
    return 2;
  }
  if (positionals[0] === 'token')
    return runTokenCommand(databaseUrl, { action: positionals[1], ...values });
  if (positionals.length > 0) {
    console.error(`Unknown command: ${positionals.join(' ')}\n${USAGE}`);
    return 2;
  }
  const port = Number(values.port ?? '8787');
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    console.error('--port must be a port number (0 picks a free one).');
    return 2;
  }
  const appDir = values.app ?? (existsSync('dist/index.html') ? 'dist' : null);
  if (appDir !== null && !existsSync(appDir)) {
    console.error(`--app ${appDir}: no such folder.`);
    return 2;
  }
  const host = values.host ?? '127.0.0.1';
  const server = await startDeskServer({
    host,
    port,
    appDir,
    databaseUrl,
    redisUrl: process.env.REDIS_URL || null,
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`Hindsight desk stopping (${signal})`);
    server.close().then(
      () => process.exit(0),
      (error: Error) => {
        console.error(`Hindsight desk: ${error.message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  const shown = host.includes(':') ? `[${host}]` : host;
  console.log(`Hindsight desk listening on http://${shown}:${server.port}`);
  return -1; // keeps running
}

function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      app: { type: 'string' },
      desk: { type: 'string' },
      role: { type: 'string' },
      prefix: { type: 'string' },
    },
  });
}

main().then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: Error) => {
    console.error(`Hindsight desk: ${error.message}`);
    process.exit(1);
  },
);
