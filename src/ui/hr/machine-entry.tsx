import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnrolledMachineRecord } from '../../engine/records/machine';
import { useLocalized } from '../i18n/use-localized';
import { WithdrawMachineForm } from './withdraw-machine-form';

/**
 * One machine of HR's list: enrolled or withdrawn (who withdrew it, when and why), its earlier
 * enrolments, and the way on — withdraw it, or enrol it again.
 */
export function MachineEntry({
  machine,
  withdrawing,
  onWithdraw,
  onCancel,
  onWithdrawn,
  onStale,
  onEnrolAgain,
}: {
  machine: EnrolledMachineRecord;
  /** Whether its withdraw form is open. */
  withdrawing: boolean;
  onWithdraw: () => void;
  onCancel: () => void;
  onWithdrawn: (machine: EnrolledMachineRecord) => void;
  onStale: () => void;
  onEnrolAgain: () => void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocalized();
  const withdrawButton = useRef<HTMLButtonElement>(null);
  // A cancelled withdrawal gives focus back to the button that opened it, once it is shown again.
  const returnFocus = useRef(false);
  useEffect(() => {
    if (!withdrawing && returnFocus.current) {
      returnFocus.current = false;
      withdrawButton.current?.focus();
    }
  }, [withdrawing]);
  const day = (at: number) => new Date(at).toLocaleDateString(locale);
  const { withdrawal, label } = machine;
  const standing = withdrawal ? 'withdrawn' : 'enrolled';

  return (
    <li
      className={`machine-entry machine-${standing}`}
      data-fingerprint={machine.fingerprint}
      data-standing={standing}
    >
      <p className="machine-line">
        <span className="machine-standing">
          {t(withdrawal ? 'machineWithdraw.withdrawnTag' : 'machineWithdraw.enrolledTag')}
        </span>{' '}
        {t('provenance.machineLine', {
          label,
          fingerprint: machine.fingerprint,
          by: machine.enrolledBy,
          at: day(machine.enrolledAt),
        })}
      </p>
      {withdrawal && (
        <p className="machine-withdrawal">
          {t('machineWithdraw.withdrawnLine', {
            by: withdrawal.by,
            at: day(withdrawal.at),
            why: withdrawal.why,
          })}
        </p>
      )}
      {machine.earlier?.map((term) => (
        <p key={term.withdrawal.at} className="muted machine-earlier">
          {t('machineWithdraw.earlierLine', {
            label: term.label,
            enrolledBy: term.enrolledBy,
            enrolledAt: day(term.enrolledAt),
            by: term.withdrawal.by,
            at: day(term.withdrawal.at),
            why: term.withdrawal.why,
          })}
        </p>
      ))}
      {withdrawing ? (
        <WithdrawMachineForm
          machine={machine}
          onCancel={() => {
            returnFocus.current = true;
            onCancel();
          }}
          onWithdrawn={onWithdrawn}
          onStale={onStale}
        />
      ) : (
        <div className="button-row">
          {withdrawal ? (
            <button
              type="button"
              aria-label={t('machineWithdraw.enrolAgainNamed', { label })}
              onClick={onEnrolAgain}
            >
              {t('machineWithdraw.enrolAgain')}
            </button>
          ) : (
            <button
              ref={withdrawButton}
              type="button"
              className="danger"
              aria-label={t('machineWithdraw.withdrawNamed', { label })}
              onClick={onWithdraw}
            >
              {t('machineWithdraw.withdraw')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
