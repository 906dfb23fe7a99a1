import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { ruleById } from '../../engine/scoring/rules';
import { useLocalized } from '../i18n/use-localized';
import { RuleLink, ruleHeadline } from './rule-link';
import './typed-turn.css';

/** Words of a typed reply that earned or cost points, with the rules they did it under. */
export interface MarkedSpan {
  readonly start: number;
  readonly end: number;
  readonly effect: 'earned' | 'cost';
  readonly rules: readonly string[];
}

type Piece = { text: string; mark?: MarkedSpan; n?: number };

/** The text cut at the marks; a mark starting inside an earlier one is left out of the text. */
function pieces(text: string, marks: readonly MarkedSpan[]): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  marks.forEach((mark, i) => {
    if (mark.start < at || mark.end > text.length || mark.end <= mark.start) return;
    if (mark.start > at) out.push({ text: text.slice(at, mark.start) });
    out.push({ text: text.slice(mark.start, mark.end), mark, n: i + 1 });
    at = mark.end;
  });
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

/**
 * A typed reply with the words behind its grade marked. Each mark carries a sign and a number as
 * well as its colour, and the notes below name the rule of each number, linked to the handbook.
 */
export function MarkedWords({ text, marks }: { text: string; marks: readonly MarkedSpan[] }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  // Read out inside the mark, so a screen reader hears why these words count without the colour.
  const ruleNames = (mark: MarkedSpan) =>
    mark.rules
      .map((id) => {
        const rule = ruleById(id);
        return rule ? ruleHeadline(pick(rule.description)) : id;
      })
      .join(' / ');
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  const sign = (effect: MarkedSpan['effect']) => (effect === 'earned' ? '＋' : '－');
  return (
    <>
      <p className="typed-words">
        {pieces(text, sorted).map((piece, i) =>
          piece.mark ? (
            <mark key={i} className={`typed-mark typed-${piece.mark.effect}`}>
              <span className="typed-sign" aria-hidden="true">
                {sign(piece.mark.effect)}
              </span>
              {piece.text}
              <sup className="typed-note-ref">{piece.n}</sup>
              <span className="visually-hidden">
                {t(
                  piece.mark.effect === 'earned'
                    ? 'typedReply.debrief.markEarned'
                    : 'typedReply.debrief.markCost',
                  { rule: ruleNames(piece.mark) },
                )}
              </span>
            </mark>
          ) : (
            <Fragment key={i}>{piece.text}</Fragment>
          ),
        )}
      </p>
      {sorted.length === 0 ? (
        <p className="muted small">{t('typedReply.debrief.noEvidence')}</p>
      ) : (
        <ol className="typed-notes">
          {sorted.map((mark, i) => (
            <li
              key={`${mark.start}-${mark.end}-${i}`}
              className={`typed-note typed-${mark.effect}`}
            >
              <span className="typed-note-n">{i + 1}</span>
              <span className={`typed-effect typed-${mark.effect}`}>
                <span aria-hidden="true">{sign(mark.effect)}</span>
                {t(
                  mark.effect === 'earned'
                    ? 'typedReply.debrief.earned'
                    : 'typedReply.debrief.cost',
                )}
              </span>
              <q>{text.slice(mark.start, mark.end)}</q>
              {mark.rules.map((id) => (
                <RuleLink key={id} id={id} />
              ))}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
