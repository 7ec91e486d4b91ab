import type { CaseEventType, ReturnCaseState } from './returns/case-states';

/**
 * Who may do what: the one list the app's dispatch, its screens and the central API all
 * read, so a supervisor's action cannot be done by an officer through any of them.
 */
export const OFFICER_ROLES = ['officer', 'supervisor'] as const;
export type Role = (typeof OFFICER_ROLES)[number];

/** Operations that change how the device works or settle a disagreement. */
export const SUPERVISOR_METHODS: ReadonlySet<string> = new Set([
  'sync.resolveConflict',
  'sync.configure',
  'sync.enrol',
  'returns.setWeeklyCap',
  'returns.setPilotEnd',
  'session.setIdleLock',
  'retention.configure',
]);

/** Returns-case events that decide a person's case: an officer proposes, a supervisor confirms. */
export const SUPERVISOR_CASE_EVENTS: ReadonlySet<CaseEventType> = new Set<CaseEventType>([
  'MARK_INELIGIBLE',
  'DECIDE_INADMISSIBILITY',
  'CONFIRM_REMOVAL',
  'RELEASE_TO_ASYLUM',
]);

export function isSupervisorCaseEvent(event: string): boolean {
  return SUPERVISOR_CASE_EVENTS.has(event as CaseEventType);
}

/**
 * The supervisor's decision an event takes, or null. The rule is about the decision, not the
 * button: lifting the last barrier with `release` ends the case in the asylum route exactly as
 * "Release to the asylum route" does, so it is that decision and needs a supervisor too.
 */
export function supervisorDecisionOf(event: unknown): CaseEventType | null {
  const e = (event ?? {}) as { type?: unknown; release?: unknown };
  if (typeof e.type === 'string' && isSupervisorCaseEvent(e.type)) return e.type as CaseEventType;
  return e.type === 'LIFT_BARRIER' && e.release === true ? 'RELEASE_TO_ASYLUM' : null;
}

/** States only a supervisor's decision leads to (EXPIRED is the system's), with that decision. */
const DECIDED_STATES: Partial<Record<ReturnCaseState, CaseEventType>> = {
  INELIGIBLE: 'MARK_INELIGIBLE',
  REMOVED: 'CONFIRM_REMOVAL',
  RELEASED_TO_ASYLUM: 'RELEASE_TO_ASYLUM',
};

/**
 * The supervisor's decision a recorded history entry took, or null: by its event, or by where
 * it left the case, so an entry that ends the case in one of those states is that decision
 * whatever event it names (the centre reads history it did not compute).
 */
export function supervisorDecisionOfEntry(entry: unknown): CaseEventType | null {
  const e = (entry ?? {}) as { event?: unknown; to?: unknown };
  return supervisorDecisionOf(e.event) ?? (typeof e.to === 'string' ? (DECIDED_STATES[e.to as ReturnCaseState] ?? null) : null);
}

/** The role an operation needs, given its parsed input; 'officer' means any signed-in officer. */
export function roleRequiredFor(method: string, input: unknown): Role {
  if (SUPERVISOR_METHODS.has(method)) return 'supervisor';
  if (method === 'returns.applyEvent' && supervisorDecisionOf((input as { event?: unknown } | null)?.event)) return 'supervisor';
  return 'officer';
}

export function mayAct(role: Role, required: Role): boolean {
  return required === 'officer' || role === 'supervisor';
}
