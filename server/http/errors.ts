import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError, type ErrorBody, type ErrorCode, type FieldIssue } from '../../shared/domain/errors';

const STATUS: Record<ErrorCode, number> = { VALIDATION: 400, NOT_FOUND: 404, CONFLICT: 409, FORBIDDEN: 403, UNAVAILABLE: 503 };

/** An AppError with the HTTP status to answer with (401 vs 403, 413, 429, …) and extra body fields. */
export class HttpError extends AppError {
  constructor(
    readonly status: number,
    code: ErrorCode,
    message: string,
    issues: FieldIssue[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(code, message, issues);
  }

  override toBody(): ErrorBody & Record<string, unknown> {
    return { ...super.toBody(), ...this.extra };
  }
}

/** Fastify's own 4xx errors, in words an administrator or the app can act on. */
function frameworkMessage(error: FastifyError): string {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'The request body is too large';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'Send the request body as application/json';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'The request body is empty';
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return 'The request body is not valid JSON';
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return 'The request body does not match its Content-Length';
    default:
      return error instanceof SyntaxError ? 'The request body is not valid JSON' : 'The request could not be read';
  }
}

/** Keeps the stack but drops the message line: database errors may quote the values they refused. */
function safeStack(error: Error): string {
  return (error.stack ?? '').split('\n').slice(1, 8).join('\n');
}

/** Every error leaves as an ErrorBody; unexpected ones are logged without their message and become 500. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof HttpError) return reply.status(error.status).send(error.toBody());
    if (error instanceof AppError) return reply.status(STATUS[error.code]).send(error.toBody());
    const status = (error as FastifyError).statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const body: ErrorBody = { code: 'VALIDATION', message: frameworkMessage(error as FastifyError) };
      return reply.status(status).send(body);
    }
    request.log.error({ err: { type: error.name, code: (error as { code?: unknown }).code, stack: safeStack(error) } }, 'request failed');
    const body: ErrorBody = { code: 'UNAVAILABLE', message: 'The central API could not complete the request; try again later' };
    return reply.status(500).send(body);
  });
  app.setNotFoundHandler((_request, reply) => {
    const body: ErrorBody = { code: 'NOT_FOUND', message: 'No such endpoint' };
    return reply.status(404).send(body);
  });
}
