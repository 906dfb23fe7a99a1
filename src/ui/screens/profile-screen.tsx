import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { traineeRole } from '../../engine/pin-policy';
import { createProfile, listProfiles, StorageRuleError } from '../../app/profiles/profiles';
import type { ProfileRecord } from '../../engine/records/profile';
import { lockStatus } from '../../app/pins/role-pins';
import { PinPrompt } from '../components/pin-prompt';
import { currentProfileId, rememberProfile } from '../../app/profiles/current-profile';
import { isUnlocked, unlockRole } from '../hooks/unlocked-roles';
import { useLoaded } from '../hooks/use-loaded';
import { ProfileFinder } from './profile-finder';
import { ProtectProfilePanel } from './protect-profile-panel';

export function ProfileScreen() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const result = useLoaded(listProfiles, 'profiles');
  const [name, setName] = useState('');
  const [employeeId, setEmployeeId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState<ProfileRecord | null>(null);

  const enter = (id: string) => {
    rememberProfile(id);
    navigate('/library');
  };

  /** A profile with its own PIN asks for it first (once per tab). */
  const choose = async (profile: ProfileRecord) => {
    const role = traineeRole(profile.id);
    if (isUnlocked(role) || (await lockStatus(role)).state === 'not-set') enter(profile.id);
    else setAsking(profile);
  };
  const current =
    result.state === 'ready' ? result.value.find((p) => p.id === currentProfileId()) : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      enter((await createProfile(name, employeeId)).id);
    } catch (e) {
      setError(e instanceof StorageRuleError ? e.code : 'unknown');
    }
  };

  return (
    <section className="screen profile-screen" aria-labelledby="profile-title">
      <h1 id="profile-title">{t('profile.title')}</h1>
      <p className="lead">{t('profile.intro')}</p>
      <div className="profile-columns">
        <section aria-labelledby="choose-title" className="panel">
          <h2 id="choose-title">{t('profile.choose')}</h2>
          {asking && (
            <div className="profile-pin">
              <h3>{t('security.trainee.enterTitle', { name: asking.name })}</h3>
              <PinPrompt
                role={traineeRole(asking.id)}
                roleName={asking.name}
                onUnlocked={() => {
                  unlockRole(traineeRole(asking.id));
                  enter(asking.id);
                }}
              />
              <button type="button" className="link-button" onClick={() => setAsking(null)}>
                {t('security.trainee.cancel')}
              </button>
            </div>
          )}
          {result.state === 'ready' && result.value.length === 0 && <p>{t('profile.none')}</p>}
          {result.state === 'ready' && result.value.length > 0 && (
            <ProfileFinder profiles={result.value} onChoose={(p) => void choose(p)} />
          )}
        </section>
        <form
          className="panel"
          onSubmit={(e) => void submit(e)}
          aria-labelledby="create-title"
          noValidate
        >
          <h2 id="create-title">{t('profile.createTitle')}</h2>
          <label className="field">
            <span>{t('profile.name')}</span>
            <input
              value={name}
              onChange={(e) => setName(e.target.value)}
              placeholder={t('profile.namePlaceholder')}
              maxLength={40}
              autoComplete="name"
              required
            />
          </label>
          <label className="field">
            <span>{t('profile.employeeId')}</span>
            <input
              value={employeeId}
              onChange={(e) => setEmployeeId(e.target.value)}
              placeholder={t('profile.employeeIdPlaceholder')}
              maxLength={20}
              required
            />
          </label>
          {error && (
            <p role="alert" className="form-error">
              {t(`profile.errors.${error}`)}
            </p>
          )}
          <button type="submit" className="primary">
            {t('profile.create')}
          </button>
        </form>
        {current && <ProtectProfilePanel profile={current} />}
      </div>
    </section>
  );
}
