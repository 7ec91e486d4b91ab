import type { Database } from './database';
import { MIGRATIONS } from './migrations';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

// Any constant: it only has to be the same in every process that migrates this database.
const MIGRATION_LOCK = 7_260_001;

/**
 * Brings the schema to the newest version in one transaction. The advisory lock makes
 * API processes that start together take turns; a database newer than this server is
 * refused and left untouched.
 */
export async function migrate(database: Database, migrations: readonly Migration[] = MIGRATIONS): Promise<number> {
  return database.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.script(`
      CREATE TABLE IF NOT EXISTS schema_version (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
    const [row] = await tx.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_version');
    const current = row?.v ?? 0;
    const newest = migrations.at(-1)?.version ?? 0;
    if (current > newest) {
      throw new Error(`The database schema is version ${current}, newer than this server knows (${newest}). Upgrade the server.`);
    }
    for (const migration of migrations.filter((m) => m.version > current)) {
      await tx.script(migration.sql);
      await tx.query('INSERT INTO schema_version (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
    }
    return newest;
  });
}
