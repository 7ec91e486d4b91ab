import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ArrivalInput } from '../../../shared/domain/arrival';
import { InterceptionInput } from '../../../shared/domain/interception';
import { TransferInput } from '../../../shared/domain/transfers/transfer';

const messagesFor = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

// zod skips an object's cross-field rules once any field fails its own check: the officer fixed
// the first Save's messages only to be given new ones on the second.
describe('one Save says every problem', () => {
  it('a person: a site not in the list, with a missing family name and an adult born eight years before', () => {
    const messages = messagesFor(ArrivalInput, {
      status: 'FINAL', route: 'OTHER', site: 'NOWHERE', arrivedAt: '2026-11-29T04:30:00.000Z', familyName: '', givenNames: 'Selam',
      nationality: 'ERI', sex: 'F', ageStatus: 'ADULT', dateOfBirth: '2018', dateOfBirthPrecision: 'YEAR',
    });
    expect(messages).toEqual([
      'site: Choose the site',
      'familyName: Enter the family name (or UNKNOWN)',
      `ageStatus: Born in 2018, so a child when they arrived: choose a child's age status, or "Assessed as an adult" after an age assessment`,
    ]);
  });

  it('a safe-route application: no sex chosen, a child with no family reference and entry clearance with no end', () => {
    const messages = messagesFor(TransferInput, {
      applicationReference: 'SR-2026-0001', familyName: 'Haile', givenNames: 'Meron', dateOfBirth: '2015-01-01', nationality: 'ERI', entryClearanceIssuedOn: '2026-11-01',
    });
    expect(messages).toEqual([
      'sex: Choose the sex',
      'familyReference: A child applies only as part of a family led by an adult: enter the family reference',
      'entryClearanceValidUntil: Enter the date the entry clearance is valid until',
    ]);
  });

  it('an interception: a site not in the list, with more dead and missing than aboard', () => {
    const messages = messagesFor(InterceptionInput, {
      status: 'DRAFT', site: 'NOWHERE', detectedAt: '2026-11-29T02:10:00.000Z', peopleAboard: 3, deaths: 2, missing: 2,
    });
    expect(messages).toEqual(['site: Choose the site', 'deaths: Deaths and missing cannot be more than the people aboard']);
  });

  it('a boat: a vessel type not in the list, with a seized vessel that has no seizure reference', () => {
    const messages = messagesFor(InterceptionInput, { status: 'DRAFT', site: 'WJF', detectedAt: '2026-11-29T02:10:00.000Z', vessel: { type: 'SUBMARINE', seized: true } });
    expect(messages).toEqual(['vessel.type: Choose the vessel type', 'vessel.seizureReference: Enter the seizure reference of a seized vessel']);
  });

  it('a rule does not read a field that failed its own check (it would judge what was typed, or throw)', () => {
    const messages = messagesFor(ArrivalInput, {
      status: 'FINAL', route: 'OTHER', site: 'MAN', arrivedAt: 'last night', familyName: 'Haile', sex: 'F', nationality: 'ERI',
      ageStatus: 'ADULT', dateOfBirth: '2018', dateOfBirthPrecision: 'YEAR', asylumClaimedAt: '2026-11-29', vulnerability: 5,
    });
    expect(messages.map((m) => m.split(':')[0])).toEqual(['arrivedAt', 'vulnerability']);
    expect(messagesFor(ArrivalInput, 'not a person')).toEqual([': Invalid input: expected object, received string']);
  });
});
