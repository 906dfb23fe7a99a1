import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportBackup } from '../../app/data/backup';
import { requestPersistence, storageStatus } from '../../app/data/device-storage';
import { download } from '../download';
import { RoleGate } from '../components/role-gate';
import { useLoaded } from '../hooks/use-loaded';
import { RestorePanel } from './restore-panel';
import { VerifyPanel } from './verify-panel';

const mb = (bytes: number | null) => (bytes === null ? '—' : `${(bytes / 1048576).toFixed(1)} MB`);

/** Where the records live, how safe they are, and backup and restore. */
export function DataScreen() {
  const { t } = useTranslation();
  const [generation, setGeneration] = useState(0);
  const status = useLoaded(storageStatus, String(generation));

  const downloadBackup = async () =>
    download(
      `complaint-desk-backup-${new Date().toISOString().slice(0, 10)}.json`,
      await exportBackup(),
    );

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
      <section className="panel" aria-labelledby="backup-title">
        <h2 id="backup-title">{t('data.backup')}</h2>
        <p>{t('data.backupHint')}</p>
        <button type="button" className="primary" onClick={() => void downloadBackup()}>
          {t('data.download')}
        </button>
      </section>
      <VerifyPanel />
      <section className="panel" aria-labelledby="restore-title">
        <h2 id="restore-title">{t('data.restore')}</h2>
        <p>{t('data.restoreHint')}</p>
        <RoleGate role="hr">
          <RestorePanel />
        </RoleGate>
      </section>
    </section>
  );
}
