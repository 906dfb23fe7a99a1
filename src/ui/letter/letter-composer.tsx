import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallSnapshot } from '../../engine/conversation';
import { isAgitated } from '../../engine/mood';
import type { AttemptRecord } from '../../engine/records/attempt';
import { replyOrderSeed, shownReplies } from '../../engine/reply-order';
import { indexScenario } from '../../engine/scenario-index';
import type { Scenario } from '../../engine/scenario-schema';
import { isQuotaError } from '../../app/calls/call-controls';
import { recordReply } from '../../app/calls/record-reply';
import { MoodMeters } from '../components/mood-meters';
import { useLocalized } from '../i18n/use-localized';
import { LetterChoices } from './letter-choices';
import { LetterView } from './letter-view';
import { familyLetter, latestReaction, writtenSoFar } from './letter-parts';

interface Props {
  scenario: Scenario;
  call: CallSnapshot;
  attempt: AttemptRecord;
  onRecorded: (attempt: AttemptRecord, call: CallSnapshot) => void;
}

/**
 * Composing a written reply: the letter being answered, the reply so far in order, how the family
 * reads it (the reader's reaction to the paragraph just added, and their mood outside a
 * certification run), and the candidates for the next slot with Send. Each choice is recorded
 * before anything moves on, as a call's reply is.
 */
export function LetterComposer({ scenario, call, attempt, onRecorded }: Props) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const { progress } = call.context;
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<false | 'quota' | 'other'>(false);
  const node = indexScenario(scenario).node(progress.nodeId);
  const assessed = Boolean(attempt.certification);
  const shown = useMemo(
    () => (node?.kind === 'decision' ? shownReplies(node, replyOrderSeed(attempt)) : []),
    [node, attempt],
  );
  const paragraphs = useMemo(() => shown.filter((c) => !c.send), [shown]);
  const sends = useMemo(() => shown.filter((c) => c.send), [shown]);
  const reaction = latestReaction(attempt);

  const choose = useCallback(
    async (choiceId: string) => {
      setBusy(true);
      setFailed(false);
      try {
        const recorded = await recordReply(attempt, scenario, call, choiceId);
        onRecorded(recorded.attempt, recorded.call);
      } catch (error) {
        setFailed(isQuotaError(error) ? 'quota' : 'other');
      } finally {
        setBusy(false);
      }
    },
    [attempt, scenario, call, onRecorded],
  );

  return (
    <div className="letter-layout">
      <section className="panel letter-received" aria-labelledby="family-letter-title">
        <h2 id="family-letter-title">{t('writtenReply.familyLetter')}</h2>
        <p className="muted">{pick(scenario.persona.name)}</p>
        {familyLetter(attempt).map((entry, i) => (
          <p key={i} className="letter-line">
            {pick(entry.text)}
          </p>
        ))}
      </section>
      <div className="letter-work">
        <section className="panel letter-draft" aria-labelledby="your-letter-title">
          <h2 id="your-letter-title">{t('writtenReply.yourLetter')}</h2>
          <LetterView paragraphs={writtenSoFar(attempt)} emptyText={t('writtenReply.empty')} />
        </section>
        {reaction.length > 0 && (
          <section
            className="panel letter-reaction"
            aria-labelledby="reaction-title"
            aria-live="polite"
          >
            <h2 id="reaction-title">{t('writtenReply.reading')}</h2>
            {reaction.map((entry, i) => (
              <p key={i} className="letter-line">
                {pick(entry.text)}
              </p>
            ))}
            {!assessed && (
              <div className="letter-mood" aria-label={t('writtenReply.readerMood')}>
                <MoodMeters
                  mood={progress.mood}
                  agitated={isAgitated(progress.mood, scenario.persona)}
                />
              </div>
            )}
          </section>
        )}
        {failed && (
          <p role="alert" className="form-error">
            {failed === 'quota' ? t('call.storageFull') : t('call.saveFailed')}
          </p>
        )}
        {node?.kind === 'decision' && (
          <LetterChoices
            paragraphs={paragraphs}
            sends={sends}
            slot={attempt.turns.length + 1}
            disabled={busy}
            onChoose={(id) => void choose(id)}
          />
        )}
        {busy && (
          <p role="status" className="hint">
            {t('writtenReply.saving')}
          </p>
        )}
      </div>
    </div>
  );
}
