import { followRecommended } from './analyse-paths';
import { linesSaid } from './facts';
import { indexScenario } from './scenario-index';
import type {
  Choice,
  CustomerLine,
  DecisionNode,
  LocalizedText,
  Mood,
  Scenario,
} from './scenario-schema';
import { brokenFact, keptFact } from './stages';
import type { Channel, Cue, Industry, Psychology } from './vocabulary';

/**
 * Cards for an observed role-play (F002: 角色扮演 + 学员评价): the colleague playing the customer
 * gets everything the case knows about them; the representative gets only the situation, as on a
 * real call.
 */

export interface CueToDrop {
  text: LocalizedText;
  cue: Cue | null;
  /** The line that reveals the real expectation: drop it once, easy to miss. */
  key: boolean;
  /** Said only once the representative has done this (a fact a reply sets), or only while not. */
  when?: NamedFact;
  unless?: NamedFact;
}

/** A fact with what it means, where the case says. */
export interface NamedFact {
  id: string;
  description?: LocalizedText;
  /** A promise a later contact checked, kept or broken (`<fact>-kept` / `<fact>-broken`). */
  promise?: { text: LocalizedText; status: 'kept' | 'broken' };
}

/** A line the customer says, and the fact it waits for or stops at, if any. */
export interface LineOnCard {
  text: LocalizedText;
  when?: NamedFact;
  unless?: NamedFact;
}

/** A promise a contact checks: made when a reply sets `made`, kept when `keptWhen` holds by then. */
export interface PromiseCheck {
  text: LocalizedText;
  made: NamedFact;
  /** What must have been done for it to count as kept; null when making it is enough. */
  keptWhen: NamedFact | null;
}

/** One contact of a case that spans several, as the role-play cards give it. */
export interface StageOnCard {
  title: LocalizedText;
  /** The simulated time before it; null for the first contact. */
  elapsed: LocalizedText | null;
  channel: Channel;
  /** What the customer says as it opens (empty for the first: the card's opening gives that). */
  opening: LineOnCard[];
  checks: PromiseCheck[];
}

/** A reply the customer reacts strongly to, and how. */
export interface Trigger {
  reply: LocalizedText;
  anger: number;
  trust: number;
}

export interface CustomerCard {
  title: LocalizedText;
  name: LocalizedText;
  profile: LocalizedText;
  psychology: Psychology;
  surfaceComplaint: LocalizedText;
  realExpectation: LocalizedText;
  startingMood: Mood;
  /** How to open the role-play: the customer's first lines in the case. */
  opening: LocalizedText[];
  cues: CueToDrop[];
  escalateOn: Trigger[];
  softenOn: Trigger[];
  /** A written reply: the colleague reads the letter as it is written instead of acting a call. */
  letter: boolean;
  /** Each contact of a staged case, in order; empty for a case that is one call. */
  stages: StageOnCard[];
}

export interface RepresentativeCard {
  title: LocalizedText;
  briefing: LocalizedText;
  channel: Channel;
  industry: Industry;
  customerName: LocalizedText;
  /** A written reply: the representative writes a letter instead of taking a call. */
  letter: boolean;
  /** The contacts ahead, as the representative may know them: no lines, no promise checks. */
  stages: Array<Pick<StageOnCard, 'title' | 'elapsed' | 'channel'>>;
}

/** How many triggers of each kind a card lists: enough to act on, few enough to remember. */
const TRIGGERS_PER_CARD = 4;
/** Cue lines besides the key cue: an actor can keep a handful in mind, not the whole case. */
const CUES_PER_CARD = 5;

export const PSYCHOLOGY_NAMES: Record<Psychology, LocalizedText> = {
  'respect-seeker': { 'zh-CN': '求尊重', en: 'Wants respect' },
  venter: { 'zh-CN': '求发泄', en: 'Needs to vent' },
  'compensation-seeker': { 'zh-CN': '求补偿', en: 'Wants compensation' },
  'post-purchase-doubter': { 'zh-CN': '购买后怀疑', en: 'Doubting the purchase' },
  grieving: { 'zh-CN': '悲伤', en: 'Grieving' },
  anxious: { 'zh-CN': '焦虑', en: 'Anxious' },
  aggrieved: { 'zh-CN': '委屈', en: 'Feels wronged' },
};

export function customerCard(scenario: Scenario): CustomerCard {
  const { persona } = scenario;
  const start = scenario.nodes.find((n) => n.id === scenario.start)!;
  const key: CueToDrop[] = [];
  const others: CueToDrop[] = [];
  const seen = new Set<string>();
  const named = namer(scenario);
  for (const node of decisionNodesExpertFirst(scenario)) {
    for (const line of node.lines) {
      if (!isCue(line) || seen.has(line.text['zh-CN'])) continue;
      seen.add(line.text['zh-CN']);
      const cue: CueToDrop = {
        text: line.text,
        cue: line.cue ?? null,
        key: line.keyCue === true,
        ...(line.when ? { when: named(line.when.fact) } : {}),
        ...(line.unless ? { unless: named(line.unless.fact) } : {}),
      };
      (cue.key ? key : others).push(cue);
    }
  }
  const cues = [...others.slice(0, CUES_PER_CARD), ...key];
  const replies = scenario.nodes.flatMap((n) => (n.kind === 'decision' ? n.choices : []));
  const triggers = replies.map(trigger);
  return {
    title: scenario.title,
    name: persona.name,
    profile: persona.profile,
    psychology: persona.psychology,
    surfaceComplaint: persona.surfaceComplaint,
    realExpectation: persona.realExpectation,
    startingMood: persona.startingMood,
    // Nothing is established before the first reply.
    opening: linesSaid(start, []).map((s) => s.line.text),
    cues,
    escalateOn: triggers
      .filter((t) => t.anger > 0)
      .sort((a, b) => b.anger - a.anger || a.trust - b.trust)
      .slice(0, TRIGGERS_PER_CARD),
    softenOn: triggers
      .filter((t) => t.anger < 0)
      .sort((a, b) => a.anger - b.anger || b.trust - a.trust)
      .slice(0, TRIGGERS_PER_CARD),
    letter: scenario.kind === 'written-reply',
    stages: stagesOnCard(scenario, named),
  };
}

/** Names a fact by the case's description, and a settled promise by the promise it settles. */
function namer(scenario: Scenario): (id: string) => NamedFact {
  const checks = (scenario.stages ?? []).flatMap((s) => s.checks ?? []);
  return (id) => {
    const description = scenario.facts?.find((f) => f.id === id)?.description;
    const fact: NamedFact = description ? { id, description } : { id };
    const kept = checks.find((p) => keptFact(p) === id);
    const broken = checks.find((p) => brokenFact(p) === id);
    if (kept) return { ...fact, promise: { text: kept.text, status: 'kept' } };
    if (broken) return { ...fact, promise: { text: broken.text, status: 'broken' } };
    return fact;
  };
}

function stagesOnCard(scenario: Scenario, named: (id: string) => NamedFact): StageOnCard[] {
  const index = indexScenario(scenario);
  return (scenario.stages ?? []).map((stage, k) => ({
    title: stage.title,
    elapsed: stage.elapsed ?? null,
    channel: stage.channel,
    opening:
      k === 0
        ? []
        : (index.node(stage.startNode)?.lines ?? []).map((line) => ({
            text: line.text,
            ...(line.when ? { when: named(line.when.fact) } : {}),
            ...(line.unless ? { unless: named(line.unless.fact) } : {}),
          })),
    checks: (stage.checks ?? []).map((promise) => ({
      text: promise.text,
      made: named(promise.fact),
      keptWhen: promise.keptWhen ? named(promise.keptWhen) : null,
    })),
  }));
}

export function representativeCard(scenario: Scenario): RepresentativeCard {
  return {
    title: scenario.title,
    briefing: scenario.briefing,
    channel: scenario.channel,
    industry: scenario.industry,
    customerName: scenario.persona.name,
    letter: scenario.kind === 'written-reply',
    stages: (scenario.stages ?? []).map((stage) => ({
      title: stage.title,
      elapsed: stage.elapsed ?? null,
      channel: stage.channel,
    })),
  };
}

/** The nodes the expert's call passes through come first: the lines the role-play will most need. */
function decisionNodesExpertFirst(scenario: Scenario): DecisionNode[] {
  const index = indexScenario(scenario);
  const onPath = followRecommended(scenario).choices.map((id) => index.choice(id)!.node);
  const rest = scenario.nodes.filter(
    (n): n is DecisionNode => n.kind === 'decision' && !onPath.includes(n),
  );
  return [...onPath, ...rest];
}

const isCue = (line: CustomerLine) => line.cue !== undefined || line.keyCue === true;

const trigger = (choice: Choice): Trigger => ({
  reply: choice.text,
  anger: choice.mood.anger ?? 0,
  trust: choice.mood.trust ?? 0,
});
