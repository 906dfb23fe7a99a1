import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { CAP_EXPLANATION } from '../../engine/scoring/outcome-caps';
import { ruleById } from '../../engine/scoring/rules';
import { findBundledScenario } from '../../scenarios/bundled';
import { getAttempt } from '../../storage/attempts';
import { beginCall } from '../../storage/call-session';
import type { AttemptRecord } from '../../storage/records';
import { DimensionBars } from '../components/dimension-bars';
import { useLoaded } from '../hooks/use-loaded';
import { useLocalized } from '../i18n/use-localized';

export function DebriefScreen({ attemptId }: { attemptId: string }) {
  const { t } = useTranslation();
  const result = useLoaded(() => getAttempt(attemptId), attemptId);
  if (result.state === 'loading') return null;
  const attempt = result.state === 'ready' ? result.value : undefined;
  if (!attempt) {
    return (
      <section className="screen notice">
        <p role="alert">{t('call.notFound')}</p>
        <Link href="/library" className="button">
          {t('debrief.backToLibrary')}
        </Link>
      </section>
    );
  }
  if (attempt.status !== 'finished' || !attempt.score) {
    return (
      <section className="screen notice">
        <p role="status">{t('debrief.inProgress')}</p>
        {attempt.status === 'active' && (
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
  return <Debrief attempt={attempt} />;
}

function Debrief({ attempt }: { attempt: AttemptRecord }) {
  const { t } = useTranslation();
  const { pick, locale } = useLocalized();
  const [, navigate] = useLocation();
  const score = attempt.score!;
  const scenario = findBundledScenario(attempt.scenarioId);
  const again = async () => {
    if (!scenario) return;
    navigate(`/call/${(await beginCall(attempt.profileId, scenario)).id}`);
  };
  return (
    <section className="screen debrief" aria-labelledby="debrief-title">
      <header className="debrief-header">
        <div>
          <p className="eyebrow">{t('debrief.title')}</p>
          <h1 id="debrief-title">{pick(attempt.scenarioTitle)}</h1>
          <p className="muted">
            {new Date(attempt.finishedAt ?? attempt.startedAt).toLocaleString(locale)}
          </p>
        </div>
        <div className="total" aria-label={`${t('debrief.total')} ${score.total}`}>
          <span className="total-number">{score.total}</span>
          <span className="total-label">{t('debrief.total')}</span>
        </div>
      </header>

      <section className="panel outcome-panel" aria-labelledby="outcome-title">
        <h2 id="outcome-title">{t('debrief.outcome')}</h2>
        {attempt.outcome && (
          <p className={`outcome outcome-${attempt.outcome}`}>{t(`outcome.${attempt.outcome}`)}</p>
        )}
        {attempt.endingSummary && <p>{pick(attempt.endingSummary)}</p>}
        {score.caps.map((cap) => (
          <p key={cap} className="cap-note">
            {pick(CAP_EXPLANATION[cap])}
          </p>
        ))}
        {score.criticalErrors.length > 0 && (
          <div className="critical">
            <h3>{t('debrief.criticalErrors')}</h3>
            <ul>
              {score.criticalErrors.map((id) => {
                const rule = ruleById(id);
                return <li key={id}>{rule ? pick(rule.description) : id}</li>;
              })}
            </ul>
          </div>
        )}
      </section>

      <section className="panel" aria-labelledby="dimensions-title">
        <h2 id="dimensions-title">{t('debrief.dimensions')}</h2>
        <DimensionBars scores={score.dimensions} />
      </section>

      <section className="panel" aria-labelledby="turns-title">
        <h2 id="turns-title">{t('debrief.turns')}</h2>
        <ol className="turn-list">
          {attempt.turns.map((turn) => (
            <li key={turn.turn} className="turn">
              <div className="turn-head">
                <span>{t('debrief.turn', { n: turn.turn })}</span>
                <span
                  className={`grade grade-${turn.grade >= 80 ? 'good' : turn.grade >= 40 ? 'fair' : 'poor'}`}
                >
                  {t('debrief.grade', { grade: turn.grade })}
                </span>
              </div>
              <p className="turn-reply">
                <strong>{t('debrief.labelled', { label: t('debrief.yourReply') })}</strong>
                {pick(turn.reply)}
              </p>
              <p className="turn-feedback">{pick(turn.feedback)}</p>
              {turn.choice === turn.expertChoice ? (
                <p className="muted">{t('debrief.sameAsExpert')}</p>
              ) : (
                <p className="turn-expert">
                  <strong>{t('debrief.labelled', { label: t('debrief.expertReply') })}</strong>
                  {pick(turn.expertReply)}
                </p>
              )}
              <p className="muted small">{t('debrief.moodAfter', turn.mood)}</p>
            </li>
          ))}
        </ol>
      </section>

      {attempt.expertPath && (
        <section className="panel" aria-labelledby="paths-title">
          <h2 id="paths-title">{t('debrief.paths')}</h2>
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
        </section>
      )}

      <div className="actions">
        {scenario && (
          <button type="button" className="primary" onClick={() => void again()}>
            {t('debrief.playAgain')}
          </button>
        )}
        <Link href="/library" className="button">
          {t('debrief.backToLibrary')}
        </Link>
      </div>
    </section>
  );
}
