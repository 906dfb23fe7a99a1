import { Link } from 'wouter';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isDemoId } from '../../engine/demo-ids';
import {
  NO_FILTER,
  filterRoster,
  pageOf,
  sortRoster,
  teamsOf,
  weeklyProgress,
  type RosterFilter,
} from '../../engine/roster';
import { loadRoster, type RosterEntry } from '../../app/hr/roster';
import { useLoaded } from '../hooks/use-loaded';
import { DemoPanel } from '../hr/demo-panel';
import { DimensionHeatMap } from '../hr/dimension-heat-map';
import { ExportsPanel } from '../hr/exports-panel';
import { MergePanel } from '../hr/merge-panel';
import { ProgressChart } from '../hr/progress-chart';
import { RosterFilters } from '../hr/roster-filters';
import { RosterTable } from '../hr/roster-table';

const PAGE_SIZE = 50;

/** HR's view of everyone: roster, heat map and progress, exports and merging. */
export function HrScreen() {
  const { t } = useTranslation();
  const [generation, setGeneration] = useState(0);
  // "Now" is fixed per load, so filtering by inactivity is stable while HR works.
  const loaded = useLoaded(async () => {
    const now = Date.now();
    return { now, people: sortRoster(await loadRoster(now)) };
  }, String(generation));
  const reload = () => setGeneration((g) => g + 1);
  return (
    <section className="screen hr-screen" aria-labelledby="hr-title">
      <h1 id="hr-title">{t('hr.title')}</h1>
      <p className="lead">{t('hr.intro')}</p>
      <nav className="hr-links" aria-label={t('hr.toolsLabel')}>
        <Link href="/hr/program">{t('hr.programLink')}</Link>
        <Link href="/lms">{t('hr.lmsLink')}</Link>
      </nav>
      {loaded.state === 'ready' ? (
        <Dashboard people={loaded.value.people} now={loaded.value.now} onChanged={reload} />
      ) : (
        <p role="status">{t('hr.loading')}</p>
      )}
    </section>
  );
}

function Dashboard({
  people,
  now,
  onChanged,
}: {
  people: RosterEntry[];
  now: number;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<RosterFilter>(NO_FILTER);
  const [page, setPage] = useState(0);
  const teams = useMemo(() => teamsOf(people), [people]);
  const filtered = useMemo(() => filterRoster(people, filter, now), [people, filter, now]);
  const shown = pageOf(filtered, page, PAGE_SIZE);
  const weeks = useMemo(() => weeklyProgress(filtered), [filtered]);
  const hasDemo = people.some((p) => isDemoId(p.profileId));

  return (
    <>
      <section className="panel" aria-labelledby="roster-title">
        <h2 id="roster-title">
          {t('hr.roster')}{' '}
          <span className="muted small">{t('hr.people', { count: people.length })}</span>
        </h2>
        <RosterFilters
          filter={filter}
          teams={teams}
          onChange={(next) => {
            setFilter(next);
            setPage(0);
          }}
        />
        <RosterTable page={shown} onPage={setPage} />
        <p className="muted small roster-counting">{t('hr.countingNote')}</p>
      </section>
      <section className="panel" aria-labelledby="progress-title">
        <h2 id="progress-title">{t('hr.progress')}</h2>
        <p className="muted small">{t('hr.progressHint')}</p>
        <ProgressChart weeks={weeks} />
      </section>
      <section className="panel" aria-labelledby="heat-title">
        <h2 id="heat-title">{t('hr.heatMap')}</h2>
        <p className="muted small">{t('hr.heatMapHint')}</p>
        <DimensionHeatMap people={shown.rows} />
      </section>
      <ExportsPanel people={filtered} />
      <MergePanel onMerged={onChanged} />
      <DemoPanel hasDemo={hasDemo} onChanged={onChanged} />
    </>
  );
}
