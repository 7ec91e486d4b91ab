import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../server/db/open';
import { verifyPassword } from '../../../server/security/passwords';

const ROOT = join(import.meta.dirname, '../../..');

/** The CLI at a terminal (util-linux `script` gives it one; -E never: script itself echoes piped input otherwise), the administrator typing after the prompt and never closing it. */
function atTerminal(command: string, typed: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-q', '-E', 'never', '-c', command, '/dev/null'], { cwd: ROOT, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('Password (not shown') || output.includes('Password (input')) child.stdin.write(typed);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (code) => (clearTimeout(timer), resolve({ code, output })));
  });
}

describe('create-officer with the password typed at the terminal', () => {
  const dir = mkdtempSync(join(tmpdir(), 'central-prompt-'));
  const env = { SERVER_DATA_DIR: join(dir, 'central') };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finishes on Enter (not Ctrl+D), shows nothing typed, and a mistyped letter can be rubbed out', async () => {
    const tsx = join(ROOT, 'node_modules/.bin/tsx');
    const run = await atTerminal(`${tsx} server/cli.ts create-officer --name 'Tty Synthetic' --role officer`, 'tty synthetic wordz\u007fs\r', env);
    expect(run.output).toContain('Officer created');
    expect(run.code).toBe(0);
    expect(run.output).not.toContain('synthetic word');
    const db = await openDatabase({ SERVER_DATA_DIR: env.SERVER_DATA_DIR });
    const [row] = await db.query<{ password_hash: string }>("SELECT password_hash FROM officers WHERE username = 'tty.synthetic'");
    await db.close();
    expect(await verifyPassword(row!.password_hash, 'tty synthetic words')).toBe(true);
  }, 60_000);
});
