import type { Bridge, Method } from '../../../shared/api';
import type { Result } from '../../../shared/domain/errors';
import type { Transport } from './transport';

declare global {
  interface Window {
    api?: Bridge;
  }
}

/** Desktop app: the preload exposes one function per method on window.api. */
export function ipcTransport(bridge: Bridge): Transport {
  return (method: Method, input: unknown) => {
    const [group, op] = method.split('.') as [string, string];
    const fn = (bridge as unknown as Record<string, Record<string, (i: unknown) => Promise<Result<unknown>>>>)[group]?.[op];
    if (!fn) return Promise.resolve({ ok: false, error: { code: 'NOT_FOUND', message: `The app does not offer ${method}` } });
    return fn(input);
  };
}
