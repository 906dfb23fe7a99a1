import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type HelpTopic =
  | 'title'
  | 'briefing'
  | 'name'
  | 'surfaceComplaint'
  | 'realExpectation'
  | 'anger'
  | 'line'
  | 'replyText'
  | 'behaviours'
  | 'mood'
  | 'next'
  | 'expert'
  | 'note'
  | 'endingLine'
  | 'summary';

/**
 * A field of the guided new case with its help beside it: what the field is and why it matters,
 * so a trainer writing a first case needs no manual. `id` names the help for the field's
 * aria-describedby. On a phone the help sits under the field.
 */
export function GuideRow({
  topic,
  id,
  children,
}: {
  topic: HelpTopic;
  id: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="guide-row">
      <div className="guide-field">{children}</div>
      <aside className="guide-help" id={id}>
        <p>
          <strong>{t('authorGuide.whatIsIt')}</strong> {t(`authorGuide.help.${topic}.what`)}
        </p>
        <p>
          <strong>{t('authorGuide.whyItMatters')}</strong> {t(`authorGuide.help.${topic}.why`)}
        </p>
      </aside>
    </div>
  );
}
