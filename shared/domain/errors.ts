/**
 * Errors that cross every transport (direct call, IPC, HTTP) as plain values.
 * A handler throws an AppError; the transport turns it into a `Failure`, and the
 * client turns the `Failure` back into an AppError, so the UI sees the same thing
 * whichever way the call went.
 */
export const ERROR_CODES = ['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'UNAVAILABLE'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with one field, e.g. `{ path: 'latitude', message: 'Latitude must be between -90 and 90' }`. */
export interface FieldIssue {
  path: string;
  message: string;
}

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorBody };

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }

  toBody(): ErrorBody {
    return this.issues.length
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message };
  }

  static fromBody(body: ErrorBody): AppError {
    return new AppError(body.code, body.message, body.issues ?? []);
  }

  static validation(issues: FieldIssue[]): AppError {
    const first = issues[0];
    const message = first ? `${first.message}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}` : 'Invalid input';
    return new AppError('VALIDATION', message, issues);
  }
}

export function isErrorBody(value: unknown): value is ErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ErrorBody).message === 'string' &&
    (ERROR_CODES as readonly string[]).includes((value as ErrorBody).code)
  );
}
