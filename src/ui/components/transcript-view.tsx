import { memo, useCallback, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranscriptEntry } from '../../engine/attempt-log';
import { useLocalized } from '../i18n/use-localized';

interface Props {
  entries: readonly TranscriptEntry[];
  customerName: string;
  /** Lets the trainee mark the customer line that revealed the real expectation (once). */
  cueMarking?: { marked: number | null; onMark: (entry: number) => void };
}

/** The conversation so far; the newest customer lines are announced to screen readers. */
export function TranscriptView({ entries, customerName, cueMarking }: Props) {
  const { t } = useTranslation();
  const { pick, locale } = useLocalized();
  const scroller = useRef<HTMLElement>(null);
  // Keep the newest lines in view without scrolling the page around the trainee.
  useLayoutEffect(() => {
    const box = scroller.current;
    if (box) box.scrollTop = box.scrollHeight;
  }, [entries.length, locale]);
  // Lines receive one stable callback, so a reply re-renders only the lines that changed.
  const onMarkRef = useRef(cueMarking?.onMark);
  useLayoutEffect(() => {
    onMarkRef.current = cueMarking?.onMark;
  });
  const onMark = useCallback((entry: number) => onMarkRef.current?.(entry), []);
  const lastTurn = entries.at(-1)?.turn ?? 0;
  const latestCustomer = entries.filter((e) => e.turn === lastTurn && e.speaker === 'customer');
  const you = t('call.you');
  return (
    <section className="transcript" aria-label={t('call.transcript')} ref={scroller} tabIndex={0}>
      <ol className="transcript-list">
        {entries.map((entry, i) => (
          <TranscriptLine
            key={i}
            index={i}
            speaker={entry.speaker}
            who={entry.speaker === 'customer' ? customerName : you}
            words={pick(entry.text)}
            latest={entry.turn === lastTurn}
            marking={
              !cueMarking
                ? 'off'
                : cueMarking.marked === i
                  ? 'marked'
                  : cueMarking.marked === null && entry.speaker === 'customer'
                    ? 'can-mark'
                    : 'off'
            }
            onMark={onMark}
          />
        ))}
      </ol>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {latestCustomer.map((e) => `${customerName}: ${pick(e.text)}`).join(' ')}
      </div>
    </section>
  );
}

interface LineProps {
  index: number;
  speaker: TranscriptEntry['speaker'];
  who: string;
  words: string;
  latest: boolean;
  marking: 'off' | 'can-mark' | 'marked';
  onMark: (entry: number) => void;
}

const TranscriptLine = memo(function TranscriptLine({
  index,
  speaker,
  who,
  words,
  latest,
  marking,
  onMark,
}: LineProps) {
  const { t } = useTranslation();
  return (
    <li
      className={`bubble bubble-${speaker}${latest ? ' is-latest' : ''}${marking === 'marked' ? ' is-marked' : ''}`}
    >
      <span className="speaker">{who}</span>
      <span className="words">{words}</span>
      {marking === 'can-mark' && (
        <button type="button" className="mark-cue" onClick={() => onMark(index)}>
          {t('call.markCue')}
          <span className="visually-hidden">{t('call.markCueLabel', { line: words })}</span>
        </button>
      )}
      {marking === 'marked' && <span className="marked-note">{t('call.markedCue')}</span>}
    </li>
  );
});
