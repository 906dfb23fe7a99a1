import { DIMENSION_IDS, type DimensionPoints } from '../scoring/dimensions';
import type { AttemptScore } from '../scoring/score-attempt';
import type { DecisionNode, LocalizedText, Scenario } from '../scenario-schema';
import { LMS_PASS_MARK } from '../pass-mark';
import type { Outcome } from '../vocabulary';
import {
  ACTIVITY_TYPES,
  VERBS,
  decisionIri,
  extensionIri,
  scenarioIri,
  type VerbName,
} from './vocabulary';

/** The trainee as an LRS knows them: by 工号 under the organisation's home page. */
export interface Learner {
  name: string;
  employeeId: string;
  /** The organisation's IRI; also the base of every activity and extension id. */
  homePage: string;
  /**
   * The head of the trainee's hash chain on this machine when the statement was made: the LRS,
   * which this browser cannot change afterwards, then holds what the chain said at each step, so
   * a chain cut back or rebuilt later no longer matches it.
   */
  chainHead?: { seq: number; hash: string } | null;
}

/** The attempt a statement belongs to; its id is the xAPI registration. */
export interface AttemptContext {
  attemptId: string;
  startedAt: number;
  practice: boolean;
  contentHash: string;
}

/** One graded reply, as recorded (TurnRecord fits). */
export interface DecisionFacts {
  node: string;
  choice: string;
  grade: number;
  earned: DimensionPoints;
  expert: DimensionPoints;
}

export interface CallEnding {
  endingId: string;
  outcome: Outcome;
  score: AttemptScore;
  finishedAt: number;
}

/** The subset of xAPI 1.0.3 this app writes. */
export interface XapiStatement {
  id: string;
  actor: {
    objectType: 'Agent';
    name: string;
    account: { homePage: string; name: string };
  };
  verb: { id: string; display: Record<string, string> };
  object: {
    objectType: 'Activity';
    id: string;
    definition: Record<string, unknown>;
  };
  result?: Record<string, unknown>;
  context: {
    registration: string;
    platform: string;
    language: string;
    contextActivities?: { parent: Array<{ objectType: 'Activity'; id: string }> };
    extensions: Record<string, unknown>;
  };
  timestamp: string;
}

export interface StatementSource {
  scenario: Scenario;
  learner: Learner;
  attempt: AttemptContext;
  /** Makes the client-side statement ids, so a resend is recognised by the LRS. */
  newId: () => string;
}

const PLATFORM = '投诉专席模拟训练 · Complaint Desk Simulator';

const languageMap = (text: LocalizedText) => ({ 'zh-CN': text['zh-CN'], en: text.en });

function base(source: StatementSource, verb: VerbName, at: number) {
  const { learner, attempt, scenario } = source;
  return {
    id: source.newId(),
    actor: {
      objectType: 'Agent' as const,
      name: learner.name,
      account: { homePage: learner.homePage, name: learner.employeeId },
    },
    verb: {
      id: VERBS[verb].id,
      display: { 'en-US': VERBS[verb].en, 'zh-CN': VERBS[verb].zh },
    },
    timestamp: new Date(at).toISOString(),
    context: {
      registration: attempt.attemptId,
      platform: PLATFORM,
      language: 'zh-CN',
      extensions: {
        [extensionIri(learner.homePage, 'scenario')]: {
          id: scenario.id,
          version: scenario.version,
          contentHash: attempt.contentHash,
        },
        [extensionIri(learner.homePage, 'practice')]: attempt.practice,
        ...(learner.chainHead
          ? { [extensionIri(learner.homePage, 'chain-head')]: learner.chainHead }
          : {}),
      },
    },
  };
}

function callActivity(source: StatementSource) {
  return {
    objectType: 'Activity' as const,
    id: scenarioIri(source.learner.homePage, source.scenario.id),
    definition: {
      type: ACTIVITY_TYPES.simulation,
      name: languageMap(source.scenario.title),
    },
  };
}

/** The call began (sent with its first reply, stamped with the time it started). */
export function attemptedStatement(source: StatementSource): XapiStatement {
  return { ...base(source, 'attempted', source.attempt.startedAt), object: callActivity(source) };
}

const scaled = (points: number) => Math.round(points) / 100;

/** The reply given at one decision point, graded against the expert's reply. */
export function answeredStatement(
  source: StatementSource,
  decision: DecisionFacts,
  at: number,
): XapiStatement {
  const { scenario, learner } = source;
  const node = scenario.nodes.find(
    (n): n is DecisionNode => n.id === decision.node && n.kind === 'decision',
  );
  if (!node) throw new Error(`${scenario.id} has no decision ${decision.node}`);
  const expert = node.choices.find((c) => c.recommended) ?? node.choices[0]!;
  const grade = Math.max(0, Math.min(100, Math.round(decision.grade)));
  const dimensionExtensions = Object.fromEntries(
    DIMENSION_IDS.map((d) => [
      extensionIri(learner.homePage, `dimension/${d}`),
      { earned: decision.earned[d], available: decision.expert[d] },
    ]),
  );
  const statement = base(source, 'answered', at);
  return {
    ...statement,
    object: {
      objectType: 'Activity',
      id: decisionIri(learner.homePage, scenario.id, node.id),
      definition: {
        type: ACTIVITY_TYPES.interaction,
        name: languageMap(scenario.title),
        description: {
          'zh-CN': node.lines.map((l) => l.text['zh-CN']).join(' '),
          en: node.lines.map((l) => l.text.en).join(' '),
        },
        interactionType: 'choice',
        correctResponsesPattern: [expert.id],
        choices: node.choices.map((c) => ({ id: c.id, description: languageMap(c.text) })),
      },
    },
    result: {
      response: decision.choice,
      success: grade >= LMS_PASS_MARK,
      score: { scaled: scaled(grade), raw: grade, min: 0, max: 100 },
      extensions: dimensionExtensions,
    },
    context: {
      ...statement.context,
      contextActivities: { parent: [{ objectType: 'Activity', id: callActivity(source).id }] },
    },
  };
}

/** ISO 8601 duration, whole seconds. */
const duration = (from: number, to: number) => `PT${Math.max(0, Math.round((to - from) / 1000))}S`;

/** The call ended: completed, then passed or failed on the total. */
export function endingStatements(source: StatementSource, ending: CallEnding): XapiStatement[] {
  const { learner } = source;
  const total = ending.score.total;
  const result = {
    completion: true,
    success: total >= LMS_PASS_MARK,
    score: { scaled: scaled(total), raw: total, min: 0, max: 100 },
    duration: duration(source.attempt.startedAt, ending.finishedAt),
    extensions: {
      ...Object.fromEntries(
        DIMENSION_IDS.map((d) => [
          extensionIri(learner.homePage, `dimension/${d}`),
          ending.score.dimensions[d],
        ]),
      ),
      [extensionIri(learner.homePage, 'outcome')]: ending.outcome,
      [extensionIri(learner.homePage, 'ending')]: ending.endingId,
      [extensionIri(learner.homePage, 'critical-errors')]: ending.score.criticalErrors,
    },
  };
  const verdict: VerbName = result.success ? 'passed' : 'failed';
  return (['completed', verdict] as const).map((verb) => ({
    ...base(source, verb, ending.finishedAt),
    object: callActivity(source),
    result,
  }));
}

/** Everything one recorded reply tells the LRS, in the order it happened. */
export function stepStatements(
  source: StatementSource,
  step: {
    first: boolean;
    decision: DecisionFacts;
    at: number;
    ending: CallEnding | null;
  },
): XapiStatement[] {
  return [
    ...(step.first ? [attemptedStatement(source)] : []),
    answeredStatement(source, step.decision, step.at),
    ...(step.ending ? endingStatements(source, step.ending) : []),
  ];
}
