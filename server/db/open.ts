import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Database } from './database';
import { lockDataDir } from './data-dir-lock';
import { checkDatabaseUrl, describePostgres, explainConnectionError } from './database-url';
import { migrate } from './migrate';
import { pgliteDatabase } from './pglite';
import { postgresDatabase } from './postgres';

export const DEFAULT_DATA_DIR = '.data/central';

export interface DatabaseEnv {
  DATABASE_URL?: string;
  SERVER_DATA_DIR?: string;
}

/** Where the data lives, for a log line (never the URL itself: it may carry a password). */
export function describeDatabase(env: DatabaseEnv): string {
  return env.DATABASE_URL ? describePostgres(env.DATABASE_URL) : `PGlite in ${resolve(env.SERVER_DATA_DIR || DEFAULT_DATA_DIR)}`;
}

/** DATABASE_URL → PostgreSQL; unset → PGlite in SERVER_DATA_DIR. Migrated before it is returned. */
export async function openDatabase(env: DatabaseEnv): Promise<Database> {
  let database: Database;
  if (env.DATABASE_URL) {
    checkDatabaseUrl(env.DATABASE_URL);
    database = postgresDatabase(env.DATABASE_URL);
  } else {
    const dir = resolve(env.SERVER_DATA_DIR || DEFAULT_DATA_DIR);
    const unlock = lockDataDir(dir);
    try {
      database = pgliteDatabase(await PGlite.create(dir), unlock);
    } catch (error) {
      unlock();
      throw error;
    }
  }
  try {
    await migrate(database);
  } catch (error) {
    await database.close();
    // The migration is the first query: a wrong DATABASE_URL shows here, said in words.
    throw env.DATABASE_URL ? explainConnectionError(error, env.DATABASE_URL) : error;
  }
  return database;
}
