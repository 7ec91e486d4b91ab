import { randomInt } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from './connection';
import { stmt } from './statements';

export interface Device {
  id: string;
  /** Five Crockford base-32 characters, part of every reference this device makes. */
  code: string;
}

// Crockford base 32: no I, L, O, U, so a code read over the radio is not misheard.
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function randomDeviceCode(): string {
  let code = '';
  for (let i = 0; i < 5; i++) code += CROCKFORD[randomInt(CROCKFORD.length)];
  return code;
}

/** The device's identity, created on first open and never changed afterwards. */
export function ensureDevice(db: Db, now: Date): Device {
  const existing = stmt(db, 'SELECT id, code FROM device WHERE singleton = 1').get() as Device | undefined;
  if (existing) return existing;
  const device = { id: uuidv7(), code: randomDeviceCode() };
  stmt(db, 'INSERT INTO device (singleton, id, code, created_at) VALUES (1, ?, ?, ?)').run(
    device.id,
    device.code,
    now.toISOString(),
  );
  return device;
}

/**
 * A reference an officer can print or read over the radio: site, device code and the
 * device's own counter (e.g. WJF-K7M3Q-0042). Unique across devices without asking
 * anyone, because no two devices share a code. Call inside the write's transaction.
 */
export function nextReference(db: Db, site: string): string {
  const row = db
    .prepare('UPDATE device SET next_reference = next_reference + 1 WHERE singleton = 1 RETURNING next_reference - 1 AS n, code')
    .get() as { n: number; code: string };
  return `${site}-${row.code}-${String(row.n).padStart(4, '0')}`;
}
