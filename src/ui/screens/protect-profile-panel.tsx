import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { traineeRole } from '../../engine/pin-policy';
import type { ProfileRecord } from '../../engine/records/profile';
import { lockStatus } from '../../app/pins/role-pins';
import { PinPrompt } from '../components/pin-prompt';
import { unlockRole } from '../hooks/unlocked-roles';
import { useLoaded } from '../hooks/use-loaded';

/** The trainee last using this browser may give their own profile a PIN. */
export function ProtectProfilePanel({ profile }: { profile: ProfileRecord }) {
  const { t } = useTranslation();
  const role = traineeRole(profile.id);
  const [generation, setGeneration] = useState(0);
  const status = useLoaded(() => lockStatus(role), `${role}:${generation}`);
  const [settingUp, setSettingUp] = useState(false);
  if (status.state !== 'ready') return null;
  return (
    <section className="panel" aria-labelledby="protect-title">
      <h2 id="protect-title">{t('security.trainee.title')}</h2>
      {status.value.state !== 'not-set' ? (
        <p>{t('security.trainee.protectedNote', { name: profile.name })}</p>
      ) : settingUp ? (
        <PinPrompt
          role={role}
          roleName={profile.name}
          onUnlocked={() => {
            unlockRole(role);
            setSettingUp(false);
            setGeneration((g) => g + 1);
          }}
        />
      ) : (
        <>
          <p>{t('security.trainee.intro', { name: profile.name })}</p>
          <button type="button" onClick={() => setSettingUp(true)}>
            {t('security.trainee.setUp')}
          </button>
        </>
      )}
    </section>
  );
}
