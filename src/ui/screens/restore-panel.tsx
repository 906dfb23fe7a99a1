import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkBackup, restoreBackup, type BackupCheck } from '../../app/data/backup';
import { verifyAll, type ProfileVerification } from '../../app/records/verify';
import { ProblemList } from '../components/problem-list';
import { VerificationReport } from '../components/verification-report';

type Step =
  | { step: 'choose' }
  | { step: 'checked'; file: File; check: Extract<BackupCheck, { ok: true }> }
  | { step: 'restored'; rows: number; verification: ProfileVerification[] };

/**
 * Restoring in two steps: the file is checked and its chains verified first, so HR sees any
 * altered record before confirming; after restoring, the chains are verified again from the
 * database and the result stays on screen.
 */
export function RestorePanel() {
  const { t } = useTranslation();
  const [state, setState] = useState<Step>({ step: 'choose' });
  const [refused, setRefused] = useState<Extract<BackupCheck, { ok: false }> | null>(null);

  const choose = async (file: File) => {
    const check = await checkBackup(file);
    if (check.ok) {
      setRefused(null);
      setState({ step: 'checked', file, check });
    } else setRefused(check);
  };
  const confirm = async (file: File) => {
    const result = await restoreBackup(file);
    if (!result.ok) return setRefused(result);
    setState({ step: 'restored', rows: result.rows, verification: await verifyAll() });
  };
  const flagged = (results: readonly ProfileVerification[]) =>
    results.filter((r) => r.problems.length > 0);

  return (
    <>
      <label className="field">
        <span>{t('data.chooseFile')}</span>
        <input
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void choose(file);
          }}
        />
      </label>
      {refused && <ProblemList heading={t('data.rejected')} problems={refused.problems} />}
      {state.step === 'checked' && (
        <div className="restore-preview">
          <p>{t('security.restore.checked', { rows: state.check.rows })}</p>
          {flagged(state.check.verification).length > 0 ? (
            <div className="cap-note" role="alert">
              <p>{t('security.restore.flagged')}</p>
              <VerificationReport results={flagged(state.check.verification)} />
            </div>
          ) : (
            <p>{t('security.restore.clean')}</p>
          )}
          <div className="button-row">
            <button type="button" className="primary" onClick={() => void confirm(state.file)}>
              {t('security.restore.confirm')}
            </button>
            <button type="button" onClick={() => setState({ step: 'choose' })}>
              {t('security.restore.cancel')}
            </button>
          </div>
        </div>
      )}
      {state.step === 'restored' && (
        <>
          <p role="status">{t('data.restored', { rows: state.rows })}</p>
          <h3>{t('security.restore.afterTitle')}</h3>
          <VerificationReport results={state.verification} />
        </>
      )}
    </>
  );
}
