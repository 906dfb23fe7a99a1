import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import {
  drawSitting,
  gradeSitting,
  shownOptions,
  type Sitting,
  type SittingResult,
} from '../../engine/certification/quiz-sitting';
import { newSeed } from '../../engine/certification/seeded-shuffle';
import { QUIZ_BANK } from '../../quiz/bank';
import {
  listQuizSittings,
  recordQuizSitting,
  refreshCertification,
} from '../../storage/certification';
import { certifiableCases } from '../certification/case-list';
import { QuizItemField } from '../certification/quiz-item-field';
import { QuizReview } from '../certification/quiz-review';
import { useLoaded } from '../hooks/use-loaded';
import { useLocalized } from '../i18n/use-localized';
import '../certification/certification.css';

type Phase =
  | { kind: 'start' }
  | { kind: 'answering'; sitting: Sitting; answers: Record<string, string[]> }
  | {
      kind: 'submitted';
      sitting: Sitting;
      answers: Record<string, string[]>;
      result: SittingResult;
    };

/** Ordering items start in their shown order; the others start unanswered. */
function blankAnswers(sitting: Sitting): Record<string, string[]> {
  return Object.fromEntries(
    sitting.items.map((item) => [
      item.id,
      item.type === 'ordering' ? shownOptions(item, sitting.seed).map((o) => o.id) : [],
    ]),
  );
}

/** The knowledge quiz: a fresh random sitting each time, explained after submission, stored. */
export function QuizScreen({ profileId }: { profileId: string }) {
  const { t } = useTranslation();
  const { locale } = useLocalized();
  const [phase, setPhase] = useState<Phase>({ kind: 'start' });
  const [error, setError] = useState(false);
  const [saved, setSaved] = useState(0);
  const history = useLoaded(() => listQuizSittings(profileId), `${profileId}:${saved}`);

  const begin = () => {
    const sitting = drawSitting(QUIZ_BANK, newSeed());
    setPhase({ kind: 'answering', sitting, answers: blankAnswers(sitting) });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (phase.kind !== 'answering') return;
    const { sitting, answers } = phase;
    const result = gradeSitting(sitting.items, answers);
    try {
      await recordQuizSitting({
        profileId,
        itemIds: sitting.items.map((i) => i.id),
        answers,
        correct: result.correct,
        total: result.total,
        score: result.score,
        seed: sitting.seed,
      });
      // A passing sitting may complete a level: award it now, not only when the trainee looks.
      await refreshCertification(profileId, await certifiableCases());
      setError(false);
      setSaved((n) => n + 1);
      setPhase({ kind: 'submitted', sitting, answers, result });
      window.scrollTo({ top: 0 });
    } catch {
      setError(true);
    }
  };

  return (
    <section className="screen quiz-screen" aria-labelledby="quiz-screen-title">
      <h1 id="quiz-screen-title">{t('certification.quiz.title')}</h1>
      {phase.kind === 'start' && (
        <>
          <p className="lead">{t('certification.quiz.intro', { count: QUIZ_BANK.length })}</p>
          <button type="button" className="primary" onClick={begin}>
            {t('certification.quiz.start')}
          </button>
        </>
      )}
      {phase.kind === 'answering' && (
        <form onSubmit={(e) => void submit(e)} className="quiz-form">
          {phase.sitting.items.map((item, i) => (
            <QuizItemField
              key={item.id}
              item={item}
              number={i + 1}
              options={shownOptions(item, phase.sitting.seed)}
              answer={phase.answers[item.id] ?? []}
              onAnswer={(answer) =>
                setPhase({ ...phase, answers: { ...phase.answers, [item.id]: answer } })
              }
            />
          ))}
          {error && (
            <p role="alert" className="form-error">
              {t('certification.quiz.saveFailed')}
            </p>
          )}
          <button type="submit" className="primary">
            {t('certification.quiz.submit')}
          </button>
        </form>
      )}
      {phase.kind === 'submitted' && (
        <>
          <div className="quiz-result" role="status">
            <span className="total-number">{phase.result.score}%</span>
            <span>
              {t('certification.quiz.result', {
                correct: phase.result.correct,
                total: phase.result.total,
              })}
            </span>
          </div>
          <div className="actions">
            <Link href="/certification" className="button primary">
              {t('certification.backToCertification')}
            </Link>
            <button type="button" onClick={begin}>
              {t('certification.quiz.again')}
            </button>
          </div>
          <QuizReview
            items={phase.sitting.items}
            answers={phase.answers}
            perItem={phase.result.perItem}
          />
        </>
      )}
      {phase.kind !== 'answering' && (
        <section className="panel" aria-labelledby="quiz-history-title">
          <h2 id="quiz-history-title">{t('certification.quiz.history')}</h2>
          {history.state === 'ready' && history.value.length === 0 && (
            <p className="muted">{t('certification.quiz.noHistory')}</p>
          )}
          {history.state === 'ready' && history.value.length > 0 && (
            <table className="quiz-history">
              <thead>
                <tr>
                  <th scope="col">{t('history.when')}</th>
                  <th scope="col">{t('history.score')}</th>
                  <th scope="col">{t('certification.quiz.correctColumn')}</th>
                </tr>
              </thead>
              <tbody>
                {history.value.map((s) => (
                  <tr key={s.id}>
                    <td>{new Date(s.at).toLocaleString(locale)}</td>
                    <td>{s.score}%</td>
                    <td>
                      {s.correct}/{s.total}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </section>
  );
}
