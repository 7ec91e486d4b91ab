import { AppError } from '../../../shared/domain/errors';
import type { SessionOfficer } from '../../../shared/domain/session';
import type { Db } from '../db/connection';
import { logger } from '../log';
import { CentralApi } from '../sync/central-api';
import { readSyncState } from '../sync/sync-state';
import type { OfficerSession } from './officer-session';
import type { SignInThrottle } from './throttle';
import { cacheVerifier, findCachedOfficer, forgetCachedOfficer, verifierMatches } from './verifiers';

/** The one answer to a wrong username or password, online or offline: it says nothing about which. */
export const WRONG_CREDENTIALS = 'The username or password is not right.';
export const CONNECT_ONCE = 'Sign in once while connected to the central service.';

export interface SignInDeps {
  db: Db;
  session: OfficerSession;
  throttle: SignInThrottle;
  /** The centre refused this device's token at sign-in: sync is told at once (see SyncService.deviceRefused). */
  deviceRefused?: (centreMessage: string) => void;
}

/**
 * Signs an officer in, replacing whoever was signed in or locked (switching officer). Online
 * first when the device is enrolled and the centre answers: the centre checks the password,
 * and the device then keeps its own offline verifier. When the centre cannot be reached, the
 * cached verifier is used until it expires. Passwords are never logged or stored.
 */
export async function signInOfficer(deps: SignInDeps, username: string, password: string, now: Date): Promise<void> {
  const { db, session, throttle } = deps;
  const wait = throttle.waitSeconds(username, now);
  if (wait > 0) throw refused(`Too many wrong passwords for this username. Wait ${wait} seconds and try again.`);

  let deviceProblem: string | null = null;
  const apiUrl = readSyncState(db, 'apiUrl');
  const deviceToken = readSyncState(db, 'deviceToken');
  if (apiUrl && deviceToken) {
    const outcome = await new CentralApi(apiUrl, deviceToken).signIn({ username, password });
    switch (outcome.kind) {
      case 'signed_in': {
        const { officer: o, offline } = outcome.answer;
        const officer: SessionOfficer = { id: o.id, name: o.name, role: o.role, username };
        await cacheVerifier(db, officer, password, offline, now);
        throttle.succeeded(username);
        session.begin(officer, 'online', now, outcome.answer.session ?? null);
        logger.info('officer signed in', { via: 'online', role: officer.role });
        return;
      }
      case 'wrong_password':
        throttle.failed(username, now);
        throw refused(WRONG_CREDENTIALS);
      case 'throttled':
        throw new AppError('UNAVAILABLE', outcome.message);
      case 'refused':
        // A disabled officer must not get in offline either.
        forgetCachedOfficer(db, username);
        throw refused(outcome.message);
      case 'device_refused':
        // The centre no longer knows this device's token: officers can still sign in offline
        // (sync stays refused) so that a supervisor can enrol the device again.
        deviceProblem = outcome.message;
        deps.deviceRefused?.(outcome.message);
        break;
      case 'unreachable':
        break;
    }
  }

  const cached = findCachedOfficer(db, username);
  if (!cached) {
    throttle.failed(username, now);
    throw refused(
      deviceProblem
        ? `The central service refused this device (${deviceProblem}), and this officer has no offline sign-in on it.`
        : apiUrl && deviceToken
          ? `The central service cannot be reached, and this officer has no offline sign-in on this device. ${CONNECT_ONCE}`
          : `This officer has no offline sign-in on this device, and the device is not enrolled with the central service yet, so it cannot check the password. Set up this device first (its central API address and an enrolment code from your administrator), then sign in.`,
    );
  }
  if (Date.parse(cached.validUntil) <= now.getTime()) {
    throw refused(`The offline sign-in for this officer on this device has expired (it lasts 7 days after signing in online). ${CONNECT_ONCE}`);
  }
  if (!(await verifierMatches(cached, password))) {
    throttle.failed(username, now);
    throw refused(WRONG_CREDENTIALS);
  }
  throttle.succeeded(username);
  session.begin(cached.officer, 'offline', now, null);
  logger.info('officer signed in', { via: 'offline', role: cached.officer.role });
}

function refused(message: string): AppError {
  return new AppError('FORBIDDEN', message);
}
