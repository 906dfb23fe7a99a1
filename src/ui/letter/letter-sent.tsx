import { useTranslation } from 'react-i18next';
import { EndedStatus } from '../call/ended-status';
import type { AttemptRecord } from '../../engine/records/attempt';
import { useLocalized } from '../i18n/use-localized';
import { latestReaction, writtenSoFar } from './letter-parts';
import { LetterView } from './letter-view';

/** Once the letter is sent: the letter as it went, the family's response and the way to the debrief. */
export function LetterSent({
  attempt,
  onDebrief,
}: {
  attempt: AttemptRecord;
  onDebrief: () => void;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  return (
    <div className="letter-layout letter-sent">
      <section className="panel letter-draft" aria-labelledby="sent-letter-title">
        <h2 id="sent-letter-title">{t('writtenReply.yourLetter')}</h2>
        <LetterView paragraphs={writtenSoFar(attempt)} />
      </section>
      <div className="letter-work">
        <section className="panel letter-reaction" aria-labelledby="response-title">
          <h2 id="response-title">{t('writtenReply.sent.response')}</h2>
          {latestReaction(attempt).map((entry, i) => (
            <p key={i} className="letter-line">
              {pick(entry.text)}
            </p>
          ))}
        </section>
        <EndedStatus
          title={t('writtenReply.sent.title')}
          outcome={attempt.outcome}
          onDebrief={onDebrief}
        />
      </div>
    </div>
  );
}
