import { v7 as uuidv7 } from 'uuid';
import type { Queryable } from '../db/database';
import { enrolmentCodeHash, newEnrolmentCode } from '../security/tokens';

export const DEFAULT_CODE_HOURS = 24;

export function checkCodeHours(hours: number): number {
  if (!(hours > 0 && hours <= 24 * 30)) throw new Error('--expires-hours must be more than 0 and at most 720 (30 days)');
  return hours;
}

/** Makes a one-time code. Only its hash is stored: the code is shown to the administrator once. */
export async function createEnrolmentCode(db: Queryable, options: { expiresHours?: number; now?: Date } = {}) {
  const hours = checkCodeHours(options.expiresHours ?? DEFAULT_CODE_HOURS);
  const code = newEnrolmentCode();
  const expiresAt = new Date((options.now ?? new Date()).getTime() + hours * 3_600_000);
  await db.query('INSERT INTO enrolment_codes (id, code_hash, expires_at) VALUES ($1, $2, $3)', [
    uuidv7(),
    enrolmentCodeHash(code),
    expiresAt.toISOString(),
  ]);
  return { code, expiresAt: expiresAt.toISOString() };
}
