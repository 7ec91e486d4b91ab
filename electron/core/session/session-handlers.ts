import { AppError } from '../../../shared/domain/errors';
import type { Handler } from '../api';
import type { Db } from '../db/connection';
import { logger } from '../log';
import { writeIdleLockMinutes } from './idle-lock-setting';
import type { OfficerSession } from './officer-session';
import { signInOfficer } from './sign-in';
import { SignInThrottle } from './throttle';

type SessionMethod = 'session.status' | 'session.signIn' | 'session.signOut' | 'session.lock' | 'session.unlock' | 'session.touch' | 'session.setIdleLock';

/** The session operations. Activity (session.touch) is counted by callEngine before a handler runs. */
export function sessionHandlers(
  db: Db,
  deviceId: string,
  session: OfficerSession,
  deviceRefused?: (centreMessage: string) => void,
): { [M in SessionMethod]: Handler<M> } {
  const deps = { db, session, throttle: new SignInThrottle(), deviceRefused };
  return {
    'session.status': (_input, ctx) => session.status(ctx.now()),
    'session.signIn': async (input, ctx) => {
      await signInOfficer(deps, input.username, input.password, ctx.now());
      return session.status(ctx.now());
    },
    'session.signOut': (_input, ctx) => {
      session.signOut();
      logger.info('officer signed out');
      return session.status(ctx.now());
    },
    'session.lock': (_input, ctx) => {
      session.lock();
      return session.status(ctx.now());
    },
    'session.unlock': async (input, ctx) => {
      const officer = session.lockedOfficer(ctx.now());
      if (!officer) throw new AppError('CONFLICT', 'The app is not locked.');
      await signInOfficer(deps, officer.username, input.password, ctx.now());
      return session.status(ctx.now());
    },
    'session.touch': (_input, ctx) => session.status(ctx.now()),
    'session.setIdleLock': (input, ctx) => {
      writeIdleLockMinutes(db, deviceId, ctx, input.minutes);
      session.touch(ctx.now());
      return session.status(ctx.now());
    },
  };
}
