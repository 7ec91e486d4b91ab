import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

describe('npm run server -- --help', () => {
  it('prints the flags and where the database is, opens nothing, and exits 0', () => {
    // A data folder that must not be created: --help opens no database.
    const env = { ...process.env, SERVER_DATA_DIR: join(root, '.data', 'never-opened-by-help'), DATABASE_URL: '' };
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts', '--help'], { cwd: root, env, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run server -- \[--host <address>\] \[--port <n>\]/);
    expect(run.stdout).toContain('SERVER_DATA_DIR');
    expect(run.stderr).toBe('');
  });
});
