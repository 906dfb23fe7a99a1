import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { CaseSummary } from '../../scenarios/case-summary';
import type { TraineeAssignment } from '../../app/cohorts/assignment-standing';
import { caseStatus, type TraineeStanding } from '../../engine/case-status';
import { AssignmentStatusBadge } from '../group/assignment-status-badge';
import { formatDueDate } from '../group/due-date';
import { useLocalized } from '../i18n/use-localized';
import { openCase } from './open-case';

interface Props {
  profileId: string;
  assigned: TraineeAssignment[];
  standing: TraineeStanding;
  cases: CaseSummary[];
}

/** The cases a trainer assigned to this trainee's cohorts, soonest due first, overdue marked. */
export function AssignedCases({ profileId, assigned, standing, cases }: Props) {
  const { t } = useTranslation();
  const { pick, locale } = useLocalized();
  const [, navigate] = useLocation();
  if (assigned.length === 0) return null;
  return (
    <section className="panel assigned-cases" aria-labelledby="assigned-title">
      <h2 id="assigned-title">{t('myGroup.assigned.title')}</h2>
      <ul className="assigned-list">
        {assigned.map(({ assignment, cohortName, status }) => {
          const summary = cases.find((c) => c.id === assignment.scenarioId);
          const active = caseStatus(standing, assignment.scenarioId).active;
          return (
            <li
              key={assignment.id}
              className={`assigned-row${status.kind === 'overdue' ? ' is-overdue' : ''}`}
            >
              <div className="assigned-what">
                <strong>
                  {summary
                    ? pick(summary.title)
                    : t('myGroup.assigned.unknownCase', { id: assignment.scenarioId })}
                </strong>
                <span className="muted small">
                  {t('myGroup.assigned.from', { cohort: cohortName })}
                </span>
              </div>
              <span className="assigned-due">
                {t('myGroup.assigned.due', { date: formatDueDate(assignment.dueAt, locale) })}
              </span>
              <AssignmentStatusBadge status={status} />
              {summary && (
                <button
                  type="button"
                  className={status.kind === 'done' ? '' : 'primary'}
                  aria-label={`${t(active ? 'myGroup.assigned.resume' : 'myGroup.assigned.take')}: ${pick(summary.title)}`}
                  onClick={() =>
                    void openCase(profileId, standing, assignment.scenarioId, navigate)
                  }
                >
                  {t(active ? 'myGroup.assigned.resume' : 'myGroup.assigned.take')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
