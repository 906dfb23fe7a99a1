import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { EndedStatus } from './ended-status';
import { playSound } from '../audio/sound';
import type { Scenario } from '../../engine/scenario-schema';
import type { AttemptRecord } from '../../engine/records/attempt';
import { CustomerFace } from '../components/customer-face';
import { TranscriptView } from '../components/transcript-view';
import { useLocalized } from '../i18n/use-localized';

interface Props {
  attempt: AttemptRecord;
  scenario: Scenario;
  onDebrief: () => void;
}

export function EndedPanel({ attempt, scenario, onDebrief }: Props) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const customerName = pick(scenario.persona.name);
  const last = attempt.turns.at(-1);
  useEffect(() => playSound('hang-up'), []);
  return (
    <div className="call-layout">
      <aside className="customer-panel" aria-label={t('call.customer')}>
        <CustomerFace
          appearance={scenario.persona.appearance}
          mood={last?.mood ?? scenario.persona.startingMood}
          label={customerName}
        />
        <p className="customer-name">{customerName}</p>
      </aside>
      <div className="conversation">
        <TranscriptView entries={attempt.transcript} customerName={customerName} />
        <EndedStatus
          title={t(`call.ended.${scenario.channel}`)}
          outcome={attempt.outcome}
          onDebrief={onDebrief}
        />
      </div>
    </div>
  );
}
