/** A person's name as every screen and paper writes it: "Family, Given". */
export function personName(person: { familyName: string; givenNames: string }, { familyInCapitals = false } = {}): string {
  return [familyInCapitals ? person.familyName.toUpperCase() : person.familyName, person.givenNames].filter(Boolean).join(', ');
}

/** The same, or words saying no name was recorded (a draft saved before the name was known). */
export function personNameOrUnrecorded(person: { familyName: string; givenNames: string }, options?: { familyInCapitals?: boolean }): string {
  return personName(person, options) || 'Name not recorded';
}
