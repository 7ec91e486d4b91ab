import { ipcMain } from 'electron';
import { IPC_API_CHANNEL } from '../../shared/api';
import { dispatch } from '../core/dispatch';
import type { Engine } from '../core/engine';
import type { RequestContext } from '../core/records/context';
import { guardedApiHandler } from './ipc-guard';

/**
 * The single IPC entry. The method and input come from the renderer and are checked by
 * dispatch(); who is acting comes from main's own session, never from the message.
 */
export function registerApiHandler(engine: Engine, context: () => RequestContext): void {
  // The sender's frame is checked first (ipc-guard.ts): nothing else runs for a foreign frame.
  ipcMain.handle(IPC_API_CHANNEL, guardedApiHandler((method, input) => dispatch(engine.handlers, method, input, context())));
}
