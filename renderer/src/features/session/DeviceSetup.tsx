import { useEffect, useState } from 'react';
import { SyncSettings } from '../settings/SyncSettings';
import { useSyncStore } from '../sync/sync-store';

/**
 * A device not yet enrolled can be enrolled before anyone signs in (the administrator's
 * one-time code is the authority), so that officers can then sign in online. The engine
 * allows this only until the device is enrolled. `onEnrolled` lets the sign-in screen drop
 * what it said before (a refusal telling the officer to set up this device first).
 */
export function DeviceSetup({ onEnrolled }: { onEnrolled?: () => void }) {
  const { status, refresh } = useSyncStore();
  // Once enrolled the setup panel goes (the engine allows it no more): the confirmation stays in its place.
  const [enrolledWith, setEnrolledWith] = useState<string | null>(null);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const enrolled = (apiUrl: string) => {
    setEnrolledWith(apiUrl);
    onEnrolled?.();
  };
  if (enrolledWith) {
    return (
      <div className="banner banner--ok" role="status">
        This device is enrolled with {enrolledWith}. Sign in now: the centre checks passwords from here on.
      </div>
    );
  }
  if (!status || status.enrolled) return null;
  return (
    <>
      <details className="sign-in__setup">
        <summary>Set up this device (not yet enrolled with the central service)</summary>
        <SyncSettings setup onEnrolled={enrolled} />
      </details>
      {/* Browser mode is for demos and tests: say how to get in without a central service. The desktop app never shows this. */}
      {!window.api && (
        <p className="muted sign-in__note" data-testid="demo-hint">
          Trying the app without a central service? Stop browser mode, run <code>npm run seed -- --officers-only</code> (or{' '}
          <code>npm run seed</code> for synthetic boats and people too), start it again and sign in as <code>demo.officer</code> with the password{' '}
          <code>demo officer password</code>. See “Demo officers” in the README.
        </p>
      )}
    </>
  );
}
