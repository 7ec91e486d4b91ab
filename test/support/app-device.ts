import { createEnrolmentCode } from '../../server/devices/enrolment-codes';
import type { Database } from '../../server/db/database';
import { dispatch } from '../../electron/core/dispatch';
import type { Method, Output } from '../../shared/api';
import { afterAll } from 'vitest';
import { createTempEngine, type TempEngine } from './temp-engine';

/** Calls the real app engine as the UI would, throwing the typed error as an Error. */
export async function appCall<M extends Method>(t: TempEngine, method: M, input?: unknown): Promise<Output<M>> {
  const result = await dispatch(t.engine.handlers, method, input, t.ctx);
  if (!result.ok) throw Object.assign(new Error(`${method}: ${result.error.message}`), { body: result.error });
  return result.value as Output<M>;
}

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
