import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { backUpEverything, backUpProfile, BackupRefusedError } from '../../app/data/backup';
import { requestPersistence, storageStatus } from '../../app/data/device-storage';
import { currentProfileId } from '../../app/profiles/current-profile';
import { download } from '../download';
import { RoleGate } from '../components/role-gate';
import { useLoaded } from '../hooks/use-loaded';
import { RestorePanel } from './restore-panel';
import { VerifyPanel } from './verify-panel';

const mb = (bytes: number | null) => (bytes === null ? '—' : `${(bytes / 1048576).toFixed(1)} MB`);
const today = () => new Date().toISOString().slice(0, 10);

/** Where the records live, how safe they are, and backup and restore. */
export function DataScreen() {
  const { t } = useTranslation();
  const [generation, setGeneration] = useState(0);
  const status = useLoaded(storageStatus, String(generation));

  return (
    <section className="screen data-screen" aria-labelledby="data-title">
      <h1 id="data-title">{t('data.title')}</h1>
      <p className="lead">{t('data.intro')}</p>
      <section className="panel" aria-labelledby="safety-title">
        <h2 id="safety-title">{t('data.safety')}</h2>
        {status.state === 'ready' && (
          <>
            <p>{status.value.persisted ? t('data.persisted') : t('data.notPersisted')}</p>
            {!status.value.persisted && (
              <button
                type="button"
                onClick={() => void requestPersistence().then(() => setGeneration((g) => g + 1))}
              >
                {t('data.askPersist')}
              </button>
            )}
            <p className="muted">
              {t('data.usage', { usage: mb(status.value.usage), quota: mb(status.value.quota) })}
            </p>
            {status.value.nearlyFull && (
              <p role="alert" className="cap-note">
                {t('data.nearlyFull')}
              </p>
            )}
          </>
        )}
      </section>
      <MyBackupPanel />
      <VerifyPanel />
      <section className="panel" aria-labelledby="restore-title">
        <h2 id="restore-title">{t('data.allRecords')}</h2>
        <p>{t('data.allRecordsHint')}</p>
        <RoleGate role="hr">
          <button
            type="button"
            onClick={() =>
              void backUpEverything().then((file) =>
                download(`complaint-desk-backup-all-${today()}.json`, file),
              )
            }
          >
            {t('data.downloadAll')}
          </button>
          <h3>{t('data.restore')}</h3>
          <p>{t('data.restoreHint')}</p>
          <RestorePanel />
        </RoleGate>
      </section>
    </section>
  );
}

/** A trainee's backup: their own records only, never anyone else's and never a PIN or a key. */
function MyBackupPanel() {
  const { t } = useTranslation();
  const profileId = currentProfileId();
  const [refused, setRefused] = useState(false);
  const downloadMine = async (id: string) => {
    try {
      download(`complaint-desk-backup-${today()}.json`, await backUpProfile(id));
      setRefused(false);
    } catch (error) {
      if (!(error instanceof BackupRefusedError)) throw error;
      setRefused(true);
    }
  };
  return (
    <section className="panel" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('data.backup')}</h2>
      <p>{t('data.backupHint')}</p>
      {profileId ? (
        <button type="button" className="primary" onClick={() => void downloadMine(profileId)}>
          {t('data.download')}
        </button>
      ) : (
        <p className="muted">{t('data.noProfile')}</p>
      )}
      {refused && (
        <p role="alert" className="form-error">
          {t('data.backupRefused')}
        </p>
      )}
    </section>
  );
}
