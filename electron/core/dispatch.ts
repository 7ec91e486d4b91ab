import { contract, isMethod } from '../../shared/api';
import { AppError, type Result } from '../../shared/domain/errors';
import { parseOrThrow } from '../../shared/domain/validation';
import type { HandlerTable } from './api';
import type { RequestContext } from './records/context';
import { logger } from './log';

/**
 * The single entry every transport goes through: checks the method exists, parses the
 * input with the contract's schema, runs the handler, and turns any failure into a typed
 * error value. Unexpected errors are logged by kind only (never the input: it is personal
 * data) and reach the officer as UNAVAILABLE with nothing changed.
 */
export async function dispatch(
  handlers: HandlerTable,
  method: string,
  rawInput: unknown,
  ctx: RequestContext,
): Promise<Result<unknown>> {
  if (!isMethod(method)) {
    return { ok: false, error: { code: 'NOT_FOUND', message: `There is no operation called "${method.slice(0, 60)}"` } };
  }
  try {
    const input = parseOrThrow(contract[method].input, rawInput);
    const handler = handlers[method] as (input: unknown, ctx: RequestContext) => unknown;
    return { ok: true, value: await handler(input, ctx) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toBody() };
    logger.error('handler failed', { method, error: error instanceof Error ? error.name : typeof error });
    return {
      ok: false,
      error: { code: 'UNAVAILABLE', message: 'The app could not complete this. Nothing was changed; try again.' },
    };
  }
}
