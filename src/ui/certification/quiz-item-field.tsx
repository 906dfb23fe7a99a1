import { useTranslation } from 'react-i18next';
import type { QuizItem } from '../../engine/certification/quiz-item';
import { useLocalized } from '../i18n/use-localized';

interface Props {
  item: QuizItem;
  number: number;
  options: QuizItem['options'];
  answer: readonly string[];
  onAnswer: (answer: string[]) => void;
}

/** One quiz item as a keyboard-usable form field of its type. */
export function QuizItemField({ item, number, options, answer, onAnswer }: Props) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const name = `quiz-${item.id}`;
  const toggle = (id: string) =>
    onAnswer(answer.includes(id) ? answer.filter((a) => a !== id) : [...answer, id]);
  const move = (index: number, by: -1 | 1) => {
    const next = [...answer];
    [next[index], next[index + by]] = [next[index + by]!, next[index]!];
    onAnswer(next);
  };
  const text = (id: string) => pick(options.find((o) => o.id === id)!.text);
  return (
    <fieldset className="quiz-item" data-item={item.id}>
      <legend>
        <span className="quiz-number">{number}.</span> {pick(item.prompt)}
      </legend>
      <p className="hint">{t(`certification.quiz.how.${item.type}`)}</p>
      {item.type === 'single' &&
        options.map((o) => (
          <label key={o.id} className="quiz-option">
            <input
              type="radio"
              name={name}
              checked={answer[0] === o.id}
              onChange={() => onAnswer([o.id])}
            />
            <span>{pick(o.text)}</span>
          </label>
        ))}
      {(item.type === 'multiple' || item.type === 'spot-phrase') &&
        options.map((o) => (
          <label key={o.id} className="quiz-option">
            <input type="checkbox" checked={answer.includes(o.id)} onChange={() => toggle(o.id)} />
            <span>{pick(o.text)}</span>
          </label>
        ))}
      {item.type === 'ordering' && (
        <ol className="quiz-ordering">
          {answer.map((id, i) => (
            <li key={id}>
              <span className="quiz-order-text">{text(id)}</span>
              <span className="quiz-order-buttons">
                <button
                  type="button"
                  className="small-button"
                  disabled={i === 0}
                  aria-label={t('certification.quiz.moveUp', { text: text(id) })}
                  onClick={() => move(i, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="small-button"
                  disabled={i === answer.length - 1}
                  aria-label={t('certification.quiz.moveDown', { text: text(id) })}
                  onClick={() => move(i, 1)}
                >
                  ↓
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
    </fieldset>
  );
}
