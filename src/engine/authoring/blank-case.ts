import type { LocalizedText, Scenario } from '../scenario-schema';
import { FORMAT_VERSION } from '../vocabulary';

export const emptyText = (): LocalizedText => ({ 'zh-CN': '', en: '' });

/**
 * A new case: the shape is complete and every reference resolves, so the only problems validation
 * reports are what the author must write (texts, behaviours); once written, it publishes. What a
 * case may grow into (six decisions, three endings, a mood branch) comes as advice.
 */
export function blankCase(id: string): Scenario {
  return {
    formatVersion: FORMAT_VERSION,
    id,
    version: 1,
    title: emptyText(),
    briefing: emptyText(),
    industry: 'general-service',
    channel: 'phone',
    difficulty: 2,
    objectives: [emptyText()],
    source: { caseId: 'authored', file: 'authored in the app' },
    notes: emptyText(),
    persona: {
      name: emptyText(),
      profile: emptyText(),
      psychology: 'aggrieved',
      surfaceComplaint: emptyText(),
      realExpectation: emptyText(),
      startingMood: { anger: 60, trust: 40 },
    },
    start: 'opening',
    nodes: [
      {
        id: 'opening',
        kind: 'decision',
        lines: [{ text: emptyText(), keyCue: true }],
        choices: [
          {
            id: 'reply-1',
            text: emptyText(),
            behaviours: [],
            mood: {},
            note: emptyText(),
            next: 'satisfied',
            recommended: true,
          },
          {
            id: 'reply-2',
            text: emptyText(),
            behaviours: [],
            mood: {},
            note: emptyText(),
            next: 'escalated',
          },
        ],
      },
      {
        id: 'satisfied',
        kind: 'ending',
        lines: [{ text: emptyText() }],
        outcome: 'resolved-satisfied',
        summary: emptyText(),
      },
      {
        id: 'escalated',
        kind: 'ending',
        lines: [{ text: emptyText() }],
        outcome: 'escalated',
        summary: emptyText(),
      },
    ],
  };
}
