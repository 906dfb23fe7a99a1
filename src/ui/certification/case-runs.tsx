import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { countingRuns } from '../../engine/certification/evaluate';
import { newSeed } from '../../engine/seeded-shuffle';
import type { CaseSummary } from '../../scenarios/case-summary';
import { beginCall } from '../../app/calls/begin-call';
import type { AttemptRecord } from '../../engine/records/attempt';
import { useLocalized } from '../i18n/use-localized';
import { findScenario } from '../scenario-source';

interface Props {
  profileId: string;
  cases: readonly CaseSummary[];
  coreIds: readonly string[];
  runs: readonly AttemptRecord[];
}

/** Each case with its counting certification run, and a button to take one. */
export function CaseRuns({ profileId, cases, coreIds, runs }: Props) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [, navigate] = useLocation();
  const [starting, setStarting] = useState<string | null>(null);
  const counting = countingRuns(runs);
  const ordered = [...cases].sort(
    (a, b) =>
      Number(coreIds.includes(b.id)) - Number(coreIds.includes(a.id)) ||
      a.difficulty - b.difficulty,
  );

  const start = async (summary: CaseSummary) => {
    setStarting(summary.id);
    const scenario = await findScenario(summary.id);
    if (!scenario) return setStarting(null);
    const attempt = await beginCall(profileId, scenario, { certification: { seed: newSeed() } });
    navigate(`/call/${attempt.id}`);
  };

  return (
    <ul className="cert-cases">
      {ordered.map((summary) => {
        const run = counting.get(`${summary.id}@${summary.version}`);
        // A run left open (counting or not) is resumed rather than doubled.
        const open = runs.find((r) => r.scenarioId === summary.id && r.status === 'active');
        const title = pick(summary.title);
        return (
          <li key={summary.id} className="cert-case" aria-label={title}>
            <span className="cert-case-title">
              {title}
              {coreIds.includes(summary.id) && (
                <span className="tag tag-core">{t('certification.core')}</span>
              )}
            </span>
            <span className="muted">{t('library.difficulty', { level: summary.difficulty })}</span>
            <span className="cert-case-status">
              {!run
                ? t('certification.runs.none')
                : run.status === 'active'
                  ? t('certification.runs.active')
                  : run.status === 'abandoned'
                    ? t('certification.runs.abandoned')
                    : t('certification.runs.scored', { total: run.score?.total ?? 0 })}
            </span>
            {open ? (
              <Link href={`/call/${open.id}`} className="button primary">
                {t('certification.runs.resume')}
                <span className="visually-hidden">: {title}</span>
              </Link>
            ) : (
              <button
                type="button"
                className={run ? 'button' : 'button primary'}
                disabled={starting !== null}
                onClick={() => void start(summary)}
              >
                {run ? t('certification.runs.again') : t('certification.runs.start')}
                <span className="visually-hidden">: {title}</span>
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
