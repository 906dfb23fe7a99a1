import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mood } from '../../engine/scenario-schema';

function Meter({ label, value, tone }: { label: string; value: number; tone: 'anger' | 'trust' }) {
  return (
    <div className="meter">
      <span className="meter-label">{label}</span>
      <div
        className={`meter-track meter-${tone}`}
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
      >
        <div className="meter-fill" style={{ transform: `scaleX(${value / 100})` }} />
      </div>
      <span className="meter-value">{value}</span>
    </div>
  );
}

export const MoodMeters = memo(function MoodMeters({
  mood,
  agitated,
}: {
  mood: Mood;
  agitated: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="mood" aria-label={t('call.mood')} role="group">
      <Meter label={t('call.anger')} value={mood.anger} tone="anger" />
      <Meter label={t('call.trust')} value={mood.trust} tone="trust" />
      <p className={`mood-state ${agitated ? 'is-agitated' : 'is-calm'}`}>
        {agitated ? t('call.agitated') : t('call.calm')}
      </p>
    </div>
  );
});
