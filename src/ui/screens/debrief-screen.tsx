import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { composeDebrief } from '../../engine/debrief/compose-debrief';
import { latestOverride } from '../../engine/grade-override';
import { stagesDebrief } from '../../engine/debrief/stage-account';
import { pathMap } from '../../engine/path-map';
import { recordedReplies } from '../../engine/typed-turn';
import { CAP_EXPLANATION } from '../../engine/scoring/outcome-caps';
import { findScenario } from '../scenario-source';
import { accessCall, mayDo, type Standing } from '../../app/history/calls';
import { beginCall } from '../../app/calls/begin-call';
import { scenarioHash } from '../../app/calls/scenario-hash';
import { playedVersion } from '../../app/library/played-version';
import { listOverrides } from '../../app/overrides/override-grade';
import type { AttemptRecord } from '../../engine/records/attempt';
import type { OverrideRecord } from '../../engine/records/override';
import { CallRefused } from '../call/call-refused';
import { CuePanel } from '../debrief/cue-panel';
import { MoodCurve } from '../debrief/mood-curve';
import { RuleLink } from '../debrief/rule-link';
import { StagesPanel } from '../debrief/stages-panel';
import { TurnReplay } from '../debrief/turn-replay';
import { DimensionBars } from '../components/dimension-bars';
import { EarlierModelNote, EarlierModelTag } from '../components/earlier-model-tag';
import { OverriddenGrade } from '../components/overridden-grade';
import { OverrideForm } from '../debrief/override-form';
import { CertificationBanner } from '../certification/certification-banner';
import { useLoaded } from '../hooks/use-loaded';
import { useUnlocked } from '../hooks/unlocked-roles';
import { useLocalized } from '../i18n/use-localized';
import { LetterComparison } from '../letter/letter-comparison';

const PathMapView = lazy(() => import('../debrief/path-map-view'));

export function DebriefScreen({ attemptId }: { attemptId: string }) {
  const { t } = useTranslation();
  // Unlocking a staff role on the refusal below reads the call again.
  const staff = `${useUnlocked('trainer')}:${useUnlocked('hr')}`;
  const result = useLoaded(() => accessCall(attemptId, 'view'), `${attemptId}:${staff}`);
  if (result.state === 'loading') return null;
  if (result.state === 'ready' && result.value.kind === 'refused')
    return <CallRefused staffMayRead />;
  const access = result.state === 'ready' && result.value.kind === 'allowed' ? result.value : null;
  if (!access) {
    return (
      <section className="screen notice">
        <p role="alert">{t('call.notFound')}</p>
        <Link href="/library" className="button">
          {t('debrief.backToLibrary')}
        </Link>
      </section>
    );
  }
  const { attempt, standings } = access;
  if (attempt.status !== 'finished' || !attempt.score) {
    return (
      <section className="screen notice">
        <p role="status">{t('debrief.inProgress')}</p>
        {attempt.status === 'active' && mayDo(standings, 'continue') && (
          <Link href={`/call/${attempt.id}`} className="button primary">
            {t('debrief.resume')}
          </Link>
        )}
        <Link href="/library" className="button">
          {t('debrief.backToLibrary')}
        </Link>
      </section>
    );
  }
  return <Debrief initial={attempt} standings={standings} />;
}

function handleTime(attempt: AttemptRecord): string | null {
  if (!attempt.answeredAt || !attempt.finishedAt) return null;
  const seconds = Math.max(0, Math.round((attempt.finishedAt - attempt.answeredAt) / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

function Debrief({
  initial,
  standings,
}: {
  initial: AttemptRecord;
  standings: readonly Standing[];
}) {
  const { t } = useTranslation();
  const { pick, locale } = useLocalized();
  const [, navigate] = useLocation();
  const [attempt, setAttempt] = useState(initial);
  // Only a trainer who unlocked this tab can override a grade; trainees see the result, not the form.
  const trainerUnlocked = useUnlocked('trainer');
  // Starting again from this call is its own trainee's: a trainer or HR only reads it.
  const mayRetry = mayDo(standings, 'retry');
  const score = attempt.score!;
  const loaded = useLoaded(async () => {
    // Only the exact content the call was played on can branch a retry; it must be today's case.
    const scenario = await findScenario(attempt.scenarioId);
    return scenario && (await scenarioHash(scenario)) === attempt.contentHash
      ? scenario
      : undefined;
  }, attempt.scenarioId);
  const scenario = loaded.state === 'ready' ? loaded.value : undefined;
  // Every sentence below is composed from what happened on this call (see composeDebrief).
  // A written reply is spoken of as a letter; a case not at hand (or changed since) as a call.
  const kind = scenario?.kind;
  // The map, and a complaint's stages and promises, replay its replies on the version it was
  // played on, even one the library has since replaced.
  const played = useLoaded(
    () => playedVersion(attempt.scenarioId, attempt.contentHash),
    `${attempt.scenarioId}/${attempt.contentHash}`,
  );
  const playedScenario = played.state === 'ready' ? played.value : undefined;
  // The version played on, once read: a comment may then quote its author's own words.
  const said = useMemo(
    () => composeDebrief(attempt, { kind, scenario: playedScenario }),
    [attempt, kind, playedScenario],
  );
  // Typed turns replay with their own words, so the map's moods are the ones the call had.
  const map = useMemo(
    () => (playedScenario ? pathMap(playedScenario, recordedReplies(attempt)) : null),
    [playedScenario, attempt],
  );
  const stages = useMemo(
    () => (playedScenario ? stagesDebrief(playedScenario, attempt.choices) : null),
    [playedScenario, attempt.choices],
  );
  const time = handleTime(attempt);
  const storedOverrides = useLoaded(() => listOverrides(attempt.id), attempt.id);
  const [addedOverrides, setAddedOverrides] = useState<OverrideRecord[]>([]);
  const overrides = [
    ...(storedOverrides.state === 'ready' ? storedOverrides.value : []),
    ...addedOverrides,
  ];
  const trainerGrade = latestOverride(overrides);

  const again = async () => {
    const latest = await findScenario(attempt.scenarioId);
    if (latest) navigate(`/call/${(await beginCall(attempt.profileId, latest)).id}`);
  };
  const retryFrom = async (turn: number) => {
    if (scenario)
      navigate(
        `/call/${(await beginCall(attempt.profileId, scenario, { retryFrom: { attempt, turn } })).id}`,
      );
  };

  return (
    <section className="screen debrief" aria-labelledby="debrief-title">
      <header className="debrief-header">
        <div>
          <p className="eyebrow">{t('debrief.title')}</p>
          <h1 id="debrief-title">{pick(attempt.scenarioTitle)}</h1>
          <p className="muted">
            {new Date(attempt.finishedAt ?? attempt.startedAt).toLocaleString(locale)}
            {time && ` · ${t('debrief.handleTime', { time })}`}
            {attempt.practice && <span className="tag tag-practice">{t('history.practice')}</span>}
            {attempt.timed && <span className="tag tag-timed">{t('call.challenge')}</span>}
            {attempt.replyMode === 'type' && (
              <span className="tag tag-typed">{t('typedReply.call.modeTag')}</span>
            )}
            {attempt.certification && (
              <span className="tag tag-certification">{t('certification.runTag')}</span>
            )}{' '}
            <EarlierModelTag call={attempt} />
          </p>
        </div>
        <div className="totals">
          <div className="total" aria-label={`${t('debrief.total')} ${score.total}`}>
            <span className="total-number">{score.total}</span>
            <span className="total-label">{t('debrief.total')}</span>
          </div>
          {trainerGrade && (
            <div
              className="total total-trainer"
              aria-label={`${t('myGroup.override.trainerGrade')} ${trainerGrade.total}`}
            >
              <span className="total-number">{trainerGrade.total}</span>
              <span className="total-label">{t('myGroup.override.trainerGrade')}</span>
            </div>
          )}
        </div>
      </header>
      <EarlierModelNote call={attempt} />
      <OverriddenGrade overrides={overrides} />

      <CertificationBanner attempt={attempt} />
      <section className="panel outcome-panel" aria-labelledby="outcome-title">
        <h2 id="outcome-title">{t('debrief.outcome')}</h2>
        {attempt.outcome && (
          <p className={`outcome outcome-${attempt.outcome}`}>{t(`outcome.${attempt.outcome}`)}</p>
        )}
        {said.ending.length > 0 && (
          <p className="ending-account">
            {said.ending.map((sentence) => pick(sentence)).join(locale === 'en' ? ' ' : '')}
          </p>
        )}
        {score.caps.map((cap) => (
          <p key={cap} className="cap-note">
            {pick(CAP_EXPLANATION[cap])}
          </p>
        ))}
        {said.critical.length > 0 && (
          <div className="critical">
            <h3>{t('debrief.criticalErrors')}</h3>
            <ul>
              {said.critical.map(({ id, detail }) => (
                <li key={id}>
                  <RuleLink id={id} /> <span className="muted">{pick(detail)}</span>
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>

      {stages && <StagesPanel account={stages} />}

      <section className="panel" aria-labelledby="cue-title">
        <h2 id="cue-title">{t('debrief.cueTitle')}</h2>
        <CuePanel
          attempt={attempt}
          mayMark={mayDo(standings, 'mark-cue')}
          onAttemptChange={setAttempt}
        />
      </section>

      <div className="debrief-columns">
        <section className="panel" aria-labelledby="dimensions-title">
          <h2 id="dimensions-title">{t('debrief.dimensions')}</h2>
          <DimensionBars skills={said.skills} />
        </section>
        {attempt.customer && (
          <section className="panel" aria-labelledby="curve-title">
            <h2 id="curve-title">{t('debrief.moodCurve')}</h2>
            <MoodCurve
              start={attempt.customer.startingMood}
              after={attempt.turns.map((turn) => turn.mood)}
              agitatedAt={attempt.customer.agitatedAt}
            />
          </section>
        )}
      </div>

      <LetterComparison attempt={attempt} />

      <section className="panel" aria-labelledby="turns-title">
        <h2 id="turns-title">{t('debrief.turns')}</h2>
        <TurnReplay
          turns={attempt.turns}
          said={said.turns}
          onRetry={
            // A certification run is a test: branching it from a turn would let memory stand in for skill.
            scenario && !attempt.certification && mayRetry ? (turn) => void retryFrom(turn) : null
          }
        />
      </section>

      <section className="panel" aria-labelledby="paths-title">
        <h2 id="paths-title">{t('debrief.paths')}</h2>
        {played.state === 'loading' ? null : map ? (
          <Suspense fallback={<p role="status">{t('call.loading')}</p>}>
            <PathMapView map={map} />
          </Suspense>
        ) : (
          <p className="muted">{t('debrief.mapUnavailable')}</p>
        )}
        {attempt.expertPath && (
          <div className="path-columns">
            <div>
              <h3>
                {t('debrief.yourPath')} · {score.total}
              </h3>
              <ol className="path-list">
                {attempt.turns.map((turn) => (
                  <li
                    key={turn.turn}
                    className={turn.choice === turn.expertChoice ? 'on-path' : 'off-path'}
                  >
                    {pick(turn.reply)}
                  </li>
                ))}
              </ol>
            </div>
            <div>
              <h3>
                {t('debrief.expertPath')} · {attempt.expertPath.total}
              </h3>
              <ol className="path-list">
                {attempt.expertPath.steps.map((step) => (
                  <li key={step.choice} className="on-path">
                    {pick(step.reply)}
                  </li>
                ))}
              </ol>
            </div>
          </div>
        )}
      </section>

      {trainerUnlocked && (
        <section className="panel" aria-labelledby="override-title">
          <h2 id="override-title">{t('myGroup.override.title')}</h2>
          <OverrideForm
            attemptId={attempt.id}
            originalTotal={score.total}
            onSaved={(override) => {
              setAddedOverrides((added) => [...added, override]);
              // The trainer's grade counts for certification: a run it lifts may complete a level.
              if (attempt.certification) {
                void import('../certification/award-after-run').then((m) =>
                  m.awardAfterRun(attempt.profileId),
                );
              }
            }}
          />
        </section>
      )}

      <div className="actions">
        {loaded.state === 'ready' && mayRetry && (
          <button type="button" className="primary" onClick={() => void again()}>
            {t('debrief.playAgain')}
          </button>
        )}
        {attempt.certification && (
          <Link href="/certification" className="button">
            {t('certification.backToCertification')}
          </Link>
        )}
        <Link href="/handbook" className="button">
          {t('handbook.title')}
        </Link>
        <Link href="/library" className="button">
          {t('debrief.backToLibrary')}
        </Link>
      </div>
    </section>
  );
}
