import { z } from 'zod';
import { OFFICER_ROLES } from './roles';

/**
 * Who is using the device: one officer at a time (a shared laptop), signed out, signed in,
 * or locked after the idle time (nothing is shown until an officer signs in again).
 */
export const SESSION_STATES = ['signed_out', 'signed_in', 'locked'] as const;

/** Bounds of the idle lock, in minutes; a supervisor sets it per device. */
export const IDLE_LOCK_MINUTES = { min: 1, max: 120, default: 5 } as const;

/**
 * The only operations that run while nobody is signed in or the session is locked: enough
 * to show the sign-in screen and sign in, and nothing that reads or writes a record.
 */
export const OPEN_METHOD_NAMES = ['app.info', 'session.status', 'session.signIn', 'session.unlock', 'session.signOut'] as const;
export type OpenMethod = (typeof OPEN_METHOD_NAMES)[number];
export const OPEN_METHODS: ReadonlySet<string> = new Set(OPEN_METHOD_NAMES);

/**
 * Calls the renderer makes on a timer, not because an officer did something: they do not
 * keep a session awake, so a screen left open still locks after the idle time.
 */
export const PASSIVE_METHODS: ReadonlySet<string> = new Set(['app.info', 'session.status', 'sync.status', 'sync.recordStates']);

export const SessionOfficer = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(OFFICER_ROLES),
  username: z.string(),
});
export type SessionOfficer = z.infer<typeof SessionOfficer>;

export const SessionStatus = z.object({
  state: z.enum(SESSION_STATES),
  /** The signed-in officer, or the one whose session is locked. */
  officer: SessionOfficer.nullable(),
  /** How the officer last proved who they are: against the centre, or the device's cached verifier. */
  via: z.enum(['online', 'offline']).nullable(),
  signedInAt: z.string().nullable(),
  idleLockMinutes: z.number().int(),
  /** When the session locks unless something happens first (signed in only). */
  locksAt: z.string().nullable(),
});
export type SessionStatus = z.infer<typeof SessionStatus>;

const Username = z
  .string({ error: 'Enter your username' })
  .trim()
  .toLowerCase()
  .min(1, { error: 'Enter your username' })
  .max(64, { error: 'That username is too long' });
const Password = z.string({ error: 'Enter your password' }).min(1, { error: 'Enter your password' }).max(1024, { error: 'That password is too long' });

export const SignInInput = z.strictObject({ username: Username, password: Password });
export const UnlockInput = z.strictObject({ password: Password });

export const SetIdleLockInput = z.strictObject({
  minutes: z
    .number({ error: 'Enter the minutes as a number' })
    .int({ error: 'Enter whole minutes' })
    .min(IDLE_LOCK_MINUTES.min, { error: `The idle lock must be at least ${IDLE_LOCK_MINUTES.min} minute` })
    .max(IDLE_LOCK_MINUTES.max, { error: `The idle lock can be at most ${IDLE_LOCK_MINUTES.max} minutes` }),
});
