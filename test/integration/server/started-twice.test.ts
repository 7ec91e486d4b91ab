import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runTsx, startTsx } from '../../support/run-tsx';

// An administrator starting `npm run server` a second time on the port the first one holds.
describe('the central API started twice on one port', { timeout: 90_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'central-twice-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the second is refused in words, before it creates or opens any data folder', async () => {
    const first = await startTsx('server/main.ts', { SERVER_DATA_DIR: join(dir, 'first'), DATABASE_URL: undefined, PORT: '0' }, /listening on http:\/\/127\.0\.0\.1:(\d+)/);
    try {
      const port = first.match[1]!;
      const second = await runTsx('server/main.ts', ['--port', port], { env: { SERVER_DATA_DIR: join(dir, 'second'), DATABASE_URL: undefined } });
      expect(second.code).toBe(1);
      expect(second.stderr).toContain(`Port ${port} on 127.0.0.1 is already in use: is the central API already running?`);
      expect(second.stderr).not.toContain('EADDRINUSE');
      expect(existsSync(join(dir, 'second'))).toBe(false);
    } finally {
      first.child.kill('SIGTERM');
      await once(first.child, 'exit');
    }
  });
});
