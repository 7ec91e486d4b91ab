import { HttpError } from '../http/errors';

/*
 * The pull cursor is opaque to the app: today it is the last version served, tomorrow it may
 * carry more (a server epoch after a restore, a snapshot position) without a protocol change.
 */
const PREFIX = 'v1:';

export function encodeCursor(version: number): string {
  return Buffer.from(`${PREFIX}${version}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const version = text.startsWith(PREFIX) ? Number(text.slice(PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(version) || version < 0 || encodeCursor(version) !== cursor) {
    throw new HttpError(400, 'VALIDATION', 'The pull cursor is not one this server gave out: pull again from the beginning', [{ path: 'cursor', message: 'Not a valid cursor' }]);
  }
  return version;
}
