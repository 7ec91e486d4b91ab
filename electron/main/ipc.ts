import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { IPC_API_CHANNEL } from '../../shared/api';
import type { Result } from '../../shared/domain/errors';
import { dispatch } from '../core/dispatch';
import type { Engine } from '../core/engine';
import type { RequestContext } from '../core/records/context';
import { isTrustedFrame } from './policies';

export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  return isTrustedFrame(event.senderFrame, event.sender.mainFrame);
}

/**
 * The single IPC entry. The method and input come from the renderer and are checked by
 * dispatch(); who is acting comes from main's own session, never from the message.
 */
export function registerApiHandler(engine: Engine, context: () => RequestContext): void {
  ipcMain.handle(IPC_API_CHANNEL, async (event, method: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!isTrustedSender(event)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: 'This window may not use the app’s data' } };
    }
    if (typeof method !== 'string') {
      return { ok: false, error: { code: 'VALIDATION', message: 'Operation name missing' } };
    }
    return dispatch(engine.handlers, method, input, context());
  });
}
