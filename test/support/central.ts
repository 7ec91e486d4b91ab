import { afterAll, beforeAll } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildServer, type ServerOptions } from '../../server/app';
import type { Database } from '../../server/db/database';
import { migrate } from '../../server/db/migrate';
import { postgresDatabase } from '../../server/db/postgres';
import { registerTestOfficers } from './officers';
import { freshPgliteDatabase } from './pglite';
import { startPostgres, type PostgresCluster } from './postgres';
import { enrolDevice, type DeviceClient } from './sync-client';

export type Backend = 'pglite' | 'postgres';
/** Every server test runs on both: the embedded default and a real PostgreSQL. */
export const BACKENDS: readonly Backend[] = ['pglite', 'postgres'];

const SETUP_TIMEOUT_MS = 120_000;
/** Suites enrol many devices from 127.0.0.1; only the rate-limit tests ask for real limits. */
const GENEROUS_LIMITS = { enrol: { max: 10_000, windowMs: 60_000 }, signIn: { max: 10_000, windowMs: 60_000 } };

// One real PostgreSQL per test file, shared by its suites (each gets its own database).
let cluster: Promise<PostgresCluster> | null = null;
let clusterUsers = 0;

async function acquireCluster(): Promise<PostgresCluster> {
  clusterUsers++;
  cluster ??= startPostgres();
  return cluster;
}

async function releaseCluster(): Promise<void> {
  if (--clusterUsers > 0 || !cluster) return;
  const running = cluster;
  cluster = null;
  await (await running).stop();
}

export async function openTestDatabase(backend: Backend): Promise<Database> {
  if (backend === 'pglite') return freshPgliteDatabase();
  const url = await (await acquireCluster()).createDatabase();
  const database = postgresDatabase(url, { max: 20 });
  await migrate(database);
  const close = database.close;
  return { ...database, close: async () => (await close(), releaseCluster()) };
}

export interface Central {
  backend: Backend;
  url: string;
  db: Database;
  app: FastifyInstance;
  enrol(): Promise<DeviceClient>;
}

/**
 * A central API on 127.0.0.1, port 0, over a fresh database, for the suite that calls it.
 * Read its fields inside tests (they are filled in by beforeAll).
 */
export function useCentral(backend: Backend, options: Omit<Partial<ServerOptions>, 'database'> = {}): Central {
  const central = { backend } as Central;
  beforeAll(async () => {
    central.db = await openTestDatabase(backend);
    await registerTestOfficers(central.db);
    central.app = await buildServer({ ...options, rateLimits: { ...GENEROUS_LIMITS, ...options.rateLimits }, database: central.db });
    central.url = await central.app.listen({ host: '127.0.0.1', port: 0 });
    central.enrol = () => enrolDevice(central.url, central.db);
  }, SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await central.app?.close();
    await central.db?.close();
  }, SETUP_TIMEOUT_MS);
  return central;
}
