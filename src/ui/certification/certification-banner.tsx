import { useTranslation } from 'react-i18next';
import { runCounts } from '../../engine/certification/evaluate';
import { listAttempts } from '../../app/history/calls';
import type { AttemptRecord } from '../../engine/records/attempt';
import { useLoaded } from '../hooks/use-loaded';
import './certification-banner.css';

/** Tells the trainee this call is a certification run, and whether it will count. */
export function CertificationBanner({ attempt }: { attempt: AttemptRecord }) {
  // Only a certification run reads the person's other calls: the debrief shows this banner for
  // every call, and reading all of them for a practice call held every record in memory for nothing.
  return attempt.certification ? <RunBanner attempt={attempt} /> : null;
}

function RunBanner({ attempt }: { attempt: AttemptRecord }) {
  const { t } = useTranslation();
  const runs = useLoaded(() => listAttempts(attempt.profileId), attempt.id);
  if (runs.state !== 'ready') return null;
  const counts = runCounts(attempt, runs.value);
  return (
    <div
      className={`certification-banner${counts ? '' : ' is-not-counting'}`}
      role="note"
      data-counts={counts}
    >
      <strong>
        {counts ? t('certification.banner.counts') : t('certification.banner.notCounting')}
      </strong>
      <span>
        {counts
          ? t('certification.banner.countsDetail')
          : t('certification.banner.notCountingDetail', { version: attempt.scenarioVersion })}
      </span>
    </div>
  );
}
