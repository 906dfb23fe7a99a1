import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import {
  drawSitting,
  shownOptions,
  type Sitting,
  type SittingResult,
} from '../../engine/certification/quiz-sitting';
import { newSeed } from '../../engine/seeded-shuffle';
import { QUIZ_BANK } from '../../quiz/bank';
import {
  handInSitting,
  keepQuizProgress,
  listQuizSittings,
  loadQuizProgress,
} from '../../app/certification/quiz';
import { classifyStorageFailure, type StorageFailure } from '../../app/data/storage-failure';
import { certifiableCases } from '../certification/case-list';
import { QuizItemField } from '../certification/quiz-item-field';
import { QuizReview } from '../certification/quiz-review';
import { useLoaded } from '../hooks/use-loaded';
import { useLocalized } from '../i18n/use-localized';
import { StorageFailureNotice, type StorageAction } from '../components/storage-failure';
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

/** A write that did not happen, and how to try it again. */
interface Unsaved {
  failure: StorageFailure;
  action: StorageAction;
  retry: () => void;
}

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
  const [unsaved, setUnsaved] = useState<Unsaved | null>(null);
  const [saved, setSaved] = useState(0);
  /** This tab's saves of the sitting in progress, one after another. */
  const keeper = useRef(keepQuizProgress(profileId, null));
  /** The sitting as answered so far: what trying a failed save again writes. */
  const shown = useRef(phase);
  useEffect(() => {
    shown.current = phase;
  }, [phase]);
  const history = useLoaded(() => listQuizSittings(profileId), `${profileId}:${saved}`);

  useEffect(() => {
    let live = true;
    void loadQuizProgress(profileId).then((progress) => {
      if (!live) return;
      keeper.current = keepQuizProgress(
        profileId,
        progress && { seed: progress.seed, revision: progress.revision },
      );
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

  const keep = (sitting: Sitting, answers: Record<string, string[]>, action: StorageAction) =>
    keeper.current
      .save({ seed: sitting.seed, itemIds: sitting.items.map((i) => i.id), answers })
      .then(
        () => setUnsaved(null),
        (error: unknown) =>
          setUnsaved({
            failure: classifyStorageFailure(error),
            action,
            retry: () => {
              const now = shown.current;
              if (now.kind === 'answering') void keep(now.sitting, now.answers, action);
            },
          }),
      );

  const begin = () => {
    const sitting = drawSitting(QUIZ_BANK, newSeed());
    const answers = blankAnswers(sitting);
    setPhase({ kind: 'answering', sitting, answers, resumed: false });
    void keep(sitting, answers, 'quizAnswer');
  };

  const answer = (itemId: string, given: string[]) => {
    if (phase.kind !== 'answering') return;
    const answers = { ...phase.answers, [itemId]: given };
    setPhase({ ...phase, answers });
    void keep(phase.sitting, answers, 'quizAnswer');
  };

  const handIn = async (sitting: Sitting, answers: Record<string, string[]>) => {
    try {
      const base = await keeper.current.base();
      const result = await handInSitting(
        profileId,
        sitting,
        answers,
        await certifiableCases(),
        base,
      );
      keeper.current = keepQuizProgress(profileId, null);
      setUnsaved(null);
      setSaved((n) => n + 1);
      setPhase({ kind: 'submitted', sitting, answers, result });
      window.scrollTo({ top: 0 });
    } catch (error) {
      setUnsaved({
        failure: classifyStorageFailure(error),
        action: 'quizHandIn',
        retry: () => void handIn(sitting, answers),
      });
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (phase.kind === 'answering') void handIn(phase.sitting, phase.answers);
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
        <form onSubmit={submit} className="quiz-form">
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
          {unsaved && (
            <StorageFailureNotice
              failure={unsaved.failure}
              action={unsaved.action}
              onRetry={unsaved.retry}
              sticky
            />
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
