import { contract, isMethod } from '../../shared/api';
import { AppError, type Result } from '../../shared/domain/errors';
import { refusalFor } from '../../shared/domain/role-refusals';
import { OPEN_METHODS } from '../../shared/domain/session';
import { parseOrThrow } from '../../shared/domain/validation';
import type { HandlerTable } from './api';
import { storageFailureCode, storageFailureMessage } from './db/storage-failure';
import type { CallContext, RequestContext } from './records/context';
import { logger } from './log';

const NO_OFFICER = {
  signed_out: 'Sign in to use the field recorder.',
  locked: 'The field recorder is locked. Sign in again to carry on.',
} as const;

/**
 * The single entry every transport goes through: checks the method exists, refuses it when
 * nobody is signed in (or the session is locked) unless it is one of the few open methods,
 * parses the input with the contract's schema, refuses a supervisor's operation to an officer
 * (shared/domain/roles.ts), runs the handler, and turns any failure into a typed error value.
 * Unexpected errors are logged by kind only (never the input: it is personal data) and reach
 * the officer as UNAVAILABLE with nothing changed.
 */
export async function dispatch(
  handlers: HandlerTable,
  method: string,
  rawInput: unknown,
  ctx: RequestContext | CallContext,
): Promise<Result<unknown>> {
  if (!isMethod(method)) {
    return { ok: false, error: { code: 'NOT_FOUND', message: `There is no operation called "${method.slice(0, 60)}"` } };
  }
  const call = ctx as CallContext;
  if (!call.officer && !OPEN_METHODS.has(method) && !call.alsoOpen?.has(method)) {
    return { ok: false, error: { code: 'FORBIDDEN', message: NO_OFFICER[call.withoutOfficer ?? 'signed_out'] } };
  }
  try {
    const input = parseOrThrow(contract[method].input, rawInput);
    if (call.officer) {
      const refusal = refusalFor(call.officer.role, method, input);
      if (refusal) return { ok: false, error: { code: 'FORBIDDEN', message: refusal } };
    }
    const handler = handlers[method] as (input: unknown, ctx: CallContext) => unknown;
    return { ok: true, value: await handler(input, ctx) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toBody() };
    const storage = storageFailureCode(error);
    logger.error('handler failed', { method, error: error instanceof Error ? error.name : typeof error, ...(storage ? { storage } : {}) });
    return {
      ok: false,
      error: { code: 'UNAVAILABLE', message: storageFailureMessage(error) ?? 'The app could not complete this. Nothing was changed; try again.' },
    };
  }
}
