import { describe, expect, it } from 'vitest';
import { auditValue } from '../../../shared/domain/field-labels';

describe('auditValue: a recorded value as an officer reads it in a history', () => {
  it('shows nothing as a dash, and yes/no for a tick box', () => {
    expect([null, undefined, '', []].map((v) => auditValue(v))).toEqual(['—', '—', '—', '—']);
    expect([true, false].map((v) => auditValue(v))).toEqual(['Yes', 'No']);
    expect(auditValue(42)).toBe('42');
  });

  it('shows dates and times as every screen does, in UK time', () => {
    expect(auditValue('2025-08-06T03:12:00.000Z')).toBe('6 Aug 2025, 04:12');
    expect(auditValue('1994-03-14')).toBe('14 Mar 1994');
    expect(auditValue('Kassala')).toBe('Kassala');
  });

  it('shows documents and aliases as words, one item after another, not JSON', () => {
    const documents = [
      { type: 'PASSPORT', number: 'P12345678', issuingState: 'SDN', expiryDate: '2030-01-31' },
      { type: 'OTHER', number: 'N87654321', issuingState: null, expiryDate: null },
    ];
    expect(auditValue(documents, 'documents')).toBe('Passport P12345678, issued by Sudan (SDN), expires 31 Jan 2030; Other document N87654321');
    expect(auditValue([{ familyName: 'Ahmed', givenNames: 'Mohamed' }])).toBe('Ahmed Mohamed');
  });

  it('shows a group field by field with the names officers use, leaving out what is empty', () => {
    const vulnerability = { medical: ['HYPOTHERMIA'], medicalNotes: '', disability: false, traffickingIndicators: true, nrmReferredAt: '2025-08-07' };
    expect(auditValue(vulnerability, 'vulnerability')).toBe('Medical triage: Hypothermia, Disability: No, Trafficking indicators: Yes, NRM referral: 7 Aug 2025');
  });

  it('shows codes by the labels officers chose them by, the same code by its own list', () => {
    expect(auditValue('SMALL_BOAT', 'route')).toBe('Small boat');
    expect(auditValue('OTHER', 'vessel.type')).toBe('Other');
    expect(auditValue({ type: 'OTHER', seized: true }, 'vessel')).toBe('Type: Other, Seized: Yes');
    expect(auditValue('ZZZ', 'route')).toBe('ZZZ');
    expect(auditValue('ERI', 'nationality')).toBe('Eritrea (ERI)');
    expect(auditValue('ERI', 'documents.issuingState')).toBe('Eritrea (ERI)');
  });
});
