import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallSnapshot } from '../../engine/conversation';
import type { TypedReply } from '../../engine/detect/typed-reply';
import type { AttemptRecord } from '../../engine/records/attempt';
import { indexScenario } from '../../engine/scenario-index';
import type { Scenario } from '../../engine/scenario-schema';
import { customerLastLine } from '../../engine/typed-turn';
import {
  MAX_TYPED_CHARS,
  meantReply,
  prepareTypedReply,
  type PreparedTypedReply,
} from '../../app/calls/typed-reply';
import { activeLists } from '../../app/organisation-lists/organisation-lists';
import { DEFAULT_LISTS } from '../../engine/detect/default-lists';
import type { PhraseLists } from '../../engine/detect/phrase-lists';
import { useLoaded } from '../hooks/use-loaded';
import { loadAllMessages } from '../i18n/i18n';
import { useLocalized } from '../i18n/use-localized';
import { TypedReplyBox } from './typed-reply-box';
import { WhichDidYouMean } from './which-did-you-mean';
import './typed-reply.css';

interface Props {
  scenario: Scenario;
  call: CallSnapshot;
  attempt: AttemptRecord;
  busy: boolean;
  /** Records the turn: routed along `choiceId`, graded on the typed words. */
  onCommit: (choiceId: string, typed: TypedReply) => void;
  /**
   * The trainee is being asked which scripted reply they meant, or no longer: a question of the
   * matcher's, not of the conversation, so a timed call records no silence while it is open.
   */
  onAskingChange: (asking: boolean) => void;
}

/**
 * One decision point said in the trainee's own words: the text box, then — when the words are as
 * near to one scripted reply as to another, in practice — which of those the trainee meant.
 * Loaded only for calls in this mode, with the detector and its phrase lists.
 */
export default function TypedReplyPanel({
  scenario,
  call,
  attempt,
  busy,
  onCommit,
  onAskingChange,
}: Props) {
  const { t } = useTranslation();
  const { locale } = useLocalized();
  const [text, setText] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [unclear, setUnclearState] = useState<Extract<
    PreparedTypedReply,
    { kind: 'unclear' }
  > | null>(null);
  const setUnclear = (asked: typeof unclear) => {
    setUnclearState(asked);
    onAskingChange(asked !== null);
  };
  // The moves the detector hears are named with the authoring vocabulary's labels.
  useEffect(() => void loadAllMessages().catch(() => undefined), []);
  const assessed = Boolean(attempt.certification);
  // The lists in use here (an organisation's additions, if a trainer loaded them); the turn records
  // their version. Nothing is graded before they are read (a few milliseconds after the box shows;
  // the box itself stays enabled so it takes the focus); if they cannot be read, the released ones.
  const loaded = useLoaded(activeLists, 'lists');
  const lists =
    loaded.state === 'ready' ? loaded.value : loaded.state === 'failed' ? DEFAULT_LISTS : null;
  const node = indexScenario(scenario).node(call.context.progress.nodeId);
  const choices = node?.kind === 'decision' ? node.choices : [];

  // A send before the lists are read (a fast Ctrl+Enter on a slow machine) waits for them and
  // goes with the words as they were sent: never a key press that does nothing, nor one sent twice.
  const waiting = useRef(false);
  const send = () => {
    if (lists) return sendWith(lists);
    if (waiting.current) return;
    waiting.current = true;
    void activeLists()
      .catch(() => DEFAULT_LISTS)
      .then((read) => {
        waiting.current = false;
        sendWith(read);
      });
  };
  const sendWith = (lists: PhraseLists) => {
    const prepared = prepareTypedReply(scenario, call, text, locale, {
      certification: assessed,
      lists,
    });
    switch (prepared.kind) {
      case 'refused':
        return setRefusal(
          t(`typedReply.call.${prepared.reason}`, {
            max: prepared.max,
            count: [...text.trim()].length,
          }),
        );
      case 'clear':
        return onCommit(prepared.typed.matchedChoiceId, prepared.typed);
      case 'unclear':
        return setUnclear(prepared);
    }
  };

  if (unclear) {
    return (
      <WhichDidYouMean
        text={unclear.typed.text}
        candidates={unclear.candidates.flatMap(({ choiceId }) => {
          const choice = choices.find((c) => c.id === choiceId);
          return choice ? [{ choiceId, text: choice.text }] : [];
        })}
        disabled={busy}
        onPick={(choiceId) => {
          onAskingChange(false);
          onCommit(choiceId, meantReply(unclear, choiceId));
        }}
        onEdit={() => setUnclear(null)}
      />
    );
  }
  return (
    <TypedReplyBox
      text={text}
      onTextChange={(words) => {
        setRefusal(null);
        setText(words);
      }}
      lang={locale}
      customerSaid={customerLastLine(scenario, call, locale)}
      lists={lists ?? DEFAULT_LISTS}
      maxChars={MAX_TYPED_CHARS}
      disabled={busy}
      showHeard={!assessed}
      refusal={refusal}
      onSend={send}
    />
  );
}
