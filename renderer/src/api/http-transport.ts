import type { Method } from '../../../shared/api';
import { isErrorBody, type Result } from '../../../shared/domain/errors';
import type { Transport } from './transport';

/**
 * Browsers deliver a request made as the page reloads or closes when it is marked keepalive,
 * for bodies up to 64 KiB in flight at once: at most 3 bytes per character, so this many.
 */
const KEEPALIVE_MAX_CHARS = 20_000;

/** Keeping a draft is sent with keepalive: it is made at the last key before a reload, and doing it twice does no harm. */
const SENT_AS_PAGE_GOES: ReadonlySet<Method> = new Set<Method>(['drafts.save', 'drafts.discard']);

/** Browser mode: POST /api/<method> with the per-run secret the server put in the page. */
export function httpTransport(secret: string): Transport {
  const post = (method: Method, body: string, keepalive: boolean) =>
    fetch(`/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Field-Recorder-Secret': secret }, body, keepalive });

  return async (method: Method, input: unknown) => {
    const body = JSON.stringify(input ?? {});
    let response: Response;
    try {
      // Should the browser refuse keepalive (its allowance used up), the draft goes again without it.
      response = SENT_AS_PAGE_GOES.has(method) && body.length <= KEEPALIVE_MAX_CHARS ? await post(method, body, true).catch(() => post(method, body, false)) : await post(method, body, false);
    } catch {
      return { ok: false, error: { code: 'UNAVAILABLE', message: 'The app’s local service is not running. Restart the app.' } };
    }
    const answer = (await response.json().catch(() => null)) as Result<unknown> | null;
    if (answer && (answer.ok === true || (answer.ok === false && isErrorBody(answer.error)))) return answer;
    return { ok: false, error: { code: 'UNAVAILABLE', message: `Unexpected answer from the app’s local service (${response.status})` } };
  };
}
