import type { KeyboardEvent } from 'react';

/** Letters typed within this long of each other spell one label ("as" for "Assessed as an adult"). */
const TYPING_PAUSE_MS = 900;
const typed = new WeakMap<HTMLSelectElement, { text: string; at: number }>();

/**
 * A letter picks the first option whose label starts with what was typed, every time. The
 * browser's own type-ahead moves on to the next match when the same letter is pressed again:
 * an officer pressing A for "Adult" a second time got "Accepted as a child" and saved it.
 * Several letters typed quickly still reach the later options.
 */
export function typeAheadWithoutCycling(event: KeyboardEvent<HTMLSelectElement>): void {
  const select = event.currentTarget;
  if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey || !/\p{L}|\p{N}/u.test(event.key)) return;
  const now = event.timeStamp;
  const last = typed.get(select);
  const key = event.key.toLowerCase();
  const startingWith = (text: string) => Array.from(select.options).find((o) => o.value !== '' && o.text.toLowerCase().startsWith(text));
  // Letters that spell no label start a new word: "aa" is "a" again, not nothing.
  const joined = last && now - last.at < TYPING_PAUSE_MS ? last.text + key : key;
  const text = startingWith(joined) ? joined : key;
  typed.set(select, { text, at: now });
  const match = startingWith(text);
  event.preventDefault();
  if (!match || match.selected) return;
  select.value = match.value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Typing starts afresh each time the list is entered: what was typed into it for the previous person does not carry over. */
export function forgetTyping(select: HTMLSelectElement): void {
  typed.delete(select);
}
