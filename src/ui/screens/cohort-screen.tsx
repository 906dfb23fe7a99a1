import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { CATALOG } from '../../scenarios/catalog.generated';
import {
  addMember,
  cohortMembers,
  deleteCohort,
  getCohort,
  listAssignments,
  removeAssignment,
  removeMember,
} from '../../app/cohorts/cohorts';
import { memberStatuses } from '../../app/cohorts/assignment-standing';
import { listProfiles } from '../../app/profiles/profiles';
import type { CohortRecord } from '../../engine/records/cohort';
import type { ProfileRecord } from '../../engine/records/profile';
import { AssignCaseForm } from '../group/assign-case-form';
import { AssignmentPanel, type LoadedAssignment } from '../group/assignment-panel';
import { useLoaded } from '../hooks/use-loaded';
import { importedSummaries } from '../scenario-source';

/** One cohort: its members, the cases assigned to it and how each member stands on them. */
export function CohortScreen({ cohortId }: { cohortId: string }) {
  const { t } = useTranslation();
  const [revision, setRevision] = useState(0);
  const reload = () => setRevision((r) => r + 1);
  const result = useLoaded(async () => {
    const cohort = await getCohort(cohortId);
    if (!cohort) return null;
    const assignments = await listAssignments(cohortId);
    return {
      cohort,
      members: await cohortMembers(cohort),
      profiles: await listProfiles(),
      cases: [...CATALOG, ...(await importedSummaries())],
      assignments: await Promise.all(
        assignments.map(async (assignment): Promise<LoadedAssignment> => ({
          assignment,
          members: await memberStatuses(assignment),
        })),
      ),
    };
  }, `${cohortId}:${revision}`);
  if (result.state === 'loading') return null;
  const loaded = result.state === 'ready' ? result.value : null;
  if (!loaded) {
    return (
      <section className="screen notice">
        <p role="alert">{t('myGroup.cohort.notFound')}</p>
        <Link href="/my-group" className="button">
          {t('myGroup.cohort.back')}
        </Link>
      </section>
    );
  }
  const { cohort, members, profiles, cases, assignments } = loaded;
  return (
    <section className="screen" aria-labelledby="cohort-title">
      <p>
        <Link href="/my-group">← {t('myGroup.cohort.back')}</Link>
      </p>
      <h1 id="cohort-title">{cohort.name}</h1>
      <div className="group-columns">
        <Members cohort={cohort} members={members} profiles={profiles} onChange={reload} />
        <AssignCaseForm cohortId={cohort.id} cases={cases} onAssigned={reload} />
      </div>
      <section aria-labelledby="assignments-title">
        <h2 id="assignments-title">{t('myGroup.cohort.assignments')}</h2>
        {assignments.length === 0 ? (
          <p className="muted">{t('myGroup.cohort.noAssignments')}</p>
        ) : (
          assignments.map((loaded) => (
            <AssignmentPanel
              key={loaded.assignment.id}
              loaded={loaded}
              title={cases.find((c) => c.id === loaded.assignment.scenarioId)?.title ?? null}
              onRemove={() => void removeAssignment(loaded.assignment.id).then(reload)}
            />
          ))
        )}
      </section>
      <DeleteCohort cohort={cohort} />
    </section>
  );
}

interface MembersProps {
  cohort: CohortRecord;
  members: ProfileRecord[];
  profiles: ProfileRecord[];
  onChange: () => void;
}

function Members({ cohort, members, profiles, onChange }: MembersProps) {
  const { t } = useTranslation();
  const outside = profiles.filter((p) => !cohort.profileIds.includes(p.id));
  const [adding, setAdding] = useState('');
  const add = async () => {
    const id = adding || outside[0]?.id;
    if (!id) return;
    await addMember(cohort.id, id);
    setAdding('');
    onChange();
  };
  return (
    <section className="panel" aria-labelledby="members-title">
      <h2 id="members-title">{t('myGroup.cohort.members')}</h2>
      {members.length === 0 ? (
        <p className="muted">{t('myGroup.cohort.noMembers')}</p>
      ) : (
        <ul className="member-list">
          {members.map((p) => (
            <li key={p.id}>
              <span>
                {p.name}{' '}
                <span className="muted small">
                  {t('myGroup.cohort.employeeId', { id: p.employeeId })}
                </span>
              </span>
              <button
                type="button"
                className="small-button"
                aria-label={t('myGroup.cohort.removeLabel', { name: p.name })}
                onClick={() => void removeMember(cohort.id, p.id).then(onChange)}
              >
                {t('myGroup.cohort.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {outside.length === 0 ? (
        <p className="muted small">{t('myGroup.cohort.allIn')}</p>
      ) : (
        <div className="inline-form">
          <label>
            <span>{t('myGroup.cohort.addMember')}</span>
            <select value={adding || outside[0]!.id} onChange={(e) => setAdding(e.target.value)}>
              {outside.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} · {p.employeeId}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => void add()}>
            {t('myGroup.cohort.add')}
          </button>
        </div>
      )}
    </section>
  );
}

function DeleteCohort({ cohort }: { cohort: CohortRecord }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const remove = async () => {
    if (!window.confirm(t('myGroup.cohort.confirmDelete', { name: cohort.name }))) return;
    await deleteCohort(cohort.id);
    navigate('/my-group');
  };
  return (
    <div className="actions">
      <button type="button" className="danger" onClick={() => void remove()}>
        {t('myGroup.cohort.delete')}
      </button>
    </div>
  );
}
