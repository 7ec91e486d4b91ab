/** Wrong passwords allowed in a row before the device makes the officer wait. */
const FREE_FAILURES = 5;
const FIRST_WAIT_MS = 30_000;
const MAX_WAIT_MS = 15 * 60_000;

/**
 * A small local brake on password guessing (the centre has its own limits, but offline the
 * device is alone): after five wrong passwords in a row for a username, each further try
 * must wait 30 s, then 60 s, … up to 15 minutes. Kept in memory only; a right password
 * clears it. Usernames are keys here, never logged.
 */
export class SignInThrottle {
  private readonly failures = new Map<string, { count: number; waitUntil: number }>();

  /** Seconds to wait before `username` may try again, or 0. */
  waitSeconds(username: string, now: Date): number {
    const entry = this.failures.get(username);
    if (!entry) return 0;
    return Math.max(0, Math.ceil((entry.waitUntil - now.getTime()) / 1000));
  }

  failed(username: string, now: Date): void {
    const count = (this.failures.get(username)?.count ?? 0) + 1;
    const over = count - FREE_FAILURES;
    const wait = over > 0 ? Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** (over - 1)) : 0;
    this.failures.set(username, { count, waitUntil: now.getTime() + wait });
    if (this.failures.size > 1_000) this.failures.delete(this.failures.keys().next().value!);
  }

  succeeded(username: string): void {
    this.failures.delete(username);
  }
}
