import { CASE_EVENT_LABELS, type CaseEventType } from './returns/case-states';
import { mayAct, roleRequiredFor, supervisorDecisionOf, type Role } from './roles';

/** What each supervisor-only operation does, in the words of the refusal an officer reads. */
const WHAT: Record<string, string> = {
  'sync.resolveConflict': 'resolve a sync conflict',
  'sync.configure': 'change the central API address',
  'sync.enrol': 'enrol this device',
  'returns.setWeeklyCap': 'change the weekly cap',
  'returns.setPilotEnd': "record the pilot's end date",
  'session.setIdleLock': 'change the idle lock',
  'retention.configure': 'change how long records are kept',
};

/** A supervisor's returns decision as the end of "Only a supervisor can …", e.g. "release to the asylum route". */
export function decisionWords(decision: CaseEventType): string {
  const label = CASE_EVENT_LABELS[decision];
  return `${label.charAt(0).toLowerCase()}${label.slice(1)}`;
}

/**
 * The sentence for an officer refused a supervisor's operation, shared by the engine's
 * refusal and the screens that disable the action, so both say the same thing.
 */
export function supervisorOnlyMessage(method: string, input?: unknown): string {
  if (method === 'returns.applyEvent') {
    // Named by the decision, so lifting a barrier with release reads as the release it is.
    const decision = supervisorDecisionOf((input as { event?: unknown } | null | undefined)?.event);
    return `Only a supervisor can ${decision ? decisionWords(decision) : 'decide this returns case'}. Ask a supervisor to sign in.`;
  }
  return `Only a supervisor can ${WHAT[method] ?? 'do this'}. Ask a supervisor to sign in.`;
}

/** Null when `role` may do it; else why not (nobody signed in may do nothing). */
export function refusalFor(role: Role | null | undefined, method: string, input?: unknown): string | null {
  if (role && mayAct(role, roleRequiredFor(method, input))) return null;
  return supervisorOnlyMessage(method, input);
}
