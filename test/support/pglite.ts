import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { MIGRATIONS } from '../../server/db/migrations';
import { migrate } from '../../server/db/migrate';
import { pgliteDatabase } from '../../server/db/pglite';
import type { Database } from '../../server/db/database';

/*
 * A fresh PGlite takes 6–10 s to initialise (initdb in WASM) on a small machine; loading a
 * dump of an already-migrated one takes about 1 s. The dump is cached in the temp folder,
 * keyed by the migrations' text, so a schema change makes a new one.
 */
function templateFile(): string {
  const key = createHash('sha256').update(MIGRATIONS.map((m) => `${m.version}:${m.sql}`).join('\n')).digest('hex').slice(0, 16);
  return join(tmpdir(), `field-recorder-central-pglite-${key}.tar`);
}

async function templateDump(): Promise<Blob> {
  const file = templateFile();
  if (!existsSync(file)) {
    const pglite = await PGlite.create();
    await migrate(pgliteDatabase(pglite));
    const dump = await pglite.dumpDataDir('none');
    await pglite.close();
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, file); // atomic: parallel test files never read half a template
  }
  return new Blob([readFileSync(file)]);
}

/** An in-memory, migrated PGlite database of its own. */
export async function freshPgliteDatabase(): Promise<Database> {
  const database = pgliteDatabase(await PGlite.create({ loadDataDir: await templateDump() }));
  await migrate(database);
  return database;
}
