import type { Db } from '../db/connection';
import { stmt } from '../db/statements';

/** The site new records default to on this device (a device setting, not the officer's). */
export function deviceSite(db: Db): string {
  return (stmt(db, "SELECT value FROM settings WHERE key = 'site'").get() as { value: string } | undefined)?.value ?? 'WJF';
}
