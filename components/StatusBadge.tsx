import { STATUS_ICON, STATUS_WORD, type Status } from '@/data/statuses';

/** A status shown by icon and word. */
export function StatusBadge({ status }: { status: Status }) {
  return (
    <span className={`cl-status cl-status-${status}`}>
      <span className="cl-status-icon" aria-hidden="true">
        {STATUS_ICON[status]}
      </span>
      {STATUS_WORD[status]}
    </span>
  );
}
