import type { Queryable } from '../../server/db/database';
import { createOfficer } from '../../server/officers/officers';

/*
 * The officers test devices act as. The centre refuses a change whose officer it does not
 * know (server/sync/verify-officers.ts), so every test centre registers them, through the
 * same createOfficer the administrators' CLI uses.
 */
export const TEST_OFFICER = { id: '0190a5f0-0000-7000-8000-000000000001', name: 'Test Officer', role: 'officer', username: 'test.officer' } as const;
export const TEST_SUPERVISOR = { id: '0190a5f0-0000-7000-8000-000000000002', name: 'Test Supervisor', role: 'supervisor', username: 'test.supervisor' } as const;
export const TEST_PASSWORD = 'synthetic test passphrase';

/** Registers TEST_OFFICER and TEST_SUPERVISOR at a centre (idempotent). */
export async function registerTestOfficers(db: Queryable): Promise<void> {
  for (const officer of [TEST_OFFICER, TEST_SUPERVISOR]) {
    const [known] = await db.query<{ id: string }>('SELECT id FROM officers WHERE id = $1', [officer.id]);
    if (!known) await createOfficer(db, { ...officer, password: TEST_PASSWORD });
  }
}
