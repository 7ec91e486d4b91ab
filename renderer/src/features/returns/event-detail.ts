import { BARRIER_LABELS, ELIGIBILITY_RESULT_LABELS, type CaseHistoryEntry } from '../../../../shared/domain/returns/case-states';
import { formatUkDateTime } from '../../../../shared/domain/time';

/** What an event carried beyond its name (which barrier, which removal time, which result), for the history on screen and on paper. */
export function eventDetail(event: CaseHistoryEntry['event']): string | null {
  switch (event.type) {
    case 'RAISE_BARRIER':
      return BARRIER_LABELS[event.barrier];
    case 'LIFT_BARRIER':
      return event.release ? `${BARRIER_LABELS[event.barrier]}, released to the asylum route` : BARRIER_LABELS[event.barrier];
    case 'SCHEDULE_REMOVAL':
      return `for ${formatUkDateTime(event.removalAt)}`;
    case 'CHECK_ELIGIBILITY':
      // Recorded later than it was made: the entry's own time is when it was recorded.
      return event.occurredAt ? `${ELIGIBILITY_RESULT_LABELS[event.result]}, assessed ${formatUkDateTime(event.occurredAt)}` : ELIGIBILITY_RESULT_LABELS[event.result];
    case 'DETAIN':
    case 'REFER_TO_FRANCE':
    case 'RECORD_FRANCE_ACCEPTANCE':
    case 'DECIDE_INADMISSIBILITY':
    case 'CONFIRM_REMOVAL':
      // Recorded later than it happened: the entry's own time is when it was recorded.
      return event.occurredAt ? `happened ${formatUkDateTime(event.occurredAt)}` : null;
    default:
      return null;
  }
}
