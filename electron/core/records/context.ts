/**
 * Who is acting, held by the process that owns the engine (Electron main, or the
 * browser-mode server), never taken from what the renderer sends.
 */
export interface RequestContext {
  officer: { id: string; name: string };
  site: string;
  now(): Date;
}
