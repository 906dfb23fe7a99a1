import type { Choice, DecisionNode, EndingNode, Scenario } from '../src/engine/scenario-schema';

const t = (text: string) => ({ 'zh-CN': `【${text}】`, en: text });

export function fakeChoice(overrides: Partial<Choice> & Pick<Choice, 'id'>): Choice {
  return {
    text: t(`reply ${overrides.id}`),
    behaviours: ['acknowledge-emotion'],
    mood: {},
    note: t(`note ${overrides.id}.`),
    next: 'end-good',
    ...overrides,
  };
}

/**
 * A small call: the customer starts agitated (anger 70, threshold 60). The expert path calms
 * (calm), asks (ask), then fixes (fix). Explaining while the customer is still agitated sends the
 * call to a flare-up; the same explanation once calm is accepted.
 */
export function fakeScenario(overrides: Partial<Scenario> = {}): Scenario {
  const opening: DecisionNode = {
    id: 'opening',
    kind: 'decision',
    lines: [{ text: t('You people never listen!'), cue: 'rising-tone' }],
    choices: [
      fakeChoice({
        id: 'calm',
        behaviours: ['self-identify', 'acknowledge-emotion', 'apologize'],
        mood: { anger: -20, trust: 10 },
        next: 'facts',
        recommended: true,
      }),
      fakeChoice({
        id: 'explain-early',
        behaviours: ['explain'],
        mood: { anger: 10 },
        next: { branches: [{ when: { agitated: true }, to: 'flare-up' }], otherwise: 'facts' },
      }),
      fakeChoice({
        id: 'argue',
        behaviours: ['argue'],
        mood: { anger: 30 },
        next: 'end-escalated',
      }),
    ],
  };
  const facts: DecisionNode = {
    id: 'facts',
    kind: 'decision',
    lines: [{ text: t('I only wanted it to work, that is all.'), keyCue: true }],
    choices: [
      fakeChoice({
        id: 'ask',
        behaviours: ['ask-facts', 'paraphrase'],
        mood: { anger: -10, trust: 10 },
        next: 'fix-it',
        recommended: true,
      }),
      fakeChoice({
        id: 'policy',
        behaviours: ['policy-first'],
        mood: { anger: 15 },
        next: 'fix-it',
      }),
    ],
  };
  const fixIt: DecisionNode = {
    id: 'fix-it',
    kind: 'decision',
    lines: [{ text: t('So what will you do?'), cue: 'softening' }],
    choices: [
      fakeChoice({
        id: 'fix',
        behaviours: ['offer-solution', 'commit-deadline'],
        mood: { anger: -20, trust: 20 },
        next: 'end-good',
        recommended: true,
      }),
      fakeChoice({
        id: 'close-early',
        behaviours: ['premature-close'],
        mood: { trust: -10 },
        next: 'end-grudging',
      }),
    ],
  };
  const flareUp: DecisionNode = {
    id: 'flare-up',
    kind: 'decision',
    lines: [{ text: t('Are you even listening?'), cue: 'repetition' }],
    choices: [
      fakeChoice({
        id: 'recover',
        behaviours: ['apologize'],
        mood: { anger: -10 },
        next: 'facts',
        recommended: true,
      }),
      fakeChoice({
        id: 'blame',
        behaviours: ['blame'],
        mood: { anger: 30 },
        next: 'end-escalated',
      }),
    ],
  };
  const ending = (id: string, outcome: EndingNode['outcome']): EndingNode => ({
    id,
    kind: 'ending',
    outcome,
    lines: [{ text: t(`ending ${id}`) }],
    summary: t(`summary ${id}`),
  });
  return {
    formatVersion: 1,
    id: 'fake-call',
    version: 1,
    title: t('Fake call'),
    briefing: t('A test call.'),
    industry: 'home-appliances',
    channel: 'phone',
    difficulty: 2,
    objectives: [t('Calm, ask, fix.')],
    source: { caseId: 'C0', file: 'test' },
    notes: t('Test fixture.'),
    persona: {
      name: t('Mr. Test'),
      profile: t('A tester.'),
      psychology: 'venter',
      surfaceComplaint: t('It broke.'),
      realExpectation: t('To be heard.'),
      startingMood: { anger: 70, trust: 30 },
      agitatedAt: 60,
    },
    start: 'opening',
    nodes: [
      opening,
      facts,
      fixIt,
      flareUp,
      ending('end-good', 'resolved-satisfied'),
      ending('end-grudging', 'resolved-grudging'),
      ending('end-escalated', 'escalated'),
    ],
    ...overrides,
  };
}

/** A deep copy to mutate in tests without touching the shared fixture. */
export const cloneScenario = (s: Scenario): Scenario => structuredClone(s);
