// `npm run desk:db`: a PostgreSQL for the desk server on this machine, in .desk/pg, listening on
// 127.0.0.1 (port DESK_PG_PORT, else 5433, else a free one). Installs PostgreSQL when missing,
// makes the cluster and the `hindsight` database when missing, starts it unless it runs, and
// prints the database's URL as its last line: DATABASE_URL for `npm run desk`.
// `npm run desk:db -- stop` stops it. The data stays in .desk/pg until that folder is deleted.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  ensureDatabase,
  freePort,
  initCluster,
  postgresBin,
  postgresUser,
  run,
} from './local-services';

const DATA_DIR = resolve('.desk/pg');
const LOG_FILE = join(DATA_DIR, 'server.log');

async function main(): Promise<void> {
  const command = process.argv[2] ?? 'start';
  if (command !== 'start' && command !== 'stop')
    throw new Error('Usage: npm run desk:db [-- start|stop]');
  const bin = await postgresBin();
  const user = postgresUser();
  const pgCtl = (...args: string[]) =>
    run(join(bin, 'pg_ctl'), ['-D', DATA_DIR, ...args], { user });
  const running = existsSync(DATA_DIR) && (await pgCtl('status')).code === 0;
  if (command === 'stop') {
    if (!running) return void console.log('The desk database is not running.');
    const stopped = await pgCtl('stop', '-m', 'fast', '-w');
    if (stopped.code !== 0) throw new Error(`pg_ctl stop failed:\n${stopped.output}`);
    return void console.log('The desk database has stopped.');
  }
  let port: number;
  if (running) {
    port = Number(readFileSync(join(DATA_DIR, 'postmaster.pid'), 'utf8').split('\n')[3]);
  } else {
    if (!existsSync(join(DATA_DIR, 'PG_VERSION'))) await initCluster(bin, DATA_DIR, user);
    const wanted = process.env.DESK_PG_PORT;
    port = wanted ? Number(wanted) : await freePort(5433);
    const started = await pgCtl('start', '-w', '-l', LOG_FILE, '-o', `-p ${port}`);
    if (started.code !== 0)
      throw new Error(`PostgreSQL did not start (see ${LOG_FILE}):\n${started.output}`);
  }
  const url = await ensureDatabase(port, 'hindsight');
  console.log(`The desk database runs on 127.0.0.1:${port} (data in .desk/pg). Its URL:`);
  console.log(url);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
