import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { Virtualizer } from '@tanstack/react-virtual';

/**
 * Arrow keys, Page Up/Down, Home and End move between rows as in a spreadsheet; only the
 * current row is in the tab order (a "roving" tab stop), so Tab leaves the list in one step
 * however many rows it has. Moving may scroll to a row that is not drawn yet: it is focused
 * as soon as it is.
 */
export function useRowKeys(
  virtualizer: Virtualizer<HTMLDivElement, Element>,
  scrollRef: RefObject<HTMLDivElement | null>,
  count: number,
  initialIndex: number,
  onEnter: (index: number) => void,
  /** Coming back to the list from the row's person: that row takes the keyboard again as soon as it is drawn. */
  restoreFocus = false,
) {
  const [active, setActive] = useState(initialIndex);
  const focusPending = useRef(restoreFocus);

  useEffect(() => {
    if (!focusPending.current) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${active}"]`);
    if (row) {
      row.focus({ preventScroll: true });
      focusPending.current = false;
    }
  });

  function moveTo(index: number) {
    const next = Math.min(Math.max(index, 0), count - 1);
    setActive(next);
    focusPending.current = true;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    const index = Number((event.target as HTMLElement).dataset.index);
    if (Number.isNaN(index) || count === 0) return;
    const visibleRows = Math.max(1, virtualizer.getVirtualItems().length - 2);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + visibleRows,
      PageUp: index - visibleRows,
      Home: 0,
      End: count - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      moveTo(moves[event.key]!);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      onEnter(index);
    }
  }

  /** Clamped so a shorter list (a new filter) never leaves the tab stop on a row that is gone. */
  return { active: Math.min(active, Math.max(count - 1, 0)), setActive, onKeyDown };
}
