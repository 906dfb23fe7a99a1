import { useTranslation } from 'react-i18next';
import type { AttemptRecord } from '../../engine/records/attempt';
import { useLoaded } from '../hooks/use-loaded';
import { findScenario } from '../scenario-source';
import { writtenSoFar } from './letter-parts';
import { LetterView } from './letter-view';
import './letter.css';

/**
 * The debrief of a written reply: the letter the trainee sent beside the expert's (the recommended
 * path's paragraphs), each of the trainee's paragraphs marked same or different from the expert's
 * choice at that slot. The letters are drawn from the attempt's own record, so they survive a new
 * case version; only whether the case is a letter is read from the case (a kind never changes).
 */
export function LetterComparison({ attempt }: { attempt: AttemptRecord }) {
  const kind = useLoaded(
    async () => (await findScenario(attempt.scenarioId))?.kind ?? 'call',
    attempt.scenarioId,
  );
  if (kind.state !== 'ready' || kind.value !== 'written-reply') return null;
  return <Letters attempt={attempt} />;
}

function Letters({ attempt }: { attempt: AttemptRecord }) {
  const { t } = useTranslation();
  const expert = attempt.expertPath;
  if (!expert || !attempt.score) return null;
  const yours = writtenSoFar(attempt).map((p, i) => ({
    ...p,
    matchesExpert: attempt.turns[i]!.choice === attempt.turns[i]!.expertChoice,
  }));
  const theirs = expert.steps.map((step, i) => ({
    key: step.choice,
    text: step.reply,
    closing: i === expert.steps.length - 1,
  }));
  return (
    <section className="panel letter-comparison" aria-labelledby="letters-title">
      <h2 id="letters-title">{t('writtenReply.debrief.title')}</h2>
      <p className="muted">{t('writtenReply.debrief.intro')}</p>
      <div className="letter-columns">
        <section aria-labelledby="letters-yours">
          <h3 id="letters-yours">
            {t('writtenReply.debrief.yours', { total: attempt.score.total })}
          </h3>
          <LetterView paragraphs={yours} />
        </section>
        <section aria-labelledby="letters-expert">
          <h3 id="letters-expert">{t('writtenReply.debrief.expert', { total: expert.total })}</h3>
          <LetterView paragraphs={theirs} />
        </section>
      </div>
    </section>
  );
}
