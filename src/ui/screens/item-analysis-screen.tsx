import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { analyseItems, countedCalls, type AnalysisBasis } from '../../engine/item-analysis';
import { scenarioHash } from '../../app/calls/scenario-hash';
import { countedCallsOnCase } from '../../app/cohorts/assignment-standing';
import { cohortMembers, getAssignment, getCohort } from '../../app/cohorts/cohorts';
import { ItemAnalysisView } from '../group/item-analysis-view';
import { formatDueDate } from '../group/due-date';
import { useLoaded } from '../hooks/use-loaded';
import { useLocalized } from '../i18n/use-localized';
import { findScenario } from '../scenario-source';

/** How the cohort's replies split at each decision point of an assigned case. */
export function ItemAnalysisScreen({
  cohortId,
  assignmentId,
}: {
  cohortId: string;
  assignmentId: string;
}) {
  const { t } = useTranslation();
  const { pick, locale } = useLocalized();
  const [basis, setBasis] = useState<AnalysisBasis>('latest');
  const result = useLoaded(async () => {
    const assignment = await getAssignment(assignmentId);
    const cohort = await getCohort(cohortId);
    if (!assignment || !cohort || assignment.cohortId !== cohortId) return null;
    const scenario = await findScenario(assignment.scenarioId);
    const members = await cohortMembers(cohort);
    const ids = new Set(members.map((m) => m.id));
    return {
      assignment,
      cohort,
      members,
      scenario,
      hash: scenario ? await scenarioHash(scenario) : '',
      calls: (await countedCallsOnCase(assignment.scenarioId)).filter((c) => ids.has(c.profileId)),
    };
  }, `${cohortId}:${assignmentId}`);
  const loaded = result.state === 'ready' ? result.value : null;
  const analysis = useMemo(
    () =>
      loaded?.scenario ? analyseItems(loaded.scenario, loaded.hash, loaded.calls, basis) : null,
    [loaded, basis],
  );
  if (result.state === 'loading') return null;
  const back = (
    <p>
      <Link href={`/my-group/${cohortId}`}>
        ← {loaded ? loaded.cohort.name : t('myGroup.cohort.back')}
      </Link>
    </p>
  );
  if (!loaded || !loaded.scenario || !analysis) {
    return (
      <section className="screen notice">
        {back}
        <p role="alert">{t(loaded ? 'myGroup.analysis.unavailable' : 'myGroup.cohort.notFound')}</p>
      </section>
    );
  }
  const { scenario, assignment, members, hash, calls } = loaded;
  const names = new Map(members.map((m) => [m.id, m.name]));
  const counted = countedCalls(scenario.id, hash, calls, basis).counted.sort(
    (a, b) => (b.finishedAt ?? 0) - (a.finishedAt ?? 0),
  );
  return (
    <section className="screen" aria-labelledby="analysis-title">
      {back}
      <p className="eyebrow">{t('myGroup.analysis.title')}</p>
      <h1 id="analysis-title">{pick(scenario.title)}</h1>
      <p className="muted">
        {t('myGroup.cohort.dueOn', { date: formatDueDate(assignment.dueAt, locale) })}
      </p>
      <p className="lead">{t('myGroup.analysis.intro')}</p>
      <div className="panel analysis-basis">
        <fieldset>
          <legend>{t('myGroup.analysis.basis')}</legend>
          {(['latest', 'all'] as const).map((b) => (
            <label key={b} className="check">
              <input
                type="radio"
                name="basis"
                value={b}
                checked={basis === b}
                onChange={() => setBasis(b)}
              />
              <span>
                {t(b === 'latest' ? 'myGroup.analysis.basisLatest' : 'myGroup.analysis.basisAll')}
              </span>
            </label>
          ))}
        </fieldset>
        <p className="small muted">{t('myGroup.analysis.basisNote')}</p>
        <p role="status">
          {t('myGroup.analysis.counted', {
            calls: analysis.counted,
            trainees: analysis.trainees,
          })}
          {analysis.otherVersions > 0 &&
            ` ${t('myGroup.analysis.otherVersions', { count: analysis.otherVersions })}`}
        </p>
        {counted.length > 0 && (
          <>
            <p className="small muted">{t('myGroup.analysis.openCalls')}</p>
            <ul className="counted-calls">
              {counted.map((call) => (
                <li key={call.id}>
                  <Link href={`/debrief/${call.id}`}>
                    {t('myGroup.analysis.callLine', {
                      name: names.get(call.profileId),
                      score: call.score?.total ?? '—',
                      date: new Date(call.finishedAt ?? call.startedAt).toLocaleString(locale),
                    })}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      {analysis.points.length === 0 ? (
        <p>{t('myGroup.analysis.empty')}</p>
      ) : (
        <ItemAnalysisView scenario={scenario} analysis={analysis} />
      )}
    </section>
  );
}
