import { chromium } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { createEngine } from '../../electron/core/engine';
import { dispatch } from '../../electron/core/dispatch';
import { startWebServer } from '../../electron/web/server';
import { arrivalInput, interceptionInput, testContext } from '../support/temp-engine';
import { percentile, progress } from './stats';
import { signInDirectly } from '../support/session';

const ROOT = resolve(import.meta.dirname, '../..');

/** Time from opening a print view to a finished PDF, in Debian's Chromium, for a case summary and a 200-person incident. */
export async function run() {
  if (!existsSync(join(ROOT, 'dist/renderer/index.html'))) execFileSync('npm', ['run', 'build:renderer'], { cwd: ROOT, stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'bench-print-'));
  const engine = createEngine({ databaseFile: join(dir, 'bench.sqlite'), appVersion: 'bench' });
  const ctx = testContext();
  const create = async (method: 'interceptions.create' | 'arrivals.create', input: unknown) => {
    const result = await dispatch(engine.handlers, method, input, ctx);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as { id: string };
  };
  const boat = await create('interceptions.create', interceptionInput({ peopleAboard: 200 }));
  for (let i = 0; i < 200; i++) await create('arrivals.create', arrivalInput({ route: 'SMALL_BOAT', interceptionId: boat.id, familyName: `Synthetic${i}` }));
  const person = await create('arrivals.create', arrivalInput({ documents: [{ type: 'PASSPORT', number: 'P1234567' }] }));
  signInDirectly(engine);
  const server = await startWebServer({ engine, rendererDir: join(ROOT, 'dist/renderer') });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    const timePdf = async (route: string) => {
      const start = performance.now();
      await page.goto(`${server.url}#/print/${route}`);
      await page.locator('html[data-print-ready="true"]').waitFor();
      await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const ms = performance.now() - start;
      await page.goto('about:blank');
      return ms;
    };
    await timePdf(`arrival/${person.id}`); // warm-up: first launch compiles the bundle
    const cases: number[] = [];
    const incidents: number[] = [];
    for (let i = 0; i < 5; i++) {
      cases.push(await timePdf(`arrival/${person.id}`));
      incidents.push(await timePdf(`interception/${boat.id}`));
      progress(`round ${i + 1}: case ${cases[i]!.toFixed(0)} ms, incident ${incidents[i]!.toFixed(0)} ms`);
    }
    return { bench: 'print', case_pdf_ms: Math.round(percentile(cases, 50)), incident200_pdf_ms: Math.round(percentile(incidents, 50)), rounds: 5 };
  } finally {
    await browser.close();
    await server.close();
    engine.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
