import type { Method } from '../../../shared/api';
import type { Result } from '../../../shared/domain/errors';

/** How a call reaches the engine: Electron's preload bridge or browser mode's HTTP. */
export type Transport = (method: Method, input: unknown) => Promise<Result<unknown>>;
