import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import { callError, callOk } from '../../support/returns-case';
import { createTempEngineAt, testContext, type TempEngine } from '../../support/temp-engine';

let t: TempEngine;
afterEach(() => t?.cleanup());


describe("the pilot's end (11 June 2026 unless renewed): a supervisor's setting, a warning only", () => {
  it('is the stated end until a supervisor records another, and ends after the last UK day', async () => {
    t = createTempEngineAt('2026-06-11T22:59:00.000Z'); // 23:59 BST on 11 June
    expect(await callOk(t, 'returns.pilotPeriod', {})).toEqual({ runsUntil: '2026-06-11', recorded: false, ended: false });
    t.ctx = testContext({ now: () => new Date('2026-06-11T23:00:00.000Z') }); // 00:00 BST on 12 June
    expect(await callOk(t, 'returns.pilotPeriod', {})).toEqual({ runsUntil: '2026-06-11', recorded: false, ended: true });
  });

  it('records a renewal with who and when in the audit log, refuses impossible days, and is refused to an officer', async () => {
    t = createTempEngineAt('2026-11-29T10:00:00.000Z');
    expect((await callError(t, 'returns.setPilotEnd', { runsUntil: '2025-07-31' })).issues).toEqual([
      { path: 'runsUntil', message: 'The pilot came into force in August 2025: enter a later day' },
    ]);
    expect((await callError(t, 'returns.setPilotEnd', { runsUntil: '2027-02-30' })).issues).toEqual([
      { path: 'runsUntil', message: 'The last day of the pilot must be a real date written YYYY-MM-DD' },
    ]);
    const officer = testContext({ officer: { ...t.ctx.officer, role: 'officer' }, now: t.ctx.now });
    const refused = await dispatch(t.engine.handlers, 'returns.setPilotEnd', { runsUntil: '2027-06-11' }, officer);
    expect(refused).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: "Only a supervisor can record the pilot's end date. Ask a supervisor to sign in." } });
    expect((await callOk(t, 'returns.pilotPeriod', {})).recorded).toBe(false);

    expect(await callOk(t, 'returns.setPilotEnd', { runsUntil: '2027-06-11' })).toEqual({ runsUntil: '2027-06-11', recorded: true, ended: false });
    const audit = t.engine.db.prepare("SELECT officer_name, changes FROM audit_log WHERE record_type = 'setting'").all();
    expect(audit).toEqual([{ officer_name: 'Test Supervisor', changes: JSON.stringify({ pilotRunsUntil: ['2026-06-11', '2027-06-11'] }) }]);
  });
});
