import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkBackup, restoreFromBackup, type BackupCheck } from '../../app/data/backup';
import { classifyStorageFailure, type StorageFailure } from '../../app/data/storage-failure';
import { verifyAll, type ProfileVerification } from '../../app/records/verify';
import { ProblemList } from '../components/problem-list';
import { FileField } from '../components/file-field';
import { StorageFailureNotice } from '../components/storage-failure';
import { VerificationReport } from '../components/verification-report';

type Checked = Extract<BackupCheck, { ok: true }>;

/**
 * What the restore will not take at the file's word: scores their replies do not give, records
 * that cannot be verified, certificates the counted records do not support.
 */
function TrustNotes({ trust }: { trust: Checked['trust'] }) {
  const { t } = useTranslation();
  const refused = trust.doubts.filter((d) => d.provenance.status === 'refused').length;
  const unverified = trust.doubts.length - refused;
  const dropped = trust.droppedAwardIds.length;
  if (refused + unverified + dropped === 0) return <p>{t('security.restore.weighedClean')}</p>;
  return (
    <div className="cap-note" role="alert">
      {refused > 0 && <p>{t('security.restore.refused', { count: refused })}</p>}
      {unverified > 0 && <p>{t('security.restore.unverified', { count: unverified })}</p>}
      {dropped > 0 && <p>{t('security.restore.droppedAwards', { count: dropped })}</p>}
    </div>
  );
}

type Step =
  | { step: 'choose' }
  | { step: 'checking' }
  | { step: 'checked'; file: File; check: Checked }
  | { step: 'restored'; rows: number; verification: ProfileVerification[] };

/** What confirming would replace: the whole machine's records, or one person's. */
function replaces(check: Checked): { key: string; values: Record<string, unknown> } {
  const { scope, tables } = check.backup;
  if (scope.kind === 'all')
    return { key: 'security.restore.checked', values: { rows: check.rows } };
  const [person] = tables.profiles;
  return {
    key: 'security.restore.checkedPerson',
    values: { rows: check.rows, name: person?.name, employeeId: person?.employeeId },
  };
}

/**
 * Restoring in two steps: the file is checked and its chains verified first, so HR sees any
 * altered record before confirming; after restoring, the chains are verified again from the
 * database and the result stays on screen. PINs and lockouts stay as they are unless HR ticks
 * the box to clear the trainer's and trainees' ones.
 */
export function RestorePanel() {
  const { t } = useTranslation();
  const [state, setState] = useState<Step>({ step: 'choose' });
  const [refused, setRefused] = useState<Extract<BackupCheck, { ok: false }> | null>(null);
  const [clearOtherPins, setClearOtherPins] = useState(false);
  /** A restore that could not be written (the disk full…): nothing was changed, HR may retry. */
  const [unsaved, setUnsaved] = useState<StorageFailure | null>(null);

  const choose = async (file: File) => {
    setUnsaved(null);
    setRefused(null);
    // The check runs in a worker: the page stays usable, and says what it is doing meanwhile.
    setState({ step: 'checking' });
    const check = await checkBackup(file);
    if (check.ok) {
      setClearOtherPins(false);
      setState({ step: 'checked', file, check });
    } else {
      setState({ step: 'choose' });
      setRefused(check);
    }
  };
  const confirm = async (file: File) => {
    setUnsaved(null);
    let result: BackupCheck;
    try {
      result = await restoreFromBackup(file, { clearOtherPins });
    } catch (error) {
      return setUnsaved(classifyStorageFailure(error));
    }
    if (!result.ok) return setRefused(result);
    setState({ step: 'restored', rows: result.rows, verification: await verifyAll() });
  };
  const flagged = (results: readonly ProfileVerification[]) =>
    results.filter((r) => r.problems.length > 0);

  return (
    <>
      <FileField
        label={t('data.chooseFile')}
        accept="application/json,.json"
        onFile={(file) => void choose(file)}
      />
      {state.step === 'checking' && <p role="status">{t('fileCheck.checkingBackup')}</p>}
      {refused && <ProblemList heading={t('data.rejected')} problems={refused.problems} />}
      {state.step === 'checked' && (
        <div className="restore-preview">
          <p>{t(replaces(state.check).key, replaces(state.check).values)}</p>
          {flagged(state.check.verification).length > 0 ? (
            <div className="cap-note" role="alert">
              <p>{t('security.restore.flagged')}</p>
              <VerificationReport results={flagged(state.check.verification)} />
            </div>
          ) : (
            <p>{t('security.restore.clean')}</p>
          )}
          <TrustNotes trust={state.check.trust} />
          {state.check.backup.scope.kind === 'all' && (
            <>
              <p>{t('security.restore.pinsKept')}</p>
              <label className="check">
                <input
                  type="checkbox"
                  checked={clearOtherPins}
                  onChange={(e) => setClearOtherPins(e.target.checked)}
                />
                <span>{t('security.restore.clearOtherPins')}</span>
              </label>
            </>
          )}
          {unsaved && (
            <StorageFailureNotice
              failure={unsaved}
              action="restore"
              onRetry={() => void confirm(state.file)}
            />
          )}
          <div className="button-row">
            <button type="button" className="primary" onClick={() => void confirm(state.file)}>
              {t('security.restore.confirm')}
            </button>
            <button
              type="button"
              onClick={() => {
                setUnsaved(null);
                setState({ step: 'choose' });
              }}
            >
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
