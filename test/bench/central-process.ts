import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Starts `server/main.ts` on a free 127.0.0.1 port against DATABASE_URL; resolves with its URL.
 * BENCH_CPU_PROF=<dir> profiles the centre too (node refuses --cpu-prof in NODE_OPTIONS).
 */
export function startCentralProcess(databaseUrl: string): Promise<{ url: string; pid: number; stop(): Promise<void> }> {
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  return new Promise((resolveUrl, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`central API did not start: ${output}`)), 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveUrl({ url: `${match[1]}/`, pid: child.pid!, stop });
      }
    });
    child.once('exit', (code) => reject(new Error(`central API exited (${code}): ${output}`)));
  });
}
