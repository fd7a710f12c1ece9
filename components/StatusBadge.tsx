import type { Status } from '@/utils/panel/panel-data';

const LABEL: Record<Status, string> = { good: 'Good', caution: 'Caution', risk: 'Risk', unknown: 'Unknown' };
// Shapes differ as well as colours, so status never rests on colour alone.
const ICON: Record<Status, string> = { good: '✓', caution: '!', risk: '✕', unknown: '?' };

/** A status shown by icon and word. */
export function StatusBadge({ status }: { status: Status }) {
  return (
    <span className={`cl-status cl-status-${status}`}>
      <span className="cl-status-icon" aria-hidden="true">
        {ICON[status]}
      </span>
      {LABEL[status]}
    </span>
  );
}
