import { useTranslation } from 'react-i18next';
import type { QuizItem } from '../../engine/certification/quiz-item';
import { useLocalized } from '../i18n/use-localized';

/** After submission: each item, right or wrong, the trainee's answer, the right one and why. */
export function QuizReview({
  items,
  answers,
  perItem,
}: {
  items: readonly QuizItem[];
  answers: Readonly<Record<string, readonly string[]>>;
  perItem: Readonly<Record<string, boolean>>;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const texts = (item: QuizItem, ids: readonly string[]) =>
    ids.map((id) => pick(item.options.find((o) => o.id === id)?.text ?? { 'zh-CN': id, en: id }));
  const joiner = (item: QuizItem) =>
    item.type === 'ordering' ? ' → ' : t('certification.listSeparator');
  return (
    <ol className="quiz-review">
      {items.map((item) => {
        const right = Array.isArray(item.answer) ? item.answer : [item.answer];
        const given = answers[item.id] ?? [];
        return (
          <li
            key={item.id}
            className={perItem[item.id] ? 'is-right' : 'is-wrong'}
            data-item={item.id}
          >
            <p className="quiz-review-prompt">
              <strong>
                {perItem[item.id] ? t('certification.quiz.right') : t('certification.quiz.wrong')}
              </strong>{' '}
              {pick(item.prompt)}
            </p>
            {!perItem[item.id] && (
              <p>
                {t('certification.quiz.yourAnswer')}{' '}
                {given.length > 0
                  ? texts(item, given).join(joiner(item))
                  : t('certification.quiz.blank')}
              </p>
            )}
            <p>
              {t('certification.quiz.rightAnswer')} {texts(item, right).join(joiner(item))}
            </p>
            <p className="quiz-explanation">{pick(item.explanation)}</p>
          </li>
        );
      })}
    </ol>
  );
}
