import { describe, expect, it } from 'vitest';
import { ArrivalInput } from '../../../shared/domain/arrival';
import { DecideMatchInput } from '../../../shared/domain/matching/prior-crossing';

const arrival = (fields: Record<string, unknown>) => ArrivalInput.parse({ status: 'DRAFT', ...fields });

describe('pasted text loses the characters nobody can see, and keeps everything else', () => {
  it('a NUL, a bell and a right-to-left override pasted into names and notes are dropped', () => {
    const saved = arrival({ familyName: '\u202EJUNKTEST\u0000', givenNames: 'Yo\u0007nas\u00AD', notes: 'Found at sea\u0000.', languages: ['Tig\u200Brinya'] });
    expect(saved.familyName).toBe('JUNKTEST');
    expect(saved.givenNames).toBe('Yonas');
    expect(saved.notes).toBe('Found at sea.');
    expect(saved.languages).toEqual(['Tigrinya']);
  });

  it('lines in notes, accents, other scripts and the Persian zero-width non-joiner are kept', () => {
    const saved = arrival({ familyName: 'Trần', givenNames: 'محمد\u200Cرضا', notes: 'Line one\nLine two\tindented', aliases: [{ familyName: 'Ḥaddād', givenNames: 'ዮናስ' }] });
    expect(saved.familyName).toBe('Trần');
    expect(saved.givenNames).toBe('محمد\u200Cرضا');
    expect(saved.notes).toBe('Line one\nLine two\tindented');
    expect(saved.aliases).toEqual([{ familyName: 'Ḥaddād', givenNames: 'ዮናስ' }]);
  });

  it('a note made only of invisible characters is an empty note, and says so', () => {
    const result = DecideMatchInput.safeParse({ subjectId: '0190a5f0-0000-7000-8000-000000000001', candidateId: '0190a5f0-0000-7000-8000-000000000002', decision: 'DISMISSED', note: '\u0000\u202E ' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Say why: what you checked, and what the person said');
  });
});
