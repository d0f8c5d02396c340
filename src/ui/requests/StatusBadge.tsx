import type { RequestStatus } from '../../api/contract';

/** The status as text on a tinted background: the colour helps, the words carry the meaning. */
export function StatusBadge({ status }: { status: RequestStatus }) {
  return (
    <span class="status-badge" data-status={status.id}>
      {status.name}
    </span>
  );
}
