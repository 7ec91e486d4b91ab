import { useEffect } from 'react';
import { SyncSettings } from '../settings/SyncSettings';
import { useSyncStore } from '../sync/sync-store';

/**
 * A device not yet enrolled can be enrolled before anyone signs in (the administrator's
 * one-time code is the authority), so that officers can then sign in online. The engine
 * allows this only until the device is enrolled.
 */
export function DeviceSetup() {
  const { status, refresh } = useSyncStore();
  useEffect(() => {
    void refresh();
  }, [refresh]);
  if (!status || status.enrolled) return null;
  return (
    <details className="sign-in__setup">
      <summary>Set up this device (not yet enrolled with the central service)</summary>
      <SyncSettings setup />
    </details>
  );
}
