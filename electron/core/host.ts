/**
 * What only the process hosting the engine can do (the desktop app's main process): the
 * engine asks through this interface and never imports electron. Browser mode and tests
 * provide none, and the operations say so clearly.
 */
export interface HostCapabilities {
  /** Renders an app route to PDF in a hidden window and asks where to save it. */
  savePdf(route: string, suggestedName: string): Promise<{ saved: boolean; path: string | null }>;
  /** Asks where to save a text file (e.g. a subject access export) and writes it, owner-only. */
  saveText?(suggestedName: string, text: string, filter: { name: string; extensions: string[] }): Promise<{ saved: boolean; path: string | null }>;
}
