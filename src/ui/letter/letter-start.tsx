import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../engine/scenario-schema';
import { useLocalized } from '../i18n/use-localized';

/**
 * Before a written reply: the briefing and how the letter is written. No ringing and no reply
 * timer: a letter is drafted, not answered under a clock.
 */
export function LetterStart({ scenario, onBegin }: { scenario: Scenario; onBegin: () => void }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  return (
    <div className="ringing letter-start">
      <p className="ringing-title">
        {t('writtenReply.start.title', { name: pick(scenario.persona.name) })}
      </p>
      <p className="briefing">{pick(scenario.briefing)}</p>
      <p className="hint">{t('writtenReply.start.hint')}</p>
      <button type="button" className="primary answer" autoFocus onClick={onBegin}>
        {t('writtenReply.start.begin')}
      </button>
    </div>
  );
}
