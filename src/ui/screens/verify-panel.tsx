import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { verifyAll, type ProfileVerification } from '../../app/records/verify';
import { VerificationReport } from '../components/verification-report';

/** Anyone may verify: it only reads, and recomputes every chain from the records as they are now. */
export function VerifyPanel() {
  const { t } = useTranslation();
  const [results, setResults] = useState<ProfileVerification[] | null>(null);
  const [busy, setBusy] = useState(false);
  const verify = async () => {
    setBusy(true);
    setResults(await verifyAll());
    setBusy(false);
  };
  return (
    <section className="panel" aria-labelledby="verify-title">
      <h2 id="verify-title">{t('security.verify.title')}</h2>
      <p>{t('security.verify.intro')}</p>
      <button type="button" onClick={() => void verify()} disabled={busy}>
        {busy ? t('security.verify.checking') : t('security.verify.button')}
      </button>
      <div role="status">{results && <VerificationReport results={results} />}</div>
    </section>
  );
}
