import type { Choice, DecisionNode, EndingNode, Scenario } from '../../src/engine/scenario-schema';
import { fakeChoice, fakeScenario } from '../fakes';

const t = (text: string) => ({ 'zh-CN': `【${text}】`, en: text });

/** A paragraph slot: its candidate paragraphs, and Send where the letter may go out. */
const slot = (id: string, choices: Choice[]): DecisionNode => ({
  id,
  kind: 'decision',
  lines: [{ text: t(`reading ${id}`) }],
  choices,
});

const ending = (id: string, outcome: EndingNode['outcome']): EndingNode => ({
  id,
  kind: 'ending',
  outcome,
  lines: [{ text: t(`ending ${id}`) }],
  summary: t(`summary ${id}`),
});

/**
 * A small written reply to an agitated reader (anger 70, threshold 60): condolence (p1), an
 * explanation in plain words (p2), what will change (p3) and a named contact (p4), Send offered
 * from slot 3. Explaining first (p1-explain) is the mood-before-matter trap.
 */
export function fakeLetter(): Scenario {
  return fakeScenario({
    id: 'fake-letter',
    kind: 'written-reply',
    channel: 'online',
    start: 'p1',
    nodes: [
      slot('p1', [
        fakeChoice({
          id: 'p1-condolence',
          behaviours: ['acknowledge-emotion', 'apologize', 'paraphrase'],
          mood: { anger: -20, trust: 10 },
          next: 'p2',
          recommended: true,
        }),
        fakeChoice({
          id: 'p1-explain',
          behaviours: ['explain'],
          mood: { anger: 10 },
          next: 'p2',
        }),
      ]),
      slot('p2', [
        fakeChoice({
          id: 'p2-plain',
          behaviours: ['explain', 'own-problem'],
          mood: { anger: -10, trust: 10 },
          next: 'p3',
          recommended: true,
        }),
        fakeChoice({ id: 'p2-blame', behaviours: ['blame'], mood: { anger: 30 }, next: 'p3' }),
      ]),
      slot('p3', [
        fakeChoice({
          id: 'p3-change',
          behaviours: ['offer-solution', 'commit-deadline'],
          mood: { trust: 20 },
          next: 'p4',
          recommended: true,
        }),
        fakeChoice({
          id: 'p3-send',
          send: true,
          behaviours: ['premature-close'],
          mood: { trust: -10 },
          next: 'end-grudging',
        }),
      ]),
      slot('p4', [
        fakeChoice({
          id: 'p4-send',
          send: true,
          behaviours: ['self-identify', 'follow-up'],
          mood: { trust: 10 },
          next: {
            branches: [{ when: { trust: { atLeast: 50 } }, to: 'end-good' }],
            otherwise: 'end-grudging',
          },
          recommended: true,
        }),
        fakeChoice({ id: 'p4-legal', behaviours: ['threaten'], mood: { anger: 20 }, next: 'p5' }),
      ]),
      slot('p5', [
        fakeChoice({
          id: 'p5-send',
          send: true,
          behaviours: ['thank'],
          mood: {},
          next: 'end-escalated',
          recommended: true,
        }),
        fakeChoice({
          id: 'p5-more',
          behaviours: ['filler'],
          mood: {},
          next: 'end-escalated',
          send: true,
        }),
      ]),
      ending('end-good', 'resolved-satisfied'),
      ending('end-grudging', 'resolved-grudging'),
      ending('end-escalated', 'escalated'),
    ],
  });
}
