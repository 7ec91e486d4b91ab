import { z } from 'zod';
import { codesOf } from './reference/options';
import { SITES } from './reference/sites';
import { INTERCEPTING_AGENCIES, OUTCOMES, ZONES } from './reference/interception-codes';
import { isoInstant, notInFuture, Uuid } from './fields';
import { count, RecordStatus, requireWhenFinal, text } from './record-status';
import { Vessel } from './vessel';
import { EVEN_WITH_FIELD_ISSUES, fieldsValid } from './validation';

/** Everything an officer records about one boat incident (DOMAIN.md "Interceptions"). */
const interceptionFields = {
  status: RecordStatus.default('FINAL'),
  site: z.enum(codesOf(SITES), { error: 'Choose the site' }).nullable().default(null),
  detectedAt: notInFuture(isoInstant('Enter when the boat was detected'), 'Detection time cannot be in the future').nullable().default(null),
  interceptedAt: notInFuture(isoInstant('Enter a valid interception time'), 'Interception time cannot be in the future').nullable().default(null),
  latitude: z
    .number({ error: 'Enter the latitude in decimal degrees' })
    .min(-90, { error: 'Latitude must be between -90 and 90' })
    .max(90, { error: 'Latitude must be between -90 and 90' })
    .nullable()
    .default(null),
  longitude: z
    .number({ error: 'Enter the longitude in decimal degrees' })
    .min(-180, { error: 'Longitude must be between -180 and 180' })
    .max(180, { error: 'Longitude must be between -180 and 180' })
    .nullable()
    .default(null),
  zone: z.enum(codesOf(ZONES), { error: 'Choose the zone' }).nullable().default(null),
  outcome: z.enum(codesOf(OUTCOMES), { error: 'Choose the outcome' }).nullable().default(null),
  interceptedBy: z.enum(codesOf(INTERCEPTING_AGENCIES), { error: 'Choose who intercepted' }).nullable().default(null),
  interceptingVessel: text(80, 'Intercepting vessel name'),
  peopleAboard: z
    .number({ error: 'Enter the number of people aboard' })
    .int({ error: 'People aboard must be a whole number' })
    .min(0, { error: 'People aboard cannot be negative' })
    .max(500, { error: 'People aboard cannot be more than 500' })
    .nullable()
    .default(null),
  deaths: count('Deaths', 500).default(0),
  missing: count('Missing', 500).default(0),
  injured: count('Injured', 500).default(0),
  medicalEvacuations: count('Medical evacuations', 500).default(0),
  vessel: Vessel.default(() => Vessel.parse({})),
  notes: text(5000, 'Notes'),
};

const FINAL_REQUIRES = {
  site: 'Choose the site',
  detectedAt: 'Enter when the boat was detected',
  latitude: 'Enter the latitude in decimal degrees',
  longitude: 'Enter the longitude in decimal degrees',
  zone: 'Choose the zone',
  outcome: 'Choose the outcome',
  peopleAboard: 'Enter the number of people aboard',
};

function interceptionRules(v: z.output<z.ZodObject<typeof interceptionFields>>, ctx: z.RefinementCtx) {
  requireWhenFinal(FINAL_REQUIRES)(v, ctx);
  if (v.interceptedAt && v.detectedAt && v.interceptedAt < v.detectedAt && fieldsValid(ctx, 'interceptedAt', 'detectedAt')) {
    ctx.addIssue({ code: 'custom', path: ['interceptedAt'], message: 'Interception cannot be before detection' });
  }
  const hurt = v.deaths + v.missing;
  if (v.peopleAboard !== null && v.peopleAboard >= 0 && hurt > v.peopleAboard && fieldsValid(ctx, 'peopleAboard', 'deaths', 'missing')) {
    ctx.addIssue({ code: 'custom', path: ['deaths'], message: 'Deaths and missing cannot be more than the people aboard' });
  }
}

/** What an officer enters. A draft may be incomplete; FINAL requires the core fields. */
export const InterceptionInput = z.strictObject(interceptionFields).superRefine(interceptionRules, EVEN_WITH_FIELD_ISSUES);
export type InterceptionInput = z.input<typeof InterceptionInput>;
export type InterceptionFields = z.output<typeof InterceptionInput>;

/** A correction of a saved record: the whole record as it should now be, and the version it was based on. */
export const InterceptionUpdate = z.strictObject({
  id: Uuid,
  version: z.number().int().min(1),
  changes: InterceptionInput,
});

const recordMeta = {
  id: z.string(),
  reference: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
};

export const Interception = z.object({ ...interceptionFields, ...recordMeta });
export type Interception = z.output<typeof Interception>;

export const InterceptionListQuery = z.strictObject({
  limit: z.number().int().min(1).max(500).default(100),
  /** Keyset cursor: the `detectedAt|id` of the last row of the previous page. */
  after: z.string().max(200).nullable().default(null),
  reference: z.string().trim().max(40, { error: 'A reference has at most 40 characters, e.g. WJF-K7M3Q-0042' }).optional(),
});

export const InterceptionSummary = z.object({
  id: z.string(),
  reference: z.string(),
  status: RecordStatus,
  site: z.string().nullable(),
  detectedAt: z.string().nullable(),
  zone: z.string().nullable(),
  outcome: z.string().nullable(),
  peopleAboard: z.number().int().nullable(),
  peopleRecorded: z.number().int(),
});
export type InterceptionSummary = z.infer<typeof InterceptionSummary>;
