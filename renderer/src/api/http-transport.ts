import type { Method } from '../../../shared/api';
import { isErrorBody, type Result } from '../../../shared/domain/errors';
import type { Transport } from './transport';

/** Browser mode: POST /api/<method> with the per-run secret the server put in the page. */
export function httpTransport(secret: string): Transport {
  return async (method: Method, input: unknown) => {
    let response: Response;
    try {
      response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Field-Recorder-Secret': secret },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return { ok: false, error: { code: 'UNAVAILABLE', message: 'The app’s local service is not running. Restart the app.' } };
    }
    const body = (await response.json().catch(() => null)) as Result<unknown> | null;
    if (body && (body.ok === true || (body.ok === false && isErrorBody(body.error)))) return body;
    return { ok: false, error: { code: 'UNAVAILABLE', message: `Unexpected answer from the app’s local service (${response.status})` } };
  };
}
