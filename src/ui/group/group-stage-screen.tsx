import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Scenario } from '../../engine/scenario-schema';
import { getGroupSession } from '../../app/group-sessions/group-sessions';
import type { GroupSessionRecord } from '../../engine/records/group-session';
import { useLoaded } from '../hooks/use-loaded';
import { useLocalized } from '../i18n/use-localized';
import { findScenario } from '../scenario-source';
import { GroupStage } from './group-stage';
import { GroupStageCard } from './group-stage-card';
import { GroupSummaryView } from './group-summary';
import { useGroupStageCard } from './use-group-stage-card';
import './group.css';

/** A session on the projector: the live stage while it runs, its summary once it has ended. */
export function GroupStageScreen({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const loaded = useLoaded(async () => {
    const session = await getGroupSession(sessionId);
    const scenario = session ? await findScenario(session.scenarioId) : undefined;
    return { session, scenario };
  }, sessionId);
  if (loaded.state === 'loading') return null;
  const { session, scenario } = loaded.state === 'ready' ? loaded.value : {};
  if (!session || !scenario || scenario.version !== session.scenarioVersion) {
    return (
      <section className="screen notice">
        <p role="alert">{session ? t('group.caseMissing') : t('group.notFound')}</p>
        <Link href="/group" className="button">
          {t('group.back')}
        </Link>
      </section>
    );
  }
  return <Session initial={session} scenario={scenario} />;
}

function Session({ initial, scenario }: { initial: GroupSessionRecord; scenario: Scenario }) {
  const { pick } = useLocalized();
  const [session, setSession] = useState(initial);
  const { arrival, pass } = useGroupStageCard(scenario, initial, session);
  return session.endingId ? (
    <GroupSummaryView session={session} scenario={scenario} />
  ) : arrival ? (
    <GroupStageCard caseTitle={pick(scenario.title)} arrival={arrival} onContinue={pass} />
  ) : (
    <GroupStage
      key={session.turns.length}
      session={session}
      scenario={scenario}
      onChange={setSession}
    />
  );
}
