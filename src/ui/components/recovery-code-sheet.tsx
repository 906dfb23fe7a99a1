import { useTranslation } from 'react-i18next';

/** The one-time recovery code, with a Print button; the print style shows only this sheet. */
export function RecoveryCodeSheet({
  roleName,
  code,
  onStored,
}: {
  roleName: string;
  code: string;
  onStored: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="recovery-sheet" role="region" aria-labelledby="recovery-title">
      <h3 id="recovery-title">{t('security.codeTitle', { role: roleName })}</h3>
      <p className="print-only">{t('security.codeFor', { role: roleName })}</p>
      <p className="recovery-code" translate="no">
        <code>{code}</code>
      </p>
      <p className="no-print">{t('security.codeIntro')}</p>
      <div className="button-row no-print">
        <button type="button" onClick={() => window.print()}>
          {t('security.print')}
        </button>
        <button type="button" className="primary" onClick={onStored}>
          {t('security.stored')}
        </button>
      </div>
    </div>
  );
}
