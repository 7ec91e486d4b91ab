import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import { createEngine, type Engine } from '../../../electron/core/engine';
import { arrivalInput, testContext } from '../../support/temp-engine';

let engine: Engine | undefined;
let dir: string | undefined;
afterEach(() => {
  engine?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('print.savePdf', () => {
  it('in browser mode explains how to save a PDF instead', async () => {
    dir = mkdtempSync(join(tmpdir(), 'print-'));
    engine = createEngine({ databaseFile: join(dir, 'db.sqlite'), appVersion: 't' });
    const ctx = testContext();
    const person = await dispatch(engine.handlers, 'arrivals.create', arrivalInput(), ctx);
    const result = await dispatch(engine.handlers, 'print.savePdf', { document: 'caseSummary', id: (person as { value: { id: string } }).value.id }, ctx);
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE', message: expect.stringContaining('Save as PDF') } });
  });

  it('in the desktop app asks the host to render the print route, named after the reference', async () => {
    dir = mkdtempSync(join(tmpdir(), 'print-'));
    const asked: [string, string][] = [];
    // The host is Electron's main process, which cannot run here; this records what the engine asks of it.
    engine = createEngine({
      databaseFile: join(dir, 'db.sqlite'),
      appVersion: 't',
      host: { savePdf: async (route, name) => (asked.push([route, name]), { saved: true, path: `/tmp/${name}` }) },
    });
    const ctx = testContext();
    const person = (await dispatch(engine.handlers, 'arrivals.create', arrivalInput(), ctx)) as { value: { id: string; reference: string } };
    const result = await dispatch(engine.handlers, 'print.savePdf', { document: 'caseSummary', id: person.value.id }, ctx);
    expect(result).toEqual({ ok: true, value: { saved: true, path: `/tmp/case-summary-${person.value.reference}.pdf` } });
    expect(asked).toEqual([[`/print/arrival/${person.value.id}`, `case-summary-${person.value.reference}.pdf`]]);
    const missing = await dispatch(engine.handlers, 'print.savePdf', { document: 'incidentReport', id: person.value.id }, ctx);
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
