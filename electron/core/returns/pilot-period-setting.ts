import { isPilotOver, PILOT_STATED_END_DAY, type PilotPeriod } from '../../../shared/domain/returns/pilot-period';
import { isCalendarDate } from '../../../shared/domain/dates';
import type { Instant } from '../../../shared/domain/time';
import type { Db } from '../db/connection';
import type { Device } from '../db/device';
import { readSetting } from '../db/settings';
import { changeAuditedSetting } from '../records/audited-setting';
import type { RequestContext } from '../records/context';

/** The pilot's last day as a supervisor recorded it on this device (shared/domain/returns/pilot-period.ts). */
export const PILOT_END_KEY = 'returns.pilotRunsUntil';

function recordedEnd(db: Db): string | null {
  const day = readSetting(db, PILOT_END_KEY);
  return day && isCalendarDate(day) ? day : null;
}

export function pilotPeriodView(db: Db, now: Instant): PilotPeriod {
  const recorded = recordedEnd(db);
  const runsUntil = recorded ?? PILOT_STATED_END_DAY;
  return { runsUntil, recorded: recorded !== null, ended: isPilotOver(runsUntil, now) };
}

/** Records a renewal (or an earlier end); kept in the audit log with who, when and old → new. */
export function setPilotEnd(db: Db, device: Device, ctx: RequestContext, runsUntil: string): PilotPeriod {
  const before = recordedEnd(db) ?? PILOT_STATED_END_DAY;
  changeAuditedSetting(db, device.id, ctx, { key: PILOT_END_KEY, value: runsUntil, field: 'pilotRunsUntil', before, after: runsUntil });
  return pilotPeriodView(db, ctx.now());
}
