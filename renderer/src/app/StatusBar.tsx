import { useEffect } from 'react';
import { SyncControl } from '../features/sync/SyncControl';
import { useSyncStore } from '../features/sync/sync-store';
import { useSessionStore } from './session-store';

export function StatusBar() {
  const refresh = useSyncStore((s) => s.refresh);
  const info = useSessionStore((s) => s.info);

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), 5_000);
    return () => clearInterval(timer);
  }, [refresh]);

  return (
    <footer className="status-bar" aria-label="Status">
      <SyncControl />
      {info && (
        <span className="status-bar__who">
          {info.officer ? `${info.officer.name} · ` : ''}device {info.deviceCode}
        </span>
      )}
    </footer>
  );
}
