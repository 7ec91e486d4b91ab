import type { CaseEventType } from './returns/case-states';

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

/** The role an operation needs, given its parsed input; 'officer' means any signed-in officer. */
export function roleRequiredFor(method: string, input: unknown): Role {
  if (SUPERVISOR_METHODS.has(method)) return 'supervisor';
  if (method === 'returns.applyEvent') {
    const type = (input as { event?: { type?: unknown } } | null)?.event?.type;
    if (typeof type === 'string' && isSupervisorCaseEvent(type)) return 'supervisor';
  }
  return 'officer';
}

export function mayAct(role: Role, required: Role): boolean {
  return required === 'officer' || role === 'supervisor';
}
