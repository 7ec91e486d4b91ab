import type { Database } from './db/database';
import { RateLimiter, type RateLimit } from './http/rate-limit';
import { DEFAULT_OFFICER_SESSION_HOURS } from './officers/sessions';

export interface RateLimits {
  /** Enrolment attempts per client IP. */
  enrol: RateLimit;
  /** Sign-in attempts per IP, per device and per username (each counted). */
  signIn: RateLimit;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  enrol: { max: 10, windowMs: 15 * 60_000 },
  signIn: { max: 10, windowMs: 5 * 60_000 },
};

/** What every route needs: the database, the clock, the limiters. One per server instance. */
export interface ServerContext {
  db: Database;
  now: () => Date;
  enrolLimiter: RateLimiter;
  signInLimiter: RateLimiter;
  /** How long an officer token from sign-in lasts (server/officers/sessions.ts). */
  officerSessionHours: number;
  /** Tests only: hold a push transaction open just before COMMIT. */
  beforePushCommit?: (deviceId: string) => Promise<void>;
}

export function createContext(
  db: Database,
  options: { now?: () => Date; rateLimits?: Partial<RateLimits>; officerSessionHours?: number; beforePushCommit?: (deviceId: string) => Promise<void> },
): ServerContext {
  const now = options.now ?? (() => new Date());
  const limits = { ...DEFAULT_RATE_LIMITS, ...options.rateLimits };
  return {
    db,
    now,
    enrolLimiter: new RateLimiter(limits.enrol, () => now().getTime()),
    signInLimiter: new RateLimiter(limits.signIn, () => now().getTime()),
    officerSessionHours: options.officerSessionHours ?? DEFAULT_OFFICER_SESSION_HOURS,
    beforePushCommit: options.beforePushCommit,
  };
}
