import { useEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'react-router-dom';

/** How long a loading screen's title is waited for before the keyboard stays where it is. */
const TITLE_WAIT_MS = 3_000;

/**
 * A new screen takes the keyboard to its title, as a new page would: after a menu link, or
 * when the row or button pressed went away with the old screen (focus left on nothing, so a
 * screen reader heard nothing and Tab started again from the top). A screen still loading
 * gets it when its title appears. A screen that puts the cursor somewhere itself (the boat
 * flow's family name, "Add people aboard") keeps it.
 */
export function useFocusOnNavigation(main: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!focusIsAdrift()) return;
    const screen = main.current;
    if (!screen) return;
    if (focusScreenTitle(screen, false)) return;
    // Still loading: the title comes with the record.
    const observer = new MutationObserver(() => {
      if (!focusIsAdrift()) return observer.disconnect();
      if (focusScreenTitle(screen, false)) observer.disconnect();
    });
    observer.observe(screen, { childList: true, subtree: true });
    const giveUp = setTimeout(() => observer.disconnect(), TITLE_WAIT_MS);
    return () => {
      observer.disconnect();
      clearTimeout(giveUp);
    };
  }, [pathname, main]);
}

/** On nothing (what was pressed has gone), or still in the menu bar. */
function focusIsAdrift(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || !active.isConnected || (active instanceof HTMLElement && active.closest('.top-bar') !== null);
}

/**
 * Puts the keyboard on the screen's title (its h1); without one yet, on the screen itself
 * when `orScreen`. Says whether the title was found.
 */
export function focusScreenTitle(main: HTMLElement | null, orScreen = true): boolean {
  const title = main?.querySelector<HTMLElement>('h1') ?? null;
  const target = title ?? (orScreen ? main : null);
  if (!target) return false;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
  return title !== null;
}
