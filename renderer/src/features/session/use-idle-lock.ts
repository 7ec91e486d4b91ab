import { useEffect } from 'react';
import { useSessionStore } from '../../app/session-store';

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;
/** At most one heartbeat this often, however busy the keyboard and mouse are. */
const TOUCH_EVERY_MS = 20_000;

/**
 * Keyboard and mouse activity tells the engine the officer is still there (a throttled
 * session.touch); when the idle time passes with no activity the screen locks itself. The
 * engine enforces the same time on its own, so a stale or frozen page cannot keep acting.
 */
export function useIdleLock(): void {
  const idleMinutes = useSessionStore((s) => s.status?.idleLockMinutes ?? 5);
  useEffect(() => {
    const { touch, lock } = useSessionStore.getState();
    let lastActivity = Date.now();
    let lastTouch = 0;
    const onActivity = () => {
      const now = Date.now();
      lastActivity = now;
      const every = Math.min(TOUCH_EVERY_MS, (idleMinutes * 60_000) / 4);
      if (now - lastTouch >= every) {
        lastTouch = now;
        void touch();
      }
    };
    let locking = false;
    const check = setInterval(() => {
      if (locking || Date.now() - lastActivity <= idleMinutes * 60_000) return;
      locking = true;
      // The engine may have locked first (a laptop asleep past the idle time) and refuse to
      // lock again: the screen then follows the engine's state rather than fail unseen.
      lock()
        .catch(() => useSessionStore.getState().refresh())
        .finally(() => {
          locking = false;
        });
    }, 5_000);
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { passive: true, capture: true });
    return () => {
      clearInterval(check);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, [idleMinutes]);
}
