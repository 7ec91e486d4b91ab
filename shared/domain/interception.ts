import { z } from 'zod';
import { codesOf } from './reference/options';
import { SITES } from './reference/sites';
import { OUTCOMES, ZONES } from './reference/interception-codes';
import { isoInstant, notInFuture } from './fields';

/** What an officer enters for one boat incident. The same schema checks the form, IPC and HTTP. */
export const InterceptionInput = z
  .strictObject({
    site: z.enum(codesOf(SITES), { error: 'Choose the site' }),
    detectedAt: notInFuture(isoInstant('Enter when the boat was detected'), 'Detection time cannot be in the future'),
    interceptedAt: notInFuture(isoInstant('Enter a valid interception time'), 'Interception time cannot be in the future')
      .nullable()
      .default(null),
    latitude: z
      .number({ error: 'Enter the latitude in decimal degrees' })
      .min(-90, { error: 'Latitude must be between -90 and 90' })
      .max(90, { error: 'Latitude must be between -90 and 90' }),
    longitude: z
      .number({ error: 'Enter the longitude in decimal degrees' })
      .min(-180, { error: 'Longitude must be between -180 and 180' })
      .max(180, { error: 'Longitude must be between -180 and 180' }),
    zone: z.enum(codesOf(ZONES), { error: 'Choose the zone' }),
    outcome: z.enum(codesOf(OUTCOMES), { error: 'Choose the outcome' }),
    peopleAboard: z
      .number({ error: 'Enter the number of people aboard' })
      .int({ error: 'People aboard must be a whole number' })
      .min(0, { error: 'People aboard cannot be negative' })
      .max(500, { error: 'People aboard cannot be more than 500' }),
    notes: z.string().trim().max(5000, { error: 'Notes can be at most 5,000 characters' }).default(''),
  })
  .refine((v) => v.interceptedAt == null || v.interceptedAt >= v.detectedAt, {
    path: ['interceptedAt'],
    error: 'Interception cannot be before detection',
  });
export type InterceptionInput = z.input<typeof InterceptionInput>;

export const Interception = z.object({
  id: z.uuid(),
  reference: z.string(),
  site: z.enum(codesOf(SITES)),
  detectedAt: z.string(),
  interceptedAt: z.string().nullable(),
  latitude: z.number(),
  longitude: z.number(),
  zone: z.enum(codesOf(ZONES)),
  outcome: z.enum(codesOf(OUTCOMES)),
  peopleAboard: z.number().int(),
  notes: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Interception = z.infer<typeof Interception>;

export const InterceptionListQuery = z.strictObject({
  limit: z.number().int().min(1).max(500).default(100),
  /** Keyset cursor: the `detectedAt|id` of the last row of the previous page. */
  after: z.string().max(200).nullable().default(null),
  reference: z.string().trim().max(40).optional(),
});

export const InterceptionSummary = Interception.pick({
  id: true,
  reference: true,
  site: true,
  detectedAt: true,
  zone: true,
  outcome: true,
  peopleAboard: true,
});
export type InterceptionSummary = z.infer<typeof InterceptionSummary>;
