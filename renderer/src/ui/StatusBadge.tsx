import type { RecordStatus } from '../../../shared/domain/record-status';

/** Drafts stand out: they are not yet a finished record. */
export function StatusBadge({ status }: { status: RecordStatus }) {
  return status === 'DRAFT' ? <span className="badge badge--draft">Draft</span> : <span className="badge badge--final">Finalised</span>;
}
