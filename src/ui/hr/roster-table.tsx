import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { bestTotal, meanTotal } from '../../engine/profile-summary';
import type { Page, RosterPerson } from '../../engine/roster';
import type { RosterEntry } from '../../app/hr/roster';
import { useLocalized } from '../i18n/use-localized';
import { CertificationBadge } from './certification-badge';

/** One page of the roster; each name opens the person's calls. */
export function RosterTable({
  page,
  onPage,
}: {
  page: Page<RosterEntry>;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocalized();
  const date = (at: number | undefined) =>
    at ? new Date(at).toLocaleDateString(locale) : t('hr.never');
  const mean = (p: RosterPerson) => meanTotal(p.summary);
  return (
    <>
      <div className="table-scroll" role="region" aria-labelledby="roster-title" tabIndex={0}>
        <table className="roster-table">
          <thead>
            <tr>
              <th scope="col">{t('hr.columns.name')}</th>
              <th scope="col">{t('hr.columns.employeeId')}</th>
              <th scope="col">{t('hr.columns.team')}</th>
              <th scope="col">{t('hr.columns.certification')}</th>
              <th scope="col">{t('hr.columns.lastActivity')}</th>
              <th scope="col" className="number">
                {t('hr.columns.attempts')}
              </th>
              <th scope="col" className="number">
                {t('hr.columns.best')}
              </th>
              <th scope="col" className="number">
                {t('hr.columns.mean')}
              </th>
              <th scope="col" className="number">
                {t('hr.columns.overridden')}
              </th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((p) => (
              <tr key={p.profileId} className="roster-row">
                <th scope="row">
                  <Link href={`/hr/person/${p.profileId}`}>{p.name}</Link>
                </th>
                <td>{p.employeeId}</td>
                <td>{p.team ?? t('hr.noTeam')}</td>
                <td>
                  <CertificationBadge certification={p.certification} />
                </td>
                <td>{date(p.summary?.lastActivityAt)}</td>
                <td className="number">{p.summary?.finishedAttempts ?? 0}</td>
                <td className="number">{bestTotal(p.summary) ?? '—'}</td>
                <td className="number">{mean(p) === null ? '—' : Math.round(mean(p)!)}</td>
                <td className="number">{p.overriddenCalls}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {page.total === 0 && <p role="status">{t('hr.noMatches')}</p>}
      <nav className="pager" aria-label={t('hr.pagination')}>
        <button type="button" disabled={page.page === 0} onClick={() => onPage(page.page - 1)}>
          {t('hr.previous')}
        </button>
        <span role="status">
          {t('hr.pageOf', { page: page.page + 1, pages: page.pages, total: page.total })}
        </span>
        <button
          type="button"
          disabled={page.page >= page.pages - 1}
          onClick={() => onPage(page.page + 1)}
        >
          {t('hr.next')}
        </button>
      </nav>
    </>
  );
}
