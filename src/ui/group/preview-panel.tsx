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
          <span className={after.anger > before.anger ? 'worse' : 'better'}>
            {t('group.preview.anger', { before: before.anger, after: after.anger })}
          </span>
          <span className={after.trust < before.trust ? 'worse' : 'better'}>
            {t('group.preview.trust', { before: before.trust, after: after.trust })}
          </span>
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
