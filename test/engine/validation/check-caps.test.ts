import { describe, expect, it } from 'vitest';
import { MAX_PATHS } from '../../../src/engine/analyse-paths';
import { checkCaps } from '../../../src/engine/validation/check-caps';
import { countPaths } from '../../../src/engine/validation/count-paths';
import { MAX_PACK_BYTES, PACK_CAPS } from '../../../src/engine/validation/limits';
import { validatePackValue } from '../../../src/engine/validation/validate-pack';
import { BUNDLED_SCENARIOS } from '../../../src/scenarios/bundled';
import { fakeScenario } from '../../fakes';
import { longChain, packOf } from '../../hostile-packs';

const pack = (scenarios: unknown[]) => ({
  format: 'complaint-desk-pack',
  formatVersion: 1,
  scenarios,
  media: {},
});

/** Every string in a value, without recursion limits mattering at this size. */
const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : value && typeof value === 'object'
      ? Object.values(value).flatMap(strings)
      : [];

describe('the stated caps', () => {
  it.each(BUNDLED_SCENARIOS.map((s) => [s.id, s] as const))(
    'hold bundled case %s well inside every cap',
    (_id, scenario) => {
      expect(checkCaps(scenario)).toEqual([]);
      expect(scenario.nodes.length).toBeLessThanOrEqual(PACK_CAPS.nodes / 10);
      for (const node of scenario.nodes) {
        expect(node.lines.length).toBeLessThanOrEqual(PACK_CAPS.linesPerNode);
        if (node.kind !== 'decision') continue;
        expect(node.choices.length).toBeLessThanOrEqual(PACK_CAPS.repliesPerNode);
        for (const c of node.choices)
          if (typeof c.next !== 'string')
            expect(c.next.branches.length).toBeLessThanOrEqual(PACK_CAPS.branchesPerReply);
      }
      const longest = Math.max(...strings(scenario).map((s) => [...s].length));
      expect(longest).toBeLessThanOrEqual(PACK_CAPS.textChars);
      expect(countPaths(scenario, MAX_PATHS).paths).toBeLessThanOrEqual(MAX_PATHS);
    },
  );

  it('hold the whole bundled library as one pack', () => {
    expect(BUNDLED_SCENARIOS.length).toBeLessThanOrEqual(PACK_CAPS.scenarios);
    expect(Buffer.byteLength(packOf(...BUNDLED_SCENARIOS))).toBeLessThanOrEqual(MAX_PACK_BYTES);
  });

  it('refuse a case past the node cap at the first node over it, before the schema', () => {
    const result = validatePackValue(JSON.parse(packOf(longChain(PACK_CAPS.nodes + 5))));
    expect(result).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          path: `$.scenarios[0].nodes[${PACK_CAPS.nodes}]`,
          message: `${PACK_CAPS.nodes + 5} nodes in this case; at most ${PACK_CAPS.nodes} are allowed`,
        }),
      ],
    });
  });

  it('locate too many cases, lines and branches, and an overlong text, where they are', () => {
    const base = fakeScenario();
    const many = pack(Array.from({ length: PACK_CAPS.scenarios + 1 }, () => base));
    expect(checkCaps(many).map((p) => p.path)).toEqual([`$.scenarios[${PACK_CAPS.scenarios}]`]);

    const lines = Array.from({ length: PACK_CAPS.linesPerNode + 1 }, () => base.nodes[1]!.lines[0]);
    const talkative = { ...base, nodes: [base.nodes[0], { ...base.nodes[1], lines }] };
    expect(checkCaps(pack([talkative])).map((p) => p.path)).toEqual([
      `$.scenarios[0].nodes[1].lines[${PACK_CAPS.linesPerNode}]`,
    ]);

    const branches = Array.from({ length: PACK_CAPS.branchesPerReply + 1 }, () => ({
      when: { agitated: true },
      to: 'facts',
    }));
    const opening = base.nodes[0]!;
    const branchy = {
      ...base,
      nodes: [
        {
          ...opening,
          choices: [
            {
              ...(opening.kind === 'decision' ? opening.choices[0] : {}),
              next: { branches, otherwise: 'facts' },
            },
          ],
        },
      ],
    };
    expect(checkCaps(pack([branchy])).map((p) => p.path)).toEqual([
      `$.scenarios[0].nodes[0].choices[0].next.branches[${PACK_CAPS.branchesPerReply}]`,
    ]);

    const wordy = {
      ...base,
      briefing: { 'zh-CN': '长'.repeat(PACK_CAPS.textChars + 1), en: 'ok' },
    };
    expect(checkCaps(pack([wordy]))).toEqual([
      expect.objectContaining({
        path: '$.scenarios[0].briefing["zh-CN"]',
        message: `this text has ${PACK_CAPS.textChars + 1} characters; at most ${PACK_CAPS.textChars} are allowed`,
      }),
    ]);
  });
});
