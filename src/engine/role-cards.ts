import type { Choice, CustomerLine, LocalizedText, Mood, Scenario } from './scenario-schema';
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
}

export interface RepresentativeCard {
  title: LocalizedText;
  briefing: LocalizedText;
  channel: Channel;
  industry: Industry;
  customerName: LocalizedText;
}

/** How many triggers of each kind a card lists: enough to act on, few enough to remember. */
const TRIGGERS_PER_CARD = 4;

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
  const seen = new Set<string>();
  const cues: CueToDrop[] = [];
  for (const node of scenario.nodes) {
    for (const line of node.lines) {
      if (!isCue(line) || seen.has(line.text['zh-CN'])) continue;
      seen.add(line.text['zh-CN']);
      cues.push({ text: line.text, cue: line.cue ?? null, key: line.keyCue === true });
    }
  }
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
    opening: start.lines.map((l) => l.text),
    cues,
    escalateOn: triggers
      .filter((t) => t.anger > 0)
      .sort((a, b) => b.anger - a.anger || a.trust - b.trust)
      .slice(0, TRIGGERS_PER_CARD),
    softenOn: triggers
      .filter((t) => t.anger < 0)
      .sort((a, b) => a.anger - b.anger || b.trust - a.trust)
      .slice(0, TRIGGERS_PER_CARD),
  };
}

export function representativeCard(scenario: Scenario): RepresentativeCard {
  return {
    title: scenario.title,
    briefing: scenario.briefing,
    channel: scenario.channel,
    industry: scenario.industry,
    customerName: scenario.persona.name,
  };
}

const isCue = (line: CustomerLine) => line.cue !== undefined || line.keyCue === true;

const trigger = (choice: Choice): Trigger => ({
  reply: choice.text,
  anger: choice.mood.anger ?? 0,
  trust: choice.mood.trust ?? 0,
});
