import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  enrolMachine,
  listMachines,
  MachineRefusedError,
  type EnrolProblem,
} from '../../app/records/machines';
import type { EnrolledMachineRecord } from '../../engine/records/machine';
import { MachineEntry } from './machine-entry';
import './enrolled-machines.css';

/**
 * The machines HR trusts — each enrolled or withdrawn, with who did it, when and why — a way to
 * withdraw one or enrol it again, and the form that enrols a machine by the fingerprint it shows.
 */
export function EnrolledMachines() {
  const { t } = useTranslation();
  const [machines, setMachines] = useState<EnrolledMachineRecord[] | null>(null);
  const [fingerprint, setFingerprint] = useState('');
  const [label, setLabel] = useState('');
  const [by, setBy] = useState('');
  const [problems, setProblems] = useState<EnrolProblem[]>([]);
  const [refused, setRefused] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  const [withdrawn, setWithdrawn] = useState<string | null>(null);
  const withdrawnNote = useRef<HTMLParagraphElement>(null);
  const byField = useRef<HTMLInputElement>(null);

  const reload = async () => setMachines(await listMachines());
  useEffect(() => {
    void listMachines().then(setMachines);
  }, []);
  // Where HR's focus goes once the machine it was on is withdrawn (its button is gone).
  useEffect(() => {
    if (withdrawn) withdrawnNote.current?.focus();
  }, [withdrawn]);

  const enrol = async () => {
    let result: Awaited<ReturnType<typeof enrolMachine>>;
    try {
      result = await enrolMachine(fingerprint, label, by);
    } catch (error) {
      if (!(error instanceof MachineRefusedError)) throw error;
      setRefused(true);
      return;
    }
    setRefused(false);
    if (!result.ok) {
      setProblems(result.problems);
      setDone(null);
      return;
    }
    setProblems([]);
    setFingerprint('');
    setLabel('');
    setDone(result.machine.label);
    setWithdrawn(null);
    await reload();
  };

  const enrolAgain = (machine: EnrolledMachineRecord) => {
    setFingerprint(machine.fingerprint);
    setLabel(machine.label);
    setProblems([]);
    setDone(null);
    // The fingerprint and name are filled in: HR gives their own name and enrols.
    byField.current?.focus();
  };

  return (
    <section className="panel enrolled-machines" aria-labelledby="machines-title">
      <h2 id="machines-title">{t('provenance.machinesTitle')}</h2>
      <p className="muted">{t('provenance.machinesHint')}</p>
      {machines &&
        (machines.length === 0 ? (
          <p>{t('provenance.noMachines')}</p>
        ) : (
          <ul className="machine-list">
            {machines.map((m) => (
              <MachineEntry
                key={m.fingerprint}
                machine={m}
                withdrawing={withdrawing === m.fingerprint}
                onWithdraw={() => {
                  setWithdrawing(m.fingerprint);
                  setWithdrawn(null);
                  setDone(null);
                }}
                onCancel={() => setWithdrawing(null)}
                onWithdrawn={(machine) => {
                  setMachines((all) =>
                    (all ?? []).map((x) => (x.fingerprint === machine.fingerprint ? machine : x)),
                  );
                  setWithdrawing(null);
                  setWithdrawn(machine.label);
                }}
                onStale={() => void reload()}
                onEnrolAgain={() => enrolAgain(m)}
              />
            ))}
          </ul>
        ))}
      <p role="status" className="withdrawn-note" tabIndex={-1} ref={withdrawnNote}>
        {withdrawn && t('machineWithdraw.done', { label: withdrawn })}
      </p>
      <form
        className="enrol-form"
        onSubmit={(e) => {
          e.preventDefault();
          void enrol();
        }}
      >
        <label className="field">
          <span>{t('provenance.enrolFingerprint')}</span>
          <input
            value={fingerprint}
            spellCheck={false}
            autoCapitalize="off"
            aria-invalid={problems.includes('fingerprint')}
            onChange={(e) => setFingerprint(e.target.value)}
          />
        </label>
        {problems.includes('fingerprint') && (
          <p className="field-error">{t('provenance.badFingerprint')}</p>
        )}
        <label className="field">
          <span>{t('provenance.enrolLabel')}</span>
          <input
            value={label}
            maxLength={80}
            aria-invalid={problems.includes('label')}
            onChange={(e) => setLabel(e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('provenance.reviewBy')}</span>
          <input
            ref={byField}
            value={by}
            maxLength={40}
            aria-invalid={problems.includes('by')}
            onChange={(e) => setBy(e.target.value)}
          />
        </label>
        {(problems.includes('label') || problems.includes('by')) && (
          <p className="field-error">{t('provenance.reviewNeeds')}</p>
        )}
        {refused && (
          <p className="field-error" role="alert">
            {t('machineWithdraw.refused')}
          </p>
        )}
        <button type="submit">{t('provenance.enrol')}</button>
        {done && <p role="status">{t('provenance.enrolled', { label: done })}</p>}
      </form>
    </section>
  );
}
