import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * A real, throwaway PostgreSQL for tests: initdb in a temp folder, a free port on
 * 127.0.0.1, no durability (fsync off), removed again by stop(). Debian's server binaries
 * are used (/usr/lib/postgresql/<n>/bin, or PG_BIN_DIR). As root, the server runs as the
 * `postgres` user, since PostgreSQL refuses to run as root.
 *
 * Missing binaries are an error, never a skip: the server suite must prove itself on real
 * PostgreSQL (CI installs the `postgresql` package).
 */
export interface PostgresCluster {
  port: number;
  /** The postmaster's process id (benchmarks add up the CPU time of it and its children). */
  pid(): number;
  /** Creates an empty database and returns its connection URL. */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

export function findPostgresBinDir(): string {
  const candidates = process.env.PG_BIN_DIR
    ? [process.env.PG_BIN_DIR]
    : existsSync('/usr/lib/postgresql')
      ? readdirSync('/usr/lib/postgresql')
          .filter((v) => /^\d+$/.test(v))
          .sort((a, b) => Number(b) - Number(a))
          .map((v) => `/usr/lib/postgresql/${v}/bin`)
      : [];
  const found = candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
  if (!found) {
    throw new Error(
      'PostgreSQL server binaries (initdb, pg_ctl) were not found in ' +
        (candidates.length ? candidates.join(', ') : '/usr/lib/postgresql/<version>/bin') +
        '. The central API tests must run against a real PostgreSQL: install Debian\'s package ' +
        '(apt-get install postgresql) or set PG_BIN_DIR to the folder holding initdb and pg_ctl.',
    );
  }
  return found;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const asRoot = process.getuid?.() === 0;

/** Runs a PostgreSQL binary, as the postgres user when we are root. */
function run(bin: string, args: string[]): string {
  const [command, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  try {
    return execFileSync(command, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    throw new Error(`${bin} ${args[0] ?? ''} failed: ${e.stderr || e.message}`);
  }
}

/**
 * Tests trade durability for speed (no fsync: a crash of this machine loses a test cluster
 * nobody needs). `durable` keeps PostgreSQL's defaults, as a deployed centre runs: the
 * benchmarks measure that.
 */
export async function startPostgres({ durable = false }: { durable?: boolean } = {}): Promise<PostgresCluster> {
  const bin = findPostgresBinDir();
  const dir = mkdtempSync(join(tmpdir(), 'central-pg-'));
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  run(join(bin, 'initdb'), ['-D', data, '-U', 'test', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  const pgCtl = join(bin, 'pg_ctl');
  let port = 0;
  for (let attempt = 0; ; attempt++) {
    port = await freePort();
    const fast = durable ? '' : ' -c fsync=off -c synchronous_commit=off -c full_page_writes=off';
    const options = `-p ${port} -h 127.0.0.1 -k ${dir}${fast} -c max_connections=60`;
    try {
      run(pgCtl, ['start', '-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', options]);
      break;
    } catch (error) {
      if (attempt >= 2) {
        rmSync(dir, { recursive: true, force: true });
        throw error;
      }
    }
  }
  // If the test process dies without afterAll, still stop the server (synchronously, on exit).
  const stopSync = () => {
    if (existsSync(join(data, 'postmaster.pid'))) {
      const [command, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', pgCtl, 'stop', '-D', data, '-m', 'immediate', '-w']] : [pgCtl, ['stop', '-D', data, '-m', 'immediate', '-w']];
      spawnSync(command, argv, { stdio: 'ignore' });
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stopSync);
  let databases = 0;
  return {
    port,
    pid: () => Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]),
    async createDatabase() {
      const name = `central_${process.pid}_${++databases}`;
      const admin = new pg.Client({ host: '127.0.0.1', port, user: 'test', database: 'postgres' });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      return `postgres://test@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      process.removeListener('exit', stopSync);
      run(pgCtl, ['stop', '-D', data, '-m', 'fast', '-w']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
