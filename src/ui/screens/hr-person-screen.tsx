import { useState } from 'react';
import { CallTotal, standingOverride } from '../components/call-total';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { isDemoId } from '../../engine/demo-ids';
import { bestTotal } from '../../engine/profile-summary';
import { certificationOf } from '../../engine/roster';
import { getSummary, loadPersonAttempts, loadPersonRecords } from '../../app/hr/roster';
import { EarlierModelTag } from '../components/earlier-model-tag';
import { CertificationBadge } from '../hr/certification-badge';
import { PersonRecordsPanels } from '../hr/person-records';
import { useLoaded } from '../hooks/use-loaded';
import { useLocalized } from '../i18n/use-localized';

const PAGE_SIZE = 20;

/**
 * One person as HR sees them: certification, summary, their calls down to each debrief (practice
 * and trainers' overrides marked), certificates, quiz sittings and observed role-plays.
 */
export function HrPersonScreen({ profileId }: { profileId: string }) {
  const { t } = useTranslation();
  const { pick, locale } = useLocalized();
  const [, navigate] = useLocation();
  const [page, setPage] = useState(0);
  const loaded = useLoaded(async () => {
    const [calls, summary, records] = await Promise.all([
      loadPersonAttempts(profileId, page, PAGE_SIZE),
      getSummary(profileId),
      loadPersonRecords(profileId),
    ]);
    return {
      ...calls,
      summary,
      records,
      certification: certificationOf(records.awards, Date.now()),
    };
  }, `${profileId}/${page}`);
  if (loaded.state !== 'ready') return null;
  const { profile, attempts, overrides, total, summary, records, certification } = loaded.value;
  if (!profile) {
    return (
      <section className="screen notice">
        <p role="alert">{t('hr.notFound')}</p>
        <Link href="/hr" className="back-link">
          {t('hr.backToRoster')}
        </Link>
      </section>
    );
  }
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const when = (at: number) => new Date(at).toLocaleString(locale);
  const openDebrief = async (attemptId: string) => {
    // Only demo calls need rebuilding, and only they need the bundled cases loaded.
    if (isDemoId(attemptId))
      await (await import('../../app/demo/demo-org')).hydrateDemoAttempt(attemptId);
    navigate(`/debrief/${attemptId}`);
  };

  return (
    <section className="screen hr-person" aria-labelledby="person-title">
      <Link href="/hr" className="back-link">
        ← {t('hr.backToRoster')}
      </Link>
      <p className="eyebrow">{t('hr.person')}</p>
      <h1 id="person-title">
        {profile.name} <span className="muted">{profile.employeeId}</span>
      </h1>
      <p>
        {profile.team && <span className="tag">{profile.team}</span>}{' '}
        <CertificationBadge certification={certification} />
      </p>
      {summary && (
        <p className="muted">
          {t('hr.summaryLine', {
            count: summary.finishedAttempts,
            best: bestTotal(summary) ?? '—',
            last: summary.lastActivityAt ? when(summary.lastActivityAt) : t('hr.never'),
          })}
        </p>
      )}
      <p className="muted small">{t('hr.countingNote')}</p>
      <section className="panel" aria-labelledby="calls-title">
        <h2 id="calls-title">{t('hr.personAttempts')}</h2>
        {attempts.length === 0 ? (
          <p>{t('hr.noAttempts')}</p>
        ) : (
          <ul className="history-list">
            {attempts.map((a) => {
              const override = standingOverride(a, overrides);
              return (
                <li key={a.id} className="person-call">
                  <span className="history-title">
                    {pick(a.scenarioTitle)} <EarlierModelTag call={a} />
                    {a.practice && (
                      <span className="tag tag-practice" title={t('hr.practiceNotCounted')}>
                        {t('history.practice')}
                      </span>
                    )}
                  </span>
                  <span className="muted">{when(a.startedAt)}</span>
                  <CallTotal call={a} overrides={overrides} />
                  {a.outcome ? (
                    <span className={`outcome outcome-${a.outcome}`}>
                      {t(`outcome.${a.outcome}`)}
                    </span>
                  ) : (
                    <span className="status">{t(`history.statuses.${a.status}`)}</span>
                  )}
                  {a.status === 'finished' && (
                    <button type="button" onClick={() => void openDebrief(a.id)}>
                      {t('hr.openDebrief')}
                    </button>
                  )}
                  {override && (
                    <span className="override-note">
                      {t('hr.overridden', {
                        total: override.total,
                        original: override.originalTotal,
                        reason: override.reason,
                      })}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        {pages > 1 && (
          <nav className="pager" aria-label={t('hr.pagination')}>
            <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
              {t('hr.previous')}
            </button>
            <span role="status">{t('hr.callsPageOf', { page: page + 1, pages, total })}</span>
            <button type="button" disabled={page >= pages - 1} onClick={() => setPage(page + 1)}>
              {t('hr.next')}
            </button>
          </nav>
        )}
      </section>
      <PersonRecordsPanels records={records} />
    </section>
  );
}
