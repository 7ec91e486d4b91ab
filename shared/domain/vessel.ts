import { z } from 'zod';
import { codesOf } from './reference/options';
import { SEIZURE_DISPOSALS, VESSEL_TYPES } from './reference/interception-codes';
import { text } from './record-status';
import { EVEN_WITH_FIELD_ISSUES, fieldsValid } from './validation';

/** Boats and engines are evidence against smuggling supply chains: record them precisely. */
export const VesselEngine = z.strictObject({
  make: text(60, 'Engine make'),
  horsepower: z
    .number({ error: 'Horsepower must be a number' })
    .int({ error: 'Horsepower must be a whole number' })
    .min(1, { error: 'Horsepower must be at least 1' })
    .max(1000, { error: 'Horsepower cannot be more than 1,000' })
    .nullable()
    .default(null),
  serialNumber: text(60, 'Engine serial number'),
});

export const Vessel = z
  .strictObject({
    type: z.enum(codesOf(VESSEL_TYPES), { error: 'Choose the vessel type' }).nullable().default(null),
    lengthMetres: z
      .number({ error: 'Length must be a number of metres' })
      .min(1, { error: 'Length must be at least 1 m' })
      .max(40, { error: 'Length cannot be more than 40 m' })
      .nullable()
      .default(null),
    colour: text(40, 'Colour'),
    engines: z.array(VesselEngine).max(6, { error: 'At most 6 engines' }).default([]),
    pumps: text(200, 'Pumps'),
    fuel: text(200, 'Fuel'),
    condition: text(500, 'Condition'),
    seized: z.boolean({ error: 'Say whether the vessel was seized' }).default(false),
    seizureReference: text(40, 'Seizure reference'),
    disposal: z.enum(codesOf(SEIZURE_DISPOSALS), { error: 'Choose the disposal' }).nullable().default(null),
  })
  .superRefine((v, ctx) => {
    if (v.seized && !v.seizureReference && fieldsValid(ctx, 'seized', 'seizureReference')) {
      ctx.addIssue({ code: 'custom', path: ['seizureReference'], message: 'Enter the seizure reference of a seized vessel' });
    }
  }, EVEN_WITH_FIELD_ISSUES);
export type Vessel = z.output<typeof Vessel>;
export const emptyVessel = (): Vessel => Vessel.parse({});
