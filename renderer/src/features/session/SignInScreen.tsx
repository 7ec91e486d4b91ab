import { useState } from 'react';
import { useSessionStore } from '../../app/session-store';
import { ThemeToggle } from '../../app/ThemeToggle';
import { DeviceSetup } from './DeviceSetup';
import { SignInForm } from './SignInForm';
import { UnlockForm } from './UnlockForm';
import './session.css';

/**
 * Everything the app shows while nobody is signed in or the session is locked: no records,
 * lists or menus are rendered behind it, so nothing personal is on screen or in the page.
 */
export function SignInScreen() {
  const { status, switching, switchOfficer, signOut } = useSessionStore();
  const locked = status?.state === 'locked' && status.officer;
  const unlocking = locked && !switching;
  // A refusal such as "set up this device first" is stale once the device is enrolled: the form starts afresh.
  const [enrolments, setEnrolments] = useState(0);
  return (
    <main className="sign-in" aria-labelledby="sign-in-title">
      <div className="sign-in__panel">
        <p className="marking">OFFICIAL-SENSITIVE</p>
        <h1 id="sign-in-title">{unlocking ? 'Field Recorder is locked' : 'Sign in to Field Recorder'}</h1>
        {unlocking ? <UnlockForm officer={status.officer!} /> : <SignInForm key={`${switching ? 'switch' : 'sign-in'}-${enrolments}`} />}
        <div className="sign-in__links">
          {unlocking && (
            <button type="button" className="button button--link" onClick={() => void switchOfficer()}>
              Switch officer
            </button>
          )}
          {locked && (
            <button type="button" className="button button--link" onClick={() => void signOut()}>
              Sign {status.officer!.name} out
            </button>
          )}
          <ThemeToggle className="button button--link theme-toggle" />
        </div>
        <p className="muted sign-in__note">
          Signing in checks your password with the central service when it can be reached. Without a connection, you can sign in on a device where you
          have signed in online in the last 7 days.
        </p>
        {!locked && <DeviceSetup onEnrolled={() => setEnrolments((n) => n + 1)} />}
      </div>
    </main>
  );
}
