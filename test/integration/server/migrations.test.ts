import { describe, expect, it } from 'vitest';
import { migrate } from '../../../server/db/migrate';
import { MIGRATIONS } from '../../../server/db/migrations';
import { BACKENDS, openTestDatabase } from '../../support/central';

describe.each(BACKENDS)('migrations (%s)', (backend) => {
  it('record each version once, run again as a no-op, and refuse a database newer than the server', async () => {
    const db = await openTestDatabase(backend);
    try {
      expect(await migrate(db)).toBe(MIGRATIONS.at(-1)!.version);
      const versions = await db.query<{ version: number }>('SELECT version FROM schema_version ORDER BY version');
      expect(versions.map((v) => v.version)).toEqual(MIGRATIONS.map((m) => m.version));

      await db.query("INSERT INTO schema_version (version, name) VALUES (999, 'from a newer server')");
      await expect(migrate(db)).rejects.toThrow(/newer than this server knows/);
      const [after] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_version');
      expect(after!.n).toBe(MIGRATIONS.length + 1);
    } finally {
      await db.close();
    }
  }, 120_000);

  it('refuse to delete a device, since the records and change log it pushed name it', async () => {
    const db = await openTestDatabase(backend);
    try {
      await migrate(db);
      await db.query("INSERT INTO devices (id, code, token_hash, enrolled_at) VALUES ('0190a5f0-0000-7000-8000-000000000001', 'DEV-1', 'h', now())");
      await expect(db.query('DELETE FROM devices')).rejects.toThrow(/never deleted, only revoked/);
      const [left] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM devices');
      expect(left!.n).toBe(1);
    } finally {
      await db.close();
    }
  }, 120_000);
});
