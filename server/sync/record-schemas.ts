import { z } from 'zod';
import { Arrival, Vulnerability } from '../../shared/domain/arrival';
import { calendarDate } from '../../shared/domain/dates';
import { Interception } from '../../shared/domain/interception';

/*
 * What the centre checks in a pushed payload, per record type. The shapes are the app's own
 * schemas with one change: rules that compare a date with *today* are replaced by plain
 * format checks. The device judged "not in the future" by its clock when the officer typed
 * it; the centre's clock must not turn that into a rejected record (DESIGN.md: clocks only
 * label). Whole-record rules (FINAL requires…) belong to the app's input schemas, not here.
 */
const instant = z.iso.datetime({ offset: true, error: 'Expected an ISO 8601 date-time' });
const pastDay = (label: string) => calendarDate(label).nullable().default(null);

const InterceptionAtCentre = Interception.extend({
  detectedAt: instant.nullable().default(null),
  interceptedAt: instant.nullable().default(null),
});

const ArrivalAtCentre = Arrival.extend({
  arrivedAt: instant.nullable().default(null),
  asylumClaimedAt: pastDay('the asylum claim date'),
  screenedAt: pastDay('the screening date'),
  vulnerability: Vulnerability.extend({
    nrmReferredAt: pastDay('the NRM referral date'),
    reasonableGroundsAt: pastDay('the reasonable grounds decision date'),
    conclusiveGroundsAt: pastDay('the conclusive grounds decision date'),
  }).optional(),
});

/**
 * Types not listed here (a newer app's 'returns_case', …) still sync with the minimal check
 * every payload gets (an object whose `id` is the record id): the centre stores and forwards
 * them rather than losing an officer's work until it is upgraded.
 */
export const RECORD_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  interception: InterceptionAtCentre,
  arrival: ArrivalAtCentre,
};
