import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enrolMachine, listMachines, type EnrolProblem } from '../../app/records/machines';
import type { EnrolledMachineRecord } from '../../engine/records/machine';
import { useLocalized } from '../i18n/use-localized';

/** The machines HR trusts, and the form that enrols one by the fingerprint it shows. */
export function EnrolledMachines() {
  const { t } = useTranslation();
  const { locale } = useLocalized();
  const [machines, setMachines] = useState<EnrolledMachineRecord[] | null>(null);
  const [fingerprint, setFingerprint] = useState('');
  const [label, setLabel] = useState('');
  const [by, setBy] = useState('');
  const [problems, setProblems] = useState<EnrolProblem[]>([]);
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    void listMachines().then(setMachines);
  }, []);

  const enrol = async () => {
    const result = await enrolMachine(fingerprint, label, by);
    if (!result.ok) {
      setProblems(result.problems);
      setDone(null);
      return;
    }
    setProblems([]);
    setFingerprint('');
    setLabel('');
    setDone(result.machine.label);
    setMachines(await listMachines());
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
              <li key={m.fingerprint} data-fingerprint={m.fingerprint}>
                {t('provenance.machineLine', {
                  label: m.label,
                  fingerprint: m.fingerprint,
                  by: m.enrolledBy,
                  at: new Date(m.enrolledAt).toLocaleDateString(locale),
                })}
              </li>
            ))}
          </ul>
        ))}
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
            value={by}
            maxLength={40}
            aria-invalid={problems.includes('by')}
            onChange={(e) => setBy(e.target.value)}
          />
        </label>
        {(problems.includes('label') || problems.includes('by')) && (
          <p className="field-error">{t('provenance.reviewNeeds')}</p>
        )}
        <button type="submit">{t('provenance.enrol')}</button>
        {done && <p role="status">{t('provenance.enrolled', { label: done })}</p>}
      </form>
    </section>
  );
}
