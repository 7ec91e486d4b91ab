import type { ArrivalSummary } from '../../../../shared/domain/arrival-query';
import { familyGroupLabels, withFamiliesTogether } from '../../../../shared/domain/family-groups';
import { needsInWords } from '../../../../shared/domain/person-needs';

/** A person as listed on the incident report: their number in the full list, family label and needs in words. */
export interface ListedPerson {
  number: number;
  person: ArrivalSummary;
  /** The family group's short label (A, B, …), empty for someone travelling alone. */
  family: string;
  needs: string[];
}

/** The boat's people in report order: by name as given, each family together as one block. */
export function listPeople(people: readonly ArrivalSummary[]): ListedPerson[] {
  const ordered = withFamiliesTogether(people);
  const labels = familyGroupLabels(ordered);
  return ordered.map((person, i) => ({
    number: i + 1,
    person,
    family: person.familyGroupId ? (labels.get(person.familyGroupId) ?? '') : '',
    needs: needsInWords(person),
  }));
}
