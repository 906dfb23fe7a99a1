import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  checkOrganisationListsFile,
  listsInUse,
  adoptKeptLists,
  adoptOrganisationLists,
  returnToReleasedLists,
  type OrganisationListsCheck,
  type UseListsResult,
} from '../../app/organisation-lists/organisation-lists';
import { problem, type Problem } from '../../engine/validation/problem';
import { ProblemList } from '../components/problem-list';
import { useLoaded } from '../hooks/use-loaded';
import { ListsPreview } from './lists-preview';
import './organisation-lists.css';
import { FileField } from '../components/file-field';
import { WriteRefusedNotice } from '../components/write-refused-notice';
import { refusedWrite, type RefusedWrite } from './refused-write';

type Step =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'refused'; problems: Problem[] }
  | { kind: 'checked'; check: Extract<OrganisationListsCheck, { ok: true }> }
  | { kind: 'used'; listsVersion: string }
  | { kind: 'released'; listsVersion: string }
  | { kind: 'unsaved'; refused: RefusedWrite; retry: () => void };

/** A failure nobody planned for, said as a problem of the file: nothing was written. */
const failed = (error: unknown): Problem =>
  problem('$', {
    en: `the phrase lists could not be loaded (${String(error)}); nothing was written`,
    'zh-CN': `短语表没能载入（${String(error)}）；没有写入任何内容`,
  });

/**
 * Where a trainer loads the organisation's own phrase lists for typed replies (the file `sim
 * detect --lists` reads): checked, previewed by what it adds, then used on this machine. Shows the
 * lists in use and every version kept, and goes back to the released lists.
 */
export function OrganisationListsPanel() {
  const { t } = useTranslation();
  const [generation, setGeneration] = useState(0);
  const inUse = useLoaded(listsInUse, String(generation));
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const [dropped, setDropped] = useState<File | null>(null);

  const check = (file: File) => {
    setStep({ kind: 'checking' });
    void checkOrganisationListsFile(file)
      .catch((error: unknown): OrganisationListsCheck => ({ ok: false, problems: [failed(error)] }))
      .then((r) => setStep(r.ok ? { kind: 'checked', check: r } : { kind: 'refused', ...r }));
  };
  // A refused write keeps the way to try it again: the same lists, once there is room.
  const unsaved = (error: unknown, retry: () => void): Step | null => {
    const refused = refusedWrite(error);
    return refused ? { kind: 'unsaved', refused, retry } : null;
  };
  const settle = (write: () => Promise<UseListsResult>) =>
    void write()
      .then(
        (r): Step =>
          r.ok ? { kind: 'used', listsVersion: r.listsVersion } : { kind: 'refused', ...r },
        (error: unknown): Step =>
          unsaved(error, () => settle(write)) ?? { kind: 'refused', problems: [failed(error)] },
      )
      .then((next) => {
        setStep(next);
        setGeneration((g) => g + 1);
      });
  const backToReleased = () =>
    void returnToReleasedLists().then(
      (listsVersion) => {
        setStep({ kind: 'released', listsVersion });
        setGeneration((g) => g + 1);
      },
      (error: unknown) =>
        setStep(unsaved(error, backToReleased) ?? { kind: 'refused', problems: [failed(error)] }),
    );
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (!file) return;
    setDropped(file);
    check(file);
  };

  const current = inUse.state === 'ready' ? inUse.value : null;
  return (
    <section className="panel org-lists" aria-labelledby="org-lists-title">
      <h2 id="org-lists-title">{t('organisationLists.title')}</h2>
      <p>{t('organisationLists.intro')}</p>
      {current && (
        <div className="org-lists-in-use">
          <p role="status">
            {current.organisation
              ? t('organisationLists.inUseOrganisation', {
                  id: current.organisation.id,
                  orgVersion: current.organisation.version,
                  version: current.listsVersion,
                })
              : t('organisationLists.inUseReleased', { version: current.releasedVersion })}
          </p>
          {current.organisation && (
            <button type="button" onClick={backToReleased}>
              {t('organisationLists.useReleased')}
            </button>
          )}
        </div>
      )}
      <div
        className={`org-lists-drop${dragging ? ' org-lists-dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <FileField
          label={t('organisationLists.chooseFile')}
          accept="application/json,.json"
          onFile={check}
          dropped={dropped}
        />
        <p className="hint">{t('organisationLists.dropHint')}</p>
      </div>
      {step.kind === 'checking' && <p role="status">{t('organisationLists.checking')}</p>}
      {step.kind === 'refused' && (
        <ProblemList heading={t('organisationLists.rejected')} problems={step.problems} />
      )}
      {step.kind === 'checked' && (
        <div className="org-lists-preview">
          <ListsPreview preview={step.check.preview} />
          <div className="button-row">
            <button
              type="button"
              className="primary"
              onClick={() => settle(() => adoptOrganisationLists(step.check.organisation))}
            >
              {t('organisationLists.use')}
            </button>
            <button type="button" onClick={() => setStep({ kind: 'idle' })}>
              {t('organisationLists.cancel')}
            </button>
          </div>
        </div>
      )}
      {step.kind === 'unsaved' && (
        <WriteRefusedNotice
          text={t(`saveFeedback.phraseLists.${step.refused}`)}
          onRetry={step.retry}
        />
      )}
      {step.kind === 'used' && (
        <p role="status">{t('organisationLists.used', { version: step.listsVersion })}</p>
      )}
      {step.kind === 'released' && (
        <p role="status">{t('organisationLists.usedReleased', { version: step.listsVersion })}</p>
      )}
      {current && current.kept.length > 0 && (
        <section aria-labelledby="org-lists-kept-title">
          <h3 id="org-lists-kept-title">{t('organisationLists.kept')}</h3>
          <ul className="org-lists-kept">
            {current.kept.map((k) => (
              <li key={k.listsVersion}>
                <span>
                  {t('organisationLists.keptRow', { id: k.id, orgVersion: k.version })}{' '}
                  <code>{k.listsVersion}</code>
                </span>
                {k.listsVersion !== current.listsVersion && (
                  <button
                    type="button"
                    aria-label={t('organisationLists.useKeptLabel', {
                      id: k.id,
                      orgVersion: k.version,
                    })}
                    onClick={() => settle(() => adoptKeptLists(k.id, k.version))}
                  >
                    {t('organisationLists.useKept')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
