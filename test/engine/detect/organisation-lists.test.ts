import { describe, expect, it } from 'vitest';
import { DEFAULT_LISTS } from '../../../src/engine/detect/default-lists';
import { detectBehaviours } from '../../../src/engine/detect/detect';
import { patternRisk } from '../../../src/engine/detect/pattern-safety';
import {
  MAX_ORGANISATION_LISTS_BYTES,
  readOrganisationLists,
} from '../../../src/engine/detect/organisation-lists';

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const HOUSE_DEFLECTION = '这个您找你们理财经理去问吧。';

describe("an organisation's phrase lists", () => {
  it('add its own phrases on top of the bundled lists, under a version naming both', () => {
    const read = readOrganisationLists(
      bytes({
        id: 'acme-bank',
        version: '3',
        behaviours: { deflect: { 'zh-CN': ['找你们理财经理'] } },
      }),
      DEFAULT_LISTS,
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.lists.version).toBe(`${DEFAULT_LISTS.version}+acme-bank.3`);
    const input = { lang: 'zh-CN', reply: HOUSE_DEFLECTION } as const;
    expect(detectBehaviours(input).behaviours).not.toContain('deflect');
    expect(detectBehaviours(input, read.lists).behaviours).toContain('deflect');
    // Only additions: everything the bundled lists find, the merged lists find too.
    const bundled = { lang: 'zh-CN', reply: '您别激动，这是规定。' } as const;
    expect(detectBehaviours(bundled, read.lists).behaviours).toEqual(
      detectBehaviours(bundled).behaviours,
    );
  });

  it('refuse a pattern that is not a regular expression, located', () => {
    const read = readOrganisationLists(
      bytes({ id: 'acme', version: '1', behaviours: { deflect: { en: ['ok', '(unclosed'] } } }),
      DEFAULT_LISTS,
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((p) => p.path)).toEqual(['$.behaviours.deflect["en"][1]']);
  });

  it('refuse a pattern that repeats a repeating group or refers back, located', () => {
    const read = readOrganisationLists(
      bytes({
        id: 'acme-bank',
        version: '4',
        behaviours: { apologize: { 'zh-CN': ['(?:很|很好)+抱歉', '(抱歉)\\1'] } },
      }),
      DEFAULT_LISTS,
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((p) => [p.path, p.message.split(',')[0]])).toEqual([
      ['$.behaviours.apologize["zh-CN"][0]', 'repeats a group that itself repeats or branches'],
      ['$.behaviours.apologize["zh-CN"][1]', 'refers back to an earlier group (\\1'],
    ]);
  });

  it('hold the bundled lists to the same rule as an organisation’s', () => {
    const risky: string[] = [];
    const visit = (value: unknown) => {
      if (typeof value === 'string') {
        if (patternRisk(value)) risky.push(value);
      } else if (value && typeof value === 'object') Object.values(value).forEach(visit);
    };
    const {
      avoid: _literal,
      blocks: _rules,
      ...patterns
    } = DEFAULT_LISTS as unknown as Record<string, unknown>;
    visit(patterns);
    expect(risky).toEqual([]);
  });

  it('refuse an unknown behaviour, an unknown field and an id that cannot name a version', () => {
    const read = readOrganisationLists(
      bytes({ id: 'Acme Bank', version: '1', behaviours: { shout: { en: ['x'] } }, extra: 1 }),
      DEFAULT_LISTS,
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const paths = read.problems.map((p) => p.path);
    expect(paths).toContain('$.id');
    expect(paths.some((p) => p.startsWith('$.behaviours'))).toBe(true);
    expect(read.problems.every((p) => (p.text?.['zh-CN'] ?? '').length > 0)).toBe(true);
  });

  it('refuse a file too large or not JSON before reading it as lists', () => {
    const big = readOrganisationLists(
      new Uint8Array(MAX_ORGANISATION_LISTS_BYTES + 1),
      DEFAULT_LISTS,
    );
    expect(big.ok).toBe(false);
    const broken = readOrganisationLists(new TextEncoder().encode('{"id": '), DEFAULT_LISTS);
    expect(broken.ok).toBe(false);
  });
});
