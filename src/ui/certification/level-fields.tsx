import { useTranslation } from 'react-i18next';
import type { CertificationLevel } from '../../engine/certification/program';
import { useLocalized } from '../i18n/use-localized';

interface NumberFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
}

function NumberField({ label, value, min, max, onChange }: NumberFieldProps) {
  return (
    <label className="field field-number">
      <span>{label}</span>
      <input
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={Number.isNaN(value) ? '' : value}
        onChange={(e) => onChange(e.target.valueAsNumber)}
      />
    </label>
  );
}

/** HR's editor for one level's thresholds (the requirements a level has, not which ones). */
export function LevelFields({
  level,
  onChange,
}: {
  level: CertificationLevel;
  onChange: (level: CertificationLevel) => void;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const f = (key: string) => t(`certification.program.fields.${key}`);
  return (
    <fieldset className="panel level-fields">
      <legend>{pick(level.name)}</legend>
      {level.anyScenarios && (
        <>
          <NumberField
            label={f('anyCount')}
            value={level.anyScenarios.count}
            min={1}
            max={50}
            onChange={(count) =>
              onChange({ ...level, anyScenarios: { ...level.anyScenarios!, count } })
            }
          />
          <NumberField
            label={f('anyMinScore')}
            value={level.anyScenarios.minScore}
            min={0}
            max={100}
            onChange={(minScore) =>
              onChange({ ...level, anyScenarios: { ...level.anyScenarios!, minScore } })
            }
          />
        </>
      )}
      {level.coreScenarios && (
        <>
          <NumberField
            label={f('coreMinScore')}
            value={level.coreScenarios.minScore}
            min={0}
            max={100}
            onChange={(minScore) =>
              onChange({ ...level, coreScenarios: { ...level.coreScenarios!, minScore } })
            }
          />
          <NumberField
            label={f('hardCount')}
            value={level.coreScenarios.hardCount}
            min={0}
            max={50}
            onChange={(hardCount) =>
              onChange({ ...level, coreScenarios: { ...level.coreScenarios!, hardCount } })
            }
          />
          <NumberField
            label={f('hardDifficulty')}
            value={level.coreScenarios.hardDifficulty}
            min={1}
            max={5}
            onChange={(hardDifficulty) =>
              onChange({ ...level, coreScenarios: { ...level.coreScenarios!, hardDifficulty } })
            }
          />
        </>
      )}
      {level.noCriticalInLast !== undefined && (
        <NumberField
          label={f('noCriticalInLast')}
          value={level.noCriticalInLast}
          min={1}
          max={20}
          onChange={(noCriticalInLast) => onChange({ ...level, noCriticalInLast })}
        />
      )}
      {level.quizMinPercent !== undefined && (
        <NumberField
          label={f('quizMinPercent')}
          value={level.quizMinPercent}
          min={0}
          max={100}
          onChange={(quizMinPercent) => onChange({ ...level, quizMinPercent })}
        />
      )}
      {level.observationMinTotal !== undefined && (
        <NumberField
          label={f('observationMinTotal')}
          value={level.observationMinTotal}
          min={0}
          max={100}
          onChange={(observationMinTotal) => onChange({ ...level, observationMinTotal })}
        />
      )}
    </fieldset>
  );
}
