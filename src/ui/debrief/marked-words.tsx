import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Behaviour } from '../../engine/behaviours';
import type { RulePoints } from '../../engine/debrief/rule-points';
import type { TypedHighlight } from '../../engine/debrief/typed-feedback';
import { ruleById } from '../../engine/scoring/rules';
import { useLocalized } from '../i18n/use-localized';
import { RuleLink, ruleHeadline } from './rule-link';
import './typed-turn.css';

type Tone = 'earned' | 'cost' | 'mixed';

/** One marked stretch of the reply: highlights that share or overlap words are marked once. */
interface Mark {
  start: number;
  end: number;
  behaviours: Behaviour[];
  rules: RulePoints[];
  tone: Tone;
}

function toneOf(rules: readonly RulePoints[]): Tone {
  const earned = rules.some((r) => r.points > 0);
  const cost = rules.some((r) => r.points < 0);
  return earned && cost ? 'mixed' : earned ? 'earned' : 'cost';
}

/** The highlights that moved a rule, merged where their words overlap, in reply order. */
function marksOf(highlights: readonly TypedHighlight[], length: number): Mark[] {
  const marks: Mark[] = [];
  const counted = highlights
    .filter((h) => h.tone !== 'none' && h.start < h.end && h.end <= length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  for (const h of counted) {
    const last = marks.at(-1);
    if (last && h.start < last.end) {
      last.end = Math.max(last.end, h.end);
      if (!last.behaviours.includes(h.behaviour)) last.behaviours.push(h.behaviour);
      for (const rule of h.rules)
        if (!last.rules.some((r) => r.id === rule.id)) last.rules.push(rule);
      last.tone = toneOf(last.rules);
    } else {
      marks.push({
        start: h.start,
        end: h.end,
        behaviours: [h.behaviour],
        rules: [...h.rules],
        tone: toneOf(h.rules),
      });
    }
  }
  return marks;
}

const SIGN: Record<Tone, string> = { earned: '＋', cost: '－', mixed: '±' };
const signed = (points: number) => (points > 0 ? `+${points}` : `−${-points}`);

/**
 * A typed reply with the words behind its grade marked. Each mark carries a sign and a number as
 * well as its colour (and reads its rules out to a screen reader); the numbered notes below name
 * the move heard and each rule with its points, linked to the handbook. Rules no word carries
 * (something left unsaid) are listed after them.
 */
export function MarkedWords({
  text,
  highlights,
  unsaid,
}: {
  text: string;
  highlights: readonly TypedHighlight[];
  unsaid: readonly RulePoints[];
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const marks = marksOf(highlights, text.length);
  const ruleNames = (rules: readonly RulePoints[]) =>
    rules
      .map((r) => {
        const rule = ruleById(r.id);
        return `${rule ? ruleHeadline(pick(rule.description)) : r.id} ${signed(r.points)}`;
      })
      .join(t('library.listSeparator'));
  const pieces: Array<{ text: string; mark?: Mark; n?: number }> = [];
  let at = 0;
  marks.forEach((mark, i) => {
    if (mark.start > at) pieces.push({ text: text.slice(at, mark.start) });
    pieces.push({ text: text.slice(mark.start, mark.end), mark, n: i + 1 });
    at = mark.end;
  });
  if (at < text.length) pieces.push({ text: text.slice(at) });

  return (
    <>
      <p className="typed-words">
        {pieces.map((piece, i) =>
          piece.mark ? (
            <mark key={i} className={`typed-mark typed-${piece.mark.tone}`}>
              <span className="typed-sign" aria-hidden="true">
                {SIGN[piece.mark.tone]}
              </span>
              {piece.text}
              <sup className="typed-note-ref" aria-hidden="true">
                {piece.n}
              </sup>
              <span className="visually-hidden">
                {t(`typedReply.debrief.mark.${piece.mark.tone}`, {
                  rule: ruleNames(piece.mark.rules),
                })}
              </span>
            </mark>
          ) : (
            <Fragment key={i}>{piece.text}</Fragment>
          ),
        )}
      </p>
      {marks.length === 0 ? (
        <p className="muted small">{t('typedReply.debrief.noEvidence')}</p>
      ) : (
        <ol className="typed-notes">
          {marks.map((mark, i) => (
            <li key={mark.start} className={`typed-note typed-${mark.tone}`}>
              <span className="typed-note-n">{i + 1}</span>
              <span className={`typed-effect typed-${mark.tone}`}>
                <span aria-hidden="true">{SIGN[mark.tone]}</span>
                {t(`typedReply.debrief.${mark.tone}`)}
              </span>
              <q>{text.slice(mark.start, mark.end)}</q>
              <span className="muted small">
                {mark.behaviours
                  .map((b) => t(`author.behaviour.${b}`))
                  .join(t('library.listSeparator'))}
              </span>
              {mark.rules.map((rule) => (
                <span key={rule.id} className="typed-rule">
                  <RuleLink id={rule.id} /> <span className="small">{signed(rule.points)}</span>
                </span>
              ))}
            </li>
          ))}
        </ol>
      )}
      {unsaid.length > 0 && (
        <p className="typed-unsaid">
          <span className="muted small">{t('typedReply.debrief.unsaid')}</span>{' '}
          {unsaid.map((rule) => (
            <span key={rule.id} className="typed-rule">
              <RuleLink id={rule.id} /> <span className="small">{signed(rule.points)}</span>
            </span>
          ))}
        </p>
      )}
    </>
  );
}
