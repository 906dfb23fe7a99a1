import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import {
  CohortRuleError,
  createCohort,
  listAssignments,
  listCohorts,
} from '../../app/cohorts/cohorts';
import { listProfiles } from '../../app/profiles/profiles';
import type { ProfileRecord } from '../../engine/records/profile';
import { useLoaded } from '../hooks/use-loaded';

/** A trainer's cohorts, and a form to make a new one from existing trainee profiles. */
export function MyGroupScreen() {
  const { t } = useTranslation();
  const result = useLoaded(async () => {
    const cohorts = await listCohorts();
    return {
      cohorts: await Promise.all(
        cohorts.map(async (c) => ({ cohort: c, assigned: (await listAssignments(c.id)).length })),
      ),
      profiles: await listProfiles(),
    };
  }, 'my-group');
  if (result.state !== 'ready') return null;
  const { cohorts, profiles } = result.value;
  return (
    <section className="screen" aria-labelledby="my-group-title">
      <h1 id="my-group-title">{t('myGroup.title')}</h1>
      <p className="lead">{t('myGroup.intro')}</p>
      <div className="group-columns">
        <section className="panel" aria-labelledby="cohorts-title">
          <h2 id="cohorts-title">{t('myGroup.cohorts')}</h2>
          {cohorts.length === 0 ? (
            <p>{t('myGroup.none')}</p>
          ) : (
            <ul className="cohort-list">
              {cohorts.map(({ cohort, assigned }) => (
                <li key={cohort.id}>
                  <Link href={`/my-group/${cohort.id}`} className="cohort-link">
                    <span className="cohort-name">{cohort.name}</span>
                    <span className="muted small">
                      {t('myGroup.memberCount', { count: cohort.profileIds.length })} ·{' '}
                      {t('myGroup.assignmentCount', { count: assigned })}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
        <CreateCohortForm profiles={profiles} />
      </div>
    </section>
  );
}

function CreateCohortForm({ profiles }: { profiles: ProfileRecord[] }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const toggle = (id: string) =>
    setChosen((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      navigate(`/my-group/${(await createCohort(name, chosen)).id}`);
    } catch (e) {
      setError(e instanceof CohortRuleError ? e.code : 'unknown');
    }
  };
  return (
    <form
      className="panel"
      aria-labelledby="create-cohort-title"
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h2 id="create-cohort-title">{t('myGroup.createTitle')}</h2>
      <label className="field">
        <span>{t('myGroup.name')}</span>
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder={t('myGroup.namePlaceholder')}
          maxLength={40}
          required
        />
      </label>
      <fieldset className="member-picker">
        <legend>{t('myGroup.pickMembers')}</legend>
        {profiles.length === 0 ? (
          <p className="muted">{t('myGroup.noProfiles')}</p>
        ) : (
          profiles.map((p) => (
            <label key={p.id} className="check">
              <input
                type="checkbox"
                checked={chosen.includes(p.id)}
                onChange={() => toggle(p.id)}
              />
              <span>{p.name}</span>
              <span className="muted small">
                {t('myGroup.cohort.employeeId', { id: p.employeeId })}
              </span>
            </label>
          ))
        )}
      </fieldset>
      {error && (
        <p role="alert" className="form-error">
          {t(`myGroup.errors.${error}`)}
        </p>
      )}
      <button type="submit" className="primary">
        {t('myGroup.create')}
      </button>
    </form>
  );
}
