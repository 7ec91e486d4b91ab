import { describe, expect, it } from 'vitest';
import { familyGroupLabels, withFamiliesTogether } from '../../../shared/domain/family-groups';
import { needsInWords } from '../../../shared/domain/person-needs';

const none = { medical: [], disability: false, traffickingIndicators: false, unaccompanied: false, ageStatus: 'ADULT' };

describe('needs in words', () => {
  it('says medical triage by its labels, then the flags, and nothing for no needs', () => {
    expect(needsInWords(none)).toEqual([]);
    expect(needsInWords({ ...none, medical: ['HYPOTHERMIA', 'FUEL_BURNS'], disability: true, traffickingIndicators: true })).toEqual([
      'Hypothermia', 'Fuel burns', 'Disability', 'Trafficking indicators',
    ]);
  });

  it('calls an unaccompanied person a child unless their age status is an adult one', () => {
    expect(needsInWords({ ...none, unaccompanied: true, ageStatus: 'CLAIMED_CHILD' })).toEqual(['Unaccompanied child']);
    expect(needsInWords({ ...none, unaccompanied: true, ageStatus: 'ASSESSED_ADULT' })).toEqual(['Unaccompanied']);
  });
});

describe('family groups', () => {
  it('labels groups in order of appearance, past Z without reusing a label', () => {
    const people = Array.from({ length: 28 }, (_, i) => ({ familyGroupId: `g${i}` }));
    const labels = familyGroupLabels([{ familyGroupId: null }, ...people, { familyGroupId: 'g0' }]);
    expect([labels.get('g0'), labels.get('g25'), labels.get('g26'), labels.get('g27')]).toEqual(['A', 'Z', 'AA', 'AB']);
    expect(new Set(labels.values()).size).toBe(28);
  });

  it('moves each family together under its first member, keeping everyone else in order', () => {
    const list = [{ n: 1, familyGroupId: 'f' }, { n: 2, familyGroupId: null }, { n: 3, familyGroupId: 'g' }, { n: 4, familyGroupId: 'f' }, { n: 5, familyGroupId: 'g' }];
    expect(withFamiliesTogether(list).map((p) => p.n)).toEqual([1, 4, 2, 3, 5]);
  });
});
