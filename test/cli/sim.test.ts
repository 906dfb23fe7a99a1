import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACK_CAPS } from '../../src/engine/validation/limits';
import { BUNDLED_SCENARIOS } from '../../src/scenarios/bundled';
import { fakeScenario } from '../fakes';
import { fanOut, longChain, packOf as packHolding } from '../hostile-packs';
import { oneDecisionCase } from '../support/one-decision-case';

/** The bundled air-conditioner case's version, which moves on whenever its content changes. */
const AC_VERSION = BUNDLED_SCENARIOS.find((s) => s.id === 'air-conditioner-remote')!.version;

function sim(...args: string[]) {
  const run = spawnSync('node', ['--import', 'tsx', 'src/cli/sim.ts', ...args], {
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'sim-'));
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
const packOf = (scenario: unknown) =>
  JSON.stringify({
    format: 'complaint-desk-pack',
    formatVersion: 1,
    scenarios: [scenario],
    media: {},
  });

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each test starts Node with tsx, several times: seconds on a busy two-core machine. */
const CLI_TIMEOUT_MS = 30_000;

describe('sim CLI', { timeout: CLI_TIMEOUT_MS }, () => {
  it('lists the bundled scenarios as JSON', () => {
    const { code, out } = sim('list', '--json');
    expect(code).toBe(0);
    const rows = JSON.parse(out) as Array<Record<string, unknown>>;
    expect(rows.find((r) => r.id === 'air-conditioner-remote')).toMatchObject({
      version: AC_VERSION,
      industry: 'home-appliances',
      channel: 'phone',
      locales: ['zh-CN', 'en'],
      title: { 'zh-CN': expect.any(String), en: expect.any(String) },
    });
  });

  it('validates a good pack and a folder of packs', () => {
    const exported = execFileSync(
      'node',
      ['--import', 'tsx', 'src/cli/sim.ts', 'export', 'air-conditioner-remote'],
      {
        encoding: 'utf8',
      },
    );
    const folder = mkdtempSync(join(tmpdir(), 'sim-folder-'));
    writeFileSync(join(folder, 'a.json'), exported);
    writeFileSync(
      join(folder, 'b.json'),
      exported.replaceAll('air-conditioner-remote', 'air-conditioner-copy'),
    );
    expect(sim('validate', join(folder, 'a.json'))).toMatchObject({ code: 0 });
    const all = sim('validate', folder);
    expect(all.code).toBe(0);
    expect(all.out.trim().split('\n')).toHaveLength(2);
  });

  it('prints the teaching checks as advice lines and exits 0; --teaching holds them as errors', () => {
    const file = write('thin.json', packOf(fakeScenario()));
    const advised = sim('validate', file);
    expect(advised.code).toBe(0);
    const lines = advised.out.trim().split('\n');
    expect(lines[0]).toBe(`${file}: ok (1 scenario(s))`);
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^advice: ${escaped(file)}: \\$\\.scenarios\\[0\\]\\.nodes: the recommended path has 3 decision points; a case teaches best with at least 6 \\(why: .+\\)$`,
        ),
      ),
      expect.stringMatching(/^advice: .*: no call ever takes opening:explain-early->facts \(why: /),
    ]);

    const held = sim('validate', '--teaching', file);
    expect(held.code).toBe(1);
    expect(held.out.trim().split('\n')).toEqual([
      `${file}: $.scenarios[0].nodes: the recommended path has 3 decision points; a case teaches best with at least 6`,
      `${file}: $.scenarios[0].nodes: no call ever takes opening:explain-early->facts`,
    ]);
  });

  it('validates a one-decision case with no key cue, advising the key cue', () => {
    // A bare scenario, as authors often check one: its paths start at $.
    const file = write('first.json', JSON.stringify(oneDecisionCase()));
    const { code, out } = sim('validate', file);
    expect(code).toBe(0);
    expect(out).toContain(`${file}: ok (1 scenario(s))`);
    expect(out).toContain(`advice: ${file}: $.nodes: no customer line is marked`);
    expect(sim('validate', file, '--teaching').code).toBe(1);
  });

  it('keeps structural problems at exit 1 with --teaching or without, and documents the flag', () => {
    const broken = oneDecisionCase();
    if (broken.nodes[0]!.kind !== 'decision') throw new Error('fixture changed');
    broken.nodes[0]!.choices[0]!.behaviours = [];
    const file = write('no-behaviours.json', JSON.stringify(broken));
    for (const flags of [[], ['--teaching']]) {
      const { code, out } = sim('validate', ...flags, file);
      expect(code).toBe(1);
      expect(out).toContain(`${file}: $.nodes[0].choices[0].behaviours: `);
    }
    expect(sim('--help').out).toContain('--teaching');
  });

  it('reports each problem as file: path: message and exits 1, without a stack trace', () => {
    const broken = fakeScenario();
    (broken.nodes[0] as { choices: Array<{ next: unknown }> }).choices[1]!.next = 'nowhere';
    const file = write('broken.json', packOf({ ...broken, difficulty: 7 }));
    const { code, out, err } = sim('validate', file);
    expect(code).toBe(1);
    expect(out.trim().split('\n')).toEqual([
      `${file}: $.scenarios[0].difficulty: Too big: expected number to be <=5`,
    ]);
    expect(err).not.toMatch(/at .*\.ts:\d+/);
  });

  it('gives line:column for a file that does not parse', () => {
    const file = write('bad.json', '{\n "format": 1,\n}');
    const { code, out } = sim('validate', file);
    expect(code).toBe(1);
    expect(out).toMatch(
      new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\$: invalid JSON at 3:1`),
    );
  });

  it('refuses an empty file and a missing file', () => {
    expect(sim('validate', write('empty.json', '')).out).toContain(': $: the file is empty');
    expect(sim('validate', join(dir, 'nope.json'))).toMatchObject({ code: 1 });
  });

  it('analyses every path of the air-conditioner case', () => {
    const { code, out } = sim('paths', 'air-conditioner-remote', '--json');
    expect(code).toBe(0);
    const analysis = JSON.parse(out);
    expect(analysis.id).toBe('air-conditioner-remote');
    expect(analysis.deadEnds).toEqual([]);
    expect(analysis.unreachable).toEqual([]);
    expect(analysis.best.total).toBeGreaterThanOrEqual(90);
    expect(analysis.best.total).toBe(analysis.recommended.total);
    expect(analysis.worst.total).toBeLessThanOrEqual(35);
    expect(Object.values(analysis.endings).every(Boolean)).toBe(true);
  });

  it('plays a partial call and reports it incomplete', () => {
    const { code, out } = sim(
      'play',
      'air-conditioner-remote',
      '--choices',
      'greet-and-apologize',
      '--json',
    );
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result).toMatchObject({
      id: 'air-conditioner-remote',
      version: AC_VERSION,
      complete: false,
      outcome: null,
      criticalErrors: [],
    });
    expect(result.turns).toHaveLength(1);
    expect(result.turns[0]).toMatchObject({
      node: 'opening',
      choice: 'greet-and-apologize',
      grade: 100,
    });
    expect(result.turns[0].feedback['zh-CN'].length).toBeGreaterThan(0);
    expect(Object.keys(result.score.dimensions)).toEqual([
      'listen',
      'apologize',
      'resolve',
      'diagnose',
      'expectations',
      'followUp',
      'composure',
    ]);
    expect(result.turns[0].rules).toEqual([]);
  });

  it('exits 1 with a clear message for a reply that is not available', () => {
    const { code, out } = sim(
      'play',
      'air-conditioner-remote',
      '--choices',
      'greet-and-apologize,real-check',
      '--json',
    );
    expect(code).toBe(1);
    expect(out).toContain('reply "real-check" is not available at node "story"');
  });

  it('exports a bundled case as a pack that validates again', () => {
    const exported = execFileSync(
      'node',
      ['--import', 'tsx', 'src/cli/sim.ts', 'export', 'air-conditioner-remote'],
      { encoding: 'utf8' },
    );
    const pack = JSON.parse(exported);
    expect(pack).toMatchObject({ format: 'complaint-desk-pack', formatVersion: 2, media: {} });
    expect(sim('validate', write('exported.json', exported)).code).toBe(0);
  });

  it('exits 2 on an unknown command', () => {
    expect(sim('frobnicate')).toMatchObject({ code: 2 });
  });
});

describe('sim quiz', { timeout: CLI_TIMEOUT_MS }, () => {
  it('prints the bank as JSON in the documented shape', () => {
    const { code, out } = sim('quiz', '--json');
    expect(code).toBe(0);
    const bank = JSON.parse(out) as Array<Record<string, unknown>>;
    expect(bank.length).toBeGreaterThanOrEqual(40);
    for (const item of bank) {
      expect(Object.keys(item).sort()).toEqual([
        'answer',
        'explanation',
        'id',
        'options',
        'prompt',
        'source',
        'type',
      ]);
      expect(['single', 'multiple', 'ordering', 'spot-phrase']).toContain(item.type);
    }
  });
});

describe('sim validate on hostile files', { timeout: CLI_TIMEOUT_MS }, () => {
  const valid = JSON.parse(packOf(fakeScenario())) as Record<string, unknown>;
  it.each([
    ['malformed JSON', '{"format": "complaint-desk-pack",', /invalid JSON at 1:\d+/],
    ['an empty file', '', /the file is empty/],
    ['a non-object root', '"just a string"', /expected a JSON object/],
    [
      'a 6 MB file',
      `{"pad":"${'x'.repeat(6 * 1024 * 1024)}"}`,
      /file is 6\.0 MB; the limit is 5 MB/,
    ],
    [
      '20,000-deep nesting',
      `{"format":"complaint-desk-pack","formatVersion":1,"media":{},"scenarios":${'['.repeat(20000)}${']'.repeat(20000)}}`,
      /JSON nested too deep at 1:\d+ .*: more than 64 levels/,
    ],
    [
      'a prototype-pollution key',
      JSON.stringify(valid).replace('"media":{}', '"media":{},"__proto__":{"x":1}'),
      /key not allowed \(prototype pollution\)/,
    ],
    ['a wrong type', JSON.stringify({ ...valid, formatVersion: 'one' }), /\$\.formatVersion: /],
    [
      'a dangling reference',
      JSON.stringify(valid).replace('"next":"facts"', '"next":"nowhere"'),
      /no node has the id "nowhere"/,
    ],
    [
      'a missing translation',
      JSON.stringify(valid).replace('"en":"Fake call"', '"xx":"Fake call"'),
      /\$\.scenarios\[0\]\.title/,
    ],
  ])('refuses %s with a line naming the file and the problem', (_name, text, message) => {
    const file = write(`hostile-${Math.random().toString(36).slice(2)}.json`, text);
    const { code, out, err } = sim('validate', file);
    expect(code).toBe(1);
    expect(out.startsWith(`${file}: $`)).toBe(true);
    expect(out).toMatch(message);
    expect(err).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('sim validate on graphs built to exhaust it', { timeout: 120_000 }, () => {
  const validate = (name: string, text: string) => {
    const file = write(name, text);
    return { file, ...sim('validate', file) };
  };

  it('refuses a 12,000-node chain at the first node past the cap', () => {
    const { file, code, out, err } = validate('chain-12000.json', packHolding(longChain(12_000)));
    expect(code).toBe(1);
    expect(out.trim()).toBe(
      `${file}: $.scenarios[0].nodes[${PACK_CAPS.nodes}]: 12000 nodes in this case; at most ${PACK_CAPS.nodes} are allowed`,
    );
    expect(err).not.toMatch(/call stack/);
  });

  it('refuses a pack with millions of paths at the node where they pass the limit', () => {
    const { file, code, out } = validate('fan-20.json', packHolding(fanOut(20)));
    expect(code).toBe(1);
    expect(out).toMatch(
      new RegExp(
        `^${file}: \\$\\.scenarios\\[0\\]\\.nodes\\[13\\]: from node "f13" on, replies allow more than 50,000 different calls`,
      ),
    );
  });

  it('validates a chain exactly at the node cap, with no stack error', () => {
    const { file, code, out, err } = validate(
      'chain-at-cap.json',
      packHolding(longChain(PACK_CAPS.nodes)),
    );
    expect(err).not.toMatch(/call stack/i);
    expect(out.trim()).toBe(`${file}: ok (1 scenario(s))`);
    expect(code).toBe(0);
  });

  it('refuses one node more than the cap', () => {
    const { code, out } = validate(
      'chain-over-cap.json',
      packHolding(longChain(PACK_CAPS.nodes + 1)),
    );
    expect(code).toBe(1);
    expect(out).toContain(`$.scenarios[0].nodes[${PACK_CAPS.nodes}]: ${PACK_CAPS.nodes + 1} nodes`);
  });
});
