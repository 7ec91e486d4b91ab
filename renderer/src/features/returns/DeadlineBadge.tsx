import type { DeadlineStatus } from '../../../../shared/domain/returns/deadlines';

const BADGES: Record<DeadlineStatus, { text: string; className: string }> = {
  ok: { text: 'On time', className: 'badge badge--final' },
  due_soon: { text: 'Due soon', className: 'badge badge--draft' },
  overdue: { text: 'Overdue', className: 'badge badge--alert' },
};

/** Due soon (within 48 hours) and overdue stand out in words, not colour alone. */
export function DeadlineBadge({ status }: { status: DeadlineStatus }) {
  const badge = BADGES[status];
  return <span className={badge.className}>{badge.text}</span>;
}
