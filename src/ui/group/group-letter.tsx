import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { groupPosition, type GroupPosition } from '../../engine/group-session';
import { isAgitated } from '../../engine/mood';
import { indexScenario } from '../../engine/scenario-index';
import type { Scenario } from '../../engine/scenario-schema';
import { MoodMeters } from '../components/mood-meters';
import { useLocalized } from '../i18n/use-localized';
import { LetterView } from '../letter/letter-view';
import '../letter/letter.css';

/**
 * A written reply on the projector: the letter being answered, the reply the room has composed so
 * far paragraph by paragraph, and how the reader takes the paragraph just added, so the room
 * discusses the next paragraph as the trainee would at the letter desk.
 */
export function GroupLetter({
  scenario,
  position,
}: {
  scenario: Scenario;
  position: GroupPosition;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  // What the reader wrote is what they say before any paragraph.
  const received = useMemo(() => groupPosition(scenario, []).lines, [scenario]);
  const index = indexScenario(scenario);
  const written = position.turns.map((turn) => ({
    key: turn.choice,
    text: index.choice(turn.choice)!.choice.text,
  }));
  const { mood } = position.progress;
  return (
    <div className="group-letter">
      <section className="panel letter-received" aria-labelledby="group-received-title">
        <h2 id="group-received-title">{t('stagesElsewhere.group.receivedLetter')}</h2>
        <p className="muted">{pick(scenario.persona.name)}</p>
        {received.map((line, i) => (
          <p key={i} className="letter-line">
            {pick(line.text)}
          </p>
        ))}
      </section>
      <section className="panel letter-draft" aria-labelledby="group-draft-title">
        <h2 id="group-draft-title">{t('stagesElsewhere.group.groupLetter')}</h2>
        <LetterView paragraphs={written} emptyText={t('writtenReply.empty')} />
      </section>
      {written.length > 0 && (
        <section className="panel letter-reaction" aria-labelledby="group-reads-title">
          <h2 id="group-reads-title">{t('stagesElsewhere.group.reads')}</h2>
          {position.lines.map((line, i) => (
            <p key={i} className="letter-line">
              {pick(line.text)}
            </p>
          ))}
          <MoodMeters mood={mood} agitated={isAgitated(mood, scenario.persona)} />
        </section>
      )}
    </div>
  );
}
