import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MachineRefusedError,
  withdrawMachine,
  type WithdrawProblem,
} from '../../app/records/machines';
import { errorMessage } from '../../engine/error-message';
import type { EnrolledMachineRecord } from '../../engine/records/machine';
import { ReviewFields } from '../records/review-fields';

/**
 * Withdrawing one machine, under its line in the list: what it means for the bundles it signs and
 * for the records already merged from it, then HR's name and reason, then the confirmation. Opens
 * with the name field focused; Escape or Cancel closes it and nothing is written.
 */
export function WithdrawMachineForm({
  machine,
  onCancel,
  onWithdrawn,
  onStale,
}: {
  machine: EnrolledMachineRecord;
  onCancel: () => void;
  onWithdrawn: (machine: EnrolledMachineRecord) => void;
  /** The list on screen is behind the stored one (another tab changed it): read it again. */
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const [by, setBy] = useState('');
  const [why, setWhy] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const id = `withdraw-${machine.fingerprint}`;

  useEffect(() => {
    document.getElementById(`${id}-by`)?.focus();
  }, [id]);

  const sayProblems = (problems: readonly WithdrawProblem[]) => {
    if (problems.includes('not-enrolled')) return t('machineWithdraw.notEnrolled');
    if (problems.includes('already-withdrawn')) return t('machineWithdraw.alreadyWithdrawn');
    return t('provenance.reviewNeeds');
  };

  const withdraw = async () => {
    setSaving(true);
    try {
      const result = await withdrawMachine(machine.fingerprint, by, why);
      if (result.ok) {
        onWithdrawn(result.machine);
        return;
      }
      setProblem(sayProblems(result.problems));
      if (!result.problems.includes('by') && !result.problems.includes('why')) onStale();
    } catch (error) {
      setProblem(
        error instanceof MachineRefusedError
          ? t('machineWithdraw.refused')
          : t('machineWithdraw.failed', { message: errorMessage(error) }),
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="withdraw-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        void withdraw();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <h3 id={`${id}-title`}>{t('machineWithdraw.withdrawNamed', { label: machine.label })}</h3>
      <p>{t('machineWithdraw.meaningBundles')}</p>
      <p>{t('machineWithdraw.meaningMerged')}</p>
      <ReviewFields
        id={id}
        by={by}
        why={why}
        // What was missing no longer shows once HR goes on typing.
        onBy={(value) => {
          setBy(value);
          setProblem(null);
        }}
        onWhy={(value) => {
          setWhy(value);
          setProblem(null);
        }}
      />
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="danger" disabled={saving}>
          {t('machineWithdraw.confirm')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('machineWithdraw.cancel')}
        </button>
      </div>
    </form>
  );
}
