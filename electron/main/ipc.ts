import { ipcMain } from 'electron';
import { IPC_API_CHANNEL } from '../../shared/api';
import type { Engine } from '../core/engine';
import { callEngine } from '../core/session/call-engine';
import { guardedApiHandler } from './ipc-guard';

/**
 * The single IPC entry. The method and input come from the renderer and are checked by
 * dispatch(); who is acting comes from the engine's officer session, never from the message.
 */
export function registerApiHandler(engine: Engine): void {
  // The sender's frame is checked first (ipc-guard.ts): nothing else runs for a foreign frame.
  ipcMain.handle(IPC_API_CHANNEL, guardedApiHandler((method, input) => callEngine(engine, method, input)));
}
