/**
 * Exposes `window.api.<group>.<operation>(input)`: one function per operation of the
 * contract and nothing else — no generic invoke or send, no ipcRenderer.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_API_CHANNEL, METHODS } from '../../shared/api';

const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
for (const method of METHODS) {
  const [group, operation] = method.split('.') as [string, string];
  (api[group] ??= {})[operation] = (input?: unknown) => ipcRenderer.invoke(IPC_API_CHANNEL, method, input);
}

contextBridge.exposeInMainWorld('api', api);
