import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Preview } from '../../engine/group-session';
import { useLocalized } from '../i18n/use-localized';

/** "What would have happened": the consequence of a reply, shown over the stage without moving on. */
export function PreviewPanel({
  preview,
  number,
  onClose,
}: {
  preview: Preview;
  number: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    close.current?.focus();
    return () => opener?.focus();
  }, []);
  const { moodBefore: before, moodAfter: after } = preview;
  return (
    <div className="preview-backdrop">
      <section
        className="preview-panel"
        role="dialog"
        aria-modal="true"
        aria-labelledby="preview-title"
        onKeyDown={(e) => {
          if (e.key === 'Escape') onClose();
        }}
      >
        <h2 id="preview-title">{t('group.preview.title', { n: number })}</h2>
        <p className="muted">{t('group.preview.note')}</p>
        <h3>{t('group.preview.customerWouldSay')}</h3>
        {preview.lines.map((line, i) => (
          <p key={i} className="stage-line">
            {pick(line.text)}
          </p>
        ))}
        <h3>{t('group.preview.mood')}</h3>
        <p className="preview-mood">
          <Change before={before.anger} after={after.anger} worseWhenUp>
            {t('group.preview.anger', { before: before.anger, after: after.anger })}
          </Change>
          <Change before={before.trust} after={after.trust} worseWhenUp={false}>
            {t('group.preview.trust', { before: before.trust, after: after.trust })}
          </Change>
        </p>
        <p className="preview-grade">{t('group.preview.grade', { grade: preview.grade.grade })}</p>
        <p>{pick(preview.grade.feedback)}</p>
        {preview.outcome && (
          <p className={`outcome outcome-${preview.outcome}`}>
            {t('group.preview.ends', { outcome: t(`outcome.${preview.outcome}`) })}
          </p>
        )}
        <button ref={close} type="button" className="primary" onClick={onClose}>
          {t('group.preview.close')}
        </button>
      </section>
    </div>
  );
}

/** A mood figure with an arrow for its direction, coloured by whether the change hurts the call. */
function Change({
  before,
  after,
  worseWhenUp,
  children,
}: {
  before: number;
  after: number;
  worseWhenUp: boolean;
  children: React.ReactNode;
}) {
  const up = after > before;
  const worse = after !== before && up === worseWhenUp;
  return (
    <span className={worse ? 'worse' : 'better'}>
      {after !== before && (
        <span className="arrow" aria-hidden="true">
          {up ? '▲ ' : '▼ '}
        </span>
      )}
      {children}
    </span>
  );
}
