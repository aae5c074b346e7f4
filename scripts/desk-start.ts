// `npm run desk:start -- [--desk NAME] [--port N] [--no-build]`: a desk on this machine in one
// command. Starts the local PostgreSQL (`npm run desk:db`), builds the app into dist/,
// makes a member token for the desk, says where to open it and what to type in the Desk form,
// then runs the desk server (`npm run desk`) until it is stopped (Ctrl+C). For a team, run the
// steps yourself (docs/desk.md): a PostgreSQL of your own, tokens per role, a TLS proxy.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DESK_NAME_PATTERN } from '../src/domain/desk';

const { values } = parseArgs({
  options: {
    desk: { type: 'string', default: 'newsroom' },
    port: { type: 'string', default: '8787' },
    /** Serve the build already in dist/ as it is. */
    'no-build': { type: 'boolean', default: false },
  },
});
const desk = values.desk;
if (!DESK_NAME_PATTERN.test(desk)) {
  console.error(`--desk ${desk}: a desk name is letters, digits, dashes and underscores.`);
  process.exit(2);
}

/** Runs a command; resolves with what it printed, or fails with it. */
function run(command: string, args: string[], env = process.env): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${command} ${args.join(' ')} failed:\n${out}`)),
    );
  });
}

const tsx = (script: string, ...args: string[]) =>
  [process.execPath, ['--import', 'tsx', script, ...args]] as const;

const [node, dbArgs] = tsx('scripts/desk-db.ts');
const databaseUrl = (await run(node, [...dbArgs])).trim().split('\n').at(-1)!;
const env = { ...process.env, DATABASE_URL: databaseUrl };
if (!values['no-build'] || !existsSync('dist/index.html')) {
  console.log('Building the app into dist/ …');
  await run('npx', ['--no', 'vite', 'build', '--logLevel', 'warn']);
}
const [, tokenArgs] = tsx('server/main.ts', 'token', 'create', '--desk', desk, '--role', 'member');
const token = (await run(node, [...tokenArgs], env)).trim().split('\n').at(-1)!;
console.log(`
Open http://127.0.0.1:${values.port}/ , press Desk, and join with
  Desk name: ${desk}
  Token:     ${token}
(a member token; \`DATABASE_URL=${databaseUrl} npm run desk -- token create --desk ${desk} --role viewer\` makes a read-only one)
`);
const [, serveArgs] = tsx('server/main.ts', '--port', values.port, '--app', 'dist');
const server = spawn(node, [...serveArgs], { env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('close', (code) => process.exit(code ?? 0));
