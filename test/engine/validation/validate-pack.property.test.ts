import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PATHS } from '../../../src/engine/analyse-paths';
import { MAX_JSON_DEPTH } from '../../../src/engine/input/read-json';
import { countPaths } from '../../../src/engine/validation/count-paths';
import { PACK_CAPS } from '../../../src/engine/validation/limits';
import { validatePackBytes, validatePackText } from '../../../src/engine/validation/validate-pack';
import { fakeScenario } from '../../fakes';
import { fanOut, longChain, packOf } from '../../hostile-packs';
import { PROPERTY_TIMEOUT, runs } from '../../property-runs';

const PACK = {
  format: 'complaint-desk-pack',
  formatVersion: 1,
  scenarios: [fakeScenario()],
  media: {},
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside a JSON document. */
function paths(value: Json, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return [prefix];
  const children = Array.isArray(value)
    ? value.flatMap((v, i) => paths(v, [...prefix, i]))
    : Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]));
  return [prefix, ...children];
}

const ALL_PATHS = paths(PACK as unknown as Json);

const mutation = fc.record({
  path: fc.constantFrom(...ALL_PATHS),
  kind: fc.constantFrom('replace', 'delete', 'pollute', 'wrap'),
  value: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
});

function mutate(
  doc: Json,
  { path, kind, value }: { path: Array<string | number>; kind: string; value: Json },
): Json {
  const copy = structuredClone(doc) as Json;
  if (path.length === 0) return kind === 'wrap' ? [copy] : value;
  const parent = path
    .slice(0, -1)
    .reduce<Json>((node, key) => (node as Record<string, Json>)[key as string]!, copy) as Record<
    string,
    Json
  >;
  const key = path.at(-1)!;
  if (kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key as string];
  } else if (kind === 'pollute') {
    parent[key as string] = JSON.parse('{"__proto__":{"polluted":true}}') as Json;
  } else if (kind === 'wrap') {
    parent[key as string] = [parent[key as string]!];
  } else {
    parent[key as string] = value;
  }
  return copy;
}

describe('pack validation under generated input', () => {
  it(
    'accepts or rejects every mutated pack with located messages, never throwing',
    () => {
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
          const doc = mutations.reduce<Json>(
            (d, m) => {
              const valid = paths(d).some((p) => p.join('\u0000') === m.path.join('\u0000'));
              return valid ? mutate(d, m) : d;
            },
            PACK as unknown as Json,
          );
          const result = validatePackText(JSON.stringify(doc));
          if (!result.ok) {
            expect(result.problems.length).toBeGreaterThan(0);
            for (const p of result.problems) {
              expect(p.path.startsWith('$')).toBe(true);
              expect(p.message.length).toBeGreaterThan(0);
            }
          }
        }),
        { numRuns: runs(300, 10_000) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'never throws on arbitrary text',
    () => {
      fc.assert(
        fc.property(fc.oneof(fc.string(), fc.json(), fc.constant('{'.repeat(5000))), (text) => {
          const result = validatePackText(text);
          if (!result.ok) expect(result.problems[0]!.path.startsWith('$')).toBe(true);
        }),
        { numRuns: runs(300, 10_000) },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

/** The offset of the bracket that opens nesting level `level` (from 1), counted outside strings. */
function bracketOpening(text: string, level: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i += 1;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      depth += 1;
      if (depth === level) return i;
    } else if (c === ']' || c === '}') depth -= 1;
  }
  return -1;
}

describe('pack validation on graphs and files built to exhaust it', () => {
  const VALID_TEXT = JSON.stringify(PACK, null, 2);

  it(
    'locates a control character inserted anywhere exactly where it is, in text and in bytes',
    () => {
      fc.assert(
        fc.property(fc.nat({ max: VALID_TEXT.length - 1 }), (offset) => {
          const text = `${VALID_TEXT.slice(0, offset)}\u0001${VALID_TEXT.slice(offset)}`;
          const fromText = validatePackText(text);
          if (fromText.ok) throw new Error('accepted a control character');
          const at = fromText.problems[0]!.at;
          expect(at?.offset).toBe(offset);
          const before = text.slice(0, offset).split('\n');
          expect(at).toMatchObject({ line: before.length, column: before.at(-1)!.length + 1 });
          // From bytes the same place: caught as binary data early in the file, else as syntax.
          const fromBytes = validatePackBytes(new TextEncoder().encode(text));
          if (fromBytes.ok) throw new Error('accepted a control character');
          expect(fromBytes.problems[0]!.at).toMatchObject({ line: at!.line, column: at!.column });
        }),
        { numRuns: runs(300, 10_000) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'refuses nesting past the cap at the bracket that crosses it, however deep',
    () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 5_000 }), (depth) => {
          const text = VALID_TEXT.replace(
            '"media": {}',
            `"media": {"deep": ${'['.repeat(depth)}${']'.repeat(depth)}}`,
          );
          const result = validatePackText(text);
          const limitCrossed = bracketOpening(text, MAX_JSON_DEPTH + 1);
          if (limitCrossed === -1) {
            // Within the cap the file parses and is judged on its content (media must be audio).
            if (!result.ok) expect(result.problems[0]!.path).toMatch(/^\$\.media/);
          } else {
            expect(result.ok).toBe(false);
            if (!result.ok) expect(result.problems[0]!.at?.offset).toBe(limitCrossed);
          }
        }),
        { numRuns: runs(100, 2_000) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'refuses a fan of any width at the stage where its calls pass the limit',
    () => {
      const own = countPaths(fanOut(1), Number.MAX_SAFE_INTEGER).paths / 2;
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 40 }), (stages) => {
          const text = packOf(fanOut(stages));
          const stagesWithin = Math.floor(Math.log2(MAX_PATHS / own));
          const result = validatePackText(text);
          if (stages <= stagesWithin) {
            if (!result.ok)
              expect(result.problems.map((p) => p.message).join()).not.toMatch(/different calls/);
            return;
          }
          expect(result.ok).toBe(false);
          // The stage whose two replies first lead on to more calls than the limit, counted
          // from the start: stages after it stay within.
          const stage = stages - stagesWithin - 1;
          if (!result.ok)
            expect(result.problems).toEqual([
              expect.objectContaining({
                path: `$.scenarios[0].nodes[${stage}]`,
                message: expect.stringContaining(`from node "f${stage}" on`),
              }),
            ]);
        }),
        { numRuns: runs(40, 400) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'refuses a chain past the node cap at its first node over the cap, and never overflows the stack',
    () => {
      fc.assert(
        fc.property(fc.integer({ min: PACK_CAPS.nodes + 1, max: 12_000 }), (nodes) => {
          const result = validatePackText(packOf(longChain(nodes)));
          expect(result.ok).toBe(false);
          if (!result.ok)
            expect(result.problems.map((p) => p.path)).toEqual([
              `$.scenarios[0].nodes[${PACK_CAPS.nodes}]`,
            ]);
        }),
        { numRuns: runs(10, 200) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'walks chains of any length up to the cap without a stack error',
    () => {
      fc.assert(
        fc.property(fc.integer({ min: 20, max: PACK_CAPS.nodes }), (nodes) => {
          expect(validatePackText(packOf(longChain(nodes)))).toMatchObject({ ok: true });
        }),
        { numRuns: runs(3, 50) },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
