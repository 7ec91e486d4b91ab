import { createEnrolmentCode } from '../../server/devices/enrolment-codes';
import type { Database } from '../../server/db/database';
import { afterAll } from 'vitest';
import { appCall, createTempEngine, type TempEngine } from './temp-engine';

export { appCall };

/** Points an app device at a central API (directly or through a proxy) and enrols it with a fresh code. */
export async function enrolApp(t: TempEngine, apiUrl: string, centralDb: Database): Promise<void> {
  await appCall(t, 'sync.configure', { apiUrl });
  const { code } = await createEnrolmentCode(centralDb);
  await appCall(t, 'sync.enrol', { code });
}

/** Every record the device holds, as id → content hash. */
export function heldRecords(t: TempEngine): Map<string, string> {
  const rows = t.engine.db
    .prepare("SELECT id, content_hash AS hash FROM interceptions UNION ALL SELECT id, content_hash FROM arrivals")
    .all() as { id: string; hash: string }[];
  return new Map(rows.map((r) => [r.id, r.hash]));
}

/**
 * For a suite: `device()` makes a fresh app device (`enrolled: false` leaves it unenrolled);
 * every device made is closed and deleted after the suite.
 */
export function appDevices(central: { url: string; db: Database }) {
  const made: TempEngine[] = [];
  afterAll(() => made.forEach((d) => d.cleanup()));
  return async function device({ enrolled = true } = {}): Promise<TempEngine> {
    const t = createTempEngine();
    made.push(t);
    if (enrolled) await enrolApp(t, central.url, central.db);
    return t;
  };
}
