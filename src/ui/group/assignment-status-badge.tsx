import { useTranslation } from 'react-i18next';
import type { AssignmentStatus } from '../../engine/assignment-status';

/** A trainee's standing on an assigned case, as a short coloured label. */
export function AssignmentStatusBadge({ status }: { status: AssignmentStatus }) {
  const { t } = useTranslation();
  if (status.kind === 'done') {
    return (
      <span className={`status ${status.late ? 'status-late' : 'status-done'}`}>
        {t(status.late ? 'myGroup.status.late' : 'myGroup.status.done', { score: status.total })}
      </span>
    );
  }
  return (
    <span className={`status status-${status.kind}`}>{t(`myGroup.status.${status.kind}`)}</span>
  );
}
