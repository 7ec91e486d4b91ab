/**
 * The contract between the UI and the engine: every operation the renderer can ask
 * for, with the zod schema of its input and of its output. The engine implements it
 * (electron/core/api.ts); IPC, HTTP (browser mode) and tests are only transports.
 */
import { z } from 'zod';
import { Interception, InterceptionInput, InterceptionListQuery, InterceptionSummary, InterceptionUpdate } from './domain/interception';
import { Arrival, ArrivalInput, ArrivalUpdate } from './domain/arrival';
import { ArrivalListQuery, ArrivalSummary } from './domain/arrival-query';
import { AuditEntry } from './domain/audit';
import { AuditChainStatus } from './domain/audit-chain-status';
import { DashboardQuery, DashboardSummary } from './domain/dashboard';
import { PrintRequest } from './domain/print';
import { ConflictSummary, RecordSyncState, RefusedRecord, ResolveConflict, SyncConfigure, SyncEnrol, SyncResultSchema, SyncStatus } from './domain/sync-status';
import { Uuid } from './domain/fields';
import { ApplyReturnsEventInput, OpenReturnsCaseInput, RecordEligibilityInput, ReturnsCaseView, ReturnsEventOutcome } from './domain/returns/returns-case-record';
import { PilotPeriod, SetPilotEndInput } from './domain/returns/pilot-period';
import { Balance, BalanceQuery, DueSoonList, SetWeeklyCapInput, WeeklyCapQuery, WeeklyCapView, WeeksAtCap } from './domain/returns/returns-queries';
import { AdvanceTransferInput, TransferInput, TransferListQuery, TransferSummary, TransferUpdate, TransferView } from './domain/transfers/transfer';
import { ArrivalIdInput, DecideMatchInput, MatchDecision, MatchFlags, PriorCrossingCandidate, PriorCrossings } from './domain/matching/prior-crossing';
import { SessionStatus, SetIdleLockInput, SignInInput, UnlockInput } from './domain/session';
import { OFFICER_ROLES } from './domain/roles';
import { PurgeSummary, RetentionConfigureInput, RetentionStatus } from './domain/retention';
import { SubjectAccessFile, SubjectAccessRequest } from './domain/subject-access';
import { DiscardFormDraftInput, FormDraft, FormDraftQuery, SaveFormDraftInput } from './domain/form-drafts';
import type { Result } from './domain/errors';

function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}

const Nothing = z.strictObject({}).optional().default({});

export const AppInfo = z.object({
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  deviceCode: z.string(),
  /** The signed-in officer; null while nobody is signed in or the session is locked. */
  officer: z.object({ id: z.string(), name: z.string(), role: z.enum(OFFICER_ROLES) }).nullable(),
  site: z.string(),
});


export const contract = {
  'app.info': method(Nothing, AppInfo),
  // Who is using the device: sign-in (online first, else the cached verifier), lock, switch officer, idle lock.
  'session.status': method(Nothing, SessionStatus),
  'session.signIn': method(SignInInput, SessionStatus),
  'session.signOut': method(Nothing, SessionStatus),
  'session.lock': method(Nothing, SessionStatus),
  'session.unlock': method(UnlockInput, SessionStatus),
  'session.touch': method(Nothing, SessionStatus),
  'session.setIdleLock': method(SetIdleLockInput, SessionStatus),
  'interceptions.create': method(InterceptionInput, Interception),
  'interceptions.update': method(InterceptionUpdate, Interception),
  'interceptions.get': method(z.strictObject({ id: Uuid }), Interception),
  'interceptions.list': method(
    InterceptionListQuery,
    z.object({ items: z.array(InterceptionSummary), next: z.string().nullable() }),
  ),
  'arrivals.create': method(ArrivalInput, Arrival),
  'arrivals.update': method(ArrivalUpdate, Arrival),
  'arrivals.get': method(z.strictObject({ id: Uuid }), Arrival),
  'arrivals.list': method(ArrivalListQuery, z.object({ items: z.array(ArrivalSummary), total: z.number().int().nullable(), totalIsExact: z.boolean() })),
  'arrivals.exportCsv': method(
    ArrivalListQuery.pick({ filter: true }),
    z.object({ filename: z.string(), csv: z.string(), rows: z.number().int() }),
  ),
  // What an officer has typed into a new record's form, kept as they type until it is saved or discarded.
  'drafts.get': method(FormDraftQuery, FormDraft.nullable()),
  'drafts.save': method(SaveFormDraftInput, z.object({ savedAt: z.string() })),
  'drafts.discard': method(DiscardFormDraftInput, z.object({ discarded: z.boolean() })),
  'dashboard.summary': method(DashboardQuery, DashboardSummary),
  'audit.forRecord': method(z.strictObject({ recordId: Uuid }), z.array(AuditEntry)),
  // Re-walks this device's audit chain (shared/audit-chain.ts) and says what the centre found.
  'audit.chainStatus': method(Nothing, AuditChainStatus),
  // The returns pilot: one case per person (by their arrival id), its deadlines, the weekly cap and the balance.
  'returns.get': method(OpenReturnsCaseInput, ReturnsCaseView),
  'returns.open': method(OpenReturnsCaseInput, ReturnsCaseView),
  'returns.recordEligibility': method(RecordEligibilityInput, ReturnsCaseView),
  'returns.applyEvent': method(ApplyReturnsEventInput, ReturnsEventOutcome),
  'returns.dueSoon': method(Nothing, DueSoonList),
  'returns.weeklyCap': method(WeeklyCapQuery, WeeklyCapView),
  'returns.setWeeklyCap': method(SetWeeklyCapInput, WeeklyCapView),
  'returns.weeksAtCap': method(Nothing, WeeksAtCap),
  'returns.pilotPeriod': method(Nothing, PilotPeriod),
  'returns.setPilotEnd': method(SetPilotEndInput, PilotPeriod),
  'returns.balance': method(BalanceQuery, Balance),
  // The safe route in: applications from France, moved state by state to arrival in the UK.
  'transfers.create': method(TransferInput, TransferView),
  'transfers.update': method(TransferUpdate, TransferView),
  'transfers.get': method(z.strictObject({ id: Uuid }), TransferView),
  'transfers.advance': method(AdvanceTransferInput, TransferView),
  'transfers.forArrival': method(z.strictObject({ arrivalId: Uuid }), TransferView.nullable()),
  'transfers.list': method(TransferListQuery, z.object({ items: z.array(TransferSummary), truncated: z.boolean() })),
  // The prior-crossing check: ranked candidates with reasons, an officer's audited decision, and the person's flags.
  'matching.priorCrossings': method(ArrivalIdInput, PriorCrossings),
  'matching.decide': method(DecideMatchInput, MatchDecision),
  'matching.flags': method(ArrivalIdInput, MatchFlags),
  // The candidates already decided on for a person, shown when their screen opens (no new search).
  'matching.decisions': method(ArrivalIdInput, z.array(PriorCrossingCandidate)),
  'print.savePdf': method(PrintRequest, z.object({ saved: z.boolean(), path: z.string().nullable() })),
  'sync.status': method(Nothing, SyncStatus),
  'sync.run': method(Nothing, SyncResultSchema),
  'sync.configure': method(SyncConfigure, SyncStatus),
  'sync.enrol': method(SyncEnrol, z.object({ enrolledAt: z.string() })),
  'sync.conflicts': method(Nothing, z.array(ConflictSummary)),
  'sync.resolveConflict': method(ResolveConflict, z.object({ recordId: z.string() })),
  'sync.refused': method(Nothing, z.array(RefusedRecord)),
  'sync.recordStates': method(z.strictObject({ recordIds: z.array(Uuid).max(500) }), z.array(RecordSyncState)),
  // Retention on this device: how long records stay once safe at the centre, and the purge (device only).
  'retention.status': method(Nothing, RetentionStatus),
  'retention.configure': method(RetentionConfigureInput, RetentionStatus),
  'retention.purge': method(Nothing, z.object({ purge: PurgeSummary.nullable(), status: RetentionStatus })),
  // Subject access: everything this device holds about one person, as JSON (and printable, see print).
  'people.subjectAccessExport': method(SubjectAccessRequest, SubjectAccessFile),
  'people.saveSubjectAccessExport': method(SubjectAccessRequest, z.object({ saved: z.boolean(), path: z.string().nullable() })),
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = z.output<Contract[M]['output']>;

export const METHODS = Object.keys(contract) as Method[];

/** The one IPC channel of the desktop app (preload → main). */
export const IPC_API_CHANNEL = 'field-recorder:api';

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** `interceptions.create` → `{ interceptions: { create } }`: the shape of `window.api`. */
type GroupOf<M extends string> = M extends `${infer G}.${string}` ? G : never;
type OpOf<M extends string, G extends string> = M extends `${G}.${infer O}` ? O : never;
type BridgeFn<M extends Method> = (input?: Input<M>) => Promise<Result<Output<M>>>;
export type Bridge = {
  [G in GroupOf<Method>]: { [M in Extract<Method, `${G}.${string}`> as OpOf<M, G>]: BridgeFn<M> };
};
