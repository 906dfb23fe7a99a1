import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BY_MAX, REASON_MAX, type OverrideProblem } from '../../engine/grade-override';
import { overrideGrade, OverrideRefusedError } from '../../app/overrides/override-grade';
import type { OverrideRecord } from '../../engine/records/override';

interface Props {
  attemptId: string;
  originalTotal: number;
  onSaved: (override: OverrideRecord) => void;
}

/** A trainer's new total for a call, with the written reason; the original grade stays. */
export function OverrideForm({ attemptId, originalTotal, onSaved }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [total, setTotal] = useState(String(originalTotal));
  const [reason, setReason] = useState('');
  const [by, setBy] = useState('');
  const [problems, setProblems] = useState<Array<OverrideProblem | 'unknown'>>([]);
  const [saved, setSaved] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const override = await overrideGrade(attemptId, {
        total: total.trim() === '' ? Number.NaN : Number(total),
        reason,
        by,
      });
      setProblems([]);
      setReason('');
      setOpen(false);
      setSaved(true);
      onSaved(override);
    } catch (e) {
      setProblems(e instanceof OverrideRefusedError ? [...new Set(e.problems)] : ['unknown']);
    }
  };

  if (!open) {
    return (
      <>
        {saved && <p role="status">{t('myGroup.override.saved')}</p>}
        <button
          type="button"
          onClick={() => {
            setSaved(false);
            setOpen(true);
          }}
        >
          {t('myGroup.override.action')}
        </button>
      </>
    );
  }
  return (
    <form className="override-form" onSubmit={(e) => void submit(e)} noValidate>
      <p className="hint">{t('myGroup.override.hint')}</p>
      <label className="field">
        <span>{t('myGroup.override.total')}</span>
        <input
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          step={1}
          value={total}
          onChange={(e) => setTotal(e.target.value)}
          required
        />
      </label>
      <label className="field">
        <span>{t('myGroup.override.reason')}</span>
        <textarea
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={t('myGroup.override.reasonPlaceholder')}
          maxLength={REASON_MAX}
          rows={3}
          required
        />
      </label>
      <label className="field">
        <span>{t('myGroup.override.by')}</span>
        <input
          value={by}
          onChange={(e) => setBy(e.target.value)}
          maxLength={BY_MAX}
          autoComplete="name"
          required
        />
      </label>
      {problems.length > 0 && (
        <ul role="alert" className="form-error">
          {[...new Set(problems.map((p) => t(`myGroup.override.problems.${p}`)))].map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button type="submit" className="primary">
          {t('myGroup.override.save')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('myGroup.override.cancel')}
        </button>
      </div>
    </form>
  );
}
