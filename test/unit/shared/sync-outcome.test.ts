import { describe, expect, it } from 'vitest';
import { syncOutcomeText } from '../../../shared/domain/sync-status';

const none = { sent: 0, duplicates: 0, received: 0, conflicts: 0, rejected: 0, safeAtCentre: 0 };

describe('the sync outcome line', () => {
  it('says a sync with nothing to do is up to date, with what the centre was proven to hold', () => {
    expect(syncOutcomeText(none)).toBe('Up to date: nothing to send or receive');
    expect(syncOutcomeText({ ...none, safeAtCentre: 1234 })).toBe('Up to date: nothing to send or receive, 1,234 records proven held at the centre');
    expect(syncOutcomeText({ ...none, safeAtCentre: 1 })).toBe('Up to date: nothing to send or receive, 1 record proven held at the centre');
  });

  it('counts what was sent, received, in conflict and refused otherwise', () => {
    expect(syncOutcomeText({ ...none, sent: 3 })).toBe('Sent 3, received 0, conflicts 0');
    expect(syncOutcomeText({ ...none, rejected: 1 })).toBe('Sent 0, received 0, conflicts 0, refused 1');
    // Thousands read as the pending count and the receipt beside them do.
    expect(syncOutcomeText({ ...none, sent: 20000, received: 3005 })).toBe('Sent 20,000, received 3,005, conflicts 0');
  });

  it('counts changes the centre already had from an attempt whose answer was lost as sent, and says so', () => {
    expect(syncOutcomeText({ ...none, sent: 2, duplicates: 30 })).toBe('Sent 32 (30 of them already there from an earlier try), received 0, conflicts 0');
  });
});
