import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../../electron/core/dispatch';
import { createEngine, type Engine } from '../../electron/core/engine';
import type { Method, Output } from '../../shared/api';
import type { RequestContext } from '../../electron/core/records/context';
import { TEST_SUPERVISOR } from './officers';

export interface TempEngine {
  engine: Engine;
  dir: string;
  file: string;
  key: Buffer;
  ctx: RequestContext;
  reopen(): void;
  cleanup(): void;
}

/** A real engine on a real SQLite file in a fresh temp folder. */
export function createTempEngine(): TempEngine {
  const dir = mkdtempSync(join(tmpdir(), 'field-recorder-test-'));
  const file = join(dir, 'field-recorder.sqlite');
  const key = randomBytes(32);
  const temp: TempEngine = {
    engine: createEngine({ databaseFile: file, appVersion: '0.0.0-test', key }),
    key,
    dir,
    file,
    ctx: testContext(),
    reopen() {
      temp.engine.close();
      temp.engine = createEngine({ databaseFile: file, appVersion: '0.0.0-test', key });
    },
    cleanup() {
      temp.engine.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return temp;
}

/** A temp engine whose clock stands at `clock.now` until a test moves it on (`t.clock.now = …`). */
/** Calls the real app engine as the UI would, throwing the typed error as an Error. */
export async function appCall<M extends Method>(t: TempEngine, method: M, input?: unknown): Promise<Output<M>> {
  const result = await dispatch(t.engine.handlers, method, input, t.ctx);
  if (!result.ok) throw Object.assign(new Error(`${method}: ${result.error.message}`), { body: result.error });
  return result.value as Output<M>;
}

/** The SQL texts the engine prepares while `run` runs (stmt() prepares each text once per connection). */
export async function queriesPreparedWhile(t: TempEngine, run: () => Promise<unknown>): Promise<string[]> {
  const db = t.engine.db;
  const prepare = db.prepare.bind(db);
  const seen: string[] = [];
  db.prepare = ((sql: string) => (seen.push(sql), prepare(sql))) as typeof db.prepare;
  try {
    await run();
  } finally {
    db.prepare = prepare;
  }
  return seen;
}

export interface ClockedTempEngine extends TempEngine {
  clock: { now: Date };
}

export function createTempEngineAt(time: string): ClockedTempEngine {
  const clock = { now: new Date(time) };
  const temp = Object.assign(createTempEngine(), { clock });
  temp.ctx = testContext({ now: () => clock.now });
  return temp;
}

/** Acts as a signed-in supervisor (every operation allowed); role tests build their own context. */
export function testContext(overrides: Partial<RequestContext> = {}): RequestContext {
  return { officer: { id: TEST_SUPERVISOR.id, name: TEST_SUPERVISOR.name, role: TEST_SUPERVISOR.role }, site: 'WJF', now: () => new Date(), ...overrides };
}

/** A valid interception input; override what a test is about. */
export function interceptionInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    site: 'WJF',
    detectedAt: '2025-08-06T02:10:00.000Z',
    interceptedAt: '2025-08-06T03:05:00.000Z',
    latitude: 51.0912,
    longitude: 1.4523,
    zone: 'UK_TERRITORIAL',
    outcome: 'LANDED_UK_PORT',
    peopleAboard: 58,
    notes: 'Grey inflatable, one outboard engine.',
    ...overrides,
  };
}

/** A valid finalised arrival; override what a test is about. */
export function arrivalInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    route: 'OTHER',
    site: 'MAN',
    arrivedAt: '2025-08-06T04:30:00.000Z',
    familyName: 'Tesfamariam',
    givenNames: 'Selam',
    dateOfBirth: '1996-03-14',
    sex: 'F',
    nationality: 'ERI',
    ageStatus: 'ADULT',
    ...overrides,
  };
}
