import { HttpError } from './errors';

export interface RateLimit {
  /** Failed attempts allowed per window. */
  max: number;
  windowMs: number;
}

/**
 * Counts failed attempts (wrong enrolment codes, wrong passwords) per key in fixed windows,
 * in this process's memory: enough to make guessing slow, while an administrator enrolling a
 * van-load of laptops from one office address is never slowed down. Behind several API
 * processes each keeps its own count, so the effective limit is multiplied by their number.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 50_000,
  ) {}

  /** Throws 429 if any key has used up its failures for this window. */
  check(keys: readonly string[]): void {
    const now = this.now();
    let retryAfterMs = 0;
    for (const key of keys) {
      const window = this.windows.get(key);
      if (window && window.resetAt > now && window.count >= this.limit.max) retryAfterMs = Math.max(retryAfterMs, window.resetAt - now);
    }
    if (retryAfterMs > 0) {
      const seconds = Math.ceil(retryAfterMs / 1000);
      throw new HttpError(429, 'UNAVAILABLE', `Too many failed attempts: try again in ${seconds} s`, [], { retryAfterSeconds: seconds });
    }
  }

  fail(keys: readonly string[]): void {
    const now = this.now();
    if (this.windows.size > this.maxKeys) this.sweep(now);
    for (const key of keys) {
      const window = this.windows.get(key);
      if (!window || window.resetAt <= now) this.windows.set(key, { count: 1, resetAt: now + this.limit.windowMs });
      else window.count += 1;
    }
  }

  /** Runs an attempt: refused while over the limit; counted if it throws a 401/403. */
  async attempt<T>(keys: readonly string[], work: () => Promise<T>): Promise<T> {
    this.check(keys);
    try {
      return await work();
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (status === 401 || status === 403) this.fail(keys);
      throw error;
    }
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
    // Still full (a flood of distinct keys): forget everything rather than grow without bound.
    if (this.windows.size > this.maxKeys) this.windows.clear();
  }
}
