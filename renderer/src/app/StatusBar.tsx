import { useEffect, useState } from 'react';
import { useSyncStore } from '../features/sync/sync-store';
import { useSessionStore } from './session-store';

function useOnline(): boolean {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}

export function StatusBar() {
  const online = useOnline();
  const pending = useSyncStore((s) => s.pending);
  const refresh = useSyncStore((s) => s.refresh);
  const info = useSessionStore((s) => s.info);

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), 10_000);
    return () => clearInterval(timer);
  }, [refresh]);

  return (
    <footer className="status-bar" aria-label="Status">
      <span className={online ? 'status status--online' : 'status status--offline'}>{online ? 'Network: online' : 'Network: offline'}</span>
      <span data-testid="pending-count">
        {pending === null ? 'Pending: …' : pending === 0 ? 'Nothing waiting to send' : `${pending} change${pending === 1 ? '' : 's'} not yet sent`}
      </span>
      {info && (
        <span>
          {info.officer.name} · device {info.deviceCode}
        </span>
      )}
    </footer>
  );
}
