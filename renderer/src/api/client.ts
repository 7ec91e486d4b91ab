import type { Input, Method, Output } from '../../../shared/api';
import { AppError } from '../../../shared/domain/errors';
import { httpTransport } from './http-transport';
import { ipcTransport } from './ipc-transport';
import type { Transport } from './transport';

function pickTransport(): Transport {
  if (window.api) return ipcTransport(window.api);
  const secret = document.querySelector<HTMLMetaElement>('meta[name="field-recorder-secret"]')?.content;
  if (!secret) throw new Error('No way to reach the engine: neither the desktop bridge nor a browser-mode secret is present');
  return httpTransport(secret);
}

let transport: Transport | undefined;
let onRefused: (() => void) | undefined;

/**
 * Called whenever the engine refuses a call (FORBIDDEN): it may have locked the session by
 * itself (idle time), so the session store looks again and shows the sign-in screen.
 */
export function whenRefused(listener: () => void): void {
  onRefused = listener;
}

/** Calls one operation of the contract; resolves with its output or throws an AppError. */
export async function call<M extends Method>(method: M, input?: Input<M>): Promise<Output<M>> {
  transport ??= pickTransport();
  const result = await transport(method, input);
  if (!result.ok) {
    if (result.error.code === 'FORBIDDEN' && !method.startsWith('session.')) onRefused?.();
    throw AppError.fromBody(result.error);
  }
  return result.value as Output<M>;
}
