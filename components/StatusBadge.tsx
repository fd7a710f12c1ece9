import { STATUS_ICON, type Status } from '@/data/statuses';
import { useWords } from '@/hooks/useI18n';

/** A status shown by icon and word. */
export function StatusBadge({ status }: { status: Status }) {
  const { t } = useWords();
  return (
    <span className={`cl-status cl-status-${status}`}>
      <span className="cl-status-icon" aria-hidden="true">
        {STATUS_ICON[status]}
      </span>
      {t(`status.${status}`)}
    </span>
  );
}
