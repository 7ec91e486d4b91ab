/**
 * Family groups on a list of people. A group id is whatever the officer typed (up to 40
 * characters), too long to compare by eye, so each group gets a short label — A, B, … Z, AA,
 * AB, … — in the order its first member appears.
 */
export function familyGroupLabels(people: readonly { familyGroupId: string | null }[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const p of people) {
    if (p.familyGroupId && !labels.has(p.familyGroupId)) labels.set(p.familyGroupId, letters(labels.size));
  }
  return labels;
}

/** 0 → A, 25 → Z, 26 → AA, as spreadsheet columns: never two groups with one label. */
function letters(index: number): string {
  let label = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) label = String.fromCharCode(65 + ((n - 1) % 26)) + label;
  return label;
}

/**
 * The same people with each family together: members move up to just after the first of them
 * in the list, the rest keep their order. A family then reads as one block on paper.
 */
export function withFamiliesTogether<T extends { familyGroupId: string | null }>(people: readonly T[]): T[] {
  const byGroup = new Map<string, T[]>();
  for (const p of people) {
    if (!p.familyGroupId) continue;
    const members = byGroup.get(p.familyGroupId);
    if (members) members.push(p);
    else byGroup.set(p.familyGroupId, [p]);
  }
  const placed = new Set<string>();
  const ordered: T[] = [];
  for (const p of people) {
    if (!p.familyGroupId) ordered.push(p);
    else if (!placed.has(p.familyGroupId)) {
      placed.add(p.familyGroupId);
      ordered.push(...byGroup.get(p.familyGroupId)!);
    }
  }
  return ordered;
}
