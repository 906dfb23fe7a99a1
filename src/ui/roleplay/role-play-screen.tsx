import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { blankMarks, checklistTotal, type Mark } from '../../engine/observer-checklist';
import { customerCard, representativeCard } from '../../engine/role-cards';
import type { Scenario } from '../../engine/scenario-schema';
import { CATALOG } from '../../scenarios/catalog.generated';
import { InvalidObservation, saveObservation } from '../../app/observations/save-observation';
import { classifyStorageFailure, type StorageFailure } from '../../app/data/storage-failure';
import { listProfiles } from '../../app/profiles/profiles';
import type { ProfileRecord } from '../../engine/records/profile';
import { CasePicker } from '../group/case-picker';
import { StorageFailureNotice } from '../components/storage-failure';
import { currentProfileId } from '../../app/profiles/current-profile';
import { useLoaded } from '../hooks/use-loaded';
import { findScenario, importedSummaries } from '../scenario-source';
import { ChecklistForm } from './checklist-form';
import { CustomerCardView, RepresentativeCardView } from './role-cards-view';
import '../group/group.css';
import './roleplay.css';

/** Set up an observed role-play: the case, who plays the representative, and who observes. */
export function RolePlayScreen() {
  const { t } = useTranslation();
  const loaded = useLoaded(
    async () => ({ imported: await importedSummaries(), profiles: await listProfiles() }),
    'roleplay',
  );
  const [caseId, setCaseId] = useState('');
  const scenario = useLoaded(
    () => (caseId ? findScenario(caseId) : Promise.resolve(undefined)),
    caseId,
  );
  if (loaded.state !== 'ready') return null;
  const { imported, profiles } = loaded.value;
  return (
    <section className="screen roleplay" aria-labelledby="roleplay-title">
      <h1 id="roleplay-title">{t('roleplay.title')}</h1>
      <p className="lead no-print">{t('roleplay.intro')}</p>
      <div className="panel no-print">
        <div className="field">
          <label htmlFor="roleplay-case">{t('roleplay.case')}</label>
          <CasePicker
            id="roleplay-case"
            cases={[...CATALOG, ...imported]}
            value={caseId}
            onChange={setCaseId}
          />
        </div>
      </div>
      {scenario.state === 'ready' && scenario.value && (
        <RolePlay key={scenario.value.id} scenario={scenario.value} profiles={profiles} />
      )}
    </section>
  );
}

interface Message {
  ok: boolean;
  key: 'roleplay.saved' | `roleplay.errors.${InvalidObservation['reason']}`;
  values?: { name: string; total: number };
}

function RolePlay({ scenario, profiles }: { scenario: Scenario; profiles: ProfileRecord[] }) {
  const { t } = useTranslation();
  const current = currentProfileId();
  const [profileId, setProfileId] = useState(
    profiles.some((p) => p.id === current) ? (current ?? '') : '',
  );
  const [observer, setObserver] = useState('');
  const [marks, setMarks] = useState<Mark[]>(blankMarks);
  const [notes, setNotes] = useState('');
  // Kept as a key, not text, so a language switch re-words the message too.
  const [message, setMessage] = useState<Message | null>(null);
  /** A save the browser's storage refused: nothing was written, the form keeps every mark. */
  const [unsaved, setUnsaved] = useState<StorageFailure | null>(null);
  const customer = useMemo(() => customerCard(scenario), [scenario]);
  const rep = useMemo(() => representativeCard(scenario), [scenario]);
  const total = checklistTotal(marks);

  // One save per role-play: a second click while it is saving is ignored, and once it is saved
  // the form is cleared for the next trainee (the observer stays), so it cannot be saved twice.
  const saving = useRef(false);
  const save = async () => {
    if (saving.current) return;
    saving.current = true;
    setUnsaved(null);
    try {
      const saved = await saveObservation({
        profileId,
        scenario,
        observer,
        checklist: marks,
        notes,
      });
      const name = profiles.find((p) => p.id === saved.profileId)?.name ?? '';
      setMessage({ ok: true, key: 'roleplay.saved', values: { name, total: saved.total } });
      setProfileId('');
      setMarks(blankMarks());
      setNotes('');
    } catch (error) {
      if (error instanceof InvalidObservation) {
        setMessage({ ok: false, key: `roleplay.errors.${error.reason}` });
      } else {
        setMessage(null);
        setUnsaved(classifyStorageFailure(error));
      }
    } finally {
      saving.current = false;
    }
  };

  return (
    <>
      <div className="actions no-print">
        <button type="button" onClick={() => window.print()}>
          {t('roleplay.printCards')}
        </button>
      </div>
      <div className="role-cards">
        <CustomerCardView card={customer} />
        <RepresentativeCardView card={rep} />
      </div>
      <form
        className="panel no-print observer-form"
        aria-labelledby="checklist-title"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <h2 id="checklist-title">{t('roleplay.checklist')}</h2>
        <div className="observer-fields">
          <div className="field">
            <label htmlFor="roleplay-rep">{t('roleplay.representative')}</label>
            {profiles.length === 0 ? (
              <p className="muted">{t('roleplay.noProfiles')}</p>
            ) : (
              <select
                id="roleplay-rep"
                value={profileId}
                onChange={(e) => setProfileId(e.target.value)}
              >
                <option value="">{t('roleplay.chooseRepresentative')}</option>
                {profiles.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name} · {p.employeeId}
                  </option>
                ))}
              </select>
            )}
          </div>
          <div className="field">
            <label htmlFor="roleplay-observer">{t('roleplay.observer')}</label>
            <input
              id="roleplay-observer"
              value={observer}
              maxLength={40}
              placeholder={t('roleplay.observerPlaceholder')}
              onChange={(e) => setObserver(e.target.value)}
            />
          </div>
        </div>
        <ChecklistForm marks={marks} onChange={setMarks} />
        <div className="field">
          <label htmlFor="roleplay-notes">{t('roleplay.notes')}</label>
          <textarea
            id="roleplay-notes"
            rows={3}
            value={notes}
            maxLength={2000}
            onChange={(e) => setNotes(e.target.value)}
          />
        </div>
        <div className="actions observer-save">
          <p className="observer-total" aria-live="polite">
            {t('roleplay.total')}
            <strong>{total}</strong>
          </p>
          <button
            type="submit"
            className="primary"
            onClick={(e) => {
              if (!profileId) {
                e.preventDefault();
                setMessage({ ok: false, key: 'roleplay.errors.profile' });
              }
            }}
          >
            {t('roleplay.save')}
          </button>
        </div>
        {unsaved && (
          <StorageFailureNotice
            failure={unsaved}
            action="observation"
            onRetry={() => void save()}
          />
        )}
        {message && (
          <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'saved' : 'form-error'}>
            {t(message.key, message.values)}
          </p>
        )}
      </form>
    </>
  );
}
