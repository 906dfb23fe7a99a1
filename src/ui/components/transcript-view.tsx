import { useLayoutEffect, useRef } from 'react';
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
  const lastTurn = entries.at(-1)?.turn ?? 0;
  const latestCustomer = entries.filter((e) => e.turn === lastTurn && e.speaker === 'customer');
  return (
    <section className="transcript" aria-label={t('call.transcript')} ref={scroller} tabIndex={0}>
      <ol className="transcript-list">
        {entries.map((entry, i) => (
          <li
            key={i}
            className={`bubble bubble-${entry.speaker}${entry.turn === lastTurn ? ' is-latest' : ''}${cueMarking?.marked === i ? ' is-marked' : ''}`}
          >
            <span className="speaker">
              {entry.speaker === 'customer' ? customerName : t('call.you')}
            </span>
            <span className="words">{pick(entry.text)}</span>
            {cueMarking && entry.speaker === 'customer' && cueMarking.marked === null && (
              <button type="button" className="mark-cue" onClick={() => cueMarking.onMark(i)}>
                {t('call.markCue')}
                <span className="visually-hidden">
                  {t('call.markCueLabel', { line: pick(entry.text) })}
                </span>
              </button>
            )}
            {cueMarking?.marked === i && <span className="marked-note">{t('call.markedCue')}</span>}
          </li>
        ))}
      </ol>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {latestCustomer.map((e) => `${customerName}: ${pick(e.text)}`).join(' ')}
      </div>
    </section>
  );
}
