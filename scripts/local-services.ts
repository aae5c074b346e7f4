// The desk's servers on this machine, for `npm run desk:db`, the tests and the bench: Debian's
// PostgreSQL and Redis, installed through apt when missing (as root), run from folders of our
// own and listening on 127.0.0.1 only. PostgreSQL will not run as root, so when we are root its
// programs run as the `postgres` user the Debian package creates.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { appendFile, chown, mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

const POSTGRES_ROOT = '/usr/lib/postgresql';
export const REDIS_SERVER = '/usr/bin/redis-server';

export interface RunResult {
  code: number | null;
  output: string;
}

/** Runs a program to its end, as `user` when given; its output is kept for error messages. */
export function run(
  command: string,
  args: string[],
  options: { user?: ServiceUser | null; env?: NodeJS.ProcessEnv } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: options.env ?? process.env,
      ...(options.user ? { uid: options.user.uid, gid: options.user.gid } : {}),
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

let aptUpdated = false;

/** Installs Debian packages, or explains how when we may not. */
export async function aptInstall(packages: string[]): Promise<void> {
  const what = packages.join(' ');
  if (process.getuid?.() !== 0)
    throw new Error(`${what} is not installed: run \`apt-get install -y ${what}\` as root.`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) {
    const update = await run('apt-get', ['update'], { env });
    if (update.code !== 0) throw new Error(`apt-get update failed:\n${update.output.slice(-2000)}`);
    aptUpdated = true;
  }
  const install = await run('apt-get', ['install', '-y', ...packages], { env });
  if (install.code !== 0)
    throw new Error(`apt-get install -y ${what} failed:\n${install.output.slice(-2000)}`);
}

/** The newest installed PostgreSQL's bin folder (PG_BIN overrides), installing it if missing. */
export async function postgresBin(): Promise<string> {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const find = () =>
    (existsSync(POSTGRES_ROOT) ? readdirSync(POSTGRES_ROOT) : [])
      .filter((v) => /^\d+$/.test(v) && existsSync(join(POSTGRES_ROOT, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a))[0];
  let version = find();
  if (!version) {
    await aptInstall(['postgresql']);
    version = find();
    if (!version)
      throw new Error(`PostgreSQL was installed, but no initdb is in ${POSTGRES_ROOT}.`);
  }
  return join(POSTGRES_ROOT, version, 'bin');
}

export async function redisServer(): Promise<string> {
  if (!existsSync(REDIS_SERVER)) await aptInstall(['redis-server']);
  return REDIS_SERVER;
}

export interface ServiceUser {
  uid: number;
  gid: number;
}

/** The user PostgreSQL runs as: `postgres` when we are root, else ourselves (null). */
export function postgresUser(): ServiceUser | null {
  if (process.getuid?.() !== 0) return null;
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  if (!line) throw new Error('There is no postgres user (the Debian postgresql package makes it).');
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

/**
 * Makes a cluster in `dataDir` (which must not exist yet, or be empty): trust authentication,
 * which is safe only because the server listens on 127.0.0.1 alone and no Unix socket is made.
 */
export async function initCluster(bin: string, dataDir: string, user: ServiceUser | null) {
  // The folders above it stay readable: the postgres user must reach its own folder.
  await mkdir(dirname(dataDir), { recursive: true });
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  if (user) await chown(dataDir, user.uid, user.gid);
  const init = await run(
    join(bin, 'initdb'),
    ['-D', dataDir, '--auth=trust', '--username=postgres', '--no-locale', '-E', 'UTF8'],
    { user },
  );
  if (init.code !== 0) throw new Error(`initdb failed:\n${init.output.slice(-2000)}`);
  await appendFile(
    join(dataDir, 'postgresql.conf'),
    "\n# Hindsight desk: TCP on 127.0.0.1 only, no Unix socket.\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = ''\n",
  );
}

/** Creates the database `name` unless it exists (connecting as postgres through `pg`). */
export async function ensureDatabase(port: number, name: string): Promise<string> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: databaseUrl(port, 'postgres') });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
  return databaseUrl(port, name);
}

export function databaseUrl(port: number, name: string): string {
  return `postgres://postgres@127.0.0.1:${port}/${name}`;
}

/** A TCP port on 127.0.0.1 that nothing listens on now (`preferred` when it is free). */
export function freePort(preferred = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (preferred !== 0 && error.code === 'EADDRINUSE') resolve(freePort(0));
      else reject(error);
    });
    server.listen({ host: '127.0.0.1', port: preferred }, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
