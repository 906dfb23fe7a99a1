import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Replacement } from '../../app/packs/import-pack';
import { useLocalized } from '../i18n/use-localized';

/** Asks before a pack overwrites cases imported earlier, saying what happens to unfinished calls. */
export function ReplaceConfirmation({
  replacing,
  onConfirm,
  onCancel,
}: {
  replacing: readonly Replacement[];
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen-reader users land on the question instead of hunting for it.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="replace-confirmation" role="alertdialog" aria-labelledby="replace-title">
      <h3 id="replace-title" ref={heading} tabIndex={-1}>
        {t('safety.replaceTitle')}
      </h3>
      <p>{t('safety.replaceIntro')}</p>
      <ul>
        {replacing.map((r) => (
          <li key={r.id}>
            {t(
              r.fromVersion === r.toVersion
                ? 'safety.replaceLineSameVersion'
                : 'safety.replaceLine',
              {
                title: pick(r.title),
                id: r.id,
                from: r.fromVersion,
                to: r.toVersion,
              },
            )}
            {r.openCalls > 0 && (
              <strong className="open-calls">
                {t('safety.openCalls', { count: r.openCalls })}
              </strong>
            )}
          </li>
        ))}
      </ul>
      <p className="muted">{t('safety.replaceExplain')}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={onConfirm}>
          {t('safety.replaceConfirm')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('safety.replaceCancel')}
        </button>
      </div>
    </section>
  );
}
