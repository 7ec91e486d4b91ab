import { useSyncExternalStore } from 'react';

/**
 * Day or night colours. Night is for a dark quayside or van: a dim, dark screen that does
 * not dazzle an officer whose eyes have adjusted. The choice belongs to this laptop's screen,
 * not to an officer or a record, so it lives in the page's own storage; with none stored,
 * the system's light or dark setting decides.
 */
export type Theme = 'day' | 'night';

const STORAGE_KEY = 'fieldRecorder.theme';
const listeners = new Set<() => void>();

function storedTheme(): Theme | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'day' || value === 'night' ? value : null;
  } catch {
    return null; // storage refused (a locked-down profile): follow the system
  }
}

function systemTheme(): Theme {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'night' : 'day';
}

export function currentTheme(): Theme {
  return storedTheme() ?? systemTheme();
}

/** Sets the colours on the page (styles.css reads `data-theme`); called once before the first render. */
export function applyTheme(theme: Theme = currentTheme()): void {
  document.documentElement.dataset.theme = theme;
}

export function chooseTheme(theme: Theme): void {
  try {
    localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // Not kept across restarts, but still applied now.
  }
  applyTheme(theme);
  listeners.forEach((notify) => notify());
}

function subscribe(notify: () => void): () => void {
  listeners.add(notify);
  return () => listeners.delete(notify);
}

export function useTheme(): Theme {
  return useSyncExternalStore(subscribe, () => (document.documentElement.dataset.theme as Theme | undefined) ?? currentTheme());
}
