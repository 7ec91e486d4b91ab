/**
 * A date or time field the browser could not read: 31/02/2026, a month of 13, a year half
 * typed. The browser then reports the field as empty, so without this check an optional
 * date typed wrong would be saved as "not recorded" with no word to the officer.
 */
export function unreadableDateMessage(control: unknown): string | null {
  if (!(control instanceof HTMLInputElement) || !control.validity.badInput) return null;
  if (control.type === 'date') return 'That is not a real date: check the day, month and year, or clear the field';
  if (control.type === 'datetime-local') return 'That is not a real date and time: check each part, or clear the field';
  return 'That value cannot be read: check it, or clear the field';
}

/** Every unreadable date in a form element's controls, by the control's name. */
export function unreadableDatesIn(form: HTMLFormElement): Record<string, string> {
  const found: Record<string, string> = {};
  for (const control of Array.from(form.elements)) {
    const message = unreadableDateMessage(control);
    if (message) found[(control as HTMLInputElement).name || (control as HTMLInputElement).id] = message;
  }
  return found;
}
