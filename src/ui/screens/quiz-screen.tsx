import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import {
  drawSitting,
  shownOptions,
  type Sitting,
  type SittingResult,
} from '../../engine/certification/quiz-sitting';
import { newSeed } from '../../engine/certification/seeded-shuffle';
import { QUIZ_BANK } from '../../quiz/bank';
import {
  handInSitting,
  listQuizSittings,
  loadQuizProgress,
  saveQuizProgress,
} from '../../app/certification/quiz';
import { certifiableCases } from '../certification/case-list';
import { QuizItemField } from '../certification/quiz-item-field';
import { QuizReview } from '../certification/quiz-review';
import { useLoaded } from '../hooks/use-loaded';
import { useLocalized } from '../i18n/use-localized';
import '../certification/certification.css';

type Phase =
  | { kind: 'loading' }
  | { kind: 'start' }
  | {
      kind: 'answering';
      sitting: Sitting;
      answers: Record<string, string[]>;
      /** Brought back after a reload or a closed tab. */
      resumed: boolean;
    }
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

/** The sitting a saved one was drawn as, if the bank still draws it the same way. */
function redraw(seed: number, itemIds: readonly string[]): Sitting | null {
  const sitting = drawSitting(QUIZ_BANK, seed);
  const same =
    sitting.items.length === itemIds.length && sitting.items.every((i, n) => i.id === itemIds[n]);
  return same ? sitting : null;
}

/**
 * The knowledge quiz: a fresh random sitting each time, explained after submission, stored. A
 * sitting in progress is saved with every answer and comes back after a reload, same questions.
 */
export function QuizScreen({ profileId }: { profileId: string }) {
  const { t } = useTranslation();
  const { locale } = useLocalized();
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [error, setError] = useState(false);
  const [saved, setSaved] = useState(0);
  const history = useLoaded(() => listQuizSittings(profileId), `${profileId}:${saved}`);

  useEffect(() => {
    let live = true;
    void loadQuizProgress(profileId).then((progress) => {
      if (!live) return;
      const sitting = progress && redraw(progress.seed, progress.itemIds);
      setPhase(
        sitting
          ? {
              kind: 'answering',
              sitting,
              answers: { ...blankAnswers(sitting), ...progress.answers },
              resumed: true,
            }
          : { kind: 'start' },
      );
    });
    return () => {
      live = false;
    };
  }, [profileId]);

  const keep = (sitting: Sitting, answers: Record<string, string[]>) =>
    saveQuizProgress(profileId, {
      seed: sitting.seed,
      itemIds: sitting.items.map((i) => i.id),
      answers,
    }).then(
      () => setError(false),
      () => setError(true),
    );

  const begin = () => {
    const sitting = drawSitting(QUIZ_BANK, newSeed());
    const answers = blankAnswers(sitting);
    setPhase({ kind: 'answering', sitting, answers, resumed: false });
    void keep(sitting, answers);
  };

  const answer = (itemId: string, given: string[]) => {
    if (phase.kind !== 'answering') return;
    const answers = { ...phase.answers, [itemId]: given };
    setPhase({ ...phase, answers });
    void keep(phase.sitting, answers);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (phase.kind !== 'answering') return;
    const { sitting, answers } = phase;
    try {
      const result = await handInSitting(profileId, sitting, answers, await certifiableCases());
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
      {phase.kind === 'answering' && phase.resumed && (
        <p role="status" className="notice-text">
          {t('certification.quiz.resumed')}
        </p>
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
              onAnswer={(given) => answer(item.id, given)}
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
      {(phase.kind === 'start' || phase.kind === 'submitted') && (
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
