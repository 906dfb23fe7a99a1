import { useTranslation } from 'react-i18next';
import { NO_FILTER, type CertificationStatus, type RosterFilter } from '../../engine/roster';

const STATUSES: Array<CertificationStatus | 'all'> = [
  'all',
  'certified',
  'expiring',
  'expired',
  'none',
];
const INACTIVE_DAYS = [7, 30, 60];

/** Search, certification, team and inactivity: each change re-filters the roster at once. */
export function RosterFilters({
  filter,
  teams,
  onChange,
}: {
  filter: RosterFilter;
  teams: readonly string[];
  onChange: (filter: RosterFilter) => void;
}) {
  const { t } = useTranslation();
  return (
    <form className="roster-filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <label className="field">
        <span>{t('hr.search')}</span>
        <input
          type="search"
          value={filter.search}
          placeholder={t('hr.searchPlaceholder')}
          onChange={(e) => onChange({ ...filter, search: e.target.value })}
        />
      </label>
      <label className="field">
        <span>{t('hr.certification')}</span>
        <select
          value={filter.certification}
          onChange={(e) =>
            onChange({ ...filter, certification: e.target.value as RosterFilter['certification'] })
          }
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`hr.statuses.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('hr.team')}</span>
        <select value={filter.team} onChange={(e) => onChange({ ...filter, team: e.target.value })}>
          <option value="all">{t('hr.allTeams')}</option>
          {teams.map((team) => (
            <option key={team} value={team}>
              {team || t('hr.noTeam')}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('hr.inactive')}</span>
        <select
          value={filter.inactiveDays ?? ''}
          onChange={(e) =>
            onChange({ ...filter, inactiveDays: e.target.value ? Number(e.target.value) : null })
          }
        >
          <option value="">{t('hr.inactiveAny')}</option>
          {INACTIVE_DAYS.map((days) => (
            <option key={days} value={days}>
              {t('hr.inactiveDays', { days })}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => onChange(NO_FILTER)}>
        {t('hr.clearFilters')}
      </button>
    </form>
  );
}
