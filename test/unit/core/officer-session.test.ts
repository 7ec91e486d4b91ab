import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Input, Method, Output } from '../../../shared/api';
import type { Result } from '../../../shared/domain/errors';
import { callEngine } from '../../../electron/core/session/call-engine';
import { cacheVerifier } from '../../../electron/core/session/verifiers';
import { WRONG_CREDENTIALS } from '../../../electron/core/session/sign-in';
import { createTempEngine, interceptionInput, type TempEngine } from '../../support/temp-engine';

/** Cheap argon2 parameters: these tests are about the rules, not the cost. */
const POLICY = { memoryCost: 1024, timeCost: 1, parallelism: 1 };
const OFFICER = { id: 'officer-1', name: 'Amara Officer', role: 'officer', username: 'amara.officer' } as const;
const SUPERVISOR = { id: 'supervisor-1', name: 'Sam Supervisor', role: 'supervisor', username: 'sam.supervisor' } as const;
const PASSWORD = 'correct horse battery staple';
const START = Date.parse('2026-03-02T09:00:00.000Z');

let t: TempEngine;
let now = START;
afterEach(() => t?.cleanup());

async function fresh(): Promise<TempEngine> {
  t = createTempEngine();
  now = START;
  t.engine.clock = () => new Date(now);
  const validUntil = new Date(START + 7 * 86_400_000).toISOString();
  for (const o of [OFFICER, SUPERVISOR]) await cacheVerifier(t.engine.db, o, PASSWORD, { ...POLICY, validUntil }, new Date(START));
  return t;
}

function send<M extends Method>(method: M, input?: Input<M>): Promise<Result<Output<M>>> {
  return callEngine(t.engine, method, input) as Promise<Result<Output<M>>>;
}
async function ok<M extends Method>(method: M, input?: Input<M>): Promise<Output<M>> {
  const result = await send(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value;
}
async function refusal(method: Method, input?: unknown): Promise<{ code: string; message: string }> {
  const result = await callEngine(t.engine, method, input);
  if (result.ok) throw new Error(`${method} was allowed`);
  return result.error;
}

describe('nobody signed in', () => {
  it('refuses everything but the open methods, with a readable message', async () => {
    await fresh();
    expect(await refusal('interceptions.list', {})).toEqual({ code: 'FORBIDDEN', message: 'Sign in to use the field recorder.' });
    expect(await refusal('interceptions.create', interceptionInput())).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusal('session.touch')).toMatchObject({ code: 'FORBIDDEN' });
    expect((await ok('app.info')).officer).toBeNull();
    expect(await ok('session.status')).toMatchObject({ state: 'signed_out', officer: null, idleLockMinutes: 5 });
    expect((t.engine.db.prepare('SELECT count(*) AS n FROM interceptions').get() as { n: number }).n).toBe(0);
  });
});

describe('offline sign-in with the cached verifier', () => {
  it('signs in, then the officer acts as themself', async () => {
    await fresh();
    const status = await ok('session.signIn', { username: ' Amara.Officer ', password: PASSWORD });
    expect(status).toMatchObject({ state: 'signed_in', via: 'offline', officer: OFFICER });
    expect((await ok('app.info')).officer).toEqual({ id: OFFICER.id, name: OFFICER.name, role: 'officer' });
    const saved = await ok('interceptions.create', interceptionInput());
    expect(saved.createdBy).toBe(OFFICER.name);
  });

  it('a wrong password and an unknown officer get clear, different answers; an expired verifier asks for an online sign-in', async () => {
    await fresh();
    expect(await refusal('session.signIn', { username: OFFICER.username, password: 'not it' })).toEqual({ code: 'FORBIDDEN', message: WRONG_CREDENTIALS });
    // A device not enrolled yet cannot have the password checked: it says to set the device up, not to "connect".
    expect((await refusal('session.signIn', { username: 'nobody.here', password: PASSWORD })).message).toMatch(/not enrolled with the central service yet.*Set up this device first/);
    now = START + 7 * 86_400_000 + 1;
    expect((await refusal('session.signIn', { username: OFFICER.username, password: PASSWORD })).message).toMatch(/expired.*Sign in once while connected/);
    expect((await ok('session.status')).state).toBe('signed_out');
  });

  it('makes the officer wait after five wrong passwords in a row', async () => {
    await fresh();
    for (let i = 0; i < 5; i++) expect((await refusal('session.signIn', { username: OFFICER.username, password: `wrong ${i}` })).message).toBe(WRONG_CREDENTIALS);
    await refusal('session.signIn', { username: OFFICER.username, password: 'wrong again' });
    expect((await refusal('session.signIn', { username: OFFICER.username, password: PASSWORD })).message).toMatch(/Too many wrong passwords.*Wait \d+ seconds/);
    // Another officer on the same laptop is not held up.
    expect((await ok('session.signIn', { username: SUPERVISOR.username, password: PASSWORD })).state).toBe('signed_in');
    now += 31_000;
    expect((await ok('session.signIn', { username: OFFICER.username, password: PASSWORD })).officer?.id).toBe(OFFICER.id);
  });

  it('never writes a password or a verifier to the logs', async () => {
    await fresh();
    const lines: string[] = [];
    const capture = (chunk: unknown) => (lines.push(String(chunk)), true);
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(capture);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(capture);
    try {
      await send('session.signIn', { username: OFFICER.username, password: 'wrong guess 123' });
      await send('session.signIn', { username: OFFICER.username, password: PASSWORD });
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
    const logged = lines.join('');
    expect(logged).not.toContain(PASSWORD);
    expect(logged).not.toContain('wrong guess 123');
    expect(logged).not.toContain('$argon2id$');
    expect(logged).not.toContain(OFFICER.username);
  });
});

describe('roles through dispatch', () => {
  it('refuses an officer the supervisor operations with FORBIDDEN and the reason; a supervisor who switches in may', async () => {
    await fresh();
    await ok('session.signIn', { username: OFFICER.username, password: PASSWORD });
    expect(await refusal('returns.setWeeklyCap', { cap: 40 })).toEqual({
      code: 'FORBIDDEN',
      message: 'Only a supervisor can change the weekly cap. Ask a supervisor to sign in.',
    });
    expect(await refusal('session.setIdleLock', { minutes: 10 })).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/^Only a supervisor can change the idle lock/) });
    expect(await refusal('sync.resolveConflict', { id: 1, keep: 'local' })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusal('sync.configure', { apiUrl: 'https://central.example.gov.uk' })).toMatchObject({ code: 'FORBIDDEN' });
    const decide = { id: '01927f6e-0000-7000-8000-000000000000', version: 1, event: { type: 'CONFIRM_REMOVAL' } };
    expect(await refusal('returns.applyEvent', decide)).toEqual({ code: 'FORBIDDEN', message: 'Only a supervisor can confirm the removal. Ask a supervisor to sign in.' });

    // Switch officer: the supervisor signs in over the officer's session.
    expect((await ok('session.signIn', { username: SUPERVISOR.username, password: PASSWORD })).officer?.role).toBe('supervisor');
    expect((await ok('returns.setWeeklyCap', { cap: 40 })).cap).toBe(40);
    expect((await ok('session.setIdleLock', { minutes: 10 })).idleLockMinutes).toBe(10);
    // Kept in the audit log: who changed the idle lock, and from what to what.
    const changed = t.engine.db.prepare("SELECT officer_name, changes FROM audit_log WHERE record_id = 'session.idleLockMinutes'").all();
    expect(changed).toEqual([{ officer_name: SUPERVISOR.name, changes: JSON.stringify({ idleLockMinutes: [5, 10] }) }]);
    // Past the role check, the returns machine has its own say (no such case here).
    expect((await refusal('returns.applyEvent', decide)).code).not.toBe('FORBIDDEN');
  });

  it('refuses an officer release to the asylum route however it is asked for: lifting a barrier with release is that decision', async () => {
    await fresh();
    await ok('session.signIn', { username: OFFICER.username, password: PASSWORD });
    const lift = (release: boolean) => ({ id: '01927f6e-0000-7000-8000-000000000000', version: 1, event: { type: 'LIFT_BARRIER', barrier: 'HUMAN_RIGHTS_CLAIM', release } });
    const released = 'Only a supervisor can release to the asylum route. Ask a supervisor to sign in.';
    expect(await refusal('returns.applyEvent', lift(true))).toEqual({ code: 'FORBIDDEN', message: released });
    // The same sentence as the direct action.
    expect(await refusal('returns.applyEvent', { ...lift(true), event: { type: 'RELEASE_TO_ASYLUM' } })).toEqual({ code: 'FORBIDDEN', message: released });
    // Lifting a barrier to resume the case stays an officer's step (past the role check, no such case here).
    expect((await refusal('returns.applyEvent', lift(false))).code).toBe('NOT_FOUND');
  });

  it('keeps the idle lock within 1–120 minutes', async () => {
    await fresh();
    await ok('session.signIn', { username: SUPERVISOR.username, password: PASSWORD });
    expect((await refusal('session.setIdleLock', { minutes: 0 })).code).toBe('VALIDATION');
    expect((await refusal('session.setIdleLock', { minutes: 121 })).code).toBe('VALIDATION');
  });
});

describe('the idle lock is enforced by the engine', () => {
  it('locks after the idle time even if a stale screen keeps polling, and shows nothing until the officer signs in again', async () => {
    await fresh();
    await ok('session.signIn', { username: SUPERVISOR.username, password: PASSWORD });
    await ok('session.setIdleLock', { minutes: 1 });
    now += 50_000;
    await ok('session.touch'); // activity: a minute from here
    now += 50_000;
    await ok('sync.status'); // a timer's poll is not activity
    await ok('session.status');
    now += 11_000;
    expect(await refusal('interceptions.list', {})).toEqual({ code: 'FORBIDDEN', message: 'The field recorder is locked. Sign in again to carry on.' });
    expect(await refusal('session.touch')).toMatchObject({ code: 'FORBIDDEN' });
    expect(await ok('session.status')).toMatchObject({ state: 'locked', officer: { id: SUPERVISOR.id }, locksAt: null });
    expect((await ok('app.info')).officer).toBeNull();

    expect(await refusal('session.unlock', { password: 'wrong' })).toEqual({ code: 'FORBIDDEN', message: WRONG_CREDENTIALS });
    expect((await ok('session.unlock', { password: PASSWORD })).state).toBe('signed_in');
    expect(await ok('interceptions.list', {})).toMatchObject({ items: [] });
  });

  it('locks on request; another officer may sign in from the lock (switch officer); signing out forgets the officer', async () => {
    await fresh();
    await ok('session.signIn', { username: SUPERVISOR.username, password: PASSWORD });
    expect((await ok('session.lock')).state).toBe('locked');
    expect((await refusal('arrivals.list', {})).code).toBe('FORBIDDEN');
    expect(await ok('session.signIn', { username: OFFICER.username, password: PASSWORD })).toMatchObject({ state: 'signed_in', officer: { id: OFFICER.id } });
    expect(await ok('session.signOut')).toMatchObject({ state: 'signed_out', officer: null });
    expect(await refusal('session.unlock', { password: PASSWORD })).toMatchObject({ code: 'CONFLICT' });
  });
});
