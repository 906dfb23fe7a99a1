import { blankCase } from '../../src/engine/authoring/blank-case';
import type { LocalizedText, Scenario } from '../../src/engine/scenario-schema';

const said = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

/**
 * The blank template with only its texts and behaviours written, as a first-time trainer would:
 * one decision point, two endings, and (unless `keyCue`) no key cue. Structurally sound; short
 * of every size the teaching checks advise.
 */
export function oneDecisionCase({ keyCue = false } = {}): Scenario {
  const blank = blankCase('first-case');
  const [opening, satisfied, escalated] = blank.nodes;
  if (opening?.kind !== 'decision' || satisfied?.kind !== 'ending' || escalated?.kind !== 'ending')
    throw new Error('the blank template changed');
  const [listen, brushOff] = opening.choices as [
    (typeof opening.choices)[number],
    (typeof opening.choices)[number],
  ];
  return {
    ...blank,
    title: said('停水没通知', 'Water cut without notice'),
    briefing: said(
      '一位住户打来电话，家里停水却没收到通知。',
      'A resident calls: the water is off and nobody warned them.',
    ),
    objectives: [said('先接住情绪，再说明情况', 'Take the feelings first, then explain')],
    notes: said('为测试写的最小案例。', 'A minimal case written for the tests.'),
    persona: {
      ...blank.persona,
      name: said('王先生', 'Mr Wang'),
      profile: said('住在三楼，家里有老人。', 'Lives on the third floor with his elderly mother.'),
      surfaceComplaint: said('停水没有通知', 'The water was cut without notice'),
      realExpectation: said('知道什么时候来水', 'To know when the water comes back'),
    },
    nodes: [
      {
        ...opening,
        lines: [
          {
            text: said(
              '家里一滴水都没有，你们也不说一声！',
              'Not a drop of water and not a word from you!',
            ),
            ...(keyCue ? { keyCue: true } : {}),
          },
        ],
        choices: [
          {
            ...listen,
            text: said(
              '王先生，停水还没提前通知，确实让您着急了。我马上查来水时间。',
              'Mr Wang, a cut with no notice is worrying. Let me check when it comes back.',
            ),
            behaviours: ['acknowledge-emotion', 'apologize', 'commit-deadline'],
            mood: { anger: -20, trust: 15 },
            note: said('先接住情绪，再给出时间。', 'Feelings first, then a time.'),
          },
          {
            ...brushOff,
            text: said(
              '停水是自来水公司的事，您去问他们。',
              'Water cuts are the water company’s business; ask them.',
            ),
            behaviours: ['blame'],
            mood: { anger: 25, trust: -15 },
            note: said('把客户推走，只会让他更生气。', 'Sending him away only makes him angrier.'),
          },
        ],
      },
      {
        ...satisfied,
        lines: [{ text: said('好，那我等你们消息。', 'Fine, I’ll wait to hear from you.') }],
        summary: said(
          '住户知道了来水时间，满意地挂了电话。',
          'The resident knows when the water returns and hangs up satisfied.',
        ),
      },
      {
        ...escalated,
        lines: [{ text: said('我要投诉到物业公司总部！', 'I’m taking this to head office!') }],
        summary: said(
          '住户觉得被推诿，要求升级投诉。',
          'Feeling brushed off, the resident escalates.',
        ),
      },
    ],
  };
}
