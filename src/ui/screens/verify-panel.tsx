import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../records/records.css';
import { verifyAll, type PersonVerification } from '../../app/records/verify';
import { VerificationReport } from '../components/verification-report';
import { FingerprintCard } from '../records/fingerprint-card';
import { ProvenanceReport } from '../records/provenance-report';

/**
 * Anyone may verify: it only reads, recomputes every chain from the records as they are now,
 * rebuilds each roster summary from the sealed records, and says where merged records came from.
 */
export function VerifyPanel() {
  const { t } = useTranslation();
  const [results, setResults] = useState<PersonVerification[] | null>(null);
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
      <FingerprintCard />
      <button type="button" onClick={() => void verify()} disabled={busy}>
        {busy ? t('security.verify.checking') : t('security.verify.button')}
      </button>
      <div role="status">
        {results && (
          <>
            <VerificationReport results={results} />
            <ProvenanceReport results={results} />
          </>
        )}
      </div>
    </section>
  );
}
