import { useTranslation } from 'react-i18next';
import {
  PSYCHOLOGY_NAMES,
  type CustomerCard,
  type RepresentativeCard,
  type Trigger,
} from '../../engine/role-cards';
import { useLocalized } from '../i18n/use-localized';
import { CustomerStages, RepresentativeStages, useFactName } from './stage-cards';

/** Everything the colleague playing the customer needs, including what to keep hidden. */
export function CustomerCardView({ card }: { card: CustomerCard }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const factName = useFactName();
  return (
    <article className="role-card customer-card" aria-labelledby="customer-card-title">
      <h2 id="customer-card-title">{t('roleplay.customerCard')}</h2>
      <p className="role-card-case">{pick(card.title)}</p>
      {card.letter && (
        <p className="role-card-letter">{t('stagesElsewhere.roleplay.letterCustomer')}</p>
      )}
      <h3>{t('roleplay.who')}</h3>
      <p>
        <strong>{pick(card.name)}</strong> — {pick(card.profile)}
      </p>
      <p>
        {t('roleplay.psychology', { type: pick(PSYCHOLOGY_NAMES[card.psychology]) })} ·{' '}
        {t('roleplay.startingMood', card.startingMood)}
      </p>
      <h3>{t('roleplay.surface')}</h3>
      <p>{pick(card.surfaceComplaint)}</p>
      <h3>{t('roleplay.hidden')}</h3>
      <p className="role-card-secret">{pick(card.realExpectation)}</p>
      <h3>{t('roleplay.opening')}</h3>
      {card.opening.map((line, i) => (
        <p key={i} className="role-card-line">
          “{pick(line)}”
        </p>
      ))}
      <h3>{t('roleplay.cues')}</h3>
      <ul className="role-card-list">
        {card.cues.map((cue, i) => (
          <li key={i}>
            “{pick(cue.text)}”
            {cue.key && <span className="tag tag-key">{t('roleplay.keyCue')}</span>}
            {cue.when && (
              <span className="tag">{t('roleplay.onlyWhen', { fact: factName(cue.when) })}</span>
            )}
            {cue.unless && (
              <span className="tag">
                {t('roleplay.onlyUnless', { fact: factName(cue.unless) })}
              </span>
            )}
          </li>
        ))}
      </ul>
      <TriggerList title={t('roleplay.escalate')} triggers={card.escalateOn} />
      <TriggerList title={t('roleplay.soften')} triggers={card.softenOn} />
      <CustomerStages stages={card.stages} />
    </article>
  );
}

function TriggerList({ title, triggers }: { title: string; triggers: Trigger[] }) {
  const { pick } = useLocalized();
  if (triggers.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className="role-card-list">
        {triggers.map((trigger, i) => (
          <li key={i}>“{pick(trigger.reply)}”</li>
        ))}
      </ul>
    </>
  );
}

/** The representative knows only the situation, as on a real call. */
export function RepresentativeCardView({ card }: { card: RepresentativeCard }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  return (
    <article className="role-card rep-card" aria-labelledby="rep-card-title">
      <h2 id="rep-card-title">{t('roleplay.repCard')}</h2>
      <p className="role-card-case">{pick(card.title)}</p>
      {card.letter && <p className="role-card-letter">{t('stagesElsewhere.roleplay.letterRep')}</p>}
      <h3>{t('roleplay.situation')}</h3>
      <p>{pick(card.briefing)}</p>
      <p>
        {t('roleplay.channelLine', {
          channel: t(`channel.${card.channel}`),
          industry: t(`industry.${card.industry}`),
        })}
      </p>
      <p>{t('roleplay.customerName', { name: pick(card.customerName) })}</p>
      <RepresentativeStages stages={card.stages} />
      <p className="muted">{t('roleplay.repHint')}</p>
    </article>
  );
}
