import { app, session, shell } from 'electron';
import { guardSession, guardWebContents } from './shell-guards';

/**
 * The Electron security checklist, applied to every web contents the app ever creates:
 * no navigation away from the app, no new windows, no webviews, no permissions.
 * The rules and their wiring live in shell-guards.ts and policies.ts, where they are tested.
 */
export function hardenAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, (url) => shell.openExternal(url)));
}

export function denyAllPermissions(): void {
  guardSession(session.defaultSession);
}
