import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sim(args: readonly string[], input?: string | Uint8Array) {
  const run = spawnSync('node', ['--import', 'tsx', 'src/cli/sim.ts', ...args], {
    encoding: 'utf8',
    ...(input === undefined ? {} : { input }),
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** Each test starts Node with tsx: seconds on a busy two-core machine. */
const CLI_TIMEOUT_MS = 30_000;

describe('sim detect', () => {
  it(
    'prints, in input order, each reply’s behaviours, evidence at UTF-16 offsets and the lists’ version',
    () => {
      const replies = [
        { id: 'z', lang: 'en', reply: 'Calm down, sir.', customerSaid: 'Where is my refund?' },
        { id: 'a', lang: 'zh-CN', reply: '😀我理解，但是这是规定。', case: 'x' },
        { id: 'm', lang: 'zh-CN', reply: '您好。' },
      ];
      const { code, out } = sim(['detect', '--json'], JSON.stringify(replies));
      expect(code).toBe(0);
      const results = JSON.parse(out) as Array<{
        id: string;
        behaviours: string[];
        evidence: Array<{ behaviour: string; text: string; start: number; end: number }>;
        listsVersion: string;
      }>;
      expect(results.map((r) => r.id)).toEqual(['z', 'a', 'm']);
      expect(results[0]!.behaviours).toEqual(['deny-emotion']);
      expect(results[1]!.behaviours).toEqual(['policy-first', 'yes-but']);
      expect(results[1]!.evidence[0]).toEqual({
        behaviour: 'yes-but',
        text: '我理解，但是',
        start: 2,
        end: 8,
      });
      expect(results[2]).toMatchObject({ behaviours: [], evidence: [] });
      expect(results[0]!.listsVersion).toMatch(/^detect-/);
    },
    CLI_TIMEOUT_MS,
  );

  it(
    'exits 2 with the place of the fault on bad input',
    () => {
      const broken = sim(['detect', '--json'], '[\n  {"id": "a", "lang": "en",\n');
      expect(broken.code).toBe(2);
      expect(broken.out).toMatch(/stdin: \$: invalid JSON at 3:1/);
      const wrong = sim(['detect'], JSON.stringify([{ id: 'a', lang: 'fr', reply: 'x' }]));
      expect(wrong.code).toBe(2);
      expect(wrong.out).toContain('stdin: $[0].lang: must be one of zh-CN, en');
      const notUtf8 = sim(['detect'], new Uint8Array([0x5b, 0x22, 0xff, 0x22, 0x5d]));
      expect(notUtf8.code).toBe(2);
      expect(notUtf8.out).toMatch(/^stdin: \$: /);
    },
    CLI_TIMEOUT_MS,
  );

  it(
    'measures against hand labels with --eval, null where a ratio is undefined',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'sim-detect-'));
      const file = join(dir, 'labelled.json');
      writeFileSync(
        file,
        JSON.stringify([
          { id: '1', lang: 'zh-CN', reply: '您先别激动。', behaviours: ['deny-emotion'] },
          { id: '2', lang: 'en', reply: 'Hello.', behaviours: ['apologize'], split: 'held' },
        ]),
      );
      const { code, out } = sim(['detect', '--eval', file, '--json']);
      expect(code).toBe(0);
      const report = JSON.parse(out) as Record<string, unknown>;
      expect(report).toMatchObject({
        items: 2,
        micro: { precision: 1, recall: 0.5, tp: 1, fp: 0, fn: 1 },
        perBehaviour: {
          'deny-emotion': { precision: 1, recall: 1, support: 1, tp: 1, fp: 0, fn: 0 },
          apologize: { precision: null, recall: 0, support: 1, tp: 0, fp: 0, fn: 1 },
        },
        errors: [{ id: '2', missed: ['apologize'], extra: [] }],
      });
      expect(Object.keys(report)).toEqual([
        'items',
        'listsVersion',
        'micro',
        'perBehaviour',
        'errors',
      ]);
      const held = JSON.parse(sim(['detect', '--eval', file, '--split', 'held', '--json']).out) as {
        items: number;
        micro: { recall: number };
      };
      expect(held).toMatchObject({ items: 1, micro: { recall: 0 } });
      const missing = sim(['detect', '--eval', join(dir, 'none.json')]);
      expect(missing.code).toBe(2);
    },
    CLI_TIMEOUT_MS,
  );

  it(
    "adds an organisation's phrases with --lists, and refuses a broken list file with its place",
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'org-lists-'));
      const lists = join(dir, 'acme.json');
      writeFileSync(
        lists,
        JSON.stringify({
          id: 'acme',
          version: '2',
          behaviours: { deflect: { 'zh-CN': ['找你们理财经理'] } },
        }),
      );
      const reply = [{ id: 'r', lang: 'zh-CN', reply: '这个您找你们理财经理去问吧。' }];
      const run = sim(['detect', '--lists', lists, '--json'], JSON.stringify(reply));
      expect(run.code).toBe(0);
      const [result] = JSON.parse(run.out) as Array<{ behaviours: string[]; listsVersion: string }>;
      expect(result!.behaviours).toContain('deflect');
      expect(result!.listsVersion).toMatch(/\+acme\.2$/);
      const broken = join(dir, 'broken.json');
      writeFileSync(broken, JSON.stringify({ id: 'acme', version: '2', times: { en: ['[a-'] } }));
      const refused = sim(['detect', '--lists', broken], JSON.stringify(reply));
      expect(refused.code).toBe(2);
      expect(refused.out).toContain(`${broken}: $.times["en"][0]:`);
    },
    CLI_TIMEOUT_MS,
  );

  it(
    'is listed in sim --help',
    () => {
      expect(sim(['--help']).out).toContain('detect --eval <labelled.json>');
    },
    CLI_TIMEOUT_MS,
  );
});
