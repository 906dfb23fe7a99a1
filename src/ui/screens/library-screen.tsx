import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { recommendNext, type CaseStanding } from '../../engine/case-skills';
import { DIMENSIONS, type DimensionId } from '../../engine/scoring/dimensions';
import { CHANNELS, INDUSTRIES } from '../../engine/vocabulary';
import type { CaseSummary } from '../../scenarios/case-summary';
import { CATALOG } from '../../scenarios/catalog.generated';
import { findScenario, importedSummaries } from '../scenario-source';
import { abandonCall } from '../../app/calls/call-controls';
import { beginCall } from '../../app/calls/begin-call';
import { assignmentsFor, type TraineeAssignment } from '../../app/cohorts/assignment-standing';
import { getProfile } from '../../app/profiles/profiles';
import { traineeStanding } from '../../app/library/trainee-standing';
import { caseStatus, type CaseStatus, type TraineeStanding } from '../../engine/case-status';
import { gradedByEarlierModel } from '../../engine/scoring/graded-by';
import type { ProfileRecord } from '../../engine/records/profile';
import { useLoaded } from '../hooks/use-loaded';
import { useLocalized } from '../i18n/use-localized';
import { AssignedCases } from '../library/assigned-cases';
import { CASE_FORMS, caseForm } from '../library/case-form';
import { CaseFormTag } from '../library/case-form-tag';
import { RecommendedNext } from '../library/recommended-next';
import { takeLabelKey } from '../library/take-label';

interface Filters {
  industry: string;
  channel: string;
  difficulty: string;
  skill: string;
  form: string;
}

const NO_FILTERS: Filters = { industry: '', channel: '', difficulty: '', skill: '', form: '' };

export function LibraryScreen({ profileId }: { profileId: string }) {
  // Four independent reads, asked for together rather than one after another.
  const result = useLoaded(async () => {
    const [profile, standing, imported, assigned] = await Promise.all([
      getProfile(profileId),
      traineeStanding(profileId),
      importedSummaries(),
      assignmentsFor(profileId),
    ]);
    return { profile, standing, imported, assigned };
  }, profileId);
  if (result.state !== 'ready') return null;
  const { profile, standing, imported, assigned } = result.value;
  return (
    <Library
      profileId={profileId}
      profile={profile}
      standing={standing}
      cases={[...CATALOG, ...imported]}
      assigned={assigned}
    />
  );
}

interface LibraryProps {
  profileId: string;
  profile: ProfileRecord | undefined;
  standing: TraineeStanding;
  /** Bundled and imported cases. */
  cases: CaseSummary[];
  /** Cases assigned to the trainee's cohorts. */
  assigned: TraineeAssignment[];
}

function Library({ profileId, profile, standing, cases, assigned }: LibraryProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const standings = useMemo(
    () =>
      cases.map((scenario) => ({
        scenario,
        skills: scenario.skills,
        status: caseStatus(standing, scenario.id),
      })),
    [standing, cases],
  );
  const next = useMemo(() => {
    const cases: CaseStanding<CaseSummary>[] = standings.map((s) => ({
      scenario: s.scenario,
      skills: s.skills,
      best: s.status.best,
    }));
    return recommendNext(cases, standing.averages);
  }, [standing, standings]);

  const shown = standings.filter(
    ({ scenario, skills }) =>
      (!filters.industry || scenario.industry === filters.industry) &&
      (!filters.channel || scenario.channel === filters.channel) &&
      (!filters.difficulty || String(scenario.difficulty) === filters.difficulty) &&
      (!filters.skill || skills.includes(filters.skill as DimensionId)) &&
      (!filters.form || caseForm(scenario) === filters.form),
  );
  const industries = INDUSTRIES.filter((i) => cases.some((s) => s.industry === i));
  const set = (key: keyof Filters) => (event: React.ChangeEvent<HTMLSelectElement>) =>
    setFilters((f) => ({ ...f, [key]: event.target.value }));

  return (
    <section className="screen" aria-labelledby="library-title">
      <h1 id="library-title">{t('library.title')}</h1>
      {profile && <p className="lead">{t('library.greeting', { name: profile.name })}</p>}
      <AssignedCases profileId={profileId} assigned={assigned} standing={standing} cases={cases} />
      {next && (
        <RecommendedNext
          profileId={profileId}
          standing={standing}
          scenario={next.scenario}
          dimension={next.dimension}
        />
      )}
      <form
        className="filters"
        aria-label={t('library.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <label>
          <span>{t('library.industry')}</span>
          <select value={filters.industry} onChange={set('industry')}>
            <option value="">{t('library.all')}</option>
            {industries.map((i) => (
              <option key={i} value={i}>
                {t(`industry.${i}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('library.channel')}</span>
          <select value={filters.channel} onChange={set('channel')}>
            <option value="">{t('library.all')}</option>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`channel.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('library.difficultyLabel')}</span>
          <select value={filters.difficulty} onChange={set('difficulty')}>
            <option value="">{t('library.all')}</option>
            {[1, 2, 3, 4, 5].map((d) => (
              <option key={d} value={d}>
                {t('library.difficulty', { level: d })}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('library.skill')}</span>
          <select value={filters.skill} onChange={set('skill')}>
            <option value="">{t('library.all')}</option>
            {DIMENSIONS.map((d) => (
              <option key={d.id} value={d.id}>
                {pick(d.name)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('stagesElsewhere.library.kind')}</span>
          <select value={filters.form} onChange={set('form')}>
            <option value="">{t('library.all')}</option>
            {CASE_FORMS.map((f) => (
              <option key={f} value={f}>
                {t(`stagesElsewhere.library.kinds.${f}`)}
              </option>
            ))}
          </select>
        </label>
        {shown.length !== standings.length && (
          <button type="button" onClick={() => setFilters(NO_FILTERS)}>
            {t('library.clearFilters')}
          </button>
        )}
      </form>
      <p className="muted" role="status">
        {t('library.count', { shown: shown.length, total: standings.length })}
      </p>
      <ul className="case-grid">
        {shown.map(({ scenario, skills, status }) => (
          <li key={scenario.id}>
            <CaseCard
              scenario={scenario}
              skills={skills}
              profileId={profileId}
              status={status}
              recommended={next?.scenario.id === scenario.id}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

interface CardProps {
  scenario: CaseSummary;
  skills: DimensionId[];
  profileId: string;
  status: CaseStatus;
  recommended: boolean;
}

function CaseCard({ scenario, skills, profileId, status, recommended }: CardProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [, navigate] = useLocation();
  const start = async () => {
    const full = await findScenario(scenario.id);
    if (!full) return;
    if (status.active) await abandonCall(status.active.id);
    navigate(`/call/${(await beginCall(profileId, full)).id}`);
  };
  // A call begun under an earlier scoring model cannot be continued (its start and its rest would
  // be graded by different rules): the card offers a fresh start, which abandons it.
  const resumable = status.active !== null && !gradedByEarlierModel(status.active);
  const statusText = status.active
    ? t(resumable ? 'library.status.inProgress' : 'library.status.modelChanged')
    : status.best !== null
      ? t('library.status.best', { score: status.best })
      : t('library.status.new');
  return (
    <article
      className={`case-card${recommended ? ' is-recommended' : ''}`}
      aria-labelledby={`case-${scenario.id}`}
    >
      <div className="case-tags">
        <span className="tag">{t(`industry.${scenario.industry}`)}</span>
        <span className="tag">{t(`channel.${scenario.channel}`)}</span>
        <CaseFormTag scenario={scenario} />
        <span
          className="tag"
          role="img"
          aria-label={t('library.difficulty', { level: scenario.difficulty })}
        >
          {'★'.repeat(scenario.difficulty)}
          {'☆'.repeat(5 - scenario.difficulty)}
        </span>
        <span
          className={`status status-${status.active ? 'active' : status.best !== null ? 'done' : 'new'}`}
        >
          {statusText}
        </span>
        {recommended && <span className="tag tag-next">{t('library.nextTag')}</span>}
      </div>
      <h2 id={`case-${scenario.id}`}>{pick(scenario.title)}</h2>
      <p>{pick(scenario.briefing)}</p>
      <p className="skills muted small">
        {t('library.trains')}
        {skills
          .slice(0, 3)
          .map((d) => pick(DIMENSIONS.find((x) => x.id === d)!.name))
          .join(t('library.listSeparator'))}
      </p>
      <details>
        <summary>{t('library.objectives')}</summary>
        <ul>
          {scenario.objectives.map((o, i) => (
            <li key={i}>{pick(o)}</li>
          ))}
        </ul>
      </details>
      <div className="actions">
        {resumable ? (
          <>
            <button
              type="button"
              className="primary"
              onClick={() => navigate(`/call/${status.active!.id}`)}
            >
              {t('library.resume')}
            </button>
            <RestartButton onConfirm={() => void start()} />
          </>
        ) : (
          <button type="button" className="primary" onClick={() => void start()}>
            {t(takeLabelKey(scenario))}
          </button>
        )}
      </div>
    </article>
  );
}

/**
 * Abandoning an unfinished call to start the case again, asked twice: the replies given so far
 * are given up (the call stays in the history as abandoned), so one stray tap must not do it.
 */
function RestartButton({ onConfirm }: { onConfirm: () => void }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) cancel.current?.focus();
  }, [asking]);
  if (!asking)
    return (
      <button type="button" onClick={() => setAsking(true)}>
        {t('library.restart')}
      </button>
    );
  return (
    <div className="restart-confirm" role="group" aria-labelledby="restart-question">
      <p id="restart-question" className="hint">
        {t('library.restartQuestion')}
      </p>
      <button type="button" className="danger" onClick={onConfirm}>
        {t('library.restartConfirm')}
      </button>
      <button type="button" ref={cancel} onClick={() => setAsking(false)}>
        {t('library.restartCancel')}
      </button>
    </div>
  );
}
