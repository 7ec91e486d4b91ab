import { useEffect, useRef } from 'react';
import { useSyncStore } from './sync-store';

/**
 * Calls `reload` after a sync (the button's or one the app ran by itself) that brought
 * records from the centre, so a record on screen shows another laptop's change instead of
 * the copy it opened with. Not on first render: the page has just loaded.
 */
export function useReloadWhenReceived(reload: () => void): void {
  const received = useSyncStore((s) => {
    const last = s.status?.lastResult;
    return last && last.received > 0 ? last.finishedAt : null;
  });
  const seen = useRef(received);
  useEffect(() => {
    if (received === seen.current) return;
    seen.current = received;
    reload();
  }, [received, reload]);
}
