import { describe, expect, it } from 'vitest';
import { ArrivalInput } from '../../../shared/domain/arrival';

/** Every refusal is a sentence an officer can act on, said beside its field: never zod's own words ("Too big: expected string…"). */
const messagesFor = (changes: Record<string, unknown>) => {
  const result = ArrivalInput.safeParse({ status: 'DRAFT', ...changes });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('arrival field messages', () => {
  it('says what is wrong with a family group, languages or a document issuing state in words', () => {
    expect(messagesFor({ familyGroupId: 'g'.repeat(41) })).toEqual(['familyGroupId: A family group id can be at most 40 characters']);
    expect(messagesFor({ languages: ['Tigrinya', 'x'.repeat(41)] })).toEqual(['languages.1: A language can be at most 40 characters: separate languages with commas']);
    expect(messagesFor({ languages: 'abcdefghijk'.split('') })).toEqual(['languages: At most 10 languages']);
    expect(messagesFor({ documents: [{ type: 'PASSPORT', number: 'P123', issuingState: 'ZZZ' }] })).toEqual(['documents.0.issuingState: Choose an issuing state from the list']);
    expect(messagesFor({ nationality: 'ZZZ' })).toEqual(['nationality: Choose a nationality from the list']);
  });
});
