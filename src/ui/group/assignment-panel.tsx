import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { LocalizedText } from '../../engine/scenario-schema';
import type { MemberStatus } from '../../app/cohorts/assignment-standing';
import type { AssignmentRecord } from '../../engine/records/cohort';
import { useLocalized } from '../i18n/use-localized';
import { AssignmentStatusBadge } from './assignment-status-badge';
import { formatDueDate } from './due-date';

export interface LoadedAssignment {
  assignment: AssignmentRecord;
  members: MemberStatus[];
}

interface Props {
  loaded: LoadedAssignment;
  /** Null when the case is no longer on this computer. */
  title: LocalizedText | null;
  onRemove: () => void;
}

/** One assigned case: its due date, each member's status, and the way into the item analysis. */
export function AssignmentPanel({ loaded, title, onRemove }: Props) {
  const { t } = useTranslation();
  const { pick, locale } = useLocalized();
  const { assignment, members } = loaded;
  const done = members.filter((m) => m.status.kind === 'done').length;
  const headingId = `assignment-${assignment.id}`;
  return (
    <article className="panel assignment" aria-labelledby={headingId}>
      <header className="assignment-head">
        <h3 id={headingId}>{title ? pick(title) : assignment.scenarioId}</h3>
        <span className="muted">
          {t('myGroup.cohort.dueOn', { date: formatDueDate(assignment.dueAt, locale) })} ·{' '}
          {t('myGroup.cohort.summary', { done, total: members.length })}
        </span>
      </header>
      {members.length > 0 && (
        <table className="status-table">
          <thead>
            <tr>
              <th scope="col">{t('myGroup.cohort.member')}</th>
              <th scope="col">{t('myGroup.cohort.status')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('myGroup.cohort.openCall')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {members.map(({ profile, status }) => (
              <tr key={profile.id}>
                <th scope="row">{profile.name}</th>
                <td>
                  <AssignmentStatusBadge status={status} />
                </td>
                <td>
                  {status.kind === 'done' && (
                    <Link
                      href={`/debrief/${status.attemptId}`}
                      aria-label={t('myGroup.cohort.openCallLabel', { name: profile.name })}
                    >
                      {t('myGroup.cohort.openCall')}
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="actions">
        {title && (
          <Link
            href={`/my-group/${assignment.cohortId}/cases/${assignment.id}`}
            className="button primary"
          >
            {t('myGroup.cohort.itemAnalysis')}
          </Link>
        )}
        <button type="button" onClick={onRemove}>
          {t('myGroup.cohort.removeAssignment')}
        </button>
      </div>
    </article>
  );
}
