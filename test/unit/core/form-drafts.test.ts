import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import type { Result } from '../../../shared/domain/errors';
import { correctionDraftKey, type FormDraft } from '../../../shared/domain/form-drafts';
import { TEST_OFFICER } from '../../support/officers';
import { createTempEngine, testContext, type TempEngine } from '../../support/temp-engine';

let t: TempEngine;
beforeEach(() => (t = createTempEngine()));
afterEach(() => t.cleanup());

const DAY = 86_400_000;
const typed = { site: 'WJF', peopleAboard: '41', notes: 'Grey dinghy, one engine' };
const asSupervisor = (at = new Date()) => testContext({ now: () => at });
const asOfficer = () => testContext({ officer: { id: TEST_OFFICER.id, name: TEST_OFFICER.name, role: TEST_OFFICER.role } });
const call = (method: 'drafts.get' | 'drafts.save' | 'drafts.discard', input: unknown, ctx = asSupervisor()) =>
  dispatch(t.engine.handlers, method, input, ctx) as Promise<Result<FormDraft | null>>;

describe('what an officer typed and has not saved', () => {
  it('is kept across a restart of the app, for the officer who typed it only, until discarded', async () => {
    expect((await call('drafts.save', { key: 'interception:new', values: typed })).ok).toBe(true);
    t.reopen();
    const kept = await call('drafts.get', { key: 'interception:new' });
    expect(kept.ok && kept.value?.values).toEqual(typed);
    // Another officer on the same laptop does not get it.
    const other = await call('drafts.get', { key: 'interception:new' }, asOfficer());
    expect(other.ok && other.value).toBeNull();
    await call('drafts.discard', { key: 'interception:new' });
    const gone = await call('drafts.get', { key: 'interception:new' });
    expect(gone.ok && gone.value).toBeNull();
  });

  it('is not brought back after a week, and is removed then', async () => {
    await call('drafts.save', { key: 'arrival:new', values: typed }, asSupervisor(new Date(Date.now() - 8 * DAY)));
    const old = await call('drafts.get', { key: 'arrival:new' });
    expect(old.ok && old.value).toBeNull();
    await call('drafts.save', { key: 'transfer:new', values: typed });
    expect((t.engine.db.prepare('SELECT form_key FROM form_drafts').all() as { form_key: string }[]).map((r) => r.form_key)).toEqual(['transfer:new']);
  });

  it('keeps a half-typed correction for its version; once the record has changed, offers it (with the form as opened) to the newer version', async () => {
    const id = '01a22836-b408-7503-becd-e13daaab2240';
    const key = correctionDraftKey('arrival', { id, version: 3 });
    const asOpened = { ...typed, notes: '' };
    expect((await call('drafts.save', { key, values: typed, base: asOpened })).ok).toBe(true);
    const kept = await call('drafts.get', { key });
    expect(kept.ok && kept.value).toMatchObject({ key, values: typed, base: asOpened });
    // Someone else's correction made version 4: the draft typed over version 3 comes back under its own key, to be laid over version 4 field by field.
    const newer = await call('drafts.get', { key: correctionDraftKey('arrival', { id, version: 4 }) });
    expect(newer.ok && newer.value).toMatchObject({ key, values: typed, base: asOpened });
    // Not to an older version, nor to another record.
    const older = await call('drafts.get', { key: correctionDraftKey('arrival', { id, version: 2 }) });
    expect(older.ok && older.value).toBeNull();
    const other = await call('drafts.get', { key: correctionDraftKey('arrival', { id: '01a22836-b408-7503-becd-e13daaab2241', version: 4 }) });
    expect(other.ok && other.value).toBeNull();
    // Once the correction of version 4 is saved (or thrown away), the draft over version 3 goes with it.
    await call('drafts.save', { key: correctionDraftKey('arrival', { id, version: 4 }), values: { ...typed, notes: 'Typed over 4' } });
    await call('drafts.discard', { key: correctionDraftKey('arrival', { id, version: 4 }), withEarlierVersions: true });
    const after = await call('drafts.get', { key: correctionDraftKey('arrival', { id, version: 5 }) });
    expect(after.ok && after.value).toBeNull();
  });

  it('refuses a form it keeps no drafts of, and more text than a form holds, changing nothing', async () => {
    const wrongForm = await call('drafts.save', { key: 'returns:new', values: typed });
    expect(!wrongForm.ok && wrongForm.error.code).toBe('VALIDATION');
    const huge = await call('drafts.save', { key: 'arrival:new', values: { notes: 'x'.repeat(300_000) } });
    expect(!huge.ok && huge.error.message).toContain('too long to keep');
    expect(t.engine.db.prepare('SELECT count(*) AS n FROM form_drafts').get()).toEqual({ n: 0 });
  });
});
