import type { TypedTurnRecord } from '../attempt-log';
import type { ReplyMode } from '../detect/typed-reply';
import { DIMENSION_IDS, type DimensionPoints } from '../scoring/dimensions';
import type { AttemptScore } from '../scoring/score-attempt';
import type { DecisionNode, LocalizedText, Scenario } from '../scenario-schema';
import { LMS_PASS_MARK } from '../pass-mark';
import { stageIndexOf } from '../stages';
import type { Outcome } from '../vocabulary';
import type { CallReport } from './call-report';
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
  /** 'type' when the trainee says every reply in their own words; absent when they choose. */
  replyMode?: ReplyMode;
}

/** One graded reply, as recorded (TurnRecord fits). */
export interface DecisionFacts {
  /** 1-based: the call's turn, or the letter's paragraph. */
  turn: number;
  node: string;
  /** The reply chosen; on a typed turn, the scripted reply the words were matched to. */
  choice: string;
  grade: number;
  earned: DimensionPoints;
  expert: DimensionPoints;
  /** Only on a typed turn. */
  typed?: Pick<
    TypedTurnRecord,
    'text' | 'lang' | 'behaviours' | 'listsVersion' | 'matchedChoiceId' | 'matchChosenBy'
  >;
}

export interface CallEnding {
  endingId: string;
  outcome: Outcome;
  score: AttemptScore;
  finishedAt: number;
  /** The stages and promises of a staged case, the letter of a written reply (see call-report). */
  report?: CallReport;
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
        // A written reply is a letter, not a call: an LRS can tell the two apart on every statement.
        [extensionIri(learner.homePage, 'case-kind')]: scenario.kind ?? 'call',
        ...(attempt.replyMode === 'type'
          ? { [extensionIri(learner.homePage, 'reply-mode')]: 'type' }
          : {}),
        ...(learner.chainHead
          ? { [extensionIri(learner.homePage, 'chain-head')]: learner.chainHead }
          : {}),
      },
    },
  };
}

/** Said of a written reply's activity, so that it never reads as a phone call. */
const LETTER_ACTIVITY: LocalizedText = {
  'zh-CN': '书面回复：逐段写成并寄出的回信',
  en: 'Written reply: a letter composed paragraph by paragraph, then sent',
};

const isLetter = (scenario: Scenario) => scenario.kind === 'written-reply';

function callActivity(source: StatementSource) {
  return {
    objectType: 'Activity' as const,
    id: scenarioIri(source.learner.homePage, source.scenario.id),
    definition: {
      type: ACTIVITY_TYPES.simulation,
      name: languageMap(source.scenario.title),
      ...(isLetter(source.scenario) ? { description: languageMap(LETTER_ACTIVITY) } : {}),
    },
  };
}

/** The call began (sent with its first reply, stamped with the time it started). */
export function attemptedStatement(source: StatementSource): XapiStatement {
  return { ...base(source, 'attempted', source.attempt.startedAt), object: callActivity(source) };
}

const scaled = (points: number) => Math.round(points) / 100;

/** What a paragraph slot of a written reply asks: one of its candidate paragraphs, or sending. */
function slotDescription(n: number, canSend: boolean): LocalizedText {
  return {
    'zh-CN': `回信第 ${n} 段：从候选段落中选一段${canSend ? '，或以所选一句结尾发出回信' : ''}`,
    en: `Paragraph ${n} of the written reply: one of the candidate paragraphs${canSend ? ', or a closing line that sends the letter' : ''}`,
  };
}

/**
 * The reply given at one decision point, graded against the expert's reply. A chosen reply is a
 * choice interaction answered with its id; a typed one is a long-fill-in answered with the
 * trainee's words, the detected behaviours and the reply they were matched to beside it. A call
 * that spans several contacts names each reply's stage; a written reply's slot says it is a
 * paragraph of a letter.
 */
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
  const iri = (name: string) => extensionIri(learner.homePage, name);
  const dimensionExtensions = Object.fromEntries(
    DIMENSION_IDS.map((d) => [
      iri(`dimension/${d}`),
      { earned: decision.earned[d], available: decision.expert[d] },
    ]),
  );
  const { typed } = decision;
  const chosen = node.choices.find((c) => c.id === decision.choice);
  const description = isLetter(scenario)
    ? slotDescription(
        decision.turn,
        node.choices.some((c) => c.send),
      )
    : {
        'zh-CN': node.lines.map((l) => l.text['zh-CN']).join(' '),
        en: node.lines.map((l) => l.text.en).join(' '),
      };
  const stages = scenario.stages;
  const k = stages ? stageIndexOf(scenario, node.id) : -1;
  const statement = base(source, 'answered', at);
  return {
    ...statement,
    object: {
      objectType: 'Activity',
      id: decisionIri(learner.homePage, scenario.id, node.id),
      definition: {
        type: ACTIVITY_TYPES.interaction,
        name: languageMap(scenario.title),
        description: languageMap(description),
        ...(typed
          ? // Free words have no single right answer: the rubric grades them (result.score).
            { interactionType: 'long-fill-in' }
          : {
              interactionType: 'choice',
              correctResponsesPattern: [expert.id],
              choices: node.choices.map((c) => ({ id: c.id, description: languageMap(c.text) })),
            }),
      },
    },
    result: {
      response: typed ? typed.text : decision.choice,
      success: grade >= LMS_PASS_MARK,
      score: { scaled: scaled(grade), raw: grade, min: 0, max: 100 },
      extensions: {
        ...dimensionExtensions,
        ...(typed
          ? {
              [iri('behaviours')]: [...typed.behaviours].sort(),
              [iri('matched-reply')]: { id: typed.matchedChoiceId, chosenBy: typed.matchChosenBy },
              [iri('expert-reply')]: expert.id,
            }
          : {}),
        ...(chosen?.send ? { [iri('sends-letter')]: true } : {}),
      },
    },
    context: {
      ...statement.context,
      ...(typed ? { language: typed.lang } : {}),
      contextActivities: { parent: [{ objectType: 'Activity', id: callActivity(source).id }] },
      extensions: {
        ...statement.context.extensions,
        ...(typed ? { [iri('phrase-lists')]: typed.listsVersion } : {}),
        ...(stages && k >= 0
          ? { [iri('stage')]: { id: stages[k]!.id, index: k + 1, of: stages.length } }
          : {}),
        ...(isLetter(scenario) ? { [iri('paragraph')]: decision.turn } : {}),
      },
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
      ...reportExtensions(learner.homePage, ending.report),
    },
  };
  const verdict: VerbName = result.success ? 'passed' : 'failed';
  return (['completed', verdict] as const).map((verb) => ({
    ...base(source, verb, ending.finishedAt),
    object: callActivity(source),
    result,
  }));
}

/**
 * A staged case's stages and promises (kept, broken, not made, not checked) and a written reply's
 * letter as sent, each under its own extension; a plain call adds nothing.
 */
function reportExtensions(homePage: string, report: CallReport | undefined) {
  if (!report) return {};
  return Object.fromEntries(
    (['stages', 'promises', 'letter'] as const).flatMap((name) =>
      report[name] ? [[extensionIri(homePage, name), report[name]]] : [],
    ),
  );
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
