import type { Input, Method, Output } from '../../../shared/api';

/** A call to the browser-mode API, as `apiClient` makes it. */
export type Api = Awaited<ReturnType<typeof apiClient>>;

/** Calls the browser-mode API from the test process, with the per-run secret read from the page. */
export async function apiClient(baseUrl: string) {
  const html = await (await fetch(baseUrl)).text();
  const secret = /name="field-recorder-secret" content="([^"]+)"/.exec(html)?.[1];
  if (!secret) throw new Error('no secret in the served page');
  return async function api<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
    const response = await fetch(new URL(`api/${method}`, baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-field-recorder-secret': secret },
      body: JSON.stringify(input),
    });
    const body = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
    if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
    return body.value as Output<M>;
  };
}
