import type { ArrivalSummary } from '../../../../shared/domain/arrival-query';
import { isUnaccompaniedChild } from '../../../../shared/domain/person-needs';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * One line for the top of an incident report, so the officer taking over knows at once how
 * many need care and how many travel together: "2 with medical needs · 1 unaccompanied child ·
 * 0 with a disability · 0 with trafficking indicators · 1 family group (3 people)". Noughts are
 * said, not left out: "none" must read as counted.
 */
export function careSummary(people: readonly ArrivalSummary[]): string {
  const groups = new Map<string, number>();
  for (const p of people) if (p.familyGroupId) groups.set(p.familyGroupId, (groups.get(p.familyGroupId) ?? 0) + 1);
  const inFamilies = [...groups.values()].reduce((a, b) => a + b, 0);
  return [
    `${people.filter((p) => p.medical.length > 0).length} with medical needs`,
    count(people.filter(isUnaccompaniedChild).length, 'unaccompanied child', 'unaccompanied children'),
    `${people.filter((p) => p.disability).length} with a disability`,
    `${people.filter((p) => p.traffickingIndicators).length} with trafficking indicators`,
    `${count(groups.size, 'family group', 'family groups')}${groups.size ? ` (${count(inFamilies, 'person', 'people')})` : ''}`,
  ].join(' · ');
}
