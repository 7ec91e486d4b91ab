import type { Arrival } from '../../../shared/domain/arrival';
import { TERMINAL_STATES } from '../../../shared/domain/returns/case-states';
import { openDeadlines } from '../../../shared/domain/returns/deadlines';
import type { DueSoonItem, DueSoonList } from '../../../shared/domain/returns/returns-queries';
import type { ReturnsCaseRecord } from '../../../shared/domain/returns/returns-case-record';
import type { z } from 'zod';
import type { Db } from '../db/connection';
import type { Device } from '../db/device';
import { stmt } from '../db/statements';
import type { RequestContext } from '../records/context';
import { expireOverdueCases } from './expire-overdue';
import { personNameOrUnrecorded } from '../../../shared/domain/person-name';

const TERMINAL_LIST = [...TERMINAL_STATES].map((s) => `'${s}'`).join(', ');

/**
 * Every deadline that is due soon (within 48 hours) or overdue, across the open cases,
 * soonest first, with the person's name and reference. Overdue cases are expired first:
 * a case past its 3-month limit belongs to no list of things still to do.
 */
export function dueSoonList(db: Db, device: Device, ctx: RequestContext, now: Date = ctx.now(), onWrite?: () => void): z.output<typeof DueSoonList> {
  expireOverdueCases(db, device, ctx, now, onWrite);
  const rows = stmt(
    db,
    `SELECT c.data AS caseData, a.data AS personData FROM returns_cases c
     LEFT JOIN arrivals a ON a.id = c.arrival_id
     WHERE c.state NOT IN (${TERMINAL_LIST})`,
  ).all() as { caseData: string; personData: string | null }[];
  const items: DueSoonItem[] = [];
  for (const row of rows) {
    const c = JSON.parse(row.caseData) as ReturnsCaseRecord;
    // A case pulled from the centre may arrive before its person does.
    const person = row.personData ? (JSON.parse(row.personData) as Arrival) : null;
    for (const deadline of openDeadlines(c, now)) {
      if (deadline.status === 'ok') continue;
      items.push({
        caseId: c.id,
        caseReference: c.reference,
        arrivalId: c.arrivalId,
        personReference: person?.reference ?? '—',
        name: person ? personNameOrUnrecorded(person) : 'Person not on this device',
        state: c.state,
        deadline,
        ...nextStepOf(c),
      });
    }
  }
  items.sort((a, b) => a.deadline.due.localeCompare(b.deadline.due));
  return { asOf: now.toISOString(), items };
}

/**
 * A case assessed not eligible stays open, with its clocks running, until an officer marks it
 * so: the list says that this, not a readmission request, is what is overdue.
 */
function nextStepOf(c: ReturnsCaseRecord): { nextStep?: string } {
  if (c.state === 'ELIGIBILITY_CHECKED' && c.eligibilityAssessment?.result === 'ineligible') {
    return { nextStep: 'Assessed not eligible: close the case with “Mark not eligible”' };
  }
  return {};
}
