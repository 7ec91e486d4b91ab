import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseSeedArgs } from '../../../scripts/seed-args';

const root = resolve(import.meta.dirname, '../../..');
const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function runSeed(args: string[], dataDir?: string) {
  const env = { ...process.env, FIELD_RECORDER_DATA_DIR: dataDir ?? join(tmpdir(), 'seed-script-unused') };
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/seed.ts', ...args], { cwd: root, env, encoding: 'utf8' });
}

describe('seed arguments', () => {
  it('reads the options and their defaults', () => {
    expect(parseSeedArgs([])).toEqual({ kind: 'run', people: 1000, seed: 2025, officersOnly: false });
    expect(parseSeedArgs(['--people', '5', '--seed', '7', '--officers-only'])).toEqual({ kind: 'run', people: 5, seed: 7, officersOnly: true });
  });

  it('asks for help, and refuses unknown options and bad numbers without throwing', () => {
    expect(parseSeedArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseSeedArgs(['-h'])).toEqual({ kind: 'help' });
    expect(parseSeedArgs(['--bogus'])).toMatchObject({ kind: 'error', message: expect.stringContaining('--bogus') });
    expect(parseSeedArgs(['--people', '0'])).toMatchObject({ kind: 'error', message: expect.stringContaining('--people') });
    expect(parseSeedArgs(['--seed', 'x'])).toMatchObject({ kind: 'error', message: expect.stringContaining('--seed') });
  });
});

describe('npm run seed', () => {
  it('--help prints the usage and exits 0', () => {
    const run = runSeed(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run seed/);
    expect(run.stderr).not.toMatch(/at .*parse_args/);
  });

  it('an unknown option prints one line and the usage, and exits 2', () => {
    const run = runSeed(['--bogus']);
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe("seed: Unknown option '--bogus'");
    expect(run.stderr).toContain('Usage: npm run seed');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('creates a data folder that does not exist yet', () => {
    const parent = mkdtempSync(join(tmpdir(), 'seed-script-'));
    made.push(parent);
    const dataDir = join(parent, 'not', 'yet', 'there');
    const run = runSeed(['--officers-only'], dataDir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('demo.officer');
    expect(existsSync(join(dataDir, 'field-recorder.sqlite'))).toBe(true);
  });
});
