import { AppError } from '../../../../shared/domain/errors';

/** The engine's sentence for a refused sign-in (wrong password, offline sign-in expired, wait…). */
export function refusalText(error: unknown): string {
  if (error instanceof AppError) return error.issues[0]?.message ?? error.message;
  return 'The sign-in could not be completed. Try again.';
}
