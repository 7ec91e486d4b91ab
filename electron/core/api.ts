/**
 * The handler table: one function per method of shared/api.ts. Inputs arrive already
 * parsed by the contract's schema (see dispatch.ts); context comes from the host process.
 */
import type { Method, Output, ParsedInput } from '../../shared/api';
import type { Engine } from './engine';
import type { OpenMethod } from '../../shared/domain/session';
import type { CallContext, RequestContext } from './records/context';
import { createInterception, getInterception, listInterceptions, updateInterception } from './records/interceptions';
import { createArrival, getArrival, updateArrival } from './records/arrivals';
import { listArrivals } from './records/arrival-list';
import { auditTrail } from './records/audit';
import { checkAuditChain } from './records/audit-chain-check';
import { exportArrivalsCsv } from './records/arrival-export';
import { dashboardSummary } from './records/dashboard';
import { savePdf } from './records/print';
import { decideMatch } from './matching/match-decisions';
import { matchFlags } from './matching/match-flags';
import { decidedCandidates, priorCrossings } from './matching/prior-crossings';
import { applyReturnsEvent } from './returns/apply-event';
import { advanceTransfer } from './returns/advance-transfer';
import { returnsBalance } from './returns/balance';
import { dueSoonList } from './returns/due-soon';
import { getReturnsCase, openReturnsCase } from './returns/open-case';
import { recordEligibility } from './returns/record-eligibility';
import { createTransfer, getTransfer, listTransfers, transferForArrival, updateTransfer } from './returns/transfers';
import { setWeeklyCap, weeklyCapView } from './returns/weekly-cap-setting';
import { pilotPeriodView, setPilotEnd } from './returns/pilot-period-setting';
import { weeksAtCap } from './returns/weeks-at-cap';
import { openConflicts, resolveConflict } from './sync/conflicts';
import { refusedRecords } from './sync/refused-records';
import { recordSyncStates } from './sync/record-states';
import { configureSync, enrolDevice, syncStatus } from './sync/sync-handlers';
import { SCHEMA_VERSION } from './db/migrations';
import { saveSubjectAccessExport } from './records/print';
import { subjectAccessExport } from './records/subject-access';
import { sessionHandlers } from './session/session-handlers';
import { discardFormDraft, getFormDraft, saveFormDraft } from './drafts/form-drafts';

/** Open methods may run with nobody signed in (CallContext); every other one has an officer. */
export type Handler<M extends Method> = (
  input: ParsedInput<M>,
  ctx: M extends OpenMethod ? CallContext : RequestContext,
) => Output<M> | Promise<Output<M>>;
export type HandlerTable = { [M in Method]: Handler<M> };

export function createHandlers(engine: Engine): HandlerTable {
  const { db, device } = engine;
  /** After any write: let the idle checkpointer know, so the WAL is folded in when things are quiet. */
  const written = <T>(record: T): T => {
    engine.checkpointer.noteWrite();
    engine.sync.noteWrite();
    return record;
  };
  return {
    'app.info': (_input, ctx) => ({
      appVersion: engine.appVersion,
      schemaVersion: SCHEMA_VERSION,
      deviceCode: device.code,
      officer: ctx.officer,
      site: ctx.site,
    }),
    ...sessionHandlers(db, engine.device.id, engine.session, (message) => engine.sync.deviceRefused(message)),
    'interceptions.create': (input, ctx) => written(createInterception(db, device, ctx, input)),
    'interceptions.update': (input, ctx) => written(updateInterception(db, device, ctx, input)),
    'interceptions.get': (input) => getInterception(db, input.id),
    'interceptions.list': (input) => listInterceptions(db, input),
    'arrivals.create': (input, ctx) => written(createArrival(db, device, ctx, input)),
    'arrivals.update': (input, ctx) => written(updateArrival(db, device, ctx, input)),
    'arrivals.get': (input) => getArrival(db, input.id),
    'arrivals.list': (input) => listArrivals(db, input),
    'arrivals.exportCsv': (input) => exportArrivalsCsv(db, input),
    'drafts.get': (input, ctx) => getFormDraft(db, ctx.officer.id, input.key, ctx.now()),
    // Not a record: the checkpointer hears of the write, sync does not.
    'drafts.save': (input, ctx) => (engine.checkpointer.noteWrite(), saveFormDraft(db, ctx.officer.id, input.key, input, ctx.now())),
    'drafts.discard': (input, ctx) => discardFormDraft(db, ctx.officer.id, input.key, input.withEarlierVersions ?? false),
    'dashboard.summary': (input) => dashboardSummary(db, input.from, input.to),
    'audit.forRecord': (input) => auditTrail(db, input.recordId),
    'audit.chainStatus': (_input, ctx) => checkAuditChain(db, device, ctx.now),
    // Reading a case or the due-soon list may expire an overdue case: only then is it a write.
    'returns.get': (input, ctx) => getReturnsCase(db, device, ctx, input.arrivalId, () => written(null)),
    'returns.open': (input, ctx) => written(openReturnsCase(db, device, ctx, input.arrivalId)),
    'returns.recordEligibility': (input, ctx) => written(recordEligibility(db, device, ctx, input)),
    'returns.applyEvent': (input, ctx) => written(applyReturnsEvent(db, device, ctx, input)),
    'returns.dueSoon': (_input, ctx) => dueSoonList(db, device, ctx, ctx.now(), () => written(null)),
    'returns.weeksAtCap': (_input, ctx) => weeksAtCap(db, ctx.now()),
    'returns.weeklyCap': (input, ctx) => weeklyCapView(db, input.at ?? ctx.now(), input.exceptCaseId ?? null),
    'returns.setWeeklyCap': (input, ctx) => written(setWeeklyCap(db, device, ctx, input.cap)),
    'returns.pilotPeriod': (_input, ctx) => pilotPeriodView(db, ctx.now()),
    'returns.setPilotEnd': (input, ctx) => written(setPilotEnd(db, device, ctx, input.runsUntil)),
    'returns.balance': (input, ctx) => returnsBalance(db, input.from, input.to, ctx.now()),
    'transfers.create': (input, ctx) => written(createTransfer(db, device, ctx, input)),
    'transfers.update': (input, ctx) => written(updateTransfer(db, device, ctx, input)),
    'transfers.get': (input, ctx) => getTransfer(db, input.id, ctx.now()),
    'transfers.advance': (input, ctx) => written(advanceTransfer(db, device, ctx, input)),
    'transfers.list': (input) => listTransfers(db, input),
    'transfers.forArrival': (input, ctx) => transferForArrival(db, input.arrivalId, ctx.now()),
    'matching.priorCrossings': (input, ctx) => priorCrossings(db, input.arrivalId, ctx.now()),
    'matching.decide': (input, ctx) => written(decideMatch(db, device, ctx, input)),
    'matching.flags': (input, ctx) => matchFlags(db, input.arrivalId, ctx.now()),
    'matching.decisions': (input) => decidedCandidates(db, input.arrivalId),
    'print.savePdf': (input) => savePdf(engine, input),
    'sync.status': () => syncStatus(db, engine.sync),
    'sync.run': () => engine.sync.run(),
    'sync.configure': async (input) => {
      await configureSync(db, input.apiUrl);
      engine.sync.settingsChanged();
      return syncStatus(db, engine.sync);
    },
    'sync.enrol': async (input) => {
      const enrolled = await enrolDevice(db, device, input.code);
      engine.sync.settingsChanged();
      return enrolled;
    },
    'sync.conflicts': () => openConflicts(db),
    'sync.resolveConflict': (input, ctx) => written(resolveConflict(db, device, ctx, input.id, input.keep, input.choices)),
    'sync.refused': () => refusedRecords(db),
    'sync.recordStates': (input) => recordSyncStates(db, input.recordIds),
    'retention.status': () => engine.retention.status(),
    'retention.configure': (input, ctx) => {
      engine.retention.configure(ctx, input);
      return engine.retention.status();
    },
    'retention.purge': async () => {
      const purge = await engine.retention.purge('on_demand');
      return { purge, status: await engine.retention.status() };
    },
    'people.subjectAccessExport': (input, ctx) => subjectAccessExport(db, device, ctx, input.arrivalId),
    'people.saveSubjectAccessExport': (input, ctx) => saveSubjectAccessExport(engine, subjectAccessExport(db, device, ctx, input.arrivalId)),
  };
}
