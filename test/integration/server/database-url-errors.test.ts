import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explainConnectionError } from '../../../server/db/database-url';
import { startPostgres, type PostgresCluster } from '../../support/postgres';
import { runTsx } from '../../support/run-tsx';

const cli = (databaseUrl: string) => runTsx('server/cli.ts', ['list-devices'], { env: { DATABASE_URL: databaseUrl, SERVER_DATA_DIR: undefined } });
const server = (databaseUrl: string) => runTsx('server/main.ts', [], { env: { DATABASE_URL: databaseUrl, PORT: '0', SERVER_DATA_DIR: undefined } });

/** A port on 127.0.0.1 that nothing listens on: taken, then let go. */
async function closedPort(): Promise<number> {
  const probe: Server = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

// An administrator's DATABASE_URL mistakes: each said in words that name DATABASE_URL, never pg's raw error or the password.
describe('a wrong DATABASE_URL, for the CLI and the central API', { timeout: 90_000 }, () => {
  let cluster: PostgresCluster;
  beforeAll(async () => {
    cluster = await startPostgres();
  }, 120_000);
  afterAll(() => cluster?.stop(), 60_000);

  it('nothing listening at the host and port', async () => {
    const url = `postgres://admin:s3cret-pass@127.0.0.1:${await closedPort()}/central`;
    for (const run of [await cli(url), await server(url)]) {
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('nothing is listening there. Start PostgreSQL, or correct the host and port in DATABASE_URL');
      expect(run.stderr).not.toContain('ECONNREFUSED');
      expect(run.stderr).not.toContain('s3cret-pass');
    }
  });

  it('a database that does not exist', async () => {
    const run = await cli(`postgres://test@127.0.0.1:${cluster.port}/centrl`);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`PostgreSQL (DATABASE_URL: user "test" at 127.0.0.1:${cluster.port}, database "centrl"): that database does not exist`);
  });

  it('not a URL, or not PostgreSQL', async () => {
    expect((await cli('central')).stderr).toContain('DATABASE_URL is not a URL. It should look like postgres://');
    expect((await cli('mysql://root@127.0.0.1/central')).stderr).toContain('DATABASE_URL must start with postgres://');
  });
});

describe('explainConnectionError', () => {
  const url = 'postgres://fr:hunter2-synthetic@db.example:6543/central';
  it('says a refused password in words, without the password', () => {
    const said = String((explainConnectionError(Object.assign(new Error('password authentication failed for user "fr"'), { code: '28P01' }), url) as Error).message);
    expect(said).toBe('PostgreSQL (DATABASE_URL: user "fr" at db.example:6543, database "central") refused the user or its password: correct them in DATABASE_URL. Nothing was changed.');
  });
  it('leaves any other error as it was', () => {
    const other = Object.assign(new Error('syntax error'), { code: '42601' });
    expect(explainConnectionError(other, url)).toBe(other);
  });
});
