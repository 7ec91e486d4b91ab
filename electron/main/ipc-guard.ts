/**
 * The single IPC entry's checks, apart from ipcMain so the tests run them without Electron
 * (only Electron's types are imported). ipc.ts registers the result with ipcMain.handle.
 */
import type { IpcMainInvokeEvent } from 'electron';
import type { Result } from '../../shared/domain/errors';
import { isTrustedFrame } from './policies';

/** What the guard reads from an invoke event: the frame that sent it and its page's top frame. */
export type InvokeEventLike = Pick<IpcMainInvokeEvent, 'senderFrame'> & { sender: Pick<IpcMainInvokeEvent['sender'], 'mainFrame'> };

export function isTrustedSender(event: InvokeEventLike): boolean {
  return isTrustedFrame(event.senderFrame, event.sender.mainFrame);
}

export const FORBIDDEN_SENDER: Result<never> = { ok: false, error: { code: 'FORBIDDEN', message: 'This window may not use the app’s data' } };

/**
 * Refuses a message unless it comes from the app's own top-level page (app://renderer):
 * not an iframe, not another origin, not file:// or http://. Only then is the engine called
 * (which checks the method name and parses the input with the contract's schema).
 */
export function guardedApiHandler(
  call: (method: string, input: unknown) => Promise<Result<unknown>>,
): (event: InvokeEventLike, method: unknown, input: unknown) => Promise<Result<unknown>> {
  return async (event, method, input) => {
    if (!isTrustedSender(event)) return FORBIDDEN_SENDER;
    if (typeof method !== 'string') {
      return { ok: false, error: { code: 'VALIDATION', message: 'Operation name missing' } };
    }
    return call(method, input);
  };
}
