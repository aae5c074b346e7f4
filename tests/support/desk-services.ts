// The desk's servers as real processes, for the server tests, the e2e tests and the bench:
// a throwaway PostgreSQL cluster and Redis on free ports of 127.0.0.1, and desk servers
// (server/main.ts) run by Node with tsx. Each waits for its server's own "ready" line, never for
// a fixed time, and fails with the server's output when the server ends or takes too long.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DeskRole } from '../../src/domain/desk';
import {
  ensureDatabase,
  freePort,
  initCluster,
  postgresBin,
  postgresUser,
  redisServer,
} from '../../scripts/local-services';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** How long a server may take to say it is ready on a busy machine. */
const READY_MS = 90_000;

export interface Service {
  url: string;
  stop(): Promise<void>;
}

/** A new PostgreSQL cluster with a `hindsight` database; `stop` deletes it. */
export async function startPostgres(): Promise<Service> {
  const bin = await postgresBin();
  const user = postgresUser();
  const dir = await mkdtemp(join(tmpdir(), 'hindsight-pg-'));
  await chmod(dir, 0o755); // the postgres user reaches its data folder through it
  try {
    await initCluster(bin, join(dir, 'data'), user);
    const { child, port } = await onFreePort(async (port) => {
      const args = ['-D', join(dir, 'data'), '-p', String(port)];
      const child = spawn(join(bin, 'postgres'), args, {
        stdio: ['ignore', 'pipe', 'pipe'],
        ...(user ? { uid: user.uid, gid: user.gid } : {}),
      });
      await ready(child, /database system is ready to accept connections/, 'PostgreSQL');
      return { child, port };
    });
    const url = await ensureDatabase(port, 'hindsight');
    return {
      url,
      async stop() {
        await stopProcess(child, 'SIGINT'); // PostgreSQL's "fast" shutdown
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

/** A Redis that keeps nothing on disk. */
export async function startRedis(): Promise<Service> {
  const program = await redisServer();
  const { child, port } = await onFreePort(async (port) => {
    const args = [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
    ];
    const child = spawn(program, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    await ready(child, /Ready to accept connections/, 'Redis');
    return { child, port };
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      await stopProcess(child, 'SIGTERM');
    },
  };
}

/** Starts a server on a free port, again on another if that one was taken in between. */
async function onFreePort<T>(start: (port: number) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await start(await freePort());
    } catch (error) {
      if (attempt === 3 || !/in use/i.test((error as Error).message)) throw error;
    }
  }
}

/** Waits for the child's ready line; a child that does not get there is ended. */
async function ready(child: ChildProcess, line: RegExp, name: string): Promise<void> {
  try {
    await watch(child).waitFor(line, name);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
}

export interface DeskOptions {
  databaseUrl: string;
  redisUrl?: string;
  appDir?: string;
  /** 0 or absent: a free port, which restart() then keeps. */
  port?: number;
}

export interface Desk {
  /** http://127.0.0.1:port; the WebSocket is at ws://127.0.0.1:port/desk. */
  url: string;
  port: number;
  /** The server process's id (the running one, after a restart), while it has one. */
  pid(): number | undefined;
  /** Everything the server printed since it (re)started. */
  output(): string;
  /** Resolves with the first line since the (re)start that matches, waiting for it if need be. */
  waitForOutput(pattern: RegExp): Promise<string>;
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<number | null>;
  restart(): Promise<void>;
}

export async function startDesk(options: DeskOptions): Promise<Desk> {
  const env = { ...process.env, DATABASE_URL: options.databaseUrl, REDIS_URL: options.redisUrl };
  if (!options.redisUrl) delete env.REDIS_URL;
  const launch = async (port: number) => {
    const args = ['--import', 'tsx', 'server/main.ts', '--port', String(port)];
    if (options.appDir) args.push('--app', options.appDir);
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output = watch(child);
    const line = await output
      .waitFor(/Hindsight desk listening on http:\/\/\S+:\d+/, 'The desk')
      .catch((error: unknown) => {
        child.kill('SIGKILL');
        throw error;
      });
    return { child, output, port: Number(/:(\d+)$/.exec(line.trim())![1]) };
  };
  let current = await launch(options.port ?? 0);
  const desk: Desk = {
    url: `http://127.0.0.1:${current.port}`,
    port: current.port,
    pid: () => current.child.pid,
    output: () => current.output.text(),
    waitForOutput: (pattern) => current.output.waitFor(pattern, 'The desk'),
    stop: (signal = 'SIGTERM') => stopProcess(current.child, signal),
    async restart() {
      if (current.child.exitCode === null && current.child.signalCode === null) await desk.stop();
      current = await launch(desk.port);
    },
  };
  return desk;
}

/** A new token for `desk`, made with the server's own command line. */
export async function createToken(options: {
  databaseUrl: string;
  desk: string;
  role: DeskRole;
}): Promise<string> {
  const args = ['--import', 'tsx', 'server/main.ts', 'token', 'create'];
  args.push('--desk', options.desk, '--role', options.role);
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: options.databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = watch(child);
  const code = await new Promise((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`token create failed (${String(code)}):\n${output.text()}`);
  return output.text().trim().split('\n').at(-1)!;
}

/** A child's output as it comes, and a wait for a line of it. */
function watch(child: ChildProcess) {
  let text = '';
  const waiters = new Set<() => void>();
  const take = (chunk: Buffer) => {
    text += chunk.toString();
    for (const wake of waiters) wake();
  };
  child.stdout?.on('data', take);
  child.stderr?.on('data', take);
  child.on('close', () => {
    for (const wake of waiters) wake();
  });
  return {
    text: () => text,
    waitFor(pattern: RegExp, name: string): Promise<string> {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => finish(`${name} took over ${READY_MS / 1000} s`), READY_MS);
        const finish = (problem: string | null, line?: string) => {
          clearTimeout(timer);
          waiters.delete(check);
          if (problem)
            reject(new Error(`${problem} waiting for ${pattern}:\n${text.slice(-4000)}`));
          else resolve(line!);
        };
        const check = () => {
          const line = text.split('\n').find((l) => pattern.test(l));
          if (line !== undefined) finish(null, line);
          else if (child.exitCode !== null || child.signalCode !== null)
            finish(`${name} ended (${child.exitCode ?? child.signalCode})`);
        };
        waiters.add(check);
        check();
      });
    },
  };
}

/** Signals the process and resolves with its exit code once it has ended. */
function stopProcess(child: ChildProcess, signal: NodeJS.Signals): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill(signal);
  });
}
