import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { installationFingerprint } from '../../app/records/installation-key';

/** This installation's key fingerprint, for HR to compare and enrol it. */
export function FingerprintCard() {
  const { t } = useTranslation();
  const [fingerprint, setFingerprint] = useState<string | null>(null);
  const [unavailable, setUnavailable] = useState(false);
  useEffect(() => {
    installationFingerprint().then(setFingerprint, () => setUnavailable(true));
  }, []);
  return (
    <div className="fingerprint-card">
      <h3>{t('provenance.fingerprintTitle')}</h3>
      {fingerprint ? (
        <p className="fingerprint" data-fingerprint={fingerprint}>
          <code>{fingerprint}</code>
        </p>
      ) : unavailable ? (
        <p role="alert">{t('provenance.fingerprintUnavailable')}</p>
      ) : (
        <p className="muted">{t('provenance.fingerprintLoading')}</p>
      )}
      <p className="muted">{t('provenance.fingerprintHint')}</p>
    </div>
  );
}
